//! The Data & network panel's choices that are words or lists: optimiser, activation,
//! minibatch and drawn points.

use crate::core::activation::Activation;
use crate::core::data::points::{self, MAX_DRAWN};
use crate::core::experiment::ExperimentConfig;
use crate::core::optimizer::OptimizerKind;
use crate::core::setup::{self, describe};

use super::super::{Draft, Settings};
use super::Read;
use super::check::{check, one_of};
use crate::detail;

/// A lower-case name for a setup choice, as the panel's menus and the link write it.
pub(super) fn lower(name: &str) -> String {
    name.to_lowercase()
}

pub(super) fn read_opt(draft: &mut Draft, raw: &str) -> Read {
    let kind = setup::optimizer(raw).map_err(|_| one_of(&setup::OPTIMIZERS))?;
    draft.settings.setup.optimizer = Some(kind);
    Ok(None)
}

pub(super) fn write_opt(settings: &Settings) -> Option<String> {
    let kind: OptimizerKind = settings.setup.optimizer?;
    Some(lower(describe::optimizer_name(kind)))
}

pub(super) fn read_act(draft: &mut Draft, raw: &str) -> Read {
    let act = setup::activation(raw).map_err(|_| one_of(&setup::ACTIVATIONS))?;
    draft.settings.setup.activation = Some(act);
    Ok(None)
}

pub(super) fn write_act(settings: &Settings) -> Option<String> {
    let act: Activation = settings.setup.activation?;
    Some(lower(describe::activation_name(act)))
}

pub(super) fn read_points(draft: &mut Draft, raw: &str) -> Read {
    let decoded = points::decode(raw).ok().filter(|p| p.len() <= MAX_DRAWN);
    draft.settings.setup.points =
        decoded.ok_or_else(|| detail!("expected-drawn-points", max = MAX_DRAWN))?;
    Ok(None)
}

pub(super) fn read_batch(draft: &mut Draft, raw: &str) -> Read {
    let max = ExperimentConfig::MAX_BATCH;
    let batch = match raw {
        "full" => 0,
        _ => check(
            raw,
            detail!("quantity-minibatch-size"),
            (1, max as u32),
            true,
        )
        .map_err(|why| match why.id {
            "expected-whole-number" => detail!("expected-full-or-whole", max = max),
            _ => why,
        })? as usize,
    };
    draft.settings.setup.batch = Some(batch);
    Ok(None)
}

pub(super) fn write_batch(settings: &Settings) -> Option<String> {
    settings.setup.batch.map(|b| match b {
        0 => "full".to_string(),
        b => b.to_string(),
    })
}
