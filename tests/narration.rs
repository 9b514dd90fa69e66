//! The described lab (#20): every sentence the narrator and Describe say is checked against the
//! core's own numbers (the history, the masks), the upward-turn rule against curves that do and
//! do not turn, the throttle's pace over a whole story at full speed, and the pitch mapping.

use dropout_lab::core::history::{History, HistoryPoint};
use dropout_lab::core::labels::Notation;
use dropout_lab::core::narration::describe::{self, View};
use dropout_lab::core::narration::sound::{self, HIGH_HZ, LOW_HZ, loss_pitch};
use dropout_lab::core::narration::throttle::NARRATION_GAP_MS;
use dropout_lab::core::narration::{Narrator, Priority, Throttle, text, turned_upward};
use dropout_lab::core::preset;

fn history(val: impl Fn(usize) -> f32, epochs: usize) -> History {
    let mut h = History::default();
    for epoch in 1..=epochs {
        h.push(HistoryPoint {
            epoch,
            train_loss: 0.1,
            train_loss_eval: 0.1,
            val_loss: val(epoch),
            train_accuracy: None,
            val_accuracy: None,
        });
    }
    h
}

#[test]
fn a_curve_that_bottoms_out_and_climbs_turns_upward_at_its_minimum() {
    let h = history(|e| 0.3 + 0.01 * (e as f32 - 14.0).abs(), 60);
    assert_eq!(turned_upward(&h), Some(14));
}

#[test]
fn a_falling_a_flat_noisy_and_a_young_curve_do_not_turn() {
    assert_eq!(turned_upward(&history(|e| 1.0 / e as f32, 300)), None);
    // ±3 % jitter around a plateau, as a dropout run's validation loss does.
    let jitter = |e: usize| 0.4 * (1.0 + 0.03 * ((e * 7919) % 13) as f32 / 6.0 - 0.03);
    assert_eq!(turned_upward(&history(jitter, 300)), None);
    // One bad epoch is not a turn.
    let spike = |e: usize| if e == 60 { 0.9 } else { 1.0 / e as f32 };
    assert_eq!(turned_upward(&history(spike, 60)), None);
    // Climbing, but the minimum is only 5 epochs behind.
    let young = |e: usize| 0.3 + 0.05 * (e as f32 - 10.0).abs();
    assert_eq!(turned_upward(&history(young, 15)), None);
}

/// The default preset on the default seed, trained `epochs`.
fn moons(epochs: usize) -> dropout_lab::core::Experiment {
    let p = preset::by_name(preset::DEFAULT).unwrap();
    let mut e = p.experiment().unwrap();
    e.train_epochs(epochs);
    e
}

/// The run whose latest validation loss is lowest, and that loss, read off the histories.
fn lowest_run(e: &dropout_lab::core::Experiment) -> (usize, f32) {
    let val = |i: usize| e.runs()[i].history().last().unwrap().val_loss;
    let lowest = (0..e.runs().len())
        .min_by(|&a, &b| val(a).total_cmp(&val(b)))
        .unwrap();
    (lowest, val(lowest))
}

/// The sentence that says the p = 0 run (run 0) is rising, from its history.
fn p0_rising(e: &dropout_lab::core::Experiment) -> String {
    let history = e.runs()[0].history();
    let since = turned_upward(history).expect("p = 0 has turned");
    let last = history.last().unwrap();
    format!(
        "p = 0.00: validation {:.2} and rising since epoch {since}, training {:.2}.",
        last.val_loss, last.train_loss_eval
    )
}

#[test]
fn a_progress_sentence_says_the_epoch_the_lowest_run_and_the_rising_runs_from_the_history() {
    // Epoch by epoch with time to speak after each: the turns are said as they happen, and
    // epoch 30 (a tenth of 300) brings the progress sentence.
    let mut e = moons(0);
    e.set_stop_epoch(Some(300));
    let mut n = Narrator::default();
    let mut said = String::new();
    for epoch in 1..=30 {
        e.train_epochs(1);
        said = n
            .observe(&e, 300, Notation::Drop, epoch as f64 * NARRATION_GAP_MS)
            .unwrap_or_default();
    }
    let runs = e.runs();
    let (lowest, lowest_val) = lowest_run(&e);
    assert!(said.starts_with("Epoch 30 of 300. "), "{said}");
    let best = format!(
        "Lowest validation loss: {}, {:.2}.",
        runs[lowest].label(Notation::Drop),
        lowest_val
    );
    assert!(said.contains(&best), "{said} lacks {best}");
    // p = 0 bottoms out within ten epochs on this seed and climbs: it is named as rising.
    let rising = p0_rising(&e);
    assert!(said.contains(&rising), "{said} lacks {rising}");
}

