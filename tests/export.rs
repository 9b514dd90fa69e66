//! The history CSV a teacher downloads: a header a spreadsheet understands, one row per
//! recorded epoch of each run, and numbers that read back as exactly the values the lab drew.

use dropout_lab::core::data::regression::{self, RegressionKind, RegressionSpec};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::export::{RunRecord, history_csv};
use dropout_lab::core::history::{History, HistoryPoint};

use crate::common;

use common::{config, moons};

fn records(e: &Experiment) -> Vec<RunRecord<'_>> {
    e.runs()
        .iter()
        .map(|r| RunRecord {
            rates: &r.rates().rates,
            history: r.history(),
        })
        .collect()
}

/// The CSV's cells, header first.
fn cells(csv: &str) -> Vec<Vec<&str>> {
    assert!(csv.ends_with('\n'), "the last row ends its line");
    csv.lines().map(|line| line.split(',').collect()).collect()
}

fn value(cell: &str) -> f32 {
    cell.parse()
        .unwrap_or_else(|_| panic!("'{cell}' is not a number"))
}

#[test]
fn every_recorded_epoch_of_every_run_reads_back_exactly() {
    let rates = vec![
        vec![0.0, 0.0, 0.0],
        vec![0.2, 0.5, 0.3],
        vec![0.0, 0.8, 0.8],
    ];
    let mut e = Experiment::with_runs(config(vec![16, 16], 16, 2), moons(50, 1), &rates).unwrap();
    e.train_epochs(12);
    let csv = history_csv(&records(&e));
    let table = cells(&csv);
    assert_eq!(
        table[0],
        [
            "run",
            "epoch",
            "p input",
            "p hidden 1",
            "p hidden 2",
            "train loss (dropout on)",
            "train loss (eval)",
            "validation loss",
            "validation accuracy"
        ]
    );
    assert_eq!(table.len(), 1 + 3 * 12, "one row per run and epoch");
    let mut rows = table[1..].iter();
    for (i, run) in e.runs().iter().enumerate() {
        for point in run.history().iter() {
            let row = rows.next().unwrap();
            assert_eq!(row.len(), table[0].len());
            assert_eq!(row[0], (i + 1).to_string());
            assert_eq!(row[1], point.epoch.to_string());
            let read: Vec<f32> = row[2..].iter().map(|c| value(c)).collect();
            assert_eq!(read[..3], run.rates().rates[..]);
            assert_eq!(read[3], point.train_loss);
            assert_eq!(read[4], point.train_loss_eval);
            assert_eq!(read[5], point.val_loss);
            assert_eq!(Some(read[6]), point.val_accuracy);
        }
    }
    // Dropout on makes the optimiser's loss differ from the evaluation-mode loss: the two
    // columns are two measurements, not one copied twice.
    let dropped = &table[1 + 12 * 2..];
    assert!(dropped.iter().any(|row| row[5] != row[6]));
}

#[test]
fn a_thinned_history_gives_one_row_per_stored_point_ending_now() {
    let mut history = History::with_capacity(8);
    for epoch in 1..=100 {
        let loss = 1.0 / epoch as f32;
        history.push(HistoryPoint {
            epoch,
            train_loss: loss,
            train_loss_eval: loss,
            val_loss: 2.0 * loss,
            train_accuracy: None,
            val_accuracy: Some(0.5),
        });
    }
    let csv = history_csv(&[RunRecord {
        rates: &[0.0, 0.5],
        history: &history,
    }]);
    let table = cells(&csv);
    assert_eq!(table.len() - 1, history.len());
    let epochs: Vec<&str> = table[1..].iter().map(|row| row[1]).collect();
    assert_eq!(epochs.first(), Some(&"1"));
    assert_eq!(epochs.last(), Some(&"100"));
}

#[test]
fn regression_leaves_accuracy_empty_and_an_empty_lab_is_just_the_header() {
    let split = regression::generate(&RegressionSpec {
        kind: RegressionKind::Sine,
        n_train: 32,
        n_val: 20,
        noise: 0.1,
        seed: 4,
    })
    .unwrap();
    let mut e = Experiment::with_runs(config(vec![8], 8, 1), split, &[vec![0.0, 0.5]]).unwrap();
    let header_only = history_csv(&records(&e));
    assert_eq!(cells(&header_only).len(), 1);
    e.train_epochs(3);
    let csv = history_csv(&records(&e));
    let table = cells(&csv);
    assert_eq!(table.len(), 4);
    assert!(table[1..].iter().all(|row| row.last() == Some(&"")));
}
