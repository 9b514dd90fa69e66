//! Inside dropout: what the masks and the loss curves do not show by themselves. Training with
//! dropout trains an ensemble of thinned sub-networks that share weights, and evaluation with
//! every unit (weights scaled) stands in for averaging that ensemble (Srivastava et al. 2014;
//! Goodfellow et al., *Deep Learning* §7.12).
//!
//! Every view works on a [`Frozen`] copy of a run's network, taken when the view starts: the
//! race goes on training while the view computes, and the view's passes never touch the run, its
//! masks or its random generator (which would change the race). A pass multiplies each unit of a
//! dropout layer by a gain (0 for a dropped unit, the training scale for a kept one, the
//! evaluation scale for all of them in eval mode); the gains are folded into a copy of the
//! weights, so the network's own forward code does the arithmetic, whatever its activation.
//!
//! - [`subnets`]: K sampled thinned networks (or all of them for a tiny network), their average,
//!   and the full network.
//! - [`averaging`]: Monte-Carlo average over k masks against weight scaling, k = 1…100.
//! - [`spread`]: MC dropout: the spread of the predictions over T thinned networks.
//! - [`ablation`]: each hidden unit removed in turn; activation statistics per hidden layer.
//!
//! The heavy ones are resumable jobs that share one protocol, [`Pass`]: each `step` runs one
//! forward pass, so [`look::Look::work`] can spread them over frames with a time budget.

use ndarray::{Array2, ArrayView2, Axis, Zip};
use rand::RngExt;

use crate::core::LabRng;
use crate::core::dropout::DropoutRates;
use crate::core::head::OutputHead;
use crate::core::network::Mlp;

pub mod ablation;
pub mod averaging;
pub mod look;
pub mod spread;
pub mod subnets;

/// What every Inside view's job does: one forward pass per [`Self::step`], so a view can be
/// spread over frames and its progress shown.
pub trait Pass {
    /// Forward passes done so far.
    fn done(&self) -> usize;
    /// Forward passes the view needs in all.
    fn total(&self) -> usize;
    /// One more forward pass (nothing once finished).
    fn step(&mut self);
    fn finished(&self) -> bool {
        self.done() >= self.total()
    }
}

/// Which units of each dropout layer (input first, then each hidden layer) a thinned network
/// keeps.
pub type Mask = Vec<Vec<bool>>;

/// A multiplier per unit of each dropout layer, input layer first.
pub type Gains = Vec<Vec<f32>>;

/// A run's network and drop rates, copied when a view starts.
#[derive(Debug, Clone)]
pub struct Frozen {
    base: Mlp,
    /// A copy of `base` whose weights carry the gains of the current pass.
    work: Mlp,
    rates: DropoutRates,
    /// No dropout, inverted mode: evaluation is the identity, so only the gains scale units.
    plain: DropoutRates,
}

impl Frozen {
    pub fn of(net: &Mlp, rates: &DropoutRates) -> Self {
        Self {
            base: net.clone(),
            work: net.clone(),
            rates: rates.clone(),
            plain: DropoutRates::none(net.config().hidden.len()),
        }
    }

    pub fn rates(&self) -> &DropoutRates {
        &self.rates
    }

    pub fn head(&self) -> OutputHead {
        self.base.config().head
    }

    /// Units per dropout layer: the inputs, then each hidden layer.
    pub fn dropout_sizes(&self) -> Vec<usize> {
        let sizes = self.base.layer_sizes();
        sizes[..sizes.len() - 1].to_vec()
    }

    /// Evaluation mode: every unit at the mode's evaluation scale (1 for inverted dropout,
    /// 1 − p for classic): the "weight-scaled" network.
    pub fn eval_gains(&self) -> Gains {
        self.dropout_sizes()
            .iter()
            .enumerate()
            .map(|(l, &n)| vec![self.rates.eval_scale(l); n])
            .collect()
    }

    /// One thinned network: dropped units 0, kept units at the training scale.
    pub fn mask_gains(&self, mask: &Mask) -> Gains {
        mask.iter()
            .enumerate()
            .map(|(l, kept)| {
                let scale = self.rates.train_scale(l);
                kept.iter().map(|&k| if k { scale } else { 0.0 }).collect()
            })
            .collect()
    }

