//! The one `#[wasm_bindgen]` surface (being written).
