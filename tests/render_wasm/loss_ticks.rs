//! The loss chart on every screen: tick labels that never overlap on a phone-wide chart, and a
//! drawing scale (Present mode) that makes the curves and labels bigger.

use dropout_lab::render::loss_axis::{X_TICK_ROOM, Y_TICK_ROOM, short_number, tick_budget};
use dropout_lab::render::palette::BLUE;
use dropout_lab::render::surface::{self, set_draw_scale};
use dropout_lab::render::*;
use wasm_bindgen_test::*;

use super::{canvas, count_near};

/// Width in px of `s` in the chart's tick font, measured by the browser.
fn label_width(ctx: &web_sys::CanvasRenderingContext2d, s: &str) -> f64 {
    ctx.set_font("14px sans-serif");
    ctx.measure_text(s).unwrap().width()
}

#[wasm_bindgen_test]
fn epoch_tick_labels_never_overlap_from_phone_to_projector() {
    let ctx = surface::context_2d(&canvas(10, 10)).unwrap();
    // Plot widths from a 320 px phone to a projector; epoch ranges as a story reaches them.
    for plot in [
        150.0, 200.0, 240.0, 280.0, 320.0, 400.0, 560.0, 800.0, 1200.0, 1800.0,
    ] {
        for last in [
            1.0, 7.0, 33.0, 100.0, 301.0, 999.0, 2500.0, 12000.0, 99_999.0,
        ] {
            let axis = LossAxis {
                lo: 0.0,
                hi: last,
                log: false,
            };
            let ticks = axis.ticks(tick_budget(plot, X_TICK_ROOM, 8));
            assert!(ticks.len() >= 2, "{plot} px, 0..{last}: {ticks:?}");
            let x = |v: f32| f64::from(v / last) * plot;
            for pair in ticks.windows(2) {
                let room = x(pair[1]) - x(pair[0]);
                // Centred labels: half of each one sits in the space between the ticks.
                let half_widths = (label_width(&ctx, &short_number(pair[0]))
                    + label_width(&ctx, &short_number(pair[1])))
                    / 2.0;
                assert!(
                    room >= half_widths + 6.0,
                    "{plot} px plot, epochs 0..{last}: labels {pair:?} are {room:.0} px apart, need {:.0}",
                    half_widths + 6.0
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn loss_tick_labels_never_overlap_on_a_short_chart() {
    for plot in [120.0, 160.0, 200.0, 300.0, 500.0] {
        for (lo, hi, log) in [(0.0, 0.7, false), (0.0, 2.31, false), (0.02, 3.0, true)] {
            let axis = LossAxis { lo, hi, log };
            let ticks = axis.ticks(tick_budget(plot, Y_TICK_ROOM, 7));
            let y = |v: f32| axis.fraction(v) * plot;
            for pair in ticks.windows(2) {
                let room = y(pair[1]) - y(pair[0]);
                // One line of 14 px text per label, and a little air.
                assert!(
                    room >= 18.0,
                    "{plot} px tall, {lo}..{hi}: {pair:?} only {room:.0} px apart"
                );
            }
        }
    }
}

#[wasm_bindgen_test]
fn a_larger_drawing_scale_draws_thicker_curves() {
    let train: Vec<(f32, f32)> = (0..=40)
        .map(|e| (e as f32, 0.7 - e as f32 * 0.01))
        .collect();
    let val: Vec<(f32, f32)> = Vec::new();
    let runs = [LossSeries {
        label: "p = 0",
        colour: 0,
        train: &train,
        val: &val,
        diverged: false,
    }];
    let view = LossChartView {
        series: &runs,
        focused: None,
        log_y: false,
        hover_epoch: None,
    };
    let blue_at = |scale: f64| {
        set_draw_scale(scale);
        let c = canvas(900, 500);
        draw_loss_chart(&c, &view).unwrap();
        count_near(&c, BLUE, 40)
    };
    let (plain, present) = (blue_at(1.0), blue_at(1.8));
    set_draw_scale(1.0);
    // The curve is 1.8× as thick but the plot is 1/1.8 as long in drawing units: more ink.
    assert!(
        present as f64 > 1.3 * plain as f64,
        "blue pixels: {plain} at scale 1, {present} at scale 1.8"
    );
}
