//! Dropout statistics: how many units are dropped, how survivors are scaled, and that training
//! and evaluation agree in expectation in both the inverted and the classic formulation.

use crate::common;

use common::{net, normal, rng};
use dropout_lab::core::dropout::sample_mask;
use dropout_lab::core::{Activation, DropoutMode, DropoutRates, Mlp, OutputHead};
use ndarray::{Array2, Axis};

#[test]
fn dropped_fraction_is_binomial_within_four_sigma() {
    let (rows, cols) = (250, 200); // 50,000 Bernoulli draws
    for p in [0.1f32, 0.5, 0.9] {
        let mut mask = Array2::zeros((rows, cols));
        sample_mask(mask.view_mut(), p, &mut rng(42));
        let n = (rows * cols) as f64;
        let dropped = mask.iter().filter(|&&m| m == 0.0).count() as f64;
        let sigma = (n * f64::from(p) * (1.0 - f64::from(p))).sqrt();
        let expected = n * f64::from(p);
        assert!(
            (dropped - expected).abs() < 4.0 * sigma,
            "p = {p}: dropped {dropped}, expected {expected} ± {sigma}"
        );
        assert!(
            mask.iter().all(|&m| m == 0.0 || m == 1.0),
            "a mask holds only 0 and 1"
        );
    }
}

#[test]
fn masks_differ_between_examples_and_units() {
    let mut mask = Array2::zeros((2, 64));
    sample_mask(mask.view_mut(), 0.5, &mut rng(1));
    assert_ne!(
        mask.row(0),
        mask.row(1),
        "each example of the minibatch gets its own mask"
    );
}

#[test]
fn zero_rate_keeps_everything() {
    let mut mask = Array2::zeros((10, 10));
    sample_mask(mask.view_mut(), 0.0, &mut rng(1));
    assert!(mask.iter().all(|&m| m == 1.0));
}

/// A network whose input passes straight through: identity weights, zero biases, linear units,
/// so its output shows exactly what dropout did to each input unit.
fn pass_through(mode: DropoutMode, p: f32) -> (Mlp, DropoutRates) {
    let mut net = net(4, &[4], 4, Activation::Linear, OutputHead::LinearMse, 1);
    for w in net.weights_mut() {
        w.assign(&Array2::eye(4));
    }
    (net, DropoutRates::new(vec![p, 0.0], mode).unwrap())
}

#[test]
fn inverted_dropout_scales_kept_units_by_exactly_one_over_keep_prob() {
    for p in [0.1f32, 0.25, 0.5, 0.9] {
        let (mut net, rates) = pass_through(DropoutMode::Inverted, p);
        let x = normal(64, 4, 3);
        let out = net.predict_train(x.view(), &rates, &mut rng(5));
        let mask = net.mask(0).to_owned();
        let scale = 1.0 / (1.0 - p);
        for ((i, j), &o) in out.indexed_iter() {
            let want = if mask[[i, j]] == 1.0 {
                x[[i, j]] * scale
            } else {
                0.0
            };
            assert_eq!(o, want, "p = {p}, example {i}, unit {j}");
        }
        assert!(mask.iter().any(|&m| m == 0.0) && mask.iter().any(|&m| m == 1.0));
    }
}

#[test]
fn evaluation_is_deterministic_and_mask_free() {
    let (mut net, rates) = pass_through(DropoutMode::Inverted, 0.5);
    let x = normal(32, 4, 3);
    let first = net.predict(x.view(), &rates);
    let second = net.predict(x.view(), &rates);
    assert_eq!(first, second);
    assert_eq!(first, x, "inverted dropout is the identity at evaluation");
    let mut relu = net_with_dropout();
    let rates = DropoutRates::uniform(0.2, 0.5, 2).unwrap();
    assert_eq!(
        relu.predict(x.view(), &rates),
        relu.predict(x.view(), &rates)
    );
}

fn net_with_dropout() -> Mlp {
    net(4, &[16, 16], 2, Activation::Relu, OutputHead::SoftmaxCe, 9)
}

