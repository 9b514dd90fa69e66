//! A sweep's summary: one curve per measure (mean over seeds) with its min–max band shaded,
//! the best point ringed, the raced runs' rates marked as coloured ticks along the x axis and a
//! hover read-out. The x axis is the drop rate p (linear) or the training-set size N (log).

use plotters::prelude::*;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::chart_parts::{
    self, Entry, Key, draw_empty_note, draw_guide, draw_readout, loss_axis_with_headroom,
};
use super::loss_axis::{ChartGeometry, LossAxis};
use super::loss_chart::plot_area;
use super::loss_frame::{LossChart, loss_frame};
use super::palette::{INK, Rgb, WHITE};
use super::run_style::{RunStyle, draw_marker, run_style};
use super::surface::{Anchor, Font, Surface, line, set_dash, text};

/// One measure at each ladder point: `(x, mean, min, max)`; NaN where no seed has finished.
pub struct SweepCurve<'a> {
    pub label: &'a str,
    pub colour: Rgb,
    pub dashed: bool,
    pub points: &'a [(f32, f32, f32, f32)],
}

pub struct SweepChartView<'a> {
    pub x_label: &'a str,
    /// N on a log axis (a data-size sweep) rather than p on a linear one.
    pub log_x: bool,
    pub log_y: bool,
    pub curves: &'a [SweepCurve<'a>],
    /// The best point of the first curve, ringed and named.
    pub best: Option<(f32, f32)>,
    pub best_label: &'a str,
    /// Rates of the raced runs, `(p, run colour index)`, as ticks above the x axis.
    pub marks: &'a [(f32, usize)],
    /// Read-out lines for the hovered point, and its x.
    pub hover: Option<(f32, &'a [String])>,
    /// What the empty chart says ("press Run sweep").
    pub empty: &'a str,
}

fn js_err<E: std::fmt::Debug>(e: E) -> JsValue {
    JsValue::from_str(&format!("sweep chart: {e:?}"))
}

/// Draws the chart filling the canvas; returns where the plot is, for hover and clicks.
pub fn draw_sweep_chart(
    canvas: &HtmlCanvasElement,
    view: &SweepChartView,
) -> Result<ChartGeometry, JsValue> {
    let surface = Surface::prepare(canvas)?;
    let ctx = &surface.ctx;
    let legend_h = draw_legend(ctx, view, surface.width);
    let x_axis = x_axis(view);
    let root = plot_area(canvas, &surface, legend_h)?;
    let (mut chart, geometry) = loss_frame(
        &root,
        (
            surface.width.floor() as i32,
            surface.height.floor() - legend_h,
        ),
        (x_axis, y_axis(view)),
        view.x_label,
        10,
    )?;
    let x_px = |x: f32| {
        geometry.plot_left + x_axis.fraction(x) * (geometry.plot_right - geometry.plot_left)
    };
    let drawable = |v: f32| v.is_finite() && (!view.log_y || v > 0.0);
    for curve in view.curves {
        draw_curve(&mut chart, ctx, curve, drawable)?;
    }
    if let Some(best) = view.best.filter(|b| drawable(b.1)) {
        let label_at = (x_px(best.0), geometry.y_px(best.1) - 14.0);
        ring_best(&mut chart, ctx, best, view.best_label, label_at)?;
    }
    draw_run_marks(ctx, &geometry, &x_px, (x_axis.lo, x_axis.hi), view.marks);
    if view
        .curves
        .iter()
        .all(|c| c.points.iter().all(|p| !drawable(p.1)))
    {
        draw_empty_note(ctx, &geometry, view.empty);
    }
    if let Some((x, lines)) = view.hover {
        let rows: Vec<(String, Option<RunStyle>)> =
            lines.iter().map(|l| (l.clone(), None)).collect();
        draw_guide(ctx, &geometry, x_px(x));
        draw_readout(ctx, &geometry, x_px(x), &rows);
    }
    Ok(geometry)
}

