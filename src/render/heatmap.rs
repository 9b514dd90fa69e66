//! The decision-region heatmap: one `ImageData` at grid resolution, one `putImageData` onto a
//! small offscreen canvas, one scaled `drawImage` with smoothing — never cell by cell — and the
//! data points drawn over it.

use std::cell::RefCell;

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use super::palette::{self, BLACK, Rgb, WHITE};
use super::panel_data::{DecisionGrid, Extent, GridCells, LabelledPoint, PanelRect};
use super::surface::{circles, context_2d};

/// Colour of a grid cell: white where the model is unsure, the class colour (kept pale so the
/// points stay visible) where it is confident.
pub fn cell_colour(cells: &GridCells, i: usize) -> Rgb {
    let (class, strength) = match *cells {
        GridCells::Binary(p) => {
            let p = p
                .get(i)
                .copied()
                .filter(|v| v.is_finite())
                .unwrap_or(0.5)
                .clamp(0.0, 1.0);
            (usize::from(p >= 0.5), (p - 0.5).abs() * 2.0)
        }
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
    WHITE.mix(palette::class_colour(class), 0.6 * strength)
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

pub(crate) fn draw_heatmap(
    ctx: &CanvasRenderingContext2d,
    grid: &DecisionGrid,
    rect: &PanelRect,
) -> Result<(), JsValue> {
    let n = grid.cols * grid.rows;
    if n == 0 {
        return Ok(());
    }
    let mut rgba = vec![255u8; n * 4];
    for (i, px) in rgba.chunks_exact_mut(4).enumerate() {
        let c = cell_colour(&grid.cells, i);
        px[..3].copy_from_slice(&[c.0, c.1, c.2]);
    }
    let whole = [0.0, 0.0, grid.cols as f64, grid.rows as f64];
    blit(ctx, &rgba, (grid.cols, grid.rows), &[(whole, *rect)], true)
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
