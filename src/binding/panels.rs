//! The data panels: what each run learned (decision map, fitted curve, or digit answers). The
//! predictions behind them are costly, so they are cached per run and refreshed round-robin,
//! one run in a frame that draws the data canvas; the data points and the true curve never
//! change for a lab, so they are built once, and the canvas redraws only the panel refreshed.

use ndarray::Array2;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::Lab;
use crate::core::data::{self, Dataset, Split, regression};
use crate::core::preset::DataSpec;
use crate::render::{
    self, DataCanvasMemo, DataPanel, DecisionGrid, DigitExample, Extent, GridCells, LabelledPoint,
    PanelData,
};

/// Grid resolution of the decision maps: 32×32 evaluations per run, scaled up smoothly (a
/// 40×40 map of a 2-128-128-1 network costs a whole frame in the browser).
const GRID: usize = 32;
/// Points on a fitted regression curve.
const CURVE_POINTS: usize = 160;
/// Digits shown with the network's answer.
const DIGITS_SHOWN: usize = 6;
/// A run's data panel is recomputed at most this often while training.
const REFRESH_MS: f64 = 300.0;

/// What one run's panel shows, kept between frames.
#[derive(Default)]
struct PanelCache {
    binary: Vec<f32>,
    class: Vec<u8>,
    confidence: Vec<f32>,
    curve: Vec<(f32, f32)>,
    digits: Vec<(usize, u8)>,
    class_accuracy: Vec<f32>,
    at_iteration: Option<u64>,
    at_ms: f64,
}

/// Decision maps, curves and digit answers per run, refreshed round-robin, and the lab's
/// fixed scenery.
#[derive(Default)]
pub(super) struct DataCache {
    panels: Vec<PanelCache>,
    next: usize,
    scenery: Option<Scenery>,
    /// Bumped whenever a panel's content changes, so the canvas is redrawn only then.
    revision: u64,
    /// The keyboard's drawing cursor (#20), data coordinates; drawn on every panel.
    pub(super) cursor: Option<(f32, f32)>,
    /// What the data canvas shows now, so a frame redraws only the panel that changed.
    memo: DataCanvasMemo,
}

/// What every panel draws the same way for the lab's whole life: the data and the true curve.
struct Scenery {
    train: Vec<LabelledPoint>,
    val: Vec<LabelledPoint>,
    train_xy: Vec<(f32, f32)>,
    val_xy: Vec<(f32, f32)>,
    truth: Vec<(f32, f32)>,
    /// The first validation digits: pixels and true label.
    digits: Vec<(Vec<f32>, u8)>,
}

impl Scenery {
    /// `truth`: whether the curve's true function is known (not for the class's own points).
    fn new(split: &Split, data: &DataSpec, truth: bool) -> Self {
        let points = |d: &Dataset| -> Vec<LabelledPoint> {
            d.x.rows()
                .into_iter()
                .zip(d.y.rows())
                .map(|(x, y)| LabelledPoint {
                    x: x[0],
                    y: x.get(1).copied().unwrap_or(0.0),
                    class: class_of(y),
                })
                .collect()
        };
        let pairs = |d: &Dataset| -> Vec<(f32, f32)> {
            d.x.column(0)
                .iter()
                .zip(d.y.column(0))
                .map(|(&x, &y)| (x, y))
                .collect()
        };
        let truth = match data {
            DataSpec::Regression(spec) if truth => curve_xs(spec.kind.extent())
                .map(|x| (x, regression::truth(spec.kind, x)))
                .collect(),
            _ => Vec::new(),
        };
        let digits = match data {
            DataSpec::Digits(_) => (0..DIGITS_SHOWN.min(split.val.len()))
                .map(|k| (split.val.x.row(k).to_vec(), class_of(split.val.y.row(k))))
                .collect(),
            _ => Vec::new(),
        };
        Scenery {
            train: points(&split.train),
            val: points(&split.val),
            train_xy: pairs(&split.train),
            val_xy: pairs(&split.val),
            truth,
            digits,
        }
    }
}

