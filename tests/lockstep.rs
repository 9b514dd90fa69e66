//! The race's clock (`Experiment::train_next`, `step`, the stop epoch): runs train in order,
//! a lockstep step spread over frames ends with every run on the same minibatch, a story
//! stops at exactly its epoch, and adding a run restarts the race together.

use crate::common;

use common::{config, moons};
use dropout_lab::core::experiment::{Experiment, Turn};
use dropout_lab::core::history::HistoryPoint;
use dropout_lab::core::labels::{Notation, run_label};

/// Three runs on moons (50 training points, batch 16: 4 minibatches an epoch).
fn race() -> Experiment {
    let rates = vec![
        vec![0.0, 0.0, 0.0],
        vec![0.0, 0.2, 0.2],
        vec![0.2, 0.5, 0.5],
    ];
    Experiment::with_runs(config(vec![16, 16], 16, 5), moons(50, 1), &rates).unwrap()
}

fn steps(e: &Experiment) -> Vec<u64> {
    e.runs().iter().map(|r| r.steps()).collect()
}

fn points(e: &Experiment, run: usize) -> Vec<HistoryPoint> {
    e.runs()[run].history().iter().copied().collect()
}

/// Every run's weights, last minibatch and history equal in `a` and `b`.
fn assert_same_race(a: &Experiment, b: &Experiment) {
    assert_eq!(a.runs().len(), b.runs().len());
    for (i, (ra, rb)) in a.runs().iter().zip(b.runs()).enumerate() {
        assert_eq!(ra.steps(), rb.steps(), "run {i}");
        assert_eq!(ra.last_batch(), rb.last_batch(), "run {i}");
        assert_eq!(ra.net().weights(), rb.net().weights(), "run {i}");
        assert_eq!(points(a, i), points(b, i), "run {i}");
    }
}

#[test]
fn runs_train_one_at_a_time_in_order_and_the_last_completes_the_step() {
    let mut e = race();
    assert_eq!(e.train_next(), Turn::Partial);
    assert_eq!(steps(&e), [1, 0, 0]);
    assert!(e.lockstep_pending());
    assert_eq!(e.train_next(), Turn::Partial);
    assert_eq!(steps(&e), [1, 1, 0]);
    assert_eq!(e.iteration(), 0);
    assert_eq!(e.train_next(), Turn::Completed);
    assert_eq!(steps(&e), [1, 1, 1]);
    assert_eq!(e.iteration(), 1);
    assert!(!e.lockstep_pending());
    assert_eq!(e.train_next(), Turn::Partial);
    assert_eq!(steps(&e), [2, 1, 1]);
}

#[test]
fn a_pause_mid_step_keeps_the_place_and_step_finishes_it_as_its_first() {
    let mut e = race();
    e.steps(5);
    e.train_next();
    // Paused here: nothing moves until the viewer acts.
    assert_eq!(steps(&e), [6, 5, 5]);
    assert_eq!(e.iteration(), 5);
    assert_eq!(e.steps(3), 3);
    assert_eq!(e.iteration(), 8, "Step(3) advances exactly 3 iterations");
    assert_eq!(steps(&e), [8, 8, 8]);
    // Every run saw the same minibatches as in a race never spread over frames.
    let mut whole = race();
    whole.steps(8);
    assert_same_race(&e, &whole);
}

#[test]
fn a_step_spread_over_frames_trains_exactly_what_whole_steps_train() {
    let mut spread = race();
    // Frames that hold 1, 2, 4, 1, … minibatches, as a page's time budget would.
    let mut completed = 0;
    for frame in 0..40 {
        for _ in 0..[1, 2, 4, 1][frame % 4] {
            if spread.train_next() == Turn::Completed {
                completed += 1;
            }
        }
    }
    spread.finish_lockstep();
    let mut whole = race();
    whole.steps(spread.iteration());
    assert!(completed > 0 && spread.iteration() >= completed);
    assert_same_race(&spread, &whole);
}

