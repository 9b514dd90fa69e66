//! The optimisers: each update rule learns, and weight decay shrinks the weights.

use crate::common;

use common::{net, normal, rng, targets};
use dropout_lab::core::{Activation, DropoutRates, Optimizer, OptimizerKind, OutputHead};

#[test]
fn training_lowers_the_loss_with_every_optimizer() {
    let x = normal(64, 2, 1);
    // A learnable rule: the label is the sign of x₀·x₁ (XOR-like).
    let y = x
        .map_axis(ndarray::Axis(1), |r| {
            if r[0] * r[1] > 0.0 { 1.0f32 } else { 0.0 }
        })
        .insert_axis(ndarray::Axis(1));
    for (kind, lr) in [
        (OptimizerKind::Sgd, 0.5),
        (OptimizerKind::Momentum { beta: 0.9 }, 0.1),
        (OptimizerKind::adam(), 0.01),
    ] {
        let mut net = net(2, &[32, 32], 1, Activation::Relu, OutputHead::SigmoidBce, 3);
        let rates = DropoutRates::none(2);
        let opt = Optimizer::new(kind, lr, 0.0).unwrap();
        let start = net.loss(x.view(), y.view(), &rates);
        let mut r = rng(1);
        for _ in 0..300 {
            net.train_step(x.view(), y.view(), &rates, &opt, &mut r);
        }
        let end = net.loss(x.view(), y.view(), &rates);
        assert!(end < 0.5 * start, "{kind:?}: loss {start} → {end}");
    }
}

#[test]
fn weight_decay_shrinks_weights() {
    let x = normal(16, 2, 1);
    let y = targets(OutputHead::LinearMse, 16, 1, 2);
    let norm = |wd: f32| {
        let mut net = net(2, &[16], 1, Activation::Tanh, OutputHead::LinearMse, 3);
        let opt = Optimizer::new(OptimizerKind::Sgd, 0.05, wd).unwrap();
        let mut r = rng(1);
        for _ in 0..200 {
            net.train_step(x.view(), y.view(), &DropoutRates::none(1), &opt, &mut r);
        }
        net.weights()
            .iter()
            .map(|w| w.iter().map(|v| v * v).sum::<f32>())
            .sum::<f32>()
    };
    assert!(norm(0.1) < 0.8 * norm(0.0));
}
