//! Per-run loss history with bounded memory, so an hour of training costs the same as a minute.
//!
//! Every epoch appends one [`HistoryPoint`]. Up to `capacity` points are kept at full
//! resolution; when one more arrives, every other stored point is dropped and the stride between
//! stored epochs doubles (1, 2, 4, …). The first point always survives thinning (it sits at
//! position 0 of every stride), and the latest point is always kept, even when it falls between
//! strides, so the curve always reaches "now". The lowest validation loss is tracked exactly,
//! whatever thinning dropped.
//!
//! ```
//! use dropout_lab::core::history::{History, HistoryPoint};
//!
//! let mut history = History::with_capacity(8);
//! for epoch in 1..=100 {
//!     let loss = 1.0 / epoch as f32;
//!     history.push(HistoryPoint { epoch, train_loss: loss, train_loss_eval: loss,
//!                                 val_loss: loss, train_accuracy: None, val_accuracy: None });
//! }
//! assert!(history.len() <= 9); // 8 stored + the latest
//! assert_eq!(history.first().unwrap().epoch, 1);
//! assert_eq!(history.last().unwrap().epoch, 100);
//! ```

use crate::core::error::Result;
use crate::core::experiment::codec::{Reader, Writer};

/// What one run looked like at the end of one epoch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HistoryPoint {
    /// Epochs completed (1 after the first full pass over the training set).
    pub epoch: usize,
    /// Mean training loss of the epoch's minibatches with dropout on, as the optimiser saw it
    /// (weighted by examples, so the short last batch counts for what it holds).
    pub train_loss: f32,
    /// Loss on the whole training set in evaluation mode (no dropout) after the epoch.
    pub train_loss_eval: f32,
    /// Loss on the whole validation set in evaluation mode after the epoch.
    pub val_loss: f32,
    /// Training-set accuracy in evaluation mode; `None` for regression.
    pub train_accuracy: Option<f32>,
    /// Validation-set accuracy in evaluation mode; `None` for regression.
    pub val_accuracy: Option<f32>,
}

/// A bounded, progressively thinned record of [`HistoryPoint`]s.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Points whose push index is a multiple of `stride`, oldest first.
    kept: Vec<HistoryPoint>,
    /// The newest point when its push index is not a multiple of `stride`.
    latest: Option<HistoryPoint>,
    /// Pushes between stored points.
    stride: usize,
    /// Points pushed so far.
    pushed: usize,
    capacity: usize,
    /// `(epoch, val_loss)` of the lowest validation loss ever pushed.
    best_val: Option<(usize, f32)>,
    /// The highest validation accuracy ever pushed (classification only).
    best_accuracy: Option<f32>,
}

/// Validation loss at least this many times its best counts as climbing...
pub const OVERCONFIDENT_LOSS_RATIO: f32 = 1.4;
/// ...while accuracy within this much (a fraction, 0.03 = 3 points) of its best still holds.
pub const OVERCONFIDENT_ACCURACY_SLACK: f32 = 0.03;

impl Default for History {
    fn default() -> Self {
        Self::with_capacity(Self::DEFAULT_CAPACITY)
    }
}

impl History {
    /// Points kept at full resolution before thinning starts.
    pub const DEFAULT_CAPACITY: usize = 1000;

    /// An empty history storing at most `capacity` (at least 2) thinned points plus the latest.
    pub fn with_capacity(capacity: usize) -> Self {
        let capacity = capacity.max(2);
        Self {
            kept: Vec::with_capacity(capacity + 1),
            latest: None,
            stride: 1,
            pushed: 0,
            capacity,
            best_val: None,
            best_accuracy: None,
        }
    }

    /// Records the point of the epoch that just ended.
    pub fn push(&mut self, point: HistoryPoint) {
        let best = self.best_val.is_none_or(|(_, v)| point.val_loss < v);
        if best && point.val_loss.is_finite() {
            self.best_val = Some((point.epoch, point.val_loss));
        }
        if let Some(acc) = point.val_accuracy.filter(|a| a.is_finite()) {
            self.best_accuracy = Some(self.best_accuracy.map_or(acc, |b| b.max(acc)));
        }
        if self.pushed.is_multiple_of(self.stride) {
            self.kept.push(point);
            self.latest = None;
            if self.kept.len() > self.capacity {
                self.halve();
            }
        } else {
            self.latest = Some(point);
        }
        self.pushed += 1;
    }

