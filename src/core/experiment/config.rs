//! What every run of an experiment shares: architecture, optimiser, batch size, seed. How each
//! run regularises (its drop rates, dropout mode and variant) belongs to the run.

use crate::core::activation::Activation;
use crate::core::data::Task;
use crate::core::dropout::{DropoutMode, DropoutRates};
use crate::core::error::{Result, check_range};
use crate::core::head::OutputHead;
use crate::core::network::NetConfig;
use crate::core::optimizer::Optimizer;
use crate::detail;

/// Shared settings of an experiment. The network's inputs, outputs and output head are not
/// here: they follow from the data's [`Task`] (see [`ExperimentConfig::net_config`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ExperimentConfig {
    /// Units per hidden layer (1 to 6 layers of 1 to 256 units).
    pub hidden: Vec<usize>,
    /// Nonlinearity of every hidden layer.
    pub activation: Activation,
    /// Update rule, learning rate and weight decay, the same for every run.
    pub optimizer: Optimizer,
    /// Examples per minibatch, `1..=512`; the last batch of an epoch may be shorter.
    pub batch_size: usize,
    /// Decides the initial weights, the minibatch order and the dropout masks.
    pub seed: u64,
}

impl ExperimentConfig {
    /// Largest minibatch the lab allows.
    pub const MAX_BATCH: usize = 512;

    /// Rejects settings the lab cannot train: bad batch size or architecture.
    pub fn validate(&self) -> Result<()> {
        check_range(
            detail!("quantity-batch-size"),
            self.batch_size as f64,
            1.0,
            Self::MAX_BATCH as f64,
        )?;
        // The architecture check does not depend on the data, so use a stand-in task.
        self.net_config(2, Task::Binary).validate()
    }

    /// The network for data with `inputs` features and the given task: one sigmoid output with
    /// cross-entropy for two classes, a softmax over `classes` outputs for more, one linear
    /// output with squared error for regression.
    pub fn net_config(&self, inputs: usize, task: Task) -> NetConfig {
        let (outputs, head) = match task {
            Task::Binary => (1, OutputHead::SigmoidBce),
            Task::MultiClass { classes } => (classes, OutputHead::SoftmaxCe),
            Task::Regression => (1, OutputHead::LinearMse),
        };
        NetConfig {
            inputs,
            hidden: self.hidden.clone(),
            outputs,
            activation: self.activation,
            head,
        }
    }

    /// Validated drop rates of inverted dropout: `rates[0]` for the input layer, then one per
    /// hidden layer. (A run's mode is the run's own; see [`crate::core::Experiment::set_mode`].)
    pub fn rates(&self, rates: &[f32]) -> Result<DropoutRates> {
        DropoutRates::new(rates.to_vec(), DropoutMode::Inverted)
    }

    /// `[input_p, hidden_p, hidden_p, …]` for this architecture, e.g. `uniform_rates(0.0, 0.5)`.
    pub fn uniform_rates(&self, input_p: f32, hidden_p: f32) -> Vec<f32> {
        crate::core::dropout::uniform_rates(input_p, hidden_p, self.hidden.len())
    }
}
