//! Working matrices of the forward and backward passes, kept between steps so training
//! allocates only when the batch grows past anything seen before.

use ndarray::Array2;

/// Per-layer scratch space, each with `capacity` rows; only the first `rows` are meaningful.
#[derive(Debug, Clone)]
pub(super) struct Buffers {
    sizes: Vec<usize>,
    pub capacity: usize,
    /// Rows used by the last forward pass (what `backward` works on).
    pub rows: usize,
    /// Rows of `mask` drawn by the last *training* pass: evaluation passes in between (the
    /// page's decision maps) must not change which masks the page shows.
    pub mask_rows: usize,
    /// `act[l]`: layer `l`'s activations before dropout (`act[0]` is the input).
    pub act: Vec<Array2<f32>>,
    /// `input[l]`: layer `l`'s activations after dropout and scaling: what `W_l` multiplies.
    pub input: Vec<Array2<f32>>,
    /// `mask[l]`: 1.0 kept / 0.0 dropped, per example and unit of dropout layer `l`.
    pub mask: Vec<Array2<f32>>,
    /// Scratch masks of an evaluation with dropout left on, so `mask` keeps the training step's.
    pub eval_mask: Vec<Array2<f32>>,
    /// DropConnect: `weight_mask[l]` (1.0 kept / 0.0 dropped, shaped like `W_l`) and the
    /// thinned, scaled weights `dropped_weights[l]` the pass multiplied by. Empty until a
    /// DropConnect pass runs; never resized by the batch.
    pub weight_mask: Vec<Array2<f32>>,
    pub dropped_weights: Vec<Array2<f32>>,
    /// Network outputs after the head's nonlinearity.
    pub out: Array2<f32>,
    /// `delta[l]`: ∂L/∂z_l, the gradient at layer `l`'s pre-activation.
    pub delta: Vec<Array2<f32>>,
}

impl Buffers {
    pub fn new(sizes: &[usize], capacity: usize) -> Self {
        let layers = sizes.len() - 1;
        let per_layer = |k: usize| {
            (0..layers)
                .map(|l| Array2::zeros((capacity, sizes[l + k])))
                .collect()
        };
        Self {
            sizes: sizes.to_vec(),
            capacity,
            rows: 0,
            mask_rows: 0,
            act: per_layer(0),
            input: per_layer(0),
            mask: per_layer(0),
            eval_mask: per_layer(0),
            weight_mask: Vec::new(),
            dropped_weights: Vec::new(),
            out: Array2::zeros((capacity, sizes[layers])),
            delta: per_layer(1),
        }
    }

    /// Grows every buffer to at least `rows` rows (rarely: a new largest batch or an
    /// evaluation chunk). The last training step's masks are carried over, so growing for an
    /// evaluation never changes what the page shows.
    pub fn ensure_capacity(&mut self, rows: usize) {
        if rows > self.capacity {
            let mut grown = Self::new(&self.sizes, rows.max(self.capacity * 2).max(32));
            let kept = self.mask_rows;
            for (new, old) in grown.mask.iter_mut().zip(&self.mask) {
                new.slice_mut(ndarray::s![..kept, ..])
                    .assign(&old.slice(ndarray::s![..kept, ..]));
            }
            grown.mask_rows = kept;
            grown.weight_mask = std::mem::take(&mut self.weight_mask);
            grown.dropped_weights = std::mem::take(&mut self.dropped_weights);
            *self = grown;
        }
    }

    /// Sizes DropConnect's weight buffers like `weights` (once: the weights never change shape).
    pub fn ensure_weight_masks(&mut self, weights: &[Array2<f32>]) {
        if self.weight_mask.len() != weights.len() {
            self.weight_mask = weights.iter().map(|w| Array2::zeros(w.dim())).collect();
            self.dropped_weights = self.weight_mask.clone();
        }
    }
}
