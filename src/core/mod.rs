//! The pure engine: everything the page shows is computed here, natively testable.

pub mod activation;
pub mod batchnorm;
pub mod code;
pub mod data;
pub mod data_cursor;
pub mod diagram;
pub mod dropout;
pub mod embed;
pub mod error;
pub mod experiment;
pub mod export;
pub mod head;
pub mod history;
pub mod inside;
pub mod l10n;
pub mod labels;
pub mod limits;
pub mod motion;
pub mod narration;
pub mod network;
pub mod optimizer;
pub mod pace;
pub mod preset;
pub mod readout;
pub mod redraw;
pub mod runs_list;
pub mod settings;
pub mod setup;
pub mod sweep;
pub mod variant;

/// The one random generator of the project: initial weights, minibatch order, datasets and
/// dropout masks all draw from it.
///
/// Xoshiro256++ rather than rand's `StdRng`, for two reasons. Its output is a fixed algorithm,
/// while `StdRng` may change between rand releases; and a link must reproduce a run bit for bit
/// next year too. It is also cheap everywhere: `StdRng` (ChaCha12) took a fifth of a small
/// network's training step in WASM, where ChaCha has no wide vectors. Masks need independence
/// between units, not cryptographic strength.
pub type LabRng = rand::rngs::Xoshiro256PlusPlus;

pub use activation::Activation;
pub use dropout::{DropoutMode, DropoutRates};
pub use experiment::{Experiment, ExperimentConfig};
pub use head::OutputHead;
pub use network::{Mlp, NetConfig};
pub use optimizer::{Optimizer, OptimizerKind};
pub use variant::{Mistake, Noise, Variant};
