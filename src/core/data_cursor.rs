//! The keyboard's drawing cursor on the data panels (#20): a student who cannot use a pointer
//! moves it with the arrow keys and adds or removes points where it stands, as a click would.
//! Where it starts, how far a key moves it and the sentence that says where it is are here, so
//! the page composes none of them.

/// Key presses from one edge of the plane to the other: a point can be placed to a twentieth
/// of the plane, about what a finger places on a phone.
pub const STEPS_ACROSS: f32 = 20.0;

/// A plotting extent `(x0, x1, y0, y1)`, as the datasets give it.
pub type Extent = (f32, f32, f32, f32);

/// Where the cursor starts: the middle of the plane.
pub fn start(extent: Extent) -> (f32, f32) {
    let (x0, x1, y0, y1) = extent;
    ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
}

/// The cursor at `at` moved `dx`, `dy` key presses (right and up are positive), kept on the
/// plane. Positions are rounded to hundredths, as the page writes them.
pub fn moved(extent: Extent, at: (f32, f32), dx: i32, dy: i32) -> (f32, f32) {
    let (x0, x1, y0, y1) = extent;
    let step = |lo: f32, hi: f32| (hi - lo) / STEPS_ACROSS;
    let x = (at.0 + dx as f32 * step(x0, x1)).clamp(x0, x1);
    let y = (at.1 + dy as f32 * step(y0, y1)).clamp(y0, y1);
    (hundredths(x), hundredths(y))
}

fn hundredths(v: f32) -> f32 {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 { 0.0 } else { r } // never "-0"
}

/// The sentence a screen reader hears after each move: the catalog's `data-cursor`, the
/// position in the language's form (x = 0,25 in German).
pub fn describe(at: (f32, f32)) -> String {
    let x = crate::core::l10n::decimal(f64::from(at.0), 2);
    let y = crate::core::l10n::decimal(f64::from(at.1), 2);
    crate::t!("data-cursor", x = x, y = y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLANE: Extent = (-1.5, 2.5, -1.0, 1.5);

    #[test]
    fn twenty_presses_cross_the_plane_and_the_cursor_stays_on_it() {
        let mut at = start(PLANE);
        assert_eq!(at, (0.5, 0.25));
        for _ in 0..10 {
            at = moved(PLANE, at, 1, 0);
        }
        assert_eq!(
            at.0, 2.5,
            "ten presses from the middle reach the right edge"
        );
        at = moved(PLANE, at, 5, -100);
        assert_eq!(at, (2.5, -1.0), "never off the plane");
        at = moved(PLANE, at, -20, 0);
        assert_eq!(at.0, -1.5);
    }

    #[test]
    fn the_sentence_names_the_position() {
        assert!(describe((0.25, -0.4)).starts_with("Cursor at x = 0.25, y = -0.40."));
        assert_eq!(moved((-1.0, 1.0, -1.0, 1.0), (0.0, 0.1), 0, -1), (0.0, 0.0));
    }
}
