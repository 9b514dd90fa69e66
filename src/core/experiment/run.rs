//! One network of an experiment: its drop rates, its place in the epoch, its history.

use crate::core::LabRng;
use ndarray::{Array2, ArrayView2, s};
use rand::{RngExt, SeedableRng};
use std::cell::Cell;

use crate::core::data::Split;
use crate::core::dropout::DropoutRates;
use crate::core::history::{History, HistoryPoint};
use crate::core::labels::Notation;
use crate::core::network::{Evaluation, Mlp};
use crate::core::optimizer::Optimizer;
use crate::core::variant::{Variant, variant_label};

mod image;

thread_local! {
    /// Minibatches trained by any run on this thread (on the page: in this wasm instance, which
    /// has one): the page's replica of the lab must never train, and a test reads this to check
    /// it. Per thread, so tests that train on other threads of the same binary do not count.
    static TRAINING_STEPS: Cell<u64> = const { Cell::new(0) };
}

/// Minibatch training steps any run has taken on this thread.
pub fn training_steps_here() -> u64 {
    TRAINING_STEPS.with(Cell::get)
}

/// A run has diverged once its evaluation loss exceeds this many times the loss of a network
/// that learned nothing (see [`crate::core::OutputHead::blind_guess_loss`]). With Adam's bounded steps even
/// an absurd learning rate rarely overflows float32; it throws the network this far off instead.
pub const EXPLODED_FACTOR: f32 = 1000.0;
/// Floor of the blind-guess loss, for targets that barely vary.
const MIN_BLIND_GUESS_LOSS: f32 = 1e-3;

/// Random streams derived from the experiment seed.
pub(super) const INIT_STREAM: u64 = 1;
const MASK_STREAM: u64 = 2;
const ORDER_STREAM: u64 = 3;
/// Masks drawn at evaluation by the forgot-eval-mode mistake: a stream of their own, so the
/// mistake's training masks stay those of the correct run it races.
const EVAL_MASK_STREAM: u64 = 4;

/// SplitMix64's finaliser applied to `seed` and a stream number: well-spread, independent-looking
/// seeds for the separate random streams of one experiment.
pub(super) fn mix(seed: u64, stream: u64) -> u64 {
    let mut z = seed ^ stream.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The order in which epoch `epoch` (counting from 0) visits the `n` training examples: a
/// Fisher–Yates shuffle seeded only by `(seed, epoch)`. Every run, whenever it was added, sees
/// exactly the same sequence of minibatches from its own epoch 0, which keeps the race fair.
pub fn minibatch_order(seed: u64, epoch: usize, n: usize) -> Vec<usize> {
    let mut rng = LabRng::seed_from_u64(mix(mix(seed, ORDER_STREAM), epoch as u64));
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        order.swap(i, rng.random_range(0..=i));
    }
    order
}

/// One training run: a network, the drop rates it trains with, and what it has seen so far.
#[derive(Debug)]
pub struct Run {
    net: Mlp,
    /// The drop rates, and (stored here once) whether kept units are scaled in training or at
    /// evaluation.
    rates: DropoutRates,
    /// Everything else about how the run regularises (see [`Variant`]).
    variant: Variant,
    /// Draws the masks of an evaluation with dropout left on (the mistake), and nothing else.
    eval_rng: LabRng,
    /// Draws this run's dropout masks. Every run starts it from the same experiment seed, so runs
    /// with equal rates draw equal masks and runs with different rates compare on common random
    /// numbers (when both draw masks for the same layers, a unit dropped at p = 0.2 is also
    /// dropped at p = 0.5).
    mask_rng: LabRng,
    /// Epochs completed.
    epoch: usize,
    /// This epoch's visiting order and how far into it the run is.
    order: Vec<usize>,
    cursor: usize,
    /// Σ (minibatch loss × examples) and examples so far this epoch.
    epoch_loss_sum: f64,
    epoch_examples: usize,
    last_loss: Option<f32>,
    last_batch: Vec<usize>,
    x_batch: Array2<f32>,
    y_batch: Array2<f32>,
    history: History,
    diverged: Option<String>,
    steps: u64,
    /// The rates the last step's masks were drawn with: the slider may have moved since, and
    /// what the diagram says about the shown mask must belong to the rate that drew it.
    mask_rates: Vec<f32>,
    /// The variant the last step's masks were drawn with, for the same reason.
    mask_variant: Variant,
    /// Epochs (counting from 0) before this one skip evaluating the training set: their
    /// history points carry NaN there. 0 for the lab's runs; a sweep sets it (see
    /// [`super::Experiment::set_train_eval_from`]).
    pub(super) train_eval_from: usize,
}

