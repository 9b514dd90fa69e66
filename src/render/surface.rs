//! Sharp canvases on high-DPI screens, and a few drawing helpers every view uses.
//!
//! A canvas has two sizes: its CSS size (how big it looks) and its backing store (how many
//! pixels it holds). On a projector or retina screen `devicePixelRatio` is above 1, so a backing
//! store of CSS size would be stretched and blurry. [`fit_backing_store`] makes the backing store
//! CSS size × dpr; [`Surface::prepare`] then scales the context so that views draw in CSS pixels,
//! the same units as mouse events.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::palette::Rgb;
use super::text_fit::{abbreviated, font_css, record, watching};

thread_local! {
    /// CSS pixels per drawing unit on every canvas: 1 on a laptop, more on a big screen or in
    /// Present mode, where the back row must read the labels and see the crosses. Views draw in
    /// drawing units, so one number makes their text, lines and crosses bigger together without
    /// any view knowing. Like `devicePixelRatio` it belongs to the window, not to one lab, so a
    /// rebuilt lab keeps it.
    static DRAW_SCALE: Cell<f64> = const { Cell::new(1.0) };
}

/// Sets the drawing scale (see [`draw_scale`]); values outside 0.5–4 are clamped, non-finite
/// ones ignored.
pub fn set_draw_scale(scale: f64) {
    if scale.is_finite() {
        DRAW_SCALE.with(|s| s.set(scale.clamp(0.5, 4.0)));
    }
}

/// CSS pixels per drawing unit: what [`Surface::prepare`] applies on top of the dpr.
pub fn draw_scale() -> f64 {
    DRAW_SCALE.with(Cell::get)
}

/// A canvas ready for drawing in drawing units (CSS pixels × [`draw_scale`]).
pub struct Surface {
    pub ctx: CanvasRenderingContext2d,
    /// Drawing width in drawing units (CSS pixels at draw scale 1).
    pub width: f64,
    /// Drawing height in drawing units.
    pub height: f64,
    /// Backing-store pixels per drawing unit (the dpr × the draw scale).
    pub scale: f64,
}

/// Resize `canvas`'s backing store to its CSS size × `devicePixelRatio` and return the scale.
///
/// Setting `width`/`height` clears the canvas, so this only touches them when they change. The
/// page owns the CSS size (stylesheet or inline, e.g. `width: 100%`), and it is followed on every
/// call, so charts track window resizes. Only a dimension that turns out to have no CSS size of
/// its own, because it moved when the backing store was resized, is pinned in the inline style;
/// otherwise it would grow by dpr on every frame. A hidden canvas keeps its backing store.
///
/// A canvas drawn for a file rather than the screen (a PNG at 2×) is not laid out; it carries
/// its scale in a `data-scale` attribute and a backing store already sized for it, and is drawn
/// as it is.
pub fn fit_backing_store(canvas: &HtmlCanvasElement) -> f64 {
    if let Some(scale) = export_scale(canvas) {
        return scale;
    }
    let dpr = web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0);
    let Some((css_w, css_h)) = css_size(canvas) else {
        return dpr;
    };
    let want_w = (css_w * dpr).round().max(1.0) as u32;
    let want_h = (css_h * dpr).round().max(1.0) as u32;
    if canvas.width() == want_w && canvas.height() == want_h {
        return dpr;
    }
    canvas.set_width(want_w);
    canvas.set_height(want_h);
    // Probe: a dimension whose layout size followed the new backing store is intrinsic.
    if let Some((now_w, now_h)) = css_size(canvas) {
        let style = canvas.style();
        if (now_w - css_w).abs() >= 1.0 {
            let _ = style.set_property("width", &format!("{css_w}px"));
        }
        if (now_h - css_h).abs() >= 1.0 {
            let _ = style.set_property("height", &format!("{css_h}px"));
        }
    }
    dpr
}

/// The `data-scale` of a canvas drawn for export, if it has a usable one. A whole number: an
/// integer parser is a few hundred bytes of wasm, a float parser about 15 KB.
fn export_scale(canvas: &HtmlCanvasElement) -> Option<f64> {
    canvas
        .get_attribute("data-scale")
        .and_then(|s| s.parse::<u32>().ok())
        .filter(|&s| s > 0)
        .map(f64::from)
}

/// CSS size of the canvas, or `None` when it is not laid out (hidden).
fn css_size(canvas: &HtmlCanvasElement) -> Option<(f64, f64)> {
    let rect = canvas.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    (w >= 1.0 && h >= 1.0).then_some((w, h))
}

