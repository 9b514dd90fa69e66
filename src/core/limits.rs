//! The bounds and defaults the page's controls and the link share, each stated once: the
//! seed range, the hidden layer sizes, the speed ladder and its default, the sweep's seeds per
//! point. A check here takes the text a control or the link holds, and its refusal names the
//! bound, so every control and the link accept the same values and say the same words.
//!
//! ```
//! use dropout_lab::core::limits::{check_hidden, check_seed};
//! assert_eq!(check_seed("42").unwrap(), 42);
//! assert!(check_seed("-1").is_err());
//! assert_eq!(check_hidden("64, 32").unwrap(), vec![64, 32]);
//! assert!(check_hidden("0").unwrap_err().to_string().contains("between 1 and"));
//! ```

use crate::core::error::{Error, Result, check_range};
use crate::core::network::NetConfig;
use crate::core::sweep::{DEFAULT_SEEDS, MAX_SEEDS};

/// Largest seed: seeds are `u32` from the Seed field through the link to the sweep jobs.
pub const MAX_SEED: u32 = u32::MAX;

/// Training steps per second at each position of the Speed slider; the last is "as many as
/// the frame allows".
pub const SPEEDS: [f64; 7] = [1.0, 3.0, 10.0, 30.0, 100.0, 300.0, f64::INFINITY];

/// The Speed slider's position when nothing chose one: as fast as the frame allows.
pub const DEFAULT_SPEED: usize = SPEEDS.len() - 1;

/// A seed as typed or linked (text, as the Seed field and the link hold it): a whole number
/// from 0 to [`MAX_SEED`].
pub fn check_seed(text: &str) -> Result<u32> {
    let seed = number(text).ok_or_else(|| {
        Error::Config(format!(
            "the seed must be a whole number from 0 to {MAX_SEED}, not '{text}'"
        ))
    })?;
    whole("seed", seed, 0.0, f64::from(MAX_SEED)).map(|s| s as u32)
}

/// Hidden layer sizes as typed or linked ("64,64"): 1 to [`NetConfig::MAX_HIDDEN_LAYERS`]
/// layers of 1 to [`NetConfig::MAX_UNITS`] units each.
pub fn check_hidden(text: &str) -> Result<Vec<usize>> {
    let sizes: Option<Vec<f64>> = text.split(',').map(number).collect();
    let sizes = sizes.ok_or_else(|| {
        Error::Config(format!(
            "hidden units must be whole numbers separated by commas, like 64,64 — not '{text}'"
        ))
    })?;
    check_range(
        "number of hidden layers",
        sizes.len() as f64,
        1.0,
        NetConfig::MAX_HIDDEN_LAYERS as f64,
    )?;
    sizes
        .iter()
        .enumerate()
        .map(|(i, &n)| {
            let what = format!("units in hidden layer {}", i + 1);
            whole(&what, n, 1.0, NetConfig::MAX_UNITS as f64).map(|n| n as usize)
        })
        .collect()
}

/// A Speed slider position: a whole number indexing [`SPEEDS`].
pub fn check_speed(position: f64) -> Result<usize> {
    whole("speed", position, 0.0, (SPEEDS.len() - 1) as f64).map(|s| s as usize)
}

/// Seeds per point of a sweep as typed: rounded and held to 1..=[`MAX_SEEDS`]; anything that is
/// not a positive number gives [`DEFAULT_SEEDS`].
pub fn seeds_per_point(requested: f64) -> usize {
    if requested.is_finite() && requested >= 0.5 {
        (requested.round() as usize).clamp(1, MAX_SEEDS)
    } else {
        DEFAULT_SEEDS
    }
}

/// A number as typed (surrounding spaces allowed), `None` if it is none.
fn number(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// `value` if it is a whole number in `min..=max`; else a refusal naming the bound.
fn whole(what: &str, value: f64, min: f64, max: f64) -> Result<f64> {
    check_range(what, value, min, max)?;
    if value.fract() == 0.0 {
        Ok(value)
    } else {
        Err(Error::Config(format!(
            "{what} must be a whole number from {min} to {max}, not {value}"
        )))
    }
}
