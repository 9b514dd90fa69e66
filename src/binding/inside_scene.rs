//! What the Inside dropout views evaluate a network on, by the kind of data: a grid over the
//! plane (2-D classification), points along x (1-D regression), or the validation set (digits
//! and any other classifier). Derived from the data themselves rather than the preset, so a
//! dataset of any kind or size gets a view.

use ndarray::{Array2, ArrayView1};

use crate::core::data::{self, Dataset, Split, Task};
use crate::render::{Extent, LabelledPoint};

/// Grid cells per side of a 2-D map (the sub-networks view draws ten of them at once).
pub(super) const GRID: usize = 28;
/// Points along a 1-D curve.
const CURVE_POINTS: usize = 120;
/// Validation digits shown under each sub-network.
pub(super) const DIGITS_SHOWN: usize = 2;

/// How the data look, and the inputs a view evaluates.
pub(super) enum Scene {
    Map {
        extent: Extent,
        classes: usize,
        train: Vec<LabelledPoint>,
        val: Vec<LabelledPoint>,
    },
    Curve {
        extent: Extent,
        train: Vec<(f32, f32)>,
        val: Vec<(f32, f32)>,
    },
    /// Any other classifier: answers on the validation set, per class.
    Classes {
        classes: usize,
        /// The first validation examples' pixels and true class.
        examples: Vec<(Vec<f32>, u8)>,
        /// The validation targets (one-hot rows), for accuracy per class.
        targets: Array2<f32>,
    },
}

impl Scene {
    pub fn of(split: &Split) -> Option<Self> {
        let (train, val) = (&split.train, &split.val);
        let classes = match train.task {
            Task::Binary => 2,
            Task::MultiClass { classes } => classes,
            Task::Regression if train.inputs() == 1 => {
                let xy = |d: &Dataset| -> Vec<(f32, f32)> {
                    d.x.column(0)
                        .iter()
                        .zip(d.y.column(0))
                        .map(|(&x, &y)| (x, y))
                        .collect()
                };
                let (train, val) = (xy(train), xy(val));
                let extent = padded(train.iter().chain(&val).copied(), 0.05, 0.2);
                return Some(Scene::Curve { extent, train, val });
            }
            Task::Regression => return None,
        };
        if train.inputs() == 2 {
            let points = |d: &Dataset| -> Vec<LabelledPoint> {
                d.x.rows()
                    .into_iter()
                    .zip(d.y.rows())
                    .map(|(x, y)| LabelledPoint {
                        x: x[0],
                        y: x[1],
                        class: class_of(y),
                    })
                    .collect()
            };
            let (train, val) = (points(train), points(val));
            let extent = padded(train.iter().chain(&val).map(|p| (p.x, p.y)), 0.08, 0.08);
            return Some(Scene::Map {
                extent,
                classes,
                train,
                val,
            });
        }
        let examples = (0..DIGITS_SHOWN.min(val.len()))
            .map(|k| (val.x.row(k).to_vec(), class_of(val.y.row(k))))
            .collect();
        Some(Scene::Classes {
            classes,
            examples,
            targets: val.y.clone(),
        })
    }

    /// The inputs a map, curve or per-class view evaluates the network on.
    pub fn inputs(&self, split: &Split) -> Array2<f32> {
        match self {
            Scene::Map { extent, .. } => Array2::from_shape_fn((GRID * GRID, 2), |(k, d)| {
                let (x, y) = extent.grid_point(GRID, GRID, k % GRID, k / GRID);
                if d == 0 { x } else { y }
            }),
            Scene::Curve { extent, .. } => Array2::from_shape_fn((CURVE_POINTS, 1), |(k, _)| {
                extent.x0 + (extent.x1 - extent.x0) * k as f32 / (CURVE_POINTS - 1) as f32
            }),
            Scene::Classes { .. } => split.val.x.clone(),
        }
    }
}

/// The class of a target or output row, as the render modules count classes.
pub(super) fn class_of(y: ArrayView1<f32>) -> u8 {
    data::class_of(y) as u8
}

/// The box around `points`, widened by `fx`/`fy` of its size on each side.
fn padded(points: impl Iterator<Item = (f32, f32)>, fx: f32, fy: f32) -> Extent {
    let (mut x0, mut x1, mut y0, mut y1) = (f32::MAX, f32::MIN, f32::MAX, f32::MIN);
    for (x, y) in points.filter(|p| p.0.is_finite() && p.1.is_finite()) {
        (x0, x1, y0, y1) = (x0.min(x), x1.max(x), y0.min(y), y1.max(y));
    }
    if x0 > x1 {
        (x0, x1, y0, y1) = (-1.0, 1.0, -1.0, 1.0);
    }
    let (dx, dy) = ((x1 - x0).max(1e-3) * fx, (y1 - y0).max(1e-3) * fy);
    Extent {
        x0: x0 - dx,
        x1: x1 + dx,
        y0: y0 - dy,
        y1: y1 + dy,
    }
}
