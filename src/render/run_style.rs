//! How a raced run is told apart without colour (#20): each run has a marker shape and a dash
//! pattern as well as its colour, in ONE table, used by the loss chart (the validation curve's
//! dash, the markers on both curves), its legend, the sweep chart's marks of the raced rates,
//! the decision maps' titles and the runs list's swatches (through the binding).
//!
//! The training curve stays solid and the validation curve dashed for every run (the chart's
//! own key); what differs between runs is the dash's rhythm and the marker.

use web_sys::CanvasRenderingContext2d;

use super::palette::{Rgb, run_colour};
use crate::core::Experiment;

/// A marker shape, drawn on a run's curves and beside its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// Everything that tells run `i` apart from the others.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunStyle {
    pub colour: Rgb,
    /// The validation curve's dash pattern, CSS px (dash, gap, …).
    pub dash: &'static [f64],
    pub marker: Marker,
}

/// Run index → (marker, validation dash). Four runs race at most; the shapes and rhythms are
/// as far apart as a projector from the back row allows.
const STYLES: [(Marker, &[f64]); Experiment::MAX_RUNS] = [
    (Marker::Circle, &[10.0, 6.0]),
    (Marker::Square, &[3.0, 4.0]),
    (Marker::Triangle, &[14.0, 4.0, 3.0, 4.0]),
    (Marker::Diamond, &[6.0, 3.0, 6.0, 9.0]),
];

/// The style of raced run `index` (wraps around past the last run).
pub fn run_style(index: usize) -> RunStyle {
    let (marker, dash) = STYLES[index % STYLES.len()];
    RunStyle {
        colour: run_colour(index),
        dash,
        marker,
    }
}

/// The marker's outline around (0, 0) with half-size `r`, as points of a closed polygon; a
/// circle is `None` (drawn as an arc).
fn outline(marker: Marker, r: f64) -> Option<Vec<(f64, f64)>> {
    match marker {
        Marker::Circle => None,
        Marker::Square => Some(vec![(-r, -r), (r, -r), (r, r), (-r, r)]),
        // A triangle looks smaller than a square of the same half-size: a little larger.
        Marker::Triangle => {
            let t = r * 1.25;
            Some(vec![(0.0, -t), (t, t * 0.8), (-t, t * 0.8)])
        }
        Marker::Diamond => {
            let d = r * 1.3;
            Some(vec![(0.0, -d), (d, 0.0), (0.0, d), (-d, 0.0)])
        }
    }
}

/// Draws `marker` centred on (x, y): filled with `fill` when given, outlined with `stroke`.
pub fn draw_marker(
    ctx: &CanvasRenderingContext2d,
    (x, y): (f64, f64),
    r: f64,
    marker: Marker,
    fill: Option<Rgb>,
    stroke: Option<(Rgb, f64)>,
) {
    ctx.begin_path();
    match outline(marker, r) {
        None => {
            ctx.move_to(x + r, y);
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        }
        Some(points) => {
            for (k, (dx, dy)) in points.into_iter().enumerate() {
                if k == 0 {
                    ctx.move_to(x + dx, y + dy);
                } else {
                    ctx.line_to(x + dx, y + dy);
                }
            }
            ctx.close_path();
        }
    }
    if let Some(colour) = fill {
        ctx.set_fill_style_str(&colour.css());
        ctx.fill();
    }
    if let Some((colour, width)) = stroke {
        ctx.set_stroke_style_str(&colour.css());
        ctx.set_line_width(width);
        ctx.stroke();
    }
}

/// The marker as an SVG path in a 16 × 16 box (the runs list's swatch: the page draws what the
/// charts draw, from this table).
pub fn marker_svg_path(marker: Marker) -> String {
    let r = 4.5;
    match outline(marker, r) {
        None => format!(
            "M{} 8a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 {} 0Z",
            8.0 - r,
            2.0 * r,
            -2.0 * r
        ),
        Some(points) => {
            let mut path = String::new();
            for (k, (dx, dy)) in points.into_iter().enumerate() {
                path.push_str(&format!(
                    "{}{:.2} {:.2}",
                    if k == 0 { 'M' } else { 'L' },
                    8.0 + dx,
                    8.0 + dy
                ));
            }
            path.push('Z');
            path
        }
    }
}
