//! The epoch events a subscribed host receives: one per epoch the runs' histories recorded,
//! each with every run's losses exactly as the lab's snapshot and chart have them (the same
//! history points, written by the crate's one JSON writer).

use crate::core::history::History;
use crate::core::settings::json::{list, number};

/// The epochs recorded after epoch `after`, oldest first, as JSON objects
/// `{epoch, runs: [{trainLoss, trainLossEval, valLoss, accuracy}]}`, one per run in order.
/// The runs race in lockstep, so they record the same epochs; an epoch a run lacks (a run
/// that diverged and stopped) gives that run `null`s. A long history is thinned
/// (`history.rs`): a host then receives the epochs it kept, never more than one event per
/// recorded epoch.
pub fn epochs_after(histories: &[&History], after: usize) -> Vec<String> {
    let Some(lead) = histories
        .iter()
        .max_by_key(|h| h.last().map_or(0, |p| p.epoch))
    else {
        return Vec::new();
    };
    let epochs = lead.iter().map(|p| p.epoch).filter(|&e| e > after);
    epochs
        .map(|epoch| {
            let runs = histories.iter().map(|h| {
                let point = h.iter().find(|p| p.epoch == epoch);
                format!(
                    "{{\"trainLoss\":{},\"trainLossEval\":{},\"valLoss\":{},\"accuracy\":{}}}",
                    number(point.map(|p| p.train_loss)),
                    number(point.map(|p| p.train_loss_eval)),
                    number(point.map(|p| p.val_loss)),
                    number(point.and_then(|p| p.val_accuracy)),
                )
            });
            format!("{{\"epoch\":{epoch},\"runs\":{}}}", list(runs))
        })
        .collect()
}
