//! The sweep chart and the loss chart share one frame, legend, read-out and headroom rule: the
//! same losses get the same loss axis on both, and the read-out box stays inside the plot.

use dropout_lab::render::palette::{INK, VERMILLION};
use dropout_lab::render::sweep_chart::{SweepChartView, SweepCurve, draw_sweep_chart};
use dropout_lab::render::*;
use wasm_bindgen_test::*;

use super::{canvas, close, pixels};

/// p = 0 … 0.9 with a final validation loss from 0.9 down to 0.4 and back up to 0.6.
fn u_shape() -> Vec<(f32, f32, f32, f32)> {
    (0..10)
        .map(|k| {
            let p = k as f32 / 10.0;
            let v = 0.4 + 2.5 * (p - 0.6) * (p - 0.6);
            (p, v, v - 0.02, v + 0.02)
        })
        .collect()
}

fn view<'a>(
    curves: &'a [SweepCurve<'a>],
    hover: Option<(f32, &'a [String])>,
) -> SweepChartView<'a> {
    SweepChartView {
        x_label: "drop rate p of the hidden layers",
        log_x: false,
        log_y: false,
        curves,
        best: None,
        best_label: "",
        marks: &[],
        hover,
        empty: "Run sweep trains every point afresh",
    }
}

#[wasm_bindgen_test]
fn the_same_losses_get_the_same_loss_axis_on_both_charts() {
    let points = u_shape();
    let curve = [SweepCurve {
        label: "final validation",
        colour: VERMILLION,
        dashed: false,
        points: &points,
    }];
    let sweep = draw_sweep_chart(&canvas(640, 360), &view(&curve, None)).unwrap();
    // The loss chart of one run whose losses span the sweep's band, min to max.
    let (lo, hi) = points.iter().fold((f32::MAX, f32::MIN), |(lo, hi), p| {
        (lo.min(p.2), hi.max(p.3))
    });
    let train = [(0.0, hi), (10.0, lo)];
    let series = [LossSeries {
        label: "p = 0",
        colour: 0,
        train: &train,
        val: &train,
        diverged: false,
    }];
    let loss_view = LossChartView {
        series: &series,
        focused: None,
        log_y: false,
        hover_epoch: None,
    };
    let loss = draw_loss_chart(&canvas(640, 360), &loss_view).unwrap();
    assert_eq!(sweep.y_range, loss.y_range, "one headroom rule");
    assert_eq!(sweep.y_range.0, 0.0, "a linear loss axis starts at 0");
    assert!(
        (sweep.y_range.1 - hi * 1.05).abs() < 1e-6,
        "5 % above the highest loss"
    );
}

/// Ink-dark pixels (the read-out's text) in the CSS rectangle (x, y, w, h).
fn ink_in(c: &web_sys::HtmlCanvasElement, rect: [f64; 4]) -> usize {
    pixels(c, Some(rect))
        .into_iter()
        .filter(|&p| close(p, INK, 60))
        .count()
}

#[wasm_bindgen_test]
fn the_read_out_box_stays_inside_the_plot_at_either_edge() {
    let points = u_shape();
    let curve = [SweepCurve {
        label: "final validation",
        colour: VERMILLION,
        dashed: false,
        points: &points,
    }];
    let lines = vec![
        "p = 0.90 · 3 seed(s)".to_string(),
        "final val 0.600 (0.580–0.620)".to_string(),
    ];
    let c = canvas(640, 360);
    let g = draw_sweep_chart(&c, &view(&curve, None)).unwrap();
    // The strip under the plot's top where the read-out goes, and the margin right of the plot.
    let strip = [g.plot_left, g.plot_top, g.plot_right - g.plot_left, 50.0];
    let margin = [
        g.plot_right + 1.0,
        g.plot_top,
        640.0 - g.plot_right - 1.0,
        50.0,
    ];
    assert_eq!(ink_in(&c, strip), 0, "no read-out without a hovered point");
    for x in [0.0, 0.9] {
        let c = canvas(640, 360);
        draw_sweep_chart(&c, &view(&curve, Some((x, &lines)))).unwrap();
        assert!(
            ink_in(&c, strip) > 50,
            "the read-out at p = {x} is in the plot"
        );
        assert_eq!(
            ink_in(&c, margin),
            0,
            "and none of it right of the plot at p = {x}"
        );
    }
}
