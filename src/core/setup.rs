//! What the class changed about a preset's data and network: the dataset, its sizes and noise,
//! the points they drew, and the network's activation, optimiser, minibatch and L2 strength.
//! A preset stays the default for every knob nobody touched, so the same [`Setup`] applied to
//! another seed gives the same experiment on other data.
//!
//! The page keeps these knobs in the link as `key=value` pairs and hands the same text to the
//! Lab constructor; [`Setup::parse`] reads it here, where the native tests can reach it.
//!
//! ```
//! use dropout_lab::core::preset;
//! use dropout_lab::core::setup::Setup;
//!
//! let moons = preset::by_name("moons").unwrap();
//! let setup = Setup::parse("data=circles&train=200&flip=0.2&opt=sgd&batch=full").unwrap();
//! let built = setup.apply(&moons).unwrap();
//! assert_eq!(built.split.train.len(), 200);
//! assert_eq!(built.preset.config.batch_size, 200);
//! assert!(built.data_edited);
//! assert!(Setup::parse("train=2").is_err()); // refused where it is read, naming the bound
//! ```

use crate::core::activation::Activation;
use crate::core::data::digits::DigitsSpec;
use crate::core::data::points::{self, MAX_DRAWN, Point};
use crate::core::data::regression::{RegressionKind, RegressionSpec};
use crate::core::data::toy2d::{self, Toy2dKind, Toy2dSpec};
use crate::core::data::{Split, Task};
use crate::core::error::{Error, Result, check_range};
use crate::core::experiment::{Experiment, ExperimentConfig};
use crate::core::optimizer::OptimizerKind;
use crate::core::preset::{DataSpec, Preset};
use crate::core::settings::{self, Settings, props::SETUP_KEYS};
use crate::detail;

pub mod catalog;
pub mod describe;

pub use catalog::{DATASETS, Shape, Source, dataset_title};
pub use describe::StoryChange;

/// Largest input (or target) noise: at 1 the classes of every generator overlap heavily.
pub const MAX_NOISE: f32 = 1.0;
/// Largest label noise: at 0.5 a two-class label carries no information at all.
pub const MAX_LABEL_NOISE: f32 = toy2d::MAX_LABEL_NOISE;
/// Largest L2 strength λ offered: already far more than any preset can train against.
pub const MAX_L2: f32 = 0.1;
/// Momentum's β: the usual choice.
const MOMENTUM: f32 = 0.9;

/// The update rules a class can pick.
pub const OPTIMIZERS: [&str; 3] = ["sgd", "momentum", "adam"];
/// The hidden activations a class can pick.
pub const ACTIVATIONS: [&str; 4] = ["relu", "tanh", "sigmoid", "linear"];

/// Every knob the class changed; `None` keeps the preset's value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Setup {
    pub data: Option<Source>,
    pub n_train: Option<usize>,
    pub n_val: Option<usize>,
    /// Input noise (2-D data) or target noise (curves), `0..=MAX_NOISE`.
    pub noise: Option<f32>,
    /// Fraction of labels flipped, `0..=MAX_LABEL_NOISE` (2-D data only).
    pub label_noise: Option<f32>,
    pub activation: Option<Activation>,
    pub optimizer: Option<OptimizerKind>,
    /// Examples per minibatch; `Some(0)` is full batch.
    pub batch: Option<usize>,
    /// L2 strength λ (weight decay).
    pub l2: Option<f32>,
    /// The class's own points: added to generated data, or the whole data of an own dataset.
    pub points: Vec<Point>,
}

/// A preset with a setup applied: the preset as changed, and the data to train on.
#[derive(Debug, Clone)]
pub struct Built {
    pub preset: Preset,
    pub split: Split,
    pub source: Source,
    /// The data differs from the preset's (other dataset, size, noise or drawn points).
    pub data_edited: bool,
    /// What differs from the preset's story (empty: the story holds).
    pub changes: Vec<StoryChange>,
}

impl Built {
    /// The experiment with the preset's runs.
    pub fn experiment(&self) -> Result<Experiment> {
        self.preset.experiment_on(self.split.clone())
    }
}

/// The hidden activation called `name` (one of [`ACTIVATIONS`]).
pub fn activation(name: &str) -> Result<Activation> {
    match name {
        "relu" => Ok(Activation::Relu),
        "tanh" => Ok(Activation::Tanh),
        "sigmoid" => Ok(Activation::Sigmoid),
        "linear" => Ok(Activation::Linear),
        _ => Err(unknown("kind-activation", name, &ACTIVATIONS)),
    }
}

/// The update rule called `name` (one of [`OPTIMIZERS`]), with its usual constants.
pub fn optimizer(name: &str) -> Result<OptimizerKind> {
    match name {
        "sgd" => Ok(OptimizerKind::Sgd),
        "momentum" => Ok(OptimizerKind::Momentum { beta: MOMENTUM }),
        "adam" => Ok(OptimizerKind::adam()),
        _ => Err(unknown("kind-optimiser", name, &OPTIMIZERS)),
    }
}

fn unknown(kind: &'static str, name: &str, known: &[&str]) -> Error {
    Error::Unknown {
        kind,
        name: name.into(),
        known: known.join(", "),
    }
}

