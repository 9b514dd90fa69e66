//! What canvas labels are drawn in, and how a label too wide for its box is abbreviated
//! ([`super::surface::text_fitted`] does the fitting).
//!
//! Each engine maps `sans-serif` to a font of its own (DejaVu Sans, Liberation Sans,
//! Helvetica…), some much wider than others. The family is therefore a setting, so that a test
//! can draw every view in a narrow and a wide font and read back, through [`watch_labels`],
//! that every label kept to its box.

use std::cell::RefCell;

use super::surface::Font;

thread_local! {
    static FONT_FAMILY: RefCell<String> = RefCell::new("sans-serif".to_string());
    /// While `Some`, every fitted label's outcome is kept here.
    static WATCHED: RefCell<Option<Vec<LabelFit>>> = const { RefCell::new(None) };
}

/// Sets the font family canvas labels ask for (a CSS `font-family` value).
pub fn set_font_family(family: &str) {
    FONT_FAMILY.with(|f| *f.borrow_mut() = family.to_string());
}

/// The CSS `font` shorthand for `font` at `px` in the current family: what the text helpers
/// set, and what a view that measures a label before drawing it must set too.
pub fn font_css(font: Font, px: f64) -> String {
    let weight = if font.bold { "bold " } else { "" };
    format!("{weight}{px}px {}", family_css())
}

/// The font families labels ask for: the language's own script fonts (#19: Chinese, Japanese,
/// Arabic), then the family set here.
pub fn family_css() -> String {
    let fonts = crate::core::l10n::canvas_fonts();
    FONT_FAMILY.with(|f| format!("{fonts}{}", f.borrow()))
}

/// What a fitted label became: the label asked for, the text drawn (abbreviated with "…" when
/// even the smallest font was too wide), its measured width in the font used, and its box.
#[derive(Clone, Debug)]
pub struct LabelFit {
    pub label: String,
    pub drawn: String,
    pub width: f64,
    pub max_width: f64,
}

/// Starts keeping every fitted label's outcome, until [`watched_labels`].
pub fn watch_labels() {
    WATCHED.with(|w| *w.borrow_mut() = Some(Vec::new()));
}

/// The labels fitted since [`watch_labels`]; stops keeping them.
pub fn watched_labels() -> Vec<LabelFit> {
    WATCHED.with(|w| w.borrow_mut().take().unwrap_or_default())
}

/// Whether a test is watching the labels drawn (then even unfitted text is measured).
pub(super) fn watching() -> bool {
    WATCHED.with(|w| w.borrow().is_some())
}

pub(super) fn record(label: &str, drawn: String, width: f64, max_width: f64) {
    WATCHED.with(|w| {
        if let Some(fits) = w.borrow_mut().as_mut() {
            fits.push(LabelFit {
                label: label.to_string(),
                drawn,
                width,
                max_width,
            });
        }
    });
}

/// The longest start of `s` that fits `max_width` with a "…" after it, and its width (a
/// binary search over character counts: a label has a few dozen at most).
pub(super) fn abbreviated(s: &str, max_width: f64, measure: impl Fn(&str) -> f64) -> (String, f64) {
    let chars: Vec<char> = s.chars().collect();
    let cut = |n: usize| format!("{}…", chars[..n].iter().collect::<String>().trim_end());
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if measure(&cut(mid)) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let drawn = cut(lo);
    let width = measure(&drawn);
    (drawn, width)
}
