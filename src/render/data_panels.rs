//! The data view's panels for regression and for digits (the heatmap panel lives in
//! `data_view`).

use crate::t;
use wasm_bindgen::JsValue;
use web_sys::CanvasRenderingContext2d;

use super::heatmap::blit;
use super::palette::{GREEN, GUIDE, INK, MUTED, Rgb, VERMILLION, WHITE};
use super::panel_data::{DigitExample, Extent, PanelRect};
use super::surface::{Anchor, Font, circles, set_dash, text_fitted};

const POINT: Rgb = Rgb(0x44, 0x44, 0x44);

/// (x, y) points in data coordinates.
type Curve<'a> = &'a [(f32, f32)];

/// Stroke a polyline in data coordinates, breaking it at non-finite values.
fn polyline(ctx: &CanvasRenderingContext2d, rect: &PanelRect, e: &Extent, points: &[(f32, f32)]) {
    ctx.begin_path();
    let mut pen_down = false;
    for &(x, y) in points {
        if !(x.is_finite() && y.is_finite()) {
            pen_down = false;
            continue;
        }
        let (px, py) = rect.to_px(e, x, y);
        if pen_down {
            ctx.line_to(px, py)
        } else {
            ctx.move_to(px, py)
        }
        pen_down = true;
    }
    ctx.stroke();
}

/// 1-D regression: the fitted curve in the run's colour over the true function (thin dashed
/// grey), training points filled, validation points as rings.
pub(crate) fn draw_regression(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    e: &Extent,
    colour: Rgb,
    (fitted, truth): (Curve, Curve),
    (train, val): (Curve, Curve),
) {
    ctx.set_stroke_style_str("#e4e4e4");
    ctx.set_line_width(1.0);
    if e.y0 < 0.0 && e.y1 > 0.0 {
        polyline(ctx, rect, e, &[(e.x0, 0.0), (e.x1, 0.0)]);
    }
    if e.x0 < 0.0 && e.x1 > 0.0 {
        polyline(ctx, rect, e, &[(0.0, e.y0), (0.0, e.y1)]);
    }
    let r = (rect.width / 80.0).clamp(2.5, 4.5);
    let on_panel = |points: &[(f32, f32)]| {
        let finite = points.iter().filter(|p| p.0.is_finite() && p.1.is_finite());
        finite
            .map(|&(x, y)| rect.to_px(e, x, y))
            .collect::<Vec<_>>()
    };
    circles(ctx, on_panel(train), r, Some(POINT), &[(WHITE, 1.0)]);
    circles(ctx, on_panel(val), r, None, &[(POINT, 1.5)]);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.5);
    set_dash(ctx, &[6.0, 4.0]);
    polyline(ctx, rect, e, truth);
    set_dash(ctx, &[]);
    ctx.set_stroke_style_str(&colour.css());
    ctx.set_line_width(3.0);
    polyline(ctx, rect, e, fitted);
}

/// Digits: up to eight validation examples with the predicted label (✓ right, ✗ wrong, so the
/// answer does not depend on telling green from red), and validation accuracy per digit as bars.
pub(crate) fn draw_digits(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    colour: Rgb,
    examples: &[DigitExample],
    class_accuracy: &[f32],
) -> Result<(), JsValue> {
    // Six digits, three a row: room for a "4 ✗ is 2" label under each on a small panel.
    let examples = &examples[..examples.len().min(6)];
    let bars_h = if class_accuracy.is_empty() {
        0.0
    } else {
        rect.height * 0.42
    };
    let grid_h = rect.height - bars_h;
    let per_row = examples.len().clamp(1, 3);
    let cell_w = rect.width / per_row as f64;
    let cell_h = grid_h / examples.len().div_ceil(per_row).max(1) as f64;
    let side = (cell_w * 0.7).min(cell_h - 26.0).max(4.0);

    // All examples side by side in one 8·n × 8 image: one putImageData, one tile per digit.
    let mut rgba = vec![255u8; examples.len() * 64 * 4];
    let mut tiles = Vec::with_capacity(examples.len());
    for (k, ex) in examples.iter().enumerate() {
        paint_digit(&mut rgba, k, examples.len(), ex.pixels);
        let (col, row) = ((k % per_row) as f64, (k / per_row) as f64);
        let tile = PanelRect {
            left: rect.left + col * cell_w + (cell_w - side) / 2.0,
            top: rect.top + row * cell_h + 6.0,
            width: side,
            height: side,
        };
        tiles.push(([k as f64 * 8.0, 0.0, 8.0, 8.0], tile));
        // The answer may take its whole cell's width: a short panel has small tiles.
        label_digit(ctx, ex, &tile, cell_w - 4.0);
    }
    if !examples.is_empty() {
        // Pixelated on purpose: these are the 8×8 images the network actually sees.
        blit(ctx, &rgba, (examples.len() * 8, 8), &tiles, false)?;
    }
    if !class_accuracy.is_empty() {
        draw_accuracy_bars(ctx, rect, colour, class_accuracy, bars_h);
    }
    Ok(())
}

