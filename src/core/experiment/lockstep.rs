//! The race's clock: which run trains next, when a lockstep step is complete, and where the
//! race stops.
//!
//! A lockstep step gives every run one minibatch. The page may spread one over several frames,
//! one run's minibatch at a time ([`Experiment::train_next`]), so a frame never has to hold
//! four networks' work. Whatever ends a half-done step (a Step, adding or removing a run)
//! first trains the runs it has not reached yet, so runs never stand on different minibatches
//! when the viewer looks at them. No clock is read here: how many minibatches fit in a frame is
//! the page's business.

use super::Experiment;

/// Position of the race within the current lockstep step.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(super) struct Lockstep {
    /// Next run to train within the current lockstep step; 0 when no step is half done.
    pub(super) next_run: usize,
    /// Lockstep steps completed since the runs (re)started.
    pub(super) iteration: u64,
    /// No run trains past this many epochs (the preset's story length), when set.
    pub(super) stop_epoch: Option<usize>,
}

/// What one call of [`Experiment::train_next`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// Trained one run; other runs of this lockstep step are still to come.
    Partial,
    /// The lockstep step is complete: every run has had this minibatch.
    Completed,
    /// Nothing can train: every run has diverged or reached the stop epoch.
    Idle,
}

impl Experiment {
    /// Lockstep steps completed since the runs started (or were last restarted together).
    pub fn iteration(&self) -> u64 {
        self.lockstep.iteration
    }

    /// Whether a lockstep step is half done: some runs have had this minibatch, others not yet.
    pub fn lockstep_pending(&self) -> bool {
        self.lockstep.next_run > 0
    }

    /// The epoch no run trains past, if any.
    pub fn stop_epoch(&self) -> Option<usize> {
        self.lockstep.stop_epoch
    }

    /// Stops every run once it has completed `epochs` epochs (`None`: train on). A story told
    /// in 300 epochs then ends at exactly 300, however many minibatches a frame holds.
    pub fn set_stop_epoch(&mut self, epochs: Option<usize>) {
        self.lockstep.stop_epoch = epochs;
    }

    /// Whether a stop epoch is set and holds every live run (a diverged run never trains).
    pub fn at_stop_epoch(&self) -> bool {
        self.lockstep.stop_epoch.is_some()
            && self.runs.iter().any(|r| r.is_live())
            && !self.can_train()
    }

    /// Whether some run can still take a minibatch.
    pub fn can_train(&self) -> bool {
        (0..self.runs.len()).any(|i| self.may_train(i))
    }

    /// One minibatch for the next run of the current lockstep step (runs that have diverged
    /// or reached the stop epoch are passed over).
    pub fn train_next(&mut self) -> Turn {
        if !self.can_train() {
            return Turn::Idle;
        }
        loop {
            let i = self.lockstep.next_run;
            let trained = self.may_train(i);
            if trained {
                self.step_run(i);
            }
            self.lockstep.next_run += 1;
            if self.lockstep.next_run >= self.runs.len() {
                self.lockstep.next_run = 0;
                self.lockstep.iteration += 1;
                return Turn::Completed;
            }
            if trained {
                return Turn::Partial;
            }
        }
    }

    /// Completes a half-done lockstep step, if there is one; returns whether there was.
    pub fn finish_lockstep(&mut self) -> bool {
        if !self.lockstep_pending() {
            return false;
        }
        while self.train_next() == Turn::Partial {}
        // `Idle` can only follow a stop epoch reached mid-step: the step is over all the same.
        if self.lockstep_pending() {
            self.lockstep.next_run = 0;
            self.lockstep.iteration += 1;
        }
        true
    }

    /// One whole lockstep step: the rest of a half-done one, or every run's next minibatch.
    /// Returns false when nothing could train (every run diverged or at the stop epoch).
    pub fn step(&mut self) -> bool {
        if self.finish_lockstep() {
            return true;
        }
        if !self.can_train() {
            return false;
        }
        while self.train_next() == Turn::Partial {}
        true
    }

    /// Exactly `n` lockstep steps, fewer only when nothing can train; returns how many.
    pub fn steps(&mut self, n: u64) -> u64 {
        let mut done = 0;
        while done < n && self.step() {
            done += 1;
        }
        done
    }

    /// Whole lockstep steps, at most `max`, while `more()` (asked after each) says there is
    /// time; returns how many. The first is trained whenever a run can train, so a big network
    /// still moves on a tight budget. The clock is the caller's (the engine's thread has one,
    /// a native test another).
    pub fn steps_while(&mut self, max: u64, mut more: impl FnMut() -> bool) -> u64 {
        let mut done = 0;
        while done < max && self.step() {
            done += 1;
            if !more() {
                break;
            }
        }
        done
    }

    /// Back to the start of the race (the runs themselves are reset by the caller).
    pub(super) fn restart_clock(&mut self) {
        self.lockstep.next_run = 0;
        self.lockstep.iteration = 0;
    }

    /// Whether run `i` may take a minibatch now.
    fn may_train(&self, i: usize) -> bool {
        self.runs.get(i).is_some_and(|r| {
            r.is_live() && self.lockstep.stop_epoch.is_none_or(|stop| r.epoch() < stop)
        })
    }
}
