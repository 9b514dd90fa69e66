//! The sweep chart by keyboard (#20): the arrow keys move the hover read-out from point to
//! point, as the mouse does, and the page races the point's p on Enter, as a click does.

use wasm_bindgen::prelude::*;

use super::SweepPanel;

#[wasm_bindgen]
impl SweepPanel {
    /// Moves the hover read-out `delta` points along the ladder (kept on it); from no hover,
    /// any key starts at the first point. Returns the point, or `undefined` on an empty plan.
    #[wasm_bindgen(js_name = moveHoverPoint)]
    pub fn move_hover_point(&mut self, delta: i32) -> Option<usize> {
        let last = self.sweep.plan().xs.len().checked_sub(1)?;
        let next = match self.hover {
            None => 0,
            Some(i) => (i as i64 + i64::from(delta)).clamp(0, last as i64) as usize,
        };
        self.hover = Some(next);
        Some(next)
    }

    /// The point the read-out shows (`undefined` when none).
    #[wasm_bindgen(js_name = hoverPoint)]
    pub fn hover_point(&self) -> Option<usize> {
        self.hover
    }

    /// The read-out of the hovered point as one line, for a screen reader; empty when none.
    #[wasm_bindgen(js_name = hoverText)]
    pub fn hover_text(&self) -> String {
        self.hover
            .map(|i| self.readout(i).join(", "))
            .unwrap_or_default()
    }
}
