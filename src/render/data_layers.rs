//! What the lab's data canvas keeps between draws (#18, the slow device).
//!
//! While the race plays, one run's panel changes at a time (its predictions are refreshed in
//! turn) and the data points never change. Measured on a browser held to half a core, one
//! redraw of four panels cost about 60 ms: half of it the points (hundreds of anti-aliased
//! circles, filled and stroked, rasterised again for every panel), a third the decision map's
//! finer image (an `exp` per sub-pixel). So the canvas keeps, per panel:
//! - what it last drew there (a fingerprint of everything the panel shows), so a panel that
//!   did not change is not drawn again;
//! - its points drawn once into an offscreen layer, in the canvas's own device pixels, and
//!   copied 1:1 (one `drawImage`) until the points, the panel's place or the pixel scale change;
//! - its decision map's image, painted once per new set of predictions and then only scaled.

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageData};

use super::heatmap::{draw_points, heatmap_image};
use super::panel_data::{DataPanel, DecisionGrid, Extent, GridCells, LabelledPoint, PanelData};
use super::panel_data::{PanelRect, TITLE_H};
use super::surface::{Surface, context_2d};

/// What the lab's data canvas shows now; one per canvas that is redrawn in place. A new
/// (default) memo knows nothing, so its first draw draws everything.
#[derive(Default)]
pub struct DataCanvasMemo {
    /// Backing-store width, height and drawing scale when last drawn: any change clears.
    backing: Option<(u32, u32, u64)>,
    panels: Vec<PanelMemo>,
}

#[derive(Default)]
pub(super) struct PanelMemo {
    /// Fingerprint of what the panel shows (see [`panel_print`]).
    drawn: Option<u64>,
    heat: Option<Layer>,
    points: Option<Layer>,
}

/// An offscreen canvas and the fingerprint of what is painted on it.
struct Layer {
    key: u64,
    canvas: HtmlCanvasElement,
    /// Whether it holds anything to show (an empty grid or a zero-sized panel does not).
    shown: bool,
}

impl DataCanvasMemo {
    /// Starts a draw of `n` panels on `surface`: whether everything must be drawn (asked, a
    /// first draw, another size, scale or number of panels); then every panel counts as not
    /// drawn.
    pub(super) fn begin(
        &mut self,
        surface: &Surface,
        canvas: &HtmlCanvasElement,
        n: usize,
        asked: bool,
    ) -> bool {
        let backing = Some((canvas.width(), canvas.height(), surface.scale.to_bits()));
        let full = asked || self.backing != backing || self.panels.len() != n;
        self.backing = backing;
        self.panels.resize_with(n, PanelMemo::default);
        if full {
            self.panels.iter_mut().for_each(|p| p.drawn = None);
        }
        full
    }

    pub(super) fn panel(&mut self, i: usize) -> &mut PanelMemo {
        &mut self.panels[i]
    }
}

impl PanelMemo {
    /// Whether the panel must be drawn to show `print`; records it as drawn.
    pub(super) fn needs(&mut self, print: u64) -> bool {
        let needs = self.drawn != Some(print);
        self.drawn = Some(print);
        needs
    }
}

/// Clears a panel's whole box (title row, plot and frame) to white, so it can be drawn again
/// without touching its neighbours: the cells around a panel leave at least 8 units of margin.
pub(super) fn clear_panel_box(ctx: &CanvasRenderingContext2d, rect: &PanelRect) {
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(
        rect.left - 4.0,
        rect.top - TITLE_H,
        rect.width + 8.0,
        rect.height + TITLE_H + 4.0,
    );
}

/// The decision map: its finer image painted into the panel's own small canvas once per new
/// set of predictions, then scaled into `rect` with smoothing (as [`super::heatmap`] draws it).
pub(super) fn draw_heat_layer(
    ctx: &CanvasRenderingContext2d,
    memo: &mut PanelMemo,
    grid: &DecisionGrid,
    rect: &PanelRect,
) -> Result<(), JsValue> {
    let mut print = Fingerprint::default();
    print.grid(grid);
    let layer = layer_for(&mut memo.heat, print.0, |canvas| {
        let Some((rgba, (w, h))) = heatmap_image(grid) else {
            return Ok(false);
        };
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let image =
            ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w as u32, h as u32)?;
        context_2d(canvas)?.put_image_data(&image, 0.0, 0.0)?;
        Ok(true)
    })?;
    if let Some(layer) = layer {
        ctx.set_image_smoothing_enabled(true);
        ctx.draw_image_with_html_canvas_element_and_dw_and_dh(
            layer,
            rect.left,
            rect.top,
            rect.width,
            rect.height,
        )?;
    }
    Ok(())
}

