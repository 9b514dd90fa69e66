//! Inside dropout, Monte-Carlo averaging against weight scaling: validation loss and error over
//! k on a log axis, the scaled network as a dashed line. (Co-adaptation is in `inside_units`.)

use crate::t;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;
use web_sys::HtmlCanvasElement;

use super::palette::{GUIDE, INK, MUTED, run_colour};
use super::surface::{Anchor, Font, Surface, line, set_dash, text, text_fitted};

/// The averaging curve: `loss[k-1]` and `error[k-1]` after averaging k thinned networks
/// (`error` empty for regression), and the weight-scaled network's.
pub struct AveragingView<'a> {
    pub loss: &'a [f32],
    pub error: &'a [f32],
    pub scaled_loss: f32,
    pub scaled_error: Option<f32>,
    pub max_k: usize,
    pub colour: usize,
}

/// A plot area in drawing units.
#[derive(Clone, Copy)]
struct Area {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

pub fn draw_averaging(canvas: &HtmlCanvasElement, v: &AveragingView) -> Result<(), JsValue> {
    let s = Surface::prepare(canvas)?;
    let (loss, error) = (t!("inside-validation-loss"), t!("inside-validation-error"));
    let charts: Vec<(&str, &[f32], Option<f32>)> = if v.error.is_empty() {
        vec![(&loss, v.loss, Some(v.scaled_loss))]
    } else {
        vec![
            (&loss, v.loss, Some(v.scaled_loss)),
            (&error, v.error, v.scaled_error),
        ]
    };
    let n = charts.len() as f64;
    let wide = s.width > 700.0;
    for (i, (name, values, scaled)) in charts.into_iter().enumerate() {
        let (w, h) = if wide {
            (s.width / n, s.height - 30.0)
        } else {
            (s.width, (s.height - 30.0) / n)
        };
        let (x0, y0) = if wide {
            (i as f64 * w, 0.0)
        } else {
            (0.0, i as f64 * h)
        };
        let area = Area {
            left: x0 + 62.0,
            top: y0 + 28.0,
            width: w - 80.0,
            height: h - 64.0,
        };
        log_k_chart(&s.ctx, area, name, values, scaled, v.max_k, v.colour);
    }
    let key = t!("inside-averaging-key");
    text_fitted(
        &s.ctx,
        &key,
        (8.0, s.height - 12.0),
        Font::new(13.0, MUTED),
        Anchor::Left,
        s.width - 16.0,
    );
    Ok(())
}

/// The data range of a log-k chart and its mapping to the plot: k on a log axis from 1 to
/// `max_k`, values `lo`–`hi` bottom to top.
struct LogK {
    a: Area,
    lo: f64,
    hi: f64,
    max_k: usize,
}

impl LogK {
    fn px(&self, k: f64) -> f64 {
        self.a.left + k.ln() / (self.max_k.max(2) as f64).ln() * self.a.width
    }

    fn py(&self, v: f64) -> f64 {
        self.a.top + (self.hi - v) / (self.hi - self.lo) * self.a.height
    }
}

fn log_k_chart(
    ctx: &CanvasRenderingContext2d,
    a: Area,
    name: &str,
    values: &[f32],
    scaled: Option<f32>,
    max_k: usize,
    colour: usize,
) {
    let title = Font::new(15.0, INK).bold();
    text(ctx, name, (a.left, a.top - 14.0), title, Anchor::Left);
    let finite = values
        .iter()
        .chain(scaled.as_slice())
        .copied()
        .filter(|v| v.is_finite());
    let lo = finite.clone().fold(f32::INFINITY, f32::min);
    let hi = finite.fold(f32::NEG_INFINITY, f32::max);
    if lo > hi || lo.is_nan() || hi.is_nan() {
        return;
    }
    let pad = ((hi - lo) * 0.1).max(1e-3);
    let (lo, hi) = (f64::from(lo - pad), f64::from(hi + pad));
    let chart = LogK { a, lo, hi, max_k };
    draw_log_k_axes(ctx, &chart);
    if let Some(scaled) = scaled {
        let y = chart.py(f64::from(scaled));
        ctx.set_stroke_style_str(&INK.css());
        ctx.set_line_width(2.0);
        set_dash(ctx, &[8.0, 5.0]);
        line(ctx, (a.left, y), (a.left + a.width, y));
        set_dash(ctx, &[]);
    }
    ctx.set_stroke_style_str(&run_colour(colour).css());
    ctx.set_line_width(2.5);
    ctx.begin_path();
    for (i, &v) in values.iter().enumerate() {
        let (x, y) = (chart.px((i + 1) as f64), chart.py(f64::from(v)));
        if i == 0 {
            ctx.move_to(x, y)
        } else {
            ctx.line_to(x, y)
        }
    }
    ctx.stroke();
}

/// The frame, k's 1-2-5 ticks and title, and four value ticks.
fn draw_log_k_axes(ctx: &CanvasRenderingContext2d, c: &LogK) {
    let a = c.a;
    let small = Font::new(12.0, MUTED);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.0);
    ctx.stroke_rect(a.left, a.top, a.width, a.height);
    let below = a.top + a.height;
    for k in [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0] {
        if k <= c.max_k as f64 {
            let at = (c.px(k), below + 14.0);
            text(ctx, &format!("{k}"), at, small, Anchor::Centre);
        }
    }
    let k_title = t!("inside-k-axis");
    let at = (a.left + a.width / 2.0, below + 30.0);
    text(ctx, &k_title, at, small, Anchor::Centre);
    for t in 0..=3 {
        let v = c.lo + (c.hi - c.lo) * f64::from(t) / 3.0;
        text(
            ctx,
            &crate::core::l10n::fixed(v, 3),
            (a.left - 6.0, c.py(v)),
            small,
            Anchor::Right,
        );
    }
}
