//! A class's own data from a CSV file: `x,y,label` rows (label 0 or 1) for 2-D points, or
//! `x,y` rows for a curve (`y` is the target). A first line that is not numbers is a header.
//! Every fourth row goes to the validation set, so a file needs no split column.
//!
//! Data far outside the plotting window is moved into it (2-D points keep their shape: both
//! axes are scaled alike), so the panels show it and the network's inputs stay near ±1.
//!
//! ```
//! use dropout_lab::core::data::csv::parse;
//!
//! let loaded = parse("x,y,label\n0.1,0.2,0\n-0.3,0.4,1\n0.5,0.5,1\n0,0,0\n").unwrap();
//! assert_eq!((loaded.points.len(), loaded.curve, loaded.header), (4, false, true));
//! assert!(loaded.points[3].validation);
//! let err = parse("1,2,0\n3,4,7\n").unwrap_err().to_string();
//! assert!(err.contains("line 2"), "{err}");
//! ```

use super::points::{MAX_DRAWN, Point, too_many};
use crate::core::error::{Detail, Error, Result};
use crate::detail;

/// Largest file read, in bytes: 1,000 rows of long numbers fit easily.
pub const MAX_BYTES: usize = 200_000;
/// Fewest rows: three to train on and one to validate.
pub const MIN_ROWS: usize = 4;
/// Every `VALIDATION_EVERY`-th row (the 4th, 8th, …) is a validation point.
pub const VALIDATION_EVERY: usize = 4;
/// Half the width of the square the 2-D points are scaled into when they lie outside the window.
const FIT: f32 = 1.4;

/// What a CSV file held.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub points: Vec<Point>,
    /// `x,y` rows: a curve to fit rather than two classes.
    pub curve: bool,
    /// The first line was a header.
    pub header: bool,
    /// The values were scaled into the plotting window.
    pub rescaled: bool,
}

/// Parses a CSV file's text; the error names the first bad line (1-based, as an editor counts).
pub fn parse(text: &str) -> Result<Loaded> {
    if text.len() > MAX_BYTES {
        return Err(Error::Config(detail!(
            "csv-too-large",
            bytes = text.len(),
            max = MAX_BYTES
        )));
    }
    let mut rows: Vec<Vec<f32>> = Vec::new();
    let mut header = false;
    let mut columns = 0;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let number = index + 1;
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        let values: Option<Vec<f32>> = fields
            .iter()
            .map(|f| f.parse::<f32>().ok().filter(|v| v.is_finite()))
            .collect();
        let Some(values) = values else {
            if rows.is_empty() && !header {
                header = true; // words on the first line: column names
                continue;
            }
            return Err(bad_line(number, line, detail!("csv-numbers")));
        };
        check_row(&values, &mut columns, number, line)?;
        rows.push(values);
        if rows.len() > MAX_DRAWN {
            return Err(too_many(rows.len()));
        }
    }
    if rows.len() < MIN_ROWS {
        return Err(Error::Config(detail!(
            "csv-too-few-rows",
            rows = rows.len(),
            min = MIN_ROWS
        )));
    }
    let curve = columns == 2;
    let rescaled = fit_window(&mut rows, curve);
    let points = rows
        .iter()
        .enumerate()
        .map(|(i, r)| point_of(i, r))
        .collect();
    Ok(Loaded {
        points,
        curve,
        header,
        rescaled,
    })
}

/// Checks a row of numbers (line `number`): the first fixes the number of columns (2 or 3),
/// every later one has as many, and a label is 0 or 1.
fn check_row(values: &[f32], columns: &mut usize, number: usize, line: &str) -> Result<()> {
    if *columns == 0 {
        *columns = values.len();
        if *columns != 2 && *columns != 3 {
            return Err(bad_line(number, line, detail!("csv-columns")));
        }
    } else if values.len() != *columns {
        return Err(bad_line(
            number,
            line,
            detail!("csv-columns-like-first", columns = *columns),
        ));
    }
    if *columns == 3 && values[2] != 0.0 && values[2] != 1.0 {
        return Err(bad_line(number, line, detail!("csv-label")));
    }
    Ok(())
}

/// Row `i` as a point: every [`VALIDATION_EVERY`]-th row validates.
fn point_of(i: usize, r: &[f32]) -> Point {
    Point {
        x: r[0],
        y: r[1],
        label: r.get(2).map_or(0, |&l| l as u8),
        validation: (i + 1).is_multiple_of(VALIDATION_EVERY),
    }
    .snapped()
}

fn bad_line(number: usize, line: &str, why: Detail) -> Error {
    let shown: String = line.chars().take(40).collect();
    Error::Config(detail!("csv-line", line = number, text = shown, why = why))
}

/// Moves the rows into the plotting window if any value lies outside `[-FIT, FIT]`: centred,
/// and scaled so the widest axis spans it (a curve's input spans `[-1, 1]` and its targets are
/// scaled on their own). Returns whether anything moved.
fn fit_window(rows: &mut [Vec<f32>], curve: bool) -> bool {
    let span = |d: usize| {
        rows.iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), r| {
                (lo.min(r[d]), hi.max(r[d]))
            })
    };
    let (sx, sy) = (span(0), span(1));
    let inside = |s: (f32, f32)| s.0 >= -FIT && s.1 <= FIT;
    if inside(sx) && inside(sy) {
        return false;
    }
    let half = |s: (f32, f32)| ((s.1 - s.0) / 2.0).max(1e-6);
    let (hx, hy) = (half(sx), half(sy));
    let (scale_x, scale_y) = if curve {
        (1.0 / hx, FIT / hy)
    } else {
        let s = FIT / hx.max(hy);
        (s, s)
    };
    let (cx, cy) = ((sx.0 + sx.1) / 2.0, (sy.0 + sy.1) / 2.0);
    for r in rows.iter_mut() {
        r[0] = (r[0] - cx) * scale_x;
        r[1] = (r[1] - cy) * scale_y;
    }
    true
}
