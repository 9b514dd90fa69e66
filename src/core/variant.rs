//! How a run regularises, beyond its drop rates: dropout's rivals and relatives, and the classic
//! mistakes, each a real option of one run so it races the others in the same lockstep.
//!
//! A run is described by its [`DropoutRates`] (one `p` per dropout layer, and whether kept units
//! are scaled in training or at evaluation: the mode is stored there, once per run) and a
//! [`Variant`]: which noise the rates drive, and what else the run does (max-norm, its own L2,
//! batch norm, a deliberate mistake). The default variant is today's Bernoulli dropout.
//!
//! ```
//! use dropout_lab::core::variant::{Noise, Variant, describe, parse};
//! use dropout_lab::core::DropoutMode;
//! let (mode, v) = parse("dropconnect~maxnorm_3").unwrap();
//! assert_eq!((mode, v.noise, v.max_norm), (DropoutMode::Inverted, Noise::DropConnect, Some(3.0)));
//! assert_eq!(describe(mode, &v), "dropconnect~maxnorm_3");
//! assert_eq!(parse("").unwrap(), (DropoutMode::Inverted, Variant::default()));
//! ```

use crate::core::dropout::{DropoutMode, DropoutRates};
use crate::core::error::{Detail, Error, Result, check_range};
use crate::core::l10n::decimal;
use crate::core::labels::Notation;
use crate::{detail, t};
use fluent_bundle::FluentValue;

/// What the drop rates drive in training.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Noise {
    /// Units switched off with probability `p` (Srivastava et al. 2014).
    #[default]
    Bernoulli,
    /// Every unit multiplied by a factor drawn from N(1, p/(1−p)): the same mean and variance
    /// as inverted Bernoulli dropout, without zeros.
    Gaussian,
    /// Individual weights switched off with probability `p` (Wan et al. 2013), one weight mask
    /// per minibatch; `p` of dropout layer `l` applies to the weights leaving layer `l`.
    DropConnect,
}

/// The classic mistakes, each done on purpose so a class sees what it costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mistake {
    /// Forgot evaluation mode: the validation loss and the maps are measured with fresh
    /// dropout masks, so they are noisy and worse on average.
    DropoutAtEvaluation,
    /// Classic dropout (no scaling in training) with the `1 − p` scaling at evaluation
    /// forgotten: the next layer sees larger inputs than it was trained on.
    NoEvaluationScaling,
    /// `p` read as the probability of KEEPING a unit (the paper's notation) by code that drops
    /// with it: each layer with dropout drops `1 − p` instead of `p`.
    KeepReadAsDrop,
}

impl Mistake {
    /// One line a class can read beside the run, in the thread's language.
    pub fn explanation(self) -> String {
        match self {
            Self::DropoutAtEvaluation => t!("mistake-why-evaldrop"),
            Self::NoEvaluationScaling => t!("mistake-why-noscale"),
            Self::KeepReadAsDrop => t!("mistake-why-keep"),
        }
    }

    /// The message naming the mistake, in the variants' menu and in a run's label.
    pub fn menu_id(self) -> &'static str {
        match self {
            Self::DropoutAtEvaluation => "variant-mistake-evaldrop",
            Self::NoEvaluationScaling => "variant-mistake-noscale",
            Self::KeepReadAsDrop => "variant-mistake-keep",
        }
    }
}

/// Everything about how a run regularises except its drop rates and its mode.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Variant {
    pub noise: Noise,
    /// Radius `c`: after each step every unit's incoming weight vector is shrunk back onto the
    /// ball ‖w‖ ≤ c (the constraint the dropout paper pairs with dropout).
    pub max_norm: Option<f32>,
    /// This run's own L2 weight decay λ, instead of the experiment's.
    pub weight_decay: Option<f32>,
    /// Batch normalisation of every hidden layer's pre-activation: batch statistics in training,
    /// running averages at evaluation.
    pub batch_norm: bool,
    pub mistake: Option<Mistake>,
}

/// Largest max-norm radius accepted; past it the constraint never binds in the lab's networks.
pub const MAX_NORM_LIMIT: f32 = 100.0;

/// Gaussian dropout's noise variance for drop rate `p`: `p/(1−p)`, the variance of an inverted
/// Bernoulli mask `m/(1−p)`.
pub fn gaussian_variance(p: f32) -> f32 {
    p / (1.0 - p)
}

impl Variant {
    /// Checks the numbers a variant carries.
    pub fn validate(&self) -> Result<()> {
        if let Some(c) = self.max_norm {
            check_range(
                detail!("quantity-max-norm"),
                f64::from(c),
                0.01,
                f64::from(MAX_NORM_LIMIT),
            )?;
        }
        if let Some(l2) = self.weight_decay {
            check_range(detail!("quantity-weight-decay"), f64::from(l2), 0.0, 1.0)?;
        }
        Ok(())
    }

