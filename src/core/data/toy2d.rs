//! Toy 2-D classification problems, the kind a class can see on a plane: two interleaved spiral
//! arms, a disc inside a ring, XOR quadrants, two moons and Gaussian blobs.
//!
//! Every generator is scaled so that noise-free points lie in (about) `[-1, 1]²` and the page can
//! frame all of them with [`EXTENT`]. Each class gets the same number of points (point `i` has
//! class `i mod classes`), so a classifier that always says "class 0" scores 1/classes.
//!
//! ```
//! use dropout_lab::core::data::toy2d::{generate, Toy2dKind, Toy2dSpec};
//! use dropout_lab::core::data::Task;
//!
//! let kind: Toy2dKind = "spiral".parse().unwrap();
//! let spec = Toy2dSpec { kind, n_train: 200, n_val: 100, noise: 0.2, label_noise: 0.1, seed: 7 };
//! let split = generate(&spec).unwrap();
//! assert_eq!(split.train.x.dim(), (200, 2));
//! assert_eq!(split.val.y.dim(), (100, 1));
//! assert_eq!(split.train.task, Task::Binary);
//! assert_eq!(split, generate(&spec).unwrap()); // same seed, same data
//! ```

use std::f32::consts::PI;
use std::str::FromStr;

use crate::core::LabRng;
use ndarray::Array2;
use rand::{RngExt, SeedableRng};
use rand_distr::StandardNormal;

use super::{Dataset, Split, Task, one_hot, sub_seeds};
use crate::core::error::{Error, Result, check_range};
use crate::detail;

/// Plotting window `(x_min, x_max, y_min, y_max)` that frames every generator, noise included.
pub const EXTENT: (f32, f32, f32, f32) = (-1.5, 1.5, -1.5, 1.5);
/// Input noise `noise = 1` adds Gaussian jitter of this standard deviation to each coordinate;
/// at that level the classes of every generator overlap heavily.
pub const NOISE_SCALE: f32 = 0.25;
pub use super::{MAX_POINTS, MIN_POINTS};
/// Largest label-noise fraction: at 0.5 a binary label carries no information at all.
pub const MAX_LABEL_NOISE: f32 = 0.5;
/// Most classes the blobs generator makes (the page needs a distinct colour for each).
pub const MAX_CLASSES: usize = 8;

/// Which 2-D problem to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toy2dKind {
    /// Two spiral arms wound 1.75 turns around each other; needs a curved, wiggly boundary.
    Spiral,
    /// Class 0 fills a disc of radius 0.5, class 1 a ring between radii 0.7 and 1.0.
    Circles,
    /// Class 1 where `x·y > 0` (first and third quadrants), class 0 elsewhere.
    Xor,
    /// Two interlocking half-moons (the classic `make_moons`), scaled to `[-1, 1] × [-0.5, 0.5]`.
    Moons,
    /// `classes` round Gaussian clusters on a circle; 2 classes → [`Task::Binary`], more →
    /// [`Task::MultiClass`] with one-hot targets.
    Blobs { classes: usize },
}

impl Toy2dKind {
    /// Names accepted by [`str::parse`] (`"blobs"` means two blobs).
    pub const NAMES: [&'static str; 5] = ["spiral", "circles", "xor", "moons", "blobs"];

    /// The name this kind parses from.
    pub fn name(&self) -> &'static str {
        match self {
            Toy2dKind::Spiral => "spiral",
            Toy2dKind::Circles => "circles",
            Toy2dKind::Xor => "xor",
            Toy2dKind::Moons => "moons",
            Toy2dKind::Blobs { .. } => "blobs",
        }
    }

    /// Number of classes.
    pub fn classes(&self) -> usize {
        match self {
            Toy2dKind::Blobs { classes } => *classes,
            _ => 2,
        }
    }

    /// The task the targets encode: binary for two classes, one-hot multi-class otherwise.
    pub fn task(&self) -> Task {
        match self.classes() {
            2 => Task::Binary,
            classes => Task::MultiClass { classes },
        }
    }

    /// Plotting window `(x_min, x_max, y_min, y_max)`; the same [`EXTENT`] for every kind, so
    /// switching datasets does not rescale the picture.
    pub fn extent(&self) -> (f32, f32, f32, f32) {
        EXTENT
    }

    /// A noise-free point of class `class`, drawn at random from that class's shape.
    fn clean_point(&self, class: usize, rng: &mut LabRng) -> (f32, f32) {
        match *self {
            Toy2dKind::Spiral => {
                // Radius grows with the angle; the second arm is the first turned by half a turn.
                let t: f32 = rng.random();
                let angle = 1.75 * 2.0 * PI * t + class as f32 * PI;
                (t * angle.sin(), t * angle.cos())
            }
            Toy2dKind::Circles => {
                let r = if class == 0 {
                    rng.random_range(0.0..0.5)
                } else {
                    rng.random_range(0.7..1.0)
                };
                let angle = rng.random_range(0.0..2.0 * PI);
                (r * angle.cos(), r * angle.sin())
            }
            Toy2dKind::Xor => {
                // Keep a margin of 0.05 from the axes so noise-free data is cleanly separable.
                let sx = if rng.random::<bool>() { 1.0 } else { -1.0 };
                let sy = if class == 1 { sx } else { -sx };
                (
                    sx * rng.random_range(0.05..1.0),
                    sy * rng.random_range(0.05..1.0),
                )
            }
            Toy2dKind::Moons => {
                let t = rng.random_range(0.0..PI);
                let (x, y) = if class == 0 {
                    (t.cos(), t.sin())
                } else {
                    (1.0 - t.cos(), 0.5 - t.sin())
                };
                // make_moons spans [-1, 2] × [-0.5, 1]; centre it and shrink to [-1, 1] wide.
                ((x - 0.5) / 1.5, (y - 0.25) / 1.5)
            }
            Toy2dKind::Blobs { classes } => {
                let angle = PI / 4.0 + 2.0 * PI * class as f32 / classes as f32;
                let spread = 0.12;
                let dx: f32 = rng.sample(StandardNormal);
                let dy: f32 = rng.sample(StandardNormal);
                (
                    0.55 * angle.cos() + spread * dx,
                    0.55 * angle.sin() + spread * dy,
                )
            }
        }
    }
}

