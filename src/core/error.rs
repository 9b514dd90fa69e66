//! One error type for the whole core; each variant says what was wrong in words a user can act on.

use thiserror::Error;

/// Everything the core can reject.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Error {
    /// A dropout rate outside `0 ≤ p < 1` (p is the probability of *dropping* a unit).
    #[error(
        "dropout rate {p} for {layer} is invalid: it must satisfy 0 ≤ p < 1 (p is the probability of dropping a unit)"
    )]
    DropRate { layer: String, p: f32 },
    /// A layer size, layer count, batch size or similar out of its allowed range.
    #[error("{what} = {value} is out of range: it must be between {min} and {max}")]
    OutOfRange {
        what: String,
        value: f64,
        min: f64,
        max: f64,
    },
    /// Shapes that do not fit together (data vs network, rates vs layers).
    #[error("shape mismatch: {0}")]
    Shape(String),
    /// A name (dataset, preset, activation, …) that is not known.
    #[error("unknown {kind} '{name}'; known: {known}")]
    Unknown {
        kind: String,
        name: String,
        known: String,
    },
    /// A configuration that is self-contradictory in some other way.
    #[error("invalid configuration: {0}")]
    Config(String),
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Checks `min ≤ value ≤ max` and names the quantity in the error.
pub fn check_range(what: &str, value: f64, min: f64, max: f64) -> Result<()> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            what: what.to_string(),
            value,
            min,
            max,
        })
    }
}
