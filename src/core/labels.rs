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

use crate::core::l10n::{decimal, fixed};

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
    pub fn name(self) -> String {
        match self {
            Self::Drop => crate::t!("label-name-drop"),
            Self::Retain => crate::t!("label-name-retain"),
        }
    }
}

/// One drop rate as the page writes it: "p = 0.20", or "retain p = 0.80" (the slider's
/// read-out, the diagram's layer headings).
pub fn rate_label(p: f32, notation: Notation) -> String {
    let p = decimal(notation.shown(p).into(), 2);
    crate::t!("label-rate", name = notation.name(), p = p)
}

/// How a run with these rates is named on the page: "p = 0.50", with ", input 0.20" when
/// the input layer is dropped too, and every hidden rate ("p = 0.30/0.65") when the hidden
/// layers differ: one number would hide the others. In the retain notation the numbers are
/// keep probabilities: "retain p = 0.80, input 0.90".
pub fn run_label(rates: &[f32], notation: Notation) -> String {
    let hidden = rates.get(1..).unwrap_or_default();
    let p = match hidden {
        [] => fixed(notation.shown(0.0), 2),
        [first, rest @ ..] if rest.iter().all(|h| h == first) => fixed(notation.shown(*first), 2),
        _ => hidden
            .iter()
            .map(|h| fixed(notation.shown(*h), 2))
            .collect::<Vec<_>>()
            .join("/"),
    };
    let name = notation.name();
    match rates.first() {
        Some(&input) if input > 0.0 => {
            let input = decimal(notation.shown(input).into(), 2);
            crate::t!("label-run-input", name = name, p = p, input = input)
        }
        _ => crate::t!("label-rate", name = name, p = p),
    }
}