    /// The rate layer `l` actually drops with: `p`, or `1 − p` for the keep-as-drop mistake (a
    /// layer without dropout stays without: the mistake is in reading the argument).
    pub fn drop_rate(&self, rates: &DropoutRates, l: usize) -> f32 {
        let p = rates.rates[l];
        if self.mistake == Some(Mistake::KeepReadAsDrop) && p > 0.0 {
            1.0 - p
        } else {
            p
        }
    }

    /// The share of layer `l`'s units (DropConnect: of the weights leaving it) that training
    /// keeps: `1 − ` [`Self::drop_rate`]; every unit for Gaussian dropout, which zeroes none.
    /// The scales below are built on it, and the page's read-out states it.
    pub fn kept_share(&self, rates: &DropoutRates, l: usize) -> f32 {
        match self.noise {
            Noise::Gaussian => 1.0,
            Noise::Bernoulli | Noise::DropConnect => 1.0 - self.drop_rate(rates, l),
        }
    }

    /// Factor applied to kept units (or kept weights) in training: `1 / kept share` for
    /// inverted dropout, 1 for classic dropout (and its forgotten-scaling mistake) and for
    /// Gaussian noise, whose factors already have mean 1.
    pub fn train_scale(&self, rates: &DropoutRates, l: usize) -> f32 {
        if self.noise == Noise::Gaussian || self.scales_at_evaluation(rates) {
            1.0
        } else {
            1.0 / self.kept_share(rates, l)
        }
    }

    /// Factor applied to every unit at evaluation: the kept share for classic dropout, 1 when
    /// training scaled already (inverted), for Gaussian noise, and when the mistake forgot it.
    pub fn eval_scale(&self, rates: &DropoutRates, l: usize) -> f32 {
        let forgot = self.mistake == Some(Mistake::NoEvaluationScaling);
        if self.noise == Noise::Gaussian || forgot || !self.scales_at_evaluation(rates) {
            1.0
        } else {
            self.kept_share(rates, l)
        }
    }

    /// Whether the run follows the classic recipe (no scaling in training, the kept share at
    /// evaluation), as its mode says or as the forgotten-scaling mistake implies.
    fn scales_at_evaluation(&self, rates: &DropoutRates) -> bool {
        rates.mode == DropoutMode::Classic || self.mistake == Some(Mistake::NoEvaluationScaling)
    }

    /// Whether evaluation draws masks as training does (the forgot-eval-mode mistake).
    pub fn noisy_evaluation(&self) -> bool {
        self.mistake == Some(Mistake::DropoutAtEvaluation)
    }
}

// Tokens of the text form, as the link and the page write them after a run's rates.
const CLASSIC: &str = "classic";
const GAUSSIAN: &str = "gaussian";
const DROPCONNECT: &str = "dropconnect";
const MAX_NORM: &str = "maxnorm_";
const L2: &str = "l2_";
const BATCH_NORM: &str = "bn";
const MISTAKES: [(&str, Mistake); 3] = [
    ("evaldrop", Mistake::DropoutAtEvaluation),
    ("noscale", Mistake::NoEvaluationScaling),
    ("keep", Mistake::KeepReadAsDrop),
];
/// Separates the tokens (and, in the link, a run's rates from its variant): `~` survives a URL
/// unencoded and appears in no number.
pub const SEPARATOR: char = '~';

/// The text form of a run's mode and variant, e.g. `"gaussian~l2_0.001"`; `""` for inverted
/// Bernoulli dropout with nothing else, so an old link's runs are written as they were.
pub fn describe(mode: DropoutMode, v: &Variant) -> String {
    let mut tokens: Vec<String> = Vec::new();
    if mode == DropoutMode::Classic {
        tokens.push(CLASSIC.into());
    }
    match v.noise {
        Noise::Bernoulli => {}
        Noise::Gaussian => tokens.push(GAUSSIAN.into()),
        Noise::DropConnect => tokens.push(DROPCONNECT.into()),
    }
    if let Some(c) = v.max_norm {
        tokens.push(format!("{MAX_NORM}{c}"));
    }
    if let Some(l2) = v.weight_decay {
        tokens.push(format!("{L2}{l2}"));
    }
    if v.batch_norm {
        tokens.push(BATCH_NORM.into());
    }
    if let Some((name, _)) = MISTAKES.iter().find(|(_, m)| Some(*m) == v.mistake) {
        tokens.push((*name).into());
    }
    tokens.join(&SEPARATOR.to_string())
}

