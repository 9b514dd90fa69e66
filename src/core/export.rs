//! Every run's loss history as CSV, for a worksheet or a spreadsheet a class can plot itself.
//!
//! One row per stored history point of each run (every epoch until the history starts thinning,
//! see [`crate::core::history`]), runs one after the other. Numbers are written in Rust's
//! shortest form that reads back as the same `f32`, so a spreadsheet or a script gets exactly
//! the values the lab drew. Regression has no accuracy: that cell is left empty.
//!
//! ```
//! use dropout_lab::core::export::{RunRecord, history_csv};
//! use dropout_lab::core::history::{History, HistoryPoint};
//!
//! let mut history = History::default();
//! history.push(HistoryPoint { epoch: 1, train_loss: 0.7, train_loss_eval: 0.6,
//!                             val_loss: 0.65, train_accuracy: None, val_accuracy: Some(0.5) });
//! let csv = history_csv(&[RunRecord { rates: &[0.0, 0.5], history: &history }]);
//! assert_eq!(csv, "run,epoch,p input,p hidden 1,train loss (dropout on),train loss (eval),\
//! validation loss,validation accuracy\n1,1,0,0.5,0.7,0.6,0.65,0.5\n");
//! ```

use std::fmt::Write;

use super::history::History;

/// One run as the CSV sees it: its drop rates (input first) and its history.
#[derive(Debug, Clone, Copy)]
pub struct RunRecord<'a> {
    pub rates: &'a [f32],
    pub history: &'a History,
}

/// The header and one line per stored point of every run; runs are numbered from 1, as the
/// page's runs list counts them. Rate columns follow the widest run (runs of one lab all have
/// the same layers); a run with fewer layers leaves the extra cells empty.
pub fn history_csv(runs: &[RunRecord]) -> String {
    let layers = runs.iter().map(|r| r.rates.len()).max().unwrap_or(1);
    let mut out = String::from("run,epoch,p input");
    for layer in 1..layers {
        let _ = write!(out, ",p hidden {layer}");
    }
    out.push_str(
        ",train loss (dropout on),train loss (eval),validation loss,validation accuracy\n",
    );
    for (i, run) in runs.iter().enumerate() {
        let mut rates = String::new();
        for layer in 0..layers {
            rates.push(',');
            if let Some(p) = run.rates.get(layer) {
                rates.push_str(&number(Some(*p)));
            }
        }
        for point in run.history.iter() {
            let _ = writeln!(
                out,
                "{},{}{rates},{},{},{},{}",
                i + 1,
                point.epoch,
                number(Some(point.train_loss)),
                number(Some(point.train_loss_eval)),
                number(Some(point.val_loss)),
                number(point.val_accuracy),
            );
        }
    }
    out
}

/// A finite value in shortest round-trip form; an empty cell for none, and NaN or ±inf as
/// spreadsheets spell them (a diverged run's loss).
fn number(v: Option<f32>) -> String {
    match v {
        None => String::new(),
        Some(v) if v.is_nan() => "NaN".to_string(),
        Some(v) if v.is_infinite() => if v > 0.0 { "inf" } else { "-inf" }.to_string(),
        Some(v) => format!("{v}"),
    }
}
