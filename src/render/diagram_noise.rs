//! What the diagram adds for a run that is not plain Bernoulli dropout (#13): DropConnect's
//! dropped weights as grey edges, Gaussian dropout's noise factor on each unit, and the words
//! that replace the mask's banner and counts.

use web_sys::CanvasRenderingContext2d;

use super::diagram::DiagramView;
use super::diagram_layout::{Column, DiagramLayout, MAX_SHOWN};
use super::palette::DROPPED;
use super::surface::{Anchor, Font};

/// The variant's extra drawing; [`NoiseOverlay::NONE`] draws plain dropout as before.
#[derive(Clone, Copy, Debug, Default)]
pub struct NoiseOverlay<'a> {
    /// Replaces the banner at the top.
    pub banner: Option<&'a str>,
    /// DropConnect: per weight layer, row-major like its weights, 1 kept / 0 dropped.
    pub weight_masks: Option<&'a [Vec<u8>]>,
    /// Gaussian dropout: the drawn example's factor on every unit of each dropout layer.
    pub factors: Option<&'a [Vec<f32>]>,
    /// Replaces the lines under each layer (one list per layer).
    pub footers: Option<&'a [Vec<String>]>,
}

impl NoiseOverlay<'_> {
    pub const NONE: NoiseOverlay<'static> = NoiseOverlay {
        banner: None,
        weight_masks: None,
        factors: None,
        footers: None,
    };

    /// Whether DropConnect dropped the weight from unit `a` of layer `l` to unit `b`.
    pub fn weight_dropped(&self, l: usize, a: usize, b: usize, cols: usize) -> bool {
        self.weight_masks
            .and_then(|m| m.get(l))
            .and_then(|m| m.get(a * cols + b))
            .is_some_and(|&k| k == 0)
    }
}

/// DropConnect's dropped weights, thin and grey under the kept ones: the class sees which
/// connections this minibatch trained without.
pub fn draw_dropped_edges(
    ctx: &CanvasRenderingContext2d,
    view: &DiagramView,
    overlay: &NoiseOverlay,
    layout: &DiagramLayout,
) {
    if overlay.weight_masks.is_none() || !view.train_mode {
        return;
    }
    ctx.begin_path();
    for (l, pair) in layout.columns.windows(2).enumerate() {
        let Some(w) = view.weights.get(l) else {
            continue;
        };
        for &(a, ya) in &pair[0].units {
            for &(b, yb) in &pair[1].units {
                if a < w.rows && b < w.cols && overlay.weight_dropped(l, a, b, w.cols) {
                    ctx.move_to(pair[0].x, ya);
                    ctx.line_to(pair[1].x, yb);
                }
            }
        }
    }
    ctx.set_stroke_style_str(&DROPPED.css_alpha(0.8));
    ctx.set_line_width(0.8);
    ctx.set_line_dash(&js_sys::Array::of2(&3.0.into(), &3.0.into()))
        .ok();
    ctx.stroke();
    ctx.set_line_dash(&js_sys::Array::new()).ok();
}

/// Gaussian dropout's factor beside each drawn unit ("×1.37"), where there is room.
pub fn draw_factors(
    ctx: &CanvasRenderingContext2d,
    view: &DiagramView,
    overlay: &NoiseOverlay,
    l: usize,
    column: &Column,
) {
    let Some(factors) = overlay.factors.and_then(|f| f.get(l)) else {
        return;
    };
    let r = column.radius;
    if !view.train_mode || r < 8.0 || column.units.len() > MAX_SHOWN / 2 {
        return;
    }
    for &(unit, y) in &column.units {
        if let Some(f) = factors.get(unit) {
            super::diagram::badge(ctx, &format!("×{f:.2}"), column.x + r + 2.0, y - r);
        }
    }
}

/// The banner, when the overlay replaces it.
pub fn draw_banner(ctx: &CanvasRenderingContext2d, banner: &str, width: f64) {
    super::surface::text_fitted(
        ctx,
        banner,
        (12.0, 10.0),
        Font::new(15.0, super::palette::INK).bold(),
        Anchor::TopLeft,
        width - 24.0,
    );
}
