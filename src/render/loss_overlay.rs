//! The loss chart's overlays, drawn with the 2-D context through the shared chart parts: the
//! legend above the plot (so it never covers a curve) and the hover line with its read-out.

use crate::t;
use web_sys::CanvasRenderingContext2d;

use super::chart_parts::{self, Entry, Key};
use super::loss_axis::{ChartGeometry, short_number};
use super::loss_series::{LossChartView, hover_values};
use super::palette::{self, INK, Rgb, WHITE};
use super::run_style::{RunStyle, draw_marker, run_style};
use super::surface::circle;

/// Legend above the plot, wrapped into rows: one colour per run (the focused run in bold), then
/// the line-style key. Returns its height.
pub(crate) fn draw_legend(ctx: &CanvasRenderingContext2d, view: &LossChartView, width: f64) -> f64 {
    let mut entries: Vec<Entry> = view
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| Entry {
            label: if s.diverged {
                t!("runs-diverged", run = s.label.to_string())
            } else {
                s.label.to_string()
            },
            colour: palette::run_colour(s.colour),
            key: Key::Run(run_style(s.colour)),
            bold: view.focused == Some(i),
            gap: 0.0,
        })
        .collect();
    let keys = [
        (t!("chart-key-train"), false, 14.0),
        (t!("chart-key-validation"), true, 0.0),
    ];
    for (label, dashed, gap) in keys {
        entries.push(Entry {
            label,
            colour: INK,
            key: Key::Line { dashed },
            bold: false,
            gap,
        });
    }
    chart_parts::draw_legend(ctx, &entries, width)
}

/// The guide at `epoch`, each run's nearest points ringed on it, and their values in a box.
pub(crate) fn draw_hover(
    ctx: &CanvasRenderingContext2d,
    view: &LossChartView,
    g: &ChartGeometry,
    epoch: f32,
) {
    let x = g.x_px(epoch);
    chart_parts::draw_guide(ctx, g, x);
    let mut rows: Vec<(String, Option<RunStyle>)> = vec![(
        t!("chart-hover-epoch", epoch = short_number(epoch.round())),
        None,
    )];
    for hv in hover_values(view.series, epoch) {
        let s = &view.series[hv.run];
        let colour = palette::run_colour(s.colour);
        ring_points(ctx, g, colour, [(hv.train, true), (hv.val, false)]);
        let fmt = |p: Option<(f32, f32)>| p.map_or("–".to_string(), |p| short_number(p.1));
        let (label, train, val) = (s.label.to_string(), fmt(hv.train), fmt(hv.val));
        let row = t!("chart-hover-run", run = label, train = train, val = val);
        rows.push((row, Some(run_style(s.colour))));
    }
    chart_parts::draw_readout(ctx, g, x, &rows);
}

/// Rings a run's read-out points on the chart: training filled, validation hollow; points off
/// the plot (or not positive on a log axis) are left out.
fn ring_points(
    ctx: &CanvasRenderingContext2d,
    g: &ChartGeometry,
    colour: Rgb,
    points: [(Option<(f32, f32)>, bool); 2],
) {
    for (point, filled) in points {
        let Some((e, l)) = point.filter(|p| !g.log_y || p.1 > 0.0) else {
            continue;
        };
        let (px, py) = (g.x_px(e), g.y_px(l));
        if py >= g.plot_top && py <= g.plot_bottom {
            let fill = filled.then_some(colour);
            circle(ctx, px, py, 5.5, fill, Some((colour, 2.5)));
        }
    }
}

/// (epoch, loss) points of one curve, as drawn.
type Curve = Vec<(f32, f32)>;

/// Markers along a run's curves, so a run is told apart without its colour (#20): its shape
/// filled on the training curve and hollow on the validation curve, a few along each (shifted
/// by run, so two runs' markers do not sit on each other) and one on the latest value.
pub(crate) fn draw_markers(
    ctx: &CanvasRenderingContext2d,
    g: &ChartGeometry,
    run: usize,
    (train, val): &(Curve, Curve),
) {
    const ALONG: usize = 5;
    let style = run_style(run);
    let phase = (run as f64 + 1.0) / (ALONG as f64 + 1.0);
    for (points, filled) in [(train, true), (val, false)] {
        let Some(last) = points.len().checked_sub(1) else {
            continue;
        };
        let along = (0..ALONG).map(|k| ((k as f64 + phase) / ALONG as f64 * last as f64) as usize);
        let mut indices: Vec<usize> = along.chain(std::iter::once(last)).collect();
        indices.dedup();
        for i in indices {
            let (e, l) = points[i];
            let at = (g.x_px(e), g.y_px(l));
            let fill = if filled { style.colour } else { WHITE };
            draw_marker(
                ctx,
                at,
                4.5,
                style.marker,
                Some(fill),
                Some((style.colour, 2.0)),
            );
        }
    }
}
