//! The network diagram: units as circles in layer columns, edges coloured by the sign of the
//! weight and as thick as its magnitude. In training mode it shows one example's dropout masks:
//! dropped units greyed and crossed out with their edges gone, kept units badged with the
//! inverted-dropout scale 1/(1−p). In evaluation mode the whole network is drawn, unscaled.
//!
//! Drawn with the 2-D context directly; it is not a chart.

use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::diagram_layout::{Column, DiagramLayout, MAX_SHOWN, diagram_layout};
use super::diagram_noise::{self, NoiseOverlay};
use super::palette::{self, DROPPED, GUIDE, INK, MUTED, Rgb};
use super::surface::{Anchor, Font, Surface, circle, line, text, text_fitted};
use super::text_fit::font_css;
use crate::core::l10n::fixed;
use crate::core::labels::{Notation, rate_label};
use crate::t;

/// One weight matrix, row-major `rows` (inputs) × `cols` (outputs), as the core stores it.
#[derive(Clone, Copy, Debug)]
pub struct LayerWeights<'a> {
    pub rows: usize,
    pub cols: usize,
    pub values: &'a [f32],
}

/// Everything the diagram needs for one frame.
#[derive(Clone, Copy, Debug)]
pub struct DiagramView<'a> {
    /// Units per layer: [inputs, hidden.., outputs].
    pub layer_sizes: &'a [usize],
    /// One matrix per connection between consecutive layers (`layer_sizes.len() − 1` of them).
    pub weights: &'a [LayerWeights<'a>],
    /// Drop probability `p` per dropout layer: input, then each hidden layer (never the output).
    pub drop_rates: &'a [f32],
    /// The drawn example's mask per dropout layer (1 kept, 0 dropped), over *all* units.
    /// Only used in training mode; `None` draws the training view without masks.
    pub masks: Option<&'a [Vec<u8>]>,
    /// Drop probability per dropout layer that `masks` were drawn with: the slider may have
    /// moved since the step, and the shown mask's "expected" count and scale belong to the
    /// rate that drew it. Empty means `drop_rates`.
    pub mask_rates: &'a [f32],
    /// Training mode (masks, crosses, scale badges) or evaluation mode (full network).
    pub train_mode: bool,
    /// Classic dropout (Srivastava et al.): no scaling in training, every unit × (1−p) at
    /// evaluation. Otherwise inverted: kept units × 1/(1−p) in training, evaluation unscaled.
    pub classic: bool,
    /// Optional names per layer; default "input", "hidden 1", …, "output".
    pub layer_names: Option<&'a [&'a str]>,
    /// How the page writes `p` (the headings' rates and the banner's scale).
    pub notation: Notation,
}

