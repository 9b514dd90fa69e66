//! Inside dropout, Monte-Carlo averaging against weight scaling: validation loss and error over
//! k on a log axis, the scaled network as a dashed line. (Co-adaptation is in `inside_units`.)

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
    let charts: Vec<(&str, &[f32], Option<f32>)> = if v.error.is_empty() {
        vec![("validation loss", v.loss, Some(v.scaled_loss))]
    } else {
        vec![
            ("validation loss", v.loss, Some(v.scaled_loss)),
            ("validation error", v.error, v.scaled_error),
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
    let key = "solid: average of k sampled thinned networks · dashed: weights scaled, one pass";
    text_fitted(
        &s.ctx,
        key,
        (8.0, s.height - 12.0),
        Font::new(13.0, MUTED),
        Anchor::Left,
        s.width - 16.0,
    );
    Ok(())
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
    text(
        ctx,
        name,
        (a.left, a.top - 14.0),
        Font::new(15.0, INK).bold(),
        Anchor::Left,
    );
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
    let kmax = (max_k.max(2) as f64).ln();
    let px = |k: f64| a.left + k.ln() / kmax * a.width;
    let py = |v: f64| a.top + (hi - v) / (hi - lo) * a.height;
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.0);
    ctx.stroke_rect(a.left, a.top, a.width, a.height);
    for k in [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0] {
        if k <= max_k as f64 {
            text(
                ctx,
                &format!("{k}"),
                (px(k), a.top + a.height + 14.0),
                Font::new(12.0, MUTED),
                Anchor::Centre,
            );
        }
    }
    text(
        ctx,
        "k (thinned networks averaged, log scale)",
        (a.left + a.width / 2.0, a.top + a.height + 30.0),
        Font::new(12.0, MUTED),
        Anchor::Centre,
    );
    for t in 0..=3 {
        let v = lo + (hi - lo) * f64::from(t) / 3.0;
        text_right(
            ctx,
            &format!("{v:.3}"),
            (a.left - 6.0, py(v)),
            Font::new(12.0, MUTED),
        );
    }
    if let Some(scaled) = scaled {
        ctx.set_stroke_style_str(&INK.css());
        ctx.set_line_width(2.0);
        set_dash(ctx, &[8.0, 5.0]);
        line(
            ctx,
            (a.left, py(f64::from(scaled))),
            (a.left + a.width, py(f64::from(scaled))),
        );
        set_dash(ctx, &[]);
    }
    ctx.set_stroke_style_str(&run_colour(colour).css());
    ctx.set_line_width(2.5);
    ctx.begin_path();
    for (i, &v) in values.iter().enumerate() {
        let (x, y) = (px((i + 1) as f64), py(f64::from(v)));
        if i == 0 {
            ctx.move_to(x, y)
        } else {
            ctx.line_to(x, y)
        }
    }
    ctx.stroke();
}

/// Text ending at `at` (the shared anchors start or centre text).
pub(super) fn text_right(ctx: &CanvasRenderingContext2d, s: &str, at: (f64, f64), font: Font) {
    ctx.set_font(&format!("{}px sans-serif", font.px));
    let w = ctx.measure_text(s).map_or(0.0, |m| m.width());
    text(ctx, s, (at.0 - w, at.1), font, Anchor::Left);
}
