//! Dropout: which units are switched off, and how the survivors are scaled.
//!
//! `p` is the probability of **dropping** a unit (the PyTorch/Keras convention); `1 − p` is the
//! keep probability. Two modes give the next layer the same *expected* input:
//! - [`DropoutMode::Inverted`] (the default, what every modern library does): kept units are
//!   multiplied by `1/(1−p)` during training, evaluation is the identity.
//! - [`DropoutMode::Classic`] (Srivastava et al. 2014): no scaling in training, activations
//!   multiplied by `1 − p` at evaluation.
//!
//! ```
//! use dropout_lab::core::{DropoutMode, DropoutRates};
//! // input layer 0.2, two hidden layers 0.5
//! let rates = DropoutRates::new(vec![0.2, 0.5, 0.5], DropoutMode::Inverted).unwrap();
//! assert_eq!(rates.train_scale(1), 2.0);
//! assert_eq!(rates.eval_scale(1), 1.0);
//! assert!(DropoutRates::new(vec![1.0], DropoutMode::Inverted).is_err());
//! ```

use crate::core::LabRng;
use ndarray::ArrayViewMut2;
use rand::RngExt;

use crate::core::error::{Error, Result};
use crate::core::variant::Variant;
use crate::detail;

/// How kept units are scaled so that training and evaluation agree in expectation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DropoutMode {
    /// Scale kept units by `1/(1−p)` in training; identity at evaluation.
    #[default]
    Inverted,
    /// No scaling in training; scale by `1−p` at evaluation (the original paper's formulation).
    Classic,
}

/// Drop rates for every layer that dropout may touch: `rates[0]` is the input layer,
/// `rates[1..]` the hidden layers in order. The output layer is never dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct DropoutRates {
    pub rates: Vec<f32>,
    pub mode: DropoutMode,
}

/// Rejects any `p` outside `0 ≤ p < 1`. `p = 1` would drop every unit and the inverted scale
/// `1/(1−p)` would be infinite.
pub fn check_rate(layer: usize, p: f32) -> Result<()> {
    if (0.0..1.0).contains(&p) {
        Ok(())
    } else {
        Err(Error::DropRate { layer, p })
    }
}

/// A run's rate vector `[input_p, hidden_p, hidden_p, …]` with `hidden_layers` hidden rates:
/// the one place such a vector is built from an input and a hidden rate.
pub fn uniform_rates(input_p: f32, hidden_p: f32, hidden_layers: usize) -> Vec<f32> {
    std::iter::once(input_p)
        .chain(std::iter::repeat_n(hidden_p, hidden_layers))
        .collect()
}

/// A run's rate vector fitted to a network with `layers` dropout layers (input + hidden): it
/// keeps its input rate and its first hidden rates, and extra hidden layers take its last
/// hidden rate, so a run rebuilt with other hidden sizes keeps its character (a baseline stays
/// a baseline). A lone rate (what older links gave) is every hidden layer's, with `lone_input`
/// on the input layer.
///
/// ```
/// use dropout_lab::core::dropout::fit_rates;
/// assert_eq!(fit_rates(&[0.1, 0.3, 0.6], 4, 0.0), [0.1, 0.3, 0.6, 0.6]);
/// assert_eq!(fit_rates(&[0.1, 0.3, 0.6], 2, 0.0), [0.1, 0.3]);
/// assert_eq!(fit_rates(&[0.5], 3, 0.2), [0.2, 0.5, 0.5]);
/// ```
pub fn fit_rates(rates: &[f32], layers: usize, lone_input: f32) -> Vec<f32> {
    let (input, hidden) = match rates {
        [lone] => (lone_input, std::slice::from_ref(lone)),
        [input, hidden @ ..] => (*input, hidden),
        [] => (lone_input, &[][..]),
    };
    let last = hidden.last().copied().unwrap_or(0.0);
    let fitted = (0..layers.saturating_sub(1)).map(|i| hidden.get(i).copied().unwrap_or(last));
    std::iter::once(input).chain(fitted).collect()
}

/// Every run's rate vector fitted to `layers` dropout layers by [`fit_rates`]: the one rule a
/// preset rebuilt with other hidden sizes ([`Preset::with_hidden`]) and a lab given a whole
/// table of rates ([`Experiment::set_rate_table`]) follow.
///
/// ```
/// use dropout_lab::core::dropout::fit_rate_table;
/// let table = fit_rate_table(&[vec![0.0, 0.5], vec![0.3]], 3, 0.2);
/// assert_eq!(table, [vec![0.0, 0.5, 0.5], vec![0.2, 0.3, 0.3]]);
/// ```
///
/// [`Preset::with_hidden`]: crate::core::preset::Preset::with_hidden
/// [`Experiment::set_rate_table`]: crate::core::experiment::Experiment::set_rate_table
pub fn fit_rate_table(table: &[Vec<f32>], layers: usize, lone_input: f32) -> Vec<Vec<f32>> {
    table
        .iter()
        .map(|rates| fit_rates(rates, layers, lone_input))
        .collect()
}

pub use crate::core::labels::{Notation, rate_label, run_label};

impl DropoutRates {
    /// Validated rates, one per dropout layer (input first).
    pub fn new(rates: Vec<f32>, mode: DropoutMode) -> Result<Self> {
        for (i, &p) in rates.iter().enumerate() {
            check_rate(i, p)?;
        }
        Ok(Self { rates, mode })
    }

