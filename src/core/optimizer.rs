//! Optimisers: SGD, SGD with momentum, Adam — each with optional L2 weight decay, so dropout can
//! be compared with the regulariser people already know.

use ndarray::{Array2, ArrayView2, ArrayViewMut2, Zip};

use crate::core::error::{Result, check_range};
use crate::detail;

/// The update rule.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptimizerKind {
    /// `w ← w − η g`.
    Sgd,
    /// `v ← β v + g`, `w ← w − η v` (heavy-ball momentum).
    Momentum { beta: f32 },
    /// Adam (Kingma & Ba 2015) with bias correction.
    Adam { beta1: f32, beta2: f32, eps: f32 },
}

impl OptimizerKind {
    /// Adam with the usual defaults (0.9, 0.999, 1e-8).
    pub fn adam() -> Self {
        Self::Adam {
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
        }
    }
}

/// An update rule with its hyper-parameters. `weight_decay` λ adds `λ w` to every weight
/// gradient (the gradient of the L2 penalty `λ/2 ‖w‖²`); biases are not decayed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Optimizer {
    pub kind: OptimizerKind,
    pub learning_rate: f32,
    pub weight_decay: f32,
}

impl Optimizer {
    /// Smallest learning rate accepted: below it no preset moves visibly in a lesson's minutes.
    pub const MIN_LEARNING_RATE: f32 = 1e-5;
    /// Largest learning rate accepted: far past divergence for every preset, so the page can
    /// still show what divergence looks like.
    pub const MAX_LEARNING_RATE: f32 = 10.0;

    /// Validated: learning rate in [`Self::MIN_LEARNING_RATE`, `Self::MAX_LEARNING_RATE`],
    /// weight decay in [0, 1].
    pub fn new(kind: OptimizerKind, learning_rate: f32, weight_decay: f32) -> Result<Self> {
        check_range(
            detail!("quantity-learning-rate"),
            f64::from(learning_rate),
            f64::from(Self::MIN_LEARNING_RATE),
            f64::from(Self::MAX_LEARNING_RATE),
        )?;
        check_range(
            detail!("quantity-weight-decay"),
            f64::from(weight_decay),
            0.0,
            1.0,
        )?;
        Ok(Self {
            kind,
            learning_rate,
            weight_decay,
        })
    }
}

/// Per-parameter optimiser memory (velocity, or Adam's first and second moments).
#[derive(Debug, Clone)]
pub struct ParamState {
    m: Array2<f32>,
    v: Array2<f32>,
}

impl ParamState {
    pub fn zeros(rows: usize, cols: usize) -> Self {
        Self {
            m: Array2::zeros((rows, cols)),
            v: Array2::zeros((rows, cols)),
        }
    }

    /// Applies one update to `param` from gradient `grad`. `step` counts updates from 1 (Adam's
    /// bias correction needs it); `decay` is the weight decay to use for this parameter.
    pub fn update(
        &mut self,
        opt: &Optimizer,
        step: u64,
        decay: f32,
        mut param: ArrayViewMut2<f32>,
        grad: ArrayView2<f32>,
    ) {
        let lr = opt.learning_rate;
        match opt.kind {
            OptimizerKind::Sgd => {
                Zip::from(&mut param)
                    .and(&grad)
                    .for_each(|w, &g| *w -= lr * (g + decay * *w));
            }
            OptimizerKind::Momentum { beta } => {
                Zip::from(&mut param)
                    .and(&grad)
                    .and(&mut self.m)
                    .for_each(|w, &g, v| {
                        *v = beta * *v + g + decay * *w;
                        *w -= lr * *v;
                    });
            }
            OptimizerKind::Adam { beta1, beta2, eps } => {
                let t = step.min(i32::MAX as u64) as i32;
                let c1 = 1.0 / (1.0 - beta1.powi(t));
                let c2 = 1.0 / (1.0 - beta2.powi(t));
                Zip::from(&mut param)
                    .and(&grad)
                    .and(&mut self.m)
                    .and(&mut self.v)
                    .for_each(|w, &g, m, v| {
                        let g = g + decay * *w;
                        *m = beta1 * *m + (1.0 - beta1) * g;
                        *v = beta2 * *v + (1.0 - beta2) * g * g;
                        *w -= lr * (*m * c1) / ((*v * c2).sqrt() + eps);
                    });
            }
        }
    }
}