impl FromStr for Toy2dKind {
    type Err = Error;

    /// Parses a name from [`Toy2dKind::NAMES`] (case-insensitive).
    fn from_str(name: &str) -> Result<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "spiral" => Ok(Toy2dKind::Spiral),
            "circles" => Ok(Toy2dKind::Circles),
            "xor" => Ok(Toy2dKind::Xor),
            "moons" => Ok(Toy2dKind::Moons),
            "blobs" => Ok(Toy2dKind::Blobs { classes: 2 }),
            _ => Err(Error::Unknown {
                kind: "kind-dataset",
                name: name.to_string(),
                known: Toy2dKind::NAMES.join(", "),
            }),
        }
    }
}

/// Everything that decides a 2-D dataset. Same spec → bit-identical data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Toy2dSpec {
    /// Which problem.
    pub kind: Toy2dKind,
    /// Training points, `MIN_POINTS..=MAX_POINTS`.
    pub n_train: usize,
    /// Validation points, `MIN_POINTS..=MAX_POINTS`.
    pub n_val: usize,
    /// Input noise in `0..=1`: Gaussian jitter of standard deviation `NOISE_SCALE × noise` on
    /// each coordinate. The label stays that of the class the point was drawn from, so noise
    /// makes the classes overlap (as in scikit-learn's `make_moons`/`make_circles`).
    pub noise: f32,
    /// Fraction in `0..=0.5` of labels replaced by a wrong class, in the training *and* the
    /// validation set: exactly `round(label_noise × n)` of each.
    pub label_noise: f32,
    /// Seed of every random choice.
    pub seed: u64,
}

impl Default for Toy2dSpec {
    /// A spiral small enough to overfit, noisy enough that dropout has something to fix.
    fn default() -> Self {
        Toy2dSpec {
            kind: Toy2dKind::Spiral,
            n_train: 200,
            n_val: 200,
            noise: 0.2,
            label_noise: 0.0,
            seed: 1,
        }
    }
}

/// Checks the knobs of `spec` and names the first one out of range.
pub fn validate(spec: &Toy2dSpec) -> Result<()> {
    super::check_point_counts(spec.n_train, spec.n_val)?;
    check_range(
        detail!("quantity-input-noise"),
        f64::from(spec.noise),
        0.0,
        1.0,
    )?;
    check_range(
        detail!("quantity-label-noise"),
        f64::from(spec.label_noise),
        0.0,
        f64::from(MAX_LABEL_NOISE),
    )?;
    check_range(
        detail!("quantity-classes"),
        spec.kind.classes() as f64,
        2.0,
        MAX_CLASSES as f64,
    )
}

/// Draws the training and validation sets of `spec`, independently from the same distribution.
///
/// Label noise is applied to *both* sets. Validation then measures performance on the very
/// distribution the network was trained on, so `val_loss − train_loss` is an honest overfitting
/// gap; with clean validation labels an un-overfitted network would show a validation loss
/// *below* its training loss, which confuses a class. Each set uses its own random streams: the
/// validation set for a seed does not change when `n_train` does, and the points do not move
/// when `label_noise` changes (only labels flip).
pub fn generate(spec: &Toy2dSpec) -> Result<Split> {
    validate(spec)?;
    let [train_points, val_points, train_flips, val_flips] = sub_seeds::<4>(spec.seed);
    Ok(Split {
        train: sample(spec, spec.n_train, train_points, train_flips),
        val: sample(spec, spec.n_val, val_points, val_flips),
    })
}

/// `n` points of `spec.kind` with input noise and label noise from the given streams.
fn sample(spec: &Toy2dSpec, n: usize, point_seed: u64, flip_seed: u64) -> Dataset {
    let classes = spec.kind.classes();
    let sigma = NOISE_SCALE * spec.noise;
    let mut rng = LabRng::seed_from_u64(point_seed);
    let mut x = Array2::zeros((n, 2));
    let mut labels: Vec<usize> = (0..n).map(|i| i % classes).collect();
    for (i, &class) in labels.iter().enumerate() {
        let (px, py) = spec.kind.clean_point(class, &mut rng);
        let nx: f32 = rng.sample(StandardNormal);
        let ny: f32 = rng.sample(StandardNormal);
        x[[i, 0]] = px + sigma * nx;
        x[[i, 1]] = py + sigma * ny;
    }
    flip_labels(
        &mut labels,
        classes,
        spec.label_noise,
        &mut LabRng::seed_from_u64(flip_seed),
    );
    let y = match spec.kind.task() {
        Task::MultiClass { classes } => one_hot(&labels, classes),
        _ => Array2::from_shape_fn((n, 1), |(i, _)| labels[i] as f32),
    };
    Dataset {
        x,
        y,
        task: spec.kind.task(),
    }
}

/// Gives exactly `round(fraction × n)` distinct examples a wrong label, chosen uniformly among
/// the other classes.
fn flip_labels(labels: &mut [usize], classes: usize, fraction: f32, rng: &mut LabRng) {
    let n = labels.len();
    let flips = ((fraction * n as f32).round() as usize).min(n);
    for i in rand::seq::index::sample(rng, n, flips) {
        labels[i] = (labels[i] + 1 + rng.random_range(0..classes - 1)) % classes;
    }
}
