//! Output heads: the output nonlinearity paired with its canonical loss.
//!
//! Each pairing makes the gradient of the loss with respect to the output layer's pre-activation
//! `z` the same simple expression, `∂L/∂z = (o − y)/B` (times 2 for MSE), which is both fast and
//! numerically safe. Losses are averaged over the batch and summed over output columns.

use ndarray::{ArrayView2, ArrayViewMut2, Zip};

use crate::core::activation::sigmoid;
use crate::core::data::class_of;

/// The output layer and its loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputHead {
    /// Sigmoid output, binary cross-entropy: two-class classification.
    SigmoidBce,
    /// Softmax output, cross-entropy: multi-class classification with one-hot targets.
    SoftmaxCe,
    /// Linear output, mean squared error: regression.
    LinearMse,
}

impl OutputHead {
    /// True for the classification heads, where accuracy means something.
    pub fn is_classifier(self) -> bool {
        !matches!(self, Self::LinearMse)
    }

    /// Turns pre-activations `z` (in place) into outputs `o`, returning the summed loss over the
    /// rows against targets `y` (not yet divided by the batch size). The loss is computed from `z`
    /// before it is overwritten, in the log-sum-exp stable form.
    pub fn activate_and_loss(self, mut z: ArrayViewMut2<f32>, y: ArrayView2<f32>) -> f32 {
        let mut total = 0.0f64;
        match self {
            Self::SigmoidBce => {
                Zip::from(&mut z).and(&y).for_each(|z, &y| {
                    // −[y ln σ(z) + (1−y) ln(1−σ(z))] = max(z,0) − z·y + ln(1 + e^{−|z|})
                    total += f64::from(z.max(0.0) - *z * y + (-z.abs()).exp().ln_1p());
                    *z = sigmoid(*z);
                });
            }
            Self::SoftmaxCe => {
                for (mut row, yrow) in z.rows_mut().into_iter().zip(y.rows()) {
                    let max = row.fold(f32::NEG_INFINITY, |m, &v| m.max(v));
                    // ln softmax(z)_k = (z_k − max) − ln Σ e^{z−max}. The shifted logit z_k − max
                    // is used as it is, never recovered as ln(e^{z_k−max}): for a true class
                    // ~104 or more below the largest logit that exponential underflows to 0 in
                    // float32 and its log would be −inf, a false "diverged".
                    let (mut target_dot, mut target_sum) = (0.0f64, 0.0f64);
                    Zip::from(&mut row).and(&yrow).for_each(|v, &t| {
                        *v -= max;
                        if t != 0.0 {
                            target_dot += f64::from(t * *v);
                            target_sum += f64::from(t);
                        }
                    });
                    let mut sum = 0.0f32;
                    row.mapv_inplace(|shifted| {
                        let e = shifted.exp();
                        sum += e;
                        e
                    });
                    total -= target_dot - target_sum * f64::from(sum.ln());
                    row.mapv_inplace(|e| e / sum);
                }
            }
            Self::LinearMse => {
                Zip::from(&z)
                    .and(&y)
                    .for_each(|&o, &t| total += f64::from((o - t) * (o - t)));
            }
        }
        total as f32
    }

    /// Mean loss over the rows of `y` of a network that learned nothing: one that answers every
    /// example with equal class probabilities (ln 2 per sigmoid column, ln K for K softmax
    /// classes) or with the mean target (MSE: the targets' variance). A run whose loss grows
    /// far past this has diverged even while its numbers stay finite.
    pub fn blind_guess_loss(self, y: ArrayView2<f32>) -> f32 {
        match self {
            Self::SigmoidBce => std::f32::consts::LN_2 * y.ncols() as f32,
            Self::SoftmaxCe => (y.ncols() as f32).ln(),
            Self::LinearMse => {
                let n = y.nrows().max(1) as f64;
                y.columns()
                    .into_iter()
                    .map(|col| {
                        let mean = col.iter().map(|&v| f64::from(v)).sum::<f64>() / n;
                        col.iter()
                            .map(|&v| (f64::from(v) - mean).powi(2))
                            .sum::<f64>()
                            / n
                    })
                    .sum::<f64>() as f32
            }
        }
    }

    /// Writes `∂L/∂z` for the mean loss over `batch` rows into `dz`, given outputs `o`.
    pub fn output_delta(self, o: ArrayView2<f32>, y: ArrayView2<f32>, mut dz: ArrayViewMut2<f32>) {
        let batch = o.nrows() as f32;
        let k = if self == Self::LinearMse {
            2.0 / batch
        } else {
            1.0 / batch
        };
        Zip::from(&mut dz)
            .and(&o)
            .and(&y)
            .for_each(|d, &o, &t| *d = k * (o - t));
    }

    /// Number of rows of `o` whose prediction matches `y`: threshold 0.5 for one sigmoid column,
    /// arg-max otherwise. `None` for regression.
    pub fn correct(self, o: ArrayView2<f32>, y: ArrayView2<f32>) -> Option<usize> {
        match self {
            Self::LinearMse => None,
            Self::SigmoidBce if o.ncols() == 1 => Some(
                o.iter()
                    .zip(y.iter())
                    .filter(|&(&o, &t)| (o >= 0.5) == (t >= 0.5))
                    .count(),
            ),
            _ => Some(
                o.rows()
                    .into_iter()
                    .zip(y.rows())
                    .filter(|(o, t)| class_of(o.view()) == class_of(t.view()))
                    .count(),
            ),
        }
    }
}
