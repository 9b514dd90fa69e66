//! Live loss curves for the raced dropout rates: training loss solid, validation loss dashed,
//! one Okabe–Ito colour per run, the focused run's generalisation gap shaded, and an optional
//! hover line with a read-out. Drawn with plotters on the canvas backend; the legend and the
//! read-out are drawn with the context directly so they never cover the curves.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::loss_axis::{ChartGeometry, LossAxis, pieces_in_range, thin};
use super::loss_frame::loss_frame;
use super::loss_overlay::{draw_hover, draw_legend};
use super::loss_series::LossChartView;
use super::palette::{self, MUTED};
use super::surface::{Anchor, Font, Surface, set_dash, text_fitted};

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
    let axis = match (view.log_y, lo.is_finite()) {
        (true, true) => LossAxis {
            lo: lo / 1.25,
            hi: if hi > lo { hi * 1.25 } else { lo * 2.5 },
            log: true,
        },
        (true, false) => LossAxis {
            lo: 0.01,
            hi: 1.0,
            log: true,
        },
        (false, true) => {
            let lo = lo.min(0.0);
            LossAxis {
                lo,
                hi: if hi > lo {
                    lo + (hi - lo) * 1.05
                } else {
                    lo + 1.0
                },
                log: false,
            }
        }
        (false, false) => LossAxis {
            lo: 0.0,
            hi: 1.0,
            log: false,
        },
    };
    (x, axis)
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

    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(|| js_err("not a canvas"))?;
    // The backend reports the backing store size; plotters draws in CSS pixels here because the
    // context already carries the dpr transform, so confine it to the CSS-sized area.
    let (w, h) = (surface.width.floor() as i32, surface.height.floor() as i32);
    let root = backend.into_drawing_area().shrink(
        (0, legend_height as i32),
        (w, (h - legend_height as i32).max(1)),
    );
    // The epoch axis uses the same 1-2-5 ticks as the loss axis, so their spacing is known
    // here and tested (tests/render_wasm/loss_chart.rs) rather than left to plotters.
    let epochs = LossAxis {
        lo: x0,
        hi: x1,
        log: false,
    };
    let (mut chart, geometry) = loss_frame(
        &root,
        (w, f64::from(h) - legend_height),
        (epochs, axis),
        "epoch",
        8,
    )?;

    // Clip to the plot so a diverging run leaves the chart instead of crossing the labels.
    ctx.save();
    ctx.begin_path();
    ctx.rect(
        geometry.plot_left,
        geometry.plot_top,
        geometry.plot_right - geometry.plot_left + 1.0,
        geometry.plot_bottom - geometry.plot_top + 1.0,
    );
    ctx.clip();
    // Curves thinned to a few points per 4 CSS px of plot width: a canvas dash pattern over
    // hundreds of sub-pixel segments is what makes a long validation curve slow.
    let buckets = ((geometry.plot_right - geometry.plot_left) / 4.0).max(1.0) as usize;
    let drawn = |points: &[(f32, f32)]| thin(&plotted(points, view.log_y), (x0, x1), buckets);
    if let Some(s) = view.focused.and_then(|f| view.series.get(f)) {
        let (train, val) = (drawn(s.train), drawn(s.val));
        if !train.is_empty() && !val.is_empty() {
            let outline: Vec<_> = train.into_iter().chain(val.into_iter().rev()).collect();
            let fill = palette::run_colour(s.colour).plotters().mix(0.18).filled();
            chart
                .draw_series(std::iter::once(Polygon::new(outline, fill)))
                .map_err(js_err)?;
        }
    }
    for (i, s) in view.series.iter().enumerate() {
        let colour = palette::run_colour(s.colour).plotters();
        let width = if view.focused == Some(i) { 4 } else { 3 };
        let (train, val) = (drawn(s.train), drawn(s.val));
        let solid = colour.stroke_width(width);
        for piece in pieces_in_range(&train, &axis) {
            chart
                .draw_series(LineSeries::new(piece, solid))
                .map_err(js_err)?;
        }
        // Validation dashed by the canvas itself: the backend strokes each path with the shared
        // context, so one native dashed stroke per curve replaces plotters' `DashedLineSeries`,
        // which strokes every dash separately (about 3× the cost of the solid curves).
        set_dash(ctx, &[10.0, 7.0]);
        for piece in pieces_in_range(&val, &axis) {
            chart
                .draw_series(LineSeries::new(piece, solid))
                .map_err(js_err)?;
        }
        set_dash(ctx, &[]);
        // Mark the latest values (a lone first point would otherwise be invisible), unless they
        // are off the chart: plotters would pin them to its edge.
        let on_chart = |p: &&(f32, f32)| (0.0..=1.0).contains(&axis.fraction(p.1));
        if let Some(&p) = train.last().filter(on_chart) {
            chart
                .draw_series(std::iter::once(Circle::new(p, 4, colour.filled())))
                .map_err(js_err)?;
        }
        if let Some(&p) = val.last().filter(on_chart) {
            chart
                .draw_series(std::iter::once(Circle::new(p, 4, colour.stroke_width(2))))
                .map_err(js_err)?;
        }
    }
    ctx.restore();

    if view
        .series
        .iter()
        .all(|s| plotted(s.train, view.log_y).is_empty() && plotted(s.val, view.log_y).is_empty())
    {
        let centre = (
            (geometry.plot_left + geometry.plot_right) / 2.0,
            (geometry.plot_top + geometry.plot_bottom) / 2.0,
        );
        text_fitted(
            ctx,
            "no losses yet",
            centre,
            Font::new(16.0, MUTED),
            Anchor::Centre,
            geometry.plot_right - geometry.plot_left,
        );
    }
    if let Some(epoch) = view
        .hover_epoch
        .filter(|e| e.is_finite() && *e >= x0 && *e <= x1)
    {
        draw_hover(ctx, view, &geometry, epoch);
    }
    Ok(geometry)
}
