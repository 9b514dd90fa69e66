//! The Inside dropout views as the page runs them, on a trained race: which run co-adaptation
//! compares, a view spread over frames computes what it computes at once, the note names the view
//! and the frozen run, and each panel's title. The views' math on a tiny network: `inside.rs`.

use std::cell::Cell;

use crate::common;
use crate::inside::{points, tiny};

use dropout_lab::core::Experiment;
use dropout_lab::core::inside::averaging::{AveragingJob, MAX_K};
use dropout_lab::core::inside::look::{Job, Look, View, comparison, mask_seed, note};
use dropout_lab::core::inside::spread::mean_per_class;
use dropout_lab::core::inside::subnets::SubnetsJob;
use dropout_lab::core::inside::{Frozen, Pass};
use dropout_lab::core::labels::Notation;
use dropout_lab::core::{Activation, DropoutMode, DropoutRates, OutputHead};
use ndarray::array;

/// A race of p = 0, 0.2 and 0.5 on the moons, trained a few epochs.
fn race() -> Experiment {
    let rates: Vec<Vec<f32>> = [0.0, 0.2, 0.5].iter().map(|&p| vec![0.0, p]).collect();
    let mut e = Experiment::with_runs(
        common::config(vec![12], 20, 4),
        common::moons(60, 4),
        &rates,
    )
    .unwrap();
    e.train_epochs(3);
    e
}

#[test]
fn co_adaptation_compares_a_dropout_run_with_the_first_plain_one_and_back() {
    let e = race();
    assert_eq!(comparison(e.runs(), 2), Some(0), "p = 0.5 beside p = 0");
    assert_eq!(comparison(e.runs(), 1), Some(0));
    assert_eq!(
        comparison(e.runs(), 0),
        Some(1),
        "p = 0 beside the first dropout run"
    );
    assert_eq!(
        comparison(&e.runs()[1..], 0),
        None,
        "no plain run to compare with"
    );
    let val = e.split().val.x.view();
    let look = Look::start(&e, 2, View::Coadaptation, 0, val, Notation::Drop).unwrap();
    let Job::Coadaptation(c) = &look.job else {
        panic!("a co-adaptation job");
    };
    let labels: Vec<&str> = c.runs.iter().map(|r| r.looked.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            e.runs()[2].label(Notation::Drop),
            e.runs()[0].label(Notation::Drop)
        ]
    );
    assert_eq!(
        look.progress(),
        (0, 2 * (12 + 1)),
        "every hidden unit, and the full network"
    );
}

#[test]
fn a_view_spread_over_frames_computes_what_it_computes_at_once() {
    let e = race();
    let val = &e.split().val;
    let at_once = AveragingJob::new(
        Frozen::of(e.runs()[2].net(), e.runs()[2].rates()),
        val.x.view(),
        val.y.view(),
        mask_seed(3),
        MAX_K,
    )
    .run();
    let mut look = Look::start(&e, 2, View::Averaging, 3, val.x.view(), Notation::Drop).unwrap();
    // A clock that moves 1 ms at every reading: a pass costs about 1 ms, a frame's budget 10.
    let now = Cell::new(0.0);
    let clock = || {
        now.set(now.get() + 1.0);
        now.get()
    };
    let (mut frames, mut passes) = (0, 0);
    loop {
        let before = now.get();
        let (ran, more) = look.work(10.0, clock);
        assert!(ran >= 1, "every frame runs at least one pass");
        assert!(
            now.get() - before <= 10.0 + 3.0,
            "a frame overruns its budget by a pass at most"
        );
        (frames, passes) = (frames + 1, passes + ran);
        if !more {
            break;
        }
    }
    assert_eq!(passes, MAX_K + 1);
    assert!(frames > 10, "spread over frames: {frames}");
    assert_eq!(look.progress(), (MAX_K + 1, MAX_K + 1));
    let Job::Averaging(spread) = &look.job else {
        panic!("an averaging job");
    };
    assert_eq!(
        spread.curve, at_once.curve,
        "the same masks, the same averages"
    );
    assert_eq!(
        look.work(10.0, clock),
        (0, false),
        "a finished view runs nothing"
    );
}

#[test]
fn the_note_names_the_view_and_the_frozen_run() {
    let e = race();
    let val = e.split().val.x.view();
    for view in View::ALL {
        assert_eq!(View::parse(view.name()), Ok(view));
        let look = Look::start(&e, 1, view, 0, val, Notation::Drop).unwrap();
        let run = &e.runs()[1];
        let tail = format!(
            " (Run {}, epoch {}: frozen when the view started.)",
            run.label(Notation::Drop),
            run.epoch()
        );
        assert_eq!(look.note(), format!("{}{tail}", view.note()));
        assert_eq!(
            note(view, None),
            view.note(),
            "before a view starts, the view alone"
        );
    }
    assert!(View::note(View::Spread).contains("estimate"));
    let unknown = View::parse("x-ray").unwrap_err().to_string();
    assert!(
        unknown.contains("subnets, averaging, spread, coadaptation"),
        "{unknown}"
    );
}

#[test]
fn the_spread_per_class_is_the_mean_over_that_class_rows() {
    let targets = array![[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]];
    let means = mean_per_class(&[0.2, 0.5, 0.4], targets.view(), 3);
    assert_eq!(means, [0.3f32, 0.0, 0.5], "a class with no row has mean 0");
}

#[test]
fn each_sub_network_panel_is_titled_with_what_it_keeps_or_its_probability() {
    let e = race();
    let run = &e.runs()[2];
    let x = e.split().val.x.view();
    let mut job = SubnetsJob::new(Frozen::of(run.net(), run.rates()), x, 7);
    assert!(job.titles().is_empty(), "no panel before its pass");
    job.step();
    let kept: usize = job.masks[0].0[1..].iter().flatten().filter(|&&k| k).count();
    assert_eq!(
        job.titles(),
        [format!("1 · {kept}/12")],
        "the hidden units kept, of all"
    );
    let job = job.run();
    let titles = job.titles();
    assert_eq!(titles.len(), 8 + 2);
    assert_eq!(titles[8..], ["average of 8", "full net, scaled"]);
    // A tiny network shows every thinned network, each with its probability.
    let net = tiny(Activation::Relu, OutputHead::SigmoidBce);
    let rates = DropoutRates::new(vec![0.2, 0.5], DropoutMode::Inverted).unwrap();
    let all = SubnetsJob::new(Frozen::of(&net, &rates), points().view(), 1).run();
    let titles = all.titles();
    assert_eq!(titles.len(), 16 + 2);
    assert_eq!(titles[0], "1 · prob 0.160", "the full network: 0.8² · 0.5²");
    assert_eq!(titles[16..], ["exact mean", "full, scaled"]);
}
