//! How far a setup has taken a preset from its story, in the class's words: the preset's note
//! and its story pause only hold while its own data and network are unchanged.

use fluent_bundle::FluentValue;

use super::{Setup, Source, dataset_title};
use crate::core::activation::Activation;
use crate::core::l10n::decimal;
use crate::core::optimizer::OptimizerKind;
use crate::core::preset::{DataSpec, Preset};
use crate::t;

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

/// One way the class's setup departs from the preset's story. It is kept as what changed, not
/// as words, and said in the language spoken when it is read: the note under the pictures is
/// read again after a language switch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StoryChange {
    /// Another dataset.
    Dataset(Source),
    /// Another number of training points.
    Train(usize),
    /// Another number of validation points.
    Val(usize),
    /// Other input (or target) noise.
    Noise(f32),
    /// Another share of flipped labels.
    LabelNoise(f32),
    /// The class's own points added.
    OwnPoints(usize),
    /// Another hidden activation.
    Activation(Activation),
    /// Another optimiser.
    Optimiser(OptimizerKind),
    /// Another minibatch size.
    Minibatch(usize),
    /// Another L2 strength.
    L2(f32),
}

impl StoryChange {
    /// The change in a few words of the language spoken ("label noise 0.2", "Adam").
    pub fn phrase(&self) -> String {
        match *self {
            StoryChange::Dataset(source) => {
                t!("rebuilt-dataset", title = dataset_title(source.name()))
            }
            StoryChange::Train(n) => t!("rebuilt-train", value = n),
            StoryChange::Val(n) => t!("rebuilt-val", value = n),
            StoryChange::Noise(x) => t!("rebuilt-noise", value = shortest(x)),
            StoryChange::LabelNoise(x) => t!("rebuilt-flip", value = shortest(x)),
            StoryChange::OwnPoints(n) => t!("draw-count", count = n),
            StoryChange::Activation(a) => t!(
                "rebuilt-act",
                title = t!(&format!("activation-{}", activation_name(a).to_lowercase()))
            ),
            StoryChange::Optimiser(kind) => {
                t!(&format!(
                    "optimiser-{}",
                    optimizer_name(kind).to_lowercase()
                ))
            }
            StoryChange::Minibatch(n) => t!("rebuilt-batch", value = n),
            StoryChange::L2(x) => t!("rebuilt-l2", value = shortest(x)),
        }
    }
}

/// `x` with as many decimals as it was written with (0.2, 0.001), in the language's form.
fn shortest(x: f32) -> FluentValue<'static> {
    let digits = x.to_string().split_once('.').map_or(0, |(_, d)| d.len());
    decimal(f64::from(x), digits)
}

/// Whether the data differs from the preset's, and each change from the story, in the order
/// of the panel.
pub(super) fn changes(
    preset: &Preset,
    changed: &Preset,
    setup: &Setup,
    source: Source,
) -> (bool, Vec<StoryChange>) {
    let mut said = Vec::new();
    if source != Source::of(&preset.data) {
        said.push(StoryChange::Dataset(source));
    }
    let (was, now) = (preset.data.sizes(), changed.data.sizes());
    if !source.own() {
        if was.0 != now.0 {
            said.push(StoryChange::Train(now.0));
        }
        if was.1 != now.1 {
            said.push(StoryChange::Val(now.1));
        }
        let ((noise_was, flip_was), (noise, flip)) =
            (noise_of(&preset.data), noise_of(&changed.data));
        if noise != noise_was && !matches!(changed.data, DataSpec::Digits(_)) {
            said.push(StoryChange::Noise(noise));
        }
        if flip != flip_was && matches!(changed.data, DataSpec::Toy2d(_)) {
            said.push(StoryChange::LabelNoise(flip));
        }
    }
    if !setup.points.is_empty() {
        said.push(StoryChange::OwnPoints(setup.points.len()));
    }
    let data_edited = !said.is_empty();
    let (a, b) = (&preset.config, &changed.config);
    if a.activation != b.activation {
        said.push(StoryChange::Activation(b.activation));
    }
    if a.optimizer.kind != b.optimizer.kind {
        said.push(StoryChange::Optimiser(b.optimizer.kind));
    }
    if a.batch_size != b.batch_size && setup.batch.is_some() {
        said.push(StoryChange::Minibatch(b.batch_size));
    }
    if a.optimizer.weight_decay != b.optimizer.weight_decay {
        said.push(StoryChange::L2(b.optimizer.weight_decay));
    }
    (data_edited, said)
}
