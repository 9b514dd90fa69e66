//! The `Lab` handle as the page drives it, in headless Chromium: a story stops at exactly its
//! epoch however much a frame may train, adding a rate restarts the race and says so, and the
//! typed getters agree with `snapshot()`.
#![cfg(target_arch = "wasm32")]

use dropout_lab::binding::Lab;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn train_for_stops_every_run_at_the_stop_epoch() {
    let mut lab = Lab::new("moons", 7, None).unwrap();
    lab.set_stop_epoch(Some(4));
    let mut frames = 0;
    // Greedy frames: each could train far past the stop.
    while !lab.at_stop_epoch() {
        lab.train_for(1000.0, 100_000);
        frames += 1;
        assert!(frames < 1000, "the stop was never reached");
    }
    for run in 0..lab.run_count() {
        assert_eq!(lab.run_epoch(run), 4.0, "run {run}");
    }
    assert_eq!(
        lab.train_for(1000.0, 100_000),
        0,
        "nothing trains at the stop"
    );
    assert_eq!(lab.step(3), 0);
    lab.set_stop_epoch(None);
    assert_eq!(lab.stop_epoch(), None);
    assert_eq!(lab.step(1), 1, "cleared, the story goes on");
}

#[wasm_bindgen_test]
fn adding_a_rate_mid_race_restarts_it_with_a_notice() {
    let mut lab = Lab::new("moons", 7, None).unwrap();
    let before = lab.run_count();
    lab.add_run(0.1).unwrap();
    assert_eq!(
        lab.last_notice(),
        None,
        "nothing to restart before the race begins"
    );
    lab.remove_run(before).unwrap();
    lab.step(5);
    let i = lab.add_run(0.7).unwrap();
    assert_eq!(i, before);
    assert!(lab.last_notice().unwrap().contains("restarted"));
    assert_eq!(lab.iteration(), 0.0);
    assert!((0..lab.run_count()).all(|r| lab.run_epoch(r) == 0.0));
    lab.step(2);
    lab.remove_run(0).unwrap();
    assert_eq!(lab.last_notice(), None);
    assert_eq!(
        lab.iteration(),
        2.0,
        "removing a run leaves the race where it is"
    );
}

#[wasm_bindgen_test]
fn typed_getters_agree_with_the_snapshot() {
    let mut lab = Lab::new("moons", 7, None).unwrap();
    lab.step(50);
    let snap = lab.snapshot();
    for run in 0..lab.run_count() {
        let label = lab.run_label(run).unwrap();
        assert!(
            snap.contains(&format!("\"label\":\"{label}\"")),
            "{label} in {snap}"
        );
        assert!(lab.val_loss(run).is_finite() && lab.train_loss_eval(run).is_finite());
        let accuracy = lab.val_accuracy(run);
        assert!((0.0..=1.0).contains(&accuracy), "accuracy {accuracy}");
        assert_eq!(lab.diverged(run), None);
    }
    assert!(snap.contains(&format!("\"iteration\":{}", lab.iteration())));
    assert_eq!(lab.layer_count(), lab.layer_sizes().len() - 1);
    let missing = lab.run_count();
    assert!(lab.val_loss(missing).is_nan() && lab.drop_rate(missing, 0).is_nan());
    assert_eq!(lab.run_label(missing), None);
    assert!(!lab.classic());
}

/// #18: the page's replica, given the engine's image, shows what the engine's lab shows (its
/// snapshot, every run's label and losses), for every variant, and applying it trains nothing.
#[wasm_bindgen_test]
fn a_replica_given_the_engines_image_has_the_same_snapshot_and_never_trains() {
    let texts = [
        "",
        "classic~evaldrop",
        "gaussian~maxnorm_3",
        "dropconnect~bn",
    ];
    let mut engine = Lab::new("moons", 7, None).unwrap();
    while engine.run_count() < texts.len() {
        engine.add_run(0.3).unwrap();
    }
    for (run, text) in texts.iter().enumerate() {
        engine.set_run_variant(run, text).unwrap();
    }
    engine.set_focused(2).unwrap();
    engine.step(37);
    let mut replica = Lab::new("moons", 7, None).unwrap();
    replica.set_focused(2).unwrap();
    let trained = dropout_lab::binding::training_steps_here();
    replica.apply_image(&engine.image()).unwrap();
    assert_eq!(dropout_lab::binding::training_steps_here(), trained);
    assert_eq!(replica.snapshot(), engine.snapshot());
    for run in 0..engine.run_count() {
        assert_eq!(replica.run_label(run), engine.run_label(run));
        assert_eq!(replica.run_variant(run).ok(), engine.run_variant(run).ok());
    }
    assert!(
        engine.train_for(1000.0, 3) == 3 && dropout_lab::binding::training_steps_here() > trained
    );
}

