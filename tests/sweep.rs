//! The sweep engine: what a plan holds, that a job is a pure function of its description (so
//! it may train in any worker, in any order), that it is the lab's own run with that seed,
//! rates, scaling and variant, bit for bit, and how results are summed up.

use dropout_lab::core::DropoutRates;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::preset::{self, DataSpec, Preset};
use dropout_lab::core::sweep::summary::{is_u, lowest};
use dropout_lab::core::sweep::{Band, Job, Kind, Outcome, P_LADDER, Plan, Row, Sweep, size_ladder};
use dropout_lab::core::variant::parse;

fn moons() -> Preset {
    preset::by_name("moons").unwrap()
}

#[test]
fn a_p_sweep_covers_every_rate_for_every_seed_at_the_input_rate() {
    let plan = Plan::p_sweep(&moons(), 0.2, 5, 3);
    assert_eq!(plan.kind, Kind::Rate);
    assert_eq!(plan.seeds, vec![5, 6, 7]);
    assert_eq!(plan.jobs.len(), P_LADDER.len() * 3);
    for (point, &p) in P_LADDER.iter().enumerate() {
        let jobs: Vec<_> = plan.jobs.iter().filter(|j| j.point == point).collect();
        assert_eq!(jobs.len(), 3);
        assert!(
            jobs.iter()
                .all(|j| j.rates == vec![0.2, p, p] && j.n_train == 80)
        );
    }
    // Seed by seed: a cancelled sweep has whole curves for its first seeds.
    assert!(plan.jobs[..P_LADDER.len()].iter().all(|j| j.seed == 5));
    assert_eq!(Plan::p_sweep(&moons(), 0.0, 1, 99).seeds.len(), 10);
}

#[test]
fn a_size_sweep_pairs_no_dropout_with_the_focused_rates_on_a_doubling_ladder() {
    let plan = Plan::size_sweep(&moons(), &[0.1, 0.5, 0.5], 2, 2);
    assert_eq!(plan.xs, vec![20.0, 40.0, 80.0, 160.0, 320.0, 640.0]);
    assert_eq!(plan.jobs.len(), 6 * 2 * 2);
    assert_eq!(plan.focus_p, 0.5);
    assert!(
        plan.jobs
            .iter()
            .filter(|j| j.series == 0)
            .all(|j| j.rates == vec![0.0; 3])
    );
    assert!(
        plan.jobs
            .iter()
            .filter(|j| j.series == 1)
            .all(|j| j.rates == vec![0.1, 0.5, 0.5])
    );
    for p in preset::all() {
        let ladder = size_ladder(&p);
        assert!(ladder.windows(2).all(|w| w[1] > w[0]), "{}", p.name);
        for n in ladder {
            p.with_train_size(n).data.generate().unwrap();
        }
    }
}

#[test]
fn with_train_size_changes_only_the_training_set() {
    let p = moons().with_train_size(160);
    assert_eq!(p.data.sizes(), (160, 200));
    let (small, big) = (moons().data.generate().unwrap(), p.data.generate().unwrap());
    assert_eq!(small.val.x, big.val.x);
    assert!(matches!(p.data, DataSpec::Toy2d(_)));
}

#[test]
fn a_job_is_reproducible_and_its_seed_changes_data_weights_and_masks() {
    let preset = moons();
    let plan = Plan::p_sweep(&preset, 0.0, 3, 2);
    let (a, b) = (&plan.jobs[5], &plan.jobs[15]);
    assert_eq!((a.seed, b.seed, a.rates.clone()), (3, 4, b.rates.clone()));
    let first = a.train_epochs(&preset, 4).unwrap();
    assert_eq!(first, a.train_epochs(&preset, 4).unwrap());
    assert_ne!(first.val, b.train_epochs(&preset, 4).unwrap().val);
    assert_eq!(first.val.len(), 4);
    assert!(first.best_val.unwrap() <= first.val.iter().copied().fold(f32::INFINITY, f32::min));
    assert_eq!(Outcome::from_flat(&first.to_flat()), first);
}

fn row(x: f32, val: f32) -> Row {
    let b = Band {
        mean: val,
        min: val,
        max: val,
        n: 1,
    };
    Row {
        x,
        final_val: b,
        best_val: b,
        final_train: b,
        gap: b,
    }
}

#[test]
fn a_u_needs_both_ends_above_a_minimum_well_inside() {
    let curve = |vals: &[f32]| -> Vec<Row> {
        P_LADDER
            .iter()
            .zip(vals)
            .map(|(&x, &v)| row(x, v))
            .collect()
    };
    let u = curve(&[1.0, 0.8, 0.6, 0.5, 0.45, 0.5, 0.55, 0.6, 0.7, 0.9]);
    assert!(is_u(&u));
    assert_eq!(lowest(&u), Some(4));
    assert!(!is_u(&curve(&[
        1.0, 0.8, 0.6, 0.5, 0.45, 0.4, 0.38, 0.37, 0.36, 0.35
    ])));
    assert!(!is_u(&curve(&[
        1.0, 0.4, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99
    ])));
}

