//! Every label the views draw keeps to its box whatever font the engine falls back to: each
//! view is drawn in a narrow and a wide sans-serif (Firefox and WebKit on Linux pick DejaVu
//! Sans, much wider than Chromium's usual choice), at a phone's width and a laptop's, and every
//! fitted label's measured width is read back.

use dropout_lab::core::labels::Notation;
use dropout_lab::render::surface::{self, set_draw_scale};
use dropout_lab::render::text_fit::{LabelFit, set_font_family, watch_labels, watched_labels};
use dropout_lab::render::*;
use wasm_bindgen_test::*;

use super::{canvas, layer_weights};

const NARROW: &str = "'Liberation Sans Narrow', 'Nimbus Sans Narrow', 'Arial Narrow', sans-serif";
const WIDE: &str = "'DejaVu Sans', Verdana, sans-serif";
const TITLE: &str = "TRAINING — one example's dropout mask; kept units scaled by 1/(1−p)";
// Long run names, as variants make them: the legend and the panel titles must cope.
const RUN_NAMES: [&str; 4] = [
    "p = 0.00 baseline, no dropout at all",
    "p = 0.20 · DropConnect on every hidden layer",
    "p = 0.50 · Gaussian dropout with max-norm 3",
    "p = 0.80 · classic dropout, no test-time scaling",
];

fn diagram(width: u32, train_mode: bool, classic: bool) -> Vec<LabelFit> {
    let sizes = [784, 256, 256, 10];
    let values: Vec<Vec<f32>> = sizes.windows(2).map(|p| vec![0.1; p[0] * p[1]]).collect();
    let weights = layer_weights(&sizes, &values);
    let masks: Vec<Vec<u8>> = sizes[..3].iter().map(|&n| vec![1; n]).collect();
    let view = DiagramView {
        layer_sizes: &sizes,
        weights: &weights,
        drop_rates: &[0.25, 0.55, 0.55],
        masks: Some(&masks),
        mask_rates: &[0.2, 0.5, 0.5],
        train_mode,
        classic,
        layer_names: None,
        notation: Notation::Drop,
    };
    drawn(width, 420, |c| draw_diagram(c, &view).unwrap())
}

fn loss_chart(width: u32) -> Vec<LabelFit> {
    let curve: Vec<(f32, f32)> = (0..=30)
        .map(|e| (e as f32, 1.0 / (1.0 + e as f32)))
        .collect();
    let series: Vec<LossSeries> = RUN_NAMES
        .iter()
        .enumerate()
        .map(|(colour, &label)| LossSeries {
            label,
            colour,
            train: &curve,
            val: &curve,
            diverged: false,
        })
        .collect();
    let empty: Vec<LossSeries> = RUN_NAMES
        .iter()
        .map(|&label| LossSeries {
            label,
            colour: 0,
            train: &[],
            val: &[],
            diverged: false,
        })
        .collect();
    let mut fits = Vec::new();
    for runs in [&series, &empty] {
        let view = LossChartView {
            series: runs,
            focused: Some(1),
            log_y: false,
            hover_epoch: None,
        };
        fits.extend(drawn(width, 320, |c| {
            draw_loss_chart(c, &view).unwrap();
        }));
    }
    fits
}

fn data_panels(width: u32) -> Vec<LabelFit> {
    let probs = vec![0.5; 256];
    let points = [LabelledPoint {
        x: 0.0,
        y: 0.0,
        class: 0,
    }];
    let panels: Vec<DataPanel> = RUN_NAMES
        .iter()
        .enumerate()
        .map(|(colour, &title)| DataPanel {
            title,
            colour,
            data: PanelData::Classifier {
                grid: DecisionGrid {
                    cols: 16,
                    rows: 16,
                    cells: GridCells::Binary(&probs),
                },
                extent: Extent {
                    x0: -1.0,
                    x1: 1.0,
                    y0: -1.0,
                    y1: 1.0,
                },
                train: &points,
                val: &points,
            },
        })
        .collect();
    drawn(width, 260, |c| draw_data_panels(c, &panels, None).unwrap())
}

/// Draws on a fresh canvas of CSS size w × h and returns the labels the drawing fitted.
fn drawn(w: u32, h: u32, draw: impl FnOnce(&web_sys::HtmlCanvasElement)) -> Vec<LabelFit> {
    let c = canvas(w, h);
    watch_labels();
    draw(&c);
    let fits = watched_labels();
    c.remove();
    fits
}

/// Width of `s` in bold 15 px of `family`, to show the two families really differ here.
fn measured(family: &str, s: &str) -> f64 {
    let c = canvas(10, 10);
    let ctx = surface::context_2d(&c).unwrap();
    ctx.set_font(&format!("bold 15px {family}"));
    let w = ctx.measure_text(s).unwrap().width();
    c.remove();
    w
}

#[wasm_bindgen_test]
fn every_label_fits_its_box_in_a_narrow_and_a_wide_font() {
    set_draw_scale(1.0);
    let (narrow, wide) = (measured(NARROW, TITLE), measured(WIDE, TITLE));
    assert!(
        wide > narrow * 1.15,
        "the two fonts measure alike ({narrow} vs {wide}): the test would show nothing"
    );
    for family in [NARROW, WIDE] {
        set_font_family(family);
        for width in [300, 560] {
            let mut fits = Vec::new();
            for (train, classic) in [(true, false), (true, true), (false, false), (false, true)] {
                fits.extend(diagram(width, train, classic));
            }
            fits.extend(loss_chart(width));
            fits.extend(data_panels(width));
            // 4 diagrams × (title + 4 columns × ≥ 3 lines), 2 × 6 legend entries + "no losses yet",
            // 4 panel titles + 2 keys.
            assert!(
                fits.len() >= 4 * 13 + 13 + 6,
                "only {} labels were fitted at {width}",
                fits.len()
            );
            for fit in &fits {
                assert!(
                    fit.width <= fit.max_width + 0.5,
                    "{family} at {width}: {:?} drawn as {:?} is {:.1} wide in a {:.1} box",
                    fit.label,
                    fit.drawn,
                    fit.width,
                    fit.max_width
                );
            }
            if width == 300 {
                assert!(
                    fits.iter().any(|f| f.drawn.ends_with('…')),
                    "nothing needed abbreviating at {width}"
                );
            }
        }
    }
    // At a laptop's widths (the diagram is 536 wide at 1366×768 in Firefox and WebKit) the
    // diagram's title is whole even in the wide font: shrunk, not cut.
    set_font_family(WIDE);
    for width in (440..=600).step_by(8) {
        let fits = diagram(width, true, false);
        let title = fits
            .iter()
            .find(|f| f.label == TITLE)
            .expect("the title is fitted");
        assert_eq!(title.drawn, TITLE, "at {width}");
    }
    set_font_family("sans-serif");
}
