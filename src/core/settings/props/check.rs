//! How a link's value is checked: a number within its bound, a word from a list, a flag. A
//! refusal is a catalog message (#19) that says what was expected, or names the quantity and
//! its bounds in the words the core's range checks use.

use crate::core::error::{Arg, Detail};
use crate::detail;

use super::super::query::echo;

/// A number as a link writes it: an empty value is no number, and neither is NaN or ±∞.
pub(super) fn number(raw: &str) -> Option<f64> {
    let raw = raw.trim();
    let value: f64 = raw.parse().ok()?;
    (!raw.is_empty() && value.is_finite()).then_some(value)
}

/// `raw` as a number within `[min, max]` (a whole one if `whole`): a value that is no number
/// is refused with what was expected, one out of range with the quantity and its bounds, in the
/// words the core's range checks use.
pub(super) fn check<T: Into<f64> + Copy>(
    raw: &str,
    what: Detail,
    (min, max): (T, T),
    whole: bool,
) -> std::result::Result<f64, Detail>
where
    Arg: From<T>,
{
    let bounds = (Arg::from(min), Arg::from(max));
    let value = number(raw).filter(|v| !whole || v.fract() == 0.0);
    match value {
        None => Err(refused(None, raw, bounds, whole)),
        Some(v) if v < min.into() || v > max.into() => Err(refused(Some(what), raw, bounds, whole)),
        Some(v) => Ok(v),
    }
}

/// What [`check`] says of `raw`: no number (what was expected), or `what` out of its bounds.
fn refused(what: Option<Detail>, raw: &str, (min, max): (Arg, Arg), whole: bool) -> Detail {
    match (what, whole) {
        (Some(what), _) => detail!(
            "error-out-of-range",
            what = what,
            value = echo(raw.trim()),
            min = min,
            max = max
        ),
        (None, true) => detail!("expected-whole-number", min = min, max = max),
        (None, false) => detail!("expected-number", min = min, max = max),
    }
}

/// The refusal of a word not in `names` (link words, listed as the link writes them).
pub(super) fn one_of(names: &[&str]) -> Detail {
    detail!("expected-one-of", names = names.join(", "))
}

pub(super) fn flag(raw: &str) -> std::result::Result<bool, Detail> {
    match raw {
        "0" => Ok(false),
        "1" => Ok(true),
        _ => Err(detail!("expected-flag")),
    }
}
