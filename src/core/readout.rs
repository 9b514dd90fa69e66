//! The read-outs under the rate sliders: what a run's dropout does to a layer, as finished
//! text. Every number is taken from the functions the training step itself calls
//! ([`Variant::drop_rate`], [`Variant::kept_share`], [`Variant::train_scale`],
//! [`Variant::eval_scale`]), so the screen cannot say ×2 while training scales ×1.
//!
//! ```
//! use dropout_lab::core::labels::Notation;
//! use dropout_lab::core::readout::rate_readout;
//! use dropout_lab::core::{DropoutMode, DropoutRates, Variant};
//! let rates = DropoutRates::new(vec![0.0, 0.5], DropoutMode::Inverted).unwrap();
//! assert_eq!(
//!     rate_readout(&rates, &Variant::default(), Notation::Drop),
//!     "p = 0.50 · keep 1−p = 0.50 · kept units ×2.00, none at evaluation"
//! );
//! ```

use fluent_bundle::FluentValue;

use crate::core::dropout::DropoutRates;
use crate::core::l10n::decimal;
use crate::core::labels::{Notation, rate_label};
use crate::core::variant::{Mistake, Noise, Variant, gaussian_variance};
use crate::t;

/// What training does to one dropout layer of one run, as the training step computes it.
/// A rate or a scale as the read-outs write it: two decimals, the language's separator.
fn dec(x: f32) -> FluentValue<'static> {
    decimal(x.into(), 2)
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayerRule {
    /// The rate the run was given (what the slider holds).
    pub p: f32,
    /// The rate the layer actually drops with (`1 − p` when p is read as a keep probability).
    pub drop_rate: f32,
    /// Share of units (DropConnect: weights) kept in training; 1 for Gaussian noise.
    pub kept_share: f32,
    /// Factor on kept units (or weights) in training.
    pub train_scale: f32,
    /// Factor on every unit at evaluation.
    pub eval_scale: f32,
    pub noise: Noise,
    /// Evaluation draws fresh masks too (the forgot-evaluation-mode mistake).
    pub noisy_evaluation: bool,
    /// The run reads `p` as a keep probability (the mistake).
    pub read_as_keep: bool,
}

impl LayerRule {
    /// Layer `l`'s rule for a run with these rates and this variant.
    pub fn of(rates: &DropoutRates, variant: &Variant, l: usize) -> Self {
        LayerRule {
            p: rates.rates.get(l).copied().unwrap_or(0.0),
            drop_rate: variant.drop_rate(rates, l),
            kept_share: variant.kept_share(rates, l),
            train_scale: variant.train_scale(rates, l),
            eval_scale: variant.eval_scale(rates, l),
            noise: variant.noise,
            noisy_evaluation: variant.noisy_evaluation(),
            read_as_keep: variant.mistake == Some(Mistake::KeepReadAsDrop),
        }
    }

    /// "keep 1−p = 0.50" (or "drop 1−p = 0.20" in the retain notation), what the mistake
    /// really keeps, or that Gaussian noise keeps every unit.
    fn share(&self, notation: Notation) -> String {
        if self.noise == Noise::Gaussian {
            t!("readout-keeps-every-unit")
        } else if self.read_as_keep && self.p > 0.0 {
            let (drops, keeps) = (dec(self.drop_rate), dec(self.kept_share));
            t!("readout-mistake-keep-as-drop", drops = drops, keeps = keeps)
        } else {
            match notation {
                Notation::Drop => t!("readout-keep-share", share = dec(self.kept_share)),
                Notation::Retain => t!("readout-drop-share", share = dec(self.drop_rate)),
            }
        }
    }

    /// "kept units ×2.00, none at evaluation": the scale in training, then at evaluation.
    /// `None` when the layer drops nothing (every factor is 1).
    fn scales(&self) -> Option<String> {
        if self.drop_rate <= 0.0 {
            return None;
        }
        let things = match self.noise {
            Noise::DropConnect => "weights",
            Noise::Bernoulli | Noise::Gaussian => "units",
        };
        let scale = dec(self.train_scale);
        let training = if self.noise == Noise::Gaussian {
            t!(
                "readout-gaussian",
                variance = dec(gaussian_variance(self.drop_rate))
            )
        } else if self.train_scale != 1.0 {
            t!("readout-kept-scaled", things = things, scale = scale)
        } else {
            t!("readout-no-scaling")
        };
        let evaluation = if self.noisy_evaluation {
            let what = if self.noise == Noise::Gaussian {
                "noise"
            } else {
                "masks"
            };
            t!("readout-left-on", what = what)
        } else if self.eval_scale != 1.0 {
            t!("readout-eval-scaled", scale = dec(self.eval_scale))
        } else {
            t!("readout-none-at-evaluation")
        };
        Some(t!(
            "readout-scales",
            training = training,
            evaluation = evaluation
        ))
    }

    /// " · share · scales", or " · share" when nothing is dropped.
    fn details(&self, notation: Notation) -> String {
        let mut text = format!(" · {}", self.share(notation));
        if let Some(scales) = self.scales() {
            text.push_str(" · ");
            text.push_str(&scales);
        }
        text
    }
}

/// The read-out under the "Dropout rate" slider: the first hidden layer's rate, the share it
/// keeps and how kept units are scaled in training and at evaluation, e.g.
/// "p = 0.50 · keep 1−p = 0.50 · no scaling in training, ×0.50 at evaluation".
pub fn rate_readout(rates: &DropoutRates, variant: &Variant, notation: Notation) -> String {
    let rule = LayerRule::of(rates, variant, 1);
    format!("{}{}", rate_label(rule.p, notation), rule.details(notation))
}

/// The read-out under the "Input dropout" slider: "p = 0.00 on the 2 inputs", with the share
/// and the scales once the input layer drops anything.
pub fn input_readout(
    rates: &DropoutRates,
    variant: &Variant,
    inputs: usize,
    notation: Notation,
) -> String {
    let rule = LayerRule::of(rates, variant, 0);
    let on = t!(
        "readout-on-inputs",
        rate = rate_label(rule.p, notation),
        inputs = inputs
    );
    if rule.p > 0.0 {
        format!("{on}{}", rule.details(notation))
    } else {
        on
    }
}