#[test]
fn the_story_end_names_the_run_with_the_lowest_validation_loss_at_the_end() {
    let mut e = moons(0);
    e.set_stop_epoch(Some(300));
    let mut n = Narrator::default();
    let mut ends = Vec::new();
    let mut now = 0.0;
    while e.can_train() {
        e.train_epochs(1);
        now += 100.0;
        ends.extend(n.observe(&e, 300, Notation::Drop, now));
    }
    // The last message may wait for the gap.
    for _ in 0..50 {
        now += 100.0;
        ends.extend(n.observe(&e, 300, Notation::Drop, now));
    }
    let end = ends.last().unwrap();
    let runs = e.runs();
    let (lowest, lowest_val) = lowest_run(&e);
    let expected = format!(
        "End of the story at epoch 300. Lowest validation loss at the end: {}, {:.2}.",
        runs[lowest].label(Notation::Drop),
        lowest_val
    );
    assert!(end.starts_with(&expected), "{end}");
    // The moons story's lesson: the p = 0.5 run ends lowest on the default seed, and the p = 0
    // run, overfitting, is said to be rising, with its numbers.
    assert_eq!(runs[lowest].label(Notation::Drop), "p = 0.50");
    let rising = p0_rising(&e);
    assert!(end.contains(&rising), "{end} lacks {rising}");
    assert!(end.ends_with("Training pauses here; Play goes on."));
}

#[test]
fn at_full_speed_a_whole_story_is_told_at_most_once_every_gap_and_its_end_is_always_said() {
    // The race as the page sees it at full speed: several epochs per 16 ms frame.
    let mut e = moons(0);
    e.set_stop_epoch(Some(300));
    let mut n = Narrator::default();
    let mut said: Vec<(f64, String)> = Vec::new();
    let mut now = 0.0;
    for _frame in 0..2000 {
        if e.can_train() {
            e.train_epochs(3);
        }
        now += 16.7;
        if let Some(t) = n.observe(&e, 300, Notation::Drop, now) {
            said.push((now, t));
        }
    }
    for pair in said.windows(2) {
        assert!(pair[1].0 - pair[0].0 >= NARRATION_GAP_MS, "{pair:?}");
    }
    assert!(
        said.last().unwrap().1.starts_with("End of the story"),
        "{said:?}"
    );
    assert!(said.len() >= 2, "{said:?}");
}

#[test]
fn the_throttle_keeps_the_most_important_waiting_message_and_restarts_after_the_student_acts() {
    let mut t = Throttle::default();
    t.spoken(0.0);
    t.offer(Priority::Progress, "tenth".into());
    t.offer(Priority::StoryEnd, "end".into());
    t.offer(Priority::Progress, "later tenth".into());
    assert_eq!(t.poll(NARRATION_GAP_MS - 1.0), None);
    assert_eq!(t.poll(NARRATION_GAP_MS).as_deref(), Some("end"));
    t.offer(Priority::Upturn, "turn".into());
    t.spoken(NARRATION_GAP_MS + 100.0); // the student pressed Pause
    assert_eq!(t.poll(2.0 * NARRATION_GAP_MS), None);
    assert_eq!(
        t.poll(2.0 * NARRATION_GAP_MS + 100.0).as_deref(),
        Some("turn")
    );
}

#[test]
fn describe_counts_the_kept_units_of_the_masks_the_step_used_and_says_their_scale() {
    let mut e = moons(0);
    e.steps(1);
    let view = View {
        focused: 2,
        example: 3,
        train_view: true,
        notation: Notation::Drop,
        story: Some(300),
    };
    let said = describe::diagram(&e, view);
    let run = &e.runs()[2];
    assert!(said.starts_with("Network of p = 0.50, example 4 of the last minibatch."));
    for layer in 1..run.net().dropout_layers() {
        let kept = run.mask(layer).row(3).iter().filter(|&&m| m > 0.5).count();
        let units = run.mask(layer).ncols();
        let sentence =
            format!("hidden {layer}: {kept} of {units} units kept this step, kept units ×2.");
        assert!(said.contains(&sentence), "{said} lacks {sentence}");
    }
    assert!(
        said.contains("input: 2 of 2 inputs kept this step."),
        "{said}"
    );
    let counts = describe::kept_counts(&e, view).unwrap();
    assert_eq!(counts.len(), run.net().dropout_layers());
    let eval = describe::diagram(
        &e,
        View {
            train_view: false,
            ..view
        },
    );
    assert!(eval.contains("every unit on"), "{eval}");
}

#[test]
fn describe_says_each_maps_accuracy_as_the_history_measured_it() {
    let mut e = moons(20);
    let said = describe::maps(&mut e, Notation::Drop);
    for run in e.runs() {
        let acc = run.history().last().unwrap().val_accuracy.unwrap();
        let sentence = format!(
            "Map of {}: {:.0} % of validation points right",
            run.label(Notation::Drop),
            100.0 * acc
        );
        assert!(said.contains(&sentence), "{said} lacks {sentence}");
    }
    let race = describe::race(
        &e,
        View {
            focused: 0,
            example: 0,
            train_view: true,
            notation: Notation::Drop,
            story: Some(300),
        },
    );
    assert!(race.starts_with("Epoch 20 of 300. 3 runs race."), "{race}");
    assert!(race.contains("p = 0.00 (focused): training loss"), "{race}");
}

