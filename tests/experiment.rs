//! Experiments: runs that differ only in dropout must be raced fairly, reproducibly, and must
//! report what they really did (masks, minibatches, divergence). Bounded history: `history.rs`.

use dropout_lab::core::DropoutMode;
use dropout_lab::core::data::regression::{self, RegressionKind, RegressionSpec};
use dropout_lab::core::data::toy2d::{self, Toy2dSpec};
use dropout_lab::core::data::{Split, digits};
use dropout_lab::core::error::Error;
use dropout_lab::core::experiment::{Experiment, ExperimentConfig, minibatch_order};
use dropout_lab::core::history::HistoryPoint;
use ndarray::{Array2, Axis};

use crate::common;

use common::{config, moons};

/// Three runs on moons: p = 0, 0.2, 0.5 on both hidden layers.
fn race(seed: u64) -> Experiment {
    let rates = vec![
        vec![0.0, 0.0, 0.0],
        vec![0.0, 0.2, 0.2],
        vec![0.0, 0.5, 0.5],
    ];
    Experiment::with_runs(config(vec![16, 16], 16, seed), moons(50, 1), &rates).unwrap()
}

fn points(e: &Experiment, run: usize) -> Vec<HistoryPoint> {
    e.runs()[run].history().iter().copied().collect()
}

#[test]
fn runs_with_identical_rates_have_bit_identical_histories() {
    let rates = vec![vec![0.1, 0.5, 0.5], vec![0.1, 0.5, 0.5]];
    let mut e = Experiment::with_runs(config(vec![16, 16], 16, 3), moons(50, 1), &rates).unwrap();
    e.train_epochs(10);
    assert_eq!(points(&e, 0).len(), 10);
    assert_eq!(points(&e, 0), points(&e, 1));
    assert_eq!(e.runs()[0].net().weights(), e.runs()[1].net().weights());
}

#[test]
fn runs_with_different_rates_start_from_identical_weights() {
    let mut e = race(5);
    for run in e.runs() {
        assert_eq!(run.net().weights(), e.initial_net().weights());
        assert_eq!(run.net().biases(), e.initial_net().biases());
    }
    e.train_epochs(2);
    assert_ne!(e.runs()[0].net().weights(), e.runs()[2].net().weights());
    // A run added later and the runs after reset start from those same weights too.
    let late = e.add_run(&[0.0, 0.3, 0.3]).unwrap();
    assert_eq!(e.runs()[late].net().weights(), e.initial_net().weights());
    e.reset();
    for run in e.runs() {
        assert_eq!(run.net().weights(), e.initial_net().weights());
        assert_eq!((run.epoch(), run.history().len()), (0, 0));
    }
}

#[test]
fn same_seed_gives_bit_identical_histories_and_other_seeds_other_masks() {
    let (mut a, mut b, mut c) = (race(11), race(11), race(12));
    for e in [&mut a, &mut b, &mut c] {
        e.train_epochs(5);
    }
    for run in 0..3 {
        assert_eq!(points(&a, run), points(&b, run));
        assert_eq!(a.runs()[run].mask(1), b.runs()[run].mask(1));
    }
    // p = 0.5 on 16 units × 16 examples: equal masks by chance have probability 2^-256.
    assert_ne!(a.runs()[2].mask(1), c.runs()[2].mask(1));
    assert_ne!(points(&a, 2), points(&c, 2));
}

#[test]
fn minibatch_order_is_a_pure_permutation_of_seed_and_epoch() {
    let order = minibatch_order(9, 4, 50);
    assert_eq!(order, minibatch_order(9, 4, 50));
    let mut sorted = order.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, (0..50).collect::<Vec<_>>());
    assert_ne!(order, minibatch_order(9, 5, 50));
    assert_ne!(order, minibatch_order(10, 4, 50));
}

