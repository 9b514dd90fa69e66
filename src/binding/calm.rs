//! Calm (#20): the diagram shows a new step's masks at most twice a second. The rule is the
//! core's ([`crate::core::motion`]); the page says when Calm is on (its toggle, the link's
//! `calm=1`, or the browser's reduced-motion setting) and reads which step is shown.

use wasm_bindgen::prelude::*;

use super::Lab;

#[wasm_bindgen]
impl Lab {
    /// Calm on or off. A view setting: the engine, which never draws, does not need it.
    #[wasm_bindgen(js_name = setCalm)]
    pub fn set_calm(&mut self, calm: bool) {
        self.calm = calm;
    }

    pub fn calm(&self) -> bool {
        self.calm
    }

    /// The lockstep step whose masks the diagram shows now (`undefined` before it is drawn):
    /// under Calm it stays behind `iteration()` for up to half a second.
    #[wasm_bindgen(js_name = diagramStep)]
    pub fn diagram_step(&self) -> Option<f64> {
        self.mask_pace.shown_step().map(|s| s as f64)
    }
}
