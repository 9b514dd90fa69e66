//! The benchmark workloads of `benches/workloads.rs`, exported to JavaScript.
//!
//! Rust owns the network and its data in linear memory behind one handle; JS calls
//! `run(steps)` and times it with `performance.now()`, so one boundary crossing covers many
//! training steps and the clock is the same one the JavaScript contenders use.

// Titles and FLOP counts are for the native bench's report; only the sessions are needed here.
#[allow(dead_code)]
#[path = "../../workloads.rs"]
mod workloads;

use wasm_bindgen::prelude::*;
use workloads::{Session, Workload};

/// A network being trained on one benchmark workload.
#[wasm_bindgen]
pub struct Trainer {
    session: Session,
}

#[wasm_bindgen]
impl Trainer {
    /// `workload` is `"w1"` or `"w2"`; `seed` fixes weights and dropout masks.
    #[wasm_bindgen(constructor)]
    pub fn new(workload: &str, seed: u32) -> Result<Trainer, JsError> {
        let w = Workload::by_id(workload)
            .ok_or_else(|| JsError::new(&format!("unknown workload '{workload}'")))?;
        let session = Session::new(w, u64::from(seed)).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Trainer { session })
    }

    /// Runs `steps` training steps (dropout on) and returns the last minibatch loss.
    pub fn run(&mut self, steps: u32) -> f32 {
        self.session.run(steps as usize)
    }

    /// Minibatch size, so the driver can turn steps into samples.
    pub fn batch(&self) -> u32 {
        self.session.workload.batch as u32
    }
}

/// How this module was compiled, for the bench table's notes.
#[wasm_bindgen]
pub fn build_info() -> String {
    let simd = if cfg!(target_feature = "simd128") {
        "simd128"
    } else {
        "no simd128"
    };
    format!("wasm32 release, {simd}")
}
