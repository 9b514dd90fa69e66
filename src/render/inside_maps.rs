//! Inside dropout, the views drawn over the data: the thinned sub-networks as small multiples
//! (each with a miniature of its mask), and the MC-dropout spread (a map of the standard
//! deviation over the plane, a band around a fitted curve, or bars per class).

use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::core::l10n;
use crate::t;

use super::data_view::draw_data_panels;
use super::heatmap::{blit, draw_points};
use super::palette::{DROPPED, INK, MUTED, Rgb, WHITE, run_colour};
use super::panel_data::{DataPanel, Extent, LabelledPoint, PanelRect, panel_rect};
use super::surface::{Anchor, Font, Surface, circles, context_2d, text, text_fitted};

/// Which units of each dropout layer a thinned network keeps (input layer first).
pub type MaskView<'a> = &'a [Vec<bool>];

/// The sub-networks: `panels` drawn as the data view draws runs, and over each panel's top
/// right corner a miniature of its mask: one column per dropout layer, a dark slice per kept
/// unit, a grey one per dropped unit (`None`: the full network, every unit kept).
pub fn draw_subnets(
    canvas: &HtmlCanvasElement,
    panels: &[DataPanel],
    masks: &[Option<MaskView>],
) -> Result<(), JsValue> {
    draw_data_panels(canvas, panels, None)?;
    let surface = Surface::prepare_kept(canvas)?;
    for (i, mask) in masks.iter().enumerate() {
        let rect = panel_rect(panels.len(), i, surface.width, surface.height);
        if let Some(mask) = mask {
            draw_mask(&surface.ctx, &rect, mask);
        }
    }
    Ok(())
}

/// The miniature mask diagram in the panel's top right corner.
fn draw_mask(ctx: &CanvasRenderingContext2d, rect: &PanelRect, mask: MaskView) {
    let layers = mask.len().max(1) as f64;
    let (w, h) = (
        (rect.width * 0.28).clamp(18.0, 60.0),
        (rect.height * 0.4).clamp(16.0, 70.0),
    );
    let (left, top) = (rect.left + rect.width - w - 3.0, rect.top + 3.0);
    ctx.set_fill_style_str(&WHITE.css_alpha(0.85));
    ctx.fill_rect(left - 2.0, top - 2.0, w + 4.0, h + 4.0);
    let col = w / layers;
    for (l, units) in mask.iter().enumerate() {
        let slice = h / units.len().max(1) as f64;
        for (u, &kept) in units.iter().enumerate() {
            let colour = if kept { INK } else { DROPPED };
            ctx.set_fill_style_str(&colour.css());
            // At least a pixel tall, so 256 units still read as a barcode.
            ctx.fill_rect(
                left + l as f64 * col + 1.0,
                top + u as f64 * slice,
                col - 2.0,
                slice.max(1.0),
            );
        }
    }
}

/// What the spread view draws.
pub enum SpreadView<'a> {
    /// Standard deviation of the predicted probability per cell of a `cols` × `rows` grid
    /// (row 0 at the top).
    Map {
        cols: usize,
        rows: usize,
        std: &'a [f32],
        extent: Extent,
        train: &'a [LabelledPoint],
        val: &'a [LabelledPoint],
    },
    /// The mean curve (x, mean, std) with a band of ± 2 standard deviations.
    Band {
        extent: Extent,
        curve: &'a [(f32, f32, f32)],
        train: &'a [(f32, f32)],
        val: &'a [(f32, f32)],
    },
    /// Mean standard deviation of the predicted class's probability, per true class.
    Classes { per_class: &'a [f32] },
}

/// Deepest colour of the spread map (the largest spread on it).
const SPREAD: Rgb = Rgb(0x6A, 0x1B, 0x9A);

/// The spread view with its title, in run colour `colour`.
pub fn draw_spread(
    canvas: &HtmlCanvasElement,
    view: &SpreadView,
    title: &str,
    colour: usize,
) -> Result<(), JsValue> {
    let surface = Surface::prepare(canvas)?;
    let ctx = &surface.ctx;
    let font = Font::new(15.0, INK).bold();
    text_fitted(
        ctx,
        title,
        (8.0, 14.0),
        font,
        Anchor::Left,
        surface.width - 16.0,
    );
    let side = (surface.width - 16.0).min(surface.height - 60.0).max(10.0);
    let rect = PanelRect {
        left: (surface.width - side) / 2.0,
        top: 30.0,
        width: side,
        height: side,
    };
    let words = match *view {
        SpreadView::Map {
            cols,
            rows,
            std,
            extent,
            train,
            val,
        } => {
            let largest = spread_map(ctx, &rect, (cols, rows), std)?;
            draw_points(ctx, &rect, &extent, train, val);
            t!(
                "inside-spread-map-key",
                largest = l10n::decimal(f64::from(largest), 2)
            )
        }
        SpreadView::Band {
            extent,
            curve,
            train,
            val,
        } => {
            spread_band(ctx, &rect, &extent, curve, train, val, run_colour(colour));
            t!("inside-spread-band")
        }
        SpreadView::Classes { per_class } => {
            spread_bars(ctx, &rect, per_class);
            t!("inside-spread-per-digit")
        }
    };
    key(ctx, &surface, &words);
    Ok(())
}

