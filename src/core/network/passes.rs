//! The forward and backward passes of [`Mlp`] over one batch, written against the reused
//! [`Buffers`](super::buffers::Buffers): the arithmetic of dropout lives here.

use ndarray::linalg::general_mat_mul;
use ndarray::{ArrayView2, s};

use super::variants::clip_max_norm;
use super::{Masks, Mlp};
use crate::core::activation::Activation;
use crate::core::dropout::{DropoutRates, sample_gaussian, sample_mask};
use crate::core::optimizer::Optimizer;
use crate::core::variant::{Noise, Variant};

impl Mlp {
    /// Forward pass over `x`; returns the mean loss against `y`. Leaves activations, the thinned
    /// inputs of every layer, the masks and the outputs in the buffers for `backward`.
    pub(super) fn forward(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
        variant: &Variant,
        mut masks: Masks,
    ) -> f32 {
        let rows = x.nrows();
        self.check_shapes(x, y, rates);
        self.buf.ensure_capacity(rows);
        self.buf.rows = rows;
        self.ensure_batch_norm(variant);
        let training = masks.training();
        // DropConnect thins the weights whenever masks are drawn; evaluation scales units.
        let dropconnect = variant.noise == Noise::DropConnect && !matches!(masks, Masks::Off);
        if dropconnect {
            self.buf.ensure_weight_masks(&self.weights);
        }
        self.buf.act[0].slice_mut(s![..rows, ..]).assign(&x);
        let last = self.weights.len() - 1;
        for l in 0..=last {
            if dropconnect {
                self.thin_weights(l, rates, variant, &mut masks);
            } else {
                self.thin_layer(l, rows, rates, variant, &mut masks);
            }
            self.affine_and_activate(l, rows, dropconnect, training, variant);
        }
        let out = self.buf.out.slice_mut(s![..rows, ..]);
        self.config.head.activate_and_loss(out, y) / rows.max(1) as f32
    }

    /// The shapes a batch must have: a wrong one is a bug in the caller, not bad input.
    fn check_shapes(&self, x: ArrayView2<f32>, y: ArrayView2<f32>, rates: &DropoutRates) {
        assert_eq!(
            x.ncols(),
            self.config.inputs,
            "input width does not match the network"
        );
        assert_eq!(
            y.dim(),
            (x.nrows(), self.config.outputs),
            "target shape does not match the network"
        );
        assert_eq!(
            rates.rates.len(),
            self.dropout_layers(),
            "one dropout rate per input/hidden layer"
        );
    }

    /// `z_{l+1} = h_l W_l + b_l`, then (hidden layers only) batch norm where the variant puts it
    /// and the activation. Under DropConnect `W_l` is the thinned copy drawn for this step.
    fn affine_and_activate(
        &mut self,
        l: usize,
        rows: usize,
        dropconnect: bool,
        training: bool,
        variant: &Variant,
    ) {
        let last = self.weights.len() - 1;
        let h = self.buf.input[l].slice(s![..rows, ..]);
        let z = if l < last {
            &mut self.buf.act[l + 1]
        } else {
            &mut self.buf.out
        };
        let mut z = z.slice_mut(s![..rows, ..]);
        z.assign(&self.biases[l].row(0));
        let w = if dropconnect {
            &self.buf.dropped_weights[l]
        } else {
            &self.weights[l]
        };
        general_mat_mul(1.0, &h, w, 1.0, &mut z);
        if l < last {
            match self.bn.as_mut().filter(|_| variant.batch_norm) {
                Some(bn) if training => bn.forward_train(l, z.view_mut()),
                Some(bn) => bn.forward_eval(l, z.view_mut()),
                None => {}
            }
            apply_activation(self.config.activation, z);
        }
    }

    /// `h_l = a_l ⊙ mask_l · scale`: draws (or copies) layer `l`'s mask (0/1, or Gaussian
    /// factors) and writes the thinned, scaled activations that layer `l`'s weights will see.
    fn thin_layer(
        &mut self,
        l: usize,
        rows: usize,
        rates: &DropoutRates,
        variant: &Variant,
        masks: &mut Masks,
    ) {
        let a = self.buf.act[l].slice(s![..rows, ..]);
        let mut h = self.buf.input[l].slice_mut(s![..rows, ..]);
        let p = variant.drop_rate(rates, l);
        let draw = |mask: ndarray::ArrayViewMut2<f32>, rng: &mut crate::core::LabRng| match variant
            .noise
        {
            Noise::Gaussian => sample_gaussian(mask, p, rng),
            _ => sample_mask(mask, p, rng),
        };
        let mask = match masks {
            Masks::Off => {
                let scale = variant.eval_scale(rates, l);
                h.zip_mut_with(&a, |h, &a| *h = a * scale);
                return;
            }
            Masks::Noisy(rng) => {
                let mut mask = self.buf.eval_mask[l].slice_mut(s![..rows, ..]);
                draw(mask.view_mut(), rng);
                mask
            }
            Masks::Sample(rng) => {
                self.buf.mask_rows = rows;
                let mut mask = self.buf.mask[l].slice_mut(s![..rows, ..]);
                draw(mask.view_mut(), rng);
                mask
            }
            Masks::Given(given) => {
                self.buf.mask_rows = rows;
                let mut mask = self.buf.mask[l].slice_mut(s![..rows, ..]);
                mask.assign(&given[l]);
                mask
            }
        };
        let scale = variant.train_scale(rates, l);
        ndarray::Zip::from(&mut h)
            .and(&a)
            .and(&mask)
            .for_each(|h, &a, &m| *h = a * m * scale);
    }

