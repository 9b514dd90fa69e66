//! When a run's validation loss has "turned upward": the moment overfitting shows on the chart.
//!
//! One noisy epoch is not a turn (a dropout run's validation loss jitters by a few percent from
//! epoch to epoch), so the rule asks for two things at once:
//! - the lowest validation loss ever recorded lies at least [`UPTURN_EPOCHS`] epochs behind the
//!   latest epoch, and
//! - the mean of the last [`UPTURN_WINDOW`] recorded validation losses stands at least
//!   [`UPTURN_MARGIN`] above that lowest value.
//!
//! ```
//! use dropout_lab::core::history::{History, HistoryPoint};
//! use dropout_lab::core::narration::turned_upward;
//! let mut history = History::default();
//! for epoch in 1..=40 {
//!     // Falls to 0.3 at epoch 10, then climbs.
//!     let val_loss = 0.3 + 0.02 * (epoch as f32 - 10.0).abs();
//!     history.push(HistoryPoint { epoch, train_loss: 0.1, train_loss_eval: 0.1, val_loss,
//!                                 train_accuracy: None, val_accuracy: None });
//! }
//! assert_eq!(turned_upward(&history), Some(10));
//! ```

use crate::core::history::History;

/// Epochs the lowest validation loss must lie behind the latest epoch.
pub const UPTURN_EPOCHS: usize = 10;
/// Recorded points averaged for "where the curve is now".
pub const UPTURN_WINDOW: usize = 5;
/// How far (a fraction: 0.05 = 5 %) that average must stand above the lowest loss.
pub const UPTURN_MARGIN: f32 = 0.05;

/// The epoch of the lowest validation loss, if the run's validation loss has turned upward
/// since (see the module doc); `None` while it is still falling, flat, or too young to tell.
pub fn turned_upward(history: &History) -> Option<usize> {
    let (best_epoch, best) = history.best_val()?;
    let last = history.last()?;
    if last.epoch < best_epoch + UPTURN_EPOCHS || !best.is_finite() {
        return None;
    }
    let recent: Vec<f32> = history
        .iter()
        .skip(history.len().saturating_sub(UPTURN_WINDOW))
        .map(|p| p.val_loss)
        .collect();
    let mean = recent.iter().sum::<f32>() / recent.len() as f32;
    (mean >= best * (1.0 + UPTURN_MARGIN)).then_some(best_epoch)
}
