//! Batch normalisation (Ioffe & Szegedy 2015) of every hidden layer's pre-activation, as a
//! rival of dropout: `y = γ (z − μ)/√(σ² + ε) + β`, with the minibatch's mean and variance in
//! training and running averages of them at evaluation (a single example has no batch).
//!
//! All working rows are kept between steps, so a training step with batch norm allocates
//! nothing once the largest batch has been seen.

use ndarray::{Array2, ArrayViewMut2, Axis, Zip, s};

use crate::core::optimizer::{Optimizer, ParamState};

/// Keeps the division finite for a unit that is constant over the batch.
pub const EPSILON: f32 = 1e-5;
/// Weight of the newest batch in the running averages (PyTorch's default).
pub const MOMENTUM: f32 = 0.1;

/// Scale, shift, running statistics and scratch for each hidden layer, all `1 × n` rows.
#[derive(Debug, Clone)]
pub struct BatchNorm {
    pub gamma: Vec<Array2<f32>>,
    pub beta: Vec<Array2<f32>>,
    pub grad_gamma: Vec<Array2<f32>>,
    pub grad_beta: Vec<Array2<f32>>,
    state_gamma: Vec<ParamState>,
    state_beta: Vec<ParamState>,
    /// Running averages used at evaluation.
    pub running_mean: Vec<Array2<f32>>,
    pub running_var: Vec<Array2<f32>>,
    /// The last training pass's batch statistics (`inv_std` = 1/√(σ² + ε)).
    mean: Vec<Array2<f32>>,
    var: Vec<Array2<f32>>,
    inv_std: Vec<Array2<f32>>,
    /// Normalised pre-activations `x̂` of the last training pass, `capacity × n`.
    xhat: Vec<Array2<f32>>,
    /// Rows of the last training pass (what the running averages and backward use).
    rows: usize,
}

impl BatchNorm {
    /// γ = 1, β = 0, running mean 0 and variance 1 for hidden layers of these sizes: the
    /// identity up to the batch's own statistics, and no randomness, so a run with batch norm
    /// starts from the same weights as every other run.
    pub fn new(hidden: &[usize]) -> Self {
        let rows = |v: f32| {
            hidden
                .iter()
                .map(|&n| Array2::from_elem((1, n), v))
                .collect()
        };
        let states = hidden
            .iter()
            .map(|&n| ParamState::zeros(1, n))
            .collect::<Vec<_>>();
        Self {
            gamma: rows(1.0),
            beta: rows(0.0),
            grad_gamma: rows(0.0),
            grad_beta: rows(0.0),
            state_gamma: states.clone(),
            state_beta: states,
            running_mean: rows(0.0),
            running_var: rows(1.0),
            mean: rows(0.0),
            var: rows(0.0),
            inv_std: rows(0.0),
            xhat: hidden.iter().map(|&n| Array2::zeros((0, n))).collect(),
            rows: 0,
        }
    }

    /// Training: normalises `z` (the first rows of hidden layer `l`'s pre-activation) with its
    /// own batch statistics, in place, remembering `x̂` for the backward pass. A one-row batch
    /// has no spread: it is normalised with the running averages instead (see
    /// [`Self::one_row`]).
    pub fn forward_train(&mut self, l: usize, mut z: ArrayViewMut2<f32>) {
        let rows = z.nrows();
        if self.xhat[l].nrows() < rows {
            self.xhat[l] = Array2::zeros((rows.max(32), z.ncols()));
        }
        self.rows = rows;
        if self.one_row() {
            self.mean[l].assign(&self.running_mean[l]);
            self.var[l].assign(&self.running_var[l]);
        } else {
            self.batch_statistics(l, z.view());
        }
        let (mean, inv_std) = (&self.mean[l], &mut self.inv_std[l]);
        Zip::from(&mut *inv_std)
            .and(&self.var[l])
            .for_each(|s, &v| *s = 1.0 / (v + EPSILON).sqrt());
        let mut xhat = self.xhat[l].slice_mut(s![..rows, ..]);
        let (gamma, beta) = (self.gamma[l].row(0), self.beta[l].row(0));
        for (mut zr, mut xr) in z.rows_mut().into_iter().zip(xhat.rows_mut()) {
            Zip::from(&mut zr)
                .and(&mut xr)
                .and(mean.row(0))
                .and(inv_std.row(0))
                .and(gamma)
                .and(beta)
                .for_each(|z, x, &m, &s, &g, &b| {
                    *x = (*z - m) * s;
                    *z = g * *x + b;
                });
        }
    }

    /// Whether the last training pass had one row. Its own variance is 0: normalised by it,
    /// every unit would output β whatever the input, pass no gradient down, and pull the
    /// running variance towards 0 (×0.9 a step), which then blows evaluation up. PyTorch
    /// refuses such a batch; the lab normalises it with the running averages, as at evaluation,
    /// and leaves them as they are, so a minibatch of 1 and the one-row last minibatch of an
    /// epoch (2k + 1 examples in batches of k) both train.
    pub fn one_row(&self) -> bool {
        self.rows == 1
    }

