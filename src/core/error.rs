//! One error type for the whole core; each variant says what was wrong in words a user can act on,
//! in the class's language (the frame of each sentence is a catalog message, `error-…`; the
//! details the caller wrote, a quantity's name or a shape's story, are still English).

use std::fmt;

use thiserror::Error;

use crate::core::l10n::{self, numbers};
use crate::t;

/// Everything the core can reject.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Error {
    /// A dropout rate outside `0 ≤ p < 1` (p is the probability of *dropping* a unit).
    DropRate { layer: String, p: f32 },
    /// A layer size, layer count, batch size or similar out of its allowed range.
    OutOfRange {
        what: String,
        value: f64,
        min: f64,
        max: f64,
    },
    /// Shapes that do not fit together (data vs network, rates vs layers).
    Shape(String),
    /// A name (dataset, preset, activation, …) that is not known.
    Unknown {
        kind: String,
        name: String,
        known: String,
    },
    /// A configuration that is self-contradictory in some other way.
    Config(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Error::DropRate { layer, p } => {
                t!(
                    "error-drop-rate",
                    p = shortest(f64::from(*p)),
                    layer = layer.as_str()
                )
            }
            Error::OutOfRange {
                what,
                value,
                min,
                max,
            } => t!(
                "error-out-of-range",
                what = what.as_str(),
                value = shortest(*value),
                min = shortest(*min),
                max = shortest(*max)
            ),
            Error::Shape(why) => t!("error-shape", why = why.as_str()),
            Error::Unknown { kind, name, known } => t!(
                "error-unknown",
                kind = kind.as_str(),
                name = name.as_str(),
                known = known.as_str()
            ),
            Error::Config(why) => t!("error-config", why = why.as_str()),
        };
        f.write_str(&text)
    }
}

/// `x` as Rust writes it at its shortest (`0.5`, `300`), with the language's decimal sign: a
/// bound or a rejected value is shown as typed, not rounded.
fn shortest(x: f64) -> String {
    let decimal = numbers::style(l10n::language().tag).decimal;
    format!("{x}").replace('.', decimal.encode_utf8(&mut [0; 4]))
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
