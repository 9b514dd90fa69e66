//! The digits note, sentence by sentence. Run 0 is p = 0; runs 1 and 2 drop 20 % of the input
//! pixels and 20 % or half of the hidden units.

use dropout_lab::core::preset::DataSpec;

use crate::seeds::{SEEDS, Trained};
use crate::{assert_note_says, default_seed, dropped_share, holds_on_most_seeds};

const DROPOUT_RUNS: [usize; 2] = [1, 2];

/// First epoch at which run `run` classifies every training image right (evaluation mode).
fn all_right_from(t: &Trained, run: usize) -> Option<usize> {
    t.histories[run]
        .iter()
        .find(|p| p.train_accuracy == Some(1.0))
        .map(|p| p.epoch)
}

#[test]
fn real_digits_only_100_to_learn_from() {
    let DataSpec::Digits(spec) = assert_note_says(
        "digits",
        "Real handwritten digits, but only 100 of them to learn from.",
    )
    .data
    else {
        panic!("digits draws digits")
    };
    assert_eq!(spec.n_train, 100);
}

#[test]
fn p0_gets_every_training_image_right_within_about_fifteen_epochs() {
    let sentence = "Without dropout the network gets every training image right within about \
                    fifteen epochs.";
    holds_on_most_seeds("digits", sentence, |t| {
        let epoch = all_right_from(t, 0);
        (
            epoch.is_some_and(|e| e <= 15),
            format!("all right from epoch {epoch:?}"),
        )
    });
}

#[test]
fn p0_accuracy_stays_level_yet_validation_loss_climbs_by_40_percent() {
    let sentence = "After that its validation accuracy stays level (within three points) or creeps \
                    up, yet its validation loss climbs by 40 % or more (on the default seed it \
                    more than doubles).";
    holds_on_most_seeds("digits", sentence, |t| {
        let (epoch, _, at_best) = t.at_best(0);
        let (then, end) = (at_best.val_accuracy.unwrap(), t.ending(0).accuracy);
        let detail = format!(
            "accuracy {then:.3} at the minimum (epoch {epoch}), {end:.3} at the end; loss ×{:.2}",
            t.rise(0)
        );
        (end >= then - 0.03 && t.rise(0) >= 1.4, detail)
    });
    let rise = default_seed("digits").rise(0);
    assert!(
        rise > 2.0,
        "the default seed's validation loss rises ×{rise:.2}"
    );
}

#[test]
fn p0_grows_confident_in_its_mistakes_whose_loss_at_least_doubles() {
    let sentence = "cross-entropy punishes a confident mistake hard: the average loss on a wrongly \
                    classified image at least doubles.";
    holds_on_most_seeds("digits", sentence, |t| {
        let (epoch, _, _) = t.at_best(0);
        let (then, end) = (t.wrong_loss[epoch - 1], *t.wrong_loss.last().unwrap());
        let detail = format!(
            "mean loss on a wrong answer {then:.2} at the minimum (epoch {epoch}), {end:.2} at the end"
        );
        (end >= 2.0 * then, detail)
    });
}

#[test]
fn dropout_runs_follow_the_papers_recipe() {
    let rates = assert_note_says(
        "digits",
        "drop 20 % of the input pixels, and 20 % or half of the hidden units.",
    )
    .rates;
    assert_eq!(rates[1], [0.2, 0.2, 0.2]);
    assert_eq!(rates[2], [0.2, 0.5, 0.5]);
}

#[test]
fn dropout_runs_learn_slower_end_lower_with_a_smaller_gap() {
    let sentence = "They learn more slowly, their validation loss ends below the p = 0 run's and \
                    their train/validation gap is smaller.";
    holds_on_most_seeds("digits", sentence, |t| {
        let plain = t.ending(0);
        let plain_from = all_right_from(t, 0).unwrap_or(usize::MAX);
        let mut detail = format!(
            "p = 0 all right from epoch {plain_from}, val {:.3}",
            plain.val
        );
        let holds = DROPOUT_RUNS.iter().all(|&run| {
            let (end, from) = (t.ending(run), all_right_from(t, run).unwrap_or(usize::MAX));
            detail += &format!("; run {run}: from {from}, val {:.3}", end.val);
            from > plain_from
                && end.val < plain.val
                && end.val - end.train < plain.val - plain.train
        });
        (holds, detail)
    });
}

#[test]
fn dropout_accuracy_is_no_better_within_five_points_either_way() {
    let sentence = "Their accuracy is no better: it ends within five points of the p = 0 run's, \
                    above it on some seeds and below on others";
    let (mut above, mut below) = (0, 0);
    holds_on_most_seeds("digits", sentence, |t| {
        let plain = t.ending(0).accuracy;
        let ends: Vec<f32> = DROPOUT_RUNS.iter().map(|&r| t.ending(r).accuracy).collect();
        let detail = format!("accuracy {ends:.3?} vs {plain:.3}");
        (ends.iter().all(|a| (a - plain).abs() <= 0.05), detail)
    });
    for t in crate::seeds::trained("digits") {
        let (plain, dropout) = (t.ending(0).accuracy, t.ending(2).accuracy);
        above += usize::from(dropout > plain);
        below += usize::from(dropout < plain);
    }
    eprintln!("p = 0.5 accuracy above p = 0 on {above} seeds, below on {below}");
    assert!(above >= 1 && below >= 1, "above {above}, below {below}");
}

#[test]
fn input_mask_drops_a_fifth_of_the_pixels() {
    let preset = assert_note_says(
        "digits",
        "whole pixels vanish, so the network must recognise a digit from any four fifths of it.",
    );
    for seed in SEEDS {
        let mut lab = preset.with_seed(seed).experiment().unwrap();
        lab.step();
        for run in DROPOUT_RUNS {
            let mask = lab.runs()[run].mask(0);
            let dropped = dropped_share(mask);
            assert!(
                (0.18..=0.22).contains(&dropped),
                "seed {seed}, run {run}: {dropped:.3}"
            );
            assert_ne!(
                mask.row(0),
                mask.row(1),
                "seed {seed}: each image has its own mask"
            );
        }
    }
}
