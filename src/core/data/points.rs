//! Points a class made itself: drawn on the data panel or loaded from a CSV file. A point is a
//! position in the plotting window with a 0/1 class (2-D data) or an input and its target (a
//! curve), and a flag saying whether it belongs to the validation set.
//!
//! The points travel in the link, so they are quantised and packed: 11 bits per coordinate
//! over `[-RANGE, RANGE)` (steps of 1/512, far below what a finger can place) and two flag
//! bits make 3 bytes, which base64url writes as exactly 4 characters per point.
//!
//! ```
//! use dropout_lab::core::data::points::{Point, decode, encode};
//!
//! let drawn = [Point { x: 0.5, y: -0.25, label: 1, validation: false }];
//! let text = encode(&drawn);
//! assert_eq!(text.len(), 4);
//! assert_eq!(decode(&text).unwrap(), drawn);
//! ```

use ndarray::Array2;

use super::{Dataset, Task};
use crate::core::error::{Detail, Error, Result};
use crate::detail;

/// Coordinates are kept in `[-RANGE, RANGE]`: it holds every generator's plotting window.
pub const RANGE: f32 = 2.0;
/// Most points a class may draw or load: 4,000 characters of link.
pub const MAX_DRAWN: usize = 1000;
/// Quantisation steps per data unit: 11 bits cover `[-RANGE, RANGE)` in steps of 1/512, so a
/// decoded coordinate is exact in binary and a round number drawn stays that number.
const PER_UNIT: f32 = 512.0;
/// Largest quantised value (11 bits).
const LEVELS: u32 = (1 << 11) - 1;
/// Characters of link per point.
pub const CHARS_PER_POINT: usize = 4;

/// One point of the class's own data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    /// Input (first coordinate).
    pub x: f32,
    /// Second coordinate of a 2-D point, or the target of a curve's point.
    pub y: f32,
    /// Class, 0 or 1 (ignored for a curve).
    pub label: u8,
    /// In the validation set rather than the training set.
    pub validation: bool,
}

fn quantise(v: f32) -> u32 {
    ((v + RANGE) * PER_UNIT).round().clamp(0.0, LEVELS as f32) as u32
}

fn unquantise(q: u32) -> f32 {
    q as f32 / PER_UNIT - RANGE
}

impl Point {
    /// The point as the link keeps it: coordinates clamped to the range and quantised, so a
    /// drawn point and the same point read back from the link train identically.
    pub fn snapped(self) -> Self {
        Point {
            x: unquantise(quantise(self.x)),
            y: unquantise(quantise(self.y)),
            label: self.label.min(1),
            validation: self.validation,
        }
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The points as base64url text, 4 characters each (see the module doc).
pub fn encode(points: &[Point]) -> String {
    let mut text = String::with_capacity(points.len() * CHARS_PER_POINT);
    for p in points {
        let bits = quantise(p.x) << 13
            | quantise(p.y) << 2
            | u32::from(p.validation) << 1
            | u32::from(p.label.min(1));
        for shift in [18, 12, 6, 0] {
            text.push(ALPHABET[(bits >> shift & 63) as usize] as char);
        }
    }
    text
}

/// Points from [`encode`]'s text; an error says what is wrong with a hand-edited link.
pub fn decode(text: &str) -> Result<Vec<Point>> {
    let bad = |why: Detail| Error::Config(detail!("points-drawn", why = why));
    if !text.len().is_multiple_of(CHARS_PER_POINT) {
        return Err(bad(detail!(
            "points-characters",
            characters = text.len(),
            each = CHARS_PER_POINT
        )));
    }
    let count = text.len() / CHARS_PER_POINT;
    if count > MAX_DRAWN {
        return Err(too_many(count));
    }
    let mut points = Vec::with_capacity(count);
    for chunk in text.as_bytes().chunks(CHARS_PER_POINT) {
        let mut bits = 0u32;
        for &c in chunk {
            let six = ALPHABET.iter().position(|&a| a == c).ok_or_else(|| {
                bad(detail!(
                    "points-not-base64url",
                    character = (c as char).to_string()
                ))
            })?;
            bits = bits << 6 | six as u32;
        }
        points.push(Point {
            x: unquantise(bits >> 13 & LEVELS),
            y: unquantise(bits >> 2 & LEVELS),
            label: (bits & 1) as u8,
            validation: bits >> 1 & 1 == 1,
        });
    }
    Ok(points)
}

/// The error for more than [`MAX_DRAWN`] points.
pub fn too_many(count: usize) -> Error {
    Error::Config(detail!("points-too-many", count = count, max = MAX_DRAWN))
}

/// Index of the point nearest to `(x, y)` within `radius` (data units), if any: what the eraser
/// removes.
pub fn nearest(points: &[Point], x: f32, y: f32, radius: f32) -> Option<usize> {
    let d2 = |p: &Point| (p.x - x).powi(2) + (p.y - y).powi(2);
    (0..points.len())
        .filter(|&i| d2(&points[i]) <= radius * radius)
        .min_by(|&a, &b| d2(&points[a]).total_cmp(&d2(&points[b])))
}

/// The points of one set (training or validation) as a dataset of `task`: 2-D inputs with a
/// 0/1 target, or (for regression) the input `x` with target `y`. Only binary and regression
/// tasks take drawn points.
pub fn dataset(points: &[Point], validation: bool, task: Task) -> Result<Dataset> {
    let chosen: Vec<&Point> = points
        .iter()
        .filter(|p| p.validation == validation)
        .collect();
    let n = chosen.len();
    let (x, y) = match task {
        Task::Binary => (
            Array2::from_shape_fn(
                (n, 2),
                |(i, d)| if d == 0 { chosen[i].x } else { chosen[i].y },
            ),
            Array2::from_shape_fn((n, 1), |(i, _)| f32::from(chosen[i].label.min(1))),
        ),
        Task::Regression => (
            Array2::from_shape_fn((n, 1), |(i, _)| chosen[i].x),
            Array2::from_shape_fn((n, 1), |(i, _)| chosen[i].y),
        ),
        Task::MultiClass { .. } => {
            return Err(Error::Config(detail!("points-which-data")));
        }
    };
    Ok(Dataset { x, y, task })
}

/// `base` with `extra` appended below it (same task and widths).
pub fn append(base: &Dataset, extra: &Dataset) -> Result<Dataset> {
    let stack = |a: &Array2<f32>, b: &Array2<f32>| {
        ndarray::concatenate(ndarray::Axis(0), &[a.view(), b.view()])
            .map_err(|_| Error::Shape(detail!("points-columns")))
    };
    Ok(Dataset {
        x: stack(&base.x, &extra.x)?,
        y: stack(&base.y, &extra.y)?,
        task: base.task,
    })
}
