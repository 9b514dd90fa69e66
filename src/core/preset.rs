//! Named presets: a dataset, a network and the dropout rates to race, tuned so that the lesson
//! the page teaches is true — without dropout the validation loss bottoms out and climbs again
//! while the training loss keeps falling; with `p = 0.5` on the hidden layers it ends lower and
//! the train/validation gap is smaller. `tests/claims/` checks this, and every sentence of each
//! note, over ten seeds.
//!
//! Each preset's doc gives its training cost, estimated as
//! `epochs × n_train × 6 × weights × runs` for the steps plus
//! `epochs × 2 × weights × (n_train + n_val) × runs` for the per-epoch evaluation (see
//! [`Preset::flops`]); at a conservative 1 GFLOP/s in the browser every preset plays out in
//! well under a minute.
//!
//! ```
//! use dropout_lab::core::preset;
//!
//! let preset = preset::by_name(preset::DEFAULT).unwrap();
//! let mut lab = preset.experiment().unwrap();
//! assert_eq!(lab.runs().len(), preset.rates.len());
//! lab.train_epochs(2);
//! assert!(preset.flops() < 40e9);
//! assert!(preset::by_name("nope").unwrap_err().to_string().contains(preset::DEFAULT));
//! ```

use crate::core::activation::Activation;
use crate::core::data::digits::{self, DigitsSpec};
use crate::core::data::regression::{self, RegressionKind, RegressionSpec};
use crate::core::data::toy2d::{self, Toy2dKind, Toy2dSpec};
use crate::core::data::{Split, Task};
use crate::core::error::{Error, Result};
use crate::core::experiment::{Experiment, ExperimentConfig};
use crate::core::optimizer::{Optimizer, OptimizerKind};

mod rivals;
mod story;

pub use rivals::variants_of;

/// Where a preset's data comes from; the seed inside decides which points are drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DataSpec {
    Toy2d(Toy2dSpec),
    Regression(RegressionSpec),
    Digits(DigitsSpec),
}

impl DataSpec {
    /// Draws the training and validation sets.
    pub fn generate(&self) -> Result<Split> {
        match self {
            Self::Toy2d(spec) => toy2d::generate(spec),
            Self::Regression(spec) => regression::generate(spec),
            Self::Digits(spec) => digits::generate(spec),
        }
    }

    /// The same data recipe with another seed.
    pub fn with_seed(self, seed: u64) -> Self {
        match self {
            Self::Toy2d(spec) => Self::Toy2d(Toy2dSpec { seed, ..spec }),
            Self::Regression(spec) => Self::Regression(RegressionSpec { seed, ..spec }),
            Self::Digits(spec) => Self::Digits(DigitsSpec { seed, ..spec }),
        }
    }

    /// The same data recipe with `n_train` training examples (the validation set stays).
    pub fn with_train_size(self, n_train: usize) -> Self {
        match self {
            Self::Toy2d(spec) => Self::Toy2d(Toy2dSpec { n_train, ..spec }),
            Self::Regression(spec) => Self::Regression(RegressionSpec { n_train, ..spec }),
            Self::Digits(spec) => Self::Digits(DigitsSpec { n_train, ..spec }),
        }
    }

    /// `(n_train, n_val)`.
    pub fn sizes(&self) -> (usize, usize) {
        match self {
            Self::Toy2d(s) => (s.n_train, s.n_val),
            Self::Regression(s) => (s.n_train, s.n_val),
            Self::Digits(s) => (s.n_train, s.n_val),
        }
    }

    /// `(inputs, task)` of the generated data.
    pub fn shape(&self) -> (usize, Task) {
        match self {
            Self::Toy2d(s) => (2, s.kind.task()),
            Self::Regression(_) => (1, Task::Regression),
            Self::Digits(_) => (
                digits::FEATURES,
                Task::MultiClass {
                    classes: digits::CLASSES,
                },
            ),
        }
    }
}

/// A ready-made lesson: data, network, the rates raced, and how long to let it run.
#[derive(Debug, Clone, PartialEq)]
pub struct Preset {
    /// Short identifier for URLs and menus, e.g. `"moons"`.
    pub name: &'static str,
    pub data: DataSpec,
    pub config: ExperimentConfig,
    /// Drop rates of each run raced by default (input layer first, then hidden layers).
    pub rates: Vec<Vec<f32>>,
    /// Epochs the page should show: long enough for the lesson to appear.
    pub epochs: usize,
}

