//! The Inside views as tables (#20): each view's figures as a caption, column heads and rows
//! of finished cells, so a student who cannot see the canvas reads the same numbers. The cells
//! are written here (losses to four decimals, shares as percentages, in the language's form),
//! not on the page; the words are the catalog's (`narration-table-*`, `narration-head-*`).

use crate::core::inside::look::{Job, Look};
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
    let label = &look.focused.label;
    match &look.job {
        Job::Subnets(j) => Table {
            caption: t!("narration-table-subnets", run = label.as_str()),
            heads: heads(["subnet", "units-kept", "weight"]),
            rows: j
                .masks
                .iter()
                .enumerate()
                .map(|(i, (mask, weight))| {
                    let kept: Vec<String> = mask
                        .iter()
                        .map(|l| {
                            let kept = l.iter().filter(|&&k| k).count();
                            t!("narration-table-kept", kept = kept, units = l.len())
                        })
                        .collect();
                    vec![(i + 1).to_string(), kept.join(", "), fixed(*weight, 4)]
                })
                .collect(),
        },
        Job::Averaging(j) => {
            let mut rows: Vec<Vec<String>> = j
                .scaled
                .iter()
                .map(|s| {
                    let name = t!("narration-row-weight-scaling");
                    vec![name, loss(s.loss), share(s.error)]
                })
                .collect();
            rows.extend(j.curve.iter().map(|p| {
                let name = t!("narration-row-average-of", k = p.k);
                vec![name, loss(p.loss), share(p.error)]
            }));
            Table {
                caption: t!("narration-table-averaging", run = label.as_str()),
                heads: heads(["networks", "validation-loss", "validation-error"]),
                rows,
            }
        }
        Job::Spread(j) => {
            let std = j.std();
            let max = std.iter().copied().fold(0.0f32, f32::max);
            let mean = std.sum() / std.len().max(1) as f32;
            Table {
                caption: t!("narration-table-spread", run = label.as_str()),
                heads: heads(["figure", "value"]),
                rows: vec![
                    vec![t!("narration-row-points"), std.len().to_string()],
                    vec![t!("narration-row-largest-spread"), loss(max)],
                    vec![t!("narration-row-mean-spread"), loss(mean)],
                ],
            }
        }
        Job::Coadaptation(c) => Table {
            caption: t!("narration-table-coadaptation"),
            heads: heads(["run", "units-removed", "mean-rise", "largest-rise"]),
            rows: c
                .runs
                .iter()
                .map(|r| {
                    vec![
                        r.looked.label.clone(),
                        r.job.removed.len().to_string(),
                        r.job.mean_rise().map_or("—".to_string(), loss),
                        r.job.largest_rise().map_or("—".to_string(), loss),
                    ]
                })
                .collect(),
        },
    }
}
