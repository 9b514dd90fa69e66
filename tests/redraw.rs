//! Which canvases a frame redraws (`core::redraw`): training frames take turns, the canvas drawn
//! longest ago goes first, a viewer's change draws everything, a hover only the loss chart,
//! and nothing is drawn once every canvas is current.

use dropout_lab::core::redraw::{Canvas, Shown};

#[test]
fn training_frames_take_turns_and_viewer_changes_draw_all() {
    let mut shown = Shown::default();
    assert_eq!(shown.plan([0, 0, 0], true).len(), 3);
    assert!(!shown.behind([0, 0, 0]));
    // Training moves the diagram and the chart every frame: they alternate.
    let a = shown.plan([1, 1, 0], false);
    let b = shown.plan([2, 2, 0], false);
    assert_eq!((a[..].len(), b[..].len()), (1, 1));
    assert_ne!(a, b);
    // A refreshed data panel waits for its turn, then is drawn.
    let mut order = Vec::new();
    for r in 3..6 {
        order.extend(shown.plan([r, r, 1], false));
    }
    assert!(order.contains(&Canvas::Data), "{order:?}");
    // Paused: nothing changes, nothing is drawn once every canvas caught up.
    while shown.behind([5, 5, 1]) {
        assert_eq!(shown.plan([5, 5, 1], false).len(), 1);
    }
    assert!(shown.plan([5, 5, 1], false).is_empty());
    assert_eq!(shown.plan([5, 5, 1], true).len(), 3);
}

#[test]
fn the_stale_canvas_drawn_longest_ago_goes_first_and_ties_go_in_canvas_order() {
    let mut shown = Shown::default();
    assert_eq!(
        shown.plan([0, 0, 0], true),
        [Canvas::Diagram, Canvas::Loss, Canvas::Data]
    );
    // All three drawn in the same call and all stale: a tie, broken diagram, loss, data.
    let order: Vec<Canvas> = (0..3).flat_map(|_| shown.plan([1, 1, 1], false)).collect();
    assert_eq!(order, [Canvas::Diagram, Canvas::Loss, Canvas::Data]);
    // Everything moves again: the diagram, drawn longest ago, goes first.
    assert_eq!(shown.plan([2, 2, 2], false), [Canvas::Diagram]);
    // The loss chart was drawn before the data panels: it goes next, however often the data
    // panels changed meanwhile.
    assert_eq!(shown.plan([2, 2, 3], false), [Canvas::Loss]);
    assert_eq!(shown.plan([2, 2, 4], false), [Canvas::Data]);
    assert!(shown.plan([2, 2, 4], false).is_empty());
}

#[test]
fn a_canvas_never_drawn_goes_before_any_drawn_one() {
    let mut shown = Shown::default();
    assert_eq!(shown.plan([0, 0, 0], false), [Canvas::Diagram]);
    assert_eq!(shown.plan([1, 0, 0], false), [Canvas::Loss]);
    assert_eq!(shown.plan([2, 0, 0], false), [Canvas::Data]);
    assert_eq!(shown.plan([3, 0, 0], false), [Canvas::Diagram]);
}

#[test]
fn a_hover_redraws_the_loss_chart_alone() {
    let mut shown = Shown::default();
    shown.plan([4, 4, 4], true);
    // The binding counts a hover into the loss chart's revision only.
    for hover in 5..9 {
        assert_eq!(shown.plan([4, hover, 4], false), [Canvas::Loss]);
        assert!(!shown.behind([4, hover, 4]));
    }
}

/// Calm (#20) holds the diagram: it is left out even of a full redraw and stays behind, while
/// the other canvases keep their turns; released, it is drawn at the next call.
#[test]
fn a_held_diagram_waits_and_the_others_take_their_turns() {
    let mut shown = Shown::default();
    shown.plan([0, 0, 0], true);
    let held = [true, false, false];
    assert_eq!(
        shown.plan_holding([1, 1, 1], true, held),
        vec![Canvas::Loss, Canvas::Data]
    );
    assert!(shown.behind([1, 1, 1]), "the diagram is still behind");
    for r in 2..6 {
        let plan = shown.plan_holding([r, r, 1], false, held);
        assert_eq!(plan, vec![Canvas::Loss], "the loss chart keeps up");
    }
    assert_eq!(
        shown.plan_holding([6, 6, 1], false, [false; 3]),
        vec![Canvas::Diagram]
    );
}

