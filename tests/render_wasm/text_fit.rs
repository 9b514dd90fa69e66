//! Canvas labels fit their box in every engine: measured where drawn, shrunk or squeezed.

use super::*;
use dropout_lab::render::palette::INK;
use dropout_lab::render::surface::{Anchor, Font, set_draw_scale, text, text_fitted};

const LONG: &str = "TRAINING — one example's dropout mask; kept units scaled by 1/(1−p)";

/// Rightmost CSS column of `canvas` that holds a dark (text-coloured) pixel.
fn rightmost_ink(canvas: &HtmlCanvasElement) -> f64 {
    let width = canvas.get_bounding_client_rect().width();
    let mut right = 0.0;
    for x in 0..width as usize {
        let column = pixels(canvas, Some([x as f64, 0.0, 1.0, 40.0]));
        if column.iter().any(|p| p[3] > 0 && p[0] < 160) {
            right = x as f64;
        }
    }
    right
}

fn draw(fitted: bool) -> f64 {
    // The drawing scale is global; other tests change it. Here one drawing unit is one CSS pixel.
    set_draw_scale(1.0);
    let c = canvas(320, 40);
    let surface = surface::Surface::prepare(&c).unwrap();
    let font = Font::new(15.0, INK).bold();
    if fitted {
        text_fitted(
            &surface.ctx,
            LONG,
            (12.0, 10.0),
            font,
            Anchor::TopLeft,
            200.0,
        );
    } else {
        text(&surface.ctx, LONG, (12.0, 10.0), font, Anchor::TopLeft);
    }
    let right = rightmost_ink(&c);
    c.remove();
    right
}

#[wasm_bindgen_test]
fn a_fitted_label_never_passes_its_box_and_an_unfitted_one_would() {
    let unfitted = draw(false);
    assert!(
        unfitted > 230.0,
        "the long label overflows a 200-unit box unfitted: {unfitted}"
    );
    let fitted = draw(true);
    assert!(
        fitted <= 12.0 + 200.0 + 1.0,
        "fitted label inked up to x = {fitted}"
    );
}
