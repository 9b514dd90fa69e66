//! The notation the page writes `p` in. It is a setting of the window, like its language: the
//! page sets it here, at the boundary, and the binding passes it to the core as a parameter
//! with every label it asks for (the core keeps no notation of its own).

use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::*;

use crate::core::labels::{self, Notation};

/// Whether this module instance writes keep probabilities. One wasm instance serves one
/// window or worker, so a worker that writes labels is told the notation on its own.
static RETAIN: AtomicBool = AtomicBool::new(false);

/// Writes every label (canvases, runs list, read-outs) in the drop or the retain notation.
#[wasm_bindgen(js_name = setNotation)]
pub fn set_notation(retain: bool) {
    RETAIN.store(retain, Ordering::Relaxed);
}

/// The notation the page chose, to pass to the core.
pub(crate) fn notation() -> Notation {
    Notation::retain(RETAIN.load(Ordering::Relaxed))
}

/// One drop rate as the page writes it in the notation it names: "p = 0.20", or
/// "retain p = 0.80" (the one copy of the page's old `rateText`).
#[wasm_bindgen(js_name = rateText)]
pub fn rate_text(p: f32, retain: bool) -> String {
    labels::rate_label(p, Notation::retain(retain))
}
