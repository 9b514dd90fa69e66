//! Experiments: several networks trained in lockstep that differ **only** in their dropout rates.
//!
//! Fairness is built in. Every run starts from the same initial weights (one network is built
//! from the seed and cloned), trains on the same [`Split`] with the same optimiser and batch size,
//! and visits the training set in the same order: the order of epoch `e` is a pure function of
//! `(seed, e)` ([`minibatch_order`]), so a run added later replays exactly the sequence of
//! minibatches the others saw from their own epoch 0. Each [`Experiment::step`] trains every live
//! run on one minibatch; a run's epoch is a full pass over the training set (the short last batch
//! is used, not dropped), after which it records a [`HistoryPoint`](crate::core::history::HistoryPoint).
//!
//! `p` is the probability of *dropping* a unit; `rates[0]` is the input layer, then one rate per
//! hidden layer.
//!
//! ```
//! use dropout_lab::core::data::toy2d::{generate, Toy2dKind, Toy2dSpec};
//! use dropout_lab::core::experiment::{Experiment, ExperimentConfig};
//! use dropout_lab::core::{Activation, Optimizer, OptimizerKind};
//!
//! let split = generate(&Toy2dSpec { kind: Toy2dKind::Moons, n_train: 40, n_val: 40,
//!                                   noise: 0.3, label_noise: 0.0, seed: 1 }).unwrap();
//! let config = ExperimentConfig {
//!     hidden: vec![16, 16], activation: Activation::Relu,
//!     optimizer: Optimizer::new(OptimizerKind::adam(), 0.01, 0.0).unwrap(),
//!     batch_size: 20, seed: 7,
//! };
//! let mut lab = Experiment::new(config, split).unwrap();
//! lab.add_run(&[0.0, 0.0, 0.0]).unwrap();      // no dropout
//! lab.add_run(&[0.0, 0.5, 0.5]).unwrap();      // p = 0.5 on both hidden layers
//! lab.train_epochs(3);                          // 3 epochs × 2 minibatches
//! let run = &lab.runs()[1];
//! assert_eq!(run.history().len(), 3);
//! assert_eq!(run.mask(1).dim(), (20, 16));     // who was switched off in the last minibatch
//! assert!(lab.set_rate(1, 1, 1.0).is_err());   // p = 1 would drop everything
//! ```

use crate::core::LabRng;
use ndarray::{Array2, ArrayView2};
use rand::SeedableRng;

use crate::core::data::{Split, Task};
use crate::core::dropout::{DropoutMode, DropoutRates};
use crate::core::error::{Error, Result, check_range};
use crate::core::network::Mlp;
use crate::core::optimizer::Optimizer;
use crate::core::variant::Variant;
use crate::detail;

pub(crate) mod codec;
mod config;
pub mod image;
mod lockstep;
mod rate_table;
mod run;

pub use config::ExperimentConfig;
pub use lockstep::Turn;
pub use run::{Run, minibatch_order, training_steps_here};

/// Runs racing on one dataset from one set of initial weights.
///
/// Not `Clone`: a copy would share its runs' mask streams with the original, which nothing
/// needs. Rebuild from the same configuration and seed instead; that reproduces it bit for bit.
#[derive(Debug)]
pub struct Experiment {
    config: ExperimentConfig,
    split: Split,
    /// The weights every run starts from.
    initial: Mlp,
    runs: Vec<Run>,
    /// Which run trains next, and where the race stops.
    lockstep: lockstep::Lockstep,
}

impl Experiment {
    /// Most runs raced at once (the page has room for four curves and four diagrams).
    pub const MAX_RUNS: usize = 4;

    /// An experiment with no runs yet: checks the configuration and the data, and draws the
    /// shared initial weights from the seed.
    pub fn new(config: ExperimentConfig, split: Split) -> Result<Self> {
        config.validate()?;
        Optimizer::new(
            config.optimizer.kind,
            config.optimizer.learning_rate,
            config.optimizer.weight_decay,
        )?;
        check_split(&split)?;
        let net_config = config.net_config(split.train.inputs(), split.train.task);
        let mut rng = LabRng::seed_from_u64(run::mix(config.seed, run::INIT_STREAM));
        let initial = Mlp::new(&net_config, &mut rng)?;
        Ok(Self {
            config,
            split,
            initial,
            runs: Vec::new(),
            lockstep: lockstep::Lockstep::default(),
        })
    }

    /// [`Experiment::new`] followed by [`Experiment::add_run`] for each rate vector.
    pub fn with_runs(config: ExperimentConfig, split: Split, rates: &[Vec<f32>]) -> Result<Self> {
        let mut experiment = Self::new(config, split)?;
        for r in rates {
            experiment.add_run(r)?;
        }
        Ok(experiment)
    }