impl Preset {
    /// Menu title, in the language spoken (`preset-<name>-title` in the catalogs).
    pub fn title(&self) -> String {
        crate::core::l10n::text(&format!("preset-{}-title", self.name), None)
    }

    /// What a teacher should point at while it runs (`preset-<name>-note`): one claim a
    /// sentence, each pinned by `tests/claims/` in English.
    pub fn note(&self) -> String {
        crate::core::l10n::text(&format!("preset-{}-note", self.name), None)
    }
}

/// The preset the page opens with: the clearest overfitting demonstration.
pub const DEFAULT: &str = "moons";

/// The seed every preset opens with. Every sentence of each note holds on at least 9 of the
/// seeds 1–10 (tests/claims/); the notes' figures "on the default seed" are this seed's, whose
/// pictures tell the stories most plainly (moons bottoming out within ten epochs, digits'
/// validation loss more than doubling).
pub const DEFAULT_SEED: u64 = 2;

impl Preset {
    /// The experiment this preset describes, with its runs added (each with its variant,
    /// see [`variants_of`]).
    pub fn experiment(&self) -> Result<Experiment> {
        self.experiment_on(self.data.generate()?)
    }

    /// The same on the data `split` (the class's own points added, say): the runs and their
    /// variants are the preset's whatever the data.
    pub fn experiment_on(&self, split: Split) -> Result<Experiment> {
        let mut experiment = Experiment::with_runs(self.config.clone(), split, &self.rates)?;
        for (run, text) in variants_of(self.name).iter().enumerate() {
            let (mode, variant) = crate::core::variant::parse(text)?;
            if run < experiment.runs().len() {
                experiment.set_variant(run, mode, variant)?;
            }
        }
        Ok(experiment)
    }

    /// The same preset with another seed for both the data and the network.
    pub fn with_seed(&self, seed: u64) -> Self {
        let mut preset = self.clone();
        preset.data = self.data.with_seed(seed);
        preset.config.seed = seed;
        preset
    }

    /// The same preset with `n` training examples (a data-size sweep's knob); the batch size
    /// stays, so a larger set takes more minibatches per epoch. Checked when the data is drawn.
    pub fn with_train_size(&self, n: usize) -> Self {
        let mut preset = self.clone();
        preset.data = self.data.with_train_size(n);
        preset
    }

    /// The same preset with other hidden layers (a class asking "and with a smaller
    /// network?"). Each run's rates are fitted as a lab given a rate table fits them
    /// ([`fit_rate_table`]: its input and first hidden rates kept, new layers at its last
    /// hidden rate). Sizes are checked here, so an absurd one is a clear error, not a crash.
    ///
    /// [`fit_rate_table`]: crate::core::dropout::fit_rate_table
    pub fn with_hidden(&self, hidden: &[usize]) -> Result<Self> {
        let mut preset = self.clone();
        preset.config.hidden = hidden.to_vec();
        let (inputs, task) = self.data.shape();
        preset.config.net_config(inputs, task).validate()?;
        preset.rates = crate::core::dropout::fit_rate_table(&self.rates, hidden.len() + 1, 0.0);
        Ok(preset)
    }

    /// Trainable parameters (weights and biases) of the network.
    pub fn weights(&self) -> usize {
        let (inputs, task) = self.data.shape();
        let sizes = self.config.net_config(inputs, task).layer_sizes();
        sizes.windows(2).map(|w| (w[0] + 1) * w[1]).sum()
    }

    /// Estimated floating-point operations to train all runs for `epochs`: 6 per weight per
    /// training example (forward, backward, update) and 2 per weight per evaluated example
    /// (training and validation sets, once per epoch).
    pub fn flops(&self) -> f64 {
        let (n_train, n_val) = self.data.sizes();
        let (w, runs, epochs) = (
            self.weights() as f64,
            self.rates.len() as f64,
            self.epochs as f64,
        );
        epochs * runs * w * (6.0 * n_train as f64 + 2.0 * (n_train + n_val) as f64)
    }
}

/// Names of all presets, in menu order.
pub const NAMES: [&str; 4] = ["moons", "wiggle", "digits", "rivals"];

