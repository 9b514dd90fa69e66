//! The network's keys: every run's rates and variant (`rates=`), and the hidden sizes.

use crate::core::error::Result;
use crate::core::experiment::Experiment;
use crate::core::network::NetConfig;
use crate::core::variant;

use super::super::query::echo;
use super::super::{Draft, RunSpec, Settings};
use super::Read;
use super::check::{check, number};
use crate::detail;

/// The variant token of classic (unscaled) dropout; `scaling=classic` gives it to every run.
pub const CLASSIC: &str = "classic";

/// The tokens of a variant's text form.
pub fn tokens(variant: &str) -> impl Iterator<Item = &str> {
    variant.split(variant::SEPARATOR).filter(|t| !t.is_empty())
}

/// `variant` with `token` added, in the variant's canonical text form.
pub fn with_token(variant: &str, token: &str) -> String {
    canonical(&format!("{variant}{}{token}", variant::SEPARATOR)).unwrap_or_default()
}

pub(super) fn canonical(text: &str) -> Result<String> {
    variant::parse(text).map(|(mode, v)| variant::describe(mode, &v))
}

pub(super) fn is_rate(p: f32) -> bool {
    p.is_finite() && (0.0..1.0).contains(&p)
}

/// `rates=`: runs separated by `,`; each a lone hidden rate `p` or the whole vector
/// `input:hidden1:…`, optionally followed by `~variant`.
pub(super) fn read_runs(draft: &mut Draft, raw: &str) -> Read {
    let problem = || detail!("expected-runs", max = Experiment::MAX_RUNS);
    let mut runs = Vec::new();
    for run in raw.split(',') {
        let (rates, variant) = run.split_once(variant::SEPARATOR).unwrap_or((run, ""));
        let rates: Option<Vec<f32>> = rates
            .split(':')
            .map(|r| number(r).map(|p| p as f32))
            .collect();
        let rates = rates.ok_or_else(problem)?;
        if rates.len() > NetConfig::MAX_HIDDEN_LAYERS + 1 || !rates.iter().all(|&p| is_rate(p)) {
            return Err(problem());
        }
        let variant = canonical(variant).map_err(|e| match echo(variant) == variant {
            true => detail!("error-inside", error = e),
            false => detail!("variant-not-understood", variant = echo(variant)),
        })?;
        runs.push(RunSpec { rates, variant });
    }
    if runs.len() > Experiment::MAX_RUNS {
        return Err(problem());
    }
    draft.settings.runs = Some(runs);
    Ok(None)
}

/// A run's rates as the link writes them: `p` alone when the input is 0 and every hidden layer
/// is at p (the common case, and what older links held), else the whole vector.
pub(super) fn format_rates(rates: &[f32]) -> String {
    match rates {
        [input, hidden @ ..] if *input == 0.0 && hidden.iter().all(|p| *p == hidden[0]) => {
            hidden.first().unwrap_or(&0.0).to_string()
        }
        _ => rates
            .iter()
            .map(f32::to_string)
            .collect::<Vec<_>>()
            .join(":"),
    }
}

pub(super) fn all_classic(settings: &Settings) -> bool {
    let runs = settings.runs.as_deref().unwrap_or_default();
    !runs.is_empty()
        && runs
            .iter()
            .all(|r| tokens(&r.variant).any(|t| t == CLASSIC))
}

pub(super) fn write_runs(settings: &Settings) -> Option<String> {
    let strip = all_classic(settings);
    let runs = settings.runs.as_ref()?.iter().map(|run| {
        let kept = tokens(&run.variant).filter(|t| !(strip && *t == CLASSIC));
        std::iter::once(format_rates(&run.rates))
            .chain(kept.map(str::to_string))
            .collect::<Vec<_>>()
            .join(&variant::SEPARATOR.to_string())
    });
    Some(runs.collect::<Vec<_>>().join(","))
}

pub(super) fn read_hidden(draft: &mut Draft, raw: &str) -> Read {
    let (layers, units) = (NetConfig::MAX_HIDDEN_LAYERS, NetConfig::MAX_UNITS);
    let sizes: Vec<&str> = raw.split(',').collect();
    // Text that is no list of whole numbers says what was expected; a size or a count out of
    // range says which, in the words the network's own check uses.
    let whole = |n: &str| number(n).is_some_and(|v| v.fract() == 0.0);
    if !sizes.iter().all(|n| whole(n)) {
        return Err(detail!("expected-hidden", layers = layers, units = units));
    }
    check(
        &sizes.len().to_string(),
        detail!("quantity-hidden-layers"),
        (1, layers as u32),
        true,
    )?;
    let sizes = sizes.iter().enumerate().map(|(i, n)| {
        let what = detail!("quantity-hidden-units", layer = i + 1);
        check(n, what, (1, units as u32), true).map(|n| n as usize)
    });
    draft.settings.hidden = Some(sizes.collect::<std::result::Result<_, _>>()?);
    Ok(None)
}