impl DiagramView<'_> {
    /// Whether unit `unit` of layer `layer` is switched off in the drawn example.
    pub fn is_dropped(&self, layer: usize, unit: usize) -> bool {
        self.train_mode
            && self
                .masks
                .and_then(|m| m.get(layer))
                .and_then(|mask| mask.get(unit))
                .is_some_and(|&keep| keep == 0)
    }

    /// Drop probability of `layer` (0 for the output layer or when not given).
    pub fn drop_rate(&self, layer: usize) -> f32 {
        let last = self.layer_sizes.len().saturating_sub(1);
        if layer >= last {
            0.0
        } else {
            self.drop_rates.get(layer).copied().unwrap_or(0.0)
        }
    }

    /// Drop probability the shown mask of `layer` was drawn with.
    pub fn mask_rate(&self, layer: usize) -> f32 {
        match self.mask_rates.get(layer) {
            Some(&q) if layer + 1 < self.layer_sizes.len() => q,
            _ => self.drop_rate(layer),
        }
    }

    /// The drawn example's mask of `layer`, in training mode on a dropout layer.
    fn shown_mask(&self, layer: usize) -> Option<&[u8]> {
        let is_dropout_layer = layer + 1 < self.layer_sizes.len();
        self.masks
            .and_then(|m| m.get(layer))
            .map(Vec::as_slice)
            .filter(|_| self.train_mode && is_dropout_layer)
    }

    /// The lines under layer `layer`: the shown mask's count, what its rate expects and the
    /// scale it applied (from the rate that drew it, which says so when the slider has moved
    /// on), or classic dropout's evaluation scale.
    pub fn footer(&self, layer: usize) -> Vec<String> {
        let n = self.layer_sizes.get(layer).copied().unwrap_or(0);
        let is_dropout_layer = layer + 1 < self.layer_sizes.len();
        let p = self.drop_rate(layer);
        let mut lines = Vec::new();
        if let Some(mask) = self.shown_mask(layer) {
            let q = self.mask_rate(layer);
            let kept = mask.iter().filter(|&&k| k != 0).count();
            lines.push(t!("diagram-kept-of", kept = kept, n = n));
            let expected = t!("diagram-expected", n = fixed(n as f32 * (1.0 - q), 0));
            let scale = (q > 0.0 && !self.classic).then(|| fixed(1.0 / (1.0 - q), 1));
            if q == p {
                lines.push(expected);
                lines.extend(scale.map(|s| t!("diagram-kept-scaled", scale = s)));
            } else {
                // Three short lines fit under a column: say which rate drew the mask.
                let rate = rate_label(q, self.notation);
                lines.push(t!("diagram-mask-of", rate = rate));
                lines.push(match scale {
                    Some(s) => t!("diagram-expected-scaled", expected = expected, scale = s),
                    None => expected,
                });
            }
        } else if !self.train_mode && self.classic && is_dropout_layer && p > 0.0 {
            lines.push(t!("diagram-all-scaled", scale = fixed(1.0 - p, 2)));
        }
        lines
    }

    fn layer_name(&self, layer: usize) -> String {
        if let Some(name) = self.layer_names.and_then(|n| n.get(layer)) {
            return (*name).to_string();
        }
        match layer {
            0 => t!("diagram-layer-input"),
            l if l + 1 == self.layer_sizes.len() => t!("diagram-layer-output"),
            l => t!("diagram-layer-hidden", layer = l),
        }
    }
}

const LABEL: Font = Font::new(15.0, INK);
const NOTE: Font = Font::new(14.0, MUTED);
const UNIT_FILL: Rgb = Rgb(0x9C, 0xD0, 0xF0);

/// Draw the diagram filling the canvas (backing store fitted to CSS size × dpr).
pub fn draw_diagram(canvas: &HtmlCanvasElement, view: &DiagramView) -> Result<(), JsValue> {
    draw_diagram_with(canvas, view, &NoiseOverlay::NONE)
}

/// [`draw_diagram`] for a run variant: DropConnect's grey edges, Gaussian factors, and the
/// overlay's own banner and counts (see [`NoiseOverlay`]).
pub fn draw_diagram_with(
    canvas: &HtmlCanvasElement,
    view: &DiagramView,
    overlay: &NoiseOverlay,
) -> Result<(), JsValue> {
    let surface = Surface::prepare(canvas)?;
    let ctx = &surface.ctx;
    let layout = diagram_layout(view.layer_sizes, surface.width, surface.height);
    let banner = match (view.train_mode, view.classic) {
        (true, false) if view.notation == Notation::Retain => t!("diagram-train-inverted-retain"),
        (true, false) => t!("diagram-train-inverted"),
        (true, true) => t!("diagram-train-classic"),
        (false, false) => t!("diagram-eval-inverted"),
        (false, true) if view.notation == Notation::Retain => t!("diagram-eval-classic-retain"),
        (false, true) => t!("diagram-eval-classic"),
    };
    let banner = overlay.banner.map_or(banner, String::from);
    diagram_noise::draw_banner(ctx, &banner, surface.width);
    diagram_noise::draw_dropped_edges(ctx, view, overlay, &layout);
    draw_edges(ctx, view, overlay, &layout);
    for (l, column) in layout.columns.iter().enumerate() {
        draw_column(ctx, view, l, column);
        diagram_noise::draw_factors(ctx, view, overlay, l, column);
        let footer = overlay.footers.and_then(|f| f.get(l)).cloned();
        let room = label_room(&layout.columns, l, surface.width);
        draw_labels(ctx, view, l, column, (room, surface.height), footer);
    }
    ctx.set_line_width(1.0);
    Ok(())
}

