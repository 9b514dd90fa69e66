//! The public face of [`Mlp`] for a run's [`Variant`]: training, gradients with fixed noise,
//! and what the diagram reads back (DropConnect's weight masks, batch norm's parameters).
//! The plain methods in `network.rs` are these with the plain Bernoulli variant.

use ndarray::{Array2, ArrayView2, ArrayViewMut2, s};

use super::{Masks, Mlp};
use crate::core::LabRng;
use crate::core::batchnorm::BatchNorm;
use crate::core::dropout::DropoutRates;
use crate::core::optimizer::Optimizer;
use crate::core::variant::Variant;

impl Mlp {
    /// One step of minibatch training with `variant`'s noise, constraint and normalisation:
    /// forward with fresh noise, backward, update. Returns the minibatch's mean loss as the
    /// optimiser saw it.
    ///
    /// # Panics
    /// As [`Mlp::train_step`].
    pub fn train_step_variant(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
        variant: &Variant,
        opt: &Optimizer,
        rng: &mut LabRng,
    ) -> f32 {
        let loss = self.forward(x, y, rates, variant, Masks::Sample(rng));
        self.backward(y, rates, variant);
        self.update(opt, variant);
        loss
    }

    /// Loss and gradients with caller-chosen noise: per dropout layer a `B × n_l` unit mask
    /// (0/1 for Bernoulli, factors for Gaussian) or, for DropConnect, a mask shaped like the
    /// layer's weights. Batch norm uses the batch's statistics. Gradient checks use it.
    pub fn loss_and_gradients_with_noise(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        noise: &[Array2<f32>],
        rates: &DropoutRates,
        variant: &Variant,
    ) -> f32 {
        let loss = self.forward(x, y, rates, variant, Masks::Given(noise));
        self.backward(y, rates, variant);
        loss
    }

    /// Training-mode loss with caller-chosen noise, no gradient (finite differences use it).
    pub fn loss_with_noise(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        noise: &[Array2<f32>],
        rates: &DropoutRates,
        variant: &Variant,
    ) -> f32 {
        self.forward(x, y, rates, variant, Masks::Given(noise))
    }

    /// Training-mode outputs with fresh noise and no update: one sampled network.
    pub fn predict_train_variant(
        &mut self,
        x: ArrayView2<f32>,
        rates: &DropoutRates,
        variant: &Variant,
        rng: &mut LabRng,
    ) -> Array2<f32> {
        let y = Array2::zeros((x.nrows(), self.config.outputs));
        self.forward(x, y.view(), rates, variant, Masks::Sample(rng));
        self.buf.out.slice(s![..x.nrows(), ..]).to_owned()
    }

    /// DropConnect's mask of the weights leaving layer `layer` in the last training step
    /// (1.0 kept, 0.0 dropped, shaped like the weights); `None` if no DropConnect step ran.
    pub fn weight_mask(&self, layer: usize) -> Option<ArrayView2<'_, f32>> {
        let mask = self.buf.weight_mask.get(layer)?;
        (mask.dim() == self.weights[layer].dim()).then(|| mask.view())
    }

    /// Batch normalisation of the hidden layers, once a pass has used it.
    pub fn batch_norm(&self) -> Option<&BatchNorm> {
        self.bn.as_ref()
    }
    /// Mutable access to batch norm's parameters (gradient checks move γ and β).
    pub fn batch_norm_mut(&mut self) -> Option<&mut BatchNorm> {
        self.bn.as_mut()
    }

    /// Creates batch norm's parameters if `variant` asks for them and they do not exist yet
    /// (the only allocation, once: later steps reuse them).
    pub(super) fn ensure_batch_norm(&mut self, variant: &Variant) {
        if variant.batch_norm && self.bn.is_none() {
            self.bn = Some(BatchNorm::new(&self.config.hidden));
        }
    }
}

/// Shrinks every column of `w` (one unit's incoming weights) whose Euclidean norm exceeds `c`
/// back onto the sphere of radius `c` (Srivastava et al. 2014, §5.1).
pub fn clip_max_norm(mut w: ArrayViewMut2<f32>, c: f32) {
    for mut column in w.columns_mut() {
        let norm = column.iter().map(|v| v * v).sum::<f32>().sqrt();
        if norm > c {
            column *= c / norm;
        }
    }
}