/// The data points: drawn once into a layer covering `rect` in the canvas's device pixels (the
/// same transform, shifted to the layer's whole-pixel corner), then copied 1:1, which gives
/// the very pixels drawing them here would. `scale`: device pixels per drawing unit.
pub(super) fn draw_points_layer(
    ctx: &CanvasRenderingContext2d,
    memo: &mut PanelMemo,
    rect: &PanelRect,
    scale: f64,
    (extent, train, val): (&Extent, &[LabelledPoint], &[LabelledPoint]),
) -> Result<(), JsValue> {
    let (x0, y0) = ((rect.left * scale).floor(), (rect.top * scale).floor());
    let x1 = ((rect.left + rect.width) * scale).ceil();
    let y1 = ((rect.top + rect.height) * scale).ceil();
    let (w, h) = ((x1 - x0).max(0.0) as u32, (y1 - y0).max(0.0) as u32);
    let mut print = Fingerprint::default();
    print.points(extent, train, val);
    print.rect(rect);
    print.word(scale.to_bits());
    let layer = layer_for(&mut memo.points, print.0, |canvas| {
        canvas.set_width(w);
        canvas.set_height(h);
        let layer_ctx = context_2d(canvas)?;
        layer_ctx.set_transform(scale, 0.0, 0.0, scale, -x0, -y0)?;
        layer_ctx.begin_path();
        layer_ctx.rect(rect.left, rect.top, rect.width, rect.height);
        layer_ctx.clip();
        draw_points(&layer_ctx, rect, extent, train, val);
        Ok(w > 0 && h > 0)
    })?;
    if let Some(layer) = layer {
        ctx.save();
        ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)?;
        ctx.draw_image_with_html_canvas_element(layer, x0, y0)?;
        ctx.restore();
    }
    Ok(())
}

/// The canvas `slot` holds if it was painted for `key`; otherwise `paint` paints it (or another
/// new one) for `key`, and says whether there is anything to show.
fn layer_for(
    slot: &mut Option<Layer>,
    key: u64,
    paint: impl FnOnce(&HtmlCanvasElement) -> Result<bool, JsValue>,
) -> Result<Option<&HtmlCanvasElement>, JsValue> {
    if slot.as_ref().is_some_and(|l| l.key == key && l.shown) {
        return Ok(slot.as_ref().map(|l| &l.canvas));
    }
    let canvas = match slot.take() {
        Some(layer) => layer.canvas,
        None => web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?
            .create_element("canvas")?
            .dyn_into::<HtmlCanvasElement>()?,
    };
    let shown = paint(&canvas)?;
    let layer = slot.insert(Layer { key, canvas, shown });
    Ok(layer.shown.then_some(&layer.canvas))
}

/// A 64-bit digest of what a panel shows, to tell whether it changed since it was drawn. Not
/// cryptographic: two different pictures agree by chance about once in 2^64 draws.
#[derive(Default)]
pub(super) struct Fingerprint(pub(super) u64);

impl Fingerprint {
    fn word(&mut self, w: u64) {
        self.0 = (self.0 ^ w)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29);
    }

    fn floats(&mut self, values: impl ExactSizeIterator<Item = f32>) {
        self.word(values.len() as u64);
        values.for_each(|v| self.word(u64::from(v.to_bits())));
    }

    fn text(&mut self, s: &str) {
        self.word(s.len() as u64);
        s.bytes().for_each(|b| self.word(u64::from(b)));
    }

    fn rect(&mut self, r: &PanelRect) {
        for v in [r.left, r.top, r.width, r.height] {
            self.word(v.to_bits());
        }
    }

    fn grid(&mut self, grid: &DecisionGrid) {
        self.word(grid.cols as u64);
        self.word(grid.rows as u64);
        match grid.cells {
            GridCells::Binary(p) => self.floats(p.iter().copied()),
            GridCells::MultiClass {
                class,
                confidence,
                classes,
            } => {
                self.word(classes as u64);
                self.floats(class.iter().map(|&k| f32::from(k)));
                self.floats(confidence.iter().copied());
            }
        }
    }

    fn extent(&mut self, e: &Extent) {
        self.floats([e.x0, e.x1, e.y0, e.y1].into_iter());
    }

    fn points(&mut self, e: &Extent, train: &[LabelledPoint], val: &[LabelledPoint]) {
        self.extent(e);
        for set in [train, val] {
            self.word(set.len() as u64);
            let flat = set.iter().flat_map(|p| [p.x, p.y, f32::from(p.class)]);
            flat.for_each(|v| self.word(u64::from(v.to_bits())));
        }
    }

    fn pairs(&mut self, pairs: &[(f32, f32)]) {
        self.word(pairs.len() as u64);
        for &(x, y) in pairs {
            self.word(u64::from(x.to_bits()) << 32 | u64::from(y.to_bits()));
        }
    }
}

/// The fingerprint of everything `panel` shows in `rect`.
pub(super) fn panel_print(panel: &DataPanel, rect: &PanelRect) -> u64 {
    let mut print = Fingerprint::default();
    print.text(panel.title);
    print.word(panel.colour as u64);
    print.rect(rect);
    match panel.data {
        PanelData::Classifier {
            grid,
            extent,
            train,
            val,
        } => {
            print.grid(&grid);
            print.points(&extent, train, val);
        }
        PanelData::Regression {
            extent,
            fitted,
            truth,
            train,
            val,
        } => {
            print.extent(&extent);
            for curve in [fitted, truth, train, val] {
                print.pairs(curve);
            }
        }
        PanelData::Digits {
            examples,
            class_accuracy,
        } => {
            print.word(examples.len() as u64);
            for ex in examples {
                print.floats(ex.pixels.iter().copied());
                print.word(u64::from(ex.predicted) << 8 | u64::from(ex.truth));
            }
            print.floats(class_accuracy.iter().copied());
        }
    }
    print.0
}