/// Thickness levels of the edges.
const LEVELS: usize = 6;

/// Edges batched into a few paths by sign and thickness: one stroke per bucket instead of one
/// per edge keeps a 24×24-edge layer pair cheap enough for every animation frame.
fn draw_edges(
    ctx: &CanvasRenderingContext2d,
    view: &DiagramView,
    overlay: &NoiseOverlay,
    layout: &DiagramLayout,
) {
    for (l, pair) in layout.columns.windows(2).enumerate() {
        let Some(w) = view.weights.get(l) else {
            continue;
        };
        let max_abs = w
            .values
            .iter()
            .filter(|v| v.is_finite())
            .fold(0.0f32, |m, v| m.max(v.abs()));
        if max_abs <= 0.0 {
            continue;
        }
        // Many crossing edges turn into a solid mat; thin and fade them as the pair gets denser.
        let density = ((pair[0].units.len() * pair[1].units.len()) as f64).sqrt();
        let sparse = (10.0 / density).clamp(0.3, 1.0);
        let bucket = |a: usize, b: usize| edge_bucket(view, overlay, l, w, max_abs, (a, b));
        for positive in [true, false] {
            for level in 0..LEVELS {
                ctx.begin_path();
                let mut any = false;
                for &(a, ya) in &pair[0].units {
                    for &(b, yb) in &pair[1].units {
                        if bucket(a, b) == Some((positive, level)) {
                            ctx.move_to(pair[0].x, ya);
                            ctx.line_to(pair[1].x, yb);
                            any = true;
                        }
                    }
                }
                if any {
                    let t = (level as f64 + 0.5) / LEVELS as f64;
                    let colour = palette::sign_colour(if positive { 1.0 } else { -1.0 });
                    ctx.set_stroke_style_str(&colour.css_alpha((0.15 + 0.7 * t) * sparse));
                    ctx.set_line_width(0.5 + 3.5 * t * (0.4 + 0.6 * sparse));
                    ctx.stroke();
                }
            }
        }
    }
}

/// The sign and thickness level of the edge from unit `a` of layer `l` to unit `b` of the
/// next, or `None` when it is not drawn (no weight, not finite, or an end or the weight dropped).
fn edge_bucket(
    view: &DiagramView,
    overlay: &NoiseOverlay,
    l: usize,
    w: &LayerWeights,
    max_abs: f32,
    (a, b): (usize, usize),
) -> Option<(bool, usize)> {
    let &v = w
        .values
        .get(a * w.cols + b)
        .filter(|_| a < w.rows && b < w.cols)?;
    if !v.is_finite()
        || view.is_dropped(l, a)
        || view.is_dropped(l + 1, b)
        || (view.train_mode && overlay.weight_dropped(l, a, b, w.cols))
    {
        return None;
    }
    let strength = v.abs() / max_abs;
    Some((
        v >= 0.0,
        ((strength * LEVELS as f32) as usize).min(LEVELS - 1),
    ))
}

