//! A sweep's summary: one curve per measure (mean over seeds) with its min–max band shaded,
//! the best point ringed, the raced runs' rates marked as coloured ticks along the x axis and a
//! hover read-out. The x axis is the drop rate p (linear) or the training-set size N (log).

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::loss_axis::{ChartGeometry, LossAxis};
use super::loss_frame::loss_frame;
use super::palette::{self, GUIDE, INK, MUTED, Rgb};
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

const LEGEND_ROW: f64 = 22.0;

/// Draws the chart filling the canvas; returns where the plot is, for hover and clicks.
pub fn draw_sweep_chart(
    canvas: &HtmlCanvasElement,
    view: &SweepChartView,
) -> Result<ChartGeometry, JsValue> {
    let surface = Surface::prepare(canvas)?;
    let ctx = &surface.ctx;
    let legend_h = draw_legend(ctx, view, surface.width);
    let xs: Vec<f32> = view
        .curves
        .iter()
        .flat_map(|c| c.points.iter().map(|p| p.0))
        .collect();
    let (x_lo, x_hi) = (
        xs.iter().copied().fold(f32::INFINITY, f32::min),
        xs.iter().copied().fold(f32::NEG_INFINITY, f32::max),
    );
    let x_axis = if !x_lo.is_finite() {
        LossAxis {
            lo: 0.0,
            hi: 1.0,
            log: false,
        }
    } else if view.log_x {
        LossAxis {
            lo: x_lo / 1.25,
            hi: x_hi * 1.25,
            log: true,
        }
    } else {
        LossAxis {
            lo: x_lo - 0.05,
            hi: x_hi + 0.05,
            log: false,
        }
    };
    let ys: Vec<f32> = view
        .curves
        .iter()
        .flat_map(|c| c.points.iter().flat_map(|p| [p.2, p.3]))
        .filter(|v| v.is_finite() && (!view.log_y || *v > 0.0))
        .collect();
    let (lo, hi) = (
        ys.iter().copied().fold(f32::INFINITY, f32::min),
        ys.iter().copied().fold(f32::NEG_INFINITY, f32::max),
    );
    let y_axis = match (lo.is_finite(), view.log_y) {
        (false, log) => LossAxis {
            lo: if log { 0.1 } else { 0.0 },
            hi: 1.0,
            log,
        },
        (true, true) => LossAxis {
            lo: lo / 1.2,
            hi: if hi > lo { hi * 1.2 } else { lo * 2.0 },
            log: true,
        },
        (true, false) => {
            let lo = lo.min(0.0);
            LossAxis {
                lo,
                hi: if hi > lo {
                    lo + (hi - lo) * 1.08
                } else {
                    lo + 1.0
                },
                log: false,
            }
        }
    };

    let backend =
        CanvasBackend::with_canvas_object(canvas.clone()).ok_or_else(|| js_err("not a canvas"))?;
    let (w, h) = (surface.width.floor() as i32, surface.height.floor() as i32);
    let root = backend
        .into_drawing_area()
        .shrink((0, legend_h as i32), (w, (h - legend_h as i32).max(1)));
    let (mut chart, geometry) = loss_frame(
        &root,
        (w, f64::from(h) - legend_h),
        (x_axis, y_axis),
        view.x_label,
        10,
    )?;
    let x_px = |x: f32| {
        geometry.plot_left + x_axis.fraction(x) * (geometry.plot_right - geometry.plot_left)
    };

    let drawable = |v: f32| v.is_finite() && (!view.log_y || v > 0.0);
    for curve in view.curves {
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
            chart
                .draw_series(std::iter::once(Polygon::new(
                    outline,
                    colour.mix(0.15).filled(),
                )))
                .map_err(js_err)?;
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
    }
    if let Some((x, y)) = view.best.filter(|b| drawable(b.1)) {
        chart
            .draw_series(std::iter::once(Circle::new(
                (x, y),
                9,
                INK.plotters().stroke_width(2),
            )))
            .map_err(js_err)?;
        let at = (x_px(x), geometry.y_px(y) - 14.0);
        text(
            ctx,
            view.best_label,
            at,
            Font::new(14.0, INK).bold(),
            Anchor::BottomCentre,
        );
    }
    // The raced runs' rates: short coloured ticks standing on the x axis.
    for &(p, run) in view.marks {
        if !(x_axis.lo..=x_axis.hi).contains(&p) {
            continue;
        }
        ctx.set_stroke_style_str(&palette::run_colour(run).css());
        ctx.set_line_width(4.0);
        let x = x_px(p);
        line(
            ctx,
            (x, geometry.plot_bottom),
            (x, geometry.plot_bottom - 16.0),
        );
    }
    if view
        .curves
        .iter()
        .all(|c| c.points.iter().all(|p| !drawable(p.1)))
    {
        let centre = (
            (geometry.plot_left + geometry.plot_right) / 2.0,
            (geometry.plot_top + geometry.plot_bottom) / 2.0,
        );
        text(
            ctx,
            view.empty,
            centre,
            Font::new(16.0, MUTED),
            Anchor::Centre,
        );
    }
    if let Some((x, lines)) = view.hover {
        draw_readout(ctx, &geometry, x_px(x), lines);
    }
    Ok(geometry)
}

/// Legend above the plot: a line sample per curve, wrapped into rows. Returns its height.
fn draw_legend(ctx: &web_sys::CanvasRenderingContext2d, view: &SweepChartView, width: f64) -> f64 {
    let (mut x, mut y) = (12.0, 8.0);
    let font = Font::new(14.0, INK);
    for curve in view.curves {
        ctx.set_font("14px sans-serif");
        let text_w = ctx.measure_text(curve.label).map_or(100.0, |m| m.width());
        if x > 12.0 && x + 34.0 + text_w > width - 8.0 {
            x = 12.0;
            y += LEGEND_ROW;
        }
        ctx.set_stroke_style_str(&curve.colour.css());
        ctx.set_line_width(3.0);
        set_dash(ctx, if curve.dashed { &[7.0, 4.0] } else { &[] });
        line(ctx, (x, y + 8.0), (x + 26.0, y + 8.0));
        set_dash(ctx, &[]);
        text(ctx, curve.label, (x + 32.0, y + 8.0), font, Anchor::Left);
        x += 32.0 + text_w + 18.0;
    }
    y + LEGEND_ROW
}

/// A vertical guide at the hovered point and a box with its read-out, kept inside the plot.
fn draw_readout(
    ctx: &web_sys::CanvasRenderingContext2d,
    g: &ChartGeometry,
    x: f64,
    lines: &[String],
) {
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.0);
    line(ctx, (x, g.plot_top), (x, g.plot_bottom));
    ctx.set_font("14px sans-serif");
    let w = lines
        .iter()
        .map(|l| ctx.measure_text(l).map_or(100.0, |m| m.width()))
        .fold(0.0, f64::max)
        + 16.0;
    let h = 20.0 * lines.len() as f64 + 8.0;
    let left = if x + 10.0 + w <= g.plot_right {
        x + 10.0
    } else {
        (x - 10.0 - w).max(g.plot_left)
    };
    ctx.set_fill_style_str("rgba(255,255,255,0.92)");
    ctx.fill_rect(left, g.plot_top + 4.0, w, h);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.stroke_rect(left, g.plot_top + 4.0, w, h);
    for (i, l) in lines.iter().enumerate() {
        let at = (left + 8.0, g.plot_top + 18.0 + 20.0 * i as f64);
        text(ctx, l, at, Font::new(14.0, INK), Anchor::Left);
    }
}
