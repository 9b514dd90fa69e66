//! Batch norm on a one-row minibatch (issue #18, item 6). A single row has no spread: normalised
//! by its own statistics every unit would output β whatever the input, no gradient would reach
//! the layers below, and the running variance would shrink ×0.9 a step until evaluation blew
//! up. PyTorch refuses such a batch; the lab normalises it with the running averages, as at
//! evaluation, and leaves them alone. So a minibatch of 1 trains, and so does the one-row last
//! minibatch of a training set of 2k + 1 in batches of k.

use crate::common;

use common::{config, moons, net, normal, rng};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::preset;
use dropout_lab::core::{Activation, DropoutRates, Mlp, Optimizer, OptimizerKind, OutputHead};
use dropout_lab::core::{Variant, variant::parse};
use ndarray::{Array2, Axis};

fn bn() -> Variant {
    parse("bn").unwrap().1
}

fn adam() -> Optimizer {
    Optimizer::new(OptimizerKind::adam(), 0.01, 0.0).unwrap()
}

/// A 3-8-6-1 tanh network with batch norm after 20 steps on shifted batches of 16, so its
/// running averages are far from their start (mean 0, variance 1).
fn trained_net() -> Mlp {
    let mut net = net(3, &[8, 6], 1, Activation::Tanh, OutputHead::LinearMse, 2);
    let (x, y) = (normal(16, 3, 4).mapv(|v| 3.0 * v + 2.0), normal(16, 1, 5));
    for _ in 0..20 {
        let rates = DropoutRates::none(2);
        net.train_step_variant(x.view(), y.view(), &rates, &bn(), &adam(), &mut rng(1));
    }
    net
}

fn running(net: &Mlp) -> (Vec<Array2<f32>>, Vec<Array2<f32>>) {
    let b = net.batch_norm().unwrap();
    (b.running_mean.clone(), b.running_var.clone())
}

#[test]
fn a_one_row_step_is_normalised_like_evaluation_and_keeps_the_running_averages() {
    let mut net = trained_net();
    let rates = DropoutRates::none(2);
    let before = running(&net);
    let x = normal(2, 3, 9);
    // In training mode, one row alone is normalised as evaluation normalises it.
    let eval = net.predict_variant(x.view(), &rates, &bn(), None);
    for i in 0..2 {
        let row = x.select(Axis(0), &[i]);
        let train = net.predict_train_variant(row.view(), &rates, &bn(), &mut rng(3));
        assert!((train[[0, 0]] - eval[[i, 0]]).abs() < 1e-6, "row {i}");
    }
    assert_ne!(
        eval[[0, 0]],
        eval[[1, 0]],
        "the output depends on the input"
    );
    let first_layer = net.weights()[0].clone();
    let y = normal(1, 1, 10);
    let row = x.select(Axis(0), &[0]);
    let loss = net.train_step_variant(row.view(), y.view(), &rates, &bn(), &adam(), &mut rng(1));
    assert!(loss.is_finite());
    assert_eq!(
        running(&net),
        before,
        "a one-row step leaves the running averages"
    );
    assert_ne!(
        net.weights()[0],
        first_layer,
        "the gradient reached the first layer"
    );
}

#[test]
fn one_row_gradients_match_central_differences() {
    const DELTA: f32 = 2e-3;
    let mut net = trained_net();
    let rates = DropoutRates::none(2);
    let (x, y) = (normal(1, 3, 11), normal(1, 1, 12));
    let ones: Vec<Array2<f32>> = net.layer_sizes()[..3]
        .iter()
        .map(|&n| Array2::ones((1, n)))
        .collect();
    net.loss_and_gradients_with_noise(x.view(), y.view(), &ones, &rates, &bn());
    let analytic = net.grad_weights()[0].clone();
    let gamma = net.batch_norm().unwrap().grad_gamma[0].clone();
    let numeric = |net: &mut Mlp, at: &dyn Fn(&mut Mlp) -> &mut f32| {
        let original = *at(net);
        *at(net) = original + DELTA;
        let up = net.loss_with_noise(x.view(), y.view(), &ones, &rates, &bn());
        *at(net) = original - DELTA;
        let down = net.loss_with_noise(x.view(), y.view(), &ones, &rates, &bn());
        *at(net) = original;
        (up - down) / (2.0 * DELTA)
    };
    let close = |a: f32, n: f32| (a - n).abs() <= 2e-2 * a.abs().max(n.abs()) + 3e-4;
    for ((r, c), &a) in analytic.indexed_iter() {
        let n = numeric(&mut net, &|net| &mut net.weights_mut()[0][[r, c]]);
        assert!(close(a, n), "weight [{r},{c}]: analytic {a}, numeric {n}");
    }
    for (c, &a) in gamma.iter().enumerate() {
        let n = numeric(&mut net, &|net| {
            &mut net.batch_norm_mut().unwrap().gamma[0][[0, c]]
        });
        assert!(close(a, n), "γ [{c}]: analytic {a}, numeric {n}");
    }
    assert!(
        analytic.iter().any(|&g| g.abs() > 1e-3),
        "a gradient to check"
    );
}

#[test]
fn the_one_row_last_minibatch_of_2k_plus_1_examples_leaves_the_running_averages() {
    // 41 examples in batches of 20: two full minibatches, then one row.
    let mut lab = Experiment::new(config(vec![16, 16], 20, 3), moons(41, 3)).unwrap();
    lab.add_run_with(DropoutRates::uniform(0.0, 0.0, 2).unwrap(), bn())
        .unwrap();
    assert_eq!(lab.steps_per_epoch(), 3);
    for epoch in 1..=5 {
        lab.steps(2);
        let after_full_batches = running(lab.runs()[0].net());
        lab.steps(1);
        assert_eq!(lab.runs()[0].epoch(), epoch);
        assert_eq!(
            running(lab.runs()[0].net()),
            after_full_batches,
            "epoch {epoch}"
        );
    }
    assert!(lab.runs()[0].is_live());
}

#[test]
fn the_rivals_batch_norm_run_learns_with_minibatches_of_one() {
    // `?preset=rivals&batch=1`: the batch-norm run once diverged within a few epochs.
    let rivals = preset::by_name("rivals").unwrap();
    let mut config = rivals.config.clone();
    config.batch_size = 1;
    let mut lab = Experiment::new(config, rivals.data.generate().unwrap()).unwrap();
    let (mode, variant) = parse("bn").unwrap();
    let rates = DropoutRates::new(vec![0.0, 0.0, 0.0], mode).unwrap();
    lab.add_run_with(rates, variant).unwrap();
    lab.train_epochs(8);
    let run = &lab.runs()[0];
    assert_eq!(run.diverged(), None);
    let history = run.history();
    let (first, last) = (history.first().unwrap(), history.last().unwrap());
    assert_eq!(last.epoch, 8);
    // A blind guess on two balanced classes costs ln 2 ≈ 0.69.
    assert!(last.train_loss_eval < 0.5, "{last:?}");
    assert!(
        last.train_loss_eval < first.train_loss_eval,
        "{first:?} → {last:?}"
    );
}
