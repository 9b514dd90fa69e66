//! How the page writes a rate and names a run, in either notation: the one place these words
//! are composed, so the slider, the runs list, the chart's legend and the diagram agree.
//!
//! The notation is a parameter of every function here, never a setting stored in the core:
//! the page chooses it (like its language) and passes it with each question.
//!
//! ```
//! use dropout_lab::core::labels::{Notation, rate_label, run_label};
//! assert_eq!(rate_label(0.2, Notation::Drop), "p = 0.20");
//! assert_eq!(rate_label(0.2, Notation::Retain), "retain p = 0.80");
//! assert_eq!(run_label(&[0.2, 0.5], Notation::Drop), "p = 0.50, input 0.20");
//! ```

/// How the page writes `p`: the probability of dropping a unit (PyTorch, Keras: the lab's
/// own convention, and what every rate is stored as) or of retaining it (Srivastava et al.
/// 2014). Only labels follow it; the math and the stored rates are drop rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    #[default]
    Drop,
    Retain,
}

impl Notation {
    /// The page's switch: `true` for the retain notation.
    pub fn retain(retain: bool) -> Self {
        if retain { Self::Retain } else { Self::Drop }
    }

    /// The number this notation writes for drop rate `p`: `p`, or the keep probability.
    pub fn shown(self, p: f32) -> f32 {
        match self {
            Self::Drop => p,
            Self::Retain => 1.0 - p,
        }
    }

    /// The name of the number: "p" or "retain p".
    pub fn name(self) -> &'static str {
        match self {
            Self::Drop => "p",
            Self::Retain => "retain p",
        }
    }
}

/// One drop rate as the page writes it: "p = 0.20", or "retain p = 0.80" (the slider's
/// read-out, the diagram's layer headings).
pub fn rate_label(p: f32, notation: Notation) -> String {
    format!("{} = {:.2}", notation.name(), notation.shown(p))
}

/// How a run with these rates is named on the page: "p = 0.50", with ", input 0.20" when
/// the input layer is dropped too, and every hidden rate ("p = 0.30/0.65") when the hidden
/// layers differ: one number would hide the others. In the retain notation the numbers are
/// keep probabilities: "retain p = 0.80, input 0.90".
pub fn run_label(rates: &[f32], notation: Notation) -> String {
    let hidden = rates.get(1..).unwrap_or_default();
    let p = match hidden {
        [] => format!("{:.2}", notation.shown(0.0)),
        [first, rest @ ..] if rest.iter().all(|h| h == first) => {
            format!("{:.2}", notation.shown(*first))
        }
        _ => hidden
            .iter()
            .map(|h| format!("{:.2}", notation.shown(*h)))
            .collect::<Vec<_>>()
            .join("/"),
    };
    let name = notation.name();
    match rates.first() {
        Some(&input) if input > 0.0 => format!("{name} = {p}, input {:.2}", notation.shown(input)),
        _ => format!("{name} = {p}"),
    }
}
