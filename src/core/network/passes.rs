//! The forward and backward passes of [`Mlp`] over one batch, written against the reused
//! [`Buffers`](super::buffers::Buffers): the arithmetic of dropout lives here.

use ndarray::linalg::general_mat_mul;
use ndarray::{ArrayView2, s};

use super::{Masks, Mlp};
use crate::core::activation::Activation;
use crate::core::dropout::{DropoutRates, sample_mask};
use crate::core::optimizer::Optimizer;

impl Mlp {
    /// Forward pass over `x`; returns the mean loss against `y`. Leaves activations, the thinned
    /// inputs of every layer, the masks and the outputs in the buffers for `backward`.
    pub(super) fn forward(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
        mut masks: Masks,
    ) -> f32 {
        let rows = x.nrows();
        assert_eq!(
            x.ncols(),
            self.config.inputs,
            "input width does not match the network"
        );
        assert_eq!(
            y.dim(),
            (rows, self.config.outputs),
            "target shape does not match the network"
        );
        assert_eq!(
            rates.rates.len(),
            self.dropout_layers(),
            "one dropout rate per input/hidden layer"
        );
        self.buf.ensure_capacity(rows);
        self.buf.rows = rows;
        self.buf.act[0].slice_mut(s![..rows, ..]).assign(&x);
        let last = self.weights.len() - 1;
        for l in 0..=last {
            self.thin_layer(l, rows, rates, &mut masks);
            let h = self.buf.input[l].slice(s![..rows, ..]);
            let z = if l < last {
                &mut self.buf.act[l + 1]
            } else {
                &mut self.buf.out
            };
            let mut z = z.slice_mut(s![..rows, ..]);
            z.assign(&self.biases[l].row(0));
            general_mat_mul(1.0, &h, &self.weights[l], 1.0, &mut z);
            if l < last {
                apply_activation(self.config.activation, z);
            }
        }
        let out = self.buf.out.slice_mut(s![..rows, ..]);
        self.config.head.activate_and_loss(out, y) / rows.max(1) as f32
    }

    /// `h_l = a_l ⊙ mask_l · scale`: draws (or copies) layer `l`'s mask and writes the thinned,
    /// scaled activations that layer `l`'s weights will see.
    fn thin_layer(&mut self, l: usize, rows: usize, rates: &DropoutRates, masks: &mut Masks) {
        let a = self.buf.act[l].slice(s![..rows, ..]);
        let mut h = self.buf.input[l].slice_mut(s![..rows, ..]);
        let mut mask = self.buf.mask[l].slice_mut(s![..rows, ..]);
        let scale = match masks {
            Masks::Off => {
                let scale = rates.eval_scale(l);
                h.zip_mut_with(&a, |h, &a| *h = a * scale);
                return;
            }
            Masks::Sample(rng) => {
                self.buf.mask_rows = rows;
                sample_mask(mask.view_mut(), rates.rates[l], rng);
                rates.train_scale(l)
            }
            Masks::Given(given) => {
                self.buf.mask_rows = rows;
                mask.assign(&given[l]);
                rates.train_scale(l)
            }
        };
        ndarray::Zip::from(&mut h)
            .and(&a)
            .and(&mask)
            .for_each(|h, &a, &m| *h = a * m * scale);
    }

    /// Backpropagation through the last forward pass (which must have used masks).
    pub(super) fn backward(&mut self, y: ArrayView2<f32>, rates: &DropoutRates) {
        let rows = self.buf.rows;
        let last = self.weights.len() - 1;
        let out = self.buf.out.slice(s![..rows, ..]);
        self.config
            .head
            .output_delta(out, y, self.buf.delta[last].slice_mut(s![..rows, ..]));
        for l in (0..=last).rev() {
            let (lower, upper) = self.buf.delta.split_at_mut(l);
            let dz = upper[0].slice(s![..rows, ..]);
            let h = self.buf.input[l].slice(s![..rows, ..]);
            general_mat_mul(1.0, &h.t(), &dz, 0.0, &mut self.grad_w[l]);
            let mut grad_b = self.grad_b[l].row_mut(0);
            grad_b.fill(0.0);
            for row in dz.rows() {
                grad_b += &row;
            }
            if l == 0 {
                break;
            }
            // ∂L/∂a_l = (∂L/∂z_l · W_lᵀ) ⊙ mask_l · scale, then through the activation.
            let mut da = lower[l - 1].slice_mut(s![..rows, ..]);
            general_mat_mul(1.0, &dz, &self.weights[l].t(), 0.0, &mut da);
            let scale = rates.train_scale(l);
            let act = self.config.activation;
            ndarray::Zip::from(&mut da)
                .and(self.buf.mask[l].slice(s![..rows, ..]))
                .and(self.buf.act[l].slice(s![..rows, ..]))
                .for_each(|d, &m, &a| *d *= m * scale * act.derivative_from_output(a));
        }
    }

    pub(super) fn update(&mut self, opt: &Optimizer) {
        self.updates += 1;
        for l in 0..self.weights.len() {
            self.state_w[l].update(
                opt,
                self.updates,
                opt.weight_decay,
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
