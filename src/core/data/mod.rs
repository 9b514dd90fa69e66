//! Datasets: seeded generators of toy 2-D classification and 1-D regression problems, and the
//! real 8×8 handwritten digits. Same seed → same data.

use ndarray::{Array2, ArrayView1, ArrayView2};

use crate::core::error::{Result, check_range};
use crate::detail;

pub mod csv;
pub mod digits;
pub mod points;
pub mod regression;
pub mod toy2d;

/// What kind of problem a dataset poses; decides the output head and what "accuracy" means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Task {
    /// Two classes; targets are one column of 0.0 / 1.0.
    Binary,
    /// `classes` classes; targets are one-hot rows of width `classes`.
    MultiClass { classes: usize },
    /// Real-valued targets, one column.
    Regression,
}

/// A set of examples: one row of `x` (features) and one row of `y` (targets) per example.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    /// Features, `n × inputs`.
    pub x: Array2<f32>,
    /// Targets, `n × outputs` (see [`Task`] for the encoding).
    pub y: Array2<f32>,
    pub task: Task,
}

impl Dataset {
    /// Number of examples.
    pub fn len(&self) -> usize {
        self.x.nrows()
    }
    pub fn is_empty(&self) -> bool {
        self.x.nrows() == 0
    }
    /// Number of input features.
    pub fn inputs(&self) -> usize {
        self.x.ncols()
    }
    /// Number of target columns (network outputs).
    pub fn outputs(&self) -> usize {
        self.y.ncols()
    }
}

/// Training and validation sets drawn from the same distribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub train: Dataset,
    pub val: Dataset,
}

/// Fewest points allowed in a generated training or validation set.
pub const MIN_POINTS: usize = 4;
/// Most points allowed in a generated training or validation set (keeps the page responsive).
pub const MAX_POINTS: usize = 5000;

/// Checks the sizes of a generated training and validation set against
/// `MIN_POINTS..=MAX_POINTS`, naming the one out of range.
pub fn check_point_counts(n_train: usize, n_val: usize) -> Result<()> {
    let (lo, hi) = (MIN_POINTS as f64, MAX_POINTS as f64);
    check_range(detail!("quantity-training-points"), n_train as f64, lo, hi)?;
    check_range(detail!("quantity-validation-points"), n_val as f64, lo, hi)
}

/// One-hot encodes class labels: row `i` has a 1.0 in column `labels[i]` and 0.0 elsewhere.
///
/// Panics if a label is `>= classes` (a bug in the caller, not bad user input).
pub fn one_hot(labels: &[usize], classes: usize) -> Array2<f32> {
    let mut y = Array2::zeros((labels.len(), classes));
    for (i, &c) in labels.iter().enumerate() {
        y[[i, c]] = 1.0;
    }
    y
}

/// The class a target or output row stands for: `y ≥ 0.5` for a single 0/1 (or sigmoid)
/// column, else the column of the first largest entry, so ties resolve the same way everywhere.
pub fn class_of(row: ArrayView1<f32>) -> usize {
    if row.len() == 1 {
        usize::from(row[0] >= 0.5)
    } else {
        (0..row.len()).fold(0, |best, j| if row[j] > row[best] { j } else { best })
    }
}

/// Class of each target row (see [`class_of`]). Lets the page colour points and tests count
/// classes.
pub fn labels(y: &Array2<f32>) -> Vec<usize> {
    y.rows().into_iter().map(class_of).collect()
}

/// Per true class `0..classes`, the fraction of its rows whose output row names it (0 for a
/// class with no rows): which digits a network gets wrong.
pub fn class_accuracy(
    outputs: ArrayView2<f32>,
    targets: ArrayView2<f32>,
    classes: usize,
) -> Vec<f32> {
    let (mut right, mut total) = (vec![0usize; classes], vec![0usize; classes]);
    for (o, y) in outputs.rows().into_iter().zip(targets.rows()) {
        let truth = class_of(y);
        if truth < classes {
            total[truth] += 1;
            right[truth] += usize::from(class_of(o) == truth);
        }
    }
    right
        .iter()
        .zip(&total)
        .map(|(&r, &t)| r as f32 / t.max(1) as f32)
        .collect()
}

/// `N` independent seeds derived from one user seed, one per random stream (training points,
/// validation points, label flips, …). Separate streams mean that changing the size of the
/// training set does not change the validation set drawn with the same seed.
pub(crate) fn sub_seeds<const N: usize>(seed: u64) -> [u64; N] {
    use rand::{RngExt, SeedableRng};
    let mut master = crate::core::LabRng::seed_from_u64(seed);
    std::array::from_fn(|_| master.random::<u64>())
}