    /// Keeps every other stored point (push indices that are multiples of the doubled stride).
    /// Called right after a push, so the newest point is the last stored one; if thinning drops
    /// it, it stays visible as `latest`.
    fn halve(&mut self) {
        let newest = self.kept.last().copied();
        let mut position = 0;
        self.kept.retain(|_| {
            position += 1;
            position % 2 == 1
        });
        self.stride *= 2;
        if !self.pushed.is_multiple_of(self.stride) {
            self.latest = newest;
        }
    }

    /// Number of points stored (thinned points plus the latest).
    pub fn len(&self) -> usize {
        self.kept.len() + usize::from(self.latest.is_some())
    }

    /// No epoch recorded yet.
    pub fn is_empty(&self) -> bool {
        self.pushed == 0
    }

    /// Epochs recorded so far (including thinned-out ones).
    pub fn epochs_recorded(&self) -> usize {
        self.pushed
    }

    /// Current spacing, in epochs, between stored points.
    pub fn stride(&self) -> usize {
        self.stride
    }

    /// Stored points, oldest first, ending with the latest.
    pub fn iter(&self) -> impl Iterator<Item = &HistoryPoint> {
        self.kept.iter().chain(self.latest.iter())
    }

    /// The oldest stored point (the first epoch, once there is one).
    pub fn first(&self) -> Option<&HistoryPoint> {
        self.kept.first()
    }

    /// The latest point.
    pub fn last(&self) -> Option<&HistoryPoint> {
        self.latest.as_ref().or(self.kept.last())
    }

    /// `(epoch, val_loss)` of the lowest validation loss ever recorded, thinned or not.
    pub fn best_val(&self) -> Option<(usize, f32)> {
        self.best_val
    }

    /// The highest validation accuracy ever recorded, thinned or not; `None` for regression.
    pub fn best_accuracy(&self) -> Option<f32> {
        self.best_accuracy
    }

    /// Whether the latest epoch shows a network growing over-confident: its validation loss
    /// has climbed to [`OVERCONFIDENT_LOSS_RATIO`] × its best or more while its validation
    /// accuracy stays within [`OVERCONFIDENT_ACCURACY_SLACK`] of its best. Loss punishes a
    /// confident wrong answer without bound, accuracy only counts it once: sharper wrong answers
    /// raise the one and leave the other where it was. Always false for regression.
    pub fn overconfident(&self) -> bool {
        let (Some(last), Some((_, best_loss)), Some(best_acc)) =
            (self.last(), self.best_val, self.best_accuracy)
        else {
            return false;
        };
        let Some(acc) = last.val_accuracy else {
            return false;
        };
        last.val_loss >= OVERCONFIDENT_LOSS_RATIO * best_loss
            && acc >= best_acc - OVERCONFIDENT_ACCURACY_SLACK
    }
}

/// A history in an experiment's image: the page's copy is the engine's, thinning included.
impl History {
    pub(crate) fn write_image(&self, w: &mut Writer) {
        for v in [self.stride, self.pushed, self.capacity] {
            w.len(v);
        }
        w.len(self.kept.len());
        self.kept.iter().for_each(|p| write_point(w, p));
        w.u8(u8::from(self.latest.is_some()));
        self.latest.iter().for_each(|p| write_point(w, p));
        let (epoch, loss) = self.best_val.unwrap_or((0, 0.0));
        w.u8(u8::from(self.best_val.is_some()));
        w.len(epoch);
        w.f32(loss);
        w.opt_f32(self.best_accuracy);
    }

    pub(crate) fn read_image(&mut self, r: &mut Reader) -> Result<()> {
        (self.stride, self.pushed, self.capacity) = (r.len()?, r.len()?, r.len()?);
        let kept = r.len()?;
        self.kept.clear();
        for _ in 0..kept {
            self.kept.push(read_point(r)?);
        }
        self.latest = if r.bool()? {
            Some(read_point(r)?)
        } else {
            None
        };
        let best = r.bool()?;
        let (epoch, loss) = (r.len()?, r.f32()?);
        self.best_val = best.then_some((epoch, loss));
        self.best_accuracy = r.opt_f32()?;
        Ok(())
    }
}

fn write_point(w: &mut Writer, p: &HistoryPoint) {
    w.len(p.epoch);
    for v in [p.train_loss, p.train_loss_eval, p.val_loss] {
        w.f32(v);
    }
    w.opt_f32(p.train_accuracy);
    w.opt_f32(p.val_accuracy);
}

fn read_point(r: &mut Reader) -> Result<HistoryPoint> {
    Ok(HistoryPoint {
        epoch: r.len()?,
        train_loss: r.f32()?,
        train_loss_eval: r.f32()?,
        val_loss: r.f32()?,
        train_accuracy: r.opt_f32()?,
        val_accuracy: r.opt_f32()?,
    })
}
