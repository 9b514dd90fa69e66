//! Inside dropout, Monte-Carlo averaging against weight scaling: validation loss and error over
//! k on a log axis, the scaled network as a dashed line. (Co-adaptation is in `inside_units`.)
//! Drawn with the pieces every chart shares (`chart_parts`): the legend above the plots, the
//! loss axis's headroom, and the guide with its read-out box at the pointer.

use crate::t;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::chart_parts::{self, Entry, Key};
use super::loss_axis::{ChartGeometry, short_number, tick_budget};
use super::palette::{GUIDE, INK, MUTED, run_colour};
use super::run_style::run_style;
use super::surface::{Anchor, Font, Surface, circle, line, set_dash, text};

/// The averaging curve: `loss[k-1]` and `error[k-1]` after averaging k thinned networks
/// (`error` empty for regression), and the weight-scaled network's.
pub struct AveragingView<'a> {
    pub loss: &'a [f32],
    pub error: &'a [f32],
    pub scaled_loss: f32,
    pub scaled_error: Option<f32>,
    pub max_k: usize,
    pub colour: usize,
    /// Where the pointer is over the canvas, drawing units: the chart under it reads out the
    /// values at the nearest k.
    pub pointer: Option<(f64, f64)>,
}

/// One of the view's charts: its title, the averaged values by k, the scaled network's value.
struct Curve<'a> {
    name: String,
    values: &'a [f32],
    scaled: Option<f32>,
}

pub fn draw_averaging(canvas: &HtmlCanvasElement, v: &AveragingView) -> Result<(), JsValue> {
    let s = Surface::prepare(canvas)?;
    let top = draw_legend(&s.ctx, v, s.width);
    let mut curves = vec![Curve {
        name: t!("inside-validation-loss"),
        values: v.loss,
        scaled: Some(v.scaled_loss),
    }];
    if !v.error.is_empty() {
        curves.push(Curve {
            name: t!("inside-validation-error"),
            values: v.error,
            scaled: v.scaled_error,
        });
    }
    for (i, curve) in curves.iter().enumerate() {
        let Some(g) = place(&s, top, i, curves.len(), curve, v.max_k) else {
            continue;
        };
        draw_chart(&s.ctx, &g, curve, v);
        let under = v.pointer.filter(|&(x, y)| {
            (g.plot_left..=g.plot_right).contains(&x) && (g.plot_top..=g.plot_bottom).contains(&y)
        });
        if let Some((x, _)) = under {
            draw_hover(&s.ctx, &g, curve, v.colour, x);
        }
    }
    Ok(())
}

/// The legend across the top: the run's averaged curve (solid) and the scaled network
/// (dashed). Returns its height.
fn draw_legend(ctx: &CanvasRenderingContext2d, v: &AveragingView, width: f64) -> f64 {
    let entry = |label, colour, dashed| Entry {
        label,
        colour,
        key: Key::Line { dashed },
        bold: false,
        gap: 0.0,
    };
    let entries = [
        entry(
            t!("inside-average-of", k = "k"),
            run_colour(v.colour),
            false,
        ),
        entry(t!("inside-full-scaled"), INK, true),
    ];
    chart_parts::draw_legend(ctx, &entries, width)
}

/// Chart `i` of `n` below the legend (side by side on a wide canvas, stacked on a narrow
/// one): its plot, k's log axis in x (as ln k), the values with the loss axis's headroom in y.
/// `None` when it has no finite value yet.
fn place(
    s: &Surface,
    top: f64,
    i: usize,
    n: usize,
    curve: &Curve,
    max_k: usize,
) -> Option<ChartGeometry> {
    let finite = curve
        .values
        .iter()
        .chain(curve.scaled.as_slice())
        .copied()
        .filter(|v| v.is_finite());
    let lo = finite.clone().fold(f32::INFINITY, f32::min);
    let hi = finite.fold(f32::NEG_INFINITY, f32::max);
    if lo > hi {
        return None;
    }
    let axis = chart_parts::loss_axis_with_headroom(lo, hi, false);
    let (n, i) = (n as f64, i as f64);
    let ((x0, w), (y0, h)) = if s.width > 700.0 {
        ((i * s.width / n, s.width / n), (top, s.height - top))
    } else {
        (
            (0.0, s.width),
            (top + i * (s.height - top) / n, (s.height - top) / n),
        )
    };
    Some(ChartGeometry {
        plot_left: x0 + 62.0,
        plot_right: x0 + w - 18.0,
        plot_top: y0 + 24.0,
        plot_bottom: y0 + h - 40.0,
        x_range: (0.0, (max_k.max(2) as f32).ln()),
        y_range: (axis.lo, axis.hi),
        log_y: false,
    })
}

