//! # Dropout Lab
//!
//! A neural network that trains in the browser while the page shows which units dropout switched
//! off, and races several dropout rates side by side so a class can watch overfitting appear and
//! dropout narrow the gap between training and validation loss.
//!
//! The crate has three layers, kept apart on purpose:
//! - [`core`]: the pure engine (network, dropout, optimisers, datasets, experiments, presets).
//!   It never imports `web-sys` or `wasm-bindgen`; it builds and is tested natively and compiles
//!   unchanged to `wasm32`.
//! - `binding` (wasm32 only): the one `#[wasm_bindgen]` surface, a `Lab` handle the page drives.
//! - `render` (wasm32 only): modules that only draw (network diagram, loss chart, data view).
//!
//! **Dropout convention** everywhere: `p` is the probability of *dropping* a unit (as in PyTorch
//! and Keras), and dropout is *inverted* by default: kept units are scaled by `1/(1−p)` in
//! training and evaluation is the identity.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod binding;
#[cfg(target_arch = "wasm32")]
pub mod render;

pub use crate::core::error::{Error, Result};