    /// The shared settings (with the current learning rate, weight decay and batch size).
    pub fn config(&self) -> &ExperimentConfig {
        &self.config
    }
    /// The training and validation data every run uses.
    pub fn split(&self) -> &Split {
        &self.split
    }
    /// The network every run started from.
    pub fn initial_net(&self) -> &Mlp {
        &self.initial
    }
    /// The runs, in the order they were added.
    pub fn runs(&self) -> &[Run] {
        &self.runs
    }
    /// Run `i`, or an error naming how many runs there are.
    pub fn run(&self, i: usize) -> Result<&Run> {
        self.check_run(i)?;
        Ok(&self.runs[i])
    }
    /// Minibatches in one epoch: ⌈training examples / batch size⌉.
    pub fn steps_per_epoch(&self) -> usize {
        self.split.train.len().div_ceil(self.config.batch_size)
    }

    /// Adds a run with drop rates `rates` (input layer first, then each hidden layer). It starts
    /// from the shared initial weights at epoch 0, so it replays the others' minibatches from
    /// their own start (see [`Self::restart_with_run`] for a race that starts again together).
    /// A half-done lockstep step is completed first. Returns its index.
    pub fn add_run(&mut self, rates: &[f32]) -> Result<usize> {
        let rates = self.config.rates(rates)?;
        self.add_run_with(rates, Variant::default())
    }

    /// Adds a run described in full: its rates (with their mode) and its variant. Otherwise as
    /// [`Self::add_run`].
    pub fn add_run_with(&mut self, rates: DropoutRates, variant: Variant) -> Result<usize> {
        if self.runs.len() >= Self::MAX_RUNS {
            return Err(Error::Config(detail!(
                "config-max-runs",
                max = Self::MAX_RUNS
            )));
        }
        DropoutRates::new(rates.rates.clone(), rates.mode)?;
        self.initial.check_rates(&rates)?;
        variant.validate()?;
        self.finish_lockstep();
        self.runs
            .push(Run::new(&self.initial, rates, variant, self.config.seed));
        Ok(self.runs.len() - 1)
    }

    /// Adds a run and, if the race had begun, restarts every run together from the shared
    /// initial weights and minibatches: a newcomer at epoch 0 beside runs at epoch 300 would
    /// be no race at all. Returns the new run's index and whether the others were restarted.
    pub fn restart_with_run(&mut self, rates: &[f32]) -> Result<(usize, bool)> {
        let rates = self.config.rates(rates)?;
        self.restart_with_run_with(rates, Variant::default())
    }

    /// [`Self::restart_with_run`] for a run described in full (see [`Self::add_run_with`]).
    pub fn restart_with_run_with(
        &mut self,
        rates: DropoutRates,
        variant: Variant,
    ) -> Result<(usize, bool)> {
        let begun = self.runs.iter().any(|r| r.steps() > 0);
        let i = self.add_run_with(rates, variant)?;
        if begun {
            self.reset();
        }
        Ok((i, begun))
    }

    /// Removes run `i`; later runs move down one index. The others keep their weights and
    /// history (a half-done lockstep step is completed first, so they stand level). The last
    /// run is never removed: an experiment races at least one.
    pub fn remove_run(&mut self, i: usize) -> Result<()> {
        self.check_run(i)?;
        if self.runs.len() <= 1 {
            return Err(Error::Config(detail!("config-last-run")));
        }
        self.finish_lockstep();
        self.runs.remove(i);
        Ok(())
    }

    /// Sets the drop rate of dropout layer `layer` (0 = input) of run `run` only, from its next
    /// minibatch on. Its weights and history are kept: the slider changes the race mid-way.
    pub fn set_rate(&mut self, run: usize, layer: usize, p: f32) -> Result<()> {
        self.check_run(run)?;
        self.runs[run].rates_mut().set(layer, p)
    }

    /// Replaces every drop rate of run `run` (validated as a whole before anything changes);
    /// the run keeps its mode and variant.
    pub fn set_rates(&mut self, run: usize, rates: &[f32]) -> Result<()> {
        self.check_run(run)?;
        let mode = self.runs[run].rates().mode;
        let rates = DropoutRates::new(rates.to_vec(), mode)?;
        self.initial.check_rates(&rates)?;
        *self.runs[run].rates_mut() = rates;
        Ok(())
    }

    /// Changes how run `run` regularises besides its rates, from its next minibatch on (its
    /// weights and history are kept, as when the slider moves): its dropout mode and variant.
    pub fn set_variant(&mut self, run: usize, mode: DropoutMode, variant: Variant) -> Result<()> {
        self.check_run(run)?;
        variant.validate()?;
        self.runs[run].rates_mut().mode = mode;
        *self.runs[run].variant_mut() = variant;
        Ok(())
    }

    /// Sets every hidden layer of run `run` to `p`, keeping its input rate (the page's
    /// "Dropout rate" slider).
    pub fn set_hidden_rate(&mut self, run: usize, p: f32) -> Result<()> {
        let input = self.run(run)?.rates().input();
        let rates = self.config.uniform_rates(input, p);
        self.set_rates(run, &rates)
    }