/// x of k on the chart's log axis.
fn k_px(g: &ChartGeometry, k: usize) -> f64 {
    g.x_px((k as f32).ln())
}

/// The title, axes, the scaled network's dashed line and the averaged curve.
fn draw_chart(ctx: &CanvasRenderingContext2d, g: &ChartGeometry, curve: &Curve, v: &AveragingView) {
    let title = Font::new(15.0, INK).bold();
    text(
        ctx,
        &curve.name,
        (g.plot_left, g.plot_top - 12.0),
        title,
        Anchor::Left,
    );
    draw_axes(ctx, g, v.max_k);
    if let Some(scaled) = curve.scaled {
        let y = g.y_px(scaled);
        ctx.set_stroke_style_str(&INK.css());
        ctx.set_line_width(2.0);
        set_dash(ctx, &[8.0, 5.0]);
        line(ctx, (g.plot_left, y), (g.plot_right, y));
        set_dash(ctx, &[]);
    }
    ctx.set_stroke_style_str(&run_colour(v.colour).css());
    ctx.set_line_width(2.5);
    ctx.begin_path();
    for (i, &value) in curve.values.iter().enumerate() {
        let (x, y) = (k_px(g, i + 1), g.y_px(value));
        if i == 0 {
            ctx.move_to(x, y)
        } else {
            ctx.line_to(x, y)
        }
    }
    ctx.stroke();
}

/// The frame, k's 1-2-5 ticks and title, and the value axis's 1-2-5 ticks.
fn draw_axes(ctx: &CanvasRenderingContext2d, g: &ChartGeometry, max_k: usize) {
    let small = Font::new(12.0, MUTED);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.0);
    let (width, height) = (g.plot_right - g.plot_left, g.plot_bottom - g.plot_top);
    ctx.stroke_rect(g.plot_left, g.plot_top, width, height);
    for k in [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .filter(|&k| k <= max_k)
    {
        let at = (k_px(g, k), g.plot_bottom + 14.0);
        text(ctx, &k.to_string(), at, small, Anchor::Centre);
    }
    let at = (g.plot_left + width / 2.0, g.plot_bottom + 30.0);
    text(ctx, &t!("inside-k-axis"), at, small, Anchor::Centre);
    let axis = super::loss_axis::LossAxis {
        lo: g.y_range.0,
        hi: g.y_range.1,
        log: false,
    };
    for tick in axis.ticks(tick_budget(height, 28.0, 5)) {
        let at = (g.plot_left - 6.0, g.y_px(tick));
        text(ctx, &short_number(tick), at, small, Anchor::Right);
    }
}

/// The guide at the k nearest the pointer's `x`, the averaged value ringed on it, and both
/// values in the shared read-out box.
fn draw_hover(
    ctx: &CanvasRenderingContext2d,
    g: &ChartGeometry,
    curve: &Curve,
    colour: usize,
    x: f64,
) {
    let Some(ln_k) = g.epoch_at(x) else {
        return;
    };
    let k = (f64::from(ln_k).exp().round() as usize).clamp(1, curve.values.len().max(1));
    let Some(&value) = curve.values.get(k - 1) else {
        return;
    };
    let at = k_px(g, k);
    chart_parts::draw_guide(ctx, g, at);
    let ring = run_colour(colour);
    circle(ctx, at, g.y_px(value), 5.5, Some(ring), Some((ring, 2.5)));
    let row = |name: String, v: f32| t!("inside-hover-row", name = name, value = short_number(v));
    let mut rows = vec![
        (t!("inside-average-of", k = k), None),
        (row(curve.name.clone(), value), Some(run_style(colour))),
    ];
    if let Some(scaled) = curve.scaled {
        rows.push((row(t!("inside-full-scaled"), scaled), None));
    }
    chart_parts::draw_readout(ctx, g, at, &rows);
}
