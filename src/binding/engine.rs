//! The engine's side of the two threads (#18): the Web Worker's `Lab` trains in time slices
//! and writes its image; the page's `Lab` is a replica that applies the image and never trains.

use wasm_bindgen::prelude::*;

use super::{Lab, js_error, now_ms};

/// Minibatch training steps run by this wasm instance, by any run of any lab: the page's
/// instance must stay at 0 while the engine's trains (the page never trains).
#[wasm_bindgen(js_name = trainingStepsHere)]
pub fn training_steps_here() -> f64 {
    crate::core::experiment::training_steps_here() as f64
}

#[wasm_bindgen]
impl Lab {
    /// Trains whole lockstep steps while the next is expected to fit in `budget_ms` of wall
    /// time, at most `max_steps`; returns how many. The engine's worker calls it in slices of
    /// a few milliseconds and reads its messages in between. At least one step is trained
    /// when any run can train, so big networks still move. No run trains past the stop epoch.
    #[wasm_bindgen(js_name = trainFor)]
    pub fn train_for(&mut self, budget_ms: f64, max_steps: u32) -> u32 {
        let start = now_ms();
        let mut before = start;
        let average = &mut self.step_ms;
        let done = self.experiment.steps_while(u64::from(max_steps), || {
            let after = now_ms();
            // Exponential average of one lockstep step: stop before one would overrun.
            *average = 0.9 * *average + 0.1 * (after - before);
            before = after;
            after - start + *average <= budget_ms
        });
        if done > 0 {
            self.revision += 1;
        }
        done as u32
    }

    /// The experiment's image (see `core::experiment::image`), for the page's replica.
    pub fn image(&self) -> Vec<u8> {
        self.experiment.image()
    }

    /// Overwrites this lab's experiment with the engine's `image`; nothing trains. The canvases
    /// redraw what changed, and the data panels recompute when the race went back (a reset)
    /// or its runs changed.
    #[wasm_bindgen(js_name = applyImage)]
    pub fn apply_image(&mut self, image: &[u8]) -> Result<(), JsError> {
        let iteration = self.experiment.iteration();
        let runs = self.experiment.runs().len();
        self.experiment.apply_image(image).map_err(js_error)?;
        let now = self.experiment.runs().len();
        if self.experiment.iteration() < iteration || now != runs {
            self.data.invalidate();
        }
        self.focused = self.focused.min(now.saturating_sub(1));
        self.revision += 1;
        Ok(())
    }
}

/// The engine's rest after each of the page's ticks (`core::pace`): the worker asks it with
/// each tick's frame interval and rests that long before training on.
#[wasm_bindgen]
#[derive(Default)]
pub struct EnginePace(crate::core::pace::EnginePace);

#[wasm_bindgen]
impl EnginePace {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }

    /// The page's frame came `interval_ms` after the one before it (0: unknown): how long the
    /// engine rests now (ms).
    #[wasm_bindgen(js_name = afterFrame)]
    pub fn after_frame(&mut self, interval_ms: f64) -> f64 {
        self.0.after_frame(interval_ms)
    }
}
