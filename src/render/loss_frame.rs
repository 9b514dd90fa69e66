//! The frame both loss-against-something charts share (the loss chart over epochs, the sweep
//! chart over p or N): margins, a 1-2-5 mesh on two [`LossAxis`]es, the axis titles, and the
//! geometry the page needs to read the pointer back.

use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;

use super::loss_axis::{
    ChartGeometry, LossAxis, X_TICK_ROOM, Y_TICK_ROOM, short_number, tick_budget,
};
use super::palette::{GUIDE, INK, MUTED, Rgb};

/// A chart drawn with plotters on the canvas, both axes loss-like.
pub type LossChart<'a> = ChartContext<'a, CanvasBackend, Cartesian2d<LossAxis, LossAxis>>;

/// Draws the frame on `root` (`size`: its width and height in CSS pixels) with at most
/// `most_x_ticks` ticks under `x_desc`, and returns the chart to draw the curves on and where
/// its plot is. The y title says when the axis is logarithmic.
pub fn loss_frame<'a>(
    root: &'a DrawingArea<CanvasBackend, Shift>,
    size: (i32, f64),
    (x, y): (LossAxis, LossAxis),
    x_desc: &str,
    most_x_ticks: usize,
) -> Result<(LossChart<'a>, ChartGeometry), JsValue> {
    let (w, plot_h_total) = size;
    let (margin_right, y_label_area, x_label_area) = (18, 62, 46);
    let plot_w = f64::from(w - margin_right - y_label_area);
    let plot_h = plot_h_total - f64::from(6 + x_label_area);
    let mut chart = ChartBuilder::on(root)
        .margin_top(6)
        .margin_right(margin_right)
        .x_label_area_size(x_label_area)
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(x, y)
        .map_err(js_err)?;
    let family = super::text_fit::family_css();
    chart
        .configure_mesh()
        .x_desc(x_desc)
        .y_desc(if y.log {
            t!("chart-loss-log")
        } else {
            t!("chart-loss")
        })
        .label_style((family.as_str(), 14).into_font().color(&MUTED.plotters()))
        .axis_desc_style((family.as_str(), 15).into_font().color(&INK.plotters()))
        .bold_line_style(Rgb(0xE4, 0xE4, 0xE4).plotters())
        .light_line_style(TRANSPARENT)
        .axis_style(GUIDE.plotters())
        .x_labels(tick_budget(plot_w, X_TICK_ROOM, most_x_ticks))
        .y_labels(tick_budget(plot_h, Y_TICK_ROOM, 7))
        .x_label_formatter(&|v| short_number(*v))
        .y_label_formatter(&|v| short_number(*v))
        .draw()
        .map_err(js_err)?;
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let geometry = ChartGeometry {
        plot_left: f64::from(xr.start),
        plot_right: f64::from(xr.end - 1),
        plot_top: f64::from(yr.start),
        plot_bottom: f64::from(yr.end - 1),
        x_range: (x.lo, x.hi),
        y_range: (y.lo, y.hi),
        log_y: y.log,
    };
    Ok((chart, geometry))
}

fn js_err<E: std::fmt::Debug>(e: E) -> JsValue {
    JsValue::from_str(&format!("{e:?}"))
}
