//! Turns an Inside view's state into the plain inputs of the render modules, and into the JSON
//! summary the tests read.

use ndarray::{Array2, ArrayView2};
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::super::inside_scene::{GRID, Scene, class_of};
use super::{Inside, Job};
use crate::core::data;
use crate::core::inside::subnets::SubnetsJob;
use crate::render::inside_charts::{self, AveragingView};
use crate::render::inside_maps::{self, SpreadView};
use crate::render::inside_units::{self, LayerStats, UnitsView};
use crate::render::{DataPanel, DecisionGrid, DigitExample, GridCells, PanelData};

pub(super) fn draw(inside: &Inside, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
    let (Some(job), Some(scene), Some(focused)) = (&inside.job, &inside.scene, &inside.focused)
    else {
        let waiting = "Pick a view and press Look inside: it looks at the focused run as it is now";
        return inside_maps::draw_waiting(canvas, waiting);
    };
    match job {
        Job::Subnets(j) => draw_subnets(canvas, j, scene, focused.colour),
        Job::Averaging(j) => {
            let loss: Vec<f32> = j.curve.iter().map(|p| p.loss).collect();
            let error: Vec<f32> = j.curve.iter().filter_map(|p| p.error).collect();
            let Some(scaled) = j.scaled else {
                return Ok(());
            };
            let view = AveragingView {
                loss: &loss,
                error: &error,
                scaled_loss: scaled.loss,
                scaled_error: scaled.error,
                max_k: crate::core::inside::averaging::MAX_K,
                colour: focused.colour,
            };
            inside_charts::draw_averaging(canvas, &view)
        }
        Job::Spread(j) => draw_spread(canvas, j, scene, inside),
        Job::Coadaptation(runs) => {
            let rises: Vec<Vec<f32>> = runs
                .iter()
                .map(|(_, j, _)| j.removed.iter().map(|r| r.rise).collect())
                .collect();
            let views: Vec<UnitsView> = runs
                .iter()
                .zip(&rises)
                .map(|((looked, _, stats), rises)| UnitsView {
                    label: &looked.label,
                    colour: looked.colour,
                    rises,
                    layers: stats
                        .iter()
                        .map(|s| LayerStats {
                            mean: s.mean,
                            near_zero: s.near_zero,
                            histogram: &s.histogram,
                            lo: s.lo,
                            hi: s.hi,
                        })
                        .collect(),
                })
                .collect();
            inside_units::draw_coadaptation(canvas, &views)
        }
    }
}

/// Per grid cell: the probability of class 1 (binary) or the predicted class and its probability.
struct Cells {
    binary: Vec<f32>,
    class: Vec<u8>,
    confidence: Vec<f32>,
}

fn cells(out: ArrayView2<f32>) -> Cells {
    if out.ncols() == 1 {
        return Cells {
            binary: out.column(0).to_vec(),
            class: Vec::new(),
            confidence: Vec::new(),
        };
    }
    Cells {
        binary: Vec::new(),
        class: out.rows().into_iter().map(class_of).collect(),
        confidence: out
            .rows()
            .into_iter()
            .map(|r| r.fold(0.0f32, |m, &v| m.max(v)))
            .collect(),
    }
}

/// One panel of the sub-networks view: its outputs, title, and mask (`None`: no single mask).
type Shown<'a> = (&'a Array2<f32>, String, Option<&'a [Vec<bool>]>);

