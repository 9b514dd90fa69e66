//! The decision-region heatmap: one `ImageData` a few times finer than the model's grid, one
//! `putImageData` onto a small offscreen canvas, one scaled `drawImage` with smoothing — never
//! cell by cell — and the data points drawn over it.
//!
//! A confident network's probability jumps from 0 to 1 between two grid cells, so scaling the
//! cells' colours would draw its boundary as a staircase of cells. For two classes the finer
//! image interpolates the model's logit instead, which varies smoothly even where the
//! probability saturates, and colours each sub-cell from it: the boundary sits where the model
//! puts it, inside the cells.

use std::cell::RefCell;

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use super::palette::{self, BLACK, Rgb, WHITE};
use super::panel_data::{DecisionGrid, Extent, GridCells, LabelledPoint, PanelRect};
use super::surface::{circles, context_2d};

/// Sub-cells per grid cell along each side of the two-class heatmap.
const FINER: usize = 4;

/// Colour of a grid cell: white where the model is unsure, the class colour (kept pale so the
/// points stay visible) where it is confident.
pub fn cell_colour(cells: &GridCells, i: usize) -> Rgb {
    let (class, strength) = match *cells {
        GridCells::Binary(p) => return binary_colour(probability(p, i)),
        GridCells::MultiClass {
            class,
            confidence,
            classes,
        } => {
            let k = class.get(i).copied().unwrap_or(0);
            let chance = 1.0 / classes.max(2) as f32;
            let c = confidence
                .get(i)
                .copied()
                .filter(|v| v.is_finite())
                .unwrap_or(chance);
            (
                usize::from(k),
                ((c - chance) / (1.0 - chance)).clamp(0.0, 1.0),
            )
        }
    };
    strength_colour(class, strength)
}

/// The class colour mixed into white by how sure the model is (0 unsure, 1 certain).
fn strength_colour(class: usize, strength: f32) -> Rgb {
    WHITE.mix(palette::class_colour(class), 0.6 * strength)
}

/// Colour for probability `p` of class 1.
fn binary_colour(p: f32) -> Rgb {
    strength_colour(usize::from(p >= 0.5), (p - 0.5).abs() * 2.0)
}

/// Probability of class 1 in cell `i`; 0.5 (unsure) for a missing or non-finite value.
fn probability(p: &[f32], i: usize) -> f32 {
    p.get(i)
        .copied()
        .filter(|v| v.is_finite())
        .unwrap_or(0.5)
        .clamp(0.0, 1.0)
}

/// The two-class map `FINER` times finer than `grid`: each sub-cell's colour comes from the
/// logit interpolated bilinearly between the centres of the four nearest cells.
fn finer_binary(p: &[f32], cols: usize, rows: usize) -> Vec<u8> {
    // ln(p / (1−p)), capped where float32 probabilities saturate.
    let logits: Vec<f32> = (0..cols * rows)
        .map(|i| {
            let p = probability(p, i).clamp(1e-6, 1.0 - 1e-6);
            (p / (1.0 - p)).ln()
        })
        .collect();
    let at = |c: usize, r: usize| logits[r * cols + c];
    // Position of sub-cell `k` in cell-centre coordinates, its two neighbours and the weight
    // of the second.
    let axis = |k: usize, n: usize| {
        let u = ((k as f32 + 0.5) / FINER as f32 - 0.5).clamp(0.0, (n - 1) as f32);
        let lo = (u.floor() as usize).min(n - 1);
        (lo, (lo + 1).min(n - 1), u - lo as f32)
    };
    let (w, h) = (cols * FINER, rows * FINER);
    let mut rgba = vec![255u8; w * h * 4];
    for (k, px) in rgba.chunks_exact_mut(4).enumerate() {
        let (c0, c1, fx) = axis(k % w, cols);
        let (r0, r1, fy) = axis(k / w, rows);
        let top = at(c0, r0) + fx * (at(c1, r0) - at(c0, r0));
        let bottom = at(c0, r1) + fx * (at(c1, r1) - at(c0, r1));
        let z = top + fy * (bottom - top);
        let c = binary_colour(1.0 / (1.0 + (-z).exp()));
        px[..3].copy_from_slice(&[c.0, c.1, c.2]);
    }
    rgba
}

