//! The Inside views as tables (#20): each view's figures as a caption, column heads and rows
//! of finished cells, so a student who cannot see the canvas reads the same numbers. The cells
//! are written here (losses to four decimals, shares as percentages, in the language's form),
//! not on the page; the words are the catalog's (`narration-table-*`, `narration-head-*`).

use crate::core::inside::averaging::AveragingJob;
use crate::core::inside::look::{Coadaptation, Job, Look};
use crate::core::inside::spread::SpreadJob;
use crate::core::inside::subnets::SubnetsJob;
use crate::core::l10n::fixed;
use crate::t;

/// A table: caption, column heads, rows of cells (the first cell of a row is its header).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn loss(v: f32) -> String {
    if v.is_finite() {
        fixed(v, 4)
    } else {
        "—".to_string()
    }
}

fn share(v: Option<f32>) -> String {
    v.filter(|v| v.is_finite()).map_or("—".to_string(), |v| {
        t!("narration-table-share", percent = fixed(100.0 * v, 1))
    })
}

/// The catalog's column heads `narration-head-{id}`.
fn heads<const N: usize>(ids: [&str; N]) -> Vec<String> {
    ids.iter()
        .map(|id| crate::core::l10n::text(&format!("narration-head-{id}"), None))
        .collect()
}

/// The figures of the Inside view `look` as far as it has got.
pub fn inside(look: &Look) -> Table {
    let run = look.focused.label.as_str();
    match &look.job {
        Job::Subnets(j) => subnets(j, run),
        Job::Averaging(j) => averaging(j, run),
        Job::Spread(j) => spread(j, run),
        Job::Coadaptation(c) => coadaptation(c),
    }
}

/// One row per thinned network: the units each layer keeps, and its weight in the average.
fn subnets(j: &SubnetsJob, run: &str) -> Table {
    let rows = j.masks.iter().enumerate().map(|(i, (mask, weight))| {
        let kept: Vec<String> = mask
            .iter()
            .map(|l| {
                let kept = l.iter().filter(|&&k| k).count();
                t!("narration-table-kept", kept = kept, units = l.len())
            })
            .collect();
        vec![(i + 1).to_string(), kept.join(", "), fixed(*weight, 4)]
    });
    Table {
        caption: t!("narration-table-subnets", run = run),
        heads: heads(["subnet", "units-kept", "weight"]),
        rows: rows.collect(),
    }
}

/// The weight-scaled network first, then the average of k thinned networks for each k.
fn averaging(j: &AveragingJob, run: &str) -> Table {
    let scaled = j.scaled.iter().map(|s| {
        let name = t!("narration-row-weight-scaling");
        vec![name, loss(s.loss), share(s.error)]
    });
    let averages = j.curve.iter().map(|p| {
        let name = t!("narration-row-average-of", k = p.k);
        vec![name, loss(p.loss), share(p.error)]
    });
    Table {
        caption: t!("narration-table-averaging", run = run),
        heads: heads(["networks", "validation-loss", "validation-error"]),
        rows: scaled.chain(averages).collect(),
    }
}

/// The spread map in three figures: its points, its largest and its mean spread.
fn spread(j: &SpreadJob, run: &str) -> Table {
    let std = j.std();
    let max = std.iter().copied().fold(0.0f32, f32::max);
    let mean = std.sum() / std.len().max(1) as f32;
    Table {
        caption: t!("narration-table-spread", run = run),
        heads: heads(["figure", "value"]),
        rows: vec![
            vec![t!("narration-row-points"), std.len().to_string()],
            vec![t!("narration-row-largest-spread"), loss(max)],
            vec![t!("narration-row-mean-spread"), loss(mean)],
        ],
    }
}

/// One row per compared run: units removed one at a time, the mean and the largest rise.
fn coadaptation(c: &Coadaptation) -> Table {
    let rows = c.runs.iter().map(|r| {
        vec![
            r.looked.label.clone(),
            r.job.removed.len().to_string(),
            r.job.mean_rise().map_or("—".to_string(), loss),
            r.job.largest_rise().map_or("—".to_string(), loss),
        ]
    });
    Table {
        caption: t!("narration-table-coadaptation"),
        heads: heads(["run", "units-removed", "mean-rise", "largest-rise"]),
        rows: rows.collect(),
    }
}
