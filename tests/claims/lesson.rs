//! The guided lesson's answers (www/lab/lesson-steps.js, their English in src/l10n/en.ftl),
//! sentence by sentence: each one holds
//! on the default seed and on at least 9 of the seeds 1–10, in the very lab its step builds.
//! Sentences that other tests already pin are listed with that test, and the test must still
//! exist under that name, so a citation cannot rot.
//!
//! Runs race independently (same initial weights, minibatch order and mask stream whatever the
//! other runs are), so a step's run is the same run in the preset's cached training
//! ([`seeds::trained`]) whenever the rates agree: the p = 0 step reads the moons note's run 0.

use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::preset;

use crate::seeds::{self, MUST_HOLD, SEEDS};

/// The steps' English messages (`lesson-step-…` in the catalog, one per sentence), their
/// whitespace collapsed: what the card shows. The steps' table names these ids, so a
/// translation never changes what is claimed.
fn steps_text() -> String {
    dropout_lab::core::l10n::ENGLISH
        .lines()
        .filter_map(|line| line.strip_prefix("lesson-step-"))
        .filter_map(|line| line.split_once(" = ").map(|(_, text)| text))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_lesson_says(sentence: &str) {
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        steps_text().contains(&sentence),
        "the lesson no longer says '{sentence}'"
    );
}

/// Sentences whose science another test pins: (sentence, test file, test name).
const PINNED_ELSEWHERE: &[(&str, &str, &str)] = &[
    (
        "each unit is dropped on its own coin toss, with probability p, and kept with probability 1 − p",
        include_str!("../dropout.rs"),
        "fn dropped_fraction_is_binomial_within_four_sigma",
    ),
    (
        "Each kept unit is multiplied by 1/(1 − p) = 2, so the next layer gets the same input on average.",
        include_str!("../dropout.rs"),
        "fn mean_of_training_passes_matches_evaluation_in_both_modes",
    ),
    (
        "No: every step a different half of the hidden units is switched off.",
        include_str!("moons.rs"),
        "fn every_step_a_different_half_of_the_hidden_units_is_switched_off",
    ),
    (
        "No: at evaluation every unit is on and nothing is random (Eval mode shows it).",
        include_str!("../dropout.rs"),
        "fn evaluation_is_deterministic_and_mask_free",
    ),
    (
        "The kept units were already scaled by 1/(1 − p) in training, so no unit needs scaling now.",
        include_str!("../dropout.rs"),
        "fn inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob",
    ),
    (
        "scales the other way round: none in training, every unit ×(1 − p) at evaluation. Either way the next layer gets the same input on average.",
        include_str!("../dropout.rs"),
        "fn classic_and_inverted_differ_only_by_where_the_scale_goes",
    ),
    (
        "This network has 17,000 weights, 80 training points and no dropout (p = 0).",
        include_str!("moons.rs"),
        "fn eighty_points_one_in_ten_mislabelled_and_17000_weights",
    ),
    (
        "The p = 0.5 run's training loss stays higher, but its validation loss ends lower and the gap between its two curves is less than half as wide.",
        include_str!("moons.rs"),
        "fn p05_trains_worse_validates_better_with_less_than_half_the_gap",
    ),
    (
        "With every unit on, each layer gives the next one the input the thinned networks gave it on average.",
        include_str!("../dropout.rs"),
        "fn mean_of_training_passes_matches_evaluation_in_both_modes",
    ),
];

#[test]
fn sentences_pinned_elsewhere_are_still_said_and_still_tested() {
    for (sentence, file, test) in PINNED_ELSEWHERE {
        assert_lesson_says(sentence);
        assert!(
            file.contains(test),
            "'{sentence}' cites {test}, which is gone"
        );
    }
}

/// Each run's ending (training loss as the chart draws it, validation loss): the mean of the
/// last 5 % of epochs, what a viewer reads off the end of a curve.
fn endings(lab: &Experiment, epochs: usize) -> Vec<(f32, f32)> {
    let from = epochs - (epochs / 20).max(1);
    lab.runs()
        .iter()
        .map(|run| {
            let last: Vec<_> = run.history().iter().filter(|q| q.epoch > from).collect();
            let n = last.len() as f32;
            (
                last.iter().map(|q| q.train_loss_eval).sum::<f32>() / n,
                last.iter().map(|q| q.val_loss).sum::<f32>() / n,
            )
        })
        .collect()
}

/// The default preset's story with `hidden` layers and one run per hidden rate, trained.
fn race(seed: u64, hidden: &[usize], rates: &[f32]) -> Vec<(f32, f32)> {
    let mut p = preset::by_name(preset::DEFAULT)
        .unwrap()
        .with_seed(seed)
        .with_hidden(hidden)
        .unwrap();
    p.rates = rates
        .iter()
        .map(|&q| {
            std::iter::once(0.0)
                .chain(hidden.iter().map(|_| q))
                .collect()
        })
        .collect();
    let mut lab = p.experiment().unwrap();
    lab.train_epochs(p.epochs);
    endings(&lab, p.epochs)
}

/// `check` on every seed; holds on the default seed and on at least [`MUST_HOLD`] seeds.
fn holds(what: &str, check: impl Fn(u64) -> (bool, String) + Sync) {
    let outcomes: Vec<_> = SEEDS
        .zip(seeds::per_seed(check))
        .map(|(seed, (ok, detail))| (seed, ok, detail))
        .collect();
    let on_default = outcomes
        .iter()
        .any(|(seed, ok, _)| *seed == preset::DEFAULT_SEED && *ok);
    let holding = seeds::count(what, outcomes.into_iter());
    assert!(on_default, "{what}: does not hold on the default seed");
    assert!(holding >= MUST_HOLD, "{what}: holds on {holding} seeds");
}

