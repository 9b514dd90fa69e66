//! Sweeps: many independent runs of one preset, each with one rate vector, one seed and one
//! training-set size, trained to the preset's story length. Where the race shows *that*
//! dropout narrows the gap, a sweep shows *how much* and *which rate*: validation loss against
//! `p` (Srivastava et al. 2014, §7.3: flat in a middle range, rising at both ends) and
//! dropout's gain against the size of the training set (§7.4).
//!
//! A [`Plan`] lists the [`Job`]s; each job trains alone ([`Job::train`]: one run, no lockstep
//! partners, nothing kept but the losses the summary reads), so the page can hand jobs to Web Workers
//! in any order; [`Sweep`](summary::Sweep) gathers the [`Outcome`]s and sums them up per
//! point of the ladder (mean with a min–max band over seeds).
//!
//! ```
//! use dropout_lab::core::preset;
//! use dropout_lab::core::sweep::{Plan, Sweep};
//!
//! let preset = preset::by_name("moons").unwrap();
//! let plan = Plan::p_sweep(&preset, 0.0, 7, 2);
//! assert_eq!(plan.jobs.len(), 10 * 2);
//! let mut sweep = Sweep::new(plan);
//! let job = sweep.plan().jobs[0].clone();
//! let outcome = job.train_epochs(&preset, 3).unwrap();
//! assert_eq!(outcome.val.len(), 3);
//! sweep.record(0, outcome);
//! assert_eq!(sweep.done(), 1);
//! ```

use crate::core::data::Split;
use crate::core::error::Result;
use crate::core::preset::{DataSpec, Preset};

pub mod summary;
mod train;

pub use summary::{Band, Row, Sweep};

/// Hidden-layer drop rates of the p-sweep: 0, 0.1, …, 0.9.
pub const P_LADDER: [f32; 10] = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/// Seeds per point by default, and at most.
pub const DEFAULT_SEEDS: usize = 3;
pub const MAX_SEEDS: usize = 10;

/// What the p-sweep panel says under its chart. Every sentence about the curves holds on at
/// least 9 of 10 seed sets (tests/claims/sweeps.rs).
pub const RATE_NOTE: &str = "Each point trains fresh runs to the story's length, one per seed, \
with that p on every hidden layer; the line is their mean and the band spans the lowest to the \
highest seed. With 32 units per hidden layer (type 32,32 into Hidden units), the final \
validation loss of Two moons is a U: higher at p = 0 (overfitting) and at p = 0.9 (too few \
units left to learn), lowest between p = 0.2 and 0.7. With the preset's 128 units a layer, 13 \
kept units still fit the moons: the validation loss falls to its lowest at p = 0.6 or above. \
Click a point to race that rate.";

/// What the data-size panel says under its chart (pinned like [`RATE_NOTE`]).
pub const SIZE_NOTE: &str = "Each N trains fresh runs on N training examples, without dropout \
and at the focused run's rates. On Two moons the p = 0 gap between validation and training loss shrinks at every step as N \
grows. Dropout's gain (the p = 0 validation loss minus the p = 0.5 one) is largest with the \
fewest examples (20 or 40 points) and at 640 points is under a tenth of that: unlike the \
paper's Figure 10, these small problems show no peak in the middle.";

/// What a sweep varies along its x axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The hidden layers' drop rate, 0 … 0.9.
    Rate,
    /// The number of training examples, on a geometric ladder, at p = 0 and at one other rate.
    TrainSize,
}

/// One training run of a sweep.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// Index of the ladder point (p or N) this run belongs to.
    pub point: usize,
    /// Which curve of the point: 0, or 1 for the dropout run of a data-size sweep.
    pub series: usize,
    /// Drop rates, input layer first.
    pub rates: Vec<f32>,
    /// Seed of the data, the initial weights and the masks (as the page's Seed field).
    pub seed: u64,
    /// Training examples.
    pub n_train: usize,
}

impl Job {
    /// Trains this run to `preset`'s story length (the preset gives everything but the rates,
    /// the seed and the training-set size).
    pub fn train(&self, preset: &Preset) -> Result<Outcome> {
        self.train_epochs(preset, preset.epochs)
    }

    /// Trains this run for `epochs` epochs (see [`train::train`]).
    pub fn train_epochs(&self, preset: &Preset, epochs: usize) -> Result<Outcome> {
        train::train(preset, self, epochs, DataSpec::generate)
    }

    /// Trains this run to the story length on the data `data` makes of the preset's recipe
    /// (at this job's seed and size): the lab's data with the class's own points, say.
    pub fn train_with(
        &self,
        preset: &Preset,
        data: impl FnOnce(&DataSpec) -> Result<Split>,
    ) -> Result<Outcome> {
        train::train(preset, self, preset.epochs, data)
    }
}

/// What one run left behind: its validation loss after every epoch, its training loss in
/// evaluation mode over the last 5 % of epochs (what the summary reads), its best validation
/// loss.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub val: Vec<f32>,
    pub train_eval: Vec<f32>,
    pub best_val: Option<f32>,
    /// Why the run stopped early, if it did.
    pub diverged: Option<String>,
}

