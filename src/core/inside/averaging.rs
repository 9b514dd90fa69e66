//! Monte-Carlo averaging against weight scaling (Srivastava et al. 2014, §7.5 and Fig. 11).
//!
//! The exact prediction of the dropout ensemble averages all 2ⁿ thinned networks; evaluation
//! instead runs the full network once, each unit scaled by its keep probability (which inverted
//! dropout already did in training). The curve averages the predictions of k really sampled
//! thinned networks, k = 1…K, and scores that average on the validation set: one thinned
//! network is worse than the scaled one, and the average improves quickly as k grows. For a
//! network with no nonlinearity between the dropped units and the output the two agree exactly
//! in expectation; with ReLUs and a sigmoid they differ, and on the two moons the average of
//! many thinned networks ends *below* the scaled network's validation loss (averaging
//! probabilities is less over-confident than one scaled network): the scaled network is an
//! approximation, one pass instead of k. [`NOTE`] says what the view shows; `tests/claims`
//! checks each sentence on the seeds 1–10.

use ndarray::{Array2, ArrayView2};
use rand::SeedableRng;

use super::{Frozen, Pass, error_rate, mean_loss};
use crate::core::LabRng;

/// Thinned networks averaged at most (the paper's Fig. 11 goes to about 100 too).
pub const MAX_K: usize = 100;

/// What the view tells the class (each sentence pinned by `tests/claims/inside.rs`).
pub const NOTE: &str = "inside-note-averaging";

/// Validation loss and error after averaging `k` thinned networks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct McPoint {
    pub k: usize,
    pub loss: f32,
    /// Share misclassified; `None` for regression.
    pub error: Option<f32>,
}

/// The curve, one thinned network per [`Self::step`]; the weight-scaled network first.
#[derive(Debug, Clone)]
pub struct AveragingJob {
    net: Frozen,
    x: Array2<f32>,
    y: Array2<f32>,
    rng: LabRng,
    max_k: usize,
    sum: Array2<f32>,
    /// The weight-scaled (evaluation-mode) network's loss and error: the horizontal line.
    pub scaled: Option<McPoint>,
    /// One point per k, k = 1, 2, …
    pub curve: Vec<McPoint>,
    /// The validation loss of each thinned network on its own, in the order drawn.
    pub singles: Vec<f32>,
}

impl AveragingJob {
    /// Scores on validation inputs `x` with targets `y`; masks drawn from `seed`.
    pub fn new(
        net: Frozen,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        seed: u64,
        max_k: usize,
    ) -> Self {
        Self {
            sum: Array2::zeros(y.dim()),
            net,
            x: x.to_owned(),
            y: y.to_owned(),
            rng: LabRng::seed_from_u64(seed),
            max_k: max_k.max(1),
            scaled: None,
            curve: Vec::new(),
            singles: Vec::new(),
        }
    }

    fn score(&self, k: usize, out: ArrayView2<f32>) -> McPoint {
        let head = self.net.head();
        McPoint {
            k,
            loss: mean_loss(head, out, self.y.view()),
            error: error_rate(head, out, self.y.view()),
        }
    }

    /// Mean validation loss of one thinned network on its own (over those drawn so far).
    pub fn single_mean(&self) -> Option<f32> {
        let n = self.singles.len();
        (n > 0).then(|| self.singles.iter().sum::<f32>() / n as f32)
    }

    /// Runs every pass at once (tests).
    pub fn run(mut self) -> Self {
        while !self.finished() {
            self.step();
        }
        self
    }
}

impl Pass for AveragingJob {
    fn total(&self) -> usize {
        self.max_k + 1
    }

    fn done(&self) -> usize {
        self.curve.len() + usize::from(self.scaled.is_some())
    }

    /// One forward pass: the weight-scaled network, then one more thinned network.
    fn step(&mut self) {
        if self.scaled.is_none() {
            let gains = self.net.eval_gains();
            let out = self.net.outputs(self.x.view(), &gains);
            self.scaled = Some(self.score(0, out.view()));
        } else if self.curve.len() < self.max_k {
            let mask = self.net.sample_mask(&mut self.rng);
            let gains = self.net.mask_gains(&mask);
            let out = self.net.outputs(self.x.view(), &gains);
            let single = mean_loss(self.net.head(), out.view(), self.y.view());
            self.singles.push(single);
            self.sum += &out;
            let k = self.curve.len() + 1;
            let mean = &self.sum / k as f32;
            let point = self.score(k, mean.view());
            self.curve.push(point);
        }
    }
}
