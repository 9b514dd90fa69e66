//! The limits, defaults, checks and colours the page needs, read from the core and the palette
//! so that the page never keeps a copy that could disagree (the runs' swatches must match the
//! chart's curves; the link checker must accept exactly what the core accepts). Numbers cross
//! as numbers (typed arrays for lists), never as JSON text.

use wasm_bindgen::prelude::*;

use crate::core::sweep::{DEFAULT_SEEDS, MAX_SEEDS};
use crate::core::{Experiment, NetConfig, Optimizer, limits};
use crate::render::palette::run_colour;
use crate::render::run_style;

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

/// Each run's colour as CSS, in run order: the same colours the loss chart draws, in the
/// palette in use (see `setHighContrast`).
#[wasm_bindgen(js_name = runColours)]
pub fn run_colours() -> Vec<String> {
    (0..Experiment::MAX_RUNS)
        .map(|i| run_colour(i).css())
        .collect()
}

/// Run `i`'s validation dash, CSS px (dash, gap, …): with [`run_marker_path`], what tells the
/// runs apart without colour (#20), for the runs list's swatches.
#[wasm_bindgen(js_name = runDash)]
pub fn run_dash(i: usize) -> Vec<f64> {
    run_style::run_style(i).dash.to_vec()
}

/// Run `i`'s marker as an SVG path in a 16 × 16 box, the shape the charts draw.
#[wasm_bindgen(js_name = runMarkerPath)]
pub fn run_marker_path(i: usize) -> String {
    run_style::marker_svg_path(run_style::run_style(i).marker)
}

/// Largest seed (seeds are whole numbers from 0; the link's table checks it).
#[wasm_bindgen(js_name = maxSeed)]
pub fn max_seed() -> u32 {
    limits::MAX_SEED
}

/// Training steps per second at each Speed position (the last is Infinity: as the frame
/// allows).
#[wasm_bindgen(js_name = speedSteps)]
pub fn speed_steps() -> Vec<f64> {
    limits::SPEEDS.to_vec()
}

/// The Speed position when nothing chose one.
#[wasm_bindgen(js_name = defaultSpeed)]
pub fn default_speed() -> usize {
    limits::DEFAULT_SPEED
}

/// A sweep's seeds per point by default, and at most.
#[wasm_bindgen(js_name = sweepSeeds)]
pub fn sweep_seeds() -> usize {
    DEFAULT_SEEDS
}

#[wasm_bindgen(js_name = maxSweepSeeds)]
pub fn max_sweep_seeds() -> usize {
    MAX_SEEDS
}

/// Seeds per point as typed in the sweep panel, held to 1..=`maxSweepSeeds()` (anything not a
/// positive number: `sweepSeeds()`).
#[wasm_bindgen(js_name = seedsPerPoint)]
pub fn seeds_per_point(requested: f64) -> usize {
    limits::seeds_per_point(requested)
}

/// `[late, pause]` in ms: a frame that came more than `late` after the one before it came late
/// (the page then takes the engine's image every other frame, as the core's redraw plan draws),
/// and a gap over `pause` is a pause or a hidden tab, which says nothing about the device. The
/// core's one copy (`core::redraw`), so the page and the plan agree on what "late" is.
#[wasm_bindgen(js_name = frameThresholds)]
pub fn frame_thresholds() -> Vec<f64> {
    vec![
        crate::core::redraw::LATE_FRAME_MS,
        crate::core::redraw::PAUSE_GAP_MS,
    ]
}