/// Reads [`describe`]'s text form (tokens in any order; empty = the default). Rejects unknown
/// tokens, two noises or two mistakes, and numbers out of range.
pub fn parse(text: &str) -> Result<(DropoutMode, Variant)> {
    let mut mode = DropoutMode::Inverted;
    let mut v = Variant::default();
    let number = |what: Detail, raw: &str| {
        raw.parse::<f32>()
            .map_err(|_| Error::Config(detail!("config-not-a-number", what = what, raw = raw)))
    };
    for token in text.split(SEPARATOR).filter(|t| !t.is_empty()) {
        let noise = match token {
            GAUSSIAN => Some(Noise::Gaussian),
            DROPCONNECT => Some(Noise::DropConnect),
            _ => None,
        };
        let mistake = MISTAKES.iter().find(|(n, _)| *n == token).map(|(_, m)| *m);
        if let Some(noise) = noise {
            if v.noise != Noise::Bernoulli {
                return Err(Error::Config(detail!("config-two-noises", text = text)));
            }
            v.noise = noise;
        } else if let Some(m) = mistake {
            if v.mistake.is_some() {
                return Err(Error::Config(detail!("config-two-mistakes", text = text)));
            }
            v.mistake = Some(m);
        } else if token == CLASSIC {
            mode = DropoutMode::Classic;
        } else if token == BATCH_NORM {
            v.batch_norm = true;
        } else if let Some(raw) = token.strip_prefix(MAX_NORM) {
            v.max_norm = Some(number(detail!("quantity-max-norm"), raw)?);
        } else if let Some(raw) = token.strip_prefix(L2) {
            v.weight_decay = Some(number(detail!("quantity-weight-decay"), raw)?);
        } else {
            return Err(Error::Unknown {
                kind: "kind-run-variant",
                name: token.into(),
                known: known_tokens(),
            });
        }
    }
    v.validate()?;
    Ok((mode, v))
}

fn known_tokens() -> String {
    let mut known = vec![
        CLASSIC,
        GAUSSIAN,
        DROPCONNECT,
        "maxnorm_C",
        "l2_λ",
        BATCH_NORM,
    ];
    known.extend(MISTAKES.iter().map(|(n, _)| *n));
    known.join(", ")
}

/// How a run with these rates and this variant is named on the page, in `notation` and the
/// thread's language: the rates' label ([`crate::core::labels::run_label`]) followed by what
/// the variant changes, e.g. "p = 0.50 · DropConnect · max-norm 3" ([`variant_label_parts`]
/// joined).
pub fn variant_label(rates: &DropoutRates, v: &Variant, notation: Notation) -> String {
    variant_label_parts(rates, v, notation).join(" · ")
}

/// The parts of [`variant_label`], each from the catalog: the rates first, then the mode and
/// what the variant adds. A label drawn in a narrow box may break between them.
pub fn variant_label_parts(rates: &DropoutRates, v: &Variant, notation: Notation) -> Vec<String> {
    let mut parts = vec![crate::core::labels::run_label(&rates.rates, notation)];
    parts.extend(variant_parts(rates.mode, v));
    parts
}

/// How the variants' menu names a combination it does not list (a link may carry one):
/// its parts, e.g. "L2 0.001 · batch norm"; plain "dropout" when it adds nothing.
pub fn variant_name(mode: DropoutMode, v: &Variant) -> String {
    let parts = variant_parts(mode, v);
    if parts.is_empty() {
        t!("variant-dropout")
    } else {
        parts.join(" · ")
    }
}

/// What the mode and the variant add to a run's name, each part from the catalog.
fn variant_parts(mode: DropoutMode, v: &Variant) -> Vec<String> {
    let mut parts = Vec::new();
    if mode == DropoutMode::Classic {
        parts.push(t!("label-classic"));
    }
    match v.noise {
        Noise::Bernoulli => {}
        Noise::Gaussian => parts.push(t!("label-gaussian")),
        Noise::DropConnect => parts.push(t!("variant-dropconnect")),
    }
    if let Some(c) = v.max_norm {
        parts.push(t!("label-max-norm", c = shortest(c)));
    }
    if let Some(l2) = v.weight_decay {
        parts.push(t!("label-l2", lambda = shortest(l2)));
    }
    if v.batch_norm {
        parts.push(t!("variant-bn"));
    }
    if let Some(m) = v.mistake {
        parts.push(t!(m.menu_id()));
    }
    parts
}

/// `x` with as many decimals as it was written with (3, 0.001), in the language's form.
fn shortest(x: f32) -> FluentValue<'static> {
    let digits = x.to_string().split_once('.').map_or(0, |(_, d)| d.len());
    decimal(f64::from(x), digits)
}
