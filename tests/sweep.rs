//! The sweep engine: what a plan holds, that a job is a pure function of its description (so
//! it may train in any worker, in any order), and how results are summed up.

use dropout_lab::core::preset::{self, DataSpec};
use dropout_lab::core::sweep::summary::{is_u, lowest};
use dropout_lab::core::sweep::{Band, Kind, Outcome, P_LADDER, Plan, Row, Sweep, size_ladder};

fn moons() -> dropout_lab::core::preset::Preset {
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

#[test]
fn a_sweep_run_trains_exactly_as_the_labs_run_with_that_seed_and_rates() {
    let preset = moons();
    let plan = Plan::p_sweep(&preset, 0.0, 4, 1);
    let job = &plan.jobs[5];
    let outcome = job.train_epochs(&preset, 6).unwrap();
    let mut lab = dropout_lab::core::Experiment::with_runs(
        preset.with_seed(4).config.clone(),
        preset.with_seed(4).data.generate().unwrap(),
        std::slice::from_ref(&job.rates),
    )
    .unwrap();
    lab.train_epochs(6);
    let history = lab.runs()[0].history();
    let val: Vec<f32> = history.iter().map(|p| p.val_loss).collect();
    assert_eq!(outcome.val, val);
    assert_eq!(
        outcome.train_eval,
        vec![history.last().unwrap().train_loss_eval]
    );
}