/// Mean of `passes` training-mode outputs for one input row.
fn mean_training_output(
    net: &mut Mlp,
    x: &Array2<f32>,
    rates: &DropoutRates,
    passes: usize,
) -> Array2<f32> {
    let mut r = rng(77);
    let batch = x.broadcast((passes, x.ncols())).unwrap().to_owned();
    let out = net.predict_train(batch.view(), rates, &mut r);
    out.mean_axis(Axis(0)).unwrap().insert_axis(Axis(0))
}

#[test]
fn mean_of_training_passes_matches_evaluation_in_both_modes() {
    // A linear layer after dropout: its expected training output equals its evaluation output
    // exactly, in the inverted mode (scale in training) and in the classic one (scale at eval).
    for mode in [DropoutMode::Inverted, DropoutMode::Classic] {
        let mut net = net(6, &[3], 1, Activation::Linear, OutputHead::LinearMse, 4);
        let rates = DropoutRates::new(vec![0.5, 0.0], mode).unwrap();
        let x = normal(1, 6, 8);
        let eval = net.predict(x.view(), &rates);
        let passes = 200_000;
        let mean = mean_training_output(&mut net, &x, &rates, passes);
        // Standard error of the mean: per-pass variance is Σ (x_i w_i s)² p(1−p)·… ≤ Σ (x_i w_i)²/(1−p)².
        let w = net.weights()[0].dot(&net.weights()[1]);
        let spread: f32 = x
            .row(0)
            .iter()
            .zip(w.column(0))
            .map(|(a, b)| (a * b).powi(2))
            .sum::<f32>()
            .sqrt()
            * 2.0;
        let tolerance = 5.0 * spread / (passes as f32).sqrt();
        assert!(
            (mean[[0, 0]] - eval[[0, 0]]).abs() < tolerance,
            "{mode:?}: mean {mean} vs eval {eval} (± {tolerance})"
        );
    }
}

#[test]
fn classic_and_inverted_differ_only_by_where_the_scale_goes() {
    let p = 0.4;
    let x = normal(8, 6, 2);
    let mut outputs = Vec::new();
    for mode in [DropoutMode::Inverted, DropoutMode::Classic] {
        let mut net = net(6, &[5], 1, Activation::Linear, OutputHead::LinearMse, 4);
        let rates = DropoutRates::new(vec![p, 0.0], mode).unwrap();
        // Same seed → same masks; with zero biases the outputs differ by exactly the factor 1−p.
        let train = net.predict_train(x.view(), &rates, &mut rng(3));
        let eval = net.predict(x.view(), &rates);
        outputs.push((train, eval));
    }
    let (inv, classic) = (&outputs[0], &outputs[1]);
    for (a, b) in inv.0.iter().zip(classic.0.iter()) {
        assert!(
            (a * (1.0 - p) - b).abs() < 1e-5,
            "training: classic = (1−p) × inverted"
        );
    }
    for (a, b) in inv.1.iter().zip(classic.1.iter()) {
        assert!(
            (a * (1.0 - p) - b).abs() < 1e-5,
            "evaluation: classic scales by 1−p"
        );
    }
}

#[test]
fn invalid_rates_are_rejected_with_a_clear_message() {
    for p in [1.0f32, 1.5, -0.1, f32::NAN] {
        let err = DropoutRates::new(vec![0.0, p], DropoutMode::Inverted)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("hidden layer 1") && err.contains("0 ≤ p < 1"),
            "{err}"
        );
    }
    let mut rates = DropoutRates::none(2);
    assert!(rates.set(3, 0.5).is_err(), "no such layer");
    assert!(rates.set(2, 0.95).is_ok());
    let net = net_with_dropout();
    assert!(
        net.check_rates(&DropoutRates::none(1))
            .unwrap_err()
            .to_string()
            .contains("2 dropout rates given")
    );
}

#[test]
fn bulk_and_unit_by_unit_sampling_draw_the_same_mask() {
    // The mask is a function of the seed and the logical shape: a contiguous mask and a strided
    // view of other memory (here a transposed one) must draw the same units as kept.
    let mut contiguous = Array2::zeros((40, 300));
    sample_mask(contiguous.view_mut(), 0.3, &mut rng(8));
    let mut backing = Array2::zeros((300, 40));
    let strided = backing.view_mut().reversed_axes();
    assert!(strided.as_slice().is_none());
    sample_mask(strided, 0.3, &mut rng(8));
    assert_eq!(backing.t(), contiguous);
}
