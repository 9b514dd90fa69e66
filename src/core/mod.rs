//! The pure engine: everything the page shows is computed here, natively testable.

pub mod activation;
pub mod data;
pub mod dropout;
pub mod error;
pub mod experiment;
pub mod head;
pub mod history;
pub mod network;
pub mod optimizer;
pub mod preset;

pub use activation::Activation;
pub use dropout::{DropoutMode, DropoutRates};
pub use experiment::{Experiment, ExperimentConfig};
pub use head::OutputHead;
pub use network::{Mlp, NetConfig};
pub use optimizer::{Optimizer, OptimizerKind};
