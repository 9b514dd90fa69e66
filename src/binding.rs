//! The one `#[wasm_bindgen]` surface: a [`Lab`] handle the page drives.
//!
//! Rust owns the experiment in linear memory; JavaScript owns the animation loop and calls a few
//! methods per frame with scalars in and small results out (never one call per neuron). Errors
//! cross the boundary as `Result<_, JsError>` and nowhere else; a panic is reported by
//! `console_error_panic_hook` and the page rebuilds a fresh `Lab`.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::core::DropoutMode;
use crate::core::experiment::Experiment;
use crate::core::preset::{self, Preset};
use crate::render::ChartGeometry;

mod calm;
mod embed;
mod engine;
pub use engine::training_steps_here;
mod data_cursor;
mod export;
mod getters;
mod inside;
mod inside_scene;
mod l10n;
mod lab_settings;
mod limits;
mod narration;
mod notation;
mod panels;
mod present;
mod runs;
mod setup;
mod snapshot;
mod sweep;
mod variants;
mod views;

use crate::core::motion::MaskPace;
use crate::core::redraw::{Canvas, FrameEnd, NextFrame, Shown};
use panels::DataCache;

fn js_error(err: crate::Error) -> JsError {
    JsError::new(&err.to_string())
}

/// The presets as JSON: `[{name, title, note, epochs, default}]`, for the page's picker.
#[wasm_bindgen(js_name = presetList)]
pub fn preset_list() -> String {
    snapshot::preset_list()
}

/// Seeds New seed draws from: six digits, which a teacher can read out and a student type in.
const FRESH_SEEDS: u32 = 1_000_000;

/// A fresh seed in 0..1,000,000 from the browser's entropy (`crypto.getRandomValues`), for
/// the New seed button: a class sees the effect again on data, weights and masks nobody chose.
#[wasm_bindgen(js_name = freshSeed)]
pub fn fresh_seed() -> Result<u32, JsError> {
    let entropy =
        getrandom::u32().map_err(|e| JsError::new(&format!("no entropy for a new seed: {e}")))?;
    Ok(entropy % FRESH_SEEDS)
}

/// A running lab: the experiment and what the page is looking at.
#[wasm_bindgen]
pub struct Lab {
    experiment: Experiment,
    preset: Preset,
    /// Run shown in the diagram and moved by the slider.
    focused: usize,
    /// Example of the minibatch whose masks the diagram draws.
    example: usize,
    train_view: bool,
    log_scale: bool,
    /// Mouse x over the loss chart, CSS pixels.
    hover_px: Option<f64>,
    geometry: Option<ChartGeometry>,
    /// What the last `addRun` or `removeRun` did to the race, in a sentence for the page.
    notice: Option<String>,
    /// Running average of one lockstep step's wall time, ms (see `trainFor`).
    step_ms: f64,
    /// Bumped whenever training moves any run: what the diagram and the loss chart show.
    revision: u64,
    /// Bumped when the hover read-out moves: the loss chart alone is redrawn for it.
    hover_revision: u64,
    data: DataCache,
    /// What each canvas was last drawn with (see [`crate::core::redraw`]).
    shown: Shown,
    /// When `draw` was last called: the page calls it once a frame while playing, so the gap
    /// tells whether frames come late (see [`crate::core::redraw`]).
    last_draw_ms: Option<f64>,
    /// Calm (#20): the diagram's masks change at most twice a second (see [`MaskPace`]).
    calm: bool,
    mask_pace: MaskPace,
    /// Which dataset, and how far the class has taken the preset from its story.
    setup: setup::SetupInfo,
    /// What the live region is told, and when (the page's replica narrates; the engine's
    /// copy never is asked).
    narrator: crate::core::narration::Narrator,
    /// How this lab's labels write `p` (see `setNotation`): a setting of the lab, so two labs
    /// in one wasm instance can write in different notations.
    notation: crate::core::labels::Notation,
}

#[wasm_bindgen]
impl Lab {
    /// The lab for preset `name` with data, initial weights and minibatch order from `seed`,
    /// optionally with other hidden layer sizes than the preset's.
    /// `setup` (optional) is the class's changes to the preset's data and network as
    /// `key=value&…` text (see [`crate::core::setup::Setup::parse`]).
    #[wasm_bindgen(constructor)]
    pub fn create(
        name: &str,
        seed: u32,
        hidden: Option<Vec<u32>>,
        setup: Option<String>,
    ) -> Result<Lab, JsError> {
        console_error_panic_hook::set_once();
        let preset = preset::by_name(name)
            .map_err(js_error)?
            .with_seed(u64::from(seed));
        let (mut preset, split, setup) = setup::build(&preset, setup.as_deref().unwrap_or(""))?;
        if let Some(hidden) = hidden {
            let sizes: Vec<usize> = hidden.iter().map(|&n| n as usize).collect();
            preset = preset.with_hidden(&sizes).map_err(js_error)?;
        }
        let experiment = preset.experiment_on(split).map_err(js_error)?;
        let focused = experiment.runs().len().saturating_sub(1);
        Ok(Lab {
            experiment,
            preset,
            focused,
            example: 0,
            train_view: true,
            log_scale: false,
            hover_px: None,
            geometry: None,
            notice: None,
            step_ms: 0.0,
            revision: 0,
            hover_revision: 0,
            data: DataCache::default(),
            shown: Shown::default(),
            last_draw_ms: None,
            calm: false,
            mask_pace: MaskPace::default(),
            setup,
            narrator: Default::default(),
            notation: Default::default(),
        })
    }

