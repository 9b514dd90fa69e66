//! The narrator's one rule of pace: an automatic announcement (progress, a turn, the story's
//! end) never follows another announcement by less than [`NARRATION_GAP_MS`]. A screen reader
//! that is interrupted every second says nothing whole, and at full speed the race can pass a
//! tenth of its story several times a second.
//!
//! What waits is the most important message offered since the last one spoken (a newer one of
//! the same importance replaces an older: it is the fresher news). What the student did
//! (Play, Pause, Reset, a slider, Describe) is said at once and restarts the gap. Time comes in
//! as an argument (the page's frame clock), so the rule is tested without a clock.
//!
//! ```
//! use dropout_lab::core::narration::{Priority, Throttle};
//! let mut t = Throttle::default();
//! t.offer(Priority::Progress, "epoch 30".into());
//! assert_eq!(t.poll(0.0).as_deref(), Some("epoch 30"));
//! t.offer(Priority::Progress, "epoch 60".into());
//! assert_eq!(t.poll(1000.0), None); // too soon
//! assert_eq!(t.poll(4000.0).as_deref(), Some("epoch 60"));
//! ```

/// Least time between an announcement and the next automatic one, milliseconds.
pub const NARRATION_GAP_MS: f64 = 4000.0;

/// How much an automatic message matters; a more important one displaces a waiting lesser one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    /// Another tenth of the story.
    Progress,
    /// A run's validation loss turned upward.
    Upturn,
    /// The story's last epoch: the answer to the lesson's question.
    StoryEnd,
}

/// When the last announcement was made and what waits to be said.
#[derive(Debug, Clone, Default)]
pub struct Throttle {
    last_spoken: Option<f64>,
    pending: Option<(Priority, String)>,
}

impl Throttle {
    /// Offers an automatic message; it is said by a later [`Throttle::poll`] unless a more
    /// important one displaces it first.
    pub fn offer(&mut self, priority: Priority, text: String) {
        if self.pending.as_ref().is_none_or(|(p, _)| priority >= *p) {
            self.pending = Some((priority, text));
        }
    }

    /// The message to say at `now_ms`, if one waits and the gap since the last has passed.
    pub fn poll(&mut self, now_ms: f64) -> Option<String> {
        let ready = self
            .last_spoken
            .is_none_or(|t| now_ms - t >= NARRATION_GAP_MS);
        if !ready {
            return None;
        }
        let (_, text) = self.pending.take()?;
        self.last_spoken = Some(now_ms);
        Some(text)
    }

    /// Something the student did was said at `now_ms`: the next automatic message waits.
    pub fn spoken(&mut self, now_ms: f64) {
        self.last_spoken = Some(now_ms);
    }

    /// Forgets what waits (the race restarted: its news is stale).
    pub fn clear(&mut self) {
        self.pending = None;
    }

    /// In how many ms from `now_ms` the waiting message may be said (0 if it may be now), or
    /// `None` if nothing waits: the page's frame loop rests until then.
    pub fn due_in(&self, now_ms: f64) -> Option<f64> {
        self.pending.as_ref()?;
        Some(
            self.last_spoken
                .map_or(0.0, |t| (t + NARRATION_GAP_MS - now_ms).max(0.0)),
        )
    }

    /// Whether a message waits.
    pub fn waiting(&self) -> bool {
        self.pending.is_some()
    }
}
