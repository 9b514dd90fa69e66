//! *Listen*: a loss as a pitch, so the U-turn of overfitting can be heard. Loss falls over
//! orders of magnitude (0.7 at the start to 0.01 when memorised), so the pitch follows its
//! logarithm: equal ratios of loss are equal musical intervals, and higher loss is a higher note.
//!
//! ```
//! use dropout_lab::core::narration::sound::{LOW_HZ, HIGH_HZ, loss_pitch};
//! assert!((loss_pitch(1.0) - HIGH_HZ).abs() < 1e-9);
//! assert!((loss_pitch(0.01) - LOW_HZ).abs() < 1e-9);
//! assert!(loss_pitch(0.5) > loss_pitch(0.2));
//! ```

/// The lowest and highest notes, Hz (A3 to A5: two octaves any speaker plays).
pub const LOW_HZ: f64 = 220.0;
pub const HIGH_HZ: f64 = 880.0;
/// Losses at or below this sound the lowest note...
pub const LOW_LOSS: f64 = 0.01;
/// ...and at or above this the highest.
pub const HIGH_LOSS: f64 = 1.0;
/// How long one recorded epoch sounds when *Listen* plays a story, seconds; a story of more
/// points than [`LISTEN_POINTS`] is played at that many evenly spaced ones.
pub const NOTE_SECONDS: f64 = 0.06;
pub const LISTEN_POINTS: usize = 100;

/// The pitch of `loss`, Hz: log-loss mapped linearly from [`LOW_LOSS`]–[`HIGH_LOSS`] onto
/// [`LOW_HZ`]–[`HIGH_HZ`] in log-frequency, clamped; a loss that is not a number is silent (0).
pub fn loss_pitch(loss: f32) -> f64 {
    let loss = f64::from(loss);
    if !loss.is_finite() || loss < 0.0 {
        return 0.0;
    }
    let t = ((loss.max(LOW_LOSS).ln() - LOW_LOSS.ln()) / (HIGH_LOSS.ln() - LOW_LOSS.ln())).min(1.0);
    (LOW_HZ.ln() + t * (HIGH_HZ.ln() - LOW_HZ.ln())).exp()
}

/// Which of `n` recorded points *Listen* plays: all of them up to [`LISTEN_POINTS`], else that
/// many evenly spaced, always the first and the last.
pub fn listen_points(n: usize) -> Vec<usize> {
    if n <= LISTEN_POINTS {
        return (0..n).collect();
    }
    (0..LISTEN_POINTS)
        .map(|k| k * (n - 1) / (LISTEN_POINTS - 1))
        .collect()
}