    /// Exactly `n` lockstep steps (the Step button, and scripted demos). A lockstep step left
    /// half done counts as the first of them and is completed, so the
    /// iteration advances by exactly `n` and every run has then seen the same minibatches.
    /// Fewer when every run has diverged or reached the stop epoch.
    pub fn step(&mut self, n: u32) -> u32 {
        let done = self.experiment.steps(u64::from(n));
        self.revision += 1;
        done as u32
    }

    /// Every run back to the shared initial weights, keeping its rates.
    pub fn reset(&mut self) {
        self.experiment.reset();
        self.notice = None;
        self.revision += 1;
        self.data.invalidate();
    }

    /// No run trains past `epochs` epochs (the preset's story length); `undefined` trains on.
    /// The page sets it when a story starts and clears it once `atStopEpoch()` says the story's
    /// picture is on the screen, so Play goes on from there.
    #[wasm_bindgen(js_name = setStopEpoch)]
    pub fn set_stop_epoch(&mut self, epochs: Option<u32>) {
        self.experiment.set_stop_epoch(epochs.map(|e| e as usize));
    }

    /// The stop epoch set by `setStopEpoch`, or `undefined`.
    #[wasm_bindgen(js_name = stopEpoch)]
    pub fn stop_epoch(&self) -> Option<u32> {
        self.experiment.stop_epoch().map(|e| e as u32)
    }

    /// Whether every live run stands at the stop epoch (training has nothing left to do).
    #[wasm_bindgen(js_name = atStopEpoch)]
    pub fn at_stop_epoch(&self) -> bool {
        self.experiment.at_stop_epoch()
    }

    /// Which example of the minibatch the diagram shows (0-based).
    #[wasm_bindgen(js_name = setExample)]
    pub fn set_example(&mut self, example: usize) {
        self.example = example;
    }

    #[wasm_bindgen(js_name = setTrainView)]
    pub fn set_train_view(&mut self, train: bool) {
        self.train_view = train;
    }

    /// Classic dropout (no scaling in training, × (1−p) at evaluation) instead of inverted.
    #[wasm_bindgen(js_name = setClassic)]
    pub fn set_classic(&mut self, classic: bool) {
        let mode = if classic {
            DropoutMode::Classic
        } else {
            DropoutMode::Inverted
        };
        self.experiment.set_dropout_mode(mode);
    }

    #[wasm_bindgen(js_name = setLogScale)]
    pub fn set_log_scale(&mut self, log: bool) {
        self.log_scale = log;
    }

    /// Mouse x over the loss chart in CSS pixels; NaN when the mouse leaves. Only the loss
    /// chart is redrawn for it (the page calls `draw` with `everything = false`), so moving the
    /// mouse over a training lab costs no more than training.
    #[wasm_bindgen(js_name = setHover)]
    pub fn set_hover(&mut self, x_px: f64) {
        // The chart's geometry is in drawing units (see `setDrawScale`), the mouse in CSS px.
        let hover = x_px
            .is_finite()
            .then_some(x_px / crate::render::surface::draw_scale());
        if hover != self.hover_px {
            self.hover_px = hover;
            self.hover_revision += 1;
        }
    }

    #[wasm_bindgen(js_name = setLearningRate)]
    pub fn set_learning_rate(&mut self, lr: f32) -> Result<(), JsError> {
        self.experiment.set_learning_rate(lr).map_err(js_error)
    }

    #[wasm_bindgen(js_name = learningRate)]
    pub fn learning_rate(&self) -> f32 {
        self.experiment.config().optimizer.learning_rate
    }

    #[wasm_bindgen(js_name = batchSize)]
    pub fn batch_size(&self) -> usize {
        self.experiment
            .config()
            .batch_size
            .min(self.experiment.split().train.len())
    }

    /// `[inputs, hidden…, outputs]`.
    #[wasm_bindgen(js_name = layerSizes)]
    pub fn layer_sizes(&self) -> Vec<u32> {
        self.experiment
            .initial_net()
            .layer_sizes()
            .iter()
            .map(|&n| n as u32)
            .collect()
    }