    /// A thinned network drawn with the run's rates: each unit kept with probability 1 − p.
    pub fn sample_mask(&self, rng: &mut LabRng) -> Mask {
        self.dropout_sizes()
            .iter()
            .enumerate()
            .map(|(l, &n)| {
                let p = self.rates.rates[l];
                (0..n)
                    .map(|_| p <= 0.0 || rng.random::<f32>() >= p)
                    .collect()
            })
            .collect()
    }

    /// Outputs (probabilities for classifiers, values for regression) of the network whose
    /// dropout-layer units are multiplied by `gains`. Scaling unit `u` of layer `l` is scaling
    /// row `u` of `W_l`, so the gains go into a copy of the weights.
    pub fn outputs(&mut self, x: ArrayView2<f32>, gains: &Gains) -> Array2<f32> {
        self.load(gains);
        self.work.predict(x, &self.plain)
    }

    /// [`Self::outputs`] and each hidden layer's activations (before dropout), one row per
    /// example.
    pub fn outputs_and_activations(
        &mut self,
        x: ArrayView2<f32>,
        gains: &Gains,
    ) -> (Array2<f32>, Vec<Array2<f32>>) {
        self.load(gains);
        let hidden = self.base.config().hidden.clone();
        let mut out = Array2::zeros((0, self.base.config().outputs));
        let mut acts: Vec<Array2<f32>> = hidden.iter().map(|&n| Array2::zeros((0, n))).collect();
        // Chunks no larger than one forward pass, so the buffers hold every row's activations.
        for chunk in x.axis_chunks_iter(Axis(0), ACTIVATION_CHUNK) {
            let o = self.work.predict(chunk, &self.plain);
            out.append(Axis(0), o.view()).expect("same width");
            for (l, a) in acts.iter_mut().enumerate() {
                a.append(Axis(0), self.work.activations(l + 1))
                    .expect("same width");
            }
        }
        (out, acts)
    }

    fn load(&mut self, gains: &Gains) {
        for ((w, base), g) in self
            .work
            .weights_mut()
            .iter_mut()
            .zip(self.base.weights())
            .zip(gains)
        {
            Zip::from(w.rows_mut())
                .and(base.rows())
                .and(&ndarray::ArrayView1::from(g.as_slice()))
                .for_each(|mut w, b, &g| w.zip_mut_with(&b, |w, &b| *w = b * g));
        }
    }
}

/// Rows per forward pass when activations are read back (the network evaluates in chunks of
/// 256 rows; a smaller chunk leaves each chunk's activations in its buffers).
const ACTIVATION_CHUNK: usize = 256;

/// Mean loss of outputs `o` (probabilities or values, as [`Frozen::outputs`] gives them) against
/// targets `y`: cross-entropy for classifiers, squared error for regression, summed over output
/// columns like the training loss. Probabilities are kept off 0 and 1 so a confident mistake
/// costs a large but finite loss.
pub fn mean_loss(head: OutputHead, o: ArrayView2<f32>, y: ArrayView2<f32>) -> f32 {
    const EPS: f64 = 1e-7;
    let mut total = 0.0f64;
    Zip::from(&o).and(&y).for_each(|&o, &t| {
        let (o, t) = (f64::from(o), f64::from(t));
        total += match head {
            OutputHead::SigmoidBce => {
                let o = o.clamp(EPS, 1.0 - EPS);
                -(t * o.ln() + (1.0 - t) * (1.0 - o).ln())
            }
            OutputHead::SoftmaxCe if t != 0.0 => -t * o.max(EPS).ln(),
            OutputHead::SoftmaxCe => 0.0,
            OutputHead::LinearMse => (o - t) * (o - t),
        };
    });
    (total / o.nrows().max(1) as f64) as f32
}

/// Share of rows classified wrongly; `None` for regression.
pub fn error_rate(head: OutputHead, o: ArrayView2<f32>, y: ArrayView2<f32>) -> Option<f32> {
    let correct = head.correct(o, y)?;
    Some(1.0 - correct as f32 / o.nrows().max(1) as f32)
}
