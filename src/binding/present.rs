//! Present mode and big screens: one drawing scale for every canvas (see
//! [`crate::render::surface::draw_scale`]). The page picks it from the window size and the
//! Present toggle; the render modules draw their text, lines and crosses that much bigger.

use wasm_bindgen::prelude::*;

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

/// The charts' high-contrast palette on or off (#20, the page's Contrast toggle). Takes effect
/// at the next full redraw.
#[wasm_bindgen(js_name = setHighContrast)]
pub fn set_high_contrast(on: bool) {
    crate::render::palette::set_high_contrast(on);
}
