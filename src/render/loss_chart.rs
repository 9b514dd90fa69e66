//! Live loss curves for the raced dropout rates: training loss solid, validation loss dashed,
//! one Okabe–Ito colour per run, the focused run's generalisation gap shaded, and an optional
//! hover line with a read-out. Drawn with plotters on the canvas backend; the legend and the
//! read-out are drawn with the context directly so they never cover the curves.

use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::chart_parts::{draw_empty_note, loss_axis_with_headroom};
use super::loss_axis::{ChartGeometry, LossAxis, pieces_in_range, thin};
use super::loss_frame::{LossChart, loss_frame};
use super::loss_overlay::{draw_hover, draw_legend, draw_markers};
use super::loss_series::{LossChartView, LossSeries};
use super::palette;
use super::run_style::run_style;
use super::surface::{Surface, set_dash};

pub(crate) fn plotted(points: &[(f32, f32)], log_y: bool) -> Vec<(f32, f32)> {
    points
        .iter()
        .copied()
        .filter(|(e, l)| e.is_finite() && l.is_finite() && (!log_y || *l > 0.0))
        .collect()
}

/// Axis ranges: epochs from 0, losses from the runs that did not diverge (a blown-up run would
/// otherwise flatten every other curve), falling back to all runs, then to a unit range.
fn ranges(view: &LossChartView) -> ((f32, f32), LossAxis) {
    let points = |only_stable: bool| -> Vec<(f32, f32)> {
        let runs = view.series.iter().filter(|s| !only_stable || !s.diverged);
        runs.flat_map(|s| {
            plotted(s.train, view.log_y)
                .into_iter()
                .chain(plotted(s.val, view.log_y))
        })
        .collect()
    };
    let mut all = points(true);
    if all.is_empty() {
        all = points(false);
    }
    let max_epoch = all.iter().map(|p| p.0).fold(0.0f32, f32::max);
    let x = (0.0, if max_epoch > 0.0 { max_epoch } else { 1.0 });
    let lo = all.iter().map(|p| p.1).fold(f32::INFINITY, f32::min);
    let hi = all.iter().map(|p| p.1).fold(f32::NEG_INFINITY, f32::max);
    (x, loss_axis_with_headroom(lo, hi, view.log_y))
}

fn js_err<E: std::fmt::Debug>(e: E) -> JsValue {
    JsValue::from_str(&format!("loss chart: {e:?}"))
}

/// Draw the chart filling the canvas; returns where the plot ended up, for hover mapping.
pub fn draw_loss_chart(
    canvas: &HtmlCanvasElement,
    view: &LossChartView,
) -> Result<ChartGeometry, JsValue> {
    let surface = Surface::prepare(canvas)?;
    let ctx = &surface.ctx;
    let legend_height = draw_legend(ctx, view, surface.width);
    let ((x0, x1), axis) = ranges(view);
    let root = plot_area(canvas, &surface, legend_height)?;
    // The epoch axis uses the same 1-2-5 ticks as the loss axis, so their spacing is known
    // here and tested (tests/render_wasm/loss_chart.rs) rather than left to plotters.
    let epochs = LossAxis {
        lo: x0,
        hi: x1,
        log: false,
    };
    let plot_h = surface.height.floor() - legend_height;
    let (mut chart, geometry) = loss_frame(
        &root,
        (surface.width.floor() as i32, plot_h),
        (epochs, axis),
        &t!("chart-epoch"),
        8,
    )?;
    // Clip to the plot so a diverging run leaves the chart instead of crossing the labels.
    ctx.save();
    clip_to_plot(ctx, &geometry);
    // Curves thinned to a few points per 4 CSS px of plot width: a canvas dash pattern over
    // hundreds of sub-pixel segments is what makes a long validation curve slow.
    let buckets = ((geometry.plot_right - geometry.plot_left) / 4.0).max(1.0) as usize;
    let drawn = |points: &[(f32, f32)]| thin(&plotted(points, view.log_y), (x0, x1), buckets);
    if let Some(s) = view.focused.and_then(|f| view.series.get(f)) {
        shade_gap(&mut chart, s.colour, drawn(s.train), drawn(s.val))?;
    }
    for (i, s) in view.series.iter().enumerate() {
        let width = if view.focused == Some(i) { 4 } else { 3 };
        let curves = (drawn(s.train), drawn(s.val));
        draw_run(&mut chart, ctx, &axis, s.colour, width, &curves)?;
        draw_markers(ctx, &geometry, s.colour, &curves);
    }
    ctx.restore();
    let empty = |s: &LossSeries| {
        plotted(s.train, view.log_y).is_empty() && plotted(s.val, view.log_y).is_empty()
    };
    if view.series.iter().all(empty) {
        draw_empty_note(ctx, &geometry, &t!("chart-no-losses"));
    }
    if let Some(epoch) = view
        .hover_epoch
        .filter(|e| e.is_finite() && *e >= x0 && *e <= x1)
    {
        draw_hover(ctx, view, &geometry, epoch);
    }
    Ok(geometry)
}