impl Outcome {
    /// Validation loss at the end: the mean of the last 5 % of epochs (at least one), what a
    /// reader takes off the end of a curve, steadier than the last epoch of a dropout run,
    /// which jitters by a few per cent.
    pub fn final_val(&self) -> f32 {
        let n = (self.val.len() / 20).max(1);
        mean(&self.val[self.val.len().saturating_sub(n)..])
    }
    /// Training loss in evaluation mode at the end, over the same last epochs.
    pub fn final_train(&self) -> f32 {
        mean(&self.train_eval)
    }
    /// Validation minus training loss at the end: how much the network overfits.
    pub fn gap(&self) -> f32 {
        self.final_val() - self.final_train()
    }
    /// The outcome in one flat vector, `[epochs, val…, train_eval…, best_val]`: what a worker
    /// posts back.
    pub fn to_flat(&self) -> Vec<f32> {
        let mut flat = Vec::with_capacity(self.val.len() + self.train_eval.len() + 2);
        flat.push(self.val.len() as f32);
        flat.extend(&self.val);
        flat.extend(&self.train_eval);
        flat.push(self.best_val.unwrap_or(f32::NAN));
        flat
    }
    /// The inverse of [`Self::to_flat`] (an empty or short vector gives an empty outcome).
    pub fn from_flat(flat: &[f32]) -> Self {
        let Some((&n, rest)) = flat.split_first() else {
            return Self::default();
        };
        let n = (n.max(0.0) as usize).min(rest.len());
        let Some((&best, curves)) = rest[n..].split_last() else {
            return Self::default();
        };
        Self {
            val: rest[..n].to_vec(),
            train_eval: curves.to_vec(),
            best_val: best.is_finite().then_some(best),
            diverged: None,
        }
    }
}

/// Mean of `values`, NaN when there are none.
fn mean(values: &[f32]) -> f32 {
    if values.is_empty() {
        return f32::NAN;
    }
    values.iter().sum::<f32>() / values.len() as f32
}

/// The jobs of one sweep and the ladder they fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub kind: Kind,
    /// x of each point: p for a rate sweep, N for a data-size sweep.
    pub xs: Vec<f32>,
    /// The dropout rate of a data-size sweep's second curve (hidden layers); unused for rates.
    pub focus_p: f32,
    pub seeds: Vec<u64>,
    pub jobs: Vec<Job>,
}

impl Plan {
    /// p ∈ [`P_LADDER`] on every hidden layer, `input_p` on the input, × `seeds` seeds from
    /// `first_seed` on, at the preset's training-set size. Jobs go seed by seed, so a sweep
    /// cancelled half way has whole curves for the first seeds.
    pub fn p_sweep(preset: &Preset, input_p: f32, first_seed: u64, seeds: usize) -> Self {
        let seeds = seed_list(first_seed, seeds);
        let layers = preset.config.hidden.len();
        let n_train = preset.data.sizes().0;
        let mut jobs = Vec::new();
        for &seed in &seeds {
            for (point, &p) in P_LADDER.iter().enumerate() {
                jobs.push(Job {
                    point,
                    series: 0,
                    rates: crate::core::dropout::uniform_rates(input_p, p, layers),
                    seed,
                    n_train,
                });
            }
        }
        Self {
            kind: Kind::Rate,
            xs: P_LADDER.to_vec(),
            focus_p: 0.0,
            seeds,
            jobs,
        }
    }

    /// N on [`size_ladder`] × {no dropout, `rates`} × `seeds` seeds from `first_seed` on.
    pub fn size_sweep(preset: &Preset, rates: &[f32], first_seed: u64, seeds: usize) -> Self {
        let seeds = seed_list(first_seed, seeds);
        let ladder = size_ladder(preset);
        let plain = vec![0.0; rates.len()];
        let mut jobs = Vec::new();
        for &seed in &seeds {
            for (point, &n_train) in ladder.iter().enumerate() {
                for (series, r) in [&plain, &rates.to_vec()].into_iter().enumerate() {
                    jobs.push(Job {
                        point,
                        series,
                        rates: r.clone(),
                        seed,
                        n_train,
                    });
                }
            }
        }
        Self {
            kind: Kind::TrainSize,
            xs: ladder.iter().map(|&n| n as f32).collect(),
            focus_p: rates.get(1).copied().unwrap_or(0.0),
            seeds,
            jobs,
        }
    }

    /// Curves per point: one for a rate sweep, two (p = 0 and the focused p) for data sizes.
    pub fn series(&self) -> usize {
        match self.kind {
            Kind::Rate => 1,
            Kind::TrainSize => 2,
        }
    }
}

fn seed_list(first: u64, seeds: usize) -> Vec<u64> {
    (0..seeds.clamp(1, MAX_SEEDS) as u64)
        .map(|i| first.wrapping_add(i))
        .collect()
}

/// Training-set sizes of the data-size sweep: doubling from a handful of examples per class
/// to several times the preset's own size (2-D: 20 … 640 points; digits: 50 … 1,000 images;
/// 1-D regression: 10 … 320 samples).
pub fn size_ladder(preset: &Preset) -> Vec<usize> {
    use crate::core::preset::DataSpec;
    match preset.data {
        DataSpec::Toy2d(_) => vec![20, 40, 80, 160, 320, 640],
        DataSpec::Regression(_) => vec![10, 20, 40, 80, 160, 320],
        DataSpec::Digits(_) => vec![50, 100, 200, 400, 700, 1000],
    }
}