    /// `input_p` on the input layer and `hidden_p` on each of `hidden_layers` hidden layers.
    pub fn uniform(input_p: f32, hidden_p: f32, hidden_layers: usize) -> Result<Self> {
        Self::new(
            uniform_rates(input_p, hidden_p, hidden_layers),
            DropoutMode::Inverted,
        )
    }

    /// The input layer's rate.
    pub fn input(&self) -> f32 {
        self.rates[0]
    }

    /// The first hidden layer's rate (what the slider and the run's label show), 0 with none.
    pub fn hidden(&self) -> f32 {
        self.rates.get(1).copied().unwrap_or(0.0)
    }

    /// No dropout anywhere.
    pub fn none(hidden_layers: usize) -> Self {
        Self {
            rates: vec![0.0; hidden_layers + 1],
            mode: DropoutMode::Inverted,
        }
    }

    /// Changes one layer's rate (validated), e.g. when the slider moves.
    pub fn set(&mut self, layer: usize, p: f32) -> Result<()> {
        check_rate(layer, p)?;
        let n = self.rates.len();
        let slot = self.rates.get_mut(layer).ok_or_else(|| {
            Error::Shape(detail!("shape-no-dropout-layer", layer = layer, layers = n))
        })?;
        *slot = p;
        Ok(())
    }

    /// Probability of keeping a unit of dropout layer `layer`.
    pub fn keep_prob(&self, layer: usize) -> f32 {
        Variant::default().kept_share(self, layer)
    }

    /// Factor applied to kept units in training, for plain Bernoulli dropout (the rule lives
    /// in [`Variant::train_scale`], which every run variant's training step calls).
    pub fn train_scale(&self, layer: usize) -> f32 {
        Variant::default().train_scale(self, layer)
    }

    /// Factor applied to every unit at evaluation, for plain Bernoulli dropout
    /// ([`Variant::eval_scale`]).
    pub fn eval_scale(&self, layer: usize) -> f32 {
        Variant::default().eval_scale(self, layer)
    }
}

/// Fills `mask` with independent Bernoulli(1−p) draws: 1.0 = kept, 0.0 = dropped.
///
/// One `u32` per unit compared against a threshold: cheaper than a float draw, and exact to
/// 2⁻³². The words are drawn in blocks of [`WORD_BLOCK`] (`fill`) and handed out in the mask's
/// logical (row-major) order, so the mask depends on the seed and the shape only, never on the
/// memory layout. Drawing in bulk matters: mask sampling was half of a small network's training
/// step when drawn one word at a time. With `p = 0` no randomness is consumed and every unit is
/// kept.
pub fn sample_mask(mut mask: ArrayViewMut2<f32>, p: f32, rng: &mut LabRng) {
    if p <= 0.0 {
        mask.fill(1.0);
        return;
    }
    let threshold = (f64::from(p) * 4_294_967_296.0) as u32;
    let keep = |word: u32| if word >= threshold { 1.0 } else { 0.0 };
    let mut words = [0u32; WORD_BLOCK];
    match mask.as_slice_mut() {
        // The common case, and the fast one: plain slices compile to a vectorised compare.
        Some(units) => {
            for chunk in units.chunks_mut(WORD_BLOCK) {
                let words = &mut words[..chunk.len()];
                rng.fill(words);
                for (m, &word) in chunk.iter_mut().zip(words.iter()) {
                    *m = keep(word);
                }
            }
        }
        None => {
            let mut units = mask.iter_mut();
            while units.len() > 0 {
                let words = &mut words[..units.len().min(WORD_BLOCK)];
                rng.fill(words);
                // `words` first: zip stops on it without taking one more unit from `units`.
                for (&word, m) in words.iter().zip(units.by_ref()) {
                    *m = keep(word);
                }
            }
        }
    }
}

/// Fills `noise` with Gaussian dropout factors `1 + σ·n`, `n ~ N(0, 1)`, `σ² = p/(1−p)`: mean 1
/// and the variance of an inverted Bernoulli mask with the same `p` (Srivastava et al. 2014,
/// §10). Box–Muller, both outputs of each pair used. With `p = 0` every factor is 1 and no
/// randomness is consumed.
pub fn sample_gaussian(mut noise: ArrayViewMut2<f32>, p: f32, rng: &mut LabRng) {
    if p <= 0.0 {
        noise.fill(1.0);
        return;
    }
    let sigma = crate::core::variant::gaussian_variance(p).sqrt();
    let mut spare: Option<f32> = None;
    for xi in noise.iter_mut() {
        let n = match spare.take() {
            Some(n) => n,
            None => {
                let u1 = 1.0 - rng.random::<f32>(); // (0, 1]: ln stays finite
                let u2: f32 = rng.random();
                let r = (-2.0 * u1.ln()).sqrt();
                let (sin, cos) = (std::f32::consts::TAU * u2).sin_cos();
                spare = Some(r * sin);
                r * cos
            }
        };
        *xi = 1.0 + sigma * n;
    }
}

/// Random words drawn per `fill` call in [`sample_mask`]; even, so that a generator with 64-bit
/// outputs splits each output into two words and discards nothing but at the very end.
pub const WORD_BLOCK: usize = 256;
