//! Turns an Inside view's state into the plain inputs of the render modules.

use ndarray::{Array2, ArrayView2};
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::super::inside_scene::{GRID, Scene, class_of};
use super::Inside;
use crate::core::data;
use crate::core::inside::averaging::{AveragingJob, MAX_K};
use crate::core::inside::look::{Coadaptation, Job, Looked};
use crate::core::inside::spread::{SpreadJob, mean_per_class};
use crate::core::inside::subnets::SubnetsJob;
use crate::render::inside_charts::{self, AveragingView};
use crate::render::inside_maps::{self, SpreadView};
use crate::render::inside_units::{self, LayerStats, UnitsView};
use crate::render::{DataPanel, DecisionGrid, DigitExample, GridCells, PanelData};

pub(super) fn draw(inside: &Inside, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
    let (Some(look), Some(scene)) = (&inside.look, &inside.scene) else {
        let waiting = crate::t!("inside-waiting");
        return inside_maps::draw_waiting(canvas, &waiting);
    };
    match &look.job {
        Job::Subnets(j) => draw_subnets(canvas, j, scene, look.focused.run),
        Job::Averaging(j) => draw_averaging(canvas, j, look.focused.run, inside.pointer),
        Job::Spread(j) => draw_spread(canvas, j, scene, &look.focused),
        Job::Coadaptation(c) => draw_coadaptation(canvas, c),
    }
}

fn draw_averaging(
    canvas: &HtmlCanvasElement,
    j: &AveragingJob,
    run: usize,
    pointer: Option<(f64, f64)>,
) -> Result<(), JsValue> {
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
        max_k: MAX_K,
        colour: run,
        pointer,
    };
    inside_charts::draw_averaging(canvas, &view)
}

fn draw_coadaptation(canvas: &HtmlCanvasElement, c: &Coadaptation) -> Result<(), JsValue> {
    let rises: Vec<Vec<f32>> = c
        .runs
        .iter()
        .map(|r| r.job.removed.iter().map(|u| u.rise).collect())
        .collect();
    let views: Vec<UnitsView> = c
        .runs
        .iter()
        .zip(&rises)
        .map(|(r, rises)| UnitsView {
            label: &r.looked.label,
            colour: r.looked.run,
            rises,
            mean_rise: r.job.mean_rise().unwrap_or(0.0),
            largest_rise: r.job.largest_rise().unwrap_or(0.0),
            layers: r
                .activity
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

/// The thinned networks computed so far, then their average and the full network once
/// computed, each with the title the core gives it.
fn shown(j: &SubnetsJob) -> Vec<Shown<'_>> {
    let thinned = (j.outputs.iter().zip(&j.masks)).map(|(out, (mask, _))| (out, Some(&mask[..])));
    let whole = j.average.iter().chain(&j.full).map(|out| (out, None));
    (thinned.chain(whole).zip(j.titles()))
        .map(|((out, mask), title)| (out, title, mask))
        .collect()
}

/// What one network answered, in the form its panel draws for this scene.
struct Answer<'s> {
    cells: Cells,
    curve: Vec<(f32, f32)>,
    guesses: Vec<DigitExample<'s>>,
    class_accuracy: Vec<f32>,
}

fn answer<'s>(scene: &'s Scene, out: &Array2<f32>, inputs: ArrayView2<f32>) -> Answer<'s> {
    let mut a = Answer {
        cells: cells(out.view()),
        curve: Vec::new(),
        guesses: Vec::new(),
        class_accuracy: Vec::new(),
    };
    match scene {
        Scene::Curve { .. } => {
            let xs = inputs.column(0);
            a.curve = xs
                .iter()
                .zip(out.column(0))
                .map(|(&x, &y)| (x, y))
                .collect();
        }
        Scene::Classes {
            classes,
            examples,
            targets,
        } => {
            a.class_accuracy = data::class_accuracy(out.view(), targets.view(), *classes);
            a.guesses = examples
                .iter()
                .enumerate()
                .map(|(k, (pixels, truth))| DigitExample {
                    pixels,
                    predicted: class_of(out.row(k)),
                    truth: *truth,
                })
                .collect();
        }
        Scene::Map { .. } => {}
    }
    a
}

/// The data panel of one network's answer.
fn panel_data<'a>(scene: &'a Scene, a: &'a Answer) -> PanelData<'a> {
    match scene {
        Scene::Map {
            extent,
            classes,
            train,
            val,
        } => {
            let c = &a.cells;
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
            fitted: &a.curve,
            truth: &[],
            train,
            val,
        },
        Scene::Classes { .. } => PanelData::Digits {
            examples: &a.guesses,
            class_accuracy: &a.class_accuracy,
        },
    }
}

fn draw_subnets(
    canvas: &HtmlCanvasElement,
    j: &SubnetsJob,
    scene: &Scene,
    colour: usize,
) -> Result<(), JsValue> {
    let outputs = shown(j);
    let answers: Vec<Answer> = outputs
        .iter()
        .map(|(out, _, _)| answer(scene, out, j.inputs()))
        .collect();
    let panels: Vec<DataPanel> = outputs
        .iter()
        .zip(&answers)
        .map(|((_, title, _), a)| DataPanel {
            title,
            colour,
            data: panel_data(scene, a),
        })
        .collect();
    let masks: Vec<Option<&[Vec<bool>]>> = outputs.iter().map(|(_, _, m)| *m).collect();
    inside_maps::draw_subnets(canvas, &panels, &masks)
}

fn draw_spread(
    canvas: &HtmlCanvasElement,
    j: &SpreadJob,
    scene: &Scene,
    focused: &Looked,
) -> Result<(), JsValue> {
    let title = j.title(&focused.label);
    let std = j.std().to_vec();
    let mean = j.mean();
    let curve: Vec<(f32, f32, f32)>;
    let per_class: Vec<f32>;
    let view = match scene {
        Scene::Map {
            extent, train, val, ..
        } => SpreadView::Map {
            cols: GRID,
            rows: GRID,
            std: &std,
            extent: *extent,
            train,
            val,
        },
        Scene::Curve { extent, train, val } => {
            let inputs = j.inputs();
            curve = (inputs.column(0).iter().zip(mean.column(0)).zip(&std))
                .map(|((&x, &m), &s)| (x, m, s))
                .collect();
            SpreadView::Band {
                extent: *extent,
                curve: &curve,
                train,
                val,
            }
        }
        Scene::Classes {
            classes, targets, ..
        } => {
            per_class = mean_per_class(&std, targets.view(), *classes);
            SpreadView::Classes {
                per_class: &per_class,
            }
        }
    };
    inside_maps::draw_spread(canvas, &view, &title, focused.run)
}