fn draw_column(ctx: &CanvasRenderingContext2d, view: &DiagramView, l: usize, column: &Column) {
    let r = column.radius;
    // A shown mask was scaled with the rate that drew it; without one, the next step's rate.
    let p = if view.shown_mask(l).is_some() {
        view.mask_rate(l)
    } else {
        view.drop_rate(l)
    };
    // The factor the next layer sees on a drawn unit, when it is not 1.
    let factor = match (view.train_mode, view.classic) {
        (true, false) => 1.0 / (1.0 - p),
        (false, true) => 1.0 - p,
        _ => 1.0,
    };
    let badges = p > 0.0 && factor != 1.0 && r >= 8.0 && column.units.len() <= MAX_SHOWN / 2;
    for &(unit, y) in &column.units {
        if view.is_dropped(l, unit) {
            circle(ctx, column.x, y, r, Some(DROPPED), Some((GUIDE, 1.5)));
            // The cross stays inside the circle so it cannot be mistaken for an edge.
            let d = r * 0.6;
            ctx.set_stroke_style_str(&MUTED.css());
            ctx.set_line_width(2.0);
            line(ctx, (column.x - d, y - d), (column.x + d, y + d));
            line(ctx, (column.x - d, y + d), (column.x + d, y - d));
        } else {
            circle(ctx, column.x, y, r, Some(UNIT_FILL), Some((INK, 1.5)));
            if badges {
                badge(ctx, &format!("×{factor:.1}"), column.x + r + 2.0, y - r);
            }
        }
    }
    if let Some(y) = column.ellipsis_y {
        for dy in [-6.0, 0.0, 6.0] {
            circle(ctx, column.x, y + dy, 1.8, Some(MUTED), None);
        }
    }
}

/// Width a label centred on column `l` may take: half the gap to each neighbouring column on
/// either side (the neighbours' labels take the other halves), and no further than the canvas.
fn label_room(columns: &[Column], l: usize, width: f64) -> f64 {
    let x = columns[l].x;
    let left = l.checked_sub(1).map_or(2.0 * x, |k| x - columns[k].x);
    let right = columns.get(l + 1).map_or(2.0 * (width - x), |c| c.x - x);
    left.min(right) - 6.0
}

/// A small "×2.0" tag on a white pill so it stays readable on top of edges.
pub(super) fn badge(ctx: &CanvasRenderingContext2d, label: &str, left: f64, centre_y: f64) {
    ctx.set_font(&font_css(Font::new(12.0, INK).bold(), 12.0));
    let w = ctx.measure_text(label).map(|m| m.width()).unwrap_or(24.0) + 6.0;
    ctx.set_fill_style_str("rgba(255,255,255,0.9)");
    ctx.fill_rect(left, centre_y - 8.0, w, 16.0);
    text(
        ctx,
        label,
        (left + 3.0, centre_y),
        Font::new(12.0, INK).bold(),
        Anchor::Left,
    );
}

fn draw_labels(
    ctx: &CanvasRenderingContext2d,
    view: &DiagramView,
    l: usize,
    column: &Column,
    (room, height): (f64, f64),
    footer: Option<Vec<String>>,
) {
    let x = column.x;
    let n = view.layer_sizes.get(l).copied().unwrap_or(0);
    let is_dropout_layer = l + 1 < view.layer_sizes.len();
    let p = view.drop_rate(l);
    let size = match n {
        n if n > MAX_SHOWN => t!("diagram-units-shown", shown = column.units.len(), n = n),
        n => t!("diagram-units", n = n),
    };
    let mut header = vec![(view.layer_name(l), LABEL.bold()), (size, NOTE)];
    if is_dropout_layer {
        let colour = if p > 0.0 { INK } else { MUTED };
        // A mask drawn at another rate is on screen: the new rate applies from the next step.
        let stale = view.shown_mask(l).is_some() && view.mask_rate(l) != p;
        let rate = if stale {
            t!("diagram-next-step", rate = rate_label(p, view.notation))
        } else {
            rate_label(p, view.notation)
        };
        header.push((rate, Font::new(14.0, colour).bold()));
    }
    let bold_first = view.shown_mask(l).is_some();
    let footer = footer.unwrap_or_else(|| view.footer(l));
    let footer = footer.into_iter().enumerate().map(|(i, line)| {
        let font = if bold_first && i == 0 {
            LABEL.bold()
        } else {
            NOTE
        };
        (line, font)
    });
    for (i, (s, font)) in header.into_iter().enumerate() {
        let at = (x, 38.0 + 18.0 * i as f64);
        text_fitted(ctx, &s, at, font, Anchor::TopCentre, room);
    }
    for (i, (s, font)) in footer.into_iter().enumerate() {
        let at = (x, height - 58.0 + 19.0 * i as f64);
        text_fitted(ctx, &s, at, font, Anchor::TopCentre, room);
    }
}
