//! Present mode and big screens: one drawing scale for every canvas (see
//! [`crate::render::surface::draw_scale`]). The page picks it from the window size and the
//! Present toggle; the render modules draw their text, lines and crosses that much bigger.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::Lab;
use crate::render::diagram_layout;

use crate::render::surface;

/// CSS pixels per drawing unit on every canvas (1 = as designed for a 1366 px laptop). Takes
/// effect at the next full redraw (`draw(…, true)`).
#[wasm_bindgen(js_name = setDrawScale)]
pub fn set_draw_scale(scale: f64) {
    surface::set_draw_scale(scale);
}

/// The drawing scale in use (after clamping to 0.5–4).
#[wasm_bindgen(js_name = drawScale)]
pub fn draw_scale() -> f64 {
    surface::draw_scale()
}

#[wasm_bindgen]
impl Lab {
    /// Diameter in CSS pixels of the biggest unit circle the diagram on `diagram` draws (a
    /// dropped unit is this circle, greyed, with its cross inside): what the back row of a
    /// classroom has to see. 0 when the canvas is not laid out.
    #[wasm_bindgen(js_name = unitSizePx)]
    pub fn unit_size_px(&self, diagram: &HtmlCanvasElement) -> f64 {
        let rect = diagram.get_bounding_client_rect();
        let scale = surface::draw_scale();
        let sizes = self.experiment.initial_net().layer_sizes();
        let layout = diagram_layout(&sizes, rect.width() / scale, rect.height() / scale);
        let radius = layout.columns.iter().map(|c| c.radius).fold(0.0, f64::max);
        if rect.width() < 1.0 {
            0.0
        } else {
            2.0 * radius * scale
        }
    }
}