    /// Switches every run between inverted and classic dropout from the next minibatch on. The
    /// two give the next layer the same expected input, so the curves should not jump: the page
    /// lets a class check that. Each run keeps its mode; a run added later has its own.
    pub fn set_dropout_mode(&mut self, mode: DropoutMode) {
        for run in &mut self.runs {
            run.rates_mut().mode = mode;
        }
    }

    /// Changes every run's learning rate from the next minibatch on (optimiser state is kept).
    pub fn set_learning_rate(&mut self, learning_rate: f32) -> Result<()> {
        let o = self.config.optimizer;
        self.config.optimizer = Optimizer::new(o.kind, learning_rate, o.weight_decay)?;
        Ok(())
    }

    /// Changes the minibatch size from the next minibatch on. Runs stay fair among themselves,
    /// but a run added later no longer replays their exact past; call [`Self::reset`] for that.
    pub fn set_batch_size(&mut self, batch_size: usize) -> Result<()> {
        let max = ExperimentConfig::MAX_BATCH as f64;
        check_range(detail!("quantity-batch-size"), batch_size as f64, 1.0, max)?;
        self.config.batch_size = batch_size;
        Ok(())
    }

    /// Evaluates the training set only from epoch `epoch` on (counting from 0) in every run
    /// added so far; earlier history points carry NaN as their evaluation-mode training loss.
    /// A sweep reads that loss only off the end of the story and saves the pass (a fifth to a
    /// third of an epoch's work); the lab's own runs never set it. A run that forgets
    /// evaluation mode still evaluates every epoch: its evaluation draws masks, and skipping
    /// one would change the next.
    pub fn set_train_eval_from(&mut self, epoch: usize) {
        for run in &mut self.runs {
            run.train_eval_from = epoch;
        }
    }

    /// One minibatch for run `i` alone (no-op for a diverged run or a bad index); only the
    /// lockstep clock calls it, so runs never drift apart.
    fn step_run(&mut self, i: usize) {
        let (split, opt) = (&self.split, &self.config.optimizer);
        if let Some(run) = self.runs.get_mut(i) {
            run.step(split, opt, self.config.batch_size, self.config.seed);
        }
    }

    /// `epochs × steps_per_epoch` lockstep steps: `epochs` more epochs for runs that started
    /// together (fewer if they reach the stop epoch).
    pub fn train_epochs(&mut self, epochs: usize) {
        self.steps((epochs * self.steps_per_epoch()) as u64);
    }

    /// Restarts every run from the shared initial weights at epoch 0 with its current rates,
    /// clearing histories and divergence. The stop epoch stays.
    pub fn reset(&mut self) {
        for run in &mut self.runs {
            *run = Run::new(
                &self.initial,
                run.rates().clone(),
                *run.variant(),
                self.config.seed,
            );
        }
        self.restart_clock();
    }

    /// Whether any run is still training.
    pub fn any_live(&self) -> bool {
        self.runs.iter().any(Run::is_live)
    }

    /// Evaluation-mode outputs of run `run` on `x` (probabilities for classifiers, values for
    /// regression): the decision map or fitted curve the page draws. The run's masks are kept.
    pub fn predict(&mut self, run: usize, x: ArrayView2<f32>) -> Result<Array2<f32>> {
        self.check_run(run)?;
        let inputs = self.split.train.inputs();
        if x.ncols() != inputs {
            return Err(Error::Shape(detail!(
                "shape-points-vs-inputs",
                columns = x.ncols(),
                inputs = inputs
            )));
        }
        Ok(self.runs[run].predict(x))
    }

    fn check_run(&self, i: usize) -> Result<()> {
        if i < self.runs.len() {
            Ok(())
        } else {
            Err(Error::Config(detail!(
                "config-no-run",
                run = i,
                runs = self.runs.len()
            )))
        }
    }
}

/// Both sets non-empty, rows matching, same features and task, targets shaped for the task.
fn check_split(split: &Split) -> Result<()> {
    let (train, val) = (&split.train, &split.val);
    if train.is_empty() || val.is_empty() {
        return Err(Error::Config(detail!("config-sets-empty")));
    }
    if train.task != val.task || train.inputs() != val.inputs() || train.outputs() != val.outputs()
    {
        return Err(Error::Shape(detail!("shape-sets-differ")));
    }
    let outputs = match train.task {
        Task::MultiClass { classes } => classes,
        Task::Binary | Task::Regression => 1,
    };
    for (name, set) in [("training", train), ("validation", val)] {
        if set.y.nrows() != set.x.nrows() || set.outputs() != outputs {
            return Err(Error::Shape(detail!(
                "shape-set-targets",
                set = name,
                examples = set.x.nrows(),
                targets = set.y.nrows(),
                width = set.outputs(),
                expected = outputs
            )));
        }
    }
    Ok(())
}
