//! The limits and colours the page needs, read from the core and the palette so that the page
//! never keeps a copy that could disagree (the runs' swatches must match the chart's curves;
//! the link checker must accept exactly what the core accepts).

use wasm_bindgen::prelude::*;

use crate::core::{Experiment, NetConfig, Optimizer};
use crate::render::palette::RUN_COLOURS;

/// Most runs that race at once.
#[wasm_bindgen(js_name = maxRuns)]
pub fn max_runs() -> usize {
    Experiment::MAX_RUNS
}

/// Most hidden layers a network may have.
#[wasm_bindgen(js_name = maxHiddenLayers)]
pub fn max_hidden_layers() -> usize {
    NetConfig::MAX_HIDDEN_LAYERS
}

/// Most units a hidden layer may have.
#[wasm_bindgen(js_name = maxUnits)]
pub fn max_units() -> usize {
    NetConfig::MAX_UNITS
}

/// Smallest learning rate the core accepts.
#[wasm_bindgen(js_name = minLearningRate)]
pub fn min_learning_rate() -> f32 {
    Optimizer::MIN_LEARNING_RATE
}

/// Largest learning rate the core accepts.
#[wasm_bindgen(js_name = maxLearningRate)]
pub fn max_learning_rate() -> f32 {
    Optimizer::MAX_LEARNING_RATE
}

/// Each run's colour as CSS, in run order: the same colours the loss chart draws.
#[wasm_bindgen(js_name = runColours)]
pub fn run_colours() -> Vec<String> {
    RUN_COLOURS.iter().map(|c| c.css()).collect()
}
