//! The network diagram: masks, edge colours, wide layers.

use dropout_lab::core::labels::Notation;
use dropout_lab::render::*;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

use super::{at_dpr, canvas, is_bluish, is_grey, layer_weights, pixel};

const SIZES: [usize; 4] = [2, 6, 6, 1];

fn draw_small_diagram(train_mode: bool, masks: &[Vec<u8>], weight: f32) -> HtmlCanvasElement {
    let values: Vec<Vec<f32>> = SIZES
        .windows(2)
        .map(|p| vec![weight; p[0] * p[1]])
        .collect();
    let weights = layer_weights(&SIZES, &values);
    let drop_rates = [0.2, 0.5, 0.5];
    let view = DiagramView {
        layer_sizes: &SIZES,
        weights: &weights,
        drop_rates: &drop_rates,
        masks: Some(masks),
        mask_rates: &[],
        train_mode,
        classic: false,
        layer_names: None,
        notation: Notation::Drop,
    };
    let c = canvas(640, 420);
    draw_diagram(&c, &view).unwrap();
    c
}

/// Unit 2 of hidden layer 1 is dropped: in training it is grey and its outgoing edges are gone;
/// in evaluation the same pixels show a coloured unit and a blue (positive) edge.
#[wasm_bindgen_test]
fn dropped_unit_is_grey_without_edges_in_training_and_coloured_in_evaluation() {
    for dpr in [1.0, 2.0] {
        at_dpr(
            dpr,
            dropped_unit_is_grey_without_edges_in_training_and_coloured_in_evaluation_once,
        );
    }
}

fn dropped_unit_is_grey_without_edges_in_training_and_coloured_in_evaluation_once() {
    let (w, h) = (640.0, 420.0);
    let masks = vec![vec![1, 1], vec![1, 1, 0, 1, 1, 1], vec![1; 6]];
    let r = diagram_layout(&SIZES, w, h).columns[1].radius;
    let (x, y) = unit_position(&SIZES, w, h, 1, 2).unwrap();
    let (kx, ky) = unit_position(&SIZES, w, h, 1, 3).unwrap();
    // Above the centre (clear of the cross), and just right of the circle on the horizontal
    // edge to unit 2 of the next layer.
    let (inside, edge) = ((x, y - r * 0.5), (x + r + 5.0, y));

    let train = draw_small_diagram(true, &masks, 0.5);
    let p = pixel(&train, inside);
    assert!(is_grey(p), "dropped unit not grey: {p:?}");
    let p = pixel(&train, edge);
    assert!(
        p[..3].iter().all(|&c| c > 240),
        "edge of a dropped unit still drawn: {p:?}"
    );
    assert!(
        is_bluish(pixel(&train, (kx, ky - r * 0.5))),
        "a kept unit keeps its colour in training"
    );
    assert!(
        is_bluish(pixel(&train, (kx + r + 5.0, ky))),
        "a kept unit keeps its positive (blue) edges"
    );

    let eval = draw_small_diagram(false, &masks, 0.5);
    let p = pixel(&eval, inside);
    assert!(is_bluish(p), "unit should be coloured in evaluation: {p:?}");
    let p = pixel(&eval, edge);
    assert!(is_bluish(p), "edge should be drawn in evaluation: {p:?}");
}

#[wasm_bindgen_test]
fn negative_weights_are_drawn_in_a_different_colour_from_positive_ones() {
    let c = draw_small_diagram(false, &[], -0.5);
    let r = diagram_layout(&SIZES, 640.0, 420.0).columns[1].radius;
    let (x, y) = unit_position(&SIZES, 640.0, 420.0, 1, 2).unwrap();
    let p = pixel(&c, (x + r + 5.0, y));
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
    let (w0, w1) = (vec![0.1f32; 4 * 256], vec![-0.1f32; 256 * 3]);
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
    // The hidden mask is too short and there is one rate missing: must still draw.
    let masks = vec![vec![1, 0, 1, 1], vec![0, 1, 0]];
    let view = DiagramView {
        layer_sizes: &sizes,
        weights: &weights,
        drop_rates: &[0.5],
        masks: Some(&masks),
        mask_rates: &[],
        train_mode: true,
        classic: false,
        layer_names: None,
        notation: Notation::Drop,
    };
    draw_diagram(&canvas(800, 500), &view).unwrap();
    draw_diagram(
        &canvas(800, 500),
        &DiagramView {
            weights: &[],
            layer_sizes: &[],
            ..view
        },
    )
    .unwrap();
}

#[wasm_bindgen_test]
fn the_shown_masks_numbers_belong_to_the_rate_that_drew_it() {
    let sizes = [2, 128, 1];
    let mask: Vec<u8> = (0..128).map(|i| u8::from(i < 67)).collect();
    let masks = [vec![1, 1], mask];
    // A step at p = 0.5, then the slider moved to 0.8: the mask on screen is still the 0.5 one.
    let view = DiagramView {
        layer_sizes: &sizes,
        weights: &[],
        drop_rates: &[0.0, 0.8],
        masks: Some(&masks),
        mask_rates: &[0.0, 0.5],
        train_mode: true,
        classic: false,
        layer_names: None,
        notation: Notation::Drop,
    };
    assert_eq!(
        view.footer(1),
        ["kept 67 of 128", "mask of p = 0.50", "expected ≈ 64, ×2.0"]
    );
    let stepped = DiagramView {
        mask_rates: &[0.0, 0.8],
        ..view
    };
    assert_eq!(
        stepped.footer(1),
        ["kept 67 of 128", "expected ≈ 26", "kept units ×5.0"]
    );
    // Classic dropout scales nothing in training, and every unit by 1−p at evaluation.
    let classic = DiagramView {
        classic: true,
        ..stepped
    };
    assert_eq!(classic.footer(1), ["kept 67 of 128", "expected ≈ 26"]);
    let classic_eval = DiagramView {
        train_mode: false,
        ..classic
    };
    assert_eq!(classic_eval.footer(1), ["all units ×0.20"]);
    assert!(
        view.footer(2).is_empty(),
        "the output layer is never dropped"
    );
}
