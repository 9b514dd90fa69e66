//! Output heads at the edges of float32: losses of confidently wrong predictions are large and
//! finite, never `inf`, so a run is not falsely marked diverged.

use crate::common;

use approx::assert_relative_eq;
use dropout_lab::core::{Activation, DropoutRates, Optimizer, OptimizerKind, OutputHead};
use ndarray::{Array2, array};

/// Cross-entropy of softmax(z) against class `k`, exactly, in f64: `ln Σ e^{z_j} − z_k`.
fn exact_softmax_ce(z: &[f64], k: usize) -> f64 {
    let max = z.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    max + z.iter().map(|v| (v - max).exp()).sum::<f64>().ln() - z[k]
}

#[test]
fn softmax_cross_entropy_is_exact_when_the_true_class_is_far_below_the_largest_logit() {
    for gap in [100.0f32, 142.5, 200.0, 300.0] {
        // Three classes: the largest logit, the true class `gap` below it, one in between.
        let logits = [gap / 2.0, -gap / 2.0, 0.0];
        let mut z = Array2::from_shape_vec((1, 3), logits.to_vec()).unwrap();
        let y = array![[0.0f32, 1.0, 0.0]];
        let loss = OutputHead::SoftmaxCe.activate_and_loss(z.view_mut(), y.view());
        let exact = exact_softmax_ce(&logits.map(f64::from), 1);
        assert!(loss.is_finite(), "gap {gap}: loss {loss}");
        assert_relative_eq!(f64::from(loss), exact, max_relative = 1e-6);
        // The outputs are still probabilities that sum to 1.
        assert_relative_eq!(z.sum(), 1.0, max_relative = 1e-6);
    }
}

#[test]
fn softmax_cross_entropy_of_a_right_and_confident_answer_is_near_zero() {
    let mut z = array![[300.0f32, 0.0, -300.0]];
    let y = array![[1.0f32, 0.0, 0.0]];
    let loss = OutputHead::SoftmaxCe.activate_and_loss(z.view_mut(), y.view());
    assert_eq!(loss, 0.0);
}

#[test]
fn sigmoid_cross_entropy_is_exact_at_large_logits() {
    for z0 in [-300.0f32, -100.0, 100.0, 300.0] {
        for t in [0.0f32, 1.0] {
            let mut z = array![[z0]];
            let loss = OutputHead::SigmoidBce.activate_and_loss(z.view_mut(), array![[t]].view());
            // −ln σ(z) = ln(1+e^{−z}) ≈ max(−z, 0) at these sizes; −ln(1−σ(z)) ≈ max(z, 0).
            let exact = if t == 1.0 {
                (-z0).max(0.0)
            } else {
                z0.max(0.0)
            };
            assert!(loss.is_finite());
            assert_relative_eq!(loss, exact, epsilon = 1e-6);
        }
    }
}

/// A 4-6-5-4-3 ReLU network with its output weights blown up, so its logits are hundreds apart
/// and it is wrong on most examples: the configuration that used to report a loss of `inf`.
fn confidently_wrong_net() -> dropout_lab::core::Mlp {
    let mut net = common::net(4, &[6, 5, 4], 3, Activation::Relu, OutputHead::SoftmaxCe, 7);
    for w in net.weights_mut() {
        w.mapv_inplace(|v| v * 12.0);
    }
    net
}

#[test]
fn a_confidently_wrong_network_has_a_large_finite_loss_in_training_and_evaluation() {
    let x = common::normal(64, 4, 11) * 3.0;
    let y = common::targets(OutputHead::SoftmaxCe, 64, 3, 12);
    let rates = DropoutRates::uniform(0.0, 0.5, 3).unwrap();
    let mut net = confidently_wrong_net();

    // The logits really are far apart: the largest gap to the true class exceeds float32's exp range.
    let logits = net.predict(x.view(), &DropoutRates::none(3)).mapv(f32::ln);
    let worst = logits
        .rows()
        .into_iter()
        .zip(y.rows())
        .map(|(p, t)| {
            let k = t.iter().position(|&v| v == 1.0).unwrap();
            -p[k]
        })
        .fold(0.0f32, f32::max);
    assert!(
        worst > 104.0 || worst.is_infinite(),
        "largest true-class gap only {worst}"
    );

    let eval = net.evaluate(x.view(), y.view(), &rates);
    assert!(
        eval.loss.is_finite() && eval.loss > 10.0,
        "eval loss {}",
        eval.loss
    );

    let opt = Optimizer::new(OptimizerKind::adam(), 0.001, 0.0).unwrap();
    let mut rng = common::rng(3);
    for step in 0..5 {
        let loss = net.train_step(x.view(), y.view(), &rates, &opt, &mut rng);
        assert!(loss.is_finite(), "training loss {loss} at step {step}");
    }
}

#[test]
fn a_blind_guess_scores_ln2_ln_k_or_the_variance() {
    let y = array![[1.0f32], [0.0], [1.0], [0.0]];
    assert_relative_eq!(
        OutputHead::SigmoidBce.blind_guess_loss(y.view()),
        std::f32::consts::LN_2
    );
    let onehot = Array2::<f32>::eye(10);
    assert_relative_eq!(
        OutputHead::SoftmaxCe.blind_guess_loss(onehot.view()),
        10f32.ln()
    );
    let reals = array![[1.0f32], [3.0], [5.0], [7.0]];
    assert_relative_eq!(OutputHead::LinearMse.blind_guess_loss(reals.view()), 5.0);
}
