//! The multilayer perceptron: forward and backward passes over a minibatch, with dropout masks
//! that can be read back after every training step.
//!
//! Shapes follow the batch-major convention: a minibatch is `B × inputs`, layer `l` holds
//! weights `W_l` of shape `n_l × n_{l+1}` and a bias row `b_l`, so `z_l = h_l · W_l + b_l`, where
//! `h_l` is layer `l`'s activations after dropout. All working matrices live in [`Buffers`] sized
//! for the largest batch seen, so after the first step a training step allocates nothing.
//!
//! ```
//! use dropout_lab::core::{Activation, DropoutRates, Mlp, NetConfig, Optimizer, OptimizerKind, OutputHead};
//! use ndarray::array;
//! use rand::SeedableRng;
//! use dropout_lab::core::LabRng;
//!
//! let cfg = NetConfig { inputs: 2, hidden: vec![8], outputs: 1,
//!                       activation: Activation::Relu, head: OutputHead::SigmoidBce };
//! let mut rng = LabRng::seed_from_u64(1);
//! let mut net = Mlp::new(&cfg, &mut rng).unwrap();
//! let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
//! let opt = Optimizer::new(OptimizerKind::Sgd, 0.1, 0.0).unwrap();
//! let (x, y) = (array![[0.5f32, -1.0], [1.0, 0.2]], array![[1.0f32], [0.0]]);
//! let loss = net.train_step(x.view(), y.view(), &rates, &opt, &mut rng);
//! assert!(loss.is_finite());
//! assert_eq!(net.mask(1).dim(), (2, 8)); // which hidden units each example kept
//! ```

use crate::core::LabRng;
use ndarray::{Array2, ArrayView2, s};
use rand::RngExt;

use crate::core::activation::Activation;
use crate::core::batchnorm::BatchNorm;
use crate::core::dropout::DropoutRates;
use crate::core::error::{Error, Result, check_range};
use crate::core::head::OutputHead;
use crate::core::optimizer::{Optimizer, ParamState};
use crate::core::variant::Variant;
use crate::detail;

mod buffers;
mod evaluation;
mod image;
mod passes;
mod variants;
use buffers::Buffers;

/// Architecture of a network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetConfig {
    pub inputs: usize,
    /// Units per hidden layer (1 to 6 layers of 1 to 256 units).
    pub hidden: Vec<usize>,
    pub outputs: usize,
    pub activation: Activation,
    pub head: OutputHead,
}

impl NetConfig {
    pub const MAX_HIDDEN_LAYERS: usize = 6;
    pub const MAX_UNITS: usize = 256;

    /// Rejects architectures the lab cannot train or draw.
    pub fn validate(&self) -> Result<()> {
        check_range(detail!("quantity-inputs"), self.inputs as f64, 1.0, 1024.0)?;
        check_range(detail!("quantity-outputs"), self.outputs as f64, 1.0, 64.0)?;
        check_range(
            detail!("quantity-hidden-layer-count"),
            self.hidden.len() as f64,
            1.0,
            Self::MAX_HIDDEN_LAYERS as f64,
        )?;
        for (i, &n) in self.hidden.iter().enumerate() {
            check_range(
                detail!("quantity-hidden-units", layer = i + 1),
                n as f64,
                1.0,
                Self::MAX_UNITS as f64,
            )?;
        }
        if self.head == OutputHead::SoftmaxCe && self.outputs < 2 {
            return Err(Error::Config(detail!("config-softmax-classes")));
        }
        Ok(())
    }

    /// `[inputs, hidden…, outputs]`.
    pub fn layer_sizes(&self) -> Vec<usize> {
        let mut sizes = vec![self.inputs];
        sizes.extend(&self.hidden);
        sizes.push(self.outputs);
        sizes
    }
}