/// The raced runs' rates `(p, run)` within `range`: short coloured ticks standing on the x
/// axis, each topped by its run's marker (the same as on the loss chart: not by colour alone).
fn draw_run_marks(
    ctx: &CanvasRenderingContext2d,
    geometry: &ChartGeometry,
    x_px: &dyn Fn(f32) -> f64,
    (lo, hi): (f32, f32),
    marks: &[(f32, usize)],
) {
    for &(p, run) in marks.iter().filter(|m| (lo..=hi).contains(&m.0)) {
        let style = run_style(run);
        ctx.set_stroke_style_str(&style.colour.css());
        ctx.set_line_width(4.0);
        let (x, bottom) = (x_px(p), geometry.plot_bottom);
        line(ctx, (x, bottom), (x, bottom - 16.0));
        let top = (x, bottom - 20.0);
        draw_marker(
            ctx,
            top,
            4.5,
            style.marker,
            Some(style.colour),
            Some((WHITE, 1.0)),
        );
    }
}

/// The best point ringed, its name above it at `label_at`.
fn ring_best(
    chart: &mut LossChart,
    ctx: &CanvasRenderingContext2d,
    best: (f32, f32),
    label: &str,
    label_at: (f64, f64),
) -> Result<(), JsValue> {
    let ring = Circle::new(best, 9, INK.plotters().stroke_width(2));
    chart.draw_series(std::iter::once(ring)).map_err(js_err)?;
    let font = Font::new(14.0, INK).bold();
    text(ctx, label, label_at, font, Anchor::BottomCentre);
    Ok(())
}

/// p from a little before the first point to a little after the last; N on a log axis a
/// quarter beyond each end.
fn x_axis(view: &SweepChartView) -> LossAxis {
    let xs = view
        .curves
        .iter()
        .flat_map(|c| c.points.iter().map(|p| p.0));
    let x_lo = xs.clone().fold(f32::INFINITY, f32::min);
    let x_hi = xs.fold(f32::NEG_INFINITY, f32::max);
    let (lo, hi, log) = if !x_lo.is_finite() {
        (0.0, 1.0, false)
    } else if view.log_x {
        (x_lo / 1.25, x_hi * 1.25, true)
    } else {
        (x_lo - 0.05, x_hi + 0.05, false)
    };
    LossAxis { lo, hi, log }
}

/// Every band's extent, with the loss axis's usual headroom.
fn y_axis(view: &SweepChartView) -> LossAxis {
    let ys = view
        .curves
        .iter()
        .flat_map(|c| c.points.iter().flat_map(|p| [p.2, p.3]))
        .filter(|v| v.is_finite() && (!view.log_y || *v > 0.0));
    let lo = ys.clone().fold(f32::INFINITY, f32::min);
    let hi = ys.fold(f32::NEG_INFINITY, f32::max);
    loss_axis_with_headroom(lo, hi, view.log_y)
}

/// One measure: its min–max band shaded, the means joined and dotted.
fn draw_curve(
    chart: &mut LossChart,
    ctx: &CanvasRenderingContext2d,
    curve: &SweepCurve,
    drawable: impl Fn(f32) -> bool,
) -> Result<(), JsValue> {
    let done: Vec<&(f32, f32, f32, f32)> = curve
        .points
        .iter()
        .filter(|p| drawable(p.1) && drawable(p.2) && drawable(p.3))
        .collect();
    let colour = curve.colour.plotters();
    if done.len() > 1 {
        let outline: Vec<(f32, f32)> = done
            .iter()
            .map(|p| (p.0, p.3))
            .chain(done.iter().rev().map(|p| (p.0, p.2)))
            .collect();
        let band = Polygon::new(outline, colour.mix(0.15).filled());
        chart.draw_series(std::iter::once(band)).map_err(js_err)?;
    }
    let means: Vec<(f32, f32)> = done.iter().map(|p| (p.0, p.1)).collect();
    set_dash(ctx, if curve.dashed { &[9.0, 6.0] } else { &[] });
    chart
        .draw_series(LineSeries::new(
            means.iter().copied(),
            colour.stroke_width(3),
        ))
        .map_err(js_err)?;
    set_dash(ctx, &[]);
    chart
        .draw_series(means.iter().map(|&p| Circle::new(p, 4, colour.filled())))
        .map_err(js_err)?;
    Ok(())
}

/// Legend above the plot: a line sample per curve, wrapped into rows. Returns its height.
fn draw_legend(ctx: &CanvasRenderingContext2d, view: &SweepChartView, width: f64) -> f64 {
    let entries: Vec<Entry> = view
        .curves
        .iter()
        .map(|c| Entry {
            label: c.label.to_string(),
            colour: c.colour,
            key: Key::Line { dashed: c.dashed },
            bold: false,
            gap: 0.0,
        })
        .collect();
    chart_parts::draw_legend(ctx, &entries, width)
}