impl Setup {
    /// Reads `key=value` pairs joined by `&` (the link's own keys: data, train, val, noise,
    /// flip, act, opt, batch, l2, points) by the link's table of properties
    /// ([`crate::core::settings::PROPS`]), so the Lab reads a knob exactly as the link does; a
    /// value outside its bound is an error naming the knob and the bound.
    pub fn parse(text: &str) -> Result<Setup> {
        let pairs = settings::query::pairs(text);
        if let Some((key, _)) = pairs
            .iter()
            .find(|(k, _)| !SETUP_KEYS.contains(&k.as_str()))
        {
            return Err(Error::Config(detail!(
                "setup-not-a-knob",
                key = key.as_str()
            )));
        }
        Ok(Settings::default().merged(text)?.setup)
    }

    /// The preset with this setup applied, checked: a knob out of range is an error naming it
    /// and its bounds, and nothing is built.
    pub fn apply(&self, preset: &Preset) -> Result<Built> {
        let source = self.data.unwrap_or(Source::of(&preset.data));
        let data = self.data_spec(preset, source)?;
        let split = self.split(&data, source)?;
        let mut changed = preset.clone();
        changed.data = data;
        let config = &mut changed.config;
        config.activation = self.activation.unwrap_or(config.activation);
        config.optimizer.kind = self.optimizer.unwrap_or(config.optimizer.kind);
        if let Some(l2) = self.l2 {
            check_range(
                detail!("quantity-l2"),
                f64::from(l2),
                0.0,
                f64::from(MAX_L2),
            )?;
            config.optimizer.weight_decay = l2;
        }
        // A full-batch preset stays full batch on a training set of another size.
        let full = preset.config.batch_size >= preset.data.sizes().0;
        // Full batch on more points than the largest minibatch takes the largest one.
        let whole = split.train.len().min(ExperimentConfig::MAX_BATCH);
        config.batch_size = match self.batch {
            Some(0) => whole,
            Some(b) => b,
            None if full => whole,
            None => config.batch_size,
        };
        check_range(
            detail!("quantity-minibatch-size"),
            config.batch_size as f64,
            1.0,
            ExperimentConfig::MAX_BATCH as f64,
        )?;
        let (data_edited, changes) = describe::changes(preset, &changed, self, source);
        Ok(Built {
            preset: changed,
            split,
            source,
            data_edited,
            changes,
        })
    }

    /// The generator's recipe: the preset's sizes and noise unless the class changed them.
    fn data_spec(&self, preset: &Preset, source: Source) -> Result<DataSpec> {
        let (n_train, n_val) = preset.data.sizes();
        let (n_train, n_val) = (self.n_train.unwrap_or(n_train), self.n_val.unwrap_or(n_val));
        let (noise, label_noise) = describe::noise_of(&preset.data);
        let noise = self.noise.unwrap_or(noise);
        let label_noise = self.label_noise.unwrap_or(label_noise);
        check_range(
            detail!("quantity-noise"),
            f64::from(noise),
            0.0,
            f64::from(MAX_NOISE),
        )?;
        let seed = preset.config.seed;
        let toy = |kind| Toy2dSpec {
            kind,
            n_train,
            n_val,
            noise,
            label_noise,
            seed,
        };
        let curve = |kind| RegressionSpec {
            kind,
            n_train,
            n_val,
            noise,
            seed,
        };
        let spec = match source {
            Source::Toy2d(kind) => DataSpec::Toy2d(toy(kind)),
            Source::Curve(kind) => DataSpec::Regression(curve(kind)),
            Source::Digits => DataSpec::Digits(DigitsSpec {
                n_train,
                n_val,
                seed,
            }),
            // Own points are drawn in the window every 2-D generator (or curve) shares.
            Source::Own2d => DataSpec::Toy2d(toy(Toy2dKind::Moons)),
            Source::OwnCurve => DataSpec::Regression(curve(RegressionKind::Sine)),
        };
        if let DataSpec::Toy2d(spec) = &spec {
            toy2d::validate(spec)?;
        }
        Ok(spec)
    }

    /// The data to train on: generated, with the class's points added; or their points alone.
    pub fn split(&self, data: &DataSpec, source: Source) -> Result<Split> {
        if self.points.len() > MAX_DRAWN {
            return Err(points::too_many(self.points.len()));
        }
        let task = data.shape().1;
        if !source.own() {
            let generated = data.generate()?;
            if self.points.is_empty() {
                return Ok(generated);
            }
            return Ok(Split {
                train: points::append(
                    &generated.train,
                    &points::dataset(&self.points, false, task)?,
                )?,
                val: points::append(&generated.val, &points::dataset(&self.points, true, task)?)?,
            });
        }
        // With no validation points of their own, every fourth point validates.
        let mut own = self.points.clone();
        if own.iter().all(|p| !p.validation) {
            for (i, p) in own.iter_mut().enumerate() {
                p.validation = (i + 1) % 4 == 0;
            }
        }
        let split = Split {
            train: points::dataset(&own, false, task)?,
            val: points::dataset(&own, true, task)?,
        };
        if split.train.is_empty() || split.val.is_empty() {
            return Err(Error::Config(detail!(
                "setup-only-points",
                points = self.points.len()
            )));
        }
        Ok(split)
    }
}

/// Whether `task` takes drawn points (two classes on a plane, or a curve).
pub fn drawable(task: Task) -> bool {
    matches!(task, Task::Binary | Task::Regression)
}