/// Where a forward pass gets its dropout masks.
enum Masks<'a> {
    /// Evaluation: no masks, every unit scaled by the mode's evaluation factor.
    Off,
    /// Training: fresh Bernoulli masks from the run's generator.
    Sample(&'a mut LabRng),
    /// Training with masks fixed by the caller (gradient checks, reproducing a step): unit
    /// masks (or Gaussian factors) `B × n_l`, or for DropConnect weight masks shaped like `W_l`.
    Given(&'a [Array2<f32>]),
    /// Evaluation with fresh masks (the forgot-eval-mode mistake): batch norm uses its running
    /// averages, and the unit masks go to scratch rows so the last training step's masks,
    /// which the page shows, are kept.
    Noisy(&'a mut LabRng),
}

impl Masks<'_> {
    /// Whether the pass is a training pass (masks drawn or given, batch statistics).
    fn training(&self) -> bool {
        matches!(self, Masks::Sample(_) | Masks::Given(_))
    }
}

/// The variant the plain methods train and evaluate with: Bernoulli dropout, nothing else.
const PLAIN: Variant = Variant {
    noise: crate::core::variant::Noise::Bernoulli,
    max_norm: None,
    weight_decay: None,
    batch_norm: false,
    mistake: None,
};

/// Loss and accuracy of a whole dataset in evaluation mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Evaluation {
    pub loss: f32,
    /// Fraction classified correctly; `None` for regression.
    pub accuracy: Option<f32>,
}

/// A multilayer perceptron with its optimiser state and working buffers.
#[derive(Debug, Clone)]
pub struct Mlp {
    config: NetConfig,
    weights: Vec<Array2<f32>>,
    /// Bias of layer `l` as a `1 × n_{l+1}` row, so it shares the optimiser code with weights.
    biases: Vec<Array2<f32>>,
    grad_w: Vec<Array2<f32>>,
    grad_b: Vec<Array2<f32>>,
    state_w: Vec<ParamState>,
    state_b: Vec<ParamState>,
    /// Optimiser updates so far (Adam's bias correction).
    updates: u64,
    buf: Buffers,
    /// Batch normalisation of the hidden layers, created the first time a pass asks for it.
    bn: Option<BatchNorm>,
}

/// Rows per chunk when evaluating a whole dataset through the training buffers.
const EVAL_CHUNK: usize = 256;

impl Mlp {
    /// A freshly initialised network: He-normal weights for ReLU, Xavier-normal otherwise, zero
    /// biases, all from `rng` (so the same seed gives the same network).
    pub fn new(config: &NetConfig, rng: &mut LabRng) -> Result<Self> {
        config.validate()?;
        let sizes = config.layer_sizes();
        let mut weights = Vec::new();
        for pair in sizes.windows(2) {
            let std = config.activation.init_std(pair[0], pair[1]);
            weights.push(Array2::from_shape_fn((pair[0], pair[1]), |_| {
                std * standard_normal(rng)
            }));
        }
        let biases: Vec<_> = sizes[1..].iter().map(|&n| Array2::zeros((1, n))).collect();
        let zeros_like =
            |v: &Vec<Array2<f32>>| v.iter().map(|a| Array2::zeros(a.dim())).collect::<Vec<_>>();
        let states = |v: &Vec<Array2<f32>>| {
            v.iter()
                .map(|a| ParamState::zeros(a.nrows(), a.ncols()))
                .collect()
        };
        Ok(Self {
            config: config.clone(),
            grad_w: zeros_like(&weights),
            grad_b: zeros_like(&biases),
            state_w: states(&weights),
            state_b: states(&biases),
            weights,
            biases,
            updates: 0,
            buf: Buffers::new(&sizes, 0),
            bn: None,
        })
    }

    pub fn config(&self) -> &NetConfig {
        &self.config
    }

    /// `[inputs, hidden…, outputs]`.
    pub fn layer_sizes(&self) -> Vec<usize> {
        self.config.layer_sizes()
    }

    /// Layers dropout can touch: the input layer and every hidden layer.
    pub fn dropout_layers(&self) -> usize {
        self.config.hidden.len() + 1
    }

    /// Checks that `rates` has one rate per dropout layer.
    pub fn check_rates(&self, rates: &DropoutRates) -> Result<()> {
        if rates.rates.len() == self.dropout_layers() {
            Ok(())
        } else {
            Err(Error::Shape(detail!(
                "shape-rates-vs-layers",
                rates = rates.rates.len(),
                layers = self.dropout_layers(),
                hidden = self.config.hidden.len()
            )))
        }
    }

