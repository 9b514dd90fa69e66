//! The engine's image (#18): an experiment trained on one thread, imaged and applied to a fresh
//! replica built from the same settings, reads the same on the other — every getter the page
//! uses, the masks and noise the diagram draws, the histories the loss chart draws, the
//! parameters the decision maps evaluate — for every variant. Applying an image never trains.

use crate::common;

use dropout_lab::core::labels::Notation;

use common::{config, moons};
use dropout_lab::core::experiment::{Experiment, training_steps_here};
use dropout_lab::core::variant::parse;
use dropout_lab::core::{DropoutRates, Optimizer};
use ndarray::Array2;

/// Every variant, four runs to an experiment (the most a race holds).
const VARIANTS: [[&str; 4]; 3] = [
    ["", "classic", "gaussian~maxnorm_3", "dropconnect"],
    ["l2_0.001~bn", "evaldrop", "classic~noscale", "keep"],
    ["bn~dropconnect", "gaussian~classic", "", "bn"],
];

fn experiment() -> Experiment {
    Experiment::new(config(vec![12, 8], 16, 5), moons(50, 5)).unwrap()
}

fn with_runs(texts: &[&str]) -> Experiment {
    let mut e = experiment();
    for (k, text) in texts.iter().enumerate() {
        let (mode, v) = parse(text).unwrap();
        let p = 0.2 + 0.1 * k as f32;
        let rates = DropoutRates::new(vec![0.1, p, p], mode).unwrap();
        e.add_run_with(rates, v).unwrap();
    }
    e
}

/// A grid over the moons' plane: what the data panel's decision map evaluates.
fn grid() -> Array2<f32> {
    Array2::from_shape_fn((64, 2), |(i, d)| {
        let (x, y) = ((i % 8) as f32, (i / 8) as f32);
        if d == 0 { x * 0.5 - 1.5 } else { y * 0.4 - 1.2 }
    })
}

/// Everything the page reads of one run, as one comparable value.
fn reading(e: &mut Experiment, i: usize) -> String {
    let run = &e.runs()[i];
    let net = run.net();
    let weight_masks: Vec<_> = (0..net.weights().len())
        .map(|l| net.weight_mask(l).map(|m| m.to_owned()))
        .collect();
    let bn = net
        .batch_norm()
        .map(|b| format!("{:?}", (&b.gamma, &b.beta, &b.running_mean, &b.running_var)));
    let history: Vec<_> = run.history().iter().copied().collect();
    // Values and shape only: an empty view's strides differ with how it was made.
    let masks: Vec<_> = run
        .masks()
        .iter()
        .map(|m| (m.dim(), m.iter().copied().collect::<Vec<_>>()))
        .collect();
    let text = format!(
        "{:?}",
        (
            (
                run.label(Notation::Drop),
                run.rates(),
                run.variant(),
                run.mask_rates()
            ),
            (
                run.mask_variant(),
                run.epoch(),
                run.steps(),
                run.last_loss()
            ),
            (run.last_batch(), masks, weight_masks, bn),
            (
                history,
                run.history().best_val(),
                run.history().overconfident()
            ),
            (run.diverged(), net.weights(), net.biases()),
        )
    );
    // Dropout left on at evaluation draws fresh masks from a stream the image leaves behind;
    // every other run's map is a pure function of what the image carries.
    let noisy = run.variant().noisy_evaluation();
    let map = (!noisy).then(|| e.predict(i, grid().view()).unwrap());
    format!("{text} map {map:?}")
}

fn readings(e: &mut Experiment) -> Vec<String> {
    let clock = format!(
        "{:?}",
        (
            e.iteration(),
            e.lockstep_pending(),
            e.stop_epoch(),
            e.at_stop_epoch()
        )
    );
    let mut all = vec![clock];
    all.extend((0..e.runs().len()).map(|i| reading(e, i)));
    all
}

#[test]
fn a_replica_given_the_image_reads_as_the_engine_for_every_variant_and_never_trains() {
    for texts in VARIANTS {
        let mut engine = with_runs(&texts);
        engine.set_stop_epoch(Some(40));
        // 3 epochs and a bit: a short last batch, history points, a half-done lockstep step.
        engine.steps(3 * engine.steps_per_epoch() as u64 + 1);
        engine.train_next();
        assert!(
            engine.lockstep_pending(),
            "the image must carry a half-done step"
        );
        let image = engine.image();
        // The replica starts with other runs than the engine (here: one plain run).
        let mut replica = with_runs(&[""]);
        let before = training_steps_here();
        replica.apply_image(&image).unwrap();
        assert_eq!(
            training_steps_here(),
            before,
            "{texts:?}: applying an image trained"
        );
        assert_eq!(readings(&mut replica), readings(&mut engine), "{texts:?}");
        assert_eq!(
            replica.image(),
            image,
            "{texts:?}: the replica's own image differs"
        );
        assert_eq!(
            training_steps_here(),
            before,
            "{texts:?}: reading the replica trained"
        );
    }
}

#[test]
fn an_image_carries_divergence_a_reset_and_fewer_runs() {
    let mut engine = with_runs(&VARIANTS[0]);
    let mut replica = with_runs(&VARIANTS[0]);
    engine.train_epochs(2);
    replica.apply_image(&engine.image()).unwrap();
    // Past the largest learning rate every preset diverges at; the page caps it lower.
    engine
        .set_learning_rate(Optimizer::MAX_LEARNING_RATE)
        .unwrap();
    engine.train_epochs(30);
    assert!(
        engine.runs().iter().any(|r| r.diverged().is_some()),
        "nothing diverged"
    );
    replica.apply_image(&engine.image()).unwrap();
    assert_eq!(readings(&mut replica), readings(&mut engine));
    engine.remove_run(1).unwrap();
    engine.reset();
    replica.apply_image(&engine.image()).unwrap();
    assert_eq!(replica.runs().len(), 3);
    assert_eq!(
        replica.config().optimizer.learning_rate,
        Optimizer::MAX_LEARNING_RATE
    );
    assert_eq!(readings(&mut replica), readings(&mut engine));
}

#[test]
fn a_damaged_or_foreign_image_is_refused() {
    let mut engine = with_runs(&VARIANTS[0]);
    engine.train_epochs(1);
    let image = engine.image();
    let mut replica = experiment();
    assert!(
        replica.apply_image(&image[..image.len() - 3]).is_err(),
        "truncated"
    );
    let mut longer = image.clone();
    longer.push(0);
    assert!(replica.apply_image(&longer).is_err(), "trailing bytes");
    let mut version = image.clone();
    version[0] = version[0].wrapping_add(1);
    let err = replica.apply_image(&version).unwrap_err().to_string();
    assert!(err.contains("version"), "{err}");
    // Another network: the same runs on wider hidden layers cannot take these weights.
    let mut other = Experiment::new(config(vec![16, 8], 16, 5), moons(50, 5)).unwrap();
    let err = other.apply_image(&image).unwrap_err().to_string();
    assert!(err.contains("built differently"), "{err}");
}