    /// DropConnect: `h_l = a_l` (every unit kept, so the unit mask is all ones) and
    /// `W̃_l = W_l ⊙ M_l · scale` with a fresh (or given) weight mask `M_l` for the minibatch.
    fn thin_weights(
        &mut self,
        l: usize,
        rates: &DropoutRates,
        variant: &Variant,
        masks: &mut Masks,
    ) {
        let rows = self.buf.rows;
        let a = self.buf.act[l].slice(s![..rows, ..]);
        self.buf.input[l].slice_mut(s![..rows, ..]).assign(&a);
        let weight_mask = &mut self.buf.weight_mask[l];
        match masks {
            Masks::Off => unreachable!("DropConnect thins weights only when masks are drawn"),
            // An evaluation with dropout left on draws over the shown weight mask: DropConnect
            // keeps one per layer, not per pass.
            Masks::Noisy(rng) | Masks::Sample(rng) => {
                sample_mask(weight_mask.view_mut(), variant.drop_rate(rates, l), rng)
            }
            Masks::Given(given) => weight_mask.assign(&given[l]),
        }
        if masks.training() {
            self.buf.mask_rows = rows;
            self.buf.mask[l].slice_mut(s![..rows, ..]).fill(1.0);
        }
        let scale = variant.train_scale(rates, l);
        ndarray::Zip::from(&mut self.buf.dropped_weights[l])
            .and(&self.weights[l])
            .and(&*weight_mask)
            .for_each(|d, &w, &m| *d = w * m * scale);
    }

    /// Backpropagation through the last forward pass (which must have used masks).
    pub(super) fn backward(&mut self, y: ArrayView2<f32>, rates: &DropoutRates, variant: &Variant) {
        let rows = self.buf.rows;
        let last = self.weights.len() - 1;
        let dropconnect = variant.noise == Noise::DropConnect;
        let out = self.buf.out.slice(s![..rows, ..]);
        self.config
            .head
            .output_delta(out, y, self.buf.delta[last].slice_mut(s![..rows, ..]));
        for l in (0..=last).rev() {
            let (lower, upper) = self.buf.delta.split_at_mut(l);
            let dz = upper[0].slice(s![..rows, ..]);
            let h = self.buf.input[l].slice(s![..rows, ..]);
            general_mat_mul(1.0, &h.t(), &dz, 0.0, &mut self.grad_w[l]);
            if dropconnect {
                // ∂L/∂W = (hᵀ · ∂L/∂z) ⊙ M · scale: a dropped weight took no part.
                let scale = variant.train_scale(rates, l);
                ndarray::Zip::from(&mut self.grad_w[l])
                    .and(&self.buf.weight_mask[l])
                    .for_each(|g, &m| *g *= m * scale);
            }
            let mut grad_b = self.grad_b[l].row_mut(0);
            grad_b.fill(0.0);
            for row in dz.rows() {
                grad_b += &row;
            }
            if l == 0 {
                break;
            }
            // ∂L/∂a_l = (∂L/∂z_l · W_lᵀ) ⊙ mask_l · scale, then through the activation (and
            // batch norm). DropConnect's weights were thinned, its units were not.
            let mut da = lower[l - 1].slice_mut(s![..rows, ..]);
            let (w, scale) = if dropconnect {
                (&self.buf.dropped_weights[l], 1.0)
            } else {
                (&self.weights[l], variant.train_scale(rates, l))
            };
            general_mat_mul(1.0, &dz, &w.t(), 0.0, &mut da);
            let act = self.config.activation;
            ndarray::Zip::from(&mut da)
                .and(self.buf.mask[l].slice(s![..rows, ..]))
                .and(self.buf.act[l].slice(s![..rows, ..]))
                .for_each(|d, &m, &a| *d *= m * scale * act.derivative_from_output(a));
            if let Some(bn) = self.bn.as_mut().filter(|_| variant.batch_norm) {
                bn.backward(l - 1, da);
            }
        }
    }

    /// One optimiser step on every weight and bias (with the run's own L2 if it has one), then
    /// batch norm's parameters and statistics, then the max-norm constraint.
    pub(super) fn update(&mut self, opt: &Optimizer, variant: &Variant) {
        self.updates += 1;
        let decay = variant.weight_decay.unwrap_or(opt.weight_decay);
        for l in 0..self.weights.len() {
            self.state_w[l].update(
                opt,
                self.updates,
                decay,
                self.weights[l].view_mut(),
                self.grad_w[l].view(),
            );
            self.state_b[l].update(
                opt,
                self.updates,
                0.0,
                self.biases[l].view_mut(),
                self.grad_b[l].view(),
            );
            if let Some(c) = variant.max_norm {
                clip_max_norm(self.weights[l].view_mut(), c);
            }
        }
        if let Some(bn) = self.bn.as_mut().filter(|_| variant.batch_norm) {
            bn.update(opt, self.updates);
        }
    }
}

/// Applies the hidden activation in place; one `match` per layer, not per element.
fn apply_activation(act: Activation, mut z: ndarray::ArrayViewMut2<f32>) {
    match act {
        // Not `v.max(0.0)`: in wasm32 that is a call to `fmaxf` per element; the comparison
        // vectorises.
        Activation::Relu => z.mapv_inplace(|v| if v > 0.0 { v } else { 0.0 }),
        Activation::Tanh => z.mapv_inplace(f32::tanh),
        Activation::Sigmoid => z.mapv_inplace(crate::core::activation::sigmoid),
        Activation::Linear => {}
    }
}