    pub fn weights(&self) -> &[Array2<f32>] {
        &self.weights
    }
    pub fn biases(&self) -> &[Array2<f32>] {
        &self.biases
    }
    pub fn weights_mut(&mut self) -> &mut [Array2<f32>] {
        &mut self.weights
    }
    pub fn biases_mut(&mut self) -> &mut [Array2<f32>] {
        &mut self.biases
    }
    /// Gradients of the last backward pass, per layer.
    pub fn grad_weights(&self) -> &[Array2<f32>] {
        &self.grad_w
    }
    pub fn grad_biases(&self) -> &[Array2<f32>] {
        &self.grad_b
    }

    /// The mask dropout layer `layer` used in the last training step: one row per example of
    /// that minibatch, 1.0 = kept, 0.0 = dropped. These are the very values the forward and
    /// backward passes multiplied by, not a second draw.
    pub fn mask(&self, layer: usize) -> ArrayView2<'_, f32> {
        self.buf.mask[layer].slice(s![..self.buf.mask_rows, ..])
    }

    /// One step of minibatch training: forward with fresh dropout masks, backward, update.
    /// Returns the minibatch's mean loss as the optimiser saw it (dropout on).
    ///
    /// # Panics
    /// If `x`/`y` do not match the network or `rates` has the wrong length — the experiment
    /// validates both before training, so this is a programming error.
    pub fn train_step(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
        opt: &Optimizer,
        rng: &mut LabRng,
    ) -> f32 {
        self.train_step_variant(x, y, rates, &PLAIN, opt, rng)
    }

    /// Loss and gradients (in [`Self::grad_weights`]) with caller-chosen masks, one
    /// `B × n_l` mask per dropout layer. Used to check gradients against finite differences.
    pub fn loss_and_gradients_with_masks(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        masks: &[Array2<f32>],
        rates: &DropoutRates,
    ) -> f32 {
        let loss = self.forward(x, y, rates, &PLAIN, Masks::Given(masks));
        self.backward(y, rates, &PLAIN);
        loss
    }

    /// Training-mode loss with caller-chosen masks, no gradient (finite differences use it).
    pub fn loss_with_masks(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        masks: &[Array2<f32>],
        rates: &DropoutRates,
    ) -> f32 {
        self.forward(x, y, rates, &PLAIN, Masks::Given(masks))
    }

    /// Training-mode outputs with fresh masks and no update: one "thinned network" sample.
    pub fn predict_train(
        &mut self,
        x: ArrayView2<f32>,
        rates: &DropoutRates,
        rng: &mut LabRng,
    ) -> Array2<f32> {
        let y = Array2::zeros((x.nrows(), self.config.outputs));
        self.forward(x, y.view(), rates, &PLAIN, Masks::Sample(rng));
        self.buf.out.slice(s![..x.nrows(), ..]).to_owned()
    }

    /// Evaluation-mode outputs (probabilities for classifiers, values for regression).
    pub fn predict(&mut self, x: ArrayView2<f32>, rates: &DropoutRates) -> Array2<f32> {
        self.predict_variant(x, rates, &PLAIN, None)
    }

    /// Hidden layer `layer`'s activations (1 = first hidden layer; 0 = the input) over the rows
    /// of the last forward pass, before dropout: what the activation statistics count.
    pub fn activations(&self, layer: usize) -> ArrayView2<'_, f32> {
        self.buf.act[layer].slice(s![..self.buf.rows, ..])
    }

    /// Mean loss and accuracy over a whole dataset in evaluation mode (no dropout).
    pub fn evaluate(
        &mut self,
        x: ArrayView2<f32>,
        y: ArrayView2<f32>,
        rates: &DropoutRates,
    ) -> Evaluation {
        self.evaluate_variant(x, y, rates, &PLAIN, None)
    }

    /// Mean evaluation-mode loss over a whole dataset.
    pub fn loss(&mut self, x: ArrayView2<f32>, y: ArrayView2<f32>, rates: &DropoutRates) -> f32 {
        self.evaluate(x, y, rates).loss
    }
}

/// A standard normal draw by Box–Muller, for initial weights. (The data generators use
/// `rand_distr`; initialisation keeps this draw because the presets were tuned on its values.)
pub fn standard_normal(rng: &mut LabRng) -> f32 {
    let u1: f64 = 1.0 - rng.random::<f64>(); // (0, 1]: ln stays finite
    let u2: f64 = rng.random();
    ((-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()) as f32
}
