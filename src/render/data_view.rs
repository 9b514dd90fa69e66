//! The data view: one small panel per raced run showing what the network learned. For 2-D
//! classification a decision-region heatmap under the training points (filled) and validation
//! points (rings); for 1-D regression the fitted curve against the true function; for the 64-pixel
//! digits a few examples with predicted labels and per-digit validation accuracy.

use crate::t;
use wasm_bindgen::JsValue;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::data_layers::{
    DataCanvasMemo, PanelMemo, clear_panel_box, draw_heat_layer, draw_points_layer, panel_print,
};
use super::data_panels::{draw_digits, draw_regression};
use super::heatmap::{draw_heatmap, draw_points};
use super::palette::{self, INK, MUTED, WHITE};
use super::panel_data::{DataPanel, Extent, KEY_H, PanelData, PanelRect, panel_rect};
use super::run_style::{draw_marker, run_style};
use super::surface::{Anchor, Font, Surface, circle, text_fitted, text_fitted_parts};

/// Draw all panels side by side on one canvas, with the keyboard's drawing cursor (data
/// coordinates) on each 2-D panel when there is one.
pub fn draw_data_panels(
    canvas: &HtmlCanvasElement,
    panels: &[DataPanel],
    cursor: Option<(f32, f32)>,
) -> Result<(), JsValue> {
    let surface = Surface::prepare(canvas)?;
    for (i, panel) in panels.iter().enumerate() {
        let rect = panel_rect(panels.len(), i, surface.width, surface.height);
        draw_panel(&surface, panel, &rect, None)?;
        if let (Some(at), Some(extent)) = (cursor, panel_extent(&panel.data)) {
            draw_cursor(&surface.ctx, &rect, &extent, at);
        }
    }
    draw_key_if_any(&surface, panels);
    Ok(())
}

/// [`draw_data_panels`] for a canvas redrawn in place (the lab's, a few times a second while
/// it trains): only the panels that changed since `memo` last saw them are drawn, from layers
/// it keeps (see [`super::data_layers`]). `everything` draws every panel, as does a new size,
/// pixel scale or number of panels, or a cursor (its arms reach past a panel's box).
pub fn draw_data_panels_kept(
    canvas: &HtmlCanvasElement,
    panels: &[DataPanel],
    cursor: Option<(f32, f32)>,
    memo: &mut DataCanvasMemo,
    everything: bool,
) -> Result<(), JsValue> {
    let surface = Surface::prepare_kept(canvas)?;
    let full = memo.begin(
        &surface,
        canvas,
        panels.len(),
        everything || cursor.is_some(),
    );
    if full {
        surface.ctx.set_fill_style_str("#ffffff");
        surface
            .ctx
            .fill_rect(0.0, 0.0, surface.width, surface.height);
    }
    for (i, panel) in panels.iter().enumerate() {
        let rect = panel_rect(panels.len(), i, surface.width, surface.height);
        let kept = memo.panel(i);
        if !kept.needs(panel_print(panel, &rect)) {
            continue;
        }
        if !full {
            clear_panel_box(&surface.ctx, &rect);
        }
        draw_panel(&surface, panel, &rect, Some(kept))?;
        if let (Some(at), Some(extent)) = (cursor, panel_extent(&panel.data)) {
            draw_cursor(&surface.ctx, &rect, &extent, at);
        }
    }
    if full {
        draw_key_if_any(&surface, panels);
    }
    Ok(())
}

/// The points' key under the panels, unless every panel shows digits (they have no points).
fn draw_key_if_any(surface: &Surface, panels: &[DataPanel]) {
    if panels
        .iter()
        .any(|p| !matches!(p.data, PanelData::Digits { .. }))
    {
        draw_points_key(surface);
    }
}

/// One run's panel: its colour and title above, what it learned inside, a frame around.
/// With `kept`, a classifier's map and points come from the layers it keeps.
fn draw_panel(
    surface: &Surface,
    panel: &DataPanel,
    rect: &PanelRect,
    kept: Option<&mut PanelMemo>,
) -> Result<(), JsValue> {
    let ctx = &surface.ctx;
    let colour = palette::run_colour(panel.colour);
    // The run's marker beside its title, as in the loss chart's legend (not by colour alone).
    let style = run_style(panel.colour);
    let at = (rect.left + 7.0, rect.top - 15.0);
    draw_marker(ctx, at, 6.0, style.marker, Some(colour), Some((INK, 1.0)));
    text_fitted_parts(
        ctx,
        panel.title,
        (rect.left + 20.0, rect.top - 15.0),
        Font::new(16.0, INK).bold(),
        rect.width - 20.0,
    );
    ctx.save();
    ctx.begin_path();
    ctx.rect(rect.left, rect.top, rect.width, rect.height);
    ctx.clip();
    draw_contents(surface, panel.data, colour, rect, kept)?;
    ctx.restore();
    ctx.set_stroke_style_str(&MUTED.css());
    ctx.set_line_width(1.0);
    ctx.stroke_rect(rect.left, rect.top, rect.width, rect.height);
    Ok(())
}

