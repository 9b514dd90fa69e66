//! Each preset trained once per seed, shared by every sentence test of that preset: a training
//! run is seconds, a sentence check is microseconds, so the sentences read cached results.
//!
//! Only the runs a note talks about are trained (the first, no-dropout run and the dropout runs
//! it names), and what a sentence needs beyond the history (the network's answers on the
//! mislabelled points, the fitted curve, the loss on wrongly classified images) is measured
//! while the experiment is still at hand.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

use dropout_lab::core::data::regression::{self, RegressionKind};
use dropout_lab::core::data::toy2d::Toy2dSpec;
use dropout_lab::core::data::{self, Split};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::history::{History, HistoryPoint};
use dropout_lab::core::preset::{self, DataSpec, Preset};
use ndarray::Array2;

/// The seeds a class is likely to try: the default (2) and its neighbours.
pub const SEEDS: std::ops::RangeInclusive<u64> = 1..=10;
/// A sentence must hold on at least this many of the ten seeds.
pub const MUST_HOLD: usize = 9;

/// One seed of one preset after its full number of epochs.
pub struct Trained {
    pub seed: u64,
    pub epochs: usize,
    /// Histories of the trained runs: run 0 has no dropout, the others follow the preset.
    pub histories: Vec<History>,
    /// Per run: how many of the mislabelled training points the network finally labels as
    /// their (wrong) label says, i.e. memorised; and how many there are. Empty unless the data
    /// has label noise.
    pub memorised: Vec<usize>,
    pub mislabelled: usize,
    /// Per run: the final fitted curve on a grid, and the true curve there (regression only).
    pub curves: Vec<Vec<f32>>,
    pub truth: Vec<f32>,
    /// Per epoch (index 0 = epoch 1) of the first run: mean cross-entropy of the validation
    /// examples it classifies wrongly (classifiers with several classes only).
    pub wrong_loss: Vec<f32>,
}

/// What the viewer reads off the end of a curve: the mean of the last 5 % of epochs (a single
/// epoch of a dropout run jitters by several percent).
#[derive(Debug, Clone, Copy)]
pub struct Ending {
    pub val: f32,
    /// Training loss in evaluation mode: what the chart draws.
    pub train: f32,
    pub accuracy: f32,
}

impl Trained {
    pub fn ending(&self, run: usize) -> Ending {
        let from = self.epochs - (self.epochs / 20).max(1);
        let last: Vec<&HistoryPoint> = self.histories[run]
            .iter()
            .filter(|p| p.epoch > from)
            .collect();
        let mean = |f: &dyn Fn(&HistoryPoint) -> f32| {
            last.iter().map(|p| f(p)).sum::<f32>() / last.len() as f32
        };
        Ending {
            val: mean(&|p| p.val_loss),
            train: mean(&|p| p.train_loss_eval),
            accuracy: mean(&|p| p.val_accuracy.unwrap_or(f32::NAN)),
        }
    }

    /// The stored point nearest the epoch of the lowest validation loss (the history tracks
    /// that minimum exactly even where it thinned the points).
    pub fn at_best(&self, run: usize) -> (usize, f32, HistoryPoint) {
        let history = &self.histories[run];
        let (epoch, val) = history.best_val().unwrap();
        let point = *history
            .iter()
            .min_by_key(|p| p.epoch.abs_diff(epoch))
            .unwrap();
        (epoch, val, point)
    }

    /// The first run's final validation loss ÷ its minimum.
    pub fn rise(&self, run: usize) -> f32 {
        self.ending(run).val / self.at_best(run).1
    }
}

/// The preset `name` trained on every seed of [`SEEDS`], once per test binary.
pub fn trained(name: &str) -> &'static [Trained] {
    static MOONS: OnceLock<Vec<Trained>> = OnceLock::new();
    static WIGGLE: OnceLock<Vec<Trained>> = OnceLock::new();
    static DIGITS: OnceLock<Vec<Trained>> = OnceLock::new();
    static RIVALS: OnceLock<Vec<Trained>> = OnceLock::new();
    let cell = match name {
        "rivals" => &RIVALS,
        "moons" => &MOONS,
        "wiggle" => &WIGGLE,
        "digits" => &DIGITS,
        _ => panic!("no cache for preset {name}"),
    };
    cell.get_or_init(|| {
        let preset = preset::by_name(name).unwrap();
        per_seed(|seed| train(&preset, seed))
    })
}