/// `CURVE_POINTS` evenly spaced x across a plotting extent.
fn curve_xs(extent: (f32, f32, f32, f32)) -> impl Iterator<Item = f32> {
    let (x0, x1, _, _) = extent;
    (0..CURVE_POINTS).map(move |k| x0 + (x1 - x0) * k as f32 / (CURVE_POINTS - 1) as f32)
}

impl DataCache {
    pub fn invalidate(&mut self) {
        self.panels.clear();
        self.revision += 1;
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Puts the keyboard's cursor at `at` (or hides it); the panels are redrawn if it moved.
    pub fn set_cursor(&mut self, at: Option<(f32, f32)>) {
        if self.cursor != at {
            self.cursor = at;
            self.revision += 1;
        }
    }
}

fn extent(e: (f32, f32, f32, f32)) -> Extent {
    Extent {
        x0: e.0,
        x1: e.1,
        y0: e.2,
        y1: e.3,
    }
}

/// The class of a target or output row, as the render modules count classes.
fn class_of(y: ndarray::ArrayView1<f32>) -> u8 {
    data::class_of(y) as u8
}

/// Whether [`refresh`] would compute something now: the lab's scenery, or a panel behind the
/// latest step whose last refresh is at least `REFRESH_MS` old.
pub(super) fn due(lab: &Lab, now: f64) -> bool {
    let iteration = lab.experiment.iteration();
    let runs = lab.experiment.runs().len();
    lab.data.scenery.is_none()
        || (0..runs).any(|i| match lab.data.panels.get(i) {
            None => true,
            Some(p) => {
                p.at_iteration != Some(iteration)
                    && (p.at_iteration.is_none() || now - p.at_ms >= REFRESH_MS)
            }
        })
}

/// Whether some panel is still behind the latest step (the page should draw again soon).
pub(super) fn behind(lab: &Lab) -> bool {
    let iteration = lab.experiment.iteration();
    lab.data.scenery.is_none()
        || lab.data.panels.len() != lab.experiment.runs().len()
        || lab
            .data
            .panels
            .iter()
            .any(|p| p.at_iteration != Some(iteration))
}

/// Recomputes one stale panel (round-robin), so four runs never cost four maps in one frame;
/// the binding calls it only in a call that draws the data canvas (see `Lab::draw`). Bumps the
/// revision exactly once when [`due`] said so.
pub(super) fn refresh(lab: &mut Lab, now: f64) {
    let runs = lab.experiment.runs().len();
    lab.data.panels.resize_with(runs, PanelCache::default);
    if lab.data.scenery.is_none() {
        // The very first frame draws the data points only and the maps follow one frame
        // later: the page shows its first picture sooner.
        lab.data.scenery = Some(Scenery::new(
            lab.experiment.split(),
            &lab.preset.data,
            !lab.setup.source.own(),
        ));
        lab.data.revision += 1;
        return;
    }
    for k in 0..runs {
        let i = (lab.data.next + k) % runs;
        let panel = &lab.data.panels[i];
        let fresh = panel.at_iteration == Some(lab.experiment.iteration());
        if fresh || (panel.at_iteration.is_some() && now - panel.at_ms < REFRESH_MS) {
            continue;
        }
        compute_panel(lab, i);
        lab.data.revision += 1;
        lab.data.panels[i].at_iteration = Some(lab.experiment.iteration());
        lab.data.panels[i].at_ms = now;
        lab.data.next = i + 1;
        break;
    }
}

fn compute_panel(lab: &mut Lab, i: usize) {
    let data = lab.preset.data;
    let panel = &mut lab.data.panels[i];
    match data {
        DataSpec::Toy2d(spec) => {
            let e = extent(spec.kind.extent());
            let grid = Array2::from_shape_fn((GRID * GRID, 2), |(k, d)| {
                let (x, y) = e.grid_point(GRID, GRID, k % GRID, k / GRID);
                if d == 0 { x } else { y }
            });
            let Ok(out) = lab.experiment.predict(i, grid.view()) else {
                return;
            };
            if out.ncols() == 1 {
                panel.binary = out.column(0).to_vec();
            } else {
                panel.class = out.rows().into_iter().map(class_of).collect();
                panel.confidence = out
                    .rows()
                    .into_iter()
                    .map(|r| r.fold(0.0f32, |m, &v| m.max(v)))
                    .collect();
            }
        }
        DataSpec::Regression(spec) => {
            let xs =
                Array2::from_shape_vec((CURVE_POINTS, 1), curve_xs(spec.kind.extent()).collect())
                    .expect("CURVE_POINTS values");
            let Ok(out) = lab.experiment.predict(i, xs.view()) else {
                return;
            };
            panel.curve = xs
                .column(0)
                .iter()
                .zip(out.column(0))
                .map(|(&x, &y)| (x, y))
                .collect();
        }
        DataSpec::Digits(_) => {
            let val = lab.experiment.split().val.clone();
            let Ok(out) = lab.experiment.predict(i, val.x.view()) else {
                return;
            };
            panel.class_accuracy = data::class_accuracy(out.view(), val.y.view(), val.outputs());
            panel.digits = out
                .rows()
                .into_iter()
                .take(DIGITS_SHOWN)
                .map(class_of)
                .enumerate()
                .collect();
        }
    }
}

/// Draws the data panels as [`refresh`] last left them: those that changed, or all of them
/// when `everything` (see [`render::draw_data_panels_kept`]).
pub(super) fn draw_data(
    lab: &mut Lab,
    canvas: &HtmlCanvasElement,
    everything: bool,
) -> Result<(), JsValue> {
    let mut memo = std::mem::take(&mut lab.data.memo);
    let drawn = draw_data_with(lab, canvas, &mut memo, everything);
    lab.data.memo = memo;
    drawn
}

fn draw_data_with(
    lab: &Lab,
    canvas: &HtmlCanvasElement,
    memo: &mut DataCanvasMemo,
    everything: bool,
) -> Result<(), JsValue> {
    let Some(scene) = lab.data.scenery.as_ref() else {
        return Ok(());
    };
    let labels: Vec<String> = lab
        .experiment
        .runs()
        .iter()
        .map(|r| r.label(lab.notation))
        .collect();
    let digit_examples: Vec<Vec<DigitExample>> = lab
        .data
        .panels
        .iter()
        .map(|p| {
            p.digits
                .iter()
                .filter_map(|&(k, guess)| scene.digits.get(k).map(|d| (d, guess)))
                .map(|((pixels, truth), guess)| DigitExample {
                    pixels,
                    predicted: guess,
                    truth: *truth,
                })
                .collect()
        })
        .collect();
    let panels: Vec<DataPanel> = (lab.data.panels.iter().zip(&digit_examples))
        .enumerate()
        .map(|(i, (cache, digits))| DataPanel {
            title: &labels[i],
            colour: i,
            data: panel_data(&lab.preset.data, scene, cache, digits),
        })
        .collect();
    render::draw_data_panels_kept(canvas, &panels, lab.data.cursor, memo, everything)
}

/// What one run's panel draws from its cache and the lab's scenery.
fn panel_data<'a>(
    data: &DataSpec,
    scene: &'a Scenery,
    cache: &'a PanelCache,
    digits: &'a [DigitExample<'a>],
) -> PanelData<'a> {
    match data {
        DataSpec::Toy2d(spec) => {
            let cells = if cache.binary.len() == GRID * GRID {
                GridCells::Binary(&cache.binary)
            } else {
                GridCells::MultiClass {
                    class: &cache.class,
                    confidence: &cache.confidence,
                    classes: spec.kind.classes(),
                }
            };
            PanelData::Classifier {
                grid: DecisionGrid {
                    cols: GRID,
                    rows: GRID,
                    cells,
                },
                extent: extent(spec.kind.extent()),
                train: &scene.train,
                val: &scene.val,
            }
        }
        DataSpec::Regression(spec) => PanelData::Regression {
            extent: extent(spec.kind.extent()),
            fitted: &cache.curve,
            truth: &scene.truth,
            train: &scene.train_xy,
            val: &scene.val_xy,
        },
        DataSpec::Digits(_) => PanelData::Digits {
            examples: digits,
            class_accuracy: &cache.class_accuracy,
        },
    }
}
