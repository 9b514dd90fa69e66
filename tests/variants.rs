//! Each run variant does what it says: Gaussian noise has mean 1 and variance p/(1−p),
//! DropConnect drops a binomial share of the weights, batch norm evaluates with its running
//! statistics, max-norm keeps every unit's incoming weights within c, a run's own L2 decays
//! its weights, and each classic mistake makes its mistake. In an experiment, variants race
//! from the same weights on the same minibatches, and Reset keeps them.

use crate::common;

use common::{config, moons, net, normal, rng, targets};
use dropout_lab::core::dropout::sample_gaussian;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::labels::Notation;
use dropout_lab::core::variant::{describe, gaussian_variance, parse};
use dropout_lab::core::{
    Activation, DropoutMode, DropoutRates, Mistake, Noise, Optimizer, OptimizerKind, OutputHead,
    Variant,
};
use ndarray::{Array2, Axis};

fn variant(f: impl FnOnce(&mut Variant)) -> Variant {
    let mut v = Variant::default();
    f(&mut v);
    v
}

/// `|observed − expected| ≤ 4σ`.
fn within_4_sigma(what: &str, observed: f64, expected: f64, sigma: f64) {
    assert!(
        (observed - expected).abs() <= 4.0 * sigma,
        "{what}: {observed} is more than 4σ = {} from {expected}",
        4.0 * sigma
    );
}

#[test]
fn gaussian_noise_has_mean_one_and_variance_p_over_one_minus_p() {
    for p in [0.2f32, 0.5, 0.8] {
        let mut noise = Array2::zeros((200, 500));
        sample_gaussian(noise.view_mut(), p, &mut rng(3));
        let n = noise.len() as f64;
        let xs: Vec<f64> = noise.iter().map(|&v| f64::from(v)).collect();
        let mean = xs.iter().sum::<f64>() / n;
        let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let sigma2 = f64::from(gaussian_variance(p));
        within_4_sigma(&format!("mean at p = {p}"), mean, 1.0, (sigma2 / n).sqrt());
        // The sample variance of n normal draws has standard deviation σ²·√(2/(n−1)).
        within_4_sigma(
            &format!("variance at p = {p}"),
            var,
            sigma2,
            sigma2 * (2.0 / (n - 1.0)).sqrt(),
        );
    }
    let mut none = Array2::zeros((3, 4));
    sample_gaussian(none.view_mut(), 0.0, &mut rng(1));
    assert!(none.iter().all(|&v| v == 1.0), "p = 0 is no noise");
}

fn adam() -> Optimizer {
    Optimizer::new(OptimizerKind::adam(), 0.01, 0.0).unwrap()
}

#[test]
fn dropconnect_drops_a_binomial_share_of_the_weights_and_no_unit() {
    let mut net = net(
        64,
        &[128, 64],
        10,
        Activation::Relu,
        OutputHead::SoftmaxCe,
        5,
    );
    let (x, y) = (normal(16, 64, 1), targets(OutputHead::SoftmaxCe, 16, 10, 2));
    let rates = DropoutRates::uniform(0.0, 0.3, 2).unwrap();
    let v = variant(|v| v.noise = Noise::DropConnect);
    net.train_step_variant(x.view(), y.view(), &rates, &v, &adam(), &mut rng(9));
    for (l, p) in [(1usize, 0.3f64), (2, 0.3)] {
        let mask = net
            .weight_mask(l)
            .expect("a DropConnect step leaves its weight mask");
        let n = mask.len() as f64;
        let dropped = mask.iter().filter(|&&m| m == 0.0).count() as f64;
        within_4_sigma(
            &format!("dropped weights of layer {l}"),
            dropped,
            n * p,
            (n * p * (1.0 - p)).sqrt(),
        );
        assert!(
            net.mask(l).iter().all(|&m| m == 1.0),
            "DropConnect keeps every unit"
        );
    }
    let input = net.weight_mask(0).unwrap();
    assert!(
        input.iter().all(|&m| m == 1.0),
        "input rate 0 drops no weight"
    );
}

