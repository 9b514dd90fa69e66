//! The data view: heatmap colours and orientation, regression and digit panels.

use dropout_lab::render::palette::{self, BLUE, ORANGE, WHITE};
use dropout_lab::render::*;
use wasm_bindgen_test::*;

use super::{at_dpr, canvas, close, count_near, is_bluish, pixel, pixels};

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
    for dpr in [1.0, 2.0] {
        at_dpr(
            dpr,
            heatmap_takes_the_class_colour_of_a_confident_model_once,
        );
    }
}

fn heatmap_takes_the_class_colour_of_a_confident_model_once() {
    // A point in a corner only, so the middle shows the heatmap itself.
    let points = [LabelledPoint {
        x: -0.9,
        y: -0.9,
        class: 0,
    }];
    let rect = panel_rect(1, 0, 300.0, 300.0);
    let middle = (rect.left + rect.width / 2.0, rect.top + rect.height / 2.0);
    for (p, class_colour) in [(1.0, BLUE), (0.0, ORANGE), (0.5, WHITE)] {
        let probs = vec![p; 256];
        let c = canvas(300, 300);
        draw_data_panels(&c, &[classifier_panel(&probs, &points)], None).unwrap();
        let got = pixel(&c, middle);
        // Confident regions are the class colour kept pale; an unsure model leaves white.
        assert!(
            close(got, WHITE.mix(class_colour, 0.6), 3),
            "p = {p}: middle is {got:?}"
        );
    }
}