/// Digit `k` of `n` into the strip `rgba` (8·n × 8): its pixels from white (lowest) to ink.
fn paint_digit(rgba: &mut [u8], k: usize, n: usize, pixels: &[f32]) {
    let finite = pixels.iter().copied().filter(|v| v.is_finite());
    let lo = finite.clone().fold(f32::INFINITY, f32::min);
    let hi = finite.fold(f32::NEG_INFINITY, f32::max);
    for i in 0..64 {
        let v = pixels
            .get(i)
            .copied()
            .filter(|v| v.is_finite())
            .unwrap_or(lo);
        let ink = if hi > lo { (v - lo) / (hi - lo) } else { 0.0 };
        let c = WHITE.mix(INK, ink);
        let at = ((i / 8) * n * 8 + k * 8 + i % 8) * 4;
        rgba[at..at + 3].copy_from_slice(&[c.0, c.1, c.2]);
    }
}

/// The answer under a digit's tile, centred in `room`: "4 ✓", or "4 ✗ is 2".
fn label_digit(ctx: &CanvasRenderingContext2d, ex: &DigitExample, tile: &PanelRect, room: f64) {
    let (label, label_colour) = if ex.predicted == ex.truth {
        (format!("{} ✓", ex.predicted), GREEN)
    } else {
        let wrong = t!("data-digit-wrong", guess = ex.predicted, truth = ex.truth);
        (wrong, VERMILLION)
    };
    text_fitted(
        ctx,
        &label,
        (tile.left + tile.width / 2.0, tile.top + tile.height + 3.0),
        Font::new(13.0, label_colour).bold(),
        Anchor::TopCentre,
        room,
    );
}

fn draw_accuracy_bars(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    colour: Rgb,
    accuracy: &[f32],
    bars_h: f64,
) {
    let top = rect.top + rect.height - bars_h;
    text_fitted(
        ctx,
        &t!("data-accuracy-per-digit"),
        (rect.left + rect.width / 2.0, top + 2.0),
        Font::new(12.0, MUTED),
        Anchor::TopCentre,
        // Clear of the frame on both sides: a title as wide as the panel loses its first and
        // last letters to the panel's clip.
        rect.width - 8.0,
    );
    let (plot_top, plot_bottom) = (top + 22.0, rect.top + rect.height - 20.0);
    let slot = rect.width / accuracy.len() as f64;
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.set_line_width(1.0);
    set_dash(ctx, &[3.0, 3.0]);
    ctx.begin_path();
    ctx.move_to(rect.left, plot_top);
    ctx.line_to(rect.left + rect.width, plot_top);
    ctx.stroke();
    set_dash(ctx, &[]);
    for (d, &acc) in accuracy.iter().enumerate() {
        let acc = if acc.is_finite() {
            f64::from(acc.clamp(0.0, 1.0))
        } else {
            0.0
        };
        let x = rect.left + slot * d as f64;
        let h = acc * (plot_bottom - plot_top);
        ctx.set_fill_style_str(&colour.css());
        ctx.fill_rect(x + slot * 0.15, plot_bottom - h, slot * 0.7, h);
        text_fitted(
            ctx,
            &d.to_string(),
            (x + slot / 2.0, plot_bottom + 2.0),
            Font::new(13.0, INK),
            Anchor::TopCentre,
            slot,
        );
    }
}