/// What a panel shows inside its (clipped) rectangle.
fn draw_contents(
    surface: &Surface,
    data: PanelData,
    colour: palette::Rgb,
    rect: &PanelRect,
    kept: Option<&mut PanelMemo>,
) -> Result<(), JsValue> {
    let ctx = &surface.ctx;
    match (data, kept) {
        (
            PanelData::Classifier {
                grid,
                extent,
                train,
                val,
            },
            Some(kept),
        ) if grid.has_outputs() => {
            draw_heat_layer(ctx, kept, &grid, rect)?;
            draw_points_layer(ctx, kept, rect, surface.scale, (&extent, train, val))?;
        }
        // The first picture, before any map: its points straight onto the canvas, and no
        // all-white map. Its layers are made when the map comes, after the first paint, instead
        // of two canvases a panel made, painted and copied before the first chart (#18). The
        // same picture: measured, the points' anti-aliased rims differ by at most 3/255 from
        // the layer's copy (drawn onto white here, onto transparent there).
        (
            PanelData::Classifier {
                extent, train, val, ..
            },
            Some(_),
        ) => draw_points(ctx, rect, &extent, train, val),
        (
            PanelData::Classifier {
                grid,
                extent,
                train,
                val,
            },
            None,
        ) => {
            draw_heatmap(ctx, &grid, rect)?;
            draw_points(ctx, rect, &extent, train, val);
        }
        (
            PanelData::Regression {
                extent,
                fitted,
                truth,
                train,
                val,
            },
            _,
        ) => draw_regression(ctx, rect, &extent, colour, (fitted, truth), (train, val)),
        (
            PanelData::Digits {
                examples,
                class_accuracy,
            },
            _,
        ) => draw_digits(ctx, rect, colour, examples, class_accuracy)?,
    }
    Ok(())
}

/// The plotting extent of a 2-D panel (`None` for the digits, which have no plane to point at).
fn panel_extent(data: &PanelData) -> Option<Extent> {
    match data {
        PanelData::Classifier { extent, .. } | PanelData::Regression { extent, .. } => {
            Some(*extent)
        }
        PanelData::Digits { .. } => None,
    }
}

/// The keyboard's cursor: a crosshair in ink with a white halo, so it shows on any region colour.
fn draw_cursor(ctx: &CanvasRenderingContext2d, rect: &PanelRect, extent: &Extent, at: (f32, f32)) {
    let (x, y) = rect.to_px(extent, at.0, at.1);
    let arm = 9.0;
    for (colour, width) in [(WHITE, 5.0), (INK, 2.0)] {
        ctx.set_stroke_style_str(&colour.css());
        ctx.set_line_width(width);
        ctx.begin_path();
        ctx.move_to(x - arm, y);
        ctx.line_to(x + arm, y);
        ctx.move_to(x, y - arm);
        ctx.line_to(x, y + arm);
        ctx.stroke();
    }
    circle(ctx, x, y, 4.0, None, Some((INK, 1.5)));
}

/// The key under the panels: filled dots train, rings validate.
fn draw_points_key(surface: &Surface) {
    let ctx = &surface.ctx;
    let y = surface.height - KEY_H / 2.0;
    let font = Font::new(14.0, INK);
    circle(ctx, 16.0, y, 5.0, Some(INK), Some((WHITE, 1.0)));
    text_fitted(
        ctx,
        &t!("data-key-train"),
        (26.0, y),
        font,
        Anchor::Left,
        120.0,
    );
    circle(ctx, 156.0, y, 5.0, None, Some((INK, 2.0)));
    let room = surface.width - 174.0;
    text_fitted(
        ctx,
        &t!("data-key-validation"),
        (166.0, y),
        font,
        Anchor::Left,
        room,
    );
}