impl Surface {
    /// Fit the backing store, reset the context to a drawing-unit transform and clear to white.
    pub fn prepare(canvas: &HtmlCanvasElement) -> Result<Surface, JsValue> {
        let scale = fit_backing_store(canvas) * draw_scale();
        let ctx = context_2d(canvas)?;
        ctx.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0)?;
        let width = f64::from(canvas.width()) / scale;
        let height = f64::from(canvas.height()) / scale;
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(0.0, 0.0, width, height);
        Ok(Surface {
            ctx,
            width,
            height,
            scale,
        })
    }
}

/// The canvas's 2-D context, or a JS error naming what went wrong.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsValue> {
    canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("canvas has no 2d context"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| JsValue::from_str("context is not a CanvasRenderingContext2d"))
}

/// Set the line dash pattern (`&[]` for a solid line).
pub fn set_dash(ctx: &CanvasRenderingContext2d, pattern: &[f64]) {
    let array = js_sys::Array::new();
    for &len in pattern {
        array.push(&JsValue::from_f64(len));
    }
    // Only fails for negative or non-finite lengths, which callers never pass.
    let _ = ctx.set_line_dash(&array);
}

/// Fill and/or stroke a circle.
pub fn circle(
    ctx: &CanvasRenderingContext2d,
    x: f64,
    y: f64,
    r: f64,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f64)>,
) {
    circles(ctx, [(x, y)], r, fill, stroke.as_slice());
}

/// Many circles of one style as ONE path: one fill and one stroke per style instead of one per
/// circle (hundreds of data points cost ~40 µs each when drawn singly).
pub fn circles(
    ctx: &CanvasRenderingContext2d,
    centres: impl IntoIterator<Item = (f64, f64)>,
    r: f64,
    fill: Option<Rgb>,
    strokes: &[(Rgb, f64)],
) {
    let r = r.max(0.5);
    ctx.begin_path();
    for (x, y) in centres {
        // Start each circle on its own rim so no connecting line is drawn.
        ctx.move_to(x + r, y);
        let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
    }
    if let Some(colour) = fill {
        ctx.set_fill_style_str(&colour.css());
        ctx.fill();
    }
    for &(colour, width) in strokes {
        ctx.set_stroke_style_str(&colour.css());
        ctx.set_line_width(width);
        ctx.stroke();
    }
}

/// A straight segment.
pub fn line(ctx: &CanvasRenderingContext2d, from: (f64, f64), to: (f64, f64)) {
    ctx.begin_path();
    ctx.move_to(from.0, from.1);
    ctx.line_to(to.0, to.1);
    ctx.stroke();
}

/// Horizontal and vertical placement of text relative to its anchor point.
#[derive(Clone, Copy)]
pub enum Anchor {
    TopLeft,
    TopCentre,
    Centre,
    BottomCentre,
    BottomLeft,
    Left,
    /// Ending at the point, centred vertically (tick labels left of an axis).
    Right,
}

/// Size, colour and weight of a piece of text.
#[derive(Clone, Copy)]
pub struct Font {
    pub px: f64,
    pub colour: Rgb,
    pub bold: bool,
}

impl Font {
    pub const fn new(px: f64, colour: Rgb) -> Font {
        Font {
            px,
            colour,
            bold: false,
        }
    }

    pub const fn bold(self) -> Font {
        Font { bold: true, ..self }
    }
}

/// Draw text in the browser's sans-serif font (no web fonts: the page works offline), or the
/// family [`set_font_family`](super::text_fit::set_font_family) chose. Not fitted, but recorded like a fitted label (its own width as its box) while a test
/// watches, so every word on a canvas can be checked for its language.
pub fn text(ctx: &CanvasRenderingContext2d, s: &str, at: (f64, f64), font: Font, anchor: Anchor) {
    set_text_style(ctx, font, font.px, anchor);
    let _ = ctx.fill_text(s, at.0, at.1);
    if watching() {
        let width = ctx.measure_text(s).map_or(0.0, |m| m.width());
        record(s, s.to_string(), width, width);
    }
}

/// Separates the parts of a run's label (its rates, then its variant's parts).
const PARTS: &str = " · ";