#[test]
fn an_epoch_visits_every_example_once_including_the_short_last_batch() {
    let mut e =
        Experiment::with_runs(config(vec![8], 16, 2), moons(50, 1), &[vec![0.0, 0.5]]).unwrap();
    assert_eq!(e.steps_per_epoch(), 4);
    let mut seen = Vec::new();
    for step in 0..4 {
        assert_eq!(e.runs()[0].epoch(), 0, "epoch ended early at step {step}");
        e.step();
        seen.extend_from_slice(e.runs()[0].last_batch());
    }
    assert_eq!(e.runs()[0].last_batch().len(), 2); // 50 = 3 × 16 + 2
    assert_eq!(e.runs()[0].mask(1).nrows(), 2);
    assert_eq!(e.runs()[0].epoch(), 1);
    assert_eq!(seen, minibatch_order(2, 0, 50));
}

#[test]
fn changing_one_runs_rate_mid_training_leaves_the_others_untouched() {
    let (mut changed, mut reference) = (race(21), race(21));
    changed.train_epochs(3);
    reference.train_epochs(3);
    changed.set_rate(1, 2, 0.7).unwrap();
    assert_eq!(changed.runs()[1].rates().rates, vec![0.0, 0.2, 0.7]);
    changed.train_epochs(3);
    reference.train_epochs(3);
    assert_eq!(points(&changed, 0), points(&reference, 0));
    assert_eq!(points(&changed, 2), points(&reference, 2));
    let (c1, r1) = (points(&changed, 1), points(&reference, 1));
    assert_eq!(c1[..3], r1[..3], "the past is kept");
    assert_ne!(c1[3..], r1[3..], "the future follows the new rate");
}

#[test]
fn a_run_added_later_replays_the_same_minibatches_from_its_own_epoch_zero() {
    let mut e = race(8);
    e.train_epochs(4);
    let late = e.add_run(&[0.0, 0.5, 0.5]).unwrap();
    assert_eq!(late, 3);
    e.train_epochs(4);
    assert_eq!(e.runs()[late].epoch(), 4);
    assert_eq!(points(&e, late), points(&e, 2)[..4]);
    // Runs are capped, and removing one shifts the later ones down.
    let err = e.add_run(&[0.0, 0.1, 0.1]).unwrap_err();
    assert!(err.to_string().contains("at most 4 runs"), "{err}");
    let third = points(&e, 2);
    e.remove_run(1).unwrap();
    assert_eq!(e.runs().len(), 3);
    assert_eq!(points(&e, 1), third);
    assert!(e.remove_run(3).is_err());
    assert!(e.set_rate(3, 1, 0.1).is_err());
}

#[test]
fn a_diverging_run_is_marked_and_stopped_while_the_others_go_on() {
    // Input dropout at p = 0.9 scales surviving inputs by 10 in training, which makes the same
    // plain-SGD step size explode for that run only.
    let mut e = common::diverging_race();
    let (calm, wild) = (&e.runs()[0], &e.runs()[1]);
    let message = wild
        .diverged()
        .expect("p = 0.9 on the input should diverge");
    assert!(message.contains("try a smaller learning rate"), "{message}");
    // Caught either as non-finite or, usually first, as exploded far past a blind guess.
    assert!(
        message.contains("NaN") || message.contains("infinite") || message.contains("exploded"),
        "{message}"
    );
    assert!(calm.is_live(), "{:?}", calm.diverged());
    assert_eq!(calm.epoch(), 200);
    assert!(wild.epoch() < 200);
    let stopped = (wild.epoch(), wild.steps());
    e.train_epochs(1);
    assert_eq!((e.runs()[1].epoch(), e.runs()[1].steps()), stopped);
    assert!(e.any_live());
    // Reset gives the diverged run a fresh start.
    e.reset();
    assert!(e.runs()[1].is_live());
}

