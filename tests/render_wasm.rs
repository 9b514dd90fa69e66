//! Render modules drawn into real canvases in headless Chromium, then read back pixel by pixel.
//! Run: `cargo test --target wasm32-unknown-unknown --test render_wasm` (wasm-bindgen-test-runner
//! and chromedriver on PATH / in `CHROMEDRIVER`).
#![cfg(target_arch = "wasm32")]

use dropout_lab::render::loss_axis::LossAxis;
use dropout_lab::render::palette::{BLUE, ORANGE, Rgb, WHITE};
use dropout_lab::render::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

/// A canvas of the given CSS size attached to the test page.
fn canvas(css_w: u32, css_h: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas
        .style()
        .set_property("width", &format!("{css_w}px"))
        .unwrap();
    canvas
        .style()
        .set_property("height", &format!("{css_h}px"))
        .unwrap();
    canvas.style().set_property("display", "block").unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

/// RGBA of the backing-store pixel under CSS point (x, y).
fn pixel(canvas: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 4] {
    let scale = f64::from(canvas.width()) / canvas.get_bounding_client_rect().width();
    let ctx = surface::context_2d(canvas).unwrap();
    let data = ctx
        .get_image_data((x * scale).floor(), (y * scale).floor(), 1.0, 1.0)
        .unwrap()
        .data();
    [data[0], data[1], data[2], data[3]]
}

/// Number of pixels within `tol` (per channel) of `colour`.
fn count_near(canvas: &HtmlCanvasElement, colour: Rgb, tol: i32) -> usize {
    let ctx = surface::context_2d(canvas).unwrap();
    let (w, h) = (f64::from(canvas.width()), f64::from(canvas.height()));
    let data = ctx.get_image_data(0.0, 0.0, w, h).unwrap().data();
    data.chunks_exact(4)
        .filter(|p| close(p, colour, tol))
        .count()
}

fn close(p: &[u8], c: Rgb, tol: i32) -> bool {
    (i32::from(p[0]) - i32::from(c.0)).abs() <= tol
        && (i32::from(p[1]) - i32::from(c.1)).abs() <= tol
        && (i32::from(p[2]) - i32::from(c.2)).abs() <= tol
}

fn is_grey(p: [u8; 4]) -> bool {
    let (r, g, b) = (i32::from(p[0]), i32::from(p[1]), i32::from(p[2]));
    (r - g).abs() < 12 && (g - b).abs() < 12 && (120..235).contains(&r)
}

fn is_bluish(p: [u8; 4]) -> bool {
    i32::from(p[2]) > i32::from(p[0]) + 40
}

#[wasm_bindgen_test]
fn backing_store_is_css_size_times_dpr_and_stable() {
    let c = canvas(300, 150);
    let dpr = fit_backing_store(&c);
    assert_eq!(c.width(), (300.0 * dpr).round() as u32);
    assert_eq!(c.height(), (150.0 * dpr).round() as u32);
    fit_backing_store(&c);
    assert_eq!(
        c.width(),
        (300.0 * dpr).round() as u32,
        "a second call must not grow the canvas"
    );
}

const SIZES: [usize; 4] = [2, 6, 6, 1];

fn diagram_weights() -> Vec<Vec<f32>> {
    SIZES.windows(2).map(|p| vec![0.5; p[0] * p[1]]).collect()
}

fn draw_small_diagram(
    c: &HtmlCanvasElement,
    train_mode: bool,
    masks: &[Vec<u8>],
    values: &[Vec<f32>],
) {
    let weights: Vec<LayerWeights> = SIZES
        .windows(2)
        .zip(values)
        .map(|(p, v)| LayerWeights {
            rows: p[0],
            cols: p[1],
            values: v,
        })
        .collect();
    let view = DiagramView {
        layer_sizes: &SIZES,
        weights: &weights,
        drop_rates: &[0.2, 0.5, 0.5],
        masks: Some(masks),
        train_mode,
        layer_names: None,
    };
    draw_diagram(c, &view).unwrap();
}

/// Unit 2 of hidden layer 1 is dropped: in training it is grey and its outgoing edges are gone;
/// in evaluation the same pixels show a coloured unit and a blue (positive) edge.
#[wasm_bindgen_test]
fn dropped_unit_is_grey_without_edges_in_training_and_coloured_in_evaluation() {
    let (w, h) = (640.0, 420.0);
    let values = diagram_weights();
    let masks = vec![vec![1, 1], vec![1, 1, 0, 1, 1, 1], vec![1; 6]];
    let layout = diagram_layout(&SIZES, w, h);
    let r = layout.columns[1].radius;
    let (x, y) = unit_position(&SIZES, w, h, 1, 2).unwrap();
    let (kx, ky) = unit_position(&SIZES, w, h, 1, 3).unwrap();
    // Above the centre (clear of the cross), and just right of the circle on the horizontal edge
    // to unit 2 of the next layer.
    let inside = (x, y - r * 0.5);
    let edge = (x + r + 5.0, y);

    let train = canvas(w as u32, h as u32);
    draw_small_diagram(&train, true, &masks, &values);
    assert!(
        is_grey(pixel(&train, inside.0, inside.1)),
        "dropped unit not grey: {:?}",
        pixel(&train, inside.0, inside.1)
    );
    assert!(
        pixel(&train, edge.0, edge.1)[..3].iter().all(|&c| c > 240),
        "edge of a dropped unit still drawn: {:?}",
        pixel(&train, edge.0, edge.1)
    );
    assert!(
        is_bluish(pixel(&train, kx, ky - r * 0.5)),
        "a kept unit should keep its colour in training"
    );
    assert!(
        is_bluish(pixel(&train, kx + r + 5.0, ky)),
        "a kept unit keeps its positive (blue) edges"
    );

    let eval = canvas(w as u32, h as u32);
    draw_small_diagram(&eval, false, &masks, &values);
    assert!(
        is_bluish(pixel(&eval, inside.0, inside.1)),
        "unit should be coloured in evaluation: {:?}",
        pixel(&eval, inside.0, inside.1)
    );
    assert!(
        is_bluish(pixel(&eval, edge.0, edge.1)),
        "edge should be drawn in evaluation: {:?}",
        pixel(&eval, edge.0, edge.1)
    );
}

#[wasm_bindgen_test]
fn negative_weights_are_drawn_in_a_different_colour_from_positive_ones() {
    let (w, h) = (640.0, 420.0);
    let values: Vec<Vec<f32>> = diagram_weights()
        .into_iter()
        .map(|v| v.iter().map(|x| -x).collect())
        .collect();
    let c = canvas(w as u32, h as u32);
    draw_small_diagram(&c, false, &[], &values);
    let r = diagram_layout(&SIZES, w, h).columns[1].radius;
    let (x, y) = unit_position(&SIZES, w, h, 1, 2).unwrap();
    let p = pixel(&c, x + r + 5.0, y);
    assert!(
        p[0] > p[2] + 40,
        "negative edge should be vermillion, got {p:?}"
    );
}

#[wasm_bindgen_test]
fn wide_layers_show_first_and_last_units_and_odd_masks_do_not_panic() {
    let sizes = [4, 256, 3];
    assert_eq!(
        unit_position(&sizes, 800.0, 500.0, 1, 100),
        None,
        "middle of a 256-unit layer is elided"
    );
    assert!(unit_position(&sizes, 800.0, 500.0, 1, 0).is_some());
    assert!(unit_position(&sizes, 800.0, 500.0, 1, 255).is_some());
    assert_eq!(
        diagram_layout(&sizes, 800.0, 500.0).columns[1].units.len(),
        MAX_SHOWN
    );
    let w0 = vec![0.1f32; 4 * 256];
    let w1 = vec![-0.1f32; 256 * 3];
    let weights = [
        LayerWeights {
            rows: 4,
            cols: 256,
            values: &w0,
        },
        LayerWeights {
            rows: 256,
            cols: 3,
            values: &w1,
        },
    ];
    // Mask too short for the hidden layer, missing weights for nothing: must still draw.
    let masks = vec![vec![1, 0, 1, 1], vec![0, 1, 0]];
    let view = DiagramView {
        layer_sizes: &sizes,
        weights: &weights,
        drop_rates: &[0.0, 0.5],
        masks: Some(&masks),
        train_mode: true,
        layer_names: None,
    };
    draw_diagram(&canvas(800, 500), &view).unwrap();
    let view = DiagramView {
        weights: &[],
        ..view
    };
    draw_diagram(&canvas(800, 500), &view).unwrap();
}

fn curve(f: impl Fn(f32) -> f32) -> Vec<(f32, f32)> {
    (0..=40).map(|e| (e as f32, f(e as f32))).collect()
}

#[wasm_bindgen_test]
fn loss_chart_draws_each_run_in_its_colour_where_the_geometry_says() {
    let train0 = curve(|e| 0.7 * (-e / 10.0).exp() + 0.05);
    let val0 = curve(|e| 0.7 * (-e / 10.0).exp() + 0.15 + e * 0.004);
    let train1 = curve(|e| 0.7 * (-e / 14.0).exp() + 0.1);
    let val1 = curve(|e| 0.7 * (-e / 14.0).exp() + 0.14);
    let series = [
        LossSeries {
            label: "p = 0.0",
            colour: 0,
            train: &train0,
            val: &val0,
            diverged: false,
        },
        LossSeries {
            label: "p = 0.5",
            colour: 1,
            train: &train1,
            val: &val1,
            diverged: false,
        },
    ];
    let c = canvas(640, 380);
    let view = LossChartView {
        series: &series,
        focused: Some(0),
        log_y: false,
        hover_epoch: None,
    };
    let g = draw_loss_chart(&c, &view).unwrap();
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
    let hit = (-2..=2).any(|dy| close(&pixel(&c, x, y + f64::from(dy)), BLUE, 10));
    assert!(hit, "no blue at the mapped point ({x}, {y})");
    assert!((g.loss_at(y).unwrap() - l).abs() < 0.01);
}

#[wasm_bindgen_test]
fn loss_chart_survives_empty_nan_single_point_and_log_scale() {
    let nan = [(0.0, f32::NAN), (1.0, f32::INFINITY), (2.0, 0.5)];
    let single = [(0.0, 0.7)];
    let zero = [(0.0, 0.0), (1.0, 0.3)];
    let series = [
        LossSeries {
            label: "p = 0.2",
            colour: 0,
            train: &nan,
            val: &[],
            diverged: true,
        },
        LossSeries {
            label: "p = 0.5",
            colour: 1,
            train: &single,
            val: &single,
            diverged: false,
        },
        LossSeries {
            label: "p = 0.8",
            colour: 2,
            train: &zero,
            val: &[],
            diverged: false,
        },
    ];
    for log_y in [false, true] {
        for hover_epoch in [None, Some(0.5), Some(f32::NAN)] {
            let view = LossChartView {
                series: &series,
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
    let series = [LossSeries {
        label: "p = 0.5",
        colour: 0,
        train: &train,
        val: &val,
        diverged: false,
    }];
    let got = hover_values(&series, 1.1);
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

fn classifier_panel<'a>(probs: &'a [f32], points: &'a [LabelledPoint]) -> DataPanel<'a> {
    let grid = DecisionGrid {
        cols: 16,
        rows: 16,
        cells: GridCells::Binary(probs),
    };
    let extent = Extent {
        x0: -1.0,
        x1: 1.0,
        y0: -1.0,
        y1: 1.0,
    };
    DataPanel {
        title: "p = 0.5",
        colour: 0,
        data: PanelData::Classifier {
            grid,
            extent,
            train: points,
            val: points,
        },
    }
}

#[wasm_bindgen_test]
fn heatmap_takes_the_class_colour_of_a_confident_model() {
    // A point in a corner only, so the middle shows the heatmap itself.
    let points = [LabelledPoint {
        x: -0.9,
        y: -0.9,
        class: 0,
    }];
    for (p, class_colour) in [(1.0, BLUE), (0.0, ORANGE)] {
        let probs = vec![p; 256];
        let c = canvas(300, 300);
        draw_data_panels(&c, &[classifier_panel(&probs, &points)]).unwrap();
        let rect = panel_rect(1, 0, 300.0, 300.0);
        let mid = pixel(
            &c,
            rect.left + rect.width / 2.0,
            rect.top + rect.height / 2.0,
        );
        assert!(
            close(&mid, WHITE.mix(class_colour, 0.6), 3),
            "p = {p}: middle is {mid:?}"
        );
    }
    // An unsure model (p = 0.5 everywhere) leaves the regions white.
    let c = canvas(300, 300);
    draw_data_panels(&c, &[classifier_panel(&[0.5; 256], &points)]).unwrap();
    let rect = panel_rect(1, 0, 300.0, 300.0);
    assert!(close(
        &pixel(
            &c,
            rect.left + rect.width / 2.0,
            rect.top + rect.height / 2.0
        ),
        WHITE,
        2
    ));
}

#[wasm_bindgen_test]
fn regression_and_digit_panels_draw_from_odd_input() {
    let fitted: Vec<(f32, f32)> = (0..50)
        .map(|i| (i as f32 / 25.0 - 1.0, (i as f32 / 8.0).sin()))
        .collect();
    let with_nan = [(0.0, f32::NAN), (0.5, 0.2)];
    let extent = Extent {
        x0: -1.0,
        x1: 1.0,
        y0: -1.5,
        y1: 1.5,
    };
    let regression = PanelData::Regression {
        extent,
        fitted: &fitted,
        truth: &fitted,
        train: &with_nan,
        val: &[],
    };
    let ink: Vec<f32> = (0..64)
        .map(|i| if i % 9 == 0 { 16.0 } else { 0.0 })
        .collect();
    let flat = [3.0f32; 10];
    let examples = [
        DigitExample {
            pixels: &ink,
            predicted: 1,
            truth: 1,
        },
        DigitExample {
            pixels: &flat,
            predicted: 7,
            truth: 2,
        },
    ];
    let digits = PanelData::Digits {
        examples: &examples,
        class_accuracy: &[0.9, 1.0, f32::NAN, 0.5, 0.0, 0.7, 0.8, 0.9, 0.6, 0.95],
    };
    let empty_digits = PanelData::Digits {
        examples: &[],
        class_accuracy: &[],
    };
    let panels = [
        DataPanel {
            title: "p = 0.0",
            colour: 0,
            data: regression,
        },
        DataPanel {
            title: "p = 0.5",
            colour: 1,
            data: digits,
        },
        DataPanel {
            title: "p = 0.8",
            colour: 2,
            data: empty_digits,
        },
    ];
    let c = canvas(700, 300);
    draw_data_panels(&c, &panels).unwrap();
    assert!(
        count_near(&c, BLUE, 6) > 50,
        "fitted curve in the run colour is missing"
    );
    draw_data_panels(&c, &[]).unwrap();
}
