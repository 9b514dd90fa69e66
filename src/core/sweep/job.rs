//! One run of a sweep, trained by the lab's own [`Experiment`]: the same data, initial weights,
//! minibatch order, masks, variant, scaling and divergence rule as the lab's run with that
//! seed, rates and variant, so a sweep point is that run, bit for bit (tests/sweep.rs). The
//! job keeps only what the summary reads: the validation loss of every epoch and the training
//! loss in evaluation mode over the last 5 % of them.

use crate::core::data::Split;
use crate::core::dropout::{DropoutMode, DropoutRates};
use crate::core::error::Result;
use crate::core::experiment::Experiment;
use crate::core::preset::{DataSpec, Preset};
use crate::core::variant::{self, Variant};

/// One training run of a sweep: everything that tells it apart from the lab's run on the same
/// preset and settings.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// Index of the ladder point (p or N) this run belongs to.
    pub point: usize,
    /// Which curve of the point: 0, or 1 for the dropout run of a data-size sweep.
    pub series: usize,
    /// Drop rates, input layer first.
    pub rates: Vec<f32>,
    /// Whether kept units are scaled in training (inverted) or at evaluation (classic).
    pub mode: DropoutMode,
    /// How the run regularises besides its rates (DropConnect, Gaussian, batch norm, …).
    pub variant: Variant,
    /// Seed of the data, the initial weights and the masks (the page's Seed field, a u32
    /// everywhere it travels).
    pub seed: u32,
    /// Training examples.
    pub n_train: usize,
}

impl Job {
    /// A job of plain inverted dropout with these rates (a plan gives it a variant after).
    pub fn plain(point: usize, series: usize, rates: Vec<f32>, seed: u32, n_train: usize) -> Self {
        Self {
            point,
            series,
            rates,
            mode: DropoutMode::Inverted,
            variant: Variant::default(),
            seed,
            n_train,
        }
    }

    /// The run's mode and variant in the link's text form (`""`, `"classic"`,
    /// `"gaussian~maxnorm_3"`, `"bn"`…): how a job travels to a worker.
    pub fn variant_text(&self) -> String {
        variant::describe(self.mode, &self.variant)
    }

    /// Trains this run to `preset`'s story length (the preset gives everything but the rates,
    /// the variant, the seed and the training-set size).
    pub fn train(&self, preset: &Preset) -> Result<Outcome> {
        self.train_epochs(preset, preset.epochs)
    }

    /// Trains this run for `epochs` epochs on the preset's generated data.
    pub fn train_epochs(&self, preset: &Preset, epochs: usize) -> Result<Outcome> {
        self.train_epochs_with(preset, epochs, DataSpec::generate)
    }

    /// Trains this run to the story length on the data `data` makes of the preset's recipe
    /// (at this job's seed and size): the lab's data with the class's own points, say.
    pub fn train_with(
        &self,
        preset: &Preset,
        data: impl FnOnce(&DataSpec) -> Result<Split>,
    ) -> Result<Outcome> {
        self.train_epochs_with(preset, preset.epochs, data)
    }

    /// The lab's experiment with this one run, stopped at `epochs`, stepped to the end; the
    /// outcome is read off the run after each epoch (its history thins past 1,000 epochs,
    /// the outcome must not).
    pub fn train_epochs_with(
        &self,
        preset: &Preset,
        epochs: usize,
        data: impl FnOnce(&DataSpec) -> Result<Split>,
    ) -> Result<Outcome> {
        let preset = preset
            .with_seed(u64::from(self.seed))
            .with_train_size(self.n_train);
        let mut lab = Experiment::new(preset.config.clone(), data(&preset.data)?)?;
        let rates = DropoutRates::new(self.rates.clone(), self.mode)?;
        lab.add_run_with(rates, self.variant)?;
        lab.set_stop_epoch(Some(epochs));
        // The summary reads the training loss off the last 5 % of the curve only.
        let tail_from = epochs - (epochs / 20).max(1).min(epochs);
        lab.set_train_eval_from(tail_from);
        let mut outcome = Outcome::default();
        while lab.step() {
            let run = &lab.runs()[0];
            if run.epoch() == outcome.val.len() {
                continue;
            }
            let point = run.history().last().expect("an epoch just ended");
            outcome.val.push(point.val_loss);
            if outcome.best_val.is_none_or(|b| point.val_loss < b) {
                outcome.best_val = Some(point.val_loss);
            }
            if point.epoch > tail_from {
                outcome.train_eval.push(point.train_loss_eval);
            }
        }
        outcome.diverged = lab.runs()[0].diverged().map(str::to_owned);
        Ok(outcome)
    }
}

/// What one run left behind: its validation loss after every epoch, its training loss in
/// evaluation mode over the last 5 % of epochs (what the summary reads), its best validation
/// loss.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub val: Vec<f32>,
    pub train_eval: Vec<f32>,
    pub best_val: Option<f32>,
    /// Why the run stopped early, if it did.
    pub diverged: Option<String>,
}

impl Outcome {
    /// Validation loss at the end: the mean of the last 5 % of epochs (at least one), what a
    /// reader takes off the end of a curve, steadier than the last epoch of a dropout run,
    /// which jitters by a few per cent.
    pub fn final_val(&self) -> f32 {
        let n = (self.val.len() / 20).max(1);
        mean(&self.val[self.val.len().saturating_sub(n)..])
    }
    /// Training loss in evaluation mode at the end, over the same last epochs.
    pub fn final_train(&self) -> f32 {
        mean(&self.train_eval)
    }
    /// Validation minus training loss at the end: how much the network overfits.
    pub fn gap(&self) -> f32 {
        self.final_val() - self.final_train()
    }
    /// The outcome in one flat vector, `[epochs, val…, train_eval…, best_val]`: what a worker
    /// posts back.
    pub fn to_flat(&self) -> Vec<f32> {
        let mut flat = Vec::with_capacity(self.val.len() + self.train_eval.len() + 2);
        flat.push(self.val.len() as f32);
        flat.extend(&self.val);
        flat.extend(&self.train_eval);
        flat.push(self.best_val.unwrap_or(f32::NAN));
        flat
    }
    /// The inverse of [`Self::to_flat`] (an empty or short vector gives an empty outcome).
    pub fn from_flat(flat: &[f32]) -> Self {
        let Some((&n, rest)) = flat.split_first() else {
            return Self::default();
        };
        let n = (n.max(0.0) as usize).min(rest.len());
        let Some((&best, curves)) = rest[n..].split_last() else {
            return Self::default();
        };
        Self {
            val: rest[..n].to_vec(),
            train_eval: curves.to_vec(),
            best_val: best.is_finite().then_some(best),
            diverged: None,
        }
    }
}

/// Mean of `values`, NaN when there are none.
fn mean(values: &[f32]) -> f32 {
    if values.is_empty() {
        return f32::NAN;
    }
    values.iter().sum::<f32>() / values.len() as f32
}
