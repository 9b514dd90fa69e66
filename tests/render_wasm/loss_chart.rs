//! The loss chart: run colours, geometry for hover, divergence, odd input, ticks.

use dropout_lab::render::palette::{BLUE, ORANGE};
use dropout_lab::render::*;
use wasm_bindgen_test::*;

use super::{at_dpr, canvas, close, count_near, pixel, pixels};

fn curve(f: impl Fn(f32) -> f32) -> Vec<(f32, f32)> {
    (0..=40).map(|e| (e as f32, f(e as f32))).collect()
}

fn series<'a>(
    label: &'a str,
    colour: usize,
    train: &'a [(f32, f32)],
    val: &'a [(f32, f32)],
    diverged: bool,
) -> LossSeries<'a> {
    LossSeries {
        label,
        colour,
        train,
        val,
        diverged,
    }
}

#[wasm_bindgen_test]
fn loss_chart_draws_each_run_in_its_colour_where_the_geometry_says() {
    for dpr in [1.0, 2.0] {
        at_dpr(
            dpr,
            loss_chart_draws_each_run_in_its_colour_where_the_geometry_says_once,
        );
    }
}

fn loss_chart_draws_each_run_in_its_colour_where_the_geometry_says_once() {
    let train0 = curve(|e| 0.7 * (-e / 10.0).exp() + 0.05);
    let val0 = curve(|e| 0.7 * (-e / 10.0).exp() + 0.15 + e * 0.004);
    let train1 = curve(|e| 0.7 * (-e / 14.0).exp() + 0.1);
    let val1 = curve(|e| 0.7 * (-e / 14.0).exp() + 0.14);
    let runs = [
        series("p = 0.0", 0, &train0, &val0, false),
        series("p = 0.5", 1, &train1, &val1, false),
    ];
    let c = canvas(640, 380);
    let g = draw_loss_chart(
        &c,
        &LossChartView {
            series: &runs,
            focused: Some(0),
            log_y: false,
            hover_epoch: None,
        },
    )
    .unwrap();
    assert!(
        count_near(&c, BLUE, 6) > 200,
        "the p = 0.0 run (blue) is missing"
    );
    assert!(
        count_near(&c, ORANGE, 6) > 200,
        "the p = 0.5 run (orange) is missing"
    );
    assert!(g.plot_left < g.plot_right && g.plot_top < g.plot_bottom);
    assert_eq!(g.epoch_at(g.plot_left), Some(g.x_range.0));
    assert!((g.epoch_at(g.plot_right).unwrap() - g.x_range.1).abs() < 1e-4);
    assert_eq!(g.epoch_at(g.plot_left - 5.0), None);
    // The training curve passes through the pixel the geometry maps its point to.
    let (e, l) = train0[20];
    let (x, y) = (g.x_px(e), g.y_px(l));
    assert!(
        (-2..=2).any(|dy| close(pixel(&c, (x, y + f64::from(dy))), BLUE, 10)),
        "no blue at ({x}, {y})"
    );
    assert!((g.loss_at(y).unwrap() - l).abs() < 0.01);
}

/// A run whose loss explodes leaves through the top of the plot; it must not be drawn as a flat
/// line along the top edge (plotters pins out-of-range points to the edge).
#[wasm_bindgen_test]
fn a_diverging_run_leaves_the_plot_instead_of_running_along_its_edge() {
    let stable = curve(|e| 0.7 * (-e / 10.0).exp() + 0.05);
    let exploding = curve(|e| 0.5 * 1.5f32.powf(e));
    let runs = [
        series("p = 0.0", 0, &stable, &stable, false),
        series("p = 0.9", 1, &exploding, &[], true),
    ];
    let c = canvas(640, 380);
    let g = draw_loss_chart(
        &c,
        &LossChartView {
            series: &runs,
            focused: None,
            log_y: false,
            hover_epoch: None,
        },
    )
    .unwrap();
    let (x0, x1) = (g.x_px(10.0), g.plot_right);
    let top_rows = pixels(&c, Some([x0, g.plot_top, x1 - x0, 4.0]));
    let orange = top_rows.iter().filter(|&&p| close(p, ORANGE, 40)).count();
    assert_eq!(orange, 0, "diverged run drawn along the top edge");
    let pieces = pieces_in_range(
        &[(0.0, 0.5), (1.0, 2.0), (2.0, 3.0), (3.0, 0.5)],
        &loss_axis::LossAxis {
            lo: 0.0,
            hi: 1.0,
            log: false,
        },
    );
    assert_eq!(pieces.len(), 2);
    assert!(
        (pieces[0][1].0 - 1.0 / 3.0).abs() < 1e-5 && pieces[0][1].1 == 1.0,
        "{pieces:?}"
    );
    assert!(
        (pieces[1][0].0 - 2.8).abs() < 1e-5 && pieces[1][1] == (3.0, 0.5),
        "{pieces:?}"
    );
}

