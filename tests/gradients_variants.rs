//! Backpropagation of dropout's rivals checked against central differences, for every
//! activation × output head: DropConnect (a fixed weight mask), Gaussian dropout (fixed noise
//! factors) and batch norm (batch statistics, with and without dropout), including batch
//! norm's own scale γ and shift β.

use crate::common;

use common::{net, normal, targets};
use dropout_lab::core::{Activation, DropoutMode, DropoutRates, Mlp, Noise, OutputHead, Variant};
use ndarray::Array2;

const DELTA: f32 = 2e-3;

fn close(analytic: f32, numeric: f32) -> bool {
    (analytic - numeric).abs() <= 2e-2 * analytic.abs().max(numeric.abs()) + 3e-4
}

/// The parameter `at` of one of the network's parameter groups (see `groups`).
fn param(net: &mut Mlp, group: usize, layers: usize, at: (usize, usize)) -> &mut f32 {
    let l = group % layers;
    match group / layers {
        0 => &mut net.weights_mut()[l][at],
        1 => &mut net.biases_mut()[l][at],
        2 => &mut net.batch_norm_mut().unwrap().gamma[l][at],
        _ => &mut net.batch_norm_mut().unwrap().beta[l][at],
    }
}

/// The analytic gradients, grouped as weights, biases, then (with batch norm) γ and β.
fn groups(net: &Mlp) -> Vec<Array2<f32>> {
    let mut g: Vec<_> = net.grad_weights().to_vec();
    g.extend(net.grad_biases().iter().cloned());
    if let Some(bn) = net.batch_norm() {
        // Padded to a multiple of the weight layers, so `param` can index by group.
        let pad = net.grad_weights().len() - bn.layers();
        g.extend(bn.grad_gamma.iter().cloned());
        g.extend((0..pad).map(|_| Array2::zeros((0, 0))));
        g.extend(bn.grad_beta.iter().cloned());
        g.extend((0..pad).map(|_| Array2::zeros((0, 0))));
    }
    g
}

/// The noise one pass uses, fixed so the loss is a deterministic function of the parameters.
fn fixed_noise(variant: &Variant, net: &Mlp, batch: usize) -> Vec<Array2<f32>> {
    let sizes = net.layer_sizes();
    (0..sizes.len() - 1)
        .map(|l| match variant.noise {
            Noise::DropConnect => Array2::from_shape_fn((sizes[l], sizes[l + 1]), |(i, j)| {
                if (i + 2 * j + l) % 3 == 0 { 0.0 } else { 1.0 }
            }),
            Noise::Gaussian => Array2::from_shape_fn((batch, sizes[l]), |(i, j)| {
                1.0 + 0.6 * ((i * 7 + j * 3 + l) as f32).sin()
            }),
            Noise::Bernoulli => Array2::from_shape_fn((batch, sizes[l]), |(i, j)| {
                if (i + 2 * j + l) % 3 == 0 { 0.0 } else { 1.0 }
            }),
        })
        .collect()
}

fn check(activation: Activation, head: OutputHead, variant: Variant) {
    let outputs = if head == OutputHead::SoftmaxCe { 3 } else { 1 };
    let mut net = net(3, &[5, 4], outputs, activation, head, 7);
    // Biases off zero: a ReLU unit whose inputs are all off would sit exactly on its kink.
    for b in net.biases_mut() {
        b.iter_mut()
            .enumerate()
            .for_each(|(j, v)| *v = 0.05 * (j as f32 + 1.0));
    }
    let batch = 6;
    let x = normal(batch, 3, 11);
    let y = targets(head, batch, outputs, 12);
    let rates = DropoutRates::new(vec![0.2, 0.5, 0.3], DropoutMode::Inverted).unwrap();
    let noise = fixed_noise(&variant, &net, batch);
    net.loss_and_gradients_with_noise(x.view(), y.view(), &noise, &rates, &variant);
    let layers = net.weights().len();
    let mut failures = Vec::new();
    let (mut checked, mut at_kink) = (0, 0);
    for (group, grads) in groups(&net).iter().enumerate() {
        for ((r, c), &analytic) in grads.indexed_iter() {
            let mut loss_at = |step: f32| {
                let original = *param(&mut net, group, layers, (r, c));
                *param(&mut net, group, layers, (r, c)) = original + step;
                let loss = net.loss_with_noise(x.view(), y.view(), &noise, &rates, &variant);
                *param(&mut net, group, layers, (r, c)) = original;
                loss
            };
            let numeric = (loss_at(DELTA) - loss_at(-DELTA)) / (2.0 * DELTA);
            let half = (loss_at(DELTA / 2.0) - loss_at(-DELTA / 2.0)) / DELTA;
            checked += 1;
            // A ReLU kink inside ±DELTA makes the quotient depend on the step: skip, and count.
            if activation == Activation::Relu && !close(numeric, half) {
                at_kink += 1;
                continue;
            }
            if !close(analytic, numeric) {
                failures.push(format!(
                    "group {group} [{r},{c}]: analytic {analytic}, numeric {numeric}"
                ));
            }
        }
    }
    assert!(
        at_kink * 10 <= checked,
        "{activation:?} × {head:?}: {at_kink} of {checked} parameters at a ReLU kink"
    );
    assert!(
        failures.is_empty(),
        "{activation:?} × {head:?} ({variant:?}):\n{}",
        failures.join("\n")
    );
}

fn every_activation_and_head(variant: Variant) {
    for activation in [
        Activation::Relu,
        Activation::Tanh,
        Activation::Sigmoid,
        Activation::Linear,
    ] {
        for head in [
            OutputHead::SigmoidBce,
            OutputHead::SoftmaxCe,
            OutputHead::LinearMse,
        ] {
            check(activation, head, variant);
        }
    }
}

#[test]
fn dropconnect_gradients_match_central_differences() {
    every_activation_and_head(Variant {
        noise: Noise::DropConnect,
        ..Variant::default()
    });
}

#[test]
fn gaussian_dropout_gradients_match_central_differences() {
    every_activation_and_head(Variant {
        noise: Noise::Gaussian,
        ..Variant::default()
    });
}

#[test]
fn batch_norm_gradients_match_central_differences_alone_and_with_dropout() {
    let bn = Variant {
        batch_norm: true,
        ..Variant::default()
    };
    every_activation_and_head(bn);
    // With dropout: the same check, the masks of `fixed_noise` now dropping units.
    check(Activation::Tanh, OutputHead::SoftmaxCe, bn);
    check(
        Activation::Relu,
        OutputHead::SigmoidBce,
        Variant {
            noise: Noise::DropConnect,
            ..bn
        },
    );
}
