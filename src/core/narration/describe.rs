//! Describe (the button and the key D): the whole state in sentences, on demand. The race, the
//! diagram layer by layer from the very masks the last step used, and what each run learned.
//! The sweep, the Inside views and the lesson have their notes written by the core already;
//! the page reads those out after these.

use super::narrator::{news, race_epoch};
use super::text;
use crate::core::data::{Task, class_of};
use crate::core::experiment::Experiment;
use crate::core::labels::Notation;
use crate::core::readout::LayerRule;

/// What the page is looking at: the focused run, the example of its minibatch the diagram
/// draws, train or eval mode, the notation, and the story's length if one is told.
#[derive(Debug, Clone, Copy)]
pub struct View {
    pub focused: usize,
    pub example: usize,
    pub train_view: bool,
    pub notation: Notation,
    pub story: Option<usize>,
}

/// The race: the epoch, then each run's losses, trend and accuracy.
pub fn race(experiment: &Experiment, view: View) -> String {
    let runs = experiment.runs().len();
    let all = news(experiment, view.notation);
    if all.is_empty() {
        return text::race_not_started(runs);
    }
    let mut parts = vec![text::race_heading(race_epoch(experiment), view.story, runs)];
    for (i, run) in &all {
        let accuracy = experiment.runs()[*i]
            .history()
            .last()
            .and_then(|p| p.val_accuracy);
        parts.push(text::race_run(run, accuracy, *i == view.focused));
    }
    parts.join(" ")
}

/// The drawn example's mask per dropout layer of run `run` (1 kept, 0 dropped), as the
/// diagram crosses units out and the snapshot reports them; `None` before the first step.
pub fn drawn_masks(experiment: &Experiment, run: usize, example: usize) -> Option<Vec<Vec<u8>>> {
    let run = experiment.run(run).ok()?;
    if run.steps() == 0 {
        return None;
    }
    let masks = (0..run.net().dropout_layers())
        .map(|l| {
            let mask = run.mask(l);
            let row = example.min(mask.nrows().saturating_sub(1));
            mask.row(row).iter().map(|&m| u8::from(m > 0.5)).collect()
        })
        .collect();
    Some(masks)
}

/// Per dropout layer of the focused run: `(layer, kept, units)` of [`drawn_masks`].
pub fn kept_counts(experiment: &Experiment, view: View) -> Option<Vec<(usize, usize, usize)>> {
    let masks = drawn_masks(experiment, view.focused, view.example)?;
    let counts = masks
        .iter()
        .enumerate()
        .map(|(l, m)| (l, m.iter().filter(|&&k| k == 1).count(), m.len()))
        .collect();
    Some(counts)
}

/// The diagram, layer by layer: "hidden 1: 65 of 128 units kept this step, kept units ×2."
pub fn diagram(experiment: &Experiment, view: View) -> String {
    let Ok(run) = experiment.run(view.focused) else {
        return String::new();
    };
    let label = run.label(view.notation);
    if !view.train_view {
        return text::diagram_heading(&label, view.example, false);
    }
    let Some(counts) = kept_counts(experiment, view) else {
        return text::diagram_not_started(&label);
    };
    let mut parts = vec![text::diagram_heading(&label, view.example, true)];
    for (layer, kept, units) in counts {
        // The scale of the rates that drew this mask (the slider may have moved since).
        let rates = crate::core::DropoutRates {
            rates: run.mask_rates().to_vec(),
            mode: run.rates().mode,
        };
        let scale = LayerRule::of(&rates, run.mask_variant(), layer).train_scale;
        parts.push(text::layer_kept(layer, kept, units, scale));
    }
    parts.join(" ")
}

/// What each run learned: its map's accuracy on the validation points and where its errors
/// lie (two-dimensional data), or its validation loss (regression, or more inputs).
pub fn maps(experiment: &mut Experiment, notation: Notation) -> String {
    let val = experiment.split().val.clone();
    let mut parts = Vec::new();
    for i in 0..experiment.runs().len() {
        let run = &experiment.runs()[i];
        let label = run.label(notation);
        let Some(last) = run.history().last().copied() else {
            continue;
        };
        if val.task == Task::Regression {
            parts.push(text::curve(&label, last.val_loss));
            continue;
        }
        let Ok(out) = experiment.predict(i, val.x.view()) else {
            continue;
        };
        let wrong: Vec<usize> = (0..val.len())
            .filter(|&k| class_of(out.row(k)) != class_of(val.y.row(k)))
            .collect();
        let accuracy = 1.0 - wrong.len() as f32 / val.len().max(1) as f32;
        let region = (val.x.ncols() == 2)
            .then(|| error_region(&val.x, &wrong))
            .flatten();
        parts.push(text::map(&label, accuracy, wrong.len(), val.len(), region));
    }
    parts.join(" ")
}

/// The quarter of the points' extent (split at the middle of each axis) holding most of the
/// points in `wrong`, if any is wrong.
fn error_region(x: &ndarray::Array2<f32>, wrong: &[usize]) -> Option<&'static str> {
    let middle = |c: usize| {
        let col = x.column(c);
        let (lo, hi) = col
            .iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(a, b), &v| {
                (a.min(v), b.max(v))
            });
        (lo + hi) / 2.0
    };
    let (mx, my) = (middle(0), middle(1));
    let mut quarters = [0usize; 4];
    for &k in wrong {
        let (upper, left) = (x[[k, 1]] >= my, x[[k, 0]] < mx);
        quarters[usize::from(upper) * 2 + usize::from(left)] += 1;
    }
    let (q, &n) = quarters
        .iter()
        .enumerate()
        .max_by_key(|&(q, &n)| (n, 3 - q))?;
    (n > 0).then(|| text::region(q >= 2, q % 2 == 1))
}

/// The sweep's first curve: its lowest point and the shape of the curve.
pub fn sweep(sweep: &crate::core::sweep::Sweep) -> String {
    use crate::core::sweep::{Kind, summary};
    let rows: Vec<_> = sweep
        .rows(0)
        .into_iter()
        .filter(|r| r.final_val.mean.is_finite())
        .collect();
    let (Some(best), Some(first), Some(last)) = (summary::lowest(&rows), rows.first(), rows.last())
    else {
        return text::sweep_empty();
    };
    let rate = sweep.plan().kind == Kind::Rate;
    let shape = if rate && summary::is_u(&rows) {
        text::SweepShape::U
    } else if best == 0 {
        text::SweepShape::LowestFirst
    } else if best == rows.len() - 1 {
        text::SweepShape::LowestLast
    } else {
        text::SweepShape::Other
    };
    let point = |r: &summary::Row| (r.x, r.final_val.mean);
    text::sweep(rate, point(&rows[best]), point(first), point(last), shape)
}