/// A slow device (#18): after a late frame, a training call right after one that drew draws
/// nothing, so late frames draw every other call; each stale canvas still gets its turn, a
/// frame on time draws as before, and a viewer's change draws everything at once.
#[test]
fn late_frames_draw_every_other_call_and_a_viewers_change_at_once() {
    const LATE: f64 = 60.0;
    const ON_TIME: f64 = 16.7;
    let mut shown = Shown::default();
    shown.plan_paced([0, 0, 0], true, [false; 3], LATE);
    // Training moves all three every frame; the frames come late.
    let plans: Vec<Vec<Canvas>> = (1..=12)
        .map(|r| shown.plan_paced([r, r, r], false, [false; 3], LATE))
        .collect();
    for (k, plan) in plans.iter().enumerate() {
        assert_eq!(
            plan.len(),
            if k % 2 == 0 { 0 } else { 1 },
            "call {k}: {plans:?}"
        );
    }
    let drawn: Vec<Canvas> = plans.concat();
    for canvas in [Canvas::Diagram, Canvas::Loss, Canvas::Data] {
        assert_eq!(
            drawn.iter().filter(|&&c| c == canvas).count(),
            2,
            "{drawn:?}"
        );
    }
    assert!(
        shown.behind([12, 12, 12]),
        "a skipped call leaves the canvases behind"
    );
    // On time again: one canvas every call, as plan_holding does.
    for r in 13..16 {
        assert_eq!(
            shown
                .plan_paced([r, r, r], false, [false; 3], ON_TIME)
                .len(),
            1
        );
    }
    // The viewer moves a slider right after a drawing call, the frame late: all three now.
    assert_eq!(
        shown.plan_paced([16, 16, 16], true, [false; 3], LATE).len(),
        3
    );
    // A late frame after a call that drew nothing draws.
    assert!(
        shown
            .plan_paced([17, 17, 17], false, [false; 3], LATE)
            .is_empty()
    );
    assert_eq!(
        shown
            .plan_paced([18, 18, 18], false, [false; 3], LATE)
            .len(),
        1
    );
}

/// The engine's rest after each tick (`core::pace`): none while the page's frames come on time
/// (a machine with a core for the engine trains flat out), growing while they come late, never
/// past its cap, shrinking again once they are on time, and untouched by a pause.
#[test]
fn the_engine_rests_only_while_frames_come_late() {
    use dropout_lab::core::pace::{EnginePace, MAX_REST_MS, TARGET_FRAME_MS};
    let mut pace = EnginePace::default();
    for _ in 0..100 {
        assert_eq!(pace.after_frame(16.7), 0.0);
    }
    let late = TARGET_FRAME_MS + 16.7;
    let mut rests = vec![pace.after_frame(late)];
    while rests.len() < 20 && rests[rests.len() - 1] < MAX_REST_MS {
        rests.push(pace.after_frame(late));
    }
    assert!(rests.len() > 2 && rests[0] > 0.0, "{rests:?}");
    assert!(rests.windows(2).all(|w| w[1] > w[0]), "{rests:?}");
    assert_eq!(rests[rests.len() - 1], MAX_REST_MS, "{rests:?}");
    assert_eq!(pace.after_frame(late), MAX_REST_MS);
    // Two vsyncs apart is on target: the rest holds.
    assert_eq!(pace.after_frame(33.3), MAX_REST_MS);
    // A pause or a hidden tab says nothing about the device.
    assert_eq!(pace.after_frame(5_000.0), MAX_REST_MS);
    assert_eq!(pace.after_frame(0.0), MAX_REST_MS);
    // On time again: the rest shrinks, more slowly than it grew, back to none.
    let mut on_time = 0;
    while pace.after_frame(16.7) > 0.0 {
        on_time += 1;
    }
    assert!(on_time > 8, "gone after {on_time} frames");
    assert_eq!(pace.rest_ms(), 0.0);
}

/// Frames `device(rest)` ms apart for 1,000 frames of a pace: the intervals and the rests.
fn paced(device: impl Fn(f64) -> f64) -> (Vec<f64>, Vec<f64>) {
    let mut pace = dropout_lab::core::pace::EnginePace::default();
    let (mut intervals, mut rests) = (vec![], vec![]);
    let mut rest = 0.0;
    for _ in 0..1_000 {
        let interval = device(rest);
        rest = pace.after_frame(interval);
        intervals.push(interval);
        rests.push(rest);
    }
    (intervals, rests)
}

