//! Evaluation of a whole dataset in chunks through the training buffers, for any run variant:
//! the plain `predict` and `evaluate` of [`Mlp`] are these with plain dropout.

use ndarray::{Array2, ArrayView2, Axis, s};

use super::{EVAL_CHUNK, Evaluation, Masks, Mlp};
use crate::core::LabRng;
use crate::core::dropout::DropoutRates;
use crate::core::variant::Variant;

impl Mlp {
    /// [`Mlp::predict`] for a run's variant; `rng` draws the masks when the variant evaluates
    /// with dropout on (the forgot-eval-mode mistake), and is not used otherwise.
    pub fn predict_variant(
        &mut self,
        x: ArrayView2<f32>,
        rates: &DropoutRates,
        variant: &Variant,
        mut rng: Option<&mut LabRng>,
    ) -> Array2<f32> {
        let mut out = Array2::zeros((x.nrows(), self.config.outputs));
        let dummy = Array2::zeros((EVAL_CHUNK.min(x.nrows().max(1)), self.config.outputs));
        for (xc, mut oc) in x
            .axis_chunks_iter(Axis(0), EVAL_CHUNK)
            .zip(out.axis_chunks_iter_mut(Axis(0), EVAL_CHUNK))
        {
            let masks = eval_masks(variant, &mut rng);
            self.forward(xc, dummy.slice(s![..xc.nrows(), ..]), rates, variant, masks);
            oc.assign(&self.buf.out.slice(s![..xc.nrows(), ..]));
        }
        out
    }

    /// [`Mlp::evaluate`] for a run's variant (see [`Self::predict_variant`] for `rng`).
    pub fn evaluate_variant(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
        variant: &Variant,
        mut rng: Option<&mut LabRng>,
    ) -> Evaluation {
        let (mut total, mut correct) = (0.0f64, 0usize);
        for (xc, yc) in x
            .axis_chunks_iter(Axis(0), EVAL_CHUNK)
            .zip(y.axis_chunks_iter(Axis(0), EVAL_CHUNK))
        {
            let masks = eval_masks(variant, &mut rng);
            let loss = self.forward(xc, yc, rates, variant, masks);
            total += f64::from(loss) * xc.nrows() as f64;
            let out = self.buf.out.slice(s![..xc.nrows(), ..]);
            correct += self.config.head.correct(out, yc).unwrap_or(0);
        }
        let n = x.nrows().max(1) as f64;
        Evaluation {
            loss: (total / n) as f32,
            accuracy: self
                .config
                .head
                .is_classifier()
                .then_some((correct as f64 / n) as f32),
        }
    }
}

/// Evaluation's masks: none, or fresh ones when the variant forgot evaluation mode.
fn eval_masks<'a>(variant: &Variant, rng: &'a mut Option<&mut LabRng>) -> Masks<'a> {
    match rng {
        Some(rng) if variant.noisy_evaluation() => Masks::Noisy(rng),
        _ => Masks::Off,
    }
}
