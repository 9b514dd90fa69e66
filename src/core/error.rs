//! One error type for the whole core; each variant says what was wrong in words a user can act
//! on, in the class's language. The whole sentence is the catalog's (#19): its frame is an
//! `error-…` message and every detail inside it is a [`Detail`], a message id with typed
//! arguments (`quantity-hidden-units` with `layer = 2`), so nothing is English before it is
//! shown. [`Display`](fmt::Display) is the one place that formats, in the language the thread
//! speaks when the error is shown, numbers written that language's way. Only what a user typed
//! or can type stays verbatim: a refused name, a value, the list of accepted link words.
//!
//! ```
//! use dropout_lab::core::error::{Error, check_range};
//! use dropout_lab::core::l10n;
//! use dropout_lab::detail;
//!
//! let err = check_range(detail!("quantity-batch-size"), 0.0, 1.0, 512.0).unwrap_err();
//! l10n::set_language("en");
//! assert_eq!(err.to_string(), "batch size = 0 is out of range: it must be between 1 and 512");
//! l10n::set_language("de");
//! assert!(err.to_string().starts_with("Batchgröße = 0"));
//! l10n::set_language("en");
//! ```

use std::fmt;

use fluent_bundle::FluentValue;
use thiserror::Error;

use crate::core::l10n;
use crate::t;

/// Everything the core can reject.
#[derive(Debug, Error, Clone, PartialEq)]
pub enum Error {
    /// A dropout rate outside `0 ≤ p < 1` (p is the probability of *dropping* a unit), of
    /// dropout layer `layer` (0 = the input layer).
    DropRate { layer: usize, p: f32 },
    /// A layer size, layer count, batch size or similar out of its allowed range.
    OutOfRange {
        what: Detail,
        value: f64,
        min: f64,
        max: f64,
    },
    /// Shapes that do not fit together (data vs network, rates vs layers).
    Shape(Detail),
    /// A name (dataset, preset, activation, …) that is not known: `kind` is the message id of
    /// what it names (`kind-preset`), `name` and `known` are link words, shown as typed.
    Unknown {
        kind: &'static str,
        name: String,
        known: String,
    },
    /// A configuration that is self-contradictory in some other way.
    Config(Detail),
}

/// A part of a sentence: the catalog message `id` with its arguments, formatted only when shown
/// (so a refusal made while the class spoke English reads German once the page is German).
/// Build one with [`detail!`](crate::detail).
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Detail`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number, written at its shortest (`0.5`, `300`) with the language's decimal sign, and
    /// a count for the language's plural rules.
    Number(f64),
    /// Text a user typed or types (a refused value, a key, a list of link words): as it is.
    Verbatim(String),
    /// A detail inside a detail (`line 3 '…': { $why }`), formatted in the same language.
    Said(Box<Detail>),
    /// A whole refusal inside a detail (a run's variant refused inside `rates=`).
    Refusal(Box<Error>),
    /// Several details, each formatted, joined by `; ` (a setup file's unusable settings).
    List(Vec<Detail>),
}

macro_rules! numbers_into_arg {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(n as f64)
            }
        }
    )+};
}
numbers_into_arg!(usize, u8, u32, u64, i32, i64, f64);

impl From<f32> for Arg {
    /// As `f32` prints (`0.95`), not as its widened `f64` (`0.949999988…`).
    fn from(x: f32) -> Arg {
        Arg::Number(x.to_string().parse().unwrap_or(f64::from(x)))
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Verbatim(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Verbatim(text.to_string())
    }
}

impl From<Detail> for Arg {
    fn from(detail: Detail) -> Arg {
        Arg::Said(Box::new(detail))
    }
}

impl From<Vec<Detail>> for Arg {
    fn from(details: Vec<Detail>) -> Arg {
        Arg::List(details)
    }
}

impl From<Error> for Arg {
    fn from(error: Error) -> Arg {
        Arg::Refusal(Box::new(error))
    }
}

impl Arg {
    fn value(&self) -> FluentValue<'static> {
        match self {
            Arg::Number(x) => FluentValue::from(*x),
            Arg::Verbatim(text) => FluentValue::from(text.clone()),
            Arg::Said(detail) => FluentValue::from(detail.to_string()),
            Arg::Refusal(error) => FluentValue::from(error.to_string()),
            Arg::List(details) => {
                let said: Vec<String> = details.iter().map(Detail::to_string).collect();
                FluentValue::from(said.join("; "))
            }
        }
    }
}

/// A [`Detail`]: `detail!("quantity-hidden-units", layer = 2)`. Values are numbers (formatted
/// by the language when shown), other details, or `String`/`&str` shown verbatim (only what a
/// user typed: never English prose).
#[macro_export]
macro_rules! detail {
    ($id:expr) => {
        $crate::core::error::Detail { id: $id, args: Vec::new() }
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::core::error::Detail {
            id: $id,
            args: vec![$((stringify!($name), $crate::core::error::Arg::from($value))),+],
        }
    };
}

impl fmt::Display for Detail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut args = l10n::Args::new();
        for (name, arg) in &self.args {
            args.set(*name, arg.value());
        }
        f.write_str(&l10n::text(self.id, Some(&args)))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let number = |x: f64| Arg::Number(x).value();
        let text = match self {
            Error::DropRate { layer, p } => {
                let layer = match layer {
                    0 => t!("error-layer-input"),
                    k => t!("error-layer-hidden", layer = *k),
                };
                t!("error-drop-rate", p = Arg::from(*p).value(), layer = layer)
            }
            Error::OutOfRange {
                what,
                value,
                min,
                max,
            } => t!(
                "error-out-of-range",
                what = what.to_string(),
                value = number(*value),
                min = number(*min),
                max = number(*max)
            ),
            Error::Shape(why) => t!("error-shape", why = why.to_string()),
            Error::Unknown { kind, name, known } => t!(
                "error-unknown",
                kind = l10n::text(kind, None),
                name = name.as_str(),
                known = known.as_str()
            ),
            Error::Config(why) => t!("error-config", why = why.to_string()),
        };
        f.write_str(&text)
    }
}

/// The core's result type.
pub type Result<T> = std::result::Result<T, Error>;

/// Checks `min ≤ value ≤ max` and names the quantity (`quantity-…`) in the error.
pub fn check_range(what: Detail, value: f64, min: f64, max: f64) -> Result<()> {
    if value.is_finite() && value >= min && value <= max {
        Ok(())
    } else {
        Err(Error::OutOfRange {
            what,
            value,
            min,
            max,
        })
    }
}