#[wasm_bindgen_test]
fn heatmap_row_zero_is_the_top_of_the_panel() {
    // Class 1 only in the top half of the grid (rows 0..8).
    let probs: Vec<f32> = (0..256)
        .map(|i| if i / 16 < 8 { 1.0 } else { 0.0 })
        .collect();
    let c = canvas(300, 300);
    draw_data_panels(&c, &[classifier_panel(&probs, &[])], None).unwrap();
    let rect = panel_rect(1, 0, 300.0, 300.0);
    let x = rect.left + rect.width / 2.0;
    assert!(
        is_bluish(pixel(&c, (x, rect.top + rect.height * 0.2))),
        "top should be class 1"
    );
    assert!(
        !is_bluish(pixel(&c, (x, rect.top + rect.height * 0.8))),
        "bottom should be class 0"
    );
    let e = Extent {
        x0: -1.0,
        x1: 1.0,
        y0: -1.0,
        y1: 1.0,
    };
    assert_eq!(
        e.grid_point(16, 16, 0, 0),
        (-1.0 + 1.0 / 16.0, 1.0 - 1.0 / 16.0)
    );
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
    let accuracy = [0.9, 1.0, f32::NAN, 0.5, 0.0, 0.7, 0.8, 0.9, 0.6, 0.95];
    let digits = PanelData::Digits {
        examples: &examples,
        class_accuracy: &accuracy,
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
    draw_data_panels(&c, &panels, None).unwrap();
    assert!(
        count_near(&c, BLUE, 6) > 50,
        "fitted curve in the run colour is missing"
    );
    draw_data_panels(&c, &[], None).unwrap();
}

/// Multi-class maps colour each cell by its predicted class, paler as confidence falls to chance.
#[wasm_bindgen_test]
fn multiclass_heatmap_uses_the_predicted_class_colour_and_fades_to_chance() {
    let classes = [2u8; 256];
    let extent = Extent {
        x0: -1.0,
        x1: 1.0,
        y0: -1.0,
        y1: 1.0,
    };
    let rect = panel_rect(1, 0, 300.0, 300.0);
    let middle = (rect.left + rect.width / 2.0, rect.top + rect.height / 2.0);
    for (confidence, expected) in [(1.0, WHITE.mix(palette::GREEN, 0.6)), (1.0 / 3.0, WHITE)] {
        let conf = [confidence; 256];
        let cells = GridCells::MultiClass {
            class: &classes,
            confidence: &conf,
            classes: 3,
        };
        let grid = DecisionGrid {
            cols: 16,
            rows: 16,
            cells,
        };
        let data = PanelData::Classifier {
            grid,
            extent,
            train: &[],
            val: &[],
        };
        let c = canvas(300, 300);
        draw_data_panels(
            &c,
            &[DataPanel {
                title: "p = 0.2",
                colour: 1,
                data,
            }],
            None,
        )
        .unwrap();
        let got = pixel(&c, middle);
        assert!(close(got, expected, 3), "confidence {confidence}: {got:?}");
    }
}

#[wasm_bindgen_test]
fn panels_take_the_layout_that_makes_them_largest() {
    let rects = |n: usize, w: f64, h: f64| -> Vec<PanelRect> {
        (0..n).map(|i| panel_rect(n, i, w, h)).collect()
    };
    // Four runs on the page's wide, low data canvas: one row, not a 2 × 2 grid of thumbnails.
    let wide = rects(4, 760.0, 290.0);
    assert!(wide.iter().all(|r| r.top == wide[0].top), "{wide:?}");
    assert!(wide[0].width > 150.0, "{wide:?}");
    // On a narrow, tall canvas two rows give bigger panels.
    let narrow = rects(4, 400.0, 500.0);
    assert!(narrow[2].top > narrow[0].top, "{narrow:?}");
    for (n, w, h) in [
        (1, 300.0, 300.0),
        (3, 760.0, 290.0),
        (4, 760.0, 290.0),
        (4, 400.0, 500.0),
    ] {
        let all = rects(n, w, h);
        for (i, a) in all.iter().enumerate() {
            assert!(
                a.left >= 0.0 && a.left + a.width <= w && a.top + a.height <= h,
                "{a:?}"
            );
            for b in &all[i + 1..] {
                let apart = a.left + a.width <= b.left
                    || b.left + b.width <= a.left
                    || a.top + a.height <= b.top
                    || b.top + b.height <= a.top;
                assert!(apart, "{a:?} overlaps {b:?}");
            }
        }
    }
}

/// A confident network's boundary is a sharp change of colour, but it must follow the model's
/// own boundary, not the grid's cells: a blocky map would draw a staircase one cell wide.
#[wasm_bindgen_test]
fn a_confident_decision_boundary_is_drawn_smooth_not_as_a_staircase() {
    let e = Extent {
        x0: -1.0,
        x1: 1.0,
        y0: -1.0,
        y1: 1.0,
    };
    // A steep logit field, z = 200 (x − 0.3 y − 0.1): p is 0 or 1 in almost every cell, and the
    // true boundary is the slanted line x = 0.3 y + 0.1.
    let probs: Vec<f32> = (0..256)
        .map(|i| {
            let (x, y) = e.grid_point(16, 16, i % 16, i / 16);
            1.0 / (1.0 + (-200.0 * (x - 0.3 * y - 0.1)).exp())
        })
        .collect();
    let c = canvas(300, 300);
    draw_data_panels(&c, &[classifier_panel(&probs, &[])], None).unwrap();
    let rect = panel_rect(1, 0, 300.0, 300.0);
    let (blue, orange) = (WHITE.mix(BLUE, 0.6), WHITE.mix(ORANGE, 0.6));
    let dist = |p: [u8; 4], c: palette::Rgb| {
        [(p[0], c.0), (p[1], c.1), (p[2], c.2)]
            .iter()
            .map(|&(a, b)| (f64::from(a) - f64::from(b)).powi(2))
            .sum::<f64>()
    };
    let mut worst: f64 = 0.0;
    let mut y_px = rect.top + 12.0;
    while y_px < rect.top + rect.height - 12.0 {
        let y = e.y1 - ((y_px - rect.top) / rect.height) as f32 * (e.y1 - e.y0);
        let expected = rect.to_px(&e, 0.3 * y + 0.1, y).0;
        let x_start = (expected - 40.0).max(rect.left + 1.0);
        let row = pixels(&c, Some([x_start, y_px, 80.0, 1.0]));
        // The first pixel nearer the class-1 colour than the class-0 colour, in CSS pixels.
        let scale = row.len() as f64 / 80.0;
        let first_blue = row
            .iter()
            .position(|&p| dist(p, blue) < dist(p, orange))
            .map_or(f64::INFINITY, |k| x_start + k as f64 / scale);
        worst = worst.max((first_blue - expected).abs());
        y_px += 3.0;
    }
    assert!(
        worst < 3.0,
        "the drawn boundary strays {worst:.1} px from the model's (a cell is {:.1} px)",
        rect.width / 16.0
    );
}