/// The standard deviation per grid cell, white (none) to deep purple (the largest on the
/// map); returns that largest value.
fn spread_map(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    (cols, rows): (usize, usize),
    std: &[f32],
) -> Result<f32, JsValue> {
    let largest = std
        .iter()
        .copied()
        .filter(|v| v.is_finite())
        .fold(1e-6f32, f32::max);
    let mut rgba = vec![255u8; cols * rows * 4];
    for (px, &s) in rgba.chunks_exact_mut(4).zip(std) {
        let c = WHITE.mix(SPREAD, (s / largest).clamp(0.0, 1.0));
        px[..3].copy_from_slice(&[c.0, c.1, c.2]);
    }
    let whole = [0.0, 0.0, cols as f64, rows as f64];
    blit(ctx, &rgba, (cols, rows), &[(whole, *rect)], true)?;
    Ok(largest)
}

/// The mean curve with a band of ± 2 standard deviations, over the data points.
fn spread_band(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    extent: &Extent,
    curve: &[(f32, f32, f32)],
    train: &[(f32, f32)],
    val: &[(f32, f32)],
    colour: Rgb,
) {
    let upper = curve
        .iter()
        .map(|&(x, m, s)| rect.to_px(extent, x, m + 2.0 * s));
    let lower = curve
        .iter()
        .rev()
        .map(|&(x, m, s)| rect.to_px(extent, x, m - 2.0 * s));
    ctx.set_fill_style_str(&colour.css_alpha(0.25));
    trace(ctx, upper.chain(lower));
    ctx.fill();
    let on = |p: &[(f32, f32)]| {
        p.iter()
            .map(|&(x, y)| rect.to_px(extent, x, y))
            .collect::<Vec<_>>()
    };
    circles(ctx, on(train), 3.5, Some(INK), &[(WHITE, 1.0)]);
    circles(ctx, on(val), 3.0, None, &[(MUTED, 1.0)]);
    ctx.set_stroke_style_str(&colour.css());
    ctx.set_line_width(3.0);
    trace(ctx, curve.iter().map(|&(x, m, _)| rect.to_px(extent, x, m)));
    ctx.stroke();
    ctx.set_stroke_style_str(&MUTED.css());
    ctx.set_line_width(1.0);
    ctx.stroke_rect(rect.left, rect.top, rect.width, rect.height);
}

/// A new path through `points`, to fill or stroke.
fn trace(ctx: &CanvasRenderingContext2d, points: impl Iterator<Item = (f64, f64)>) {
    ctx.begin_path();
    for (k, (x, y)) in points.enumerate() {
        if k == 0 {
            ctx.move_to(x, y)
        } else {
            ctx.line_to(x, y)
        }
    }
}

/// A bar per class, the largest spread full height, each with its class and value.
fn spread_bars(ctx: &CanvasRenderingContext2d, rect: &PanelRect, per_class: &[f32]) {
    let largest = per_class.iter().copied().fold(1e-6f32, f32::max);
    let bar_w = rect.width / per_class.len().max(1) as f64;
    let bottom = rect.top + rect.height;
    for (k, &s) in per_class.iter().enumerate() {
        let h = f64::from(s / largest) * (rect.height - 30.0);
        let x = rect.left + k as f64 * bar_w;
        ctx.set_fill_style_str(&SPREAD.css());
        ctx.fill_rect(x + 3.0, bottom - 20.0 - h, bar_w - 6.0, h);
        let centre = x + bar_w / 2.0;
        let (class, value) = (Font::new(14.0, INK), Font::new(11.0, MUTED));
        text(
            ctx,
            &k.to_string(),
            (centre, bottom - 10.0),
            class,
            Anchor::Centre,
        );
        let at = (centre, bottom - 24.0 - h);
        let value_text = crate::core::l10n::fixed(s, 2);
        text(ctx, &value_text, at, value, Anchor::BottomCentre);
    }
}

/// The canvas before any view has been computed: what to do, in words.
pub fn draw_waiting(canvas: &HtmlCanvasElement, message: &str) -> Result<(), JsValue> {
    let s = Surface::prepare(canvas)?;
    s.ctx.set_stroke_style_str(&DROPPED.css());
    s.ctx.stroke_rect(4.0, 4.0, s.width - 8.0, s.height - 8.0);
    let at = (s.width / 2.0, s.height / 2.0);
    text_fitted(
        &s.ctx,
        message,
        at,
        Font::new(16.0, MUTED),
        Anchor::Centre,
        s.width - 24.0,
    );
    Ok(())
}

fn key(ctx: &CanvasRenderingContext2d, surface: &Surface, s: &str) {
    text_fitted(
        ctx,
        s,
        (8.0, surface.height - 12.0),
        Font::new(13.0, MUTED),
        Anchor::Left,
        surface.width - 16.0,
    );
}

impl Surface {
    /// The canvas as the last [`Surface::prepare`] left it (same size and transform), not
    /// cleared: for drawing over another view.
    pub fn prepare_kept(canvas: &HtmlCanvasElement) -> Result<Surface, JsValue> {
        let scale = super::surface::fit_backing_store(canvas) * super::surface::draw_scale();
        let ctx = context_2d(canvas)?;
        ctx.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0)?;
        Ok(Surface {
            width: f64::from(canvas.width()) / scale,
            height: f64::from(canvas.height()) / scale,
            ctx,
            scale,
        })
    }
}
