//! The Inside views as tables (#20): each view's figures as a caption, column heads and rows
//! of finished cells, so a student who cannot see the canvas reads the same numbers. The cells
//! are written here (losses to four decimals, shares as percentages), not on the page.

use crate::core::inside::look::{Job, Look};

/// A table: caption, column heads, rows of cells (the first cell of a row is its header).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub heads: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

fn loss(v: f32) -> String {
    if v.is_finite() {
        format!("{v:.4}")
    } else {
        "—".to_string()
    }
}

fn share(v: Option<f32>) -> String {
    v.filter(|v| v.is_finite())
        .map_or("—".to_string(), |v| format!("{:.1} %", 100.0 * v))
}

fn strings<const N: usize>(heads: [&str; N]) -> Vec<String> {
    heads.iter().map(|h| h.to_string()).collect()
}

/// The figures of the Inside view `look` as far as it has got.
pub fn inside(look: &Look) -> Table {
    let label = &look.focused.label;
    match &look.job {
        Job::Subnets(j) => Table {
            caption: format!(
                "Sub-networks of {label}: units each keeps, and its weight in the average"
            ),
            heads: strings(["Sub-network", "Units kept per layer", "Weight"]),
            rows: j
                .masks
                .iter()
                .enumerate()
                .map(|(i, (mask, weight))| {
                    let kept: Vec<String> = mask
                        .iter()
                        .map(|l| format!("{} of {}", l.iter().filter(|&&k| k).count(), l.len()))
                        .collect();
                    vec![(i + 1).to_string(), kept.join(", "), format!("{weight:.4}")]
                })
                .collect(),
        },
        Job::Averaging(j) => {
            let mut rows: Vec<Vec<String>> = j
                .scaled
                .iter()
                .map(|s| vec!["weight scaling".to_string(), loss(s.loss), share(s.error)])
                .collect();
            rows.extend(
                j.curve
                    .iter()
                    .map(|p| vec![format!("average of {}", p.k), loss(p.loss), share(p.error)]),
            );
            Table {
                caption: format!("Averaging thinned networks of {label} against weight scaling"),
                heads: strings(["Networks", "Validation loss", "Validation error"]),
                rows,
            }
        }
        Job::Spread(j) => {
            let std = j.std();
            let max = std.iter().copied().fold(0.0f32, f32::max);
            let mean = std.sum() / std.len().max(1) as f32;
            Table {
                caption: format!("Uncertainty from dropout (MC dropout) of {label}"),
                heads: strings(["Figure", "Value"]),
                rows: vec![
                    vec!["points on the map".to_string(), std.len().to_string()],
                    vec!["largest spread (standard deviation)".to_string(), loss(max)],
                    vec!["mean spread".to_string(), loss(mean)],
                ],
            }
        }
        Job::Coadaptation(c) => Table {
            caption: "Co-adaptation: validation loss added by removing one unit at a time"
                .to_string(),
            heads: strings(["Run", "Units removed", "Mean rise", "Largest rise"]),
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
