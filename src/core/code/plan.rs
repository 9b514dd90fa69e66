//! What each layer of a run does, in the terms a framework has: the one place that turns the
//! lab's rules (drop rate, train and evaluation scales, noise, batch norm, the mistakes) into
//! layers, so the PyTorch and Keras writers cannot disagree about a run.

use crate::core::activation::Activation;
use crate::core::dropout::DropoutRates;
use crate::core::network::NetConfig;
use crate::core::variant::{Mistake, Noise, Variant};

/// How a Bernoulli-masked layer scales, in the words of the two recipes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scaling {
    /// Kept units × 1/(1−p) in training, identity at evaluation (what `nn.Dropout` does).
    Inverted,
    /// No scaling in training, × (1−p) at evaluation (Srivastava et al. 2014).
    Classic,
    /// The mistake: classic training with the evaluation's × (1−p) forgotten.
    ForgotEvaluation,
}

/// What thins the units entering one `Linear` layer (or, for DropConnect, its weights).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Thinning {
    None,
    /// Units switched off with probability `p`.
    Bernoulli {
        p: f32,
        scaling: Scaling,
    },
    /// Units multiplied by N(1, p/(1−p)) in training; identity at evaluation.
    Gaussian {
        p: f32,
    },
    /// The layer's weights switched off with probability `p`, one mask per minibatch.
    DropConnect {
        p: f32,
        scaling: Scaling,
    },
}

/// One `Linear` layer of a run, with what comes before and after it.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    pub thinning: Thinning,
    /// For the keep-as-drop mistake: the drop rate the class meant (`p` of the slider), while
    /// the thinning drops `1 − p`.
    pub meant: Option<f32>,
    pub inputs: usize,
    pub outputs: usize,
    /// Batch normalisation of this layer's pre-activation (hidden layers only).
    pub batch_norm: bool,
    /// The activation after it; `None` for the output layer (its head is the loss's).
    pub activation: Option<Activation>,
}

/// The layers of a run with these rates and this variant, input first.
pub fn layers(net: &NetConfig, rates: &DropoutRates, variant: &Variant) -> Vec<Layer> {
    let sizes = net.layer_sizes();
    let last = sizes.len() - 2;
    (0..=last)
        .map(|l| {
            let p = variant.drop_rate(rates, l);
            let keep_mistake = variant.mistake == Some(Mistake::KeepReadAsDrop);
            Layer {
                thinning: thinning(p, rates, variant),
                meant: (keep_mistake && rates.rates[l] > 0.0).then_some(rates.rates[l]),
                inputs: sizes[l],
                outputs: sizes[l + 1],
                batch_norm: variant.batch_norm && l < last,
                activation: (l < last).then_some(net.activation),
            }
        })
        .collect()
}

fn thinning(p: f32, rates: &DropoutRates, variant: &Variant) -> Thinning {
    if p <= 0.0 {
        return Thinning::None;
    }
    let scaling = if variant.mistake == Some(Mistake::NoEvaluationScaling) {
        Scaling::ForgotEvaluation
    } else if rates.mode == crate::core::DropoutMode::Classic {
        Scaling::Classic
    } else {
        Scaling::Inverted
    };
    match variant.noise {
        Noise::Bernoulli => Thinning::Bernoulli { p, scaling },
        Noise::Gaussian => Thinning::Gaussian { p },
        Noise::DropConnect => Thinning::DropConnect { p, scaling },
    }
}

/// Which helper modules a set of runs needs written out (the frameworks have no such layer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Helpers {
    pub classic: bool,
    pub forgot_scaling: bool,
    pub gaussian: bool,
    pub dropconnect: bool,
    pub max_norm: bool,
}

impl Helpers {
    /// What the layers of every run need, and max-norm if some run constrains.
    pub fn of<'a>(runs: impl IntoIterator<Item = (&'a [Layer], &'a Variant)>) -> Self {
        let mut h = Self::default();
        for (layers, variant) in runs {
            h.max_norm |= variant.max_norm.is_some();
            for layer in layers {
                match layer.thinning {
                    Thinning::Bernoulli { scaling, .. } => {
                        h.classic |= scaling != Scaling::Inverted;
                        h.forgot_scaling |= scaling == Scaling::ForgotEvaluation;
                    }
                    Thinning::Gaussian { .. } => h.gaussian = true,
                    Thinning::DropConnect { .. } => h.dropconnect = true,
                    Thinning::None => {}
                }
            }
        }
        h
    }
}
