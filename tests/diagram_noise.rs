//! What the network diagram shows of a run's variant (`core::diagram`): the rates the code
//! really drops with, the banner a mistake earns in the view where it is made, DropConnect's
//! weight counts and Gaussian factors of the drawn example, and which units get the ×1/(1−p)
//! badge.

use crate::common;

use dropout_lab::core::DropoutRates;
use dropout_lab::core::diagram::DiagramNoise;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::variant::parse;

/// One run of a 2-16-16-1 network with hidden rate `p` and the variant in text form, trained
/// `steps` minibatches of 20.
fn run_of(text: &str, p: f32, steps: usize) -> Experiment {
    let mut e = Experiment::new(common::config(vec![16, 16], 20, 5), common::moons(60, 5)).unwrap();
    let (mode, v) = parse(text).unwrap();
    let rates = DropoutRates::new(e.config().uniform_rates(0.0, p), mode).unwrap();
    e.add_run_with(rates, v).unwrap();
    for _ in 0..steps {
        e.step();
    }
    e
}

#[test]
fn plain_dropout_draws_its_own_rates_and_says_nothing_more() {
    let e = run_of("", 0.5, 1);
    for train_view in [true, false] {
        let d = DiagramNoise::of(&e.runs()[0], train_view, 0);
        assert_eq!(d.drop_rates, [0.0, 0.5, 0.5]);
        assert_eq!(d.mask_rates, [0.0, 0.5, 0.5]);
        assert_eq!(
            (&d.banner, &d.footers, &d.weight_masks),
            (&None, &None, &None)
        );
        assert!(!d.hides_masks());
        assert!(!d.classic(false, train_view) && d.classic(true, train_view));
    }
}

#[test]
fn p_read_as_keep_draws_one_minus_p_and_says_so_in_training_only() {
    let e = run_of("keep", 0.2, 1);
    let train = DiagramNoise::of(&e.runs()[0], true, 0);
    assert_eq!(
        train.drop_rates,
        [0.0, 0.8, 0.8],
        "a layer without dropout stays without"
    );
    assert_eq!(train.mask_rates, [0.0, 0.8, 0.8]);
    assert!(train.banner.as_deref().unwrap().contains("drops 1 − p"));
    assert_eq!(DiagramNoise::of(&e.runs()[0], false, 0).banner, None);
}

#[test]
fn evaluation_mistakes_are_named_in_the_evaluation_view_only() {
    for (text, words) in [
        ("evaldrop", "dropout left on"),
        ("noscale", "not scaled by 1−p"),
    ] {
        let e = run_of(text, 0.5, 1);
        let eval = DiagramNoise::of(&e.runs()[0], false, 0);
        assert!(
            eval.banner
                .as_deref()
                .unwrap()
                .starts_with("EVALUATION — MISTAKE"),
            "{text}"
        );
        assert!(eval.banner.as_deref().unwrap().contains(words), "{text}");
        assert_eq!(
            DiagramNoise::of(&e.runs()[0], true, 0).banner,
            None,
            "{text}"
        );
    }
    // The no-scale mistake trains as classic dropout (no badge) and then scales nothing, so the
    // evaluation view shows units as inverted dropout would, whatever the lab's scaling.
    let d = DiagramNoise::of(&run_of("noscale", 0.5, 1).runs()[0], false, 0);
    assert!(d.classic(false, true) && d.classic(true, true));
    assert!(!d.classic(false, false) && !d.classic(true, false));
}

#[test]
fn dropconnect_counts_the_kept_weights_of_this_minibatch() {
    let e = run_of("dropconnect", 0.5, 1);
    let run = &e.runs()[0];
    let d = DiagramNoise::of(run, true, 0);
    let masks = d.weight_masks.as_ref().expect("weight masks after a step");
    let footers = d.footers.as_ref().unwrap();
    assert_eq!(footers.len(), 4, "a footer list per layer, output included");
    for (l, mask) in masks.iter().enumerate() {
        let kept = mask.iter().filter(|&&k| k == 1).count();
        assert_eq!(footers[l][0], format!("kept {kept} of {}", mask.len()));
        let expected = mask.len() as f32 * (1.0 - d.mask_rates[l]);
        assert_eq!(footers[l][1], format!("weights (≈ {expected:.0})"));
    }
    assert!(footers[3].is_empty(), "no weights leave the output layer");
    assert!(d.banner.as_deref().unwrap().contains("DropConnect"));
    assert!(!d.hides_masks());
    assert!(
        d.classic(false, true),
        "no unit is scaled in training: its weights are"
    );
    let before = DiagramNoise::of(&run_of("dropconnect", 0.5, 0).runs()[0], true, 0);
    assert_eq!(
        (before.footers, before.weight_masks),
        (None, None),
        "nothing drawn yet"
    );
}

#[test]
fn gaussian_noise_shows_the_drawn_examples_factors_and_crosses_nothing_out() {
    let e = run_of("gaussian", 0.25, 1);
    let run = &e.runs()[0];
    let example = 3;
    let d = DiagramNoise::of(run, true, example);
    let factors = d.factors.as_ref().unwrap();
    assert!(
        factors[0].is_empty(),
        "the input layer, p = 0, has no noise"
    );
    assert_eq!(factors[1], run.mask(1).row(example).to_vec());
    let footers = d.footers.as_ref().unwrap();
    assert_eq!(footers[0], ["no noise"]);
    assert_eq!(footers[1][0], "× N(1, 0.33)", "variance p/(1−p) = 1/3");
    let (lo, hi) = factors[2]
        .iter()
        .fold((f32::MAX, f32::MIN), |(lo, hi), &f| (lo.min(f), hi.max(f)));
    assert_eq!(footers[2][1], format!("factors {lo:.2} … {hi:.2}"));
    assert!(d.hides_masks());
    assert!(
        d.classic(false, true) && !d.classic(true, false),
        "mean 1: no badge in training"
    );
}
