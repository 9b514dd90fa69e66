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

use super::redraw::{LATE_FRAME_MS, PAUSE_GAP_MS};

/// Frames at most this far apart (ms) are on target: two vsyncs at 60 Hz, the slowest frame
/// rate at which the masks and curves still move smoothly (#18: p95 frame ≤ 33 ms).
pub const TARGET_FRAME_MS: f64 = 34.0;
/// The rest after a tick grows by this much (ms) for each frame later than the target ...
const GROW_MS: f64 = 2.0;
/// ... and shrinks by this much for each frame on time (within [`LATE_FRAME_MS`]): slower than it
/// grows, so one on-time frame does not undo the rest that made it possible.
const SHRINK_MS: f64 = 0.5;
/// The longest rest: even on the slowest device the engine trains for most of a frame.
pub const MAX_REST_MS: f64 = 16.0;

/// The engine's rest after each tick, adapted to the page's frames.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct EnginePace {
    rest_ms: f64,
}

impl EnginePace {
    /// The page's frame came `interval_ms` after the one before it: the rest the engine takes
    /// now. A pause or a hidden tab (no interval, or one of [`PAUSE_GAP_MS`] or more) says
    /// nothing about the device and leaves the rest as it is.
    pub fn after_frame(&mut self, interval_ms: f64) -> f64 {
        if interval_ms > 0.0 && interval_ms < PAUSE_GAP_MS {
            if interval_ms > TARGET_FRAME_MS {
                self.rest_ms += GROW_MS;
            } else if interval_ms <= LATE_FRAME_MS {
                self.rest_ms -= SHRINK_MS;
            }
            self.rest_ms = self.rest_ms.clamp(0.0, MAX_REST_MS);
        }
        self.rest_ms
    }

    /// The rest the engine takes after each tick now (ms).
    pub fn rest_ms(&self) -> f64 {
        self.rest_ms
    }
}
