//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use dropout_lab::core::LabRng;
use dropout_lab::core::data::Split;
use dropout_lab::core::data::toy2d::{self, Toy2dKind, Toy2dSpec};
use dropout_lab::core::network::standard_normal;
use dropout_lab::core::{
    Activation, ExperimentConfig, Mlp, NetConfig, Optimizer, OptimizerKind, OutputHead,
};
use ndarray::Array2;
use rand::SeedableRng;

pub fn rng(seed: u64) -> LabRng {
    LabRng::seed_from_u64(seed)
}

pub fn net(
    inputs: usize,
    hidden: &[usize],
    outputs: usize,
    activation: Activation,
    head: OutputHead,
    seed: u64,
) -> Mlp {
    let cfg = NetConfig {
        inputs,
        hidden: hidden.to_vec(),
        outputs,
        activation,
        head,
    };
    Mlp::new(&cfg, &mut rng(seed)).expect("valid network")
}

/// `rows × cols` standard normal values.
pub fn normal(rows: usize, cols: usize, seed: u64) -> Array2<f32> {
    let mut r = rng(seed);
    Array2::from_shape_fn((rows, cols), |_| standard_normal(&mut r))
}

/// Targets that suit `head`: 0/1 for sigmoid, one-hot rows for softmax, reals for MSE.
pub fn targets(head: OutputHead, rows: usize, outputs: usize, seed: u64) -> Array2<f32> {
    let noise = normal(rows, outputs, seed);
    match head {
        OutputHead::SigmoidBce => noise.mapv(|v| if v > 0.0 { 1.0 } else { 0.0 }),
        OutputHead::LinearMse => noise,
        OutputHead::SoftmaxCe => {
            let mut y = Array2::zeros((rows, outputs));
            for (i, row) in noise.rows().into_iter().enumerate() {
                let k = row
                    .iter()
                    .enumerate()
                    .fold(0, |b, (j, &v)| if v > row[b] { j } else { b });
                y[[i, k]] = 1.0;
            }
            y
        }
    }
}

/// Pre-activations `z_l = (a_l ⊙ m_l · scale(l)) W_l + b_l` of every layer, output layer last,
/// by a forward pass written out here rather than the engine's, with ReLU on the hidden layers.
pub fn relu_pre_activations(
    net: &Mlp,
    x: &Array2<f32>,
    masks: &[Array2<f32>],
    scale: impl Fn(usize) -> f32,
) -> Vec<Array2<f32>> {
    let mut a = x.clone();
    let mut zs = Vec::new();
    let layers = net.weights().iter().zip(net.biases()).zip(masks);
    for (l, ((w, b), m)) in layers.enumerate() {
        let z = (&a * m * scale(l)).dot(w) + b;
        a = z.mapv(|v| v.max(0.0));
        zs.push(z);
    }
    zs
}

/// Moons with `n_train` training and 60 validation points, some noise in both.
pub fn moons(n_train: usize, seed: u64) -> Split {
    toy2d::generate(&Toy2dSpec {
        kind: Toy2dKind::Moons,
        n_train,
        n_val: 60,
        noise: 0.3,
        label_noise: 0.05,
        seed,
    })
    .unwrap()
}

/// A ReLU network with Adam at 0.01, inverted dropout.
pub fn config(hidden: Vec<usize>, batch_size: usize, seed: u64) -> ExperimentConfig {
    ExperimentConfig {
        hidden,
        activation: Activation::Relu,
        optimizer: Optimizer::new(OptimizerKind::adam(), 0.01, 0.0).unwrap(),
        batch_size,
        seed,
    }
}

/// Two runs on a noisy sine, plain SGD at 0.2, trained 200 epochs: the second has input dropout
/// at p = 0.9, which scales the surviving inputs by 10 in training and makes the same step size
/// explode for that run only. The first run stays calm.
pub fn diverging_race() -> dropout_lab::core::experiment::Experiment {
    use dropout_lab::core::data::regression::{self, RegressionKind, RegressionSpec};
    let split = regression::generate(&RegressionSpec {
        kind: RegressionKind::Sine,
        n_train: 32,
        n_val: 50,
        noise: 0.1,
        seed: 4,
    })
    .unwrap();
    let mut cfg = config(vec![32], 32, 1);
    cfg.optimizer = Optimizer::new(OptimizerKind::Sgd, 0.2, 0.0).unwrap();
    let mut e = dropout_lab::core::experiment::Experiment::with_runs(
        cfg,
        split,
        &[vec![0.0, 0.0], vec![0.9, 0.0]],
    )
    .unwrap();
    e.train_epochs(200);
    e
}
