//! The notation a lab writes `p` in (#18: a parameter, not a global). It is a view setting of
//! the thing that labels, like its log scale: the page sets it on its replica [`Lab`] when the
//! notation changes and whenever a Lab is built (rebuild.js `createLab`), on a [`SweepPanel`]
//! before it draws, and a getter called once per event (`runsList`, the sliders' read-outs)
//! takes it as an argument. The engine's Lab writes no labels and is never told. The core keeps
//! no notation of its own: every label it writes is asked in one.
//!
//! [`SweepPanel`]: super::sweep::SweepPanel

use wasm_bindgen::prelude::*;

use super::Lab;
use crate::core::labels::{self, Notation};

#[wasm_bindgen]
impl Lab {
    /// Writes every label of this lab (canvases, snapshot, narration, Describe, the Inside
    /// views it starts) in the drop or the retain notation. Redraws nothing by itself: the page
    /// redraws everything after a change of the view.
    #[wasm_bindgen(js_name = setNotation)]
    pub fn set_notation(&mut self, retain: bool) {
        self.notation = Notation::retain(retain);
    }

    /// Whether this lab writes keep probabilities (the retain notation).
    #[wasm_bindgen(js_name = retainNotation)]
    pub fn retain_notation(&self) -> bool {
        self.notation == Notation::Retain
    }
}

/// One drop rate as the page writes it in the notation it names: "p = 0.20", or
/// "retain p = 0.80" (the one copy of the page's old `rateText`).
#[wasm_bindgen(js_name = rateText)]
pub fn rate_text(p: f32, retain: bool) -> String {
    labels::rate_label(p, Notation::retain(retain))
}