impl Run {
    pub(super) fn new(initial: &Mlp, rates: DropoutRates, variant: Variant, seed: u64) -> Self {
        let sizes = initial.layer_sizes();
        let outputs = sizes[sizes.len() - 1];
        Self {
            net: initial.clone(),
            rates,
            variant,
            eval_rng: LabRng::seed_from_u64(mix(seed, EVAL_MASK_STREAM)),
            mask_rng: LabRng::seed_from_u64(mix(seed, MASK_STREAM)),
            epoch: 0,
            order: Vec::new(),
            cursor: 0,
            epoch_loss_sum: 0.0,
            epoch_examples: 0,
            last_loss: None,
            last_batch: Vec::new(),
            x_batch: Array2::zeros((0, sizes[0])),
            y_batch: Array2::zeros((0, outputs)),
            history: History::default(),
            diverged: None,
            steps: 0,
            mask_rates: Vec::new(),
            mask_variant: variant,
            train_eval_from: 0,
        }
    }

    /// The run's network (its weights, its configuration, the last step's masks).
    pub fn net(&self) -> &Mlp {
        &self.net
    }
    /// The drop rates this run trains with (`rates[0]` input layer, then hidden layers).
    pub fn rates(&self) -> &DropoutRates {
        &self.rates
    }
    /// The run's name on the page, e.g. "p = 0.50, input 0.20", followed by what its variant
    /// changes ("p = 0.50 · DropConnect"), in the notation the page asks for.
    pub fn label(&self, notation: Notation) -> String {
        variant_label(&self.rates, &self.variant, notation)
    }
    pub(super) fn rates_mut(&mut self) -> &mut DropoutRates {
        &mut self.rates
    }
    /// How the run regularises besides its rates.
    pub fn variant(&self) -> &Variant {
        &self.variant
    }
    pub(super) fn variant_mut(&mut self) -> &mut Variant {
        &mut self.variant
    }
    /// Evaluation-mode outputs on `x` as this run's variant computes them (with fresh masks
    /// for the forgot-eval-mode mistake). The last training step's masks are kept.
    pub(super) fn predict(&mut self, x: ArrayView2<f32>) -> Array2<f32> {
        let rng = Some(&mut self.eval_rng);
        self.net.predict_variant(x, &self.rates, &self.variant, rng)
    }
    /// The drop rates the last step's masks were drawn with (input first); empty before the
    /// first step.
    pub fn mask_rates(&self) -> &[f32] {
        &self.mask_rates
    }
    /// The variant the last step's masks were drawn with (its noise says what they hold).
    pub fn mask_variant(&self) -> &Variant {
        &self.mask_variant
    }
    /// Epochs completed.
    pub fn epoch(&self) -> usize {
        self.epoch
    }
    /// Minibatch steps taken since the run started.
    pub fn steps(&self) -> u64 {
        self.steps
    }
    /// Loss of the last minibatch, dropout on, as the optimiser saw it.
    pub fn last_loss(&self) -> Option<f32> {
        self.last_loss
    }
    /// Indices into the training set of the last minibatch, in the order of the mask rows.
    pub fn last_batch(&self) -> &[usize] {
        &self.last_batch
    }
    /// Mask of dropout layer `layer` (0 = input) in the last step: one row per example of the
    /// last minibatch, 1.0 kept / 0.0 dropped. Empty before the first step.
    ///
    /// # Panics
    /// If `layer` is not a dropout layer of the network.
    pub fn mask(&self, layer: usize) -> ArrayView2<'_, f32> {
        self.net.mask(layer)
    }
    /// The last step's masks, one per dropout layer, input first.
    pub fn masks(&self) -> Vec<ArrayView2<'_, f32>> {
        (0..self.net.dropout_layers())
            .map(|l| self.mask(l))
            .collect()
    }
    /// One point per epoch (bounded; see [`History`]).
    pub fn history(&self) -> &History {
        &self.history
    }
    /// Why the run stopped, e.g. "loss became NaN at epoch 37 — try a smaller learning rate".
    pub fn diverged(&self) -> Option<&str> {
        self.diverged.as_deref()
    }
    /// Still training (not diverged).
    pub fn is_live(&self) -> bool {
        self.diverged.is_none()
    }

    /// One minibatch: the next `batch_size` examples of this epoch's order (fewer at the end).
    /// At the end of the epoch, evaluates the whole training and validation sets and records a
    /// [`HistoryPoint`]. Does nothing once the run has diverged.
    pub(super) fn step(&mut self, split: &Split, opt: &Optimizer, batch_size: usize, seed: u64) {
        if !self.is_live() {
            return;
        }
        let n = split.train.len();
        if self.cursor == 0 {
            self.order = minibatch_order(seed, self.epoch, n);
        }
        let end = (self.cursor + batch_size).min(n);
        self.last_batch.clear();
        self.last_batch
            .extend_from_slice(&self.order[self.cursor..end]);
        self.cursor = end;
        let rows = self.last_batch.len();
        gather(split.train.x.view(), &self.last_batch, &mut self.x_batch);
        gather(split.train.y.view(), &self.last_batch, &mut self.y_batch);
        self.mask_rates.clone_from(&self.rates.rates);
        self.mask_variant = self.variant;
        let loss = self.net.train_step_variant(
            self.x_batch.slice(s![..rows, ..]),
            self.y_batch.slice(s![..rows, ..]),
            &self.rates,
            &self.variant,
            opt,
            &mut self.mask_rng,
        );
        self.steps += 1;
        TRAINING_STEPS.with(|n| n.set(n.get() + 1));
        self.last_loss = Some(loss);
        if !self.check_finite(loss) {
            return;
        }
        self.epoch_loss_sum += f64::from(loss) * rows as f64;
        self.epoch_examples += rows;
        if self.cursor == n {
            self.end_epoch(split);
        }
    }

    fn end_epoch(&mut self, split: &Split) {
        let (rates, variant) = (&self.rates, &self.variant);
        let (train, val) = (&split.train, &split.val);
        let mut rng = Some(&mut self.eval_rng);
        // Skipped only where it changes nothing else: a noisy evaluation draws from `rng`.
        let skip_train = self.epoch < self.train_eval_from && !variant.noisy_evaluation();
        let train = if skip_train {
            Evaluation {
                loss: f32::NAN,
                accuracy: None,
            }
        } else {
            (self.net).evaluate_variant(
                train.x.view(),
                train.y.view(),
                rates,
                variant,
                rng.as_deref_mut(),
            )
        };
        let val = (self.net).evaluate_variant(val.x.view(), val.y.view(), rates, variant, rng);
        let point = HistoryPoint {
            epoch: self.epoch + 1,
            train_loss: (self.epoch_loss_sum / self.epoch_examples.max(1) as f64) as f32,
            train_loss_eval: train.loss,
            val_loss: val.loss,
            train_accuracy: train.accuracy,
            val_accuracy: val.accuracy,
        };
        if !(skip_train || self.check_finite(point.train_loss_eval))
            || !self.check_finite(point.val_loss)
        {
            return;
        }
        let blind_guess = self
            .net
            .config()
            .head
            .blind_guess_loss(split.train.y.view())
            .max(MIN_BLIND_GUESS_LOSS);
        if point.train_loss_eval.max(point.val_loss) > EXPLODED_FACTOR * blind_guess {
            self.diverged = Some(format!(
                "loss exploded at epoch {}: {:.0} is over {EXPLODED_FACTOR}× a blind guess's {blind_guess:.2} — try a smaller learning rate",
                self.epoch + 1,
                point.train_loss_eval.max(point.val_loss),
            ));
            return;
        }
        self.history.push(point);
        self.epoch += 1;
        self.cursor = 0;
        self.epoch_loss_sum = 0.0;
        self.epoch_examples = 0;
    }

    /// Marks the run diverged if `loss` is NaN or infinite; returns whether it was finite.
    fn check_finite(&mut self, loss: f32) -> bool {
        if loss.is_finite() {
            return true;
        }
        let what = if loss.is_nan() { "NaN" } else { "infinite" };
        self.diverged = Some(format!(
            "loss became {what} at epoch {} — try a smaller learning rate",
            self.epoch + 1
        ));
        false
    }
}

/// Copies rows `rows` of `src` into the first rows of `dst`, growing `dst` only when a larger
/// batch than ever before arrives (so steady-state training allocates nothing here).
fn gather(src: ArrayView2<f32>, rows: &[usize], dst: &mut Array2<f32>) {
    if dst.nrows() < rows.len() || dst.ncols() != src.ncols() {
        *dst = Array2::zeros((rows.len(), src.ncols()));
    }
    for (mut to, &i) in dst.rows_mut().into_iter().zip(rows) {
        to.assign(&src.row(i));
    }
}