#[test]
fn reset_goes_back_to_iteration_zero_and_replays_the_same_race() {
    let mut e = race();
    e.steps(7);
    e.train_next();
    e.reset();
    assert_eq!(e.iteration(), 0);
    assert!(!e.lockstep_pending());
    assert_eq!(steps(&e), [0, 0, 0]);
    e.steps(9);
    let mut fresh = race();
    fresh.steps(9);
    assert_same_race(&e, &fresh);
}

#[test]
fn training_with_a_stop_epoch_ends_with_every_run_at_exactly_that_epoch() {
    let mut e = race();
    e.set_stop_epoch(Some(6));
    // Greedy frames that would overshoot: each asks for far more minibatches than remain.
    let mut frames = 0;
    while e.train_next() != Turn::Idle {
        frames += 1;
        assert!(frames < 10_000, "training never stopped");
    }
    for (i, run) in e.runs().iter().enumerate() {
        assert_eq!(run.epoch(), 6, "run {i}");
        assert_eq!(run.history().len(), 6, "run {i}");
    }
    assert!(e.at_stop_epoch());
    assert_eq!(e.iteration(), 6 * e.steps_per_epoch() as u64);
    assert!(!e.step(), "Step does not pass the stop either");
    assert_eq!(e.steps(10), 0);
    // Cleared, the story goes on.
    e.set_stop_epoch(None);
    assert!(!e.at_stop_epoch());
    e.train_epochs(1);
    assert!(e.runs().iter().all(|r| r.epoch() == 7));
}

#[test]
fn a_stop_epoch_holds_for_whole_steps_too() {
    let mut e = race();
    e.set_stop_epoch(Some(3));
    e.train_epochs(10);
    assert!(e.runs().iter().all(|r| r.epoch() == 3));
    assert!(!e.lockstep_pending());
    e.reset();
    assert_eq!(e.stop_epoch(), Some(3), "a reset keeps the story's length");
    assert!(!e.at_stop_epoch());
}

#[test]
fn adding_a_run_after_the_start_restarts_every_run_together() {
    let mut e = race();
    e.train_epochs(5);
    e.train_next();
    let (i, restarted) = e.restart_with_run(&[0.0, 0.8, 0.8]).unwrap();
    assert_eq!((i, restarted), (3, true));
    assert_eq!(e.iteration(), 0);
    assert!(e.runs().iter().all(|r| r.steps() == 0 && r.epoch() == 0));
    e.train_epochs(3);
    // Exactly the race that would have run had the four started together.
    let mut together = race();
    together.add_run(&[0.0, 0.8, 0.8]).unwrap();
    together.train_epochs(3);
    assert_same_race(&e, &together);
    // Before the race begins there is nothing to restart.
    let mut fresh = race();
    assert_eq!(
        fresh.restart_with_run(&[0.0, 0.1, 0.1]).unwrap(),
        (3, false)
    );
}

#[test]
fn removing_a_run_leaves_the_others_where_they_are() {
    let mut e = race();
    e.train_epochs(4);
    e.train_next();
    let mut level = race();
    level.train_epochs(4);
    level.step();
    e.remove_run(1).unwrap();
    assert_eq!(e.iteration(), level.iteration());
    assert!(!e.lockstep_pending());
    assert_eq!(points(&e, 0), points(&level, 0));
    assert_eq!(points(&e, 1), points(&level, 2));
    assert_eq!(e.runs()[1].net().weights(), level.runs()[2].net().weights());
}

#[test]
fn the_slider_sets_every_hidden_rate_and_keeps_the_input_rate() {
    let mut e = race();
    e.set_hidden_rate(2, 0.3).unwrap();
    assert_eq!(e.runs()[2].rates().rates, [0.2, 0.3, 0.3]);
    assert!(e.set_hidden_rate(2, 1.0).is_err());
    assert!(e.set_hidden_rate(3, 0.1).is_err());
    assert_eq!(e.runs()[2].label(Notation::Drop), "p = 0.30, input 0.20");
    assert_eq!(e.runs()[0].label(Notation::Drop), "p = 0.00");
    assert_eq!(run_label(&[0.0, 0.5], Notation::Drop), "p = 0.50");
}
