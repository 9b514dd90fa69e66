//! What the network diagram shows of a run's variant, decided here so the binding only
//! translates: the rates the code really drops with (the keep-as-drop mistake drops 1 − p),
//! DropConnect's weight masks and Gaussian factors of the drawn example with the counts and
//! words under each layer, the banner a mistake puts over the diagram, and whether units get
//! the ×1/(1−p) badge.

use ndarray::ArrayView2;

use crate::core::DropoutRates;
use crate::core::experiment::Run;
use crate::core::l10n;
use crate::core::variant::{Mistake, Noise, Variant, gaussian_variance};
use crate::t;

/// The diagram's reading of one run's variant in the train or the evaluation view.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagramNoise {
    noise: Noise,
    mistake: Option<Mistake>,
    /// Per dropout layer: the rate the code drops with.
    pub drop_rates: Vec<f32>,
    /// Per dropout layer: the rate the drawn masks were drawn with.
    pub mask_rates: Vec<f32>,
    /// One line over the diagram, when the variant or a mistake needs saying.
    pub banner: Option<String>,
    /// DropConnect: per dropout layer, this minibatch's weight mask (1 kept, 0 dropped).
    pub weight_masks: Option<Vec<Vec<u8>>>,
    /// Gaussian dropout: per dropout layer, the drawn example's factors (empty: no noise).
    pub factors: Option<Vec<Vec<f32>>>,
    /// Short lines under each layer (one list per layer, output layer included).
    pub footers: Option<Vec<Vec<String>>>,
}

impl DiagramNoise {
    /// The diagram of `run` in the train view (`train_view`) or the evaluation view, drawing
    /// example `example` of the last minibatch.
    pub fn of(run: &Run, train_view: bool, example: usize) -> Self {
        // The drawn masks belong to the variant that drew them (the menu may have moved on).
        let (rates, v) = (run.rates(), run.mask_variant());
        let keep_mistake = v.mistake == Some(Mistake::KeepReadAsDrop);
        let mut noise = Self {
            noise: v.noise,
            mistake: v.mistake,
            drop_rates: (0..rates.rates.len())
                .map(|l| v.drop_rate(rates, l))
                .collect(),
            mask_rates: run
                .mask_rates()
                .iter()
                .map(|&q| if keep_mistake && q > 0.0 { 1.0 - q } else { q })
                .collect(),
            banner: mistake_banner(v.mistake, train_view),
            weight_masks: None,
            factors: None,
            footers: None,
        };
        if train_view && run.steps() > 0 {
            match v.noise {
                Noise::Bernoulli => {}
                Noise::DropConnect => noise.read_dropconnect(run, v, rates),
                Noise::Gaussian => noise.read_gaussian(run, example),
            }
        }
        noise
    }

    /// DropConnect's weight masks, counted per layer.
    fn read_dropconnect(&mut self, run: &Run, v: &Variant, rates: &DropoutRates) {
        let net = run.net();
        let masks: Vec<Vec<u8>> = (0..net.dropout_layers())
            .filter_map(|l| net.weight_mask(l))
            .map(|m| m.iter().map(|&k| u8::from(k > 0.5)).collect())
            .collect();
        let footers = (0..net.layer_sizes().len()).map(|l| {
            let Some(mask) = masks.get(l) else {
                return Vec::new();
            };
            let q = self.mask_rates.get(l).copied().unwrap_or(0.0);
            let kept = mask.iter().filter(|&&k| k != 0).count();
            // Short lines: a column is narrow, and these count weights, not units.
            let mut lines = vec![
                t!("diagram-weights-kept-of", kept = kept, n = mask.len()),
                // A whole number, written as the count beside it is (no grouping).
                t!(
                    "diagram-weights-expected",
                    n = format!("{:.0}", mask.len() as f32 * (1.0 - q))
                ),
            ];
            let scale = v.train_scale(rates, l);
            if q > 0.0 && scale != 1.0 {
                lines.push(t!(
                    "diagram-kept-ones-scaled",
                    scale = l10n::decimal(f64::from(scale), 1)
                ));
            }
            lines
        });
        self.footers = Some(footers.collect());
        self.weight_masks = Some(masks);
        self.banner = Some(t!("diagram-banner-dropconnect"));
    }

    /// The drawn example's Gaussian factors, with their distribution and range per layer.
    fn read_gaussian(&mut self, run: &Run, example: usize) {
        let row = |m: ArrayView2<f32>| m.row(example.min(m.nrows().saturating_sub(1))).to_vec();
        // A layer without noise has every factor 1: nothing to badge.
        let factors: Vec<Vec<f32>> = (0..run.net().dropout_layers())
            .map(|l| {
                let noisy = self.mask_rates.get(l).is_some_and(|&q| q > 0.0);
                if noisy { row(run.mask(l)) } else { Vec::new() }
            })
            .collect();
        let footers = (0..run.net().layer_sizes().len()).map(|l| {
            let Some(f) = factors.get(l) else {
                return Vec::new();
            };
            if f.is_empty() {
                return vec![t!("diagram-no-noise")];
            }
            let q = self.mask_rates.get(l).copied().unwrap_or(0.0);
            let lo = f.iter().copied().fold(f32::INFINITY, f32::min);
            let hi = f.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            vec![
                t!(
                    "diagram-gaussian-factor",
                    variance = l10n::decimal(f64::from(gaussian_variance(q)), 2)
                ),
                t!(
                    "diagram-factors-range",
                    lo = l10n::decimal(f64::from(lo), 2),
                    hi = l10n::decimal(f64::from(hi), 2)
                ),
            ]
        });
        self.footers = Some(footers.collect());
        self.factors = Some(factors);
        self.banner = Some(t!("diagram-banner-gaussian"));
    }

    /// Gaussian factors are not 0/1 masks: no unit is crossed out.
    pub fn hides_masks(&self) -> bool {
        self.noise == Noise::Gaussian
    }

    /// Whether units are drawn as classic dropout (no ×1/(1−p) badge) when the lab's scaling
    /// is `classic`. No unit is scaled in training by Gaussian noise (mean 1) or DropConnect
    /// (its weights are). The no-scale mistake trains as classic dropout and then scales
    /// nothing.
    pub fn classic(&self, classic: bool, train_mode: bool) -> bool {
        if self.mistake == Some(Mistake::NoEvaluationScaling) {
            return train_mode;
        }
        match self.noise {
            Noise::Gaussian | Noise::DropConnect if train_mode => true,
            Noise::Gaussian => false,
            _ => classic,
        }
    }
}

/// A mistake says so where the diagram would otherwise describe the correct rule: in the view
/// where the mistake is made.
fn mistake_banner(mistake: Option<Mistake>, train_view: bool) -> Option<String> {
    let id = match (mistake?, train_view) {
        (Mistake::DropoutAtEvaluation, false) => "diagram-mistake-dropout-at-evaluation",
        (Mistake::NoEvaluationScaling, false) => "diagram-mistake-no-evaluation-scaling",
        (Mistake::KeepReadAsDrop, true) => "diagram-mistake-keep-read-as-drop",
        _ => return None,
    };
    Some(t!(id))
}
