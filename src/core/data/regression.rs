//! 1-D regression: a handful of noisy samples of a smooth curve, the classic overfitting picture.
//! With 12–20 training points a wide network threads every noisy point; dropout keeps the fit
//! close to the true curve ([`truth`]), which the page draws for comparison.
//!
//! ```
//! use dropout_lab::core::data::regression::{generate, truth, RegressionKind, RegressionSpec};
//! use dropout_lab::core::data::Task;
//!
//! let spec = RegressionSpec { kind: RegressionKind::Sine, n_train: 15, n_val: 100, noise: 0.0, seed: 3 };
//! let split = generate(&spec).unwrap();
//! assert_eq!(split.train.x.dim(), (15, 1));
//! assert_eq!(split.train.task, Task::Regression);
//! // Without noise every target lies on the curve.
//! let (x, y) = (split.train.x[[0, 0]], split.train.y[[0, 0]]);
//! assert!((y - truth(RegressionKind::Sine, x)).abs() < 1e-6);
//! ```

use std::f32::consts::PI;
use std::str::FromStr;

use crate::core::LabRng;
use ndarray::Array2;
use rand::{RngExt, SeedableRng};
use rand_distr::StandardNormal;

use super::{Dataset, Split, Task, sub_seeds};
use crate::core::error::{Error, Result, check_range};
use crate::detail;

/// Inputs are drawn uniformly from `[-X_RANGE, X_RANGE]`.
pub const X_RANGE: f32 = 1.0;
/// Plotting window `(x_min, x_max, y_min, y_max)`: both curves stay within `[-1, 1]`, the margin
/// leaves room for noisy targets.
pub const EXTENT: (f32, f32, f32, f32) = (-1.1, 1.1, -1.6, 1.6);
pub use super::{MAX_POINTS, MIN_POINTS};

/// Which smooth curve the samples come from. Both map `[-1, 1]` into `[-1, 1]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegressionKind {
    /// `sin(πx)`: one full period on `[-1, 1]`.
    Sine,
    /// The Legendre cubic `(5x³ − 3x) / 2`: two bends, equal to ±1 at the ends.
    Cubic,
}

impl RegressionKind {
    /// Names accepted by [`str::parse`].
    pub const NAMES: [&'static str; 2] = ["sine", "cubic"];

    /// The name this kind parses from.
    pub fn name(&self) -> &'static str {
        match self {
            RegressionKind::Sine => "sine",
            RegressionKind::Cubic => "cubic",
        }
    }

    /// Plotting window, the same [`EXTENT`] for both curves.
    pub fn extent(&self) -> (f32, f32, f32, f32) {
        EXTENT
    }
}

impl FromStr for RegressionKind {
    type Err = Error;

    /// Parses a name from [`RegressionKind::NAMES`] (case-insensitive).
    fn from_str(name: &str) -> Result<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "sine" => Ok(RegressionKind::Sine),
            "cubic" => Ok(RegressionKind::Cubic),
            _ => Err(Error::Unknown {
                kind: "kind-regression-curve",
                name: name.to_string(),
                known: RegressionKind::NAMES.join(", "),
            }),
        }
    }
}

/// The noise-free curve at `x`: what a perfect regressor would predict.
pub fn truth(kind: RegressionKind, x: f32) -> f32 {
    match kind {
        RegressionKind::Sine => (PI * x).sin(),
        RegressionKind::Cubic => (5.0 * x * x * x - 3.0 * x) / 2.0,
    }
}

/// Everything that decides a regression dataset. Same spec → bit-identical data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegressionSpec {
    /// Which curve.
    pub kind: RegressionKind,
    /// Training points, `MIN_POINTS..=MAX_POINTS` (12–20 shows overfitting best).
    pub n_train: usize,
    /// Validation points, `MIN_POINTS..=MAX_POINTS`.
    pub n_val: usize,
    /// Standard deviation, in `0..=1`, of the Gaussian noise added to each target (the curves
    /// have amplitude 1, so 0.1–0.3 is a typical choice).
    pub noise: f32,
    /// Seed of every random choice.
    pub seed: u64,
}

impl Default for RegressionSpec {
    /// Few, noisy points: the setting in which an unregularised network overfits visibly.
    fn default() -> Self {
        RegressionSpec {
            kind: RegressionKind::Sine,
            n_train: 16,
            n_val: 200,
            noise: 0.2,
            seed: 1,
        }
    }
}

/// Checks the knobs of `spec` and names the first one out of range.
pub fn validate(spec: &RegressionSpec) -> Result<()> {
    super::check_point_counts(spec.n_train, spec.n_val)?;
    check_range(
        detail!("quantity-target-noise"),
        f64::from(spec.noise),
        0.0,
        1.0,
    )
}

/// Draws training and validation sets independently from the same distribution: `x` uniform on
/// `[-1, 1]`, `y = truth(x) + noise · N(0, 1)`. Each set has its own random stream, so the
/// validation set for a seed does not change when `n_train` does.
pub fn generate(spec: &RegressionSpec) -> Result<Split> {
    validate(spec)?;
    let [train_seed, val_seed] = sub_seeds::<2>(spec.seed);
    Ok(Split {
        train: sample(spec, spec.n_train, train_seed),
        val: sample(spec, spec.n_val, val_seed),
    })
}

/// `n` noisy samples of the curve, inputs in draw order (not sorted).
fn sample(spec: &RegressionSpec, n: usize, seed: u64) -> Dataset {
    let mut rng = LabRng::seed_from_u64(seed);
    let mut x = Array2::zeros((n, 1));
    let mut y = Array2::zeros((n, 1));
    for i in 0..n {
        let xi = rng.random_range(-X_RANGE..=X_RANGE);
        let z: f32 = rng.sample(StandardNormal);
        x[[i, 0]] = xi;
        y[[i, 0]] = truth(spec.kind, xi) + spec.noise * z;
    }
    Dataset {
        x,
        y,
        task: Task::Regression,
    }
}
