//! Sweeps: many independent runs of one preset, each with one rate vector, one seed and one
//! training-set size, trained to the preset's story length. Where the race shows *that*
//! dropout narrows the gap, a sweep shows *how much* and *which rate*: validation loss against
//! `p` (Srivastava et al. 2014, §7.3: flat in a middle range, rising at both ends) and
//! dropout's gain against the size of the training set (§7.4).
//!
//! A [`Plan`] lists the [`Job`]s; each job trains alone ([`Job::train`]: the lab's own
//! experiment with that one run, its variant and scaling included, keeping only the losses the
//! summary reads), so the page can hand jobs to Web Workers in any order; [`Sweep`](summary::Sweep) gathers the [`Outcome`]s and sums them up per
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

use crate::core::dropout::DropoutMode;
use crate::core::preset::Preset;
use crate::core::variant::Variant;

mod job;
pub mod summary;

pub use job::{Job, Outcome};
pub use summary::{Band, Row, Sweep};

/// Hidden-layer drop rates of the p-sweep: 0, 0.1, …, 0.9.
pub const P_LADDER: [f32; 10] = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/// Seeds per point by default, and at most.
pub const DEFAULT_SEEDS: usize = 3;
pub const MAX_SEEDS: usize = 10;

/// What the p-sweep panel says under its chart: the catalog message's id (English in
/// `src/l10n/en.ftl`, read with [`note`]). Every sentence about the curves holds on at least 9
/// of 10 seed sets (tests/claims/sweeps.rs quotes the English); a translation says the same.
pub const RATE_NOTE: &str = "sweep-note-rate";

/// What the data-size panel says under its chart (pinned like [`RATE_NOTE`]).
pub const SIZE_NOTE: &str = "sweep-note-size";

/// The note `id` ([`RATE_NOTE`] or [`SIZE_NOTE`]) in this thread's language.
pub fn note(id: &str) -> String {
    crate::core::l10n::text(id, None)
}

/// What a sweep varies along its x axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The hidden layers' drop rate, 0 … 0.9.
    Rate,
    /// The number of training examples, on a geometric ladder, at p = 0 and at one other rate.
    TrainSize,
}

/// The jobs of one sweep and the ladder they fill.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub kind: Kind,
    /// x of each point: p for a rate sweep, N for a data-size sweep.
    pub xs: Vec<f32>,
    /// The dropout rate of a data-size sweep's second curve (hidden layers); unused for rates.
    pub focus_p: f32,
    pub seeds: Vec<u32>,
    pub jobs: Vec<Job>,
}

impl Plan {
    /// p ∈ [`P_LADDER`] on every hidden layer, `input_p` on the input, × `seeds` seeds from
    /// `first_seed` on, at the preset's training-set size. Jobs go seed by seed, so a sweep
    /// cancelled half way has whole curves for the first seeds.
    pub fn p_sweep(preset: &Preset, input_p: f32, first_seed: u32, seeds: usize) -> Self {
        let seeds = seed_list(first_seed, seeds);
        let layers = preset.config.hidden.len();
        let n_train = preset.data.sizes().0;
        let mut jobs = Vec::new();
        for &seed in &seeds {
            for (point, &p) in P_LADDER.iter().enumerate() {
                let rates = crate::core::dropout::uniform_rates(input_p, p, layers);
                jobs.push(Job::plain(point, 0, rates, seed, n_train));
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
    pub fn size_sweep(preset: &Preset, rates: &[f32], first_seed: u32, seeds: usize) -> Self {
        let seeds = seed_list(first_seed, seeds);
        let ladder = size_ladder(preset);
        let plain = vec![0.0; rates.len()];
        let mut jobs = Vec::new();
        for &seed in &seeds {
            for (point, &n_train) in ladder.iter().enumerate() {
                for (series, r) in [&plain, &rates.to_vec()].into_iter().enumerate() {
                    jobs.push(Job::plain(point, series, r.clone(), seed, n_train));
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

    /// The same plan with the swept run's dropout mode and variant (the focused run's, say):
    /// on every job of a p-sweep, on the dropout curve of a data-size sweep (its other curve
    /// stays plain: no dropout, nothing else).
    pub fn with_variant(mut self, mode: DropoutMode, variant: Variant) -> Self {
        let swept = match self.kind {
            Kind::Rate => 0,
            Kind::TrainSize => 1,
        };
        for job in self.jobs.iter_mut().filter(|j| j.series == swept) {
            job.mode = mode;
            job.variant = variant;
        }
        self
    }

    /// Curves per point: one for a rate sweep, two (p = 0 and the focused p) for data sizes.
    pub fn series(&self) -> usize {
        match self.kind {
            Kind::Rate => 1,
            Kind::TrainSize => 2,
        }
    }
}

/// `seeds` consecutive seeds from `first` on, wrapping within u32 as the Seed field does.
fn seed_list(first: u32, seeds: usize) -> Vec<u32> {
    (0..seeds.clamp(1, MAX_SEEDS) as u32)
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
