//! A run's history: memory stays bounded however long the race runs, the first and the latest
//! epochs and the best validation loss survive thinning, and the epochs kept are evenly spaced.

use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::history::{History, HistoryPoint};

use crate::common;

use common::{config, moons};

fn point(epoch: usize) -> HistoryPoint {
    let loss = 1.0 / epoch as f32;
    HistoryPoint {
        epoch,
        train_loss: loss,
        train_loss_eval: loss,
        val_loss: 1.0 + (epoch as f32 - 500.0).abs(),
        train_accuracy: None,
        val_accuracy: None,
    }
}

#[test]
fn history_memory_stays_bounded_and_keeps_first_and_latest_epochs() {
    let mut history = History::with_capacity(1000);
    for epoch in 1..=1_000_000 {
        history.push(point(epoch));
        assert!(
            history.len() <= 1001,
            "epoch {epoch}: {} points",
            history.len()
        );
        assert_eq!(history.last().unwrap().epoch, epoch);
        if epoch % 99_991 == 0 {
            assert_evenly_thinned(&history);
        }
    }
    assert_eq!(history.first().unwrap().epoch, 1);
    assert!(
        history.len() >= 500,
        "thinning keeps at least half the capacity"
    );
    assert_eq!(history.epochs_recorded(), 1_000_000);
    assert_eq!(
        history.best_val(),
        Some((500, 1.0)),
        "the minimum survives thinning"
    );
}

/// Stored epochs are 1, 1 + s, 1 + 2s, … for the current stride s, then the latest.
fn assert_evenly_thinned(history: &History) {
    let epochs: Vec<usize> = history.iter().map(|p| p.epoch).collect();
    let s = history.stride();
    let regular = epochs.len() - usize::from(!(epochs.last().unwrap() - 1).is_multiple_of(s));
    for (i, &e) in epochs[..regular].iter().enumerate() {
        assert_eq!(e, 1 + i * s, "stride {s}: {epochs:?}");
    }
}

#[test]
fn an_experiment_trained_for_thousands_of_epochs_keeps_a_bounded_history() {
    let split = moons(8, 2);
    let mut e = Experiment::with_runs(config(vec![4], 8, 1), split, &[vec![0.0, 0.5]]).unwrap();
    e.train_epochs(2500);
    let history = e.runs()[0].history();
    assert!(history.len() <= History::DEFAULT_CAPACITY + 1);
    assert_eq!(history.first().unwrap().epoch, 1);
    assert_eq!(history.last().unwrap().epoch, 2500);
    assert_eq!(history.stride(), 4);
    assert_evenly_thinned(history);
}
