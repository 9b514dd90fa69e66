//! Which canvases a frame redraws (`binding::frames`): training frames take turns, a viewer's
//! change draws everything, and nothing is drawn once every canvas is current.

use dropout_lab::binding::frames::{Canvas, Shown};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
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
