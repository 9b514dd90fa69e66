//! Two claims the Data & network panel invites a class to test (#10), each on the default
//! preset (two moons) over the seeds 1–10, through the same [`Setup`] the page builds its lab
//! with. Only the runs a claim talks about are trained: p = 0 and p = 0.5.
//!
//! - Label noise: flipping 20 % of the labels instead of none raises the p = 0 run's final
//!   validation loss more than the p = 0.5 run's (a network without dropout memorises the
//!   wrong labels; dropout keeps it from fitting each one).
//! - More data: growing the training set from 80 to 640 points shrinks the p = 0 run's gap
//!   between its final validation and training losses (eight times the data is harder to
//!   memorise). Only the p = 0 run is trained for it: 640 points cost eight times as much.

use dropout_lab::core::preset::{self, Preset};
use dropout_lab::core::setup::Setup;

use crate::seeds::{self, MUST_HOLD, SEEDS, Trained};

/// The default preset with `setup` applied, trained for its epochs: run p = 0, and the p = 0.5
/// run too when `with_dropout`.
fn trained(setup: &str, seed: u64, with_dropout: bool) -> Trained {
    let mut preset: Preset = preset::by_name(preset::DEFAULT).unwrap().with_seed(seed);
    let dropout = preset.rates.last().unwrap().clone();
    preset.rates.truncate(1);
    if with_dropout {
        preset.rates.push(dropout);
    }
    let built = Setup::parse(setup).unwrap().apply(&preset).unwrap();
    let mut lab = built.experiment().unwrap();
    lab.train_epochs(preset.epochs);
    assert!(
        lab.runs().iter().all(|r| r.is_live()),
        "{setup}, seed {seed}"
    );
    Trained {
        seed,
        epochs: preset.epochs,
        histories: lab.runs().iter().map(|r| r.history().clone()).collect(),
        memorised: Vec::new(),
        mislabelled: 0,
        curves: Vec::new(),
        truth: Vec::new(),
        wrong_loss: Vec::new(),
    }
}

/// `outcome` on every seed, the seeds trained in parallel (see [`seeds::per_seed`]).
fn per_seed_outcomes(
    outcome: impl Fn(u64) -> (u64, bool, String) + Sync,
) -> impl Iterator<Item = (u64, bool, String)> {
    seeds::per_seed(outcome).into_iter()
}

fn must_hold(claim: &str, outcomes: impl Iterator<Item = (u64, bool, String)>) {
    let holding = seeds::count(claim, outcomes);
    assert!(
        holding >= MUST_HOLD,
        "'{claim}' holds on {holding} of {} seeds",
        SEEDS.count()
    );
}

#[test]
fn label_noise_hurts_the_p0_run_more_than_the_p05_run() {
    must_hold(
        "moons, label noise 0 -> 0.2: p = 0's final validation loss rises more than p = 0.5's",
        per_seed_outcomes(|seed| {
            let (clean, noisy) = (
                trained("flip=0", seed, true),
                trained("flip=0.2", seed, true),
            );
            let rise = |run| noisy.ending(run).val - clean.ending(run).val;
            let (plain, dropout) = (rise(0), rise(1));
            let detail = format!(
                "p = 0: {:.3} -> {:.3} (+{plain:.3}); p = 0.5: {:.3} -> {:.3} (+{dropout:.3})",
                clean.ending(0).val,
                noisy.ending(0).val,
                clean.ending(1).val,
                noisy.ending(1).val
            );
            (seed, plain > dropout, detail)
        }),
    );
}

#[test]
fn eight_times_the_training_data_shrinks_the_p0_gap() {
    must_hold(
        "moons, training points 80 -> 640: p = 0's train/validation gap shrinks",
        per_seed_outcomes(|seed| {
            let gap = |t: &Trained| t.ending(0).val - t.ending(0).train;
            let (few, many) = (
                gap(&trained("train=80", seed, false)),
                gap(&trained("train=640", seed, false)),
            );
            (
                seed,
                many < few,
                format!("gap {few:.3} with 80 points, {many:.3} with 640"),
            )
        }),
    );
}