/// Every preset, in menu order.
pub fn all() -> Vec<Preset> {
    vec![moons(), wiggle(), digits(), rivals::rivals()]
}

/// The preset called `name`, or an error listing the known names.
pub fn by_name(name: &str) -> Result<Preset> {
    all()
        .into_iter()
        .find(|p| p.name == name)
        .ok_or_else(|| Error::Unknown {
            kind: "kind-preset",
            name: name.into(),
            known: NAMES.join(", "),
        })
}

fn adam(learning_rate: f32) -> Optimizer {
    Optimizer {
        kind: OptimizerKind::adam(),
        learning_rate,
        weight_decay: 0.0,
    }
}

/// One run per `p` in `hidden`: rates `[0, p, p, …]` over `layers` hidden layers.
fn hidden_races(hidden: &[f32], layers: usize) -> Vec<Vec<f32>> {
    hidden
        .iter()
        .map(|&p| {
            std::iter::once(0.0)
                .chain(std::iter::repeat_n(p, layers))
                .collect()
        })
        .collect()
}

/// Two moons, 80 noisy points (one in ten mislabelled), a 2-128-128-1 ReLU network (17,025
/// weights), full-batch Adam at 0.003, 300 epochs, racing p = 0, 0.2, 0.5 on the hidden layers.
/// Cost ≈ 300 × 3 × 17,025 × (6 × 80 + 2 × 280) ≈ 15.9 GFLOP: ~16 s at 1 GFLOP/s.
fn moons() -> Preset {
    Preset {
        name: "moons",
        data: DataSpec::Toy2d(Toy2dSpec {
            kind: Toy2dKind::Moons,
            n_train: 80,
            n_val: 200,
            noise: 0.3,
            label_noise: 0.1,
            seed: DEFAULT_SEED,
        }),
        config: ExperimentConfig {
            hidden: vec![128, 128],
            activation: Activation::Relu,
            optimizer: adam(0.003),
            batch_size: 80,
            seed: DEFAULT_SEED,
        },
        rates: hidden_races(&[0.0, 0.2, 0.5], 2),
        epochs: 300,
    }
}

/// A sine through 40 very noisy samples (σ = 0.6), a 1-64-64-64-1 ReLU network (8,513
/// weights), full-batch Adam at 0.01, 1,200 epochs, racing p = 0, 0.2, 0.5 on the hidden layers.
/// Cost ≈ 1,200 × 3 × 8,513 × (6 × 40 + 2 × 240) ≈ 22.1 GFLOP: ~22 s at 1 GFLOP/s.
fn wiggle() -> Preset {
    Preset {
        name: "wiggle",
        data: DataSpec::Regression(RegressionSpec {
            kind: RegressionKind::Sine,
            n_train: 40,
            n_val: 200,
            noise: 0.6,
            seed: DEFAULT_SEED,
        }),
        config: ExperimentConfig {
            hidden: vec![64, 64, 64],
            activation: Activation::Relu,
            optimizer: adam(0.01),
            batch_size: 40,
            seed: DEFAULT_SEED,
        },
        rates: hidden_races(&[0.0, 0.2, 0.5], 3),
        epochs: 1200,
    }
}

/// 100 training images of handwritten digits, 200 for validation, a 64-128-128-10 ReLU network
/// (26,122 weights), full-batch Adam at 0.02, 200 epochs, racing p = 0, then input 0.2 with
/// hidden 0.2 and with hidden 0.5 (the original paper's recipe for digits).
/// Cost ≈ 200 × 3 × 26,122 × (6 × 100 + 2 × 300) ≈ 18.8 GFLOP: ~19 s at 1 GFLOP/s.
fn digits() -> Preset {
    Preset {
        name: "digits",
        data: DataSpec::Digits(DigitsSpec {
            n_train: 100,
            n_val: 200,
            seed: DEFAULT_SEED,
        }),
        config: ExperimentConfig {
            hidden: vec![128, 128],
            activation: Activation::Relu,
            optimizer: adam(0.02),
            batch_size: 100,
            seed: DEFAULT_SEED,
        },
        rates: vec![
            vec![0.0, 0.0, 0.0],
            vec![0.2, 0.2, 0.2],
            vec![0.2, 0.5, 0.5],
        ],
        epochs: 200,
    }
}
