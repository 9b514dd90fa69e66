//! Plain JSON for `window.lab.snapshot()` and the preset picker, written by hand: a few flat
//! objects do not justify a serialisation framework in the wasm binary.

use super::Lab;
use super::views::drawn_masks;
use crate::core::preset;

// The crate's one JSON writer's pieces (the setup file's too).
pub(super) use crate::core::settings::json::{number, string};

pub(super) fn list<T>(items: impl IntoIterator<Item = T>, f: impl Fn(T) -> String) -> String {
    let parts: Vec<String> = items.into_iter().map(f).collect();
    format!("[{}]", parts.join(","))
}

/// `{iteration, epoch, focused, example, trainMode, dataset, preset, batchSize, runs: [...], masks}`.
pub(super) fn snapshot(lab: &Lab) -> String {
    let runs = lab.experiment.runs();
    let epoch = runs.get(lab.focused).map_or(0, |r| r.epoch());
    let runs_json = list(runs, |r| {
        let last = r.history().last();
        format!(
            "{{\"dropRates\":{},\"epoch\":{},\"steps\":{},\"trainLoss\":{},\"trainLossEval\":{},\"valLoss\":{},\"accuracy\":{},\"trainAccuracy\":{},\"bestValLoss\":{},\"bestValEpoch\":{},\"lastBatchLoss\":{},\"diverged\":{},\"divergedReason\":{},\"label\":{}}}",
            list(&r.rates().rates, |&p| number(Some(p))),
            r.epoch(),
            r.steps(),
            number(last.map(|p| p.train_loss)),
            number(last.map(|p| p.train_loss_eval)),
            number(last.map(|p| p.val_loss)),
            number(last.and_then(|p| p.val_accuracy)),
            number(last.and_then(|p| p.train_accuracy)),
            number(r.history().best_val().map(|b| b.1)),
            r.history()
                .best_val()
                .map_or("null".to_string(), |b| b.0.to_string()),
            number(r.last_loss()),
            r.diverged().is_some(),
            r.diverged().map_or("null".to_string(), string),
            string(&r.label(lab.notation)),
        )
    });
    let masks = drawn_masks(lab).map_or("[]".to_string(), |m| {
        list(m, |layer| list(layer, |k| k.to_string()))
    });
    format!(
        "{{\"iteration\":{},\"epoch\":{},\"focused\":{},\"example\":{},\"trainMode\":{},\"classic\":{},\"dataset\":{},\"preset\":{},\"batchSize\":{},\"layers\":{},\"runs\":{},\"masks\":{}}}",
        lab.experiment.iteration(),
        epoch,
        lab.focused,
        lab.example,
        lab.train_view,
        lab.classic(),
        string(lab.setup.source.name()),
        string(lab.preset.name),
        lab.batch_size(),
        list(lab.layer_sizes(), |n| n.to_string()),
        runs_json,
        masks
    )
}

/// `[{name, title, note, epochs, seed, default}]`.
pub(super) fn preset_list() -> String {
    list(preset::all(), |p| {
        format!(
            "{{\"name\":{},\"title\":{},\"note\":{},\"epochs\":{},\"seed\":{},\"default\":{}}}",
            string(p.name),
            string(&p.title()),
            string(&p.note()),
            p.epochs,
            p.config.seed,
            p.name == preset::DEFAULT
        )
    })
}
