//! The wiggle note, sentence by sentence. Run 0 is p = 0, run 1 is p = 0.5.

use dropout_lab::core::preset::DataSpec;

use crate::seeds::Trained;
use crate::{assert_note_says, holds_on_most_seeds};

/// Mean squared distance between a fitted curve and the true one on the grid.
fn distance(curve: &[f32], truth: &[f32]) -> f32 {
    let sum: f32 = curve
        .iter()
        .zip(truth)
        .map(|(c, t)| (c - t) * (c - t))
        .sum();
    sum / curve.len() as f32
}

/// Total bending: the sum of absolute second differences. Kinks through noisy points add to
/// it; a smooth sine across the grid has little.
fn bending(curve: &[f32]) -> f32 {
    curve
        .windows(3)
        .map(|w| (w[0] - 2.0 * w[1] + w[2]).abs())
        .sum()
}

/// Mean change of the validation loss from one stored point to the next over the second half
/// of the run: how much the drawn curve jitters.
fn jitter(t: &Trained, run: usize) -> f32 {
    let late: Vec<f32> = t.histories[run]
        .iter()
        .filter(|p| p.epoch > t.epochs / 2)
        .map(|p| p.val_loss)
        .collect();
    late.windows(2).map(|w| (w[1] - w[0]).abs()).sum::<f32>() / (late.len() - 1) as f32
}

#[test]
fn forty_noisy_samples_of_a_sine_and_a_deep_network() {
    let p = assert_note_says(
        "wiggle",
        "Forty samples of a sine wave buried in noise, and a deep network",
    );
    let DataSpec::Regression(spec) = p.data else {
        panic!("wiggle is a regression")
    };
    assert_eq!((spec.n_train, spec.noise), (40, 0.6));
    assert!(p.config.hidden.len() >= 3);
}

#[test]
fn p0_validation_loss_turns_upward_within_a_few_hundred_epochs() {
    let sentence = "within the first few hundred epochs its validation loss turns upward while its \
                    training loss keeps falling.";
    holds_on_most_seeds("wiggle", sentence, |t| {
        let (epoch, _, at_best) = t.at_best(0);
        let end = t.ending(0);
        let holds = epoch <= 300 && t.rise(0) >= 1.2 && end.train < at_best.train_loss_eval;
        let detail = format!(
            "minimum at epoch {epoch}, ends ×{:.2} above it; training loss {:.3} there, {:.3} at the end",
            t.rise(0),
            at_best.train_loss_eval,
            end.train
        );
        (holds, detail)
    });
}

#[test]
fn p05_curve_ends_closer_to_the_true_sine_and_smoother() {
    let sentence = "With p = 0.5 on the hidden layers the curve ends closer to the true sine and \
                    smoother.";
    holds_on_most_seeds("wiggle", sentence, |t| {
        let (d0, d1) = (
            distance(&t.curves[0], &t.truth),
            distance(&t.curves[1], &t.truth),
        );
        let (b0, b1) = (bending(&t.curves[0]), bending(&t.curves[1]));
        let detail = format!("distance² {d1:.3} vs {d0:.3} at p = 0, bending {b1:.3} vs {b0:.3}");
        (d1 < d0 && b1 < b0, detail)
    });
}

#[test]
fn p05_settles_hundreds_of_epochs_later_but_ends_lower_with_a_smaller_gap() {
    let sentence = "It settles slowly, hundreds of epochs after the p = 0 run, but its validation \
                    loss ends lower and its train/validation gap smaller.";
    holds_on_most_seeds("wiggle", sentence, |t| {
        let (best_plain, best_dropout) = (t.at_best(0).0, t.at_best(1).0);
        let (plain, dropout) = (t.ending(0), t.ending(1));
        let holds = best_dropout >= best_plain + 200
            && dropout.val < plain.val
            && dropout.val - dropout.train < plain.val - plain.train;
        let detail = format!(
            "best epoch {best_dropout} vs {best_plain}, val {:.3} vs {:.3}, gap {:.3} vs {:.3}",
            dropout.val,
            plain.val,
            dropout.val - dropout.train,
            plain.val - plain.train
        );
        (holds, detail)
    });
}

#[test]
fn no_validation_loss_drops_far_below_the_noise_variance() {
    let sentence = "No validation loss can drop far below 0.36, the variance of the noise itself \
                    (σ = 0.6): a training loss below that, like the p = 0 run's, means the model \
                    is fitting noise.";
    holds_on_most_seeds("wiggle", sentence, |t| {
        let lowest = t.at_best(0).1.min(t.at_best(1).1);
        let train = t.ending(0).train;
        let detail = format!("lowest validation loss {lowest:.3}, p = 0 training loss {train:.3}");
        (lowest >= 0.32 && train < 0.36, detail)
    });
}

#[test]
fn p05_validation_curve_is_the_calmer_one() {
    let sentence = "Dropout makes every training step noisy, yet the p = 0.5 validation curve is \
                    the calmer one";
    holds_on_most_seeds("wiggle", sentence, |t| {
        let (plain, dropout) = (jitter(t, 0), jitter(t, 1));
        let detail = format!("epoch-to-epoch change {dropout:.4} vs {plain:.4} at p = 0");
        (dropout < plain, detail)
    });
}
