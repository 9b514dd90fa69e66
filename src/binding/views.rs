//! Turns the experiment's state into the plain inputs of the render modules, and caches what is
//! expensive to recompute (decision maps) so drawing keeps to the frame budget.

use ndarray::Array2;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::Lab;
use crate::core::data::regression;
use crate::core::preset::DataSpec;
use crate::render::{
    self, ChartGeometry, DataPanel, DecisionGrid, DigitExample, Extent, GridCells, LabelledPoint,
    LayerWeights, LossChartView, LossSeries, PanelData,
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

/// The drawn example's mask per dropout layer of the focused run (1 kept, 0 dropped), or
/// `None` before the first step.
pub(super) fn drawn_masks(lab: &Lab) -> Option<Vec<Vec<u8>>> {
    let run = lab.experiment.run(lab.focused).ok()?;
    if run.steps() == 0 {
        return None;
    }
    let layers = lab.experiment.config().hidden.len() + 1;
    let masks = (0..layers)
        .map(|l| {
            let mask = run.mask(l);
            let example = lab.example.min(mask.nrows().saturating_sub(1));
            mask.row(example)
                .iter()
                .map(|&m| u8::from(m > 0.5))
                .collect()
        })
        .collect();
    Some(masks)
}

pub(super) fn draw_diagram(lab: &Lab, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
    let run = lab
        .experiment
        .run(lab.focused)
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let net = run.net();
    let sizes = net.layer_sizes();
    let weights: Vec<LayerWeights> = net
        .weights()
        .iter()
        .map(|w| LayerWeights {
            rows: w.nrows(),
            cols: w.ncols(),
            values: w.as_slice().unwrap_or(&[]),
        })
        .collect();
    let masks = drawn_masks(lab);
    let view = render::DiagramView {
        layer_sizes: &sizes,
        weights: &weights,
        drop_rates: &run.rates().rates,
        masks: masks.as_deref(),
        train_mode: lab.train_view,
        classic: run.rates().mode == crate::core::DropoutMode::Classic,
        layer_names: None,
    };
    render::draw_diagram(canvas, &view)
}

/// (epoch, loss) points of one curve.
type Curve = Vec<(f32, f32)>;

/// "p = 0.5", with the input rate when it is not zero.
pub(super) fn run_label(rates: &[f32]) -> String {
    let hidden = rates.get(1).copied().unwrap_or(0.0);
    if rates[0] > 0.0 {
        format!("p = {hidden:.2}, input {:.2}", rates[0])
    } else {
        format!("p = {hidden:.2}")
    }
}

pub(super) fn draw_loss(lab: &Lab, canvas: &HtmlCanvasElement) -> Result<ChartGeometry, JsValue> {
    let runs = lab.experiment.runs();
    let labels: Vec<String> = runs.iter().map(|r| run_label(&r.rates().rates)).collect();
    // Training loss is measured like validation loss (whole set, evaluation mode), so the gap
    // between the two curves is the generalisation gap and not dropout's own noise.
    let curves: Vec<(Curve, Curve)> = runs
        .iter()
        .map(|r| {
            let points = r.history().iter();
            let (train, val) = points
                .map(|p| {
                    (
                        (p.epoch as f32, p.train_loss_eval),
                        (p.epoch as f32, p.val_loss),
                    )
                })
                .unzip();
            (train, val)
        })
        .collect();
    let series: Vec<LossSeries> = runs
        .iter()
        .enumerate()
        .map(|(i, r)| LossSeries {
            label: &labels[i],
            colour: i,
            train: &curves[i].0,
            val: &curves[i].1,
            diverged: r.diverged().is_some(),
        })
        .collect();
    let hover_epoch = lab
        .hover_px
        .and_then(|x| lab.geometry.as_ref().and_then(|g| g.epoch_at(x)));
    let view = LossChartView {
        series: &series,
        focused: Some(lab.focused),
        log_y: lab.log_scale,
        hover_epoch,
    };
    render::draw_loss_chart(canvas, &view)
}

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

/// Decision maps, curves and digit answers per run, refreshed round-robin.
#[derive(Default)]
pub(super) struct DataCache {
    panels: Vec<PanelCache>,
    next: usize,
}

impl DataCache {
    pub fn invalidate(&mut self) {
        self.panels.clear();
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

fn class_of(y: ndarray::ArrayView1<f32>) -> u8 {
    if y.len() == 1 {
        u8::from(y[0] >= 0.5)
    } else {
        y.iter()
            .enumerate()
            .fold((0, f32::MIN), |b, (i, &v)| if v > b.1 { (i, v) } else { b })
            .0 as u8
    }
}

/// Recomputes one stale panel per frame (round-robin), so four runs never cost four maps in
/// one frame. Returns whether a panel is still behind the latest step (draw again soon).
fn refresh(lab: &mut Lab, now: f64) -> bool {
    let runs = lab.experiment.runs().len();
    lab.data.panels.resize_with(runs, PanelCache::default);
    for k in 0..runs {
        let i = (lab.data.next + k) % runs;
        let panel = &lab.data.panels[i];
        let fresh = panel.at_iteration == Some(lab.iteration);
        if fresh || (panel.at_iteration.is_some() && now - panel.at_ms < REFRESH_MS) {
            continue;
        }
        compute_panel(lab, i);
        lab.data.panels[i].at_iteration = Some(lab.iteration);
        lab.data.panels[i].at_ms = now;
        lab.data.next = i + 1;
        break;
    }
    lab.data
        .panels
        .iter()
        .any(|p| p.at_iteration != Some(lab.iteration))
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
            let (x0, x1, _, _) = spec.kind.extent();
            let xs = Array2::from_shape_fn((CURVE_POINTS, 1), |(k, _)| {
                x0 + (x1 - x0) * k as f32 / (CURVE_POINTS - 1) as f32
            });
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
            let (mut right, mut total) = ([0usize; 10], [0usize; 10]);
            let mut answers = Vec::with_capacity(val.len());
            for (o, y) in out.rows().into_iter().zip(val.y.rows()) {
                let (guess, truth) = (class_of(o), class_of(y));
                total[usize::from(truth)] += 1;
                right[usize::from(truth)] += usize::from(guess == truth);
                answers.push(guess);
            }
            panel.class_accuracy = (0..10)
                .map(|d| right[d] as f32 / total[d].max(1) as f32)
                .collect();
            panel.digits = answers.into_iter().enumerate().take(DIGITS_SHOWN).collect();
        }
    }
}

/// Draws the data panels; `Ok(true)` when a panel still shows an older step.
pub(super) fn draw_data(
    lab: &mut Lab,
    canvas: &HtmlCanvasElement,
    now: f64,
) -> Result<bool, JsValue> {
    let stale = refresh(lab, now);
    let split = lab.experiment.split();
    let labels: Vec<String> = lab
        .experiment
        .runs()
        .iter()
        .map(|r| run_label(&r.rates().rates))
        .collect();
    let points = |d: &crate::core::data::Dataset| -> Vec<LabelledPoint> {
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
    let pairs = |d: &crate::core::data::Dataset| -> Vec<(f32, f32)> {
        d.x.column(0)
            .iter()
            .zip(d.y.column(0))
            .map(|(&x, &y)| (x, y))
            .collect()
    };
    let (train, val) = (points(&split.train), points(&split.val));
    let (train_xy, val_xy) = (pairs(&split.train), pairs(&split.val));
    let truth: Vec<(f32, f32)> = match &lab.preset.data {
        DataSpec::Regression(spec) => {
            let (x0, x1, _, _) = spec.kind.extent();
            (0..CURVE_POINTS)
                .map(|k| x0 + (x1 - x0) * k as f32 / (CURVE_POINTS - 1) as f32)
                .map(|x| (x, regression::truth(spec.kind, x)))
                .collect()
        }
        _ => Vec::new(),
    };
    let digit_pixels: Vec<Vec<f32>> = (0..DIGITS_SHOWN.min(split.val.len()))
        .map(|k| split.val.x.row(k).to_vec())
        .collect();
    let digit_examples: Vec<Vec<DigitExample>> = lab
        .data
        .panels
        .iter()
        .map(|p| {
            p.digits
                .iter()
                .map(|&(k, guess)| DigitExample {
                    pixels: &digit_pixels[k],
                    predicted: guess,
                    truth: class_of(split.val.y.row(k)),
                })
                .collect()
        })
        .collect();
    let mut panels = Vec::new();
    for (i, cache) in lab.data.panels.iter().enumerate() {
        let data = match &lab.preset.data {
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
                let grid = DecisionGrid {
                    cols: GRID,
                    rows: GRID,
                    cells,
                };
                PanelData::Classifier {
                    grid,
                    extent: extent(spec.kind.extent()),
                    train: &train,
                    val: &val,
                }
            }
            DataSpec::Regression(spec) => PanelData::Regression {
                extent: extent(spec.kind.extent()),
                fitted: &cache.curve,
                truth: &truth,
                train: &train_xy,
                val: &val_xy,
            },
            DataSpec::Digits(_) => PanelData::Digits {
                examples: &digit_examples[i],
                class_accuracy: &cache.class_accuracy,
            },
        };
        panels.push(DataPanel {
            title: &labels[i],
            colour: i,
            data,
        });
    }
    render::draw_data_panels(canvas, &panels)?;
    Ok(stale)
}