#[test]
fn step_one_drops_about_half_but_rarely_exactly_half() {
    assert_lesson_says("About half, but rarely exactly half:");
    let moons = preset::by_name(preset::DEFAULT).unwrap();
    let mut exactly_half = 0;
    for seed in SEEDS {
        let mut lab = moons.with_seed(seed).experiment().unwrap();
        lab.step();
        // The diagram shows the p = 0.5 run's first example of the minibatch.
        let run = &lab.runs()[2];
        for layer in 1..run.masks().len() {
            let mask = run.mask(layer);
            let (n, kept) = (
                mask.ncols(),
                mask.row(0).iter().filter(|&&m| m != 0.0).count(),
            );
            // Binomial(128, 1/2): 64 ± 4σ, σ = √32 ≈ 5.7.
            let sigma = (n as f64 / 4.0).sqrt();
            assert!(
                (kept as f64 - n as f64 / 2.0).abs() < 4.0 * sigma,
                "seed {seed}, layer {layer}: kept {kept} of {n}"
            );
            exactly_half += usize::from(2 * kept == n);
        }
    }
    // P(exactly 64 of 128) ≈ 7 %: a few of these 20 layers at most.
    assert!(
        exactly_half <= 4,
        "{exactly_half} of 20 layers kept exactly half"
    );
}

#[test]
fn overfitting_without_dropout() {
    let early = "It bottoms out early (on this seed within ten epochs), then climbs to one and a half \
                 times its best or more, while the training loss keeps falling towards zero.";
    let memorising = "The network is memorising its training points, the mislabelled ones too";
    assert_lesson_says(early);
    assert_lesson_says(memorising);
    // Step 4 races p = 0 alone: the moons note's run 0.
    let trained = seeds::trained("moons");
    let at = |seed: u64| trained.iter().find(|t| t.seed == seed).unwrap();
    let (epoch, _, _) = at(preset::DEFAULT_SEED).at_best(0);
    assert!(epoch <= 10, "the default seed bottoms out at epoch {epoch}");
    holds("lesson: overfitting without dropout", |seed| {
        let t = at(seed);
        let (epoch, _, best) = t.at_best(0);
        let end = t.ending(0);
        let ok = t.rise(0) >= 1.5 && end.train < best.train_loss_eval / 2.0 && end.train < 0.15;
        let detail = format!(
            "minimum at epoch {epoch}, ends ×{:.2} above it; training loss {:.3} → {:.3}",
            t.rise(0),
            best.train_loss_eval,
            end.train
        );
        (ok, detail)
    });
    holds("lesson: p = 0 memorises mislabelled points", |seed| {
        let t = at(seed);
        let detail = format!("{} of {} mislabelled", t.memorised[0], t.mislabelled);
        (t.memorised[0] >= 3, detail)
    });
}

#[test]
fn dropout_narrows_the_gap_and_p05_ends_lowest_of_the_three() {
    assert_lesson_says("The p = 0.5 run, of the three.");
    holds("lesson: p = 0.5 ends lowest of 0, 0.2, 0.5", |seed| {
        let end = race(seed, &[128, 128], &[0.0, 0.2, 0.5]);
        let ok = end[2].1 < end[0].1 && end[2].1 < end[1].1;
        let detail = format!("val {:.3} / {:.3} / {:.3}", end[0].1, end[1].1, end[2].1);
        (ok, detail)
    });
}

#[test]
fn too_much_dropout_underfits() {
    assert_lesson_says(
        "No: keeping one or two of 16 units per example is too few to learn the moons.",
    );
    assert_lesson_says(
        "The p = 0.9 run ends with both a higher training loss and a higher validation loss than \
         the p = 0.5 run, both near 0.69, the loss of guessing 50:50.",
    );
    // 16 units kept with probability 0.1: 1.6 on average.
    assert!((16.0f32 * (1.0 - 0.9) - 1.6).abs() < 1e-5);
    holds("lesson: p = 0.9 underfits on 16,16", |seed| {
        let end = race(seed, &[16, 16], &[0.0, 0.9, 0.5]);
        let (too_much, half) = (end[1], end[2]);
        let coin = |loss: f32| (loss - std::f32::consts::LN_2).abs() < 0.1;
        let ok = too_much.0 > half.0 && too_much.1 > half.1 && coin(too_much.0) && coin(too_much.1);
        let detail = format!(
            "p = 0.9 train {:.3} val {:.3}; p = 0.5 train {:.3} val {:.3}",
            too_much.0, too_much.1, half.0, half.1
        );
        (ok, detail)
    });
}

#[test]
fn which_p_the_middle_wins_on_a_32_unit_network() {
    assert_lesson_says("One in the middle, p = 0.2 or p = 0.5.");
    assert_lesson_says(
        "p = 0 ends with the lowest training loss and overfits; p = 0.9 ends with the highest \
         training loss and underfits.",
    );
    holds("lesson: which p (0, 0.2, 0.5, 0.9 on 32,32)", |seed| {
        let end = race(seed, &[32, 32], &[0.0, 0.2, 0.5, 0.9]);
        let val: Vec<f32> = end.iter().map(|e| e.1).collect();
        let train: Vec<f32> = end.iter().map(|e| e.0).collect();
        let middle = val[1].min(val[2]);
        let ok = middle < val[0]
            && middle < val[3]
            && train[0] < train[1].min(train[2]).min(train[3])
            && train[3] > train[0].max(train[1]).max(train[2]);
        let detail = format!(
            "val {:.3} / {:.3} / {:.3} / {:.3}, train {:.3} / {:.3} / {:.3} / {:.3}",
            val[0], val[1], val[2], val[3], train[0], train[1], train[2], train[3]
        );
        (ok, detail)
    });
}
