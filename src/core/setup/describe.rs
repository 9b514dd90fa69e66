//! How far a setup has taken a preset from its story, in the class's words: the preset's note
//! and its story pause only hold while its own data and network are unchanged.

use super::{Setup, Source};
use crate::core::activation::Activation;
use crate::core::optimizer::OptimizerKind;
use crate::core::preset::{DataSpec, Preset};

/// Input (or target) noise and label noise of a preset's data; the defaults a dataset of
/// another kind starts from (digits have neither, so a generator switched to takes 0.2 and 0).
pub(super) fn noise_of(data: &DataSpec) -> (f32, f32) {
    match data {
        DataSpec::Toy2d(s) => (s.noise, s.label_noise),
        DataSpec::Regression(s) => (s.noise, 0.0),
        DataSpec::Digits(_) => (0.2, 0.0),
    }
}

pub fn activation_name(a: Activation) -> &'static str {
    match a {
        Activation::Relu => "ReLU",
        Activation::Tanh => "tanh",
        Activation::Sigmoid => "sigmoid",
        Activation::Linear => "linear",
    }
}

pub fn optimizer_name(kind: OptimizerKind) -> &'static str {
    match kind {
        OptimizerKind::Sgd => "SGD",
        OptimizerKind::Momentum { .. } => "momentum",
        OptimizerKind::Adam { .. } => "Adam",
    }
}

/// Whether the data differs from the preset's, and each change from the story as a phrase
/// ("label noise 0.2", "SGD"), in the order of the panel.
pub(super) fn changes(
    preset: &Preset,
    changed: &Preset,
    setup: &Setup,
    source: Source,
) -> (bool, Vec<String>) {
    let mut said = Vec::new();
    if source != Source::of(&preset.data) {
        said.push(format!("{} data", source.name()));
    }
    let (was, now) = (preset.data.sizes(), changed.data.sizes());
    if !source.own() {
        if was.0 != now.0 {
            said.push(format!("{} training points", now.0));
        }
        if was.1 != now.1 {
            said.push(format!("{} validation points", now.1));
        }
        let ((noise_was, flip_was), (noise, flip)) =
            (noise_of(&preset.data), noise_of(&changed.data));
        if noise != noise_was && !matches!(changed.data, DataSpec::Digits(_)) {
            said.push(format!("noise {noise}"));
        }
        if flip != flip_was && matches!(changed.data, DataSpec::Toy2d(_)) {
            said.push(format!("label noise {flip}"));
        }
    }
    if !setup.points.is_empty() {
        said.push(format!("{} points of your own", setup.points.len()));
    }
    let data_edited = !said.is_empty();
    let (a, b) = (&preset.config, &changed.config);
    if a.activation != b.activation {
        said.push(activation_name(b.activation).to_string());
    }
    if a.optimizer.kind != b.optimizer.kind {
        said.push(optimizer_name(b.optimizer.kind).to_string());
    }
    if a.batch_size != b.batch_size && setup.batch.is_some() {
        said.push(format!("minibatch {}", b.batch_size));
    }
    if a.optimizer.weight_decay != b.optimizer.weight_decay {
        said.push(format!("L2 {}", b.optimizer.weight_decay));
    }
    (data_edited, said)
}
