//! Runs told apart without colour (#20): every run that can race has its own marker, dash and
//! colour, in either palette, and the runs list's SVG markers are closed paths.

use super::*;
use dropout_lab::core::Experiment;
use dropout_lab::render::palette::set_high_contrast;
use dropout_lab::render::run_style::{Marker, marker_svg_path, run_style};

#[wasm_bindgen_test]
fn every_run_that_can_race_has_its_own_marker_dash_and_colour() {
    for contrast in [false, true] {
        set_high_contrast(contrast);
        let styles: Vec<_> = (0..Experiment::MAX_RUNS).map(run_style).collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a.marker, b.marker);
                assert_ne!(a.dash, b.dash);
                assert_ne!(a.colour, b.colour);
            }
        }
    }
    set_high_contrast(false);
}

/// WCAG 1.4.11 asks 3:1 of a graphic against its background; the high-contrast palette gives
/// each run at least 4.5:1 against the charts' white.
#[wasm_bindgen_test]
fn the_high_contrast_run_colours_stand_out_from_white() {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    set_high_contrast(true);
    for i in 0..Experiment::MAX_RUNS {
        let Rgb(r, g, b) = run_style(i).colour;
        let lum = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        let ratio = 1.05 / (lum + 0.05);
        assert!(ratio >= 4.5, "run {i}: {ratio:.2}:1");
    }
    set_high_contrast(false);
}

#[wasm_bindgen_test]
fn the_svg_markers_are_closed_paths() {
    for marker in [
        Marker::Circle,
        Marker::Square,
        Marker::Triangle,
        Marker::Diamond,
    ] {
        let path = marker_svg_path(marker);
        assert!(path.starts_with('M') && path.ends_with('Z'), "{path}");
    }
}
