//! What the page's read-outs are computed from, so the screen says what is true: a run's name
//! shows every rate it trains with, the shown mask remembers the rates that drew it, and the
//! "over-confident" explanation appears exactly when validation loss climbs while accuracy holds.

use crate::common;

use common::{config, moons};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::history::{History, HistoryPoint};
use dropout_lab::core::labels::{Notation, run_label};

#[test]
fn a_runs_name_shows_every_hidden_rate_when_the_layers_differ() {
    assert_eq!(
        run_label(&[0.1, 0.3, 0.65], Notation::Drop),
        "p = 0.30/0.65, input 0.10"
    );
    assert_eq!(
        run_label(&[0.0, 0.3, 0.65, 0.65], Notation::Drop),
        "p = 0.30/0.65/0.65"
    );
    assert_eq!(run_label(&[0.0, 0.5, 0.5], Notation::Drop), "p = 0.50");
    assert_eq!(
        run_label(&[0.2, 0.5], Notation::Drop),
        "p = 0.50, input 0.20"
    );
    assert_eq!(run_label(&[0.2], Notation::Drop), "p = 0.00, input 0.20");
}

#[test]
fn the_shown_mask_keeps_the_rates_it_was_drawn_with_after_the_slider_moves() {
    let rates = vec![vec![0.0, 0.5, 0.5]];
    let mut e = Experiment::with_runs(config(vec![16, 16], 16, 5), moons(50, 1), &rates).unwrap();
    assert!(
        e.runs()[0].mask_rates().is_empty(),
        "no mask before the first step"
    );
    e.steps(1);
    e.set_hidden_rate(0, 0.8).unwrap();
    assert_eq!(e.runs()[0].rates().rates, [0.0, 0.8, 0.8]);
    assert_eq!(e.runs()[0].mask_rates(), [0.0, 0.5, 0.5]);
    e.steps(1);
    assert_eq!(e.runs()[0].mask_rates(), [0.0, 0.8, 0.8]);
}

fn point(epoch: usize, val_loss: f32, val_accuracy: Option<f32>) -> HistoryPoint {
    HistoryPoint {
        epoch,
        train_loss: 0.1,
        train_loss_eval: 0.1,
        val_loss,
        train_accuracy: val_accuracy,
        val_accuracy,
    }
}

/// A history whose validation loss bottoms out at 0.5 (accuracy 0.80) and then ends at
/// `last_loss` with accuracy `last_acc`, thinned on the way (capacity 4).
fn history(last_loss: f32, last_acc: Option<f32>) -> History {
    let mut h = History::with_capacity(4);
    let acc = |a: f32| last_acc.map(|_| a);
    h.push(point(1, 1.0, acc(0.5)));
    h.push(point(2, 0.5, acc(0.80)));
    for epoch in 3..20 {
        h.push(point(epoch, 0.6, acc(0.78)));
    }
    h.push(point(20, last_loss, last_acc));
    h
}

#[test]
fn over_confidence_is_a_climbing_loss_at_a_holding_accuracy() {
    assert!(
        history(0.7, Some(0.79)).overconfident(),
        "1.4× the best, accuracy held"
    );
    assert!(
        history(1.5, Some(0.775)).overconfident(),
        "within 3 points of the best accuracy"
    );
    assert!(
        !history(0.69, Some(0.80)).overconfident(),
        "loss below 1.4× its best"
    );
    assert!(
        !history(1.5, Some(0.76)).overconfident(),
        "accuracy fell: plain overfitting"
    );
    assert!(
        !history(1.5, None).overconfident(),
        "regression has no accuracy"
    );
    assert!(!History::default().overconfident());
    assert_eq!(
        history(0.7, Some(0.79)).best_accuracy(),
        Some(0.80),
        "thinning keeps the best"
    );
}
