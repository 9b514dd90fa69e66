//! Inside dropout, co-adaptation: how much the validation loss rises per hidden unit removed
//! (a histogram over units), and the activation statistics of each hidden layer, one column per
//! run (one row per run on a phone).

use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::core::l10n;
use crate::t;

use super::palette::{GUIDE, INK, MUTED, run_colour};
use super::surface::{Anchor, Font, Surface, line, text, text_fitted};

/// One hidden layer's activation statistics.
pub struct LayerStats<'a> {
    pub mean: f32,
    pub near_zero: f32,
    pub histogram: &'a [u32],
    pub lo: f32,
    pub hi: f32,
}

/// One run of the co-adaptation view.
pub struct UnitsView<'a> {
    pub label: &'a str,
    pub colour: usize,
    /// Validation-loss rise per hidden unit removed (so far).
    pub rises: &'a [f32],
    /// The mean rise and the largest, as the core measured them (0 before any unit).
    pub mean_rise: f32,
    pub largest_rise: f32,
    pub layers: Vec<LayerStats<'a>>,
}

/// Bins of the rises histogram.
const RISE_BINS: usize = 24;

pub fn draw_coadaptation(canvas: &HtmlCanvasElement, runs: &[UnitsView]) -> Result<(), JsValue> {
    let s = Surface::prepare(canvas)?;
    // One range for every run, so the columns compare at a glance.
    let all = runs
        .iter()
        .flat_map(|r| r.rises.iter().copied())
        .filter(|v| v.is_finite());
    let lo = all.clone().fold(0.0f32, f32::min);
    let hi = all.fold(0.0f32, f32::max);
    // Side by side on a wide canvas, one above the other on a phone.
    let n = runs.len().max(1) as f64;
    let side_by_side = s.width >= 600.0;
    for (i, run) in runs.iter().enumerate() {
        let cell = if side_by_side {
            let w = s.width / n;
            (i as f64 * w + 10.0, 0.0, w - 20.0, s.height)
        } else {
            (10.0, i as f64 * s.height / n, s.width - 20.0, s.height / n)
        };
        draw_run(&s.ctx, run, cell, (lo, hi));
    }
    Ok(())
}

/// One run in the box (left, top, width, height): its name, the histogram of rises on the
/// shared range `lo`–`hi`, and its hidden layers' statistics below.
fn draw_run(
    ctx: &CanvasRenderingContext2d,
    run: &UnitsView,
    (left, y0, w, h): (f64, f64, f64, f64),
    (lo, hi): (f32, f32),
) {
    ctx.set_fill_style_str(&run_colour(run.colour).css());
    ctx.fill_rect(left, y0 + 6.0, 14.0, 14.0);
    let name = Font::new(15.0, INK).bold();
    text_fitted(
        ctx,
        run.label,
        (left + 20.0, y0 + 13.0),
        name,
        Anchor::Left,
        w - 20.0,
    );
    // A rise keeps its sign (+0,0050 in German): below zero the network does better without.
    let what = t!(
        "inside-rises-summary",
        n = run.rises.len(),
        largest = signed(run.largest_rise, 4),
        mean = signed(run.mean_rise, 4)
    );
    let small = Font::new(13.0, MUTED);
    text_fitted(ctx, &what, (left, y0 + 34.0), small, Anchor::Left, w);
    let counts = bins(run.rises, lo, hi, RISE_BINS);
    let hist_h = (h * 0.38).max(40.0);
    let base = y0 + 46.0 + hist_h;
    let colour = run_colour(run.colour).css();
    bars(ctx, &counts, (left, y0 + 46.0, w, hist_h), colour);
    let zero = left + f64::from((0.0 - lo) / (hi - lo).max(1e-9)) * w;
    ctx.set_stroke_style_str(&INK.css());
    line(ctx, (zero, y0 + 42.0), (zero, base + 4.0));
    let tick = Font::new(11.0, MUTED);
    text(ctx, &signed(lo, 3), (left, base + 14.0), tick, Anchor::Left);
    text(
        ctx,
        &signed(hi, 3),
        (left + w, base + 14.0),
        tick,
        Anchor::Right,
    );
    let middle = (left + w / 2.0, base + 14.0);
    text(ctx, &t!("inside-rise-axis"), middle, tick, Anchor::Centre);
    let top = base + 34.0;
    let layer_h = ((y0 + h - top) / run.layers.len().max(1) as f64).max(30.0);
    for (l, stats) in run.layers.iter().enumerate() {
        let at = (left, top + l as f64 * layer_h);
        draw_layer(ctx, l, stats, at, (w, layer_h));
    }
}

/// Hidden layer `l`'s mean activation, share near zero, and histogram of activations, in a
/// box of `w` × `h` from `(left, top)`.
fn draw_layer(
    ctx: &CanvasRenderingContext2d,
    l: usize,
    stats: &LayerStats,
    (left, top): (f64, f64),
    (w, h): (f64, f64),
) {
    let head = t!(
        "inside-layer-activity",
        layer = l + 1,
        mean = l10n::decimal(f64::from(stats.mean), 2),
        near_zero = l10n::percent(f64::from(stats.near_zero), 0)
    );
    let font = Font::new(12.0, INK);
    text_fitted(ctx, &head, (left, top + 6.0), font, Anchor::Left, w);
    let counts: Vec<f64> = stats.histogram.iter().map(|&c| f64::from(c)).collect();
    bars(ctx, &counts, (left, top + 14.0, w, h - 34.0), MUTED.css());
    let range = t!(
        "inside-activation-range",
        lo = l10n::decimal(f64::from(stats.lo), 2),
        hi = l10n::decimal(f64::from(stats.hi), 2)
    );
    let at = (left, top + h - 12.0);
    text(ctx, &range, at, Font::new(11.0, MUTED), Anchor::Left);
}

/// Counts of `values` in `n` equal bins from `lo` to `hi`.
fn bins(values: &[f32], lo: f32, hi: f32, n: usize) -> Vec<f64> {
    let mut counts = vec![0.0; n];
    let width = (hi - lo).max(1e-9);
    for &v in values.iter().filter(|v| v.is_finite()) {
        counts[(((v - lo) / width * n as f32) as usize).min(n - 1)] += 1.0;
    }
    counts
}

/// A bar chart of `counts` in the box (left, top, width, height), tallest bar full height.
fn bars(
    ctx: &CanvasRenderingContext2d,
    counts: &[f64],
    (left, top, w, h): (f64, f64, f64, f64),
    colour: String,
) {
    let most = counts.iter().copied().fold(1.0f64, f64::max);
    let bw = w / counts.len().max(1) as f64;
    ctx.set_fill_style_str(&colour);
    for (i, &c) in counts.iter().enumerate() {
        let bh = c / most * h.max(1.0);
        ctx.fill_rect(
            left + i as f64 * bw + 0.5,
            top + h - bh,
            (bw - 1.0).max(0.5),
            bh,
        );
    }
    ctx.set_stroke_style_str(&GUIDE.css());
    line(ctx, (left, top + h), (left + w, top + h));
}

/// `x` with its sign always written ("+0,012" in German): a rise below zero means the network
/// does better without the unit.
fn signed(x: f32, digits: usize) -> String {
    let sign = if x >= 0.0 { "+" } else { "" };
    format!("{sign}{}", l10n::fixed(x, digits))
}
