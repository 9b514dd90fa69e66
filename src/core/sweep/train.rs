//! One sweep run trained the lean way: the same data, initial weights, minibatch order, masks
//! and optimiser as the lab's run with that seed and rates, but nothing a screen needs. Per epoch it keeps
//! only the validation loss (for the best value and the end of the curve); the training set is
//! evaluated only over the last epochs, which are all the summary reads of it.

use ndarray::{Array2, ArrayView2, s};
use rand::SeedableRng;

use super::{Job, Outcome};
use crate::core::LabRng;
use crate::core::data::Split;
use crate::core::error::Result;
use crate::core::experiment::{Experiment, minibatch_order};
use crate::core::preset::{DataSpec, Preset};

/// The seed of the lab's mask stream for an experiment seed (`experiment/run.rs`: SplitMix64's
/// finaliser of the seed and stream 2), so a sweep run draws the very masks the lab's run with
/// this seed and rates draws, and the two train identically (tests/sweep.rs checks it).
fn mask_seed(seed: u64) -> u64 {
    const MASK_STREAM: u64 = 2;
    let mut z = seed ^ MASK_STREAM.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Trains `job` on `preset` for `epochs` epochs, on the data `data` makes of the preset's
/// recipe at the job's seed and training-set size (the lab's own data: generated, with the
/// class's drawn points added).
pub fn train(
    preset: &Preset,
    job: &Job,
    epochs: usize,
    data: impl FnOnce(&DataSpec) -> Result<Split>,
) -> Result<Outcome> {
    let preset = preset.with_seed(job.seed).with_train_size(job.n_train);
    // The experiment checks the configuration and the data and draws the initial weights
    // exactly as the lab does; the run itself is trained here.
    let experiment = Experiment::new(preset.config.clone(), data(&preset.data)?)?;
    let (config, split) = (experiment.config(), experiment.split());
    let rates = config.rates(&job.rates)?;
    let mut net = experiment.initial_net().clone();
    net.check_rates(&rates)?;
    let mut masks = LabRng::seed_from_u64(mask_seed(config.seed));
    let (train, val) = (&split.train, &split.val);
    let n = train.len();
    let batch = config.batch_size.min(n);
    let mut x = Array2::zeros((batch, train.inputs()));
    let mut y = Array2::zeros((batch, train.outputs()));
    // The summary reads the training loss off the last 5 % of the curve.
    let tail_from = epochs - (epochs / 20).max(1).min(epochs);
    let mut outcome = Outcome::default();
    'epochs: for epoch in 0..epochs {
        let order = minibatch_order(config.seed, epoch, n);
        for rows in order.chunks(batch) {
            gather(train.x.view(), rows, &mut x);
            gather(train.y.view(), rows, &mut y);
            let k = rows.len();
            let loss = net.train_step(
                x.slice(s![..k, ..]),
                y.slice(s![..k, ..]),
                &rates,
                &config.optimizer,
                &mut masks,
            );
            if !loss.is_finite() {
                outcome.diverged = Some(format!("loss became {loss} at epoch {}", epoch + 1));
                break 'epochs;
            }
        }
        let v = net.loss(val.x.view(), val.y.view(), &rates);
        outcome.val.push(v);
        if v.is_finite() && outcome.best_val.is_none_or(|b| v < b) {
            outcome.best_val = Some(v);
        }
        if epoch >= tail_from {
            outcome
                .train_eval
                .push(net.loss(train.x.view(), train.y.view(), &rates));
        }
    }
    Ok(outcome)
}

/// Copies rows `rows` of `src` into the first rows of `dst`.
fn gather(src: ArrayView2<f32>, rows: &[usize], dst: &mut Array2<f32>) {
    for (mut to, &i) in dst.rows_mut().into_iter().zip(rows) {
        to.assign(&src.row(i));
    }
}
