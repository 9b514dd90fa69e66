//! From the lab to the course (#21): the current experiment written as PyTorch or Keras code,
//! and a Jupyter notebook that replays the race in PyTorch from the lab's own data, weights and
//! minibatches.
//!
//! Everything here is text built from the experiment's settings: the network (inputs, hidden
//! sizes, activation, head), each run's rates and variant, the optimiser and its conventions,
//! the learning rate, the minibatch, L2. [`plan`] turns a run into framework layers once; the
//! writers only spell them.
//!
//! ```
//! use dropout_lab::core::code::{Language, Spec, write};
//! let lab = dropout_lab::core::preset::by_name("moons").unwrap().experiment().unwrap();
//! let code = write(&Spec::of(&lab), Language::PyTorch);
//! assert!(code.contains("nn.Dropout(0.5)") && code.contains("model.eval()"));
//! ```

use crate::core::dropout::DropoutRates;
use crate::core::experiment::Experiment;
use crate::core::labels::Notation;
use crate::core::network::NetConfig;
use crate::core::optimizer::Optimizer;
use crate::core::variant::Variant;

pub mod keras;
pub mod notebook;
pub mod plan;
pub mod pytorch;
pub mod text;

/// The frameworks the Code panel writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    PyTorch,
    Keras,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::PyTorch, Language::Keras];

    /// The name the link (`code=`) and the binding use.
    pub fn key(self) -> &'static str {
        match self {
            Self::PyTorch => "pytorch",
            Self::Keras => "keras",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// One run as the code writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct RunSpec {
    /// The run's name on the page, e.g. "p = 0.50 · DropConnect".
    pub label: String,
    pub rates: DropoutRates,
    pub variant: Variant,
}

/// What the code needs to know of an experiment.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    pub net: NetConfig,
    pub optimizer: Optimizer,
    pub batch_size: usize,
    pub seed: u64,
    pub runs: Vec<RunSpec>,
}

impl Spec {
    /// The experiment as it is now: its current rates, variants, learning rate and batch size.
    pub fn of(experiment: &Experiment) -> Self {
        let config = experiment.config();
        Self {
            net: experiment.initial_net().config().clone(),
            optimizer: config.optimizer,
            batch_size: config.batch_size,
            seed: config.seed,
            runs: experiment
                .runs()
                .iter()
                .map(|r| RunSpec {
                    label: english(|| r.label(Notation::Drop)),
                    rates: r.rates().clone(),
                    variant: *r.variant(),
                })
                .collect(),
        }
    }

    /// The L2 λ run `i` trains with: its own, or the experiment's.
    pub fn weight_decay(&self, i: usize) -> f32 {
        let own = self.runs[i].variant.weight_decay;
        own.unwrap_or(self.optimizer.weight_decay)
    }
}

/// The experiment as a script in `language`.
pub fn write(spec: &Spec, language: Language) -> String {
    match language {
        Language::PyTorch => pytorch::script(spec),
        Language::Keras => keras::script(spec),
    }
}

/// A number as Python reads it back to the same float32: Rust's shortest round-trip form,
/// with an exponent for the tiny ones (Adam's ε).
pub(crate) fn py_number(v: f32) -> String {
    if v != 0.0 && v.abs() < 1e-4 {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// A Python string literal (JSON's escaping is valid Python).
pub(crate) fn py_string(text: &str) -> String {
    crate::core::settings::json::string(text)
}

/// `write` with the thread speaking English: the code and its comments are English in every
/// language the page speaks (code is read beside PyTorch's and Keras's own English), so a run's
/// name in it is "p = 0.50" even where the page writes "p = 0,50".
fn english<T>(write: impl FnOnce() -> T) -> T {
    let spoken = crate::core::l10n::language().tag;
    crate::core::l10n::set_language("en");
    let written = write();
    crate::core::l10n::set_language(spoken);
    written
}
