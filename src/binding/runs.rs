//! The raced runs as the page manages them: their rates, adding and removing one, which one
//! the diagram shows.

use wasm_bindgen::prelude::*;

use super::{Lab, js_error};
use crate::core::labels::Notation;
use crate::core::runs_list::{RunRow, runs_list};
use crate::core::{DropoutMode, DropoutRates, Variant};

#[wasm_bindgen]
impl Lab {
    /// Sets the drop probability of one layer of one run (layer 0 = input, 1.. = hidden).
    #[wasm_bindgen(js_name = setDropRate)]
    pub fn set_drop_rate(&mut self, run: usize, layer: usize, p: f32) -> Result<(), JsError> {
        self.experiment.set_rate(run, layer, p).map_err(js_error)
    }

    /// Sets every hidden layer of run `run` to `p` (what the "Dropout rate" slider does).
    #[wasm_bindgen(js_name = setHiddenRate)]
    pub fn set_hidden_rate(&mut self, run: usize, p: f32) -> Result<(), JsError> {
        self.experiment.set_hidden_rate(run, p).map_err(js_error)
    }

    /// The Dropout-rate slider in one call: every hidden layer of the focused run to `p`, and
    /// the slider's finished read-out in the notation asked (`retain`). One crossing per input
    /// event; the diagram and the runs list read the new rate in the next frame.
    #[wasm_bindgen(js_name = setFocusedHiddenRate)]
    pub fn set_focused_hidden_rate(&mut self, p: f32, retain: bool) -> Result<String, JsError> {
        self.set_hidden_rate(self.focused, p)?;
        Ok(self.rate_readout(self.focused, retain).unwrap_or_default())
    }

    /// The Input-dropout slider in one call: the focused run's input rate to `p`, and that
    /// slider's finished read-out.
    #[wasm_bindgen(js_name = setFocusedInputRate)]
    pub fn set_focused_input_rate(&mut self, p: f32, retain: bool) -> Result<String, JsError> {
        self.set_drop_rate(self.focused, 0, p)?;
        Ok(self
            .input_rate_readout(self.focused, retain)
            .unwrap_or_default())
    }

    /// Every run's rates at once, one `Float32Array` per run (input layer first), fitted to
    /// this network's depth by the core's rule (a lone rate is every hidden layer's, with
    /// `loneInput`, default 0, on the input layer): runs past the table are removed, missing
    /// ones added as plain inverted dropout. A refusal (no run, too many, a rate outside
    /// 0 ≤ p < 1) names the bound and changes nothing. Runs added to a race already begun
    /// restart it, and `lastNotice()` says so, as with `addRun`.
    #[wasm_bindgen(js_name = setRunRates)]
    pub fn set_run_rates(
        &mut self,
        table: Vec<js_sys::Float32Array>,
        lone_input: Option<f32>,
    ) -> Result<(), JsError> {
        let table: Vec<Vec<f32>> = table.iter().map(js_sys::Float32Array::to_vec).collect();
        let added = table.len() > self.experiment.runs().len();
        let restarted = self
            .experiment
            .set_rate_table(&table, lone_input.unwrap_or(0.0))
            .map_err(js_error)?;
        self.notice = restarted.then(|| crate::t!("runs-restarted"));
        let last = self.experiment.runs().len() - 1;
        // As `addRun` focuses the run it added, and `removeRun` the one before a removed one.
        self.focused = if added { last } else { self.focused.min(last) };
        self.revision += 1;
        self.data.invalidate();
        Ok(())
    }

    /// Adds a run with hidden rate `p` (input rate of the focused run); returns its index.
    /// Once the race has begun, adding restarts every run together from the shared initial
    /// weights and minibatches, and `lastNotice()` says so.
    #[wasm_bindgen(js_name = addRun)]
    pub fn add_run(&mut self, p: f32) -> Result<usize, JsError> {
        let focused = self.experiment.run(self.focused).ok();
        let input = focused.map_or(0.0, |r| r.rates().input());
        // The new run scales as the focused one does (the Scaling select sets every run).
        let mode = focused.map_or(DropoutMode::Inverted, |r| r.rates().mode);
        let rates = self.experiment.config().uniform_rates(input, p);
        let rates = DropoutRates::new(rates, mode).map_err(js_error)?;
        let (i, restarted) = self
            .experiment
            .restart_with_run_with(rates, Variant::default())
            .map_err(js_error)?;
        // What it did, in a sentence in the language spoken (`lastNotice`).
        self.notice = restarted.then(|| crate::t!("runs-restarted"));
        self.focused = i;
        self.revision += 1;
        self.data.invalidate();
        Ok(i)
    }

    /// Removes run `i`; the others go on where they are. The experiment refuses to remove
    /// the last run.
    #[wasm_bindgen(js_name = removeRun)]
    pub fn remove_run(&mut self, i: usize) -> Result<(), JsError> {
        self.experiment.remove_run(i).map_err(js_error)?;
        self.notice = None;
        if self.focused >= i && self.focused > 0 {
            self.focused -= 1;
        }
        self.revision += 1;
        self.data.invalidate();
        Ok(())
    }

    /// One sentence on what the last `addRun` or `removeRun` did to the race, for the page to
    /// show; `undefined` when there is nothing to say.
    #[wasm_bindgen(js_name = lastNotice)]
    pub fn last_notice(&self) -> Option<String> {
        self.notice.clone()
    }

    /// The runs list, finished, in one crossing per refresh (#18): `{focused, notice,
    /// mistake, overconfident, runs: [{label, numbers, variant, diverged, dropRates}]}`, every
    /// text in the language spoken and the notation asked (`retain`), `undefined` where there
    /// is nothing to say; `dropRates` a Float64Array, input first (see
    /// [`crate::core::runs_list`]).
    #[wasm_bindgen(js_name = runsList)]
    pub fn runs_list(&self, retain: bool) -> JsValue {
        let list = runs_list(&self.experiment, self.focused, Notation::retain(retain));
        let runs: js_sys::Array = list.rows.iter().map(row_object).collect();
        object(&[
            ("focused", JsValue::from(list.focused as u32)),
            ("notice", JsValue::from(self.notice.clone())),
            ("mistake", JsValue::from(list.mistake)),
            ("overconfident", JsValue::from(list.overconfident)),
            ("runs", runs.into()),
        ])
    }

    #[wasm_bindgen(js_name = runCount)]
    pub fn run_count(&self) -> usize {
        self.experiment.runs().len()
    }

    pub fn focused(&self) -> usize {
        self.focused
    }

    #[wasm_bindgen(js_name = setFocused)]
    pub fn set_focused(&mut self, run: usize) -> Result<(), JsError> {
        self.experiment.run(run).map_err(js_error)?;
        self.focused = run;
        Ok(())
    }
}

/// A plain JavaScript object with these fields (what the page reads like any other data).
fn object(fields: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (name, value) in fields {
        // Setting a field on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(name), value);
    }
    object.into()
}

fn row_object(row: &RunRow) -> JsValue {
    object(&[
        ("label", JsValue::from_str(&row.label)),
        ("numbers", JsValue::from_str(&row.numbers)),
        ("variant", JsValue::from_str(&row.variant)),
        ("diverged", JsValue::from_bool(row.diverged)),
        (
            "dropRates",
            js_sys::Float64Array::from(row.rates.as_slice()).into(),
        ),
    ])
}
