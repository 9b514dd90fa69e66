//! How often the network diagram may show new masks (#20, WCAG 2.3.1).
//!
//! At full speed the engine trains hundreds of steps a second and the diagram would show a new
//! set of crossed-out units in nearly every frame: for a viewer with photosensitive epilepsy, or
//! who is distracted by motion, that is flashing. Under *Calm* (the page's toggle, or the
//! browser's `prefers-reduced-motion: reduce`) the diagram keeps showing one real step (its
//! masks, weights and read-outs, all of the same step) until [`CALM_MIN_INTERVAL_MS`] has passed,
//! then shows the step the lab is at by then. So the masks shown change at most twice in any
//! second, whatever the training speed, and they are always the masks of a step that trained.

/// The shortest time between two changes of the diagram's masks under Calm: at most two
/// changes in any second, below WCAG 2.3.1's limit of three flashes a second. The lab decides on
/// the frames' own timestamps (requestAnimationFrame's), the clock of what a viewer sees, so
/// 500 ms would do; deciding on the moment the drawing ran within its frame, which wanders by
/// tens of ms on a loaded machine, once let three changes into one second of frames (CI, stop
/// 25). The 60 ms beyond 500 (more than three frames at 60 Hz) covers a frame presented late.
pub const CALM_MIN_INTERVAL_MS: f64 = 560.0;

/// The step the diagram shows and when it started showing it.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct MaskPace {
    shown: Option<(u64, f64)>,
}

impl MaskPace {
    /// Whether the diagram may be redrawn at `now_ms` to show lockstep step `step`. Without
    /// `calm` every redraw may happen. Redrawing the step already shown (a resize, a new focus,
    /// the other mode) puts no step's masks in place of another's and is always allowed.
    pub fn allows(&self, step: u64, now_ms: f64, calm: bool) -> bool {
        match self.shown {
            _ if !calm => true,
            None => true,
            Some((shown, _)) if shown == step => true,
            Some((_, since)) => now_ms - since >= CALM_MIN_INTERVAL_MS,
        }
    }

    /// The diagram was drawn at `now_ms` showing `step`.
    pub fn record(&mut self, step: u64, now_ms: f64) {
        if self.shown_step() != Some(step) {
            self.shown = Some((step, now_ms));
        }
    }

    /// [`Self::allows`], and when it does, [`Self::record`].
    pub fn admit(&mut self, step: u64, now_ms: f64, calm: bool) -> bool {
        let allowed = self.allows(step, now_ms, calm);
        if allowed {
            self.record(step, now_ms);
        }
        allowed
    }

    /// The lockstep step the diagram shows (`None` before its first drawing).
    pub fn shown_step(&self) -> Option<u64> {
        self.shown.map(|(step, _)| step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame every 16.7 ms, the lab 40 steps further each frame (full speed): under Calm the
    /// step shown changes at most twice in every second-long window, and never without it.
    #[test]
    fn calm_changes_the_step_shown_at_most_twice_a_second() {
        for calm in [false, true] {
            let mut pace = MaskPace::default();
            let mut changes: Vec<f64> = Vec::new();
            for frame in 0..600u32 {
                let now = f64::from(frame) * 16.7;
                let before = pace.shown_step();
                pace.admit(u64::from(frame) * 40, now, calm);
                if before.is_some() && pace.shown_step() != before {
                    changes.push(now);
                }
            }
            let most_in_a_second = changes
                .iter()
                .map(|&t| {
                    changes
                        .iter()
                        .filter(|&&u| u >= t && u < t + 1000.0)
                        .count()
                })
                .max()
                .unwrap_or(0);
            if calm {
                assert!(
                    most_in_a_second <= 2,
                    "{most_in_a_second} changes in a second"
                );
                assert!(
                    changes.len() >= 15,
                    "Calm still moves on: {} changes in 10 s",
                    changes.len()
                );
            } else {
                assert!(
                    most_in_a_second >= 50,
                    "without Calm every frame shows its step"
                );
            }
        }
    }

    #[test]
    fn the_step_already_shown_is_always_redrawn() {
        let mut pace = MaskPace::default();
        assert!(pace.admit(7, 0.0, true));
        assert!(pace.admit(7, 1.0, true), "a resize redraws the same step");
        assert!(!pace.admit(8, 2.0, true), "a new step waits");
        assert!(
            !pace.admit(9, 500.0, true),
            "not yet: at least 560 ms between changes"
        );
        assert!(pace.admit(9, 560.0, true), "then the latest step is shown");
        assert_eq!(pace.shown_step(), Some(9));
    }
}