#[wasm_bindgen_test]
fn loss_chart_survives_empty_nan_single_point_and_log_scale() {
    let nan = [(0.0, f32::NAN), (1.0, f32::INFINITY), (2.0, 0.5)];
    let single = [(0.0, 0.7)];
    let zero = [(0.0, 0.0), (1.0, 0.3)];
    let runs = [
        series("p = 0.2", 0, &nan, &[], true),
        series("p = 0.5", 1, &single, &single, false),
        series("p = 0.8", 2, &zero, &[], false),
    ];
    for log_y in [false, true] {
        for hover_epoch in [None, Some(0.5), Some(f32::NAN)] {
            let view = LossChartView {
                series: &runs,
                focused: Some(1),
                log_y,
                hover_epoch,
            };
            let g = draw_loss_chart(&canvas(500, 300), &view).unwrap();
            assert!(g.y_range.0 < g.y_range.1);
            assert!(
                !log_y || g.y_range.0 > 0.0,
                "log axis must start above zero"
            );
        }
    }
    let empty = LossChartView {
        series: &[],
        focused: Some(3),
        log_y: false,
        hover_epoch: Some(1.0),
    };
    draw_loss_chart(&canvas(500, 300), &empty).unwrap();
}

#[wasm_bindgen_test]
fn hover_finds_the_nearest_finite_point_of_every_run() {
    let train = [(0.0, 1.0), (1.0, f32::NAN), (2.0, 0.5)];
    let val = [(0.0, 1.2), (1.0, 0.9)];
    let got = hover_values(&[series("p = 0.5", 0, &train, &val, false)], 1.1);
    assert_eq!(
        got[0].train,
        Some((2.0, 0.5)),
        "NaN at epoch 1 must be skipped"
    );
    assert_eq!(got[0].val, Some((1.0, 0.9)));
}

#[wasm_bindgen_test]
fn loss_axis_ticks_are_round_numbers() {
    assert_eq!(
        LossAxis {
            lo: 0.0,
            hi: 1.0,
            log: false
        }
        .ticks(7),
        vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    );
    let log = LossAxis {
        lo: 0.05,
        hi: 2.0,
        log: true,
    }
    .ticks(7);
    let expected = [0.05, 0.1, 0.2, 0.5, 1.0, 2.0];
    assert_eq!(log.len(), expected.len(), "{log:?}");
    assert!(
        log.iter().zip(expected).all(|(a, b)| (a - b).abs() < 1e-6),
        "{log:?}"
    );
}

/// Thinning a long history bounds the points drawn but keeps the first, the last and a spike.
#[wasm_bindgen_test]
fn thinning_keeps_the_ends_and_the_spikes() {
    let mut long: Vec<(f32, f32)> = (0..5000)
        .map(|i| (i as f32 / 50.0, 1.0 / (1.0 + i as f32 / 500.0)))
        .collect();
    long[2500].1 = 9.0;
    let thinned = thin(&long, (0.0, 100.0), 150);
    assert!(thinned.len() <= 4 * 151, "{} points", thinned.len());
    assert_eq!(
        (thinned[0], *thinned.last().unwrap()),
        (long[0], long[4999])
    );
    assert!(thinned.contains(&long[2500]), "the spike was thinned away");
    assert!(thinned.windows(2).all(|w| w[0].0 <= w[1].0), "order lost");
    let short = [(0.0, 1.0), (1.0, 0.5)];
    assert_eq!(thin(&short, (0.0, 1.0), 150), short.to_vec());
}