#[test]
fn batch_norm_evaluates_with_running_statistics_not_the_batch() {
    let mut net = net(3, &[8], 1, Activation::Tanh, OutputHead::LinearMse, 2);
    let rates = DropoutRates::none(1);
    let v = variant(|v| v.batch_norm = true);
    let (x, y) = (normal(32, 3, 4), normal(32, 1, 5));
    let x_shifted = x.mapv(|v| 3.0 * v + 2.0);
    let opt = adam();
    net.train_step_variant(x_shifted.view(), y.view(), &rates, &v, &opt, &mut rng(1));
    // One step from mean 0: running mean = 0.1 × the batch mean.
    let bn = net.batch_norm().unwrap();
    for (r, m) in bn.running_mean[0].iter().zip(bn.batch_mean(0)) {
        assert!(
            (r - 0.1 * m).abs() <= 1e-5 * m.abs().max(1.0),
            "running mean {r}, batch mean {m}"
        );
    }
    for _ in 0..50 {
        net.train_step_variant(x_shifted.view(), y.view(), &rates, &v, &opt, &mut rng(1));
    }
    // Evaluation normalises each example by the running averages: one example alone, or in a
    // batch of others, gets the same output (batch statistics would make them differ).
    let all = net.predict_variant(x.view(), &rates, &v, None);
    for i in [0, 7, 31] {
        let one = net.predict_variant(x.select(Axis(0), &[i]).view(), &rates, &v, None);
        assert!(
            (one[[0, 0]] - all[[i, 0]]).abs() < 1e-5,
            "example {i}: {} vs {}",
            one[[0, 0]],
            all[[i, 0]]
        );
    }
    // …and differs from the training-mode output of the same batch.
    let train_mode = net.predict_train_variant(x.view(), &rates, &v, &mut rng(2));
    assert!(
        train_mode
            .iter()
            .zip(&all)
            .any(|(a, b)| (a - b).abs() > 1e-3)
    );
}

