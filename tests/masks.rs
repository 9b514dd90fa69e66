//! The masks the page draws are the masks the step used, and a seed pins everything.

use crate::common;

use common::{net, normal, relu_pre_activations, rng, targets};
use dropout_lab::core::{Activation, DropoutRates, Mlp, Optimizer, OptimizerKind, OutputHead};
use ndarray::Array2;

/// An independent forward pass written out by hand: `h_l = a_l ⊙ m_l / (1−p_l)`,
/// `z_l = h_l W_l + b_l`, ReLU on hidden layers, sigmoid on the output.
fn forward_by_hand(
    net: &Mlp,
    x: &Array2<f32>,
    masks: &[Array2<f32>],
    rates: &[f32],
) -> Array2<f32> {
    let zs = relu_pre_activations(net, x, masks, |l| 1.0 / (1.0 - rates[l]));
    zs.last()
        .expect("a network has an output layer")
        .mapv(|v| 1.0 / (1.0 + (-v).exp()))
}

#[test]
fn masks_read_back_reproduce_the_training_output() {
    let mut net = net(3, &[16, 8], 1, Activation::Relu, OutputHead::SigmoidBce, 2);
    let rates = DropoutRates::new(vec![0.2, 0.5, 0.3], Default::default()).unwrap();
    let x = normal(10, 3, 4);
    let out = net.predict_train(x.view(), &rates, &mut rng(6));
    let masks: Vec<_> = (0..3).map(|l| net.mask(l).to_owned()).collect();
    let by_hand = forward_by_hand(&net, &x, &masks, &rates.rates);
    for (a, b) in out.iter().zip(by_hand.iter()) {
        assert!((a - b).abs() < 1e-5, "output {a} vs by hand {b}");
    }
    // And a different mask would not: drop every unit of example 2's first hidden layer.
    let mut other = masks.clone();
    other[1].row_mut(2).fill(0.0);
    let moved = forward_by_hand(&net, &x, &other, &rates.rates);
    assert!(
        out.iter()
            .zip(moved.iter())
            .any(|(a, b)| (a - b).abs() > 1e-6)
    );
}

#[test]
fn the_step_loss_is_the_loss_of_the_masks_read_back() {
    let mut net = net(2, &[32, 32], 1, Activation::Relu, OutputHead::SigmoidBce, 5);
    let before = net.clone();
    let rates = DropoutRates::uniform(0.1, 0.5, 2).unwrap();
    let opt = Optimizer::new(OptimizerKind::adam(), 0.01, 0.0).unwrap();
    let x = normal(32, 2, 1);
    let y = targets(OutputHead::SigmoidBce, 32, 1, 2);
    let loss = net.train_step(x.view(), y.view(), &rates, &opt, &mut rng(9));
    let masks: Vec<_> = (0..3).map(|l| net.mask(l).to_owned()).collect();
    let replayed = before
        .clone()
        .loss_with_masks(x.view(), y.view(), &masks, &rates);
    assert_eq!(
        loss, replayed,
        "replaying the step with the read-back masks gives the same loss"
    );
}

fn losses(seed: u64, steps: usize) -> (Vec<f32>, Array2<f32>) {
    let mut net = net(
        2,
        &[16, 16],
        1,
        Activation::Relu,
        OutputHead::SigmoidBce,
        seed,
    );
    let mut r = rng(seed);
    let rates = DropoutRates::uniform(0.0, 0.5, 2).unwrap();
    let opt = Optimizer::new(OptimizerKind::Momentum { beta: 0.9 }, 0.05, 1e-4).unwrap();
    let x = normal(64, 2, 1);
    let y = targets(OutputHead::SigmoidBce, 64, 1, 2);
    let mut history = Vec::new();
    for _ in 0..steps {
        history.push(net.train_step(x.view(), y.view(), &rates, &opt, &mut r));
    }
    (history, net.mask(1).to_owned())
}

#[test]
fn same_seed_gives_bit_identical_history_and_other_seeds_other_masks() {
    let (a, mask_a) = losses(1, 50);
    let (b, mask_b) = losses(1, 50);
    assert_eq!(
        a.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
        b.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
    );
    assert_eq!(mask_a, mask_b);
    let (_, mask_c) = losses(2, 50);
    assert_ne!(mask_a, mask_c);
}

#[test]
fn invalid_architectures_are_rejected_with_clear_messages() {
    use dropout_lab::core::NetConfig;
    let cfg = |hidden: Vec<usize>| NetConfig {
        inputs: 2,
        hidden,
        outputs: 1,
        activation: Activation::Relu,
        head: OutputHead::SigmoidBce,
    };
    let message = |hidden| Mlp::new(&cfg(hidden), &mut rng(1)).unwrap_err().to_string();
    assert!(message(vec![]).contains("number of hidden layers"));
    assert!(message(vec![8; 7]).contains("number of hidden layers = 7"));
    assert!(message(vec![8, 0]).contains("units in hidden layer 2 = 0"));
    assert!(message(vec![100_000]).contains("between 1 and 256"));
    assert!(
        Optimizer::new(OptimizerKind::Sgd, f32::NAN, 0.0)
            .unwrap_err()
            .to_string()
            .contains("learning rate")
    );
}

#[test]
fn evaluating_between_steps_does_not_change_the_masks_shown() {
    let mut net = net(2, &[16], 1, Activation::Relu, OutputHead::SigmoidBce, 5);
    let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    let opt = Optimizer::new(OptimizerKind::Sgd, 0.1, 0.0).unwrap();
    let (x, y) = (normal(8, 2, 1), targets(OutputHead::SigmoidBce, 8, 1, 2));
    net.train_step(x.view(), y.view(), &rates, &opt, &mut rng(3));
    let shown = net.mask(1).to_owned();
    // A decision map: 4,096 points, far more rows than the minibatch, in evaluation mode.
    net.predict(normal(4096, 2, 9).view(), &rates);
    assert_eq!(net.mask(1), shown);
}