fn draw_subnets(
    canvas: &HtmlCanvasElement,
    j: &SubnetsJob,
    scene: &Scene,
    colour: usize,
) -> Result<(), JsValue> {
    // Thinned networks so far, then their average and the full network once computed.
    let mut outputs: Vec<Shown> = j
        .outputs
        .iter()
        .zip(&j.masks)
        .enumerate()
        .map(|(i, (out, (mask, w)))| {
            let kept: usize = mask[1..]
                .iter()
                .map(|l| l.iter().filter(|&&k| k).count())
                .sum();
            let all: usize = mask[1..].iter().map(Vec::len).sum();
            let title = if j.exhaustive {
                format!("{} · prob {w:.3}", i + 1)
            } else {
                format!("{} · {kept}/{all}", i + 1)
            };
            (out, title, Some(mask.as_slice()))
        })
        .collect();
    // Short titles: a tiny network's 18 panels are narrow.
    let (average_title, full_title) = if j.exhaustive {
        ("exact mean".to_string(), "full, scaled")
    } else {
        (format!("average of {}", j.masks.len()), "full net, scaled")
    };
    if let Some(avg) = &j.average {
        outputs.push((avg, average_title, None));
    }
    if let Some(full) = &j.full {
        outputs.push((full, full_title.to_string(), None));
    }
    let all_cells: Vec<Cells> = outputs.iter().map(|(o, _, _)| cells(o.view())).collect();
    let mut panels = Vec::new();
    let mut guesses: Vec<Vec<DigitExample>> = Vec::new();
    let mut per_class: Vec<Vec<f32>> = Vec::new();
    if let Scene::Classes {
        classes,
        examples,
        targets,
    } = scene
    {
        for (out, _, _) in &outputs {
            per_class.push(data::class_accuracy(out.view(), targets.view(), *classes));
            guesses.push(
                examples
                    .iter()
                    .enumerate()
                    .map(|(k, (pixels, truth))| DigitExample {
                        pixels,
                        predicted: class_of(out.row(k)),
                        truth: *truth,
                    })
                    .collect(),
            );
        }
    }
    let curves: Vec<Vec<(f32, f32)>> = match scene {
        Scene::Curve { .. } => outputs
            .iter()
            .map(|(o, _, _)| {
                j.inputs()
                    .column(0)
                    .iter()
                    .zip(o.column(0))
                    .map(|(&x, &y)| (x, y))
                    .collect()
            })
            .collect(),
        _ => Vec::new(),
    };
    for (i, (_, title, _)) in outputs.iter().enumerate() {
        let data = match scene {
            Scene::Map {
                extent,
                classes,
                train,
                val,
            } => {
                let c = &all_cells[i];
                let cells = if c.binary.is_empty() {
                    GridCells::MultiClass {
                        class: &c.class,
                        confidence: &c.confidence,
                        classes: *classes,
                    }
                } else {
                    GridCells::Binary(&c.binary)
                };
                PanelData::Classifier {
                    grid: DecisionGrid {
                        cols: GRID,
                        rows: GRID,
                        cells,
                    },
                    extent: *extent,
                    train,
                    val,
                }
            }
            Scene::Curve { extent, train, val } => PanelData::Regression {
                extent: *extent,
                fitted: &curves[i],
                truth: &[],
                train,
                val,
            },
            Scene::Classes { .. } => PanelData::Digits {
                examples: &guesses[i],
                class_accuracy: &per_class[i],
            },
        };
        panels.push(DataPanel {
            title,
            colour,
            data,
        });
    }
    let masks: Vec<Option<&[Vec<bool>]>> = outputs.iter().map(|(_, _, m)| *m).collect();
    inside_maps::draw_subnets(canvas, &panels, &masks)
}

fn draw_spread(
    canvas: &HtmlCanvasElement,
    j: &crate::core::inside::spread::SpreadJob,
    scene: &Scene,
    inside: &Inside,
) -> Result<(), JsValue> {
    let Some(focused) = &inside.focused else {
        return Ok(());
    };
    let title = format!(
        "{} · {} thinned networks · spread of the predictions",
        focused.label,
        j.done()
    );
    let std = j.std().to_vec();
    match scene {
        Scene::Map {
            extent, train, val, ..
        } => {
            let view = SpreadView::Map {
                cols: GRID,
                rows: GRID,
                std: &std,
                extent: *extent,
                train,
                val,
            };
            inside_maps::draw_spread(canvas, &view, &title, focused.colour)
        }
        Scene::Curve { extent, train, val } => {
            let mean = j.mean();
            let curve: Vec<(f32, f32, f32)> = j
                .inputs()
                .column(0)
                .iter()
                .zip(mean.column(0))
                .zip(&std)
                .map(|((&x, &m), &s)| (x, m, s))
                .collect();
            let view = SpreadView::Band {
                extent: *extent,
                curve: &curve,
                train,
                val,
            };
            inside_maps::draw_spread(canvas, &view, &title, focused.colour)
        }
        Scene::Classes {
            classes, targets, ..
        } => {
            let mut sum = vec![0.0f32; *classes];
            let mut count = vec![0usize; *classes];
            for (row, &s) in targets.rows().into_iter().zip(&std) {
                let k = data::class_of(row);
                sum[k] += s;
                count[k] += 1;
            }
            let per_class: Vec<f32> = sum
                .iter()
                .zip(&count)
                .map(|(s, &n)| s / n.max(1) as f32)
                .collect();
            inside_maps::draw_spread(
                canvas,
                &SpreadView::Classes {
                    per_class: &per_class,
                },
                &title,
                focused.colour,
            )
        }
    }
}