#[test]
fn max_norm_keeps_every_units_incoming_weights_within_c() {
    let c = 0.5;
    let mut net = net(4, &[16, 16], 1, Activation::Relu, OutputHead::SigmoidBce, 3);
    let (x, y) = (normal(20, 4, 1), targets(OutputHead::SigmoidBce, 20, 1, 2));
    let rates = DropoutRates::uniform(0.0, 0.5, 2).unwrap();
    let v = variant(|v| v.max_norm = Some(c));
    let opt = Optimizer::new(OptimizerKind::Sgd, 1.0, 0.0).unwrap();
    let norms = |net: &dropout_lab::core::Mlp| -> Vec<f32> {
        net.weights()
            .iter()
            .flat_map(|w| {
                w.columns()
                    .into_iter()
                    .map(|col| col.dot(&col).sqrt())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    assert!(
        norms(&net).iter().any(|&n| n > c),
        "the constraint must have something to do"
    );
    for step in 0..20 {
        net.train_step_variant(x.view(), y.view(), &rates, &v, &opt, &mut rng(step));
        let worst = norms(&net).into_iter().fold(0.0f32, f32::max);
        assert!(
            worst <= c * (1.0 + 1e-5),
            "step {step}: a unit's incoming norm is {worst} > {c}"
        );
    }
}

#[test]
fn a_runs_own_l2_decays_its_weights_by_lr_times_lambda() {
    let (lr, lambda) = (0.1f32, 0.05f32);
    let opt = Optimizer::new(OptimizerKind::Sgd, lr, 0.0).unwrap();
    let plain = net(3, &[6], 1, Activation::Tanh, OutputHead::LinearMse, 4);
    let (x, y) = (normal(8, 3, 1), normal(8, 1, 2));
    let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    let before = plain.weights().to_vec();
    let (mut a, mut b) = (plain.clone(), plain);
    a.train_step(x.view(), y.view(), &rates, &opt, &mut rng(7));
    let v = variant(|v| v.weight_decay = Some(lambda));
    b.train_step_variant(x.view(), y.view(), &rates, &v, &opt, &mut rng(7));
    // Same masks, same gradient: SGD's step differs by exactly η·λ·w.
    for ((wa, wb), w0) in a.weights().iter().zip(b.weights()).zip(&before) {
        for ((&pa, &pb), &p0) in wa.iter().zip(wb).zip(w0) {
            assert!(
                (pa - pb - lr * lambda * p0).abs() < 1e-6,
                "{pa} − {pb} ≠ η·λ·{p0}"
            );
        }
    }
}

#[test]
fn dropout_left_on_at_evaluation_gives_noisy_outputs_and_keeps_the_shown_masks() {
    let mut net = net(2, &[32], 1, Activation::Relu, OutputHead::SigmoidBce, 1);
    let (x, y) = (normal(10, 2, 1), targets(OutputHead::SigmoidBce, 10, 1, 2));
    let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    let v = variant(|v| v.mistake = Some(Mistake::DropoutAtEvaluation));
    net.train_step_variant(x.view(), y.view(), &rates, &v, &adam(), &mut rng(1));
    let shown = net.mask(1).to_owned();
    let mut eval_rng = rng(5);
    let first = net.predict_variant(x.view(), &rates, &v, Some(&mut eval_rng));
    let second = net.predict_variant(x.view(), &rates, &v, Some(&mut eval_rng));
    assert_ne!(first, second, "each evaluation draws fresh masks");
    let correct = net.predict_variant(x.view(), &rates, &Variant::default(), Some(&mut eval_rng));
    assert_eq!(
        correct,
        net.predict(x.view(), &rates),
        "the correct run evaluates without masks"
    );
    assert_eq!(
        net.mask(1),
        shown.view(),
        "the training step's masks are still the ones shown"
    );
}

#[test]
fn classic_training_without_the_evaluation_scale_inflates_outputs_by_one_over_keep() {
    // A linear network with zero biases is linear in each layer's scale: the forgotten ×(1−p)
    // makes the output exactly 1/(1−p) times the correct classic one.
    let mut net = net(3, &[8], 1, Activation::Linear, OutputHead::LinearMse, 6);
    let x = normal(5, 3, 1);
    let p = 0.4f32;
    let classic = DropoutRates::new(vec![0.0, p], DropoutMode::Classic).unwrap();
    let right = net.predict_variant(x.view(), &classic, &Variant::default(), None);
    let v = variant(|v| v.mistake = Some(Mistake::NoEvaluationScaling));
    let wrong = net.predict_variant(x.view(), &classic, &v, None);
    for (r, w) in right.iter().zip(&wrong) {
        assert!(
            (w - r / (1.0 - p)).abs() < 1e-5 * r.abs().max(1.0),
            "{w} vs {r}/(1−p)"
        );
    }
    // In training it is classic dropout: kept units unscaled.
    assert_eq!(
        v.train_scale(&DropoutRates::uniform(0.0, p, 1).unwrap(), 1),
        1.0
    );
}

#[test]
fn p_read_as_keep_drops_one_minus_p() {
    let mut net = net(4, &[256], 1, Activation::Relu, OutputHead::SigmoidBce, 2);
    let (x, y) = (normal(64, 4, 1), targets(OutputHead::SigmoidBce, 64, 1, 2));
    let p = 0.2f32;
    let rates = DropoutRates::uniform(0.0, p, 1).unwrap();
    let v = variant(|v| v.mistake = Some(Mistake::KeepReadAsDrop));
    net.train_step_variant(x.view(), y.view(), &rates, &v, &adam(), &mut rng(4));
    let mask = net.mask(1);
    let n = mask.len() as f64;
    let dropped = mask.iter().filter(|&&m| m == 0.0).count() as f64;
    let q = f64::from(1.0 - p);
    within_4_sigma("dropped share", dropped, n * q, (n * q * (1.0 - q)).sqrt());
    assert!(
        net.mask(0).iter().all(|&m| m == 1.0),
        "the input layer, p = 0, keeps no dropout"
    );
    let scale = v.train_scale(&rates, 1);
    assert!(
        (scale - 1.0 / p).abs() < 1e-5,
        "kept units scaled by 1/(1 − (1 − p)), not {scale}"
    );
}

#[test]
fn variants_race_from_the_same_weights_and_reset_keeps_them() {
    let mut e = Experiment::new(config(vec![16, 16], 20, 3), moons(60, 3)).unwrap();
    let texts = ["", "dropconnect", "gaussian~maxnorm_3", "l2_0.001~bn"];
    for text in texts {
        let (mode, v) = parse(text).unwrap();
        let rates = DropoutRates::new(e.config().uniform_rates(0.0, 0.5), mode).unwrap();
        e.add_run_with(rates, v).unwrap();
    }
    e.train_epochs(5);
    for (run, text) in e.runs().iter().zip(texts) {
        assert!(run.is_live(), "{text}: {:?}", run.diverged());
        assert_eq!(run.history().len(), 5);
        assert_eq!(describe(run.rates().mode, run.variant()), text);
    }
    assert!(e.runs()[3].label(Notation::Drop).contains("batch norm"));
    e.reset();
    assert_eq!(
        e.runs()[1].variant().noise,
        Noise::DropConnect,
        "Reset keeps each run's variant"
    );
    assert!(
        e.runs()
            .iter()
            .all(|r| r.net().weights() == e.initial_net().weights())
    );
    assert!(
        e.set_variant(
            0,
            DropoutMode::Inverted,
            variant(|v| v.max_norm = Some(-1.0))
        )
        .is_err()
    );
    assert!(parse("sparkle").is_err() && parse("gaussian~dropconnect").is_err());
}