#[test]
fn invalid_configurations_are_rejected_with_clear_errors() {
    let make = |cfg: ExperimentConfig| Experiment::new(cfg, moons(20, 1)).map(|_| ());
    let err = make(config(vec![8, 0], 8, 1)).unwrap_err();
    assert!(err.to_string().contains("units in hidden layer 2"), "{err}");
    let err = make(config(vec![8; 7], 8, 1)).unwrap_err();
    assert!(err.to_string().contains("number of hidden layers"), "{err}");
    let err = make(config(vec![8], 0, 1)).unwrap_err();
    assert!(err.to_string().contains("batch size"), "{err}");
    assert!(make(config(vec![8], 513, 1)).is_err());
    assert!(make(config(vec![], 8, 1)).is_err());

    let mut e = Experiment::new(config(vec![8, 8], 8, 1), moons(20, 1)).unwrap();
    let err = e.add_run(&[0.0, 1.0, 0.0]).unwrap_err();
    assert!(matches!(err, Error::DropRate { p: 1.0, .. }), "{err}");
    assert!(err.to_string().contains("hidden layer 1"), "{err}");
    let err = e.add_run(&[-0.1, 0.0, 0.0]).unwrap_err();
    assert!(matches!(err, Error::DropRate { .. }), "{err}");
    let err = e.add_run(&[0.0, 0.5]).unwrap_err();
    assert!(matches!(err, Error::Shape(_)), "{err}");
    assert!(e.runs().is_empty(), "rejected runs are not added");

    e.add_run(&[0.0, 0.5, 0.5]).unwrap();
    assert!(e.set_rate(0, 1, 1.0).is_err());
    assert!(e.set_rate(0, 1, f32::NAN).is_err());
    assert!(
        e.set_rate(0, 3, 0.5).is_err(),
        "there is no dropout layer 3"
    );
    assert!(e.set_rates(0, &[0.0, 0.2]).is_err());
    assert_eq!(e.runs()[0].rates().rates, vec![0.0, 0.5, 0.5], "unchanged");
    assert!(e.set_learning_rate(0.0).is_err());
    assert!(e.set_batch_size(0).is_err());
    assert!(e.predict(0, Array2::zeros((3, 5)).view()).is_err());
}

/// Final evaluation-mode training loss of a p = 0 run relative to the untrained network.
fn train_loss_ratio(split: Split, hidden: Vec<usize>, epochs: usize) -> f32 {
    let rates = vec![vec![0.0; hidden.len() + 1]];
    let mut e = Experiment::with_runs(config(hidden, 32, 1), split, &rates).unwrap();
    let (x, y) = (&e.split().train.x.clone(), &e.split().train.y.clone());
    let mut initial = e.initial_net().clone();
    let before = initial.loss(x.view(), y.view(), e.runs()[0].rates());
    e.train_epochs(epochs);
    e.runs()[0].history().last().unwrap().train_loss_eval / before
}

#[test]
fn training_without_dropout_lowers_the_loss_on_every_dataset() {
    for name in toy2d::Toy2dKind::NAMES {
        let spec = Toy2dSpec {
            kind: name.parse().unwrap(),
            n_train: 100,
            n_val: 20,
            noise: 0.1,
            label_noise: 0.0,
            seed: 3,
        };
        let ratio = train_loss_ratio(toy2d::generate(&spec).unwrap(), vec![32, 32], 200);
        assert!(
            ratio < 0.5,
            "{name}: loss only fell to {ratio} of its start"
        );
    }
    for name in RegressionKind::NAMES {
        let spec = RegressionSpec {
            kind: name.parse().unwrap(),
            n_train: 40,
            n_val: 20,
            noise: 0.05,
            seed: 3,
        };
        let ratio = train_loss_ratio(regression::generate(&spec).unwrap(), vec![32, 32], 150);
        assert!(
            ratio < 0.5,
            "{name}: loss only fell to {ratio} of its start"
        );
    }
    let spec = digits::DigitsSpec {
        n_train: 200,
        n_val: 50,
        seed: 3,
    };
    let ratio = train_loss_ratio(digits::generate(&spec).unwrap(), vec![32], 20);
    assert!(
        ratio < 0.2,
        "digits: loss only fell to {ratio} of its start"
    );
}

#[test]
fn the_dropped_fraction_matches_p() {
    let rates = vec![vec![0.2, 0.3, 0.6]];
    let mut e = Experiment::with_runs(config(vec![64, 64], 32, 6), moons(64, 1), &rates).unwrap();
    let mut dropped = [0usize; 3];
    let mut units = [0usize; 3];
    for _ in 0..100 {
        e.step();
        for (layer, (d, u)) in dropped.iter_mut().zip(&mut units).enumerate() {
            let mask = e.runs()[0].mask(layer);
            *d += mask.iter().filter(|&&m| m == 0.0).count();
            *u += mask.len();
            assert!(mask.iter().all(|&m| m == 0.0 || m == 1.0));
        }
    }
    for (layer, &p) in rates[0].iter().enumerate() {
        let n = units[layer] as f64;
        let fraction = dropped[layer] as f64 / n;
        // Five binomial standard deviations: a false alarm about once in 3.5 million runs.
        let bound = 5.0 * (f64::from(p) * (1.0 - f64::from(p)) / n).sqrt();
        assert!(
            (fraction - f64::from(p)).abs() < bound,
            "layer {layer}: dropped {fraction:.4}, p = {p}, bound ±{bound:.4}"
        );
    }
}

