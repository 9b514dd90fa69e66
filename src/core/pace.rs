//! How long the engine rests after each of the page's frames (#18, the slow device).
//!
//! The engine's worker trains flat out between the page's ticks. Where every thread of the
//! browser shares too little CPU (an old laptop, a browser held to half a core), that worker
//! takes the CPU the page's frame needs after each vsync: the page's thread, the compositor and
//! the raster wait for it, and the frames come three or four vsyncs apart. So the engine rests
//! right after each tick, which the page posts at the start of its animation frame, exactly when
//! the frame's own work runs. The rest adapts to the frames the page reports: it grows while they
//! come later than two vsyncs at 60 Hz, and shrinks while they come on time. A device with a core
//! for the engine sees its frames on time, so its engine never rests.
//!
//! Frames can also come late for reasons no rest cures: the page's own drawing on a slow core
//! beside the engine's, or other programs taking the CPU. Then resting only slows training. So
//! the pace remembers how far apart frames came while the engine did not rest, and when the
//! longest rest has not brought them at least a fifth closer, it stops resting for a while
//! before it tries again.

use super::redraw::{LATE_FRAME_MS, PAUSE_GAP_MS};

/// Frames at most this far apart (ms) are on target: two vsyncs at 60 Hz, the slowest frame
/// rate at which the masks and curves still move smoothly (#18: p95 frame ≤ 33 ms).
pub const TARGET_FRAME_MS: f64 = 34.0;
/// The rest after a tick grows by this much (ms) for each frame later than the target ...
const GROW_MS: f64 = 2.0;
/// ... and shrinks by this much for each frame on time (within [`LATE_FRAME_MS`]): slower than it
/// grows, so one on-time frame does not undo the rest that made it possible.
const SHRINK_MS: f64 = 0.5;
/// The longest rest: half a vsync interval. On a browser held to half a core a cap of 16 ms
/// brought the p95 frame from 67 to 50 ms but cost 23 % of the training; 8 ms gave the same
/// p95 for 13 % (`cargo xtask bench --only page --slow`, 2026-12-07).
pub const MAX_REST_MS: f64 = 8.0;
/// Frames judged at the longest rest before deciding whether resting helps.
const JUDGED_FRAMES: u32 = 12;
/// Resting helps when the frames at the longest rest come at most this share of the interval
/// they came at without rest.
const HELPS_RATIO: f64 = 0.8;
/// Frames without rest after resting was found not to help, before it is tried again: about
/// ten seconds at 30 frames a second.
pub const FUTILE_FRAMES: u32 = 300;
/// Weight of each new frame in the running averages of the intervals.
const AVERAGE_WEIGHT: f64 = 0.1;

/// The engine's rest after each tick, adapted to the page's frames.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EnginePace {
    rest_ms: f64,
    /// Running average of the frame intervals while the engine did not rest.
    unrested_ms: Option<f64>,
    /// Average interval of the frames seen at the longest rest, and how many.
    rested_ms: f64,
    rested_frames: u32,
    /// Frames left without rest after resting did not help.
    futile_left: u32,
}

impl EnginePace {
    /// The page's frame came `interval_ms` after the one before it: the rest the engine takes
    /// now. A pause or a hidden tab (no interval, or one of [`PAUSE_GAP_MS`] or more) says
    /// nothing about the device and leaves the rest as it is.
    pub fn after_frame(&mut self, interval_ms: f64) -> f64 {
        if !(interval_ms > 0.0 && interval_ms < PAUSE_GAP_MS) {
            return self.rest_ms;
        }
        if self.rest_ms == 0.0 {
            let average = self.unrested_ms.unwrap_or(interval_ms);
            self.unrested_ms = Some(average + AVERAGE_WEIGHT * (interval_ms - average));
        }
        if self.futile_left > 0 {
            self.futile_left -= 1;
            return self.rest_ms;
        }
        if self.rest_ms == MAX_REST_MS {
            self.judge(interval_ms);
        }
        if self.futile_left == 0 {
            self.adapt(interval_ms);
        }
        self.rest_ms
    }

    /// The rest the engine takes after each tick now (ms).
    pub fn rest_ms(&self) -> f64 {
        self.rest_ms
    }

    /// Grows the rest while frames come late, shrinks it while they come on time.
    fn adapt(&mut self, interval_ms: f64) {
        if interval_ms > TARGET_FRAME_MS {
            self.rest_ms += GROW_MS;
        } else if interval_ms <= LATE_FRAME_MS {
            self.rest_ms -= SHRINK_MS;
        }
        self.rest_ms = self.rest_ms.clamp(0.0, MAX_REST_MS);
        if self.rest_ms < MAX_REST_MS {
            self.rested_frames = 0;
        }
    }

    /// At the longest rest: after [`JUDGED_FRAMES`] frames, if they came no closer than
    /// [`HELPS_RATIO`] of the unrested interval, stop resting for [`FUTILE_FRAMES`] frames.
    fn judge(&mut self, interval_ms: f64) {
        // The mean of the frames at the longest rest, the last JUDGED_FRAMES weighing most: the
        // count stops there, so a long stretch on target neither grows it without bound nor
        // outweighs the frames that come late after it.
        let n = f64::from(self.rested_frames);
        self.rested_ms = (self.rested_ms * n + interval_ms) / (n + 1.0);
        self.rested_frames = (self.rested_frames + 1).min(JUDGED_FRAMES);
        if self.rested_frames < JUDGED_FRAMES || self.rested_ms <= TARGET_FRAME_MS {
            return;
        }
        let unrested = self.unrested_ms.unwrap_or(f64::INFINITY);
        if self.rested_ms > HELPS_RATIO * unrested {
            self.rest_ms = 0.0;
            self.futile_left = FUTILE_FRAMES;
        }
        self.rested_frames = 0;
    }
}
