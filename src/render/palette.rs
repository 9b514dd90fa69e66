//! Colours shared by every view.
//!
//! All hues come from the Okabe–Ito palette, chosen because the common forms of colour
//! blindness can still tell them apart, which matters on a projector in a full classroom.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::core::Experiment;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// CSS form for the canvas API, e.g. `rgb(0,114,178)`.
    pub fn css(self) -> String {
        format!("rgb({},{},{})", self.0, self.1, self.2)
    }

    /// CSS form with transparency, for shading that must not hide what lies beneath.
    pub fn css_alpha(self, alpha: f64) -> String {
        format!("rgba({},{},{},{alpha})", self.0, self.1, self.2)
    }

    /// Linear blend towards `other`: `t = 0` gives `self`, `t = 1` gives `other`.
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let t = if t.is_finite() {
            t.clamp(0.0, 1.0)
        } else {
            0.0
        };
        let lerp = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8;
        Rgb(
            lerp(self.0, other.0),
            lerp(self.1, other.1),
            lerp(self.2, other.2),
        )
    }

    /// The same colour as plotters wants it.
    pub fn plotters(self) -> plotters::style::RGBColor {
        plotters::style::RGBColor(self.0, self.1, self.2)
    }
}

pub const BLUE: Rgb = Rgb(0x00, 0x72, 0xB2);
pub const ORANGE: Rgb = Rgb(0xE6, 0x9F, 0x00);
pub const GREEN: Rgb = Rgb(0x00, 0x9E, 0x73);
pub const PURPLE: Rgb = Rgb(0xCC, 0x79, 0xA7);
pub const VERMILLION: Rgb = Rgb(0xD5, 0x5E, 0x00);
pub const SKY_BLUE: Rgb = Rgb(0x56, 0xB4, 0xE9);
pub const YELLOW: Rgb = Rgb(0xF0, 0xE4, 0x42);
pub const BLACK: Rgb = Rgb(0, 0, 0);
pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Body text and outlines: softer than pure black, still high contrast.
pub const INK: Rgb = Rgb(0x22, 0x22, 0x22);
/// Secondary text (axis keys, notes).
pub const MUTED: Rgb = Rgb(0x66, 0x66, 0x66);
/// Fill of a unit that dropout switched off; a neutral grey so it reads as "absent".
pub const DROPPED: Rgb = Rgb(0xC8, 0xC8, 0xC8);
/// Thin reference lines (true function, grid).
pub const GUIDE: Rgb = Rgb(0x99, 0x99, 0x99);

/// One colour per raced run, in the order the runs are listed.
pub const RUN_COLOURS: [Rgb; Experiment::MAX_RUNS] = [BLUE, ORANGE, GREEN, PURPLE];

/// The same four hues darkened until each stands at least 4.5:1 against white (WCAG's contrast
/// for text, here for thin curves): the page's high-contrast theme (#20).
pub const RUN_COLOURS_HIGH_CONTRAST: [Rgb; Experiment::MAX_RUNS] = [
    Rgb(0x00, 0x5A, 0x8C),
    Rgb(0x8F, 0x4F, 0x00),
    Rgb(0x00, 0x6B, 0x4E),
    Rgb(0x9A, 0x2F, 0x6E),
];

/// Whether the charts draw in the high-contrast palette (one page, one theme: a process-wide
/// switch like the drawing scale in `surface.rs`).
static HIGH_CONTRAST: AtomicBool = AtomicBool::new(false);

/// Switches the charts' palette to the high-contrast one or back; the next full redraw shows it.
pub fn set_high_contrast(on: bool) {
    HIGH_CONTRAST.store(on, Ordering::Relaxed);
}

/// Colour of raced run `index` (wraps around past the last run), in the palette in use.
pub fn run_colour(index: usize) -> Rgb {
    let colours = if HIGH_CONTRAST.load(Ordering::Relaxed) {
        &RUN_COLOURS_HIGH_CONTRAST
    } else {
        &RUN_COLOURS
    };
    colours[index % colours.len()]
}

/// Edge colour for a weight: blue when positive, vermillion when negative. Vermillion rather
/// than Okabe–Ito orange because thin orange lines wash out on white.
pub fn sign_colour(weight: f32) -> Rgb {
    if weight < 0.0 { VERMILLION } else { BLUE }
}

/// Class colours for data points and decision regions. Class 0 and 1 are orange and blue as in
/// the binary datasets; ten entries cover the digits.
pub const CLASS_COLOURS: [Rgb; 10] = [
    ORANGE,
    BLUE,
    GREEN,
    PURPLE,
    VERMILLION,
    SKY_BLUE,
    Rgb(0x8C, 0x6D, 0x31),
    Rgb(0x44, 0x44, 0x44),
    Rgb(0x99, 0x99, 0x33),
    Rgb(0x88, 0x22, 0x55),
];

/// Colour of class `k` (wraps around after ten classes).
pub fn class_colour(k: usize) -> Rgb {
    CLASS_COLOURS[k % CLASS_COLOURS.len()]
}