thread_local! {
    /// Reused low-resolution canvas for heatmaps (never attached to the page).
    static OFFSCREEN: RefCell<Option<HtmlCanvasElement>> = const { RefCell::new(None) };
}

/// Paint `rgba` (`cols` × `rows`) once onto the offscreen canvas, then copy each
/// `(source x, y, w, h)` tile of it scaled into its rectangle.
pub(crate) fn blit(
    ctx: &CanvasRenderingContext2d,
    rgba: &[u8],
    size: (usize, usize),
    tiles: &[([f64; 4], PanelRect)],
    smooth: bool,
) -> Result<(), JsValue> {
    let offscreen = OFFSCREEN.with(|cell| -> Result<HtmlCanvasElement, JsValue> {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let document = web_sys::window()
                .and_then(|w| w.document())
                .ok_or("no document")?;
            *cell = Some(
                document
                    .create_element("canvas")?
                    .dyn_into::<HtmlCanvasElement>()?,
            );
        }
        Ok(cell.as_ref().cloned().ok_or("no offscreen canvas")?)
    })?;
    let (cols, rows) = (size.0 as u32, size.1 as u32);
    offscreen.set_width(cols);
    offscreen.set_height(rows);
    let image = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), cols, rows)?;
    context_2d(&offscreen)?.put_image_data(&image, 0.0, 0.0)?;
    ctx.set_image_smoothing_enabled(smooth);
    for ([sx, sy, sw, sh], dst) in tiles {
        ctx.draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            &offscreen, *sx, *sy, *sw, *sh, dst.left, dst.top, dst.width, dst.height,
        )?;
    }
    ctx.set_image_smoothing_enabled(true);
    Ok(())
}

/// The decision map as an RGBA image and its size: `FINER` times finer than the grid for two
/// classes, one pixel per cell otherwise; `None` for an empty grid.
pub(crate) fn heatmap_image(grid: &DecisionGrid) -> Option<(Vec<u8>, (usize, usize))> {
    let n = grid.cols * grid.rows;
    if n == 0 {
        return None;
    }
    Some(if let GridCells::Binary(p) = grid.cells {
        let size = (grid.cols * FINER, grid.rows * FINER);
        (finer_binary(p, grid.cols, grid.rows), size)
    } else {
        let mut rgba = vec![255u8; n * 4];
        for (i, px) in rgba.chunks_exact_mut(4).enumerate() {
            let c = cell_colour(&grid.cells, i);
            px[..3].copy_from_slice(&[c.0, c.1, c.2]);
        }
        (rgba, (grid.cols, grid.rows))
    })
}

pub(crate) fn draw_heatmap(
    ctx: &CanvasRenderingContext2d,
    grid: &DecisionGrid,
    rect: &PanelRect,
) -> Result<(), JsValue> {
    let Some((rgba, size)) = heatmap_image(grid) else {
        return Ok(());
    };
    let whole = [0.0, 0.0, size.0 as f64, size.1 as f64];
    blit(ctx, &rgba, size, &[(whole, *rect)], true)
}

pub(crate) fn draw_points(
    ctx: &CanvasRenderingContext2d,
    rect: &PanelRect,
    e: &Extent,
    train: &[LabelledPoint],
    val: &[LabelledPoint],
) {
    let r = (rect.width / 70.0).clamp(3.0, 5.5);
    let classes = train
        .iter()
        .chain(val)
        .map(|p| usize::from(p.class) + 1)
        .max()
        .unwrap_or(0);
    // One batched path per class and kind: a few draw calls however many points there are.
    let of_class = |points: &'_ [LabelledPoint], k: usize| {
        let finite = points.iter().filter(|p| p.x.is_finite() && p.y.is_finite());
        finite
            .filter(move |p| usize::from(p.class) == k)
            .map(|p| rect.to_px(e, p.x, p.y))
            .collect::<Vec<_>>()
    };
    for k in 0..classes {
        let colour = palette::class_colour(k);
        // A darker rim of the same hue separates the dot from a region of its own colour.
        circles(
            ctx,
            of_class(train, k),
            r,
            Some(colour),
            &[(colour.mix(BLACK, 0.45), 1.0)],
        );
        // A white halo keeps the ring readable on a region of its own colour.
        circles(
            ctx,
            of_class(val, k),
            r,
            None,
            &[(WHITE, 4.0), (colour.mix(BLACK, 0.2), 2.0)],
        );
    }
}
