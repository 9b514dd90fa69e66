//! The bounds and defaults the page's controls, the link and the sweeps share, each stated once:
//! the seed range, the speed ladder and its default, the sweep's seeds per point. The link's
//! table of properties ([`crate::core::settings::props`]) checks a typed or linked value against
//! these, so every control and the link accept the same values and say the same words.
//!
//! ```
//! use dropout_lab::core::limits::{DEFAULT_SPEED, SPEEDS, seeds_per_point};
//! assert_eq!(SPEEDS[DEFAULT_SPEED], f64::INFINITY);
//! assert_eq!(seeds_per_point(4.4), 4);
//! ```

use crate::core::sweep::{DEFAULT_SEEDS, MAX_SEEDS};

/// Largest seed: seeds are `u32` from the Seed field through the link to the sweep jobs.
pub const MAX_SEED: u32 = u32::MAX;

/// Training steps per second at each position of the Speed slider; the last is "as many as
/// the frame allows".
pub const SPEEDS: [f64; 7] = [1.0, 3.0, 10.0, 30.0, 100.0, 300.0, f64::INFINITY];

/// The Speed slider's position when nothing chose one: as fast as the frame allows.
pub const DEFAULT_SPEED: usize = SPEEDS.len() - 1;

/// Seeds per point of a sweep as typed: rounded and held to 1..=[`MAX_SEEDS`]; anything that is
/// not a positive number gives [`DEFAULT_SEEDS`].
pub fn seeds_per_point(requested: f64) -> usize {
    if requested.is_finite() && requested >= 0.5 {
        (requested.round() as usize).clamp(1, MAX_SEEDS)
    } else {
        DEFAULT_SEEDS
    }
}