/// `f` on every seed of [`SEEDS`], in seed order, on as many threads as there are cores. The
/// seeds are independent trainings, and a preset's first sentence test trains them while the
/// other test threads wait on the same cache: one seed after the other, that left cores idle
/// for most of the claims binary's minute.
pub fn per_seed<T: Send>(f: impl Fn(u64) -> T + Sync) -> Vec<T> {
    let next = AtomicU64::new(*SEEDS.start());
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut done: Vec<(u64, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let seed = next.fetch_add(1, Ordering::Relaxed);
                        if !SEEDS.contains(&seed) {
                            return mine;
                        }
                        mine.push((seed, f(seed)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(seed, _)| *seed);
    done.into_iter().map(|(_, t)| t).collect()
}

/// Trains the no-dropout run and the dropout runs the note names: moons and wiggle talk about
/// p = 0.5 only, digits about both of its dropout runs, rivals about all four of its runs.
fn train(preset: &Preset, seed: u64) -> Trained {
    let mut p = preset.with_seed(seed);
    if p.name != "digits" && p.name != "rivals" {
        p.rates = vec![p.rates[0].clone(), p.rates.last().unwrap().clone()];
    }
    let mut lab = p.experiment().unwrap();
    let multiclass = lab.split().val.outputs() > 1;
    let mut wrong_loss = Vec::new();
    for _ in 0..p.epochs {
        lab.train_epochs(1);
        if multiclass {
            wrong_loss.push(loss_on_wrong_answers(&mut lab));
        }
    }
    for run in lab.runs() {
        assert!(
            run.is_live(),
            "{} seed {seed}: {:?}",
            p.name,
            run.diverged()
        );
        assert_eq!(run.epoch(), p.epochs);
    }
    let (memorised, mislabelled) = memorised(&mut lab, &p);
    let (curves, truth) = match p.data {
        DataSpec::Regression(spec) => fitted_curves(&mut lab, spec.kind),
        _ => (Vec::new(), Vec::new()),
    };
    Trained {
        seed,
        epochs: p.epochs,
        histories: lab.runs().iter().map(|r| r.history().clone()).collect(),
        memorised,
        mislabelled,
        curves,
        truth,
        wrong_loss,
    }
}

/// Mean cross-entropy −ln q(true class) over the validation examples run 0 gets wrong.
fn loss_on_wrong_answers(lab: &mut Experiment) -> f32 {
    let val = lab.split().val.clone();
    let truth = data::labels(&val.y);
    let probs = lab.predict(0, val.x.view()).unwrap();
    let guesses = data::labels(&probs);
    let losses: Vec<f32> = (0..truth.len())
        .filter(|&i| guesses[i] != truth[i])
        .map(|i| -probs[[i, truth[i]]].max(f32::MIN_POSITIVE).ln())
        .collect();
    losses.iter().sum::<f32>() / losses.len().max(1) as f32
}

/// For each run, how many mislabelled training points it labels as their wrong label says, and
/// how many there are. The mislabelled points are those whose label differs from the same
/// seed's noise-free draw.
fn memorised(lab: &mut Experiment, p: &Preset) -> (Vec<usize>, usize) {
    let DataSpec::Toy2d(spec) = p.data else {
        return (Vec::new(), 0);
    };
    let clean: Split = DataSpec::Toy2d(Toy2dSpec {
        label_noise: 0.0,
        ..spec
    })
    .generate()
    .unwrap();
    let given = data::labels(&lab.split().train.y);
    let flipped: Vec<usize> = (0..given.len())
        .filter(|&i| given[i] != data::labels(&clean.train.y)[i])
        .collect();
    assert!(!flipped.is_empty(), "{} seed {}", p.name, p.config.seed);
    let x = lab.split().train.x.clone();
    let memorised = (0..lab.runs().len())
        .map(|run| {
            let answers = data::labels(&lab.predict(run, x.view()).unwrap());
            flipped.iter().filter(|&&i| answers[i] == given[i]).count()
        })
        .collect();
    (memorised, flipped.len())
}

/// Each run's evaluation-mode curve on 221 points across the data's x range, and the truth.
fn fitted_curves(lab: &mut Experiment, kind: RegressionKind) -> (Vec<Vec<f32>>, Vec<f32>) {
    let (lo, hi, _, _) = kind.extent();
    let xs: Vec<f32> = (0..=220)
        .map(|i| lo + (hi - lo) * i as f32 / 220.0)
        .collect();
    let grid = Array2::from_shape_vec((xs.len(), 1), xs.clone()).unwrap();
    let curves = (0..lab.runs().len())
        .map(|run| {
            lab.predict(run, grid.view())
                .unwrap()
                .iter()
                .copied()
                .collect()
        })
        .collect();
    (
        curves,
        xs.iter().map(|&x| regression::truth(kind, x)).collect(),
    )
}

/// How many outcomes hold; prints each so a failing count shows which seeds broke.
pub fn count(sentence: &str, outcomes: impl Iterator<Item = (u64, bool, String)>) -> usize {
    let mut holding = 0;
    for (seed, holds, detail) in outcomes {
        holding += usize::from(holds);
        let mark = if holds { "" } else { "  <- does not hold" };
        eprintln!("{sentence} | seed {seed:2}: {detail}{mark}");
    }
    eprintln!("{sentence}: holds on {holding} of {}", SEEDS.count());
    holding
}
