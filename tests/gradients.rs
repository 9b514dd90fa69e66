//! Backpropagation checked against central differences, for every activation × output head,
//! with a fixed dropout mask (so the function being differentiated is deterministic).

use crate::common;

use common::{net, normal, relu_pre_activations, targets};
use dropout_lab::core::{Activation, DropoutMode, DropoutRates, Mlp, OutputHead};
use ndarray::Array2;

const DELTA: f32 = 2e-3;

/// Relative error with a floor, as ConvNetJS does: f32 differences are only good to ~1e-3.
fn close(analytic: f32, numeric: f32) -> bool {
    (analytic - numeric).abs() <= 2e-2 * analytic.abs().max(numeric.abs()) + 2e-4
}

/// Which hidden units are active (pre-activation > 0) for each example, by a forward pass
/// written out by hand (`common::relu_pre_activations`).
fn active_units(
    net: &Mlp,
    x: &Array2<f32>,
    masks: &[Array2<f32>],
    rates: &DropoutRates,
) -> Vec<bool> {
    let mut zs = relu_pre_activations(net, x, masks, |l| rates.train_scale(l));
    zs.pop(); // the output layer has no kink
    zs.iter().flatten().map(|&v| v > 0.0).collect()
}

/// The weight (or bias) at `at` of layer `l`.
fn param(net: &mut Mlp, l: usize, is_bias: bool, at: (usize, usize)) -> &mut f32 {
    if is_bias {
        &mut net.biases_mut()[l][at]
    } else {
        &mut net.weights_mut()[l][at]
    }
}

fn check(activation: Activation, head: OutputHead, mode: DropoutMode) {
    let outputs = if head == OutputHead::SoftmaxCe { 3 } else { 1 };
    let mut net = net(3, &[5, 4], outputs, activation, head, 7);
    let (batch, sizes) = (6, net.layer_sizes());
    let x = normal(batch, 3, 11);
    let y = targets(head, batch, outputs, 12);
    let rates = DropoutRates::new(vec![0.2, 0.5, 0.3], mode).unwrap();
    // A fixed mask with some units dropped in every layer, the same for both passes.
    let masks: Vec<Array2<f32>> = (0..3)
        .map(|l| {
            Array2::from_shape_fn((batch, sizes[l]), |(i, j)| {
                if (i + 2 * j + l) % 3 == 0 { 0.0 } else { 1.0 }
            })
        })
        .collect();
    net.loss_and_gradients_with_masks(x.view(), y.view(), &masks, &rates);
    let grads_w: Vec<_> = net.grad_weights().to_vec();
    let grads_b: Vec<_> = net.grad_biases().to_vec();
    let mut failures = Vec::new();
    // ReLU has a kink at 0: when ±DELTA moves a pre-activation across it, the difference
    // quotient measures the kink, not the slope. Such parameters are skipped, and counted.
    let (mut checked, mut across_kink) = (0, 0);
    for l in 0..grads_w.len() {
        for (is_bias, grads) in [(false, &grads_w[l]), (true, &grads_b[l])] {
            for ((r, c), &analytic) in grads.indexed_iter() {
                let original = *param(&mut net, l, is_bias, (r, c));
                *param(&mut net, l, is_bias, (r, c)) = original + DELTA;
                let up = net.loss_with_masks(x.view(), y.view(), &masks, &rates);
                let active_up = active_units(&net, &x, &masks, &rates);
                *param(&mut net, l, is_bias, (r, c)) = original - DELTA;
                let down = net.loss_with_masks(x.view(), y.view(), &masks, &rates);
                let active_down = active_units(&net, &x, &masks, &rates);
                *param(&mut net, l, is_bias, (r, c)) = original;
                checked += 1;
                if activation == Activation::Relu && active_up != active_down {
                    across_kink += 1;
                    continue;
                }
                let numeric = (up - down) / (2.0 * DELTA);
                if !close(analytic, numeric) {
                    failures.push(format!(
                        "layer {l} {} [{r},{c}]: analytic {analytic}, numeric {numeric}",
                        if is_bias { "bias" } else { "weight" }
                    ));
                }
            }
        }
    }
    assert!(
        across_kink * 10 <= checked,
        "{activation:?} × {head:?}: {across_kink} of {checked} parameters straddle a ReLU kink"
    );
    assert!(
        failures.is_empty(),
        "{activation:?} × {head:?} ({mode:?}):\n{}",
        failures.join("\n")
    );
}

#[test]
fn every_activation_and_head_matches_central_differences() {
    let activations = [
        Activation::Relu,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Linear,
    ];
    let heads = [
        OutputHead::SigmoidBce,
        OutputHead::SoftmaxCe,
        OutputHead::LinearMse,
    ];
    for activation in activations {
        for head in heads {
            check(activation, head, DropoutMode::Inverted);
        }
    }
}

#[test]
fn classic_mode_gradients_match_too() {
    check(
        Activation::Tanh,
        OutputHead::SigmoidBce,
        DropoutMode::Classic,
    );
}

#[test]
fn a_dropped_unit_gets_no_gradient_through_its_outgoing_weights() {
    let mut net = net(2, &[4], 1, Activation::Tanh, OutputHead::LinearMse, 3);
    let x = normal(1, 2, 1);
    let y = normal(1, 1, 2);
    let rates = DropoutRates::uniform(0.0, 0.5, 1).unwrap();
    let masks = vec![Array2::ones((1, 2)), ndarray::array![[1.0, 0.0, 1.0, 1.0]]];
    net.loss_and_gradients_with_masks(x.view(), y.view(), &masks, &rates);
    assert_eq!(
        net.grad_weights()[1][[1, 0]],
        0.0,
        "weight out of dropped unit 1 must get no gradient"
    );
    assert!(
        net.grad_weights()[0].column(1).iter().all(|&g| g == 0.0),
        "weights into dropped unit 1"
    );
    assert!(net.grad_weights()[1][[0, 0]] != 0.0);
}