/// [`text_fitted`] for a label of parts joined by " · " (a run's rates, its variant), starting
/// at `at` and centred on it vertically: when one line would shrink it below [`MIN_FIT_SCALE`]
/// it breaks between two parts onto two lines at 80 % of the font, each fitted on its own, so a
/// narrow panel keeps the notation and the variant whole instead of cutting the end off.
pub fn text_fitted_parts(
    ctx: &CanvasRenderingContext2d,
    s: &str,
    at: (f64, f64),
    font: Font,
    max_width: f64,
) {
    let measure = |t: &str| ctx.measure_text(t).map_or(0.0, |m| m.width());
    set_text_style(ctx, font, font.px, Anchor::Left);
    let fits = measure(s) * MIN_FIT_SCALE <= max_width * (1.0 + MAX_SQUEEZE);
    // The break that makes the longer of the two lines shortest.
    let split = s
        .match_indices(PARTS)
        .map(|(i, _)| (&s[..i], &s[i + PARTS.len()..]))
        .min_by(|a, b| {
            let longer = |(x, y): &(&str, &str)| measure(x).max(measure(y));
            longer(a).total_cmp(&longer(b))
        });
    match split {
        Some((first, second)) if !fits => {
            let small = Font {
                px: font.px * 0.8,
                ..font
            };
            let half = small.px * 0.58;
            text_fitted(
                ctx,
                first,
                (at.0, at.1 - half),
                small,
                Anchor::Left,
                max_width,
            );
            text_fitted(
                ctx,
                second,
                (at.0, at.1 + half),
                small,
                Anchor::Left,
                max_width,
            );
        }
        _ => text_fitted(ctx, s, at, font, Anchor::Left, max_width),
    }
}

/// Smallest fraction of its size a fitted label's font shrinks to before the label is
/// abbreviated instead: below it the text would be too small to read from a desk.
pub const MIN_FIT_SCALE: f64 = 0.7;

/// How much narrower than its measure `fillText` may squeeze a label's glyphs (3 %, which no
/// eye sees) before the label is abbreviated instead.
const MAX_SQUEEZE: f64 = 0.03;

/// [`text`] that never runs past `max_width` drawing units: a label that is too wide shrinks its
/// font (to [`MIN_FIT_SCALE`] at most), and past that loses characters from its end for a "…"
/// (a few per cent too wide is squeezed by `fillText` instead).
/// Canvas text is laid out with each engine's own fonts, so a label that fits Chromium's
/// sans-serif can overflow in Firefox or WebKit; measuring it where it is drawn is the only
/// portable way to know. `fillText`'s own `maxWidth` stays as a last guard (it squeezes glyphs).
pub fn text_fitted(
    ctx: &CanvasRenderingContext2d,
    s: &str,
    at: (f64, f64),
    font: Font,
    anchor: Anchor,
    max_width: f64,
) {
    let max_width = max_width.max(1.0);
    let measure = |t: &str| ctx.measure_text(t).map_or(0.0, |m| m.width());
    set_text_style(ctx, font, font.px, anchor);
    let mut width = measure(s);
    let mut drawn = s.to_string();
    // Text does not scale exactly with its font size (engines round sizes and hint glyphs),
    // so shrinking aims again from what it measured, a few times at most.
    let mut px = font.px;
    for _ in 0..3 {
        if width <= max_width || px <= font.px * MIN_FIT_SCALE {
            break;
        }
        px = (px * max_width / width).max(font.px * MIN_FIT_SCALE);
        set_text_style(ctx, font, px, anchor);
        width = measure(s);
    }
    if width > max_width * (1.0 + MAX_SQUEEZE) {
        (drawn, width) = abbreviated(s, max_width, measure);
    }
    // What is left over (a few per cent at most) fillText squeezes into the box.
    let width = width.min(max_width);
    let _ = ctx.fill_text_with_max_width(&drawn, at.0, at.1, max_width);
    record(s, drawn, width, max_width);
}

fn set_text_style(ctx: &CanvasRenderingContext2d, font: Font, px: f64, anchor: Anchor) {
    let (align, baseline) = match anchor {
        Anchor::TopLeft => ("left", "top"),
        Anchor::TopCentre => ("center", "top"),
        Anchor::Centre => ("center", "middle"),
        Anchor::BottomCentre => ("center", "bottom"),
        Anchor::BottomLeft => ("left", "bottom"),
        Anchor::Left => ("left", "middle"),
        Anchor::Right => ("right", "middle"),
    };
    ctx.set_font(&font_css(font, px));
    ctx.set_text_align(align);
    ctx.set_text_baseline(baseline);
    ctx.set_fill_style_str(&font.colour.css());
}