#[test]
fn the_masks_read_after_a_step_are_the_ones_the_step_used() {
    let mut e = race(13);
    // 50 examples, batch 16: step 4 ends the epoch (and evaluates), step 5 starts the next.
    for step in 1..=6 {
        let mut before = e.runs()[2].net().clone();
        e.step();
        let run = &e.runs()[2];
        let batch = run.last_batch();
        let x = e.split().train.x.select(Axis(0), batch);
        let y = e.split().train.y.select(Axis(0), batch);
        let masks: Vec<Array2<f32>> = run.masks().iter().map(|m| m.to_owned()).collect();
        assert!(
            masks[1].iter().any(|&m| m == 0.0),
            "p = 0.5 drops something"
        );
        let replayed = before.loss_with_masks(x.view(), y.view(), &masks, run.rates());
        assert_eq!(Some(replayed), run.last_loss(), "step {step}");
    }
}

#[test]
fn predictions_leave_the_masks_alone() {
    let mut e = race(2);
    e.step();
    let mask = e.runs()[1].mask(1).to_owned();
    let grid = Array2::from_shape_fn((300, 2), |(i, j)| (i * (j + 1)) as f32 / 300.0 - 0.5);
    let probs = e.predict(1, grid.view()).unwrap();
    assert_eq!(probs.dim(), (300, 1));
    assert!(probs.iter().all(|&p| (0.0..=1.0).contains(&p)));
    assert_eq!(e.runs()[1].mask(1), mask);
}

#[test]
fn switching_to_classic_dropout_reaches_every_run_and_a_run_keeps_its_own_mode() {
    let mut e = race(3);
    e.train_epochs(2);
    e.set_dropout_mode(DropoutMode::Classic);
    assert!(
        e.runs()
            .iter()
            .all(|r| r.rates().mode == DropoutMode::Classic)
    );
    // The mode is stored once, in each run (#8): a run added later has its own.
    let late = e.add_run(&[0.0, 0.3, 0.3]).unwrap();
    assert_eq!(e.run(late).unwrap().rates().mode, DropoutMode::Inverted);
    let variant = *e.run(late).unwrap().variant();
    e.set_variant(late, DropoutMode::Classic, variant).unwrap();
    e.set_rates(late, &[0.0, 0.4, 0.4]).unwrap();
    assert_eq!(e.run(late).unwrap().rates().mode, DropoutMode::Classic);
    e.train_epochs(2);
    assert!(e.runs().iter().all(|r| r.is_live()));
}

#[test]
fn a_run_thrown_far_off_by_an_absurd_learning_rate_is_marked_diverged_while_its_loss_is_finite() {
    // Adam's steps are bounded by the learning rate, so at lr = 10 the wiggle preset's loss
    // stays finite but ends up hundreds of thousands of times worse than a blind guess.
    let preset = dropout_lab::core::preset::by_name("wiggle").unwrap();
    let mut e = preset.experiment().unwrap();
    e.set_learning_rate(10.0).unwrap();
    e.train_epochs(20);
    let diverged: Vec<&str> = e.runs().iter().filter_map(|r| r.diverged()).collect();
    assert!(!diverged.is_empty(), "no run diverged");
    for message in diverged {
        assert!(message.contains("exploded"), "{message}");
        assert!(message.contains("try a smaller learning rate"), "{message}");
    }
    // At the preset's own learning rate nothing is marked, on any seed tried.
    for seed in 1..=5 {
        let mut calm = preset.with_seed(seed).experiment().unwrap();
        calm.train_epochs(preset.epochs);
        assert!(
            !calm.runs().iter().any(|r| r.diverged().is_some()),
            "seed {seed}"
        );
    }
}
