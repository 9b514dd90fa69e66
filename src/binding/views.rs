//! Turns the experiment's state into the plain inputs of the render modules: the network
//! diagram and the loss chart. (The data panels, which cache their predictions, are in
//! `panels.rs`.)

use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::Lab;
use crate::core::diagram::DiagramNoise;
use crate::render::{self, ChartGeometry, LayerWeights, LossChartView, LossSeries};

/// The drawn example's mask per dropout layer of the focused run (1 kept, 0 dropped), or
/// `None` before the first step.
pub(super) fn drawn_masks(lab: &Lab) -> Option<Vec<Vec<u8>>> {
    crate::core::narration::describe::drawn_masks(&lab.experiment, lab.focused, lab.example)
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
    let noise = DiagramNoise::of(run, lab.train_view, lab.example);
    let masks = drawn_masks(lab).filter(|_| !noise.hides_masks());
    let view = render::DiagramView {
        layer_sizes: &sizes,
        weights: &weights,
        drop_rates: &noise.drop_rates,
        masks: masks.as_deref(),
        mask_rates: &noise.mask_rates,
        train_mode: lab.train_view,
        classic: noise.classic(lab.classic(), lab.train_view),
        layer_names: None,
        notation: lab.notation,
    };
    render::draw_diagram_with(canvas, &view, &super::variants::overlay(&noise))
}

/// (epoch, loss) points of one curve.
type Curve = Vec<(f32, f32)>;

pub(super) fn draw_loss(lab: &Lab, canvas: &HtmlCanvasElement) -> Result<ChartGeometry, JsValue> {
    let runs = lab.experiment.runs();
    let labels: Vec<String> = runs.iter().map(|r| r.label(lab.notation)).collect();
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