/// #18: the notation is a setting of each Lab, not of the wasm instance: two labs in one
/// instance, one in each notation, write their own labels (run labels, the snapshot, a sweep
/// panel started from each), and setting one leaves the other as it was.
#[wasm_bindgen_test]
fn two_labs_in_one_instance_write_each_in_its_own_notation() {
    let mut dropping = Lab::new("moons", 7, None).unwrap();
    let mut retaining = Lab::new("moons", 7, None).unwrap();
    retaining.set_notation(true);
    for lab in [&mut dropping, &mut retaining] {
        lab.set_hidden_rate(0, 0.2).unwrap();
    }
    assert!(!dropping.retain_notation() && retaining.retain_notation());
    assert_eq!(dropping.run_label(0).unwrap(), "p = 0.20");
    assert_eq!(retaining.run_label(0).unwrap(), "retain p = 0.80");
    assert!(dropping.snapshot().contains("\"label\":\"p = 0.20\""));
    assert!(
        retaining
            .snapshot()
            .contains("\"label\":\"retain p = 0.80\"")
    );

    // A size sweep's second curve is the focused run's: its table names it as its lab does.
    for lab in [&mut dropping, &mut retaining] {
        lab.set_focused(0).unwrap();
    }
    let curve = |lab: &Lab| lab.new_sweep("size", 1, 7).table_text(1)[0].clone();
    assert!(
        curve(&dropping).contains("p = 0.20"),
        "{}",
        curve(&dropping)
    );
    assert!(
        curve(&retaining).contains("retain p = 0.80"),
        "{}",
        curve(&retaining)
    );
    let mut panel = retaining.new_sweep("size", 1, 7);
    panel.set_notation(false);
    assert!(
        !panel.table_text(1)[0].contains("retain"),
        "the panel's own setting"
    );

    // Labels are written when asked: the other lab is not moved by this one's switch.
    dropping.set_notation(true);
    retaining.set_notation(false);
    assert_eq!(dropping.run_label(0).unwrap(), "retain p = 0.80");
    assert_eq!(retaining.run_label(0).unwrap(), "p = 0.20");
}

/// #18: the page gives a new lab every run's rates in one call and reads them back in one; the
/// lab focuses a run it added, says when adding restarted a race, and a refusal changes nothing.
#[wasm_bindgen_test]
fn a_rate_table_goes_in_and_comes_out_in_one_call() {
    use js_sys::Float32Array;
    let mut lab = Lab::new("moons", 7, Some(vec![16, 16, 16])).unwrap();
    let rows = |table: &[&[f32]]| -> Vec<Float32Array> {
        table.iter().map(|r| Float32Array::from(*r)).collect()
    };
    lab.set_run_rates(rows(&[&[0.0, 0.5], &[0.2, 0.1, 0.3]]), None)
        .unwrap();
    let fitted = [0.0, 0.5, 0.5, 0.5, 0.2, 0.1, 0.3, 0.3];
    assert_eq!(lab.rate_table(), fitted, "fitted to 3 hidden layers");
    assert_eq!(lab.layer_count(), 4);

    lab.step(3);
    lab.set_run_rates(rows(&[&[0.0, 0.5], &[0.2, 0.1], &[0.4]]), Some(0.1))
        .unwrap();
    assert_eq!(lab.run_count(), 3);
    assert_eq!(lab.focused(), 2, "the run it added is focused");
    assert_eq!(lab.rate_table()[8..], [0.1, 0.4, 0.4, 0.4]);
    assert!(lab.last_notice().unwrap().contains("restarted"));
    assert_eq!(lab.iteration(), 0.0);

    let before = lab.rate_table();
    assert!(lab.set_run_rates(rows(&[&[0.0, 1.0]]), None).is_err());
    assert!(lab.set_run_rates(Vec::new(), None).is_err());
    assert_eq!(lab.rate_table(), before, "a refusal changes nothing");
}
