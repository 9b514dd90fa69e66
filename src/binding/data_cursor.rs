//! The keyboard's drawing cursor on the data panels (#20): the rule is the core's
//! ([`crate::core::data_cursor`]), the panels draw it ([`crate::render::draw_data_panels`]).

use wasm_bindgen::prelude::*;

use super::Lab;
use super::setup::drawable_extent;
use crate::core::data_cursor;

#[wasm_bindgen]
impl Lab {
    /// Moves the cursor `dx`, `dy` key presses (right, up positive), showing it in the middle
    /// of the plane first if it was hidden. Returns its position `[x, y]`, or nothing when the
    /// data takes no drawn points (the digits).
    #[wasm_bindgen(js_name = moveDataCursor)]
    pub fn move_data_cursor(&mut self, dx: i32, dy: i32) -> Vec<f32> {
        let Some(e) = drawable_extent(&self.preset.data) else {
            return Vec::new();
        };
        let extent = (e.x0, e.x1, e.y0, e.y1);
        let at = self.data.cursor.map_or_else(
            || data_cursor::start(extent),
            |at| data_cursor::moved(extent, at, dx, dy),
        );
        self.data.set_cursor(Some(at));
        vec![at.0, at.1]
    }

    /// Shows the cursor at `(x, y)` (a rebuilt lab keeps the student's place), or hides it
    /// when either is `undefined`.
    #[wasm_bindgen(js_name = setDataCursor)]
    pub fn set_data_cursor(&mut self, x: Option<f32>, y: Option<f32>) {
        self.data.set_cursor(x.zip(y));
    }

    /// Where the cursor is, as a sentence for a screen reader; empty when hidden.
    #[wasm_bindgen(js_name = dataCursorText)]
    pub fn data_cursor_text(&self) -> String {
        self.data
            .cursor
            .map(data_cursor::describe)
            .unwrap_or_default()
    }
}