/// The canvas below a legend `legend_height` tall, as a plotters drawing area.
pub(crate) fn plot_area(
    canvas: &HtmlCanvasElement,
    surface: &Surface,
    legend_height: f64,
) -> Result<DrawingArea<CanvasBackend, Shift>, JsValue> {
    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(|| js_err("not a canvas"))?;
    // The backend reports the backing store size; plotters draws in CSS pixels here because the
    // context already carries the dpr transform, so confine it to the CSS-sized area.
    let (w, h) = (surface.width.floor() as i32, surface.height.floor() as i32);
    Ok(backend.into_drawing_area().shrink(
        (0, legend_height as i32),
        (w, (h - legend_height as i32).max(1)),
    ))
}

fn clip_to_plot(ctx: &CanvasRenderingContext2d, g: &ChartGeometry) {
    ctx.begin_path();
    ctx.rect(
        g.plot_left,
        g.plot_top,
        g.plot_right - g.plot_left + 1.0,
        g.plot_bottom - g.plot_top + 1.0,
    );
    ctx.clip();
}

/// (epoch, loss) points as drawn.
type Points = Vec<(f32, f32)>;

/// The focused run's generalisation gap: the area between its training and validation curves.
fn shade_gap(
    chart: &mut LossChart,
    colour: usize,
    train: Points,
    val: Points,
) -> Result<(), JsValue> {
    if train.is_empty() || val.is_empty() {
        return Ok(());
    }
    let outline: Vec<_> = train.into_iter().chain(val.into_iter().rev()).collect();
    let fill = palette::run_colour(colour).plotters().mix(0.18).filled();
    chart
        .draw_series(std::iter::once(Polygon::new(outline, fill)))
        .map_err(js_err)?;
    Ok(())
}

/// One run: training loss solid, validation loss dashed in the run's own rhythm (see
/// [`super::run_style`]); its markers are drawn over both by `draw_markers`.
fn draw_run(
    chart: &mut LossChart,
    ctx: &CanvasRenderingContext2d,
    axis: &LossAxis,
    colour: usize,
    width: u32,
    (train, val): &(Points, Points),
) -> Result<(), JsValue> {
    let style = run_style(colour);
    let solid = style.colour.plotters().stroke_width(width);
    for piece in pieces_in_range(train, axis) {
        chart
            .draw_series(LineSeries::new(piece, solid))
            .map_err(js_err)?;
    }
    // Validation dashed by the canvas itself: the backend strokes each path with the shared
    // context, so one native dashed stroke per curve replaces plotters' `DashedLineSeries`,
    // which strokes every dash separately (about 3× the cost of the solid curves).
    set_dash(ctx, style.dash);
    for piece in pieces_in_range(val, axis) {
        chart
            .draw_series(LineSeries::new(piece, solid))
            .map_err(js_err)?;
    }
    set_dash(ctx, &[]);
    Ok(())
}