    /// Plain JSON of the state (see `window.lab.snapshot()` in the README).
    pub fn snapshot(&self) -> String {
        snapshot::snapshot(self)
    }

    /// Draws what is out of date of the network diagram, the loss chart and the data view.
    /// `everything` (the viewer changed something: a control, a hover, a resize) redraws all
    /// three; otherwise a training frame redraws one canvas, taking turns, and while frames come
    /// late only every other frame does (see [`crate::core::redraw`]).
    /// Returns whether something is still not drawn or a data panel is still catching up with
    /// the latest step, so the page knows to call again even when nothing else changes (it
    /// skips drawing otherwise: a paused lab costs nothing).
    /// `frame_ms` is the frame's own timestamp (requestAnimationFrame's): Calm paces the
    /// diagram's masks on it, the clock of the frames a viewer sees, not on the moment within
    /// the frame this call happens to run (which wanders by tens of ms on a busy machine).
    pub fn draw(
        &mut self,
        diagram: &HtmlCanvasElement,
        loss: &HtmlCanvasElement,
        data: &HtmlCanvasElement,
        everything: bool,
        frame_ms: f64,
    ) -> Result<bool, JsError> {
        let (step, now) = (self.experiment.iteration(), now_ms());
        // A panel due for new predictions counts as one revision ahead: they are computed only
        // in a call that draws the data canvas (one run's, see `panels::refresh`), so no frame
        // pays for predictions and another canvas.
        let due = panels::due(self, now);
        let revisions = [
            self.revision,
            self.revision + self.hover_revision,
            self.data.revision() + u64::from(due),
        ];
        let hold_diagram = !self.mask_pace.allows(step, frame_ms, self.calm);
        let since_last_draw = self.last_draw_ms.map_or(0.0, |then| now - then);
        self.last_draw_ms = Some(now);
        let held = [hold_diagram, false, false];
        let plan = self
            .shown
            .plan_paced(revisions, everything, held, since_last_draw);
        for canvas in plan {
            match canvas {
                Canvas::Diagram => {
                    self.mask_pace.record(step, frame_ms);
                    views::draw_diagram(self, diagram)
                }
                Canvas::Loss => views::draw_loss(self, loss).map(|g| self.geometry = Some(g)),
                Canvas::Data => {
                    if due {
                        panels::refresh(self, now);
                    }
                    panels::draw_data(self, data, everything)
                }
            }
            .map_err(js_value_error)?;
        }
        Ok(panels::behind(self) || self.shown.behind(revisions))
    }

    /// When the page's next animation frame is needed, in ms from `nowMs`: 0 for the next
    /// vsync, a wait, or Infinity (the page's loop rests until something wakes it). The page
    /// says what it knows (playing, its conversation with the engine, whether `draw` left a
    /// canvas behind, its own paced jobs' earliest due time or Infinity); the lab adds its
    /// narrator's next news. The rule is the core's ([`crate::core::redraw::FrameEnd::next`]).
    #[wasm_bindgen(js_name = nextFrameIn)]
    pub fn next_frame_in(
        &self,
        playing: bool,
        engine_busy: bool,
        behind: bool,
        page_due_ms: f64,
        now_ms: f64,
    ) -> f64 {
        let page = page_due_ms.is_finite().then_some(page_due_ms);
        let due_in_ms = FrameEnd::earliest(page, self.narrator.due_in(now_ms));
        let end = FrameEnd {
            playing,
            engine_busy,
            behind,
            due_in_ms,
        };
        match end.next() {
            NextFrame::Now => 0.0,
            NextFrame::After(ms) => ms,
            NextFrame::Rest => f64::INFINITY,
        }
    }

    /// Panics on purpose, so the page's recovery from a crashed engine can be tested.
    #[wasm_bindgen(js_name = debugPanic)]
    pub fn debug_panic(&self) {
        panic!("debugPanic was called: a deliberate crash to test that the page recovers");
    }
}

impl Lab {
    /// The lab for preset `name` as the preset has it (Rust callers and tests; the page's
    /// constructor is [`Lab::create`], which also takes the class's setup).
    pub fn new(name: &str, seed: u32, hidden: Option<Vec<u32>>) -> Result<Lab, JsError> {
        Self::create(name, seed, hidden, None)
    }
}

fn js_value_error(err: JsValue) -> JsError {
    JsError::new(&err.as_string().unwrap_or_else(|| format!("{err:?}")))
}

/// Milliseconds from `performance.now()` of the page or of the engine's worker (falls back
/// to `Date.now()` where neither has one).
fn now_ms() -> f64 {
    let performance = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("performance"));
    match performance {
        Ok(p) if !p.is_undefined() => p.unchecked_into::<web_sys::Performance>().now(),
        _ => js_sys::Date::now(),
    }
}
