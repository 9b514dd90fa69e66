//! The lab's data canvas redrawn in place (`draw_data_panels_kept`, #18 the slow device): its
//! kept layers are drawn again when what they show changes (new points, a resize, another pixel
//! scale), a panel that did not change is left alone, and what it shows equals a full redraw.

use dropout_lab::render::palette::{ORANGE, WHITE};
use dropout_lab::render::*;
use wasm_bindgen_test::*;
use web_sys::HtmlCanvasElement;

use super::{at_dpr, canvas, close, pixel, pixels};

const EXTENT: Extent = Extent {
    x0: -1.0,
    x1: 1.0,
    y0: -1.0,
    y1: 1.0,
};

/// Two panels over an unsure (white) map; `p` is panel 1's probability of class 1.
fn two_panels<'a>(
    points: &'a [LabelledPoint],
    unsure: &'a [f32],
    p1: &'a [f32],
) -> [DataPanel<'a>; 2] {
    [unsure, p1].map(|probs| DataPanel {
        title: "p = 0.5",
        colour: 0,
        data: PanelData::Classifier {
            grid: DecisionGrid {
                cols: 16,
                rows: 16,
                cells: GridCells::Binary(probs),
            },
            extent: EXTENT,
            train: points,
            val: &[],
        },
    })
}

/// One call of the kept redraw, with no drawing cursor; `everything` as a viewer's change asks.
fn keep(c: &HtmlCanvasElement, panels: &[DataPanel], memo: &mut DataCanvasMemo, everything: bool) {
    draw_data_panels_kept(c, panels, None, memo, everything).unwrap();
}

fn point(x: f32, y: f32) -> LabelledPoint {
    LabelledPoint { x, y, class: 0 }
}

/// Where data point (x, y) of panel `i` of two is on a canvas `w` × `h` CSS pixels.
fn at(w: f64, h: f64, i: usize, (x, y): (f32, f32)) -> (f64, f64) {
    panel_rect(2, i, w, h).to_px(&EXTENT, x, y)
}

#[wasm_bindgen_test]
fn new_points_and_a_new_size_show_at_once_on_the_kept_canvas() {
    for dpr in [1.0, 2.0] {
        at_dpr(dpr, new_points_and_a_new_size_once);
    }
}

fn new_points_and_a_new_size_once() {
    let unsure = vec![0.5; 256];
    let (a, b) = ((-0.5, -0.5), (0.5, 0.5));
    let c = canvas(500, 260);
    let mut memo = DataCanvasMemo::default();
    let first = [point(a.0, a.1)];
    keep(&c, &two_panels(&first, &unsure, &unsure), &mut memo, false);
    for i in 0..2 {
        assert!(
            close(pixel(&c, at(500.0, 260.0, i, a)), ORANGE, 3),
            "panel {i}: the point at A"
        );
        assert!(
            close(pixel(&c, at(500.0, 260.0, i, b)), WHITE, 3),
            "panel {i}: nothing at B yet"
        );
    }
    // Another data set (a new seed): not a viewer's "everything", yet the points move.
    let second = [point(b.0, b.1)];
    keep(&c, &two_panels(&second, &unsure, &unsure), &mut memo, false);
    for i in 0..2 {
        assert!(
            close(pixel(&c, at(500.0, 260.0, i, b)), ORANGE, 3),
            "panel {i}: the new point at B"
        );
        assert!(
            close(pixel(&c, at(500.0, 260.0, i, a)), WHITE, 3),
            "panel {i}: the old point is gone"
        );
    }
    // A resize: the panels move and grow, and the points with them.
    c.style().set_property("width", "640px").unwrap();
    c.style().set_property("height", "340px").unwrap();
    keep(&c, &two_panels(&second, &unsure, &unsure), &mut memo, false);
    for i in 0..2 {
        assert!(
            close(pixel(&c, at(640.0, 340.0, i, b)), ORANGE, 3),
            "panel {i}: B after the resize"
        );
    }
    // The same as a full redraw of a canvas that kept nothing.
    let fresh = canvas(640, 340);
    let mut none = DataCanvasMemo::default();
    keep(
        &fresh,
        &two_panels(&second, &unsure, &unsure),
        &mut none,
        true,
    );
    assert!(
        pixels(&c, None) == pixels(&fresh, None),
        "the kept canvas differs from a full redraw"
    );
}

#[wasm_bindgen_test]
fn only_the_panel_that_changed_is_drawn_and_the_picture_equals_a_full_redraw() {
    let (unsure, confident) = (vec![0.5; 256], vec![0.0; 256]);
    let points = [point(-0.5, -0.5)];
    let c = canvas(500, 260);
    let mut memo = DataCanvasMemo::default();
    keep(&c, &two_panels(&points, &unsure, &unsure), &mut memo, false);
    // A mark on panel 0's map, which a redraw of panel 0 would paint over.
    let mark = at(500.0, 260.0, 0, (0.5, 0.5));
    let ctx = surface::context_2d(&c).unwrap();
    ctx.set_fill_style_str("#000000");
    ctx.fill_rect(mark.0 - 2.0, mark.1 - 2.0, 4.0, 4.0);
    // Panel 1's run learned something: only panel 1 is drawn again.
    keep(
        &c,
        &two_panels(&points, &unsure, &confident),
        &mut memo,
        false,
    );
    assert!(
        close(pixel(&c, mark), palette::BLACK, 3),
        "panel 0 was drawn again though it did not change"
    );
    let middle = at(500.0, 260.0, 1, (0.5, 0.5));
    assert!(
        close(pixel(&c, middle), WHITE.mix(ORANGE, 0.6), 3),
        "panel 1 shows its new map"
    );
    // Asked for everything (a viewer's change), every panel is drawn: the mark goes, and the
    // picture equals the stateless full redraw within a rounding step.
    keep(
        &c,
        &two_panels(&points, &unsure, &confident),
        &mut memo,
        true,
    );
    assert!(
        close(pixel(&c, mark), WHITE, 3),
        "everything redraws panel 0"
    );
    let full = canvas(500, 260);
    draw_data_panels(&full, &two_panels(&points, &unsure, &confident), None).unwrap();
    let (kept, stateless) = (pixels(&c, None), pixels(&full, None));
    let off = kept
        .iter()
        .zip(&stateless)
        .filter(|(k, s)| k.iter().zip(s.iter()).any(|(a, b)| a.abs_diff(*b) > 2))
        .count();
    assert_eq!(off, 0, "pixels differing from drawing the points in place");
}