    /// Mean and (biased) variance of `z`'s rows into `mean[l]`, `var[l]`.
    fn batch_statistics(&mut self, l: usize, z: ndarray::ArrayView2<f32>) {
        let n = z.nrows().max(1) as f32;
        let (mean, var) = (&mut self.mean[l], &mut self.var[l]);
        mean.fill(0.0);
        for row in z.rows() {
            *mean += &row;
        }
        *mean /= n;
        var.fill(0.0);
        for row in z.rows() {
            Zip::from(var.row_mut(0))
                .and(&row)
                .and(mean.row(0))
                .for_each(|v, &x, &m| *v += (x - m) * (x - m));
        }
        *var /= n;
    }

    /// Evaluation: normalises with the running averages, in place.
    pub fn forward_eval(&self, l: usize, mut z: ArrayViewMut2<f32>) {
        let (rm, rv) = (self.running_mean[l].row(0), self.running_var[l].row(0));
        let (gamma, beta) = (self.gamma[l].row(0), self.beta[l].row(0));
        for mut zr in z.rows_mut() {
            Zip::from(&mut zr)
                .and(rm)
                .and(rv)
                .and(gamma)
                .and(beta)
                .for_each(|z, &m, &v, &g, &b| *z = g * (*z - m) / (v + EPSILON).sqrt() + b);
        }
    }

    /// Backward through layer `l`'s normalisation: `d` holds ∂L/∂y on entry and ∂L/∂z on exit;
    /// the gradients of γ and β are left in `grad_gamma`/`grad_beta`.
    ///
    /// With `g = ∂L/∂y · γ`: `∂L/∂z = inv_std · (g − mean(g) − x̂ · mean(g · x̂))`. A one-row
    /// batch was normalised by fixed running averages, which depend on no row: `∂L/∂z =
    /// inv_std · g`.
    pub fn backward(&mut self, l: usize, mut d: ArrayViewMut2<f32>) {
        let rows = self.rows;
        let n = rows.max(1) as f32;
        // The batch terms vanish when the statistics were not the batch's own.
        let fixed = self.one_row();
        let xhat = self.xhat[l].slice(s![..rows, ..]);
        let (dg, db) = (&mut self.grad_gamma[l], &mut self.grad_beta[l]);
        dg.fill(0.0);
        db.fill(0.0);
        for (dr, xr) in d.rows().into_iter().zip(xhat.rows()) {
            Zip::from(dg.row_mut(0))
                .and(db.row_mut(0))
                .and(&dr)
                .and(&xr)
                .for_each(|g, b, &dy, &x| {
                    *g += dy * x;
                    *b += dy;
                });
        }
        // mean(∂L/∂y · γ) = γ·Σdy/n and mean(∂L/∂y · γ · x̂) = γ·dγ/n.
        let (gamma, inv_std) = (self.gamma[l].row(0), self.inv_std[l].row(0));
        for (mut dr, xr) in d.rows_mut().into_iter().zip(xhat.rows()) {
            Zip::from(&mut dr)
                .and(&xr)
                .and(gamma)
                .and(inv_std)
                .and(db.row(0))
                .and(dg.row(0))
                .for_each(|d, &x, &g, &s, &sb, &sg| {
                    let centred = if fixed { *d } else { *d - sb / n - x * sg / n };
                    *d = s * g * centred;
                });
        }
    }

    /// After an optimiser step: moves γ and β, and folds the last batch's statistics into the
    /// running averages (the unbiased variance, as PyTorch does); a one-row batch leaves them
    /// alone (it has no statistics of its own).
    pub fn update(&mut self, opt: &Optimizer, step: u64) {
        let bessel = if self.rows > 1 {
            self.rows as f32 / (self.rows - 1) as f32
        } else {
            1.0
        };
        for l in 0..self.gamma.len() {
            let (g, b) = (&mut self.gamma[l], &mut self.beta[l]);
            self.state_gamma[l].update(opt, step, 0.0, g.view_mut(), self.grad_gamma[l].view());
            self.state_beta[l].update(opt, step, 0.0, b.view_mut(), self.grad_beta[l].view());
            if self.one_row() {
                continue;
            }
            Zip::from(&mut self.running_mean[l])
                .and(&self.mean[l])
                .for_each(|r, &m| *r = (1.0 - MOMENTUM) * *r + MOMENTUM * m);
            Zip::from(&mut self.running_var[l])
                .and(&self.var[l])
                .for_each(|r, &v| *r = (1.0 - MOMENTUM) * *r + MOMENTUM * v * bessel);
        }
    }

    /// Hidden layers normalised.
    pub fn layers(&self) -> usize {
        self.gamma.len()
    }

    /// The last training batch's mean of hidden layer `l`'s pre-activation, per unit.
    pub fn batch_mean(&self, l: usize) -> ndarray::ArrayView1<'_, f32> {
        self.mean[l].index_axis(Axis(0), 0)
    }
}