#[test]
fn bands_span_the_seeds_and_skip_diverged_runs() {
    let b = Band::of([1.0, 3.0, f32::NAN, 2.0]);
    assert_eq!((b.mean, b.min, b.max, b.n), (2.0, 1.0, 3.0, 3));
    assert_eq!(Band::of([f32::NAN]).n, 0);
    let preset = moons();
    let plan = Plan::p_sweep(&preset, 0.0, 1, 2);
    let mut sweep = Sweep::new(plan);
    let outcome = |v: f32| Outcome {
        val: vec![v; 40],
        train_eval: vec![v / 2.0; 40],
        best_val: Some(v),
        diverged: None,
    };
    sweep.record(0, outcome(1.0));
    sweep.record(10, outcome(3.0));
    let r = sweep.rows(0)[0];
    assert_eq!(
        (r.final_val.mean, r.final_val.min, r.final_val.max),
        (2.0, 1.0, 3.0)
    );
    assert_eq!(r.gap.mean, 1.0);
    assert_eq!(sweep.done(), 2);
    assert!(!sweep.complete());
    assert_eq!(sweep.best_point(), Some(0));
    let csv = sweep.csv();
    assert!(csv.starts_with("p,hidden_p,seeds,final_val_mean"));
    assert!(
        csv.lines().nth(1).unwrap().starts_with("0,0,2,2,1,3"),
        "{csv}"
    );
}

/// The lab's race on `preset` at `seed`: a plain run first, then `rates` with `text`'s mode
/// and variant, then p = 0.5, trained `epochs` epochs; returns the middle run's history as
/// (validation losses, evaluation-mode training losses).
fn labs_run(preset: &Preset, seed: u32, rates: &[f32], text: &str, epochs: usize) -> Curves {
    let preset = preset.with_seed(u64::from(seed));
    let (mode, variant) = parse(text).unwrap();
    let mut lab = Experiment::new(preset.config.clone(), preset.data.generate().unwrap()).unwrap();
    lab.add_run(&[0.0, 0.0, 0.0]).unwrap();
    let swept = DropoutRates::new(rates.to_vec(), mode).unwrap();
    lab.add_run_with(swept, variant).unwrap();
    lab.add_run(&[0.0, 0.5, 0.5]).unwrap();
    lab.train_epochs(epochs);
    let history = lab.runs()[1].history();
    (
        history.iter().map(|p| p.val_loss).collect(),
        history.iter().map(|p| p.train_loss_eval).collect(),
    )
}

type Curves = (Vec<f32>, Vec<f32>);

/// A job of `text`'s mode and variant at `rates`, seed `seed`, the preset's training set.
fn job(preset: &Preset, seed: u32, rates: &[f32], text: &str) -> Job {
    let (mode, variant) = parse(text).unwrap();
    Job {
        mode,
        variant,
        ..Job::plain(0, 0, rates.to_vec(), seed, preset.data.sizes().0)
    }
}

#[test]
fn a_sweep_point_is_the_labs_run_bit_for_bit_in_every_variant_and_scaling() {
    let preset = moons();
    let (epochs, rates) = (40, [0.2, 0.5, 0.5]);
    let texts = [
        "",
        "classic",
        "dropconnect",
        "gaussian",
        "bn",
        "gaussian~maxnorm_3",
        "evaldrop",
    ];
    let mut seen: Vec<Vec<f32>> = Vec::new();
    for text in texts {
        let outcome = job(&preset, 4, &rates, text)
            .train_epochs(&preset, epochs)
            .unwrap();
        let (val, train_eval) = labs_run(&preset, 4, &rates, text, epochs);
        assert_eq!(outcome.val, val, "'{text}': every validation loss");
        // The last 5 % of 40 epochs: the two the summary reads.
        assert_eq!(outcome.train_eval, train_eval[epochs - 2..], "'{text}'");
        let best = val.iter().copied().fold(f32::INFINITY, f32::min);
        assert_eq!(outcome.best_val, Some(best), "'{text}'");
        assert_eq!(outcome.diverged, None);
        // Each variant trains a run of its own: a sweep that ignored it would repeat one.
        assert!(
            !seen.contains(&outcome.val),
            "'{text}' trained as another variant"
        );
        seen.push(outcome.val);
    }
}

#[test]
fn a_seed_above_2_to_the_24_reproduces_and_is_not_its_neighbour() {
    let preset = moons();
    let (high, below) = (20_000_001u32, 20_000_000u32);
    // The bug this guards: as f32, both seeds are one number.
    assert_eq!(high as f32, below as f32);
    let rates = [0.0, 0.5, 0.5];
    let run = |seed| {
        job(&preset, seed, &rates, "")
            .train_epochs(&preset, 5)
            .unwrap()
    };
    let first = run(high);
    assert_eq!(first, run(high));
    assert_ne!(first.val, run(below).val);
    assert_eq!(first.val, labs_run(&preset, high, &rates, "", 5).0);
}

#[test]
fn a_plan_carries_the_swept_runs_mode_and_variant() {
    let preset = moons();
    let (mode, variant) = parse("classic~dropconnect").unwrap();
    let rate = Plan::p_sweep(&preset, 0.0, 1, 2).with_variant(mode, variant);
    assert!(
        rate.jobs
            .iter()
            .all(|j| j.variant_text() == "classic~dropconnect")
    );
    // A data-size sweep's p = 0 curve stays plain: "without dropout" means nothing else either.
    let size = Plan::size_sweep(&preset, &[0.0, 0.5, 0.5], 1, 1).with_variant(mode, variant);
    for j in &size.jobs {
        let expected = if j.series == 1 {
            "classic~dropconnect"
        } else {
            ""
        };
        assert_eq!(j.variant_text(), expected);
    }
    assert_eq!(
        Plan::p_sweep(&preset, 0.0, u32::MAX, 2).seeds,
        vec![u32::MAX, 0],
        "seeds wrap as the Seed field's u32 does"
    );
}