/// Where the engine's training delays the page's frames (one core shared by every thread, as a
/// browser held to half a core), the rest brings the frames on target and stays; where frames
/// come late whatever the engine does (the page's own drawing, other programs), the engine
/// rests in short trials only, and trains flat out the rest of the time.
#[test]
fn the_engine_rests_where_resting_brings_the_frames_on_time() {
    use dropout_lab::core::pace::{FUTILE_FRAMES, MAX_REST_MS, TARGET_FRAME_MS};
    // A shared core: each millisecond of rest brings the frame 2.5 ms sooner, on target before
    // the longest rest.
    let unrested = TARGET_FRAME_MS + 2.5 * (MAX_REST_MS - 1.0);
    let (intervals, rests) = paced(|rest| unrested - 2.5 * rest);
    let settled = &intervals[100..];
    assert!(settled.iter().all(|&i| i <= TARGET_FRAME_MS), "{settled:?}");
    assert!(rests[100..].iter().all(|&r| r > 0.0 && r <= MAX_REST_MS));
    // The page's own cost: 40 ms frames, rest or not.
    let (intervals, rests) = paced(|_| 40.0);
    assert!(intervals.iter().all(|&i| i == 40.0));
    let resting = rests.iter().filter(|&&r| r > 0.0).count();
    assert!(resting < 1_000 / 10, "rested in {resting} of 1000 frames");
    // ... but it does try again after a while.
    let first_trial_end = rests.iter().position(|&r| r == 0.0).unwrap_or(0);
    assert!(first_trial_end > 0);
    assert!(
        rests[first_trial_end + FUTILE_FRAMES as usize..]
            .iter()
            .any(|&r| r > 0.0)
    );
}

/// A long stretch where resting brings the frames on target says nothing about the frames after
/// it: once they come late whatever the engine does (another program took the core), the engine
/// stops resting within a few dozen frames, not after as many frames as it was on target.
#[test]
fn the_engine_judges_the_recent_frames_not_the_whole_stretch() {
    use dropout_lab::core::pace::{EnginePace, MAX_REST_MS, TARGET_FRAME_MS};
    let mut pace = EnginePace::default();
    let shared_core = |rest: f64| 62.0 - 4.0 * rest;
    assert!(shared_core(MAX_REST_MS) <= TARGET_FRAME_MS);
    let mut rest = 0.0;
    for _ in 0..5_000 {
        rest = pace.after_frame(shared_core(rest));
    }
    assert_eq!(rest, MAX_REST_MS, "on target at the longest rest");
    let gave_up = (1..=1_000).find(|_| pace.after_frame(60.0) == 0.0);
    assert!(
        matches!(gave_up, Some(n) if n <= 50),
        "stopped resting after {gave_up:?} late frames"
    );
}

/// #18: an idle lab rests. Training, a talk with the engine or a canvas behind needs the next
/// frame; a paced job that waits needs the frame it is due in; a paused lab with everything
/// drawn and nothing waiting needs none, so its page spends no CPU until something wakes it.
#[test]
fn a_paused_lab_with_nothing_to_draw_asks_for_no_frame() {
    use dropout_lab::core::redraw::{FrameEnd, NextFrame};
    let idle = FrameEnd::default();
    assert_eq!(idle.next(), NextFrame::Rest);
    for busy in [
        FrameEnd {
            playing: true,
            ..idle
        },
        FrameEnd {
            engine_busy: true,
            ..idle
        },
        FrameEnd {
            behind: true,
            ..idle
        },
        FrameEnd {
            due_in_ms: Some(0.0),
            ..idle
        },
        // Playing wins over a job due later: the frames run anyway.
        FrameEnd {
            playing: true,
            due_in_ms: Some(3000.0),
            ..idle
        },
    ] {
        assert_eq!(busy.next(), NextFrame::Now, "{busy:?}");
    }
    let waiting = FrameEnd {
        due_in_ms: Some(250.0),
        ..idle
    };
    assert_eq!(waiting.next(), NextFrame::After(250.0));
    assert_eq!(FrameEnd::earliest(Some(3000.0), Some(250.0)), Some(250.0));
    assert_eq!(FrameEnd::earliest(None, Some(250.0)), Some(250.0));
    assert_eq!(FrameEnd::earliest(None, None), None);
}

/// The narrator's next news is a paced job: due when the gap after the last announcement has
/// passed, and nothing is due once it is said.
#[test]
fn the_narrators_waiting_news_is_due_when_its_gap_has_passed() {
    use dropout_lab::core::narration::throttle::NARRATION_GAP_MS;
    use dropout_lab::core::narration::{Priority, Throttle};
    let mut t = Throttle::default();
    assert_eq!(t.due_in(0.0), None, "nothing offered, nothing due");
    t.offer(Priority::Progress, "epoch 30".into());
    assert_eq!(t.due_in(0.0), Some(0.0), "never spoken: due at once");
    assert!(t.poll(0.0).is_some());
    assert_eq!(t.due_in(10.0), None, "said: nothing waits");
    t.offer(Priority::Upturn, "a turn".into());
    assert_eq!(t.due_in(1000.0), Some(NARRATION_GAP_MS - 1000.0));
    assert_eq!(t.due_in(NARRATION_GAP_MS + 5.0), Some(0.0));
}
