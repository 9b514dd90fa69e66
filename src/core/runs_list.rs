//! The "Rates racing" list, finished: every word and number of its rows, in the language spoken
//! and the notation asked for, computed once per refresh (#18). The page shows these strings
//! as they are; it formats no loss, names no run and joins no sentence of its own, so the list
//! cannot drift from the chart's legend or from the core's rules.
//!
//! ```
//! use dropout_lab::core::labels::Notation;
//! use dropout_lab::core::runs_list::runs_list;
//! use dropout_lab::core::preset;
//!
//! dropout_lab::core::l10n::set_language("en");
//! let lab = preset::by_name("moons").unwrap().experiment().unwrap();
//! let list = runs_list(&lab, 1, Notation::Retain);
//! assert_eq!(list.rows[1].label, "retain p = 0.80");
//! assert_eq!(list.rows[1].numbers, "train – · val –"); // no epoch yet
//! ```

use crate::core::experiment::{Experiment, Run};
use crate::core::history::HistoryPoint;
use crate::core::l10n::fixed;
use crate::core::labels::Notation;
use crate::core::variant;
use crate::t;

/// One run's row of the list.
#[derive(Debug, Clone, PartialEq)]
pub struct RunRow {
    /// Its name as the chart's legend writes it ("p = 0.50, input 0.20"), or "… — diverged"
    /// once its loss stopped being a number.
    pub label: String,
    /// Its latest losses, and accuracy when the task has one: "train 0.123 · val 0.456 · acc
    /// 91%" ("–" before the first epoch).
    pub numbers: String,
    /// Its variant's text form: the menu's value and what the link keeps ("" = plain dropout).
    pub variant: String,
    pub diverged: bool,
    /// Its drop rates, input first, each the shortest decimal of the f32 it trains with (what a
    /// slider shows and a link writes: 0.2, not 0.200000003).
    pub rates: Vec<f64>,
}

/// The whole list.
#[derive(Debug, Clone, PartialEq)]
pub struct RunsList {
    pub focused: usize,
    pub rows: Vec<RunRow>,
    /// The focused run's classic mistake, named after the run ("p = 0.50: …"), if it makes one.
    pub mistake: Option<String>,
    /// The runs whose validation loss climbs while their accuracy holds, in one sentence that
    /// says why, if any do.
    pub overconfident: Option<String>,
}

/// The list for `experiment`'s runs with run `focused` picked, in `notation`.
pub fn runs_list(experiment: &Experiment, focused: usize, notation: Notation) -> RunsList {
    let runs = experiment.runs();
    let names: Vec<String> = runs.iter().map(|r| r.label(notation)).collect();
    let rows = runs
        .iter()
        .zip(&names)
        .map(|(run, name)| row(run, name))
        .collect();
    let mistake = runs.get(focused).and_then(|run| {
        let m = run.variant().mistake?;
        Some(format!("{}: {}", names[focused], m.explanation()))
    });
    let climbing: Vec<&str> = runs
        .iter()
        .zip(&names)
        .filter(|(run, _)| run.history().overconfident())
        .map(|(_, name)| name.as_str())
        .collect();
    let overconfident =
        (!climbing.is_empty()).then(|| t!("runs-overconfident", runs = climbing.join("; ")));
    RunsList {
        focused,
        rows,
        mistake,
        overconfident,
    }
}

fn row(run: &Run, name: &str) -> RunRow {
    let diverged = run.diverged().is_some();
    RunRow {
        label: if diverged {
            t!("runs-diverged", run = name)
        } else {
            name.to_string()
        },
        numbers: numbers(run.history().last()),
        variant: variant::describe(run.rates().mode, run.variant()),
        diverged,
        rates: run.rates().rates.iter().map(|&p| shortest(p)).collect(),
    }
}

/// "train 0.123 · val 0.456", with "· acc 91%" once a classification has an accuracy
/// (regression never has one; no task has one before its first epoch).
fn numbers(last: Option<&HistoryPoint>) -> String {
    let finite = |v: Option<f32>| v.filter(|v| !v.is_nan());
    let loss = |v: Option<f32>| finite(v).map_or("–".into(), |v| fixed(v, 3));
    let train = loss(last.map(|p| p.train_loss_eval));
    let val = loss(last.map(|p| p.val_loss));
    match finite(last.and_then(|p| p.val_accuracy)) {
        None => t!("runs-numbers", train = train, val = val),
        Some(acc) => {
            let acc = fixed(100.0 * f64::from(acc), 0);
            t!("runs-numbers-acc", train = train, val = val, acc = acc)
        }
    }
}

/// The shortest decimal that reads back as `p` (Rust writes an f32 that way), as an f64.
fn shortest(p: f32) -> f64 {
    p.to_string().parse().unwrap_or(f64::from(p))
}
