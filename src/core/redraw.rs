//! Which canvases a frame redraws: a pure policy the binding applies, kept in the core so it
//! is tested natively.
//!
//! Drawing has two costs: recording the canvas calls (JS/WASM time, a few ms) and rasterising
//! them, which the browser does afterwards on the main thread, inside the same frame. Four rates
//! training at full speed leave no room to rasterise all three canvases every frame without
//! missing vsyncs. So while training, a frame redraws only the one out-of-date canvas that was
//! drawn longest ago: the diagram, the loss chart and the data panels each still update 20–30
//! times a second. Anything the viewer does (a slider, a resize, a new lab) redraws all of them
//! at once; a hover moves only the loss chart's revision, so only that chart is redrawn for it.
//!
//! On a slow device (#18: the whole browser held to half a core) the page's thread, the
//! engine's worker and the raster share too little CPU and the frames come late. Then a
//! training frame draws only if the frame before it did not ([`Shown::plan_paced`]): every
//! other frame is left to input, the engine and the raster, and each canvas still updates a few
//! times a second. A frame on time, or anything the viewer does, draws as before.
//!
//! Whether another frame is needed at all is decided here too ([`FrameEnd::next`]): a paused
//! lab whose canvases are current and whose paced jobs are done asks for none, so an idle page
//! costs no CPU (#18: it cost a third of a core, taken from the tests and the class's
//! batteries). Whatever can change the screen wakes the page's loop again.

/// The three canvases, in the order a tie is broken.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Canvas {
    Diagram,
    Loss,
    Data,
}

const CANVASES: [Canvas; 3] = [Canvas::Diagram, Canvas::Loss, Canvas::Data];

/// A frame that came this long after the one before it (ms) came late: one and a half vsync
/// intervals at 60 Hz, so one missed vsync counts and vsync jitter does not.
pub const LATE_FRAME_MS: f64 = 25.0;

/// A gap this long (ms) between two calls is a pause or a hidden tab, not a late frame: it says
/// nothing about the device (the Step button after a pause draws at once).
pub const PAUSE_GAP_MS: f64 = 200.0;

/// While frames come late, a training call draws at most once in this many calls.
const CALLS_PER_DRAW_WHEN_LATE: u64 = 2;

/// What each canvas shows now: the content revision it was drawn at, and when.
#[derive(Default, Debug)]
pub struct Shown {
    /// Per canvas: (revision drawn, draw call it happened in).
    drawn: [Option<(u64, u64)>; 3],
    calls: u64,
    /// The last call that drew something.
    last_drawing_call: u64,
}

impl Shown {
    /// The canvases to draw in this call, given each one's current content revision.
    /// `everything` (the viewer changed something) draws all three.
    pub fn plan(&mut self, revisions: [u64; 3], everything: bool) -> Vec<Canvas> {
        self.plan_holding(revisions, everything, [false; 3])
    }

    /// [`Self::plan`], except that a canvas whose `held` is true is not drawn in this call
    /// even when out of date or when `everything` is asked for: it stays behind, and a later
    /// call draws it (Calm holds the diagram's step, see [`crate::core::motion`]).
    pub fn plan_holding(
        &mut self,
        revisions: [u64; 3],
        everything: bool,
        held: [bool; 3],
    ) -> Vec<Canvas> {
        self.calls += 1;
        let plan: Vec<Canvas> = if everything {
            (0..3).filter(|&i| !held[i]).map(|i| CANVASES[i]).collect()
        } else {
            (0..3)
                .filter(|&i| !held[i] && self.stale(i, revisions))
                .min_by_key(|&i| self.drawn[i].map_or(0, |d| d.1))
                .map(|i| CANVASES[i])
                .into_iter()
                .collect()
        };
        for &c in &plan {
            self.drawn[c as usize] = Some((revisions[c as usize], self.calls));
        }
        plan
    }

    /// [`Self::plan_holding`], paced for a slow device: when the frame before came late
    /// (`frame_ms`, the time since the previous call, above [`LATE_FRAME_MS`] and below
    /// [`PAUSE_GAP_MS`]), a training call
    /// right after one that drew draws nothing, and the canvases wait for the next call
    /// ([`Self::behind`] stays true). `everything` (the viewer changed something) always draws.
    pub fn plan_paced(
        &mut self,
        revisions: [u64; 3],
        everything: bool,
        held: [bool; 3],
        frame_ms: f64,
    ) -> Vec<Canvas> {
        let this_call = self.calls + 1;
        let late = frame_ms > LATE_FRAME_MS && frame_ms < PAUSE_GAP_MS;
        if late && !everything && this_call - self.last_drawing_call < CALLS_PER_DRAW_WHEN_LATE {
            self.calls = this_call;
            return Vec::new();
        }
        let plan = self.plan_holding(revisions, everything, held);
        if !plan.is_empty() {
            self.last_drawing_call = self.calls;
        }
        plan
    }

    /// Whether some canvas still shows older content than `revisions`.
    pub fn behind(&self, revisions: [u64; 3]) -> bool {
        (0..3).any(|i| self.stale(i, revisions))
    }

    /// Whether canvas `i` shows older content than `revisions[i]` (or nothing yet).
    fn stale(&self, i: usize, revisions: [u64; 3]) -> bool {
        self.drawn[i].map(|d| d.0) != Some(revisions[i])
    }
}

/// What a frame leaves behind it, as the page and the lab know it: enough to say when the next
/// frame is needed ([`FrameEnd::next`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FrameEnd {
    /// The engine trains: its images keep coming (each one answers a frame's tick).
    pub playing: bool,
    /// The page owes the engine a tick (commands queued, a pause not yet told) or waits for
    /// the answer to one: the answer changes the replica.
    pub engine_busy: bool,
    /// A canvas is out of date, held back (Calm's mask pace) or a data panel is catching up.
    pub behind: bool,
    /// The earliest paced job still waiting (the runs list's numbers, the canvases'
    /// descriptions, a table, the narrator's next news), in ms from now; `None` if none waits.
    pub due_in_ms: Option<f64>,
}

/// When the page's next animation frame is needed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NextFrame {
    /// At the next vsync.
    Now,
    /// Not before this many ms: nothing changes until a paced job is due.
    After(f64),
    /// None: nothing changes until something wakes the page (an input, an engine message, a
    /// control, a call of `window.lab`).
    Rest,
}

impl FrameEnd {
    /// The rule: training, an engine conversation or a canvas behind needs the next frame; a
    /// paced job that waits needs the frame it is due in; nothing else needs one.
    pub fn next(&self) -> NextFrame {
        if self.playing || self.engine_busy || self.behind {
            return NextFrame::Now;
        }
        match self.due_in_ms {
            Some(ms) if ms > 0.0 => NextFrame::After(ms),
            Some(_) => NextFrame::Now,
            None => NextFrame::Rest,
        }
    }

    /// The earlier of two paced jobs' due times (either may be `None`: nothing waits).
    pub fn earliest(a: Option<f64>, b: Option<f64>) -> Option<f64> {
        match (a, b) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}
