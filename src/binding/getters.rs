//! Typed getters for what the page reads every frame, so it need not parse `snapshot()`'s
//! JSON several times a frame. A number the lab does not have yet (no epoch finished, no
//! such run) is NaN, a missing text `undefined`.

use wasm_bindgen::prelude::*;

use super::Lab;
use crate::core::DropoutMode;
use crate::core::experiment::Run;
use crate::core::history::HistoryPoint;
use crate::core::labels::Notation;
use crate::core::readout;

#[wasm_bindgen]
impl Lab {
    /// Lockstep steps completed since the runs (re)started together.
    pub fn iteration(&self) -> f64 {
        self.experiment.iteration() as f64
    }

    /// Epochs completed by the focused run.
    pub fn epoch(&self) -> f64 {
        self.run_number(self.focused, |r| r.epoch() as f64)
    }

    /// Epochs completed by run `run`.
    #[wasm_bindgen(js_name = runEpoch)]
    pub fn run_epoch(&self, run: usize) -> f64 {
        self.run_number(run, |r| r.epoch() as f64)
    }

    /// Layers dropout may touch: the input layer and each hidden layer (the length of a run's
    /// rate vector, and the `layer` range of `dropRate` and `setDropRate`).
    #[wasm_bindgen(js_name = layerCount)]
    pub fn layer_count(&self) -> usize {
        self.experiment.config().hidden.len() + 1
    }

    /// Drop probability of layer `layer` (0 = input) of run `run`.
    #[wasm_bindgen(js_name = dropRate)]
    pub fn drop_rate(&self, run: usize, layer: usize) -> f32 {
        self.experiment
            .run(run)
            .ok()
            .and_then(|r| r.rates().rates.get(layer).copied())
            .unwrap_or(f32::NAN)
    }

    /// Every run's rates in one crossing, row-major: run `i`'s [input, hidden 1, …] at
    /// `i × layerCount()` (every run has one rate per dropout layer). Each arrives as the f64
    /// nearest its f32.
    #[wasm_bindgen(js_name = rateTable)]
    pub fn rate_table(&self) -> Vec<f32> {
        let runs = self.experiment.runs().iter();
        runs.flat_map(|r| r.rates().rates.iter().copied()).collect()
    }

    /// The run's name on the page, e.g. "p = 0.50, input 0.20" (the loss chart's legend and
    /// the data panels' titles use the same words).
    #[wasm_bindgen(js_name = runLabel)]
    pub fn run_label(&self, run: usize) -> Option<String> {
        self.experiment
            .run(run)
            .ok()
            .map(|r| r.label(self.notation))
    }

    /// The read-out under the "Dropout rate" slider for run `run`, finished, in the retain
    /// notation or not: its rate, the share kept and the scales, as the training step uses
    /// them (`undefined` for no such run).
    #[wasm_bindgen(js_name = rateReadout)]
    pub fn rate_readout(&self, run: usize, retain: bool) -> Option<String> {
        let r = self.experiment.run(run).ok()?;
        Some(readout::rate_readout(
            r.rates(),
            r.variant(),
            Notation::retain(retain),
        ))
    }

    /// The read-out under the "Input dropout" slider for run `run` ("p = 0.00 on the 2
    /// inputs", with the share and scales once the input layer drops anything).
    #[wasm_bindgen(js_name = inputRateReadout)]
    pub fn input_rate_readout(&self, run: usize, retain: bool) -> Option<String> {
        let r = self.experiment.run(run).ok()?;
        let inputs = r.net().config().inputs;
        Some(readout::input_readout(
            r.rates(),
            r.variant(),
            inputs,
            Notation::retain(retain),
        ))
    }

    /// Mean training loss of the last epoch, dropout on, as the optimiser saw it.
    #[wasm_bindgen(js_name = trainLoss)]
    pub fn train_loss(&self, run: usize) -> f32 {
        self.last_point(run, |p| Some(p.train_loss))
    }

    /// Training loss of the last epoch in evaluation mode (what the loss chart draws).
    #[wasm_bindgen(js_name = trainLossEval)]
    pub fn train_loss_eval(&self, run: usize) -> f32 {
        self.last_point(run, |p| Some(p.train_loss_eval))
    }

    /// Validation loss of the last epoch.
    #[wasm_bindgen(js_name = valLoss)]
    pub fn val_loss(&self, run: usize) -> f32 {
        self.last_point(run, |p| Some(p.val_loss))
    }

    /// Validation accuracy of the last epoch (NaN for regression).
    #[wasm_bindgen(js_name = valAccuracy)]
    pub fn val_accuracy(&self, run: usize) -> f32 {
        self.last_point(run, |p| p.val_accuracy)
    }

    /// Why run `run` stopped ("loss became NaN at epoch 37 — …"), or `undefined`.
    pub fn diverged(&self, run: usize) -> Option<String> {
        let run = self.experiment.run(run).ok()?;
        run.diverged().map(str::to_string)
    }

    /// Whether run `run`'s validation loss climbs (≥ 1.4× its best) while its accuracy holds
    /// (within 3 points of its best): the network grows over-confident on the answers it gets
    /// wrong, and the page says so next to the numbers.
    pub fn overconfident(&self, run: usize) -> bool {
        self.experiment
            .run(run)
            .is_ok_and(|r| r.history().overconfident())
    }

    /// Whether the focused run's dropout is classic (scaled at evaluation) rather than inverted.
    pub fn classic(&self) -> bool {
        self.experiment
            .run(self.focused)
            .is_ok_and(|r| r.rates().mode == DropoutMode::Classic)
    }
}

impl Lab {
    fn run_number(&self, run: usize, f: impl Fn(&Run) -> f64) -> f64 {
        self.experiment.run(run).map_or(f64::NAN, f)
    }

    fn last_point(&self, run: usize, f: impl Fn(&HistoryPoint) -> Option<f32>) -> f32 {
        self.experiment
            .run(run)
            .ok()
            .and_then(|r| r.history().last())
            .and_then(f)
            .unwrap_or(f32::NAN)
    }
}