#[test]
fn the_student_s_own_actions_are_said_in_the_core_s_words() {
    assert_eq!(text::played(12), "Playing from epoch 12.");
    assert_eq!(text::paused(40), "Paused at epoch 40.");
    assert!(
        text::rate_set("p = 0.30", "p = 0.30 · keep 1−p = 0.70")
            .starts_with("Focused run is now p = 0.30: p = 0.30 · keep")
    );
    assert_eq!(
        text::layer_kept(1, 65, 128, 2.0),
        "hidden 1: 65 of 128 units kept this step, kept units ×2."
    );
    assert_eq!(
        text::layer_kept(2, 90, 128, 1.0 / 0.7),
        "hidden 2: 90 of 128 units kept this step, kept units ×1.43."
    );
}

#[test]
fn loss_maps_to_pitch_on_a_log_scale_higher_loss_higher_note() {
    assert!((loss_pitch(1.0) - HIGH_HZ).abs() < 1e-6);
    assert!((loss_pitch(0.01) - LOW_HZ).abs() < 1e-6);
    assert!((loss_pitch(5.0) - HIGH_HZ).abs() < 1e-6, "clamped above");
    assert!((loss_pitch(0.0) - LOW_HZ).abs() < 1e-6, "clamped below");
    assert_eq!(loss_pitch(f32::NAN), 0.0, "silent");
    // Equal ratios of loss, equal intervals: 0.1 is the geometric middle, one octave up from 220.
    assert!(
        (loss_pitch(0.1) - 440.0).abs() < 1e-3,
        "{}",
        loss_pitch(0.1)
    );
    let ratio = |a: f32, b: f32| loss_pitch(a) / loss_pitch(b);
    assert!((ratio(0.4, 0.2) - ratio(0.2, 0.1)).abs() < 1e-3);
    let picked = sound::listen_points(1000);
    assert_eq!(
        (picked.len(), picked[0], *picked.last().unwrap()),
        (sound::LISTEN_POINTS, 0, 999)
    );
}

#[test]
fn a_sweep_is_described_by_its_lowest_point_and_the_shape_of_its_curve() {
    use dropout_lab::core::sweep::{Outcome, Plan, Sweep};
    let p = preset::by_name(preset::DEFAULT).unwrap();
    let mut sweep = Sweep::new(Plan::p_sweep(&p, 0.0, 1, 1));
    assert_eq!(describe::sweep(&sweep), text::sweep_empty());
    // A U over p = 0 … 0.9 with its minimum at p = 0.4.
    for (job, x) in sweep.plan().xs.clone().into_iter().enumerate() {
        let v = 0.3 + (x - 0.4).powi(2);
        sweep.record(
            job,
            Outcome {
                val: vec![v; 5],
                train_eval: vec![v / 2.0; 5],
                best_val: Some(v),
                diverged: None,
            },
        );
    }
    let said = describe::sweep(&sweep);
    assert_eq!(
        said,
        "Sweep of final validation loss against p: lowest at p = 0.40, 0.30; 0.46 at p = 0.00, \
         0.55 at p = 0.90. The curve is a U: too little and too much both cost validation loss."
    );
}

#[test]
fn the_averaging_views_table_is_its_curve_after_weight_scaling() {
    use dropout_lab::core::inside::look::{Look, View as InsideView};
    use dropout_lab::core::narration::tables;
    let e = moons(5);
    let val = e.split().val.x.clone();
    let mut look =
        Look::start(&e, 2, InsideView::Averaging, 0, val.view(), Notation::Drop).unwrap();
    let mut t = 0.0;
    while look
        .work(1e9, || {
            t += 1.0;
            t
        })
        .1
    {}
    let table = tables::inside(&look);
    assert_eq!(
        table.heads,
        ["Networks", "Validation loss", "Validation error"]
    );
    assert!(
        table
            .caption
            .ends_with("of p = 0.50 against weight scaling")
    );
    let dropout_lab::core::inside::look::Job::Averaging(job) = &look.job else {
        panic!("an averaging job")
    };
    let scaled = job.scaled.unwrap();
    assert_eq!(table.rows[0][0], "weight scaling");
    assert_eq!(table.rows[0][1], format!("{:.4}", scaled.loss));
    assert_eq!(table.rows.len(), 1 + job.curve.len());
    let last = job.curve.last().unwrap();
    assert_eq!(
        table.rows.last().unwrap(),
        &vec![
            format!("average of {}", last.k),
            format!("{:.4}", last.loss),
            format!("{:.1} %", 100.0 * last.error.unwrap())
        ]
    );
}
