//! The experiments the code tests write out: one run each, covering every noise, scaling,
//! mistake, constraint, optimiser, activation and head. Shared by `tests/code.rs` (structure)
//! and `examples/code_fixtures.rs` (the numbers the PyTorch stage checks).
#![allow(dead_code)]

use dropout_lab::core::LabRng;
use dropout_lab::core::data::{Dataset, Split, Task, one_hot};
use dropout_lab::core::network::standard_normal;
use dropout_lab::core::variant::parse;
use dropout_lab::core::{Activation, Experiment, ExperimentConfig, Optimizer, OptimizerKind};
use ndarray::Array2;
use rand::{RngExt, SeedableRng};

/// One case: a name, the run's variant text (as the link writes it), its rates and the rest.
pub struct Case {
    pub variant: &'static str,
    pub rates: [f32; 3],
    pub activation: Activation,
    pub optimizer: OptimizerKind,
    pub task: Task,
    /// The experiment's own L2 λ.
    pub l2: f32,
}

const BINARY: Task = Task::Binary;
const THREE: Task = Task::MultiClass { classes: 3 };
const REGRESSION: Task = Task::Regression;
const SGD: OptimizerKind = OptimizerKind::Sgd;
const MOMENTUM: OptimizerKind = OptimizerKind::Momentum { beta: 0.9 };
const ADAM: OptimizerKind = OptimizerKind::Adam {
    beta1: 0.9,
    beta2: 0.999,
    eps: 1e-8,
};

fn case(
    variant: &'static str,
    rates: [f32; 3],
    activation: Activation,
    optimizer: OptimizerKind,
    task: Task,
) -> Case {
    Case {
        variant,
        rates,
        activation,
        optimizer,
        task,
        l2: 0.0,
    }
}

/// Every case.
pub fn cases() -> Vec<Case> {
    use Activation::*;
    let r = [0.2, 0.5, 0.3];
    vec![
        case("", r, Relu, ADAM, BINARY),
        case("", r, Relu, SGD, REGRESSION),
        case("classic", r, Tanh, SGD, THREE),
        case("gaussian", r, Sigmoid, MOMENTUM, REGRESSION),
        case("dropconnect", r, Relu, ADAM, BINARY),
        case("classic~dropconnect", r, Linear, SGD, BINARY),
        case("maxnorm_0.5", r, Relu, MOMENTUM, THREE),
        Case {
            l2: 0.001,
            ..case("l2_0.01", r, Relu, ADAM, REGRESSION)
        },
        Case {
            l2: 0.01,
            ..case("", r, Tanh, MOMENTUM, BINARY)
        },
        case("bn", [0.0, 0.0, 0.0], Relu, ADAM, BINARY),
        case("bn", r, Tanh, MOMENTUM, THREE),
        case("evaldrop", r, Relu, SGD, BINARY),
        case("noscale", r, Relu, ADAM, THREE),
        case("keep", [0.2, 0.7, 0.0], Relu, ADAM, BINARY),
        case("dropconnect~noscale", r, Sigmoid, SGD, REGRESSION),
        case("gaussian~keep", [0.0, 0.6, 0.9], Tanh, ADAM, BINARY),
        case("bn~dropconnect~maxnorm_1", r, Relu, ADAM, THREE),
    ]
}

impl Case {
    /// A readable name for reports: variant, activation, optimiser, task.
    pub fn name(&self) -> String {
        let v = if self.variant.is_empty() {
            "dropout"
        } else {
            self.variant
        };
        format!(
            "{v} {:?} {:?} {:?} rates {:?}",
            self.activation, self.optimizer, self.task, self.rates
        )
    }

    /// The experiment with this case's one run (rates scaled by `factor`: 0 for the twin that
    /// drops nothing), on small random data: 20 training rows in minibatches of 8, 15 to validate.
    pub fn experiment(&self, factor: f32) -> Experiment {
        let optimizer = Optimizer::new(self.optimizer, 0.05, self.l2).unwrap();
        let config = ExperimentConfig {
            hidden: vec![6, 5],
            activation: self.activation,
            optimizer,
            batch_size: 8,
            seed: 11,
        };
        let mut lab = Experiment::new(config, split(self.task)).unwrap();
        let (mode, variant) = parse(self.variant).unwrap();
        let mut rates = lab.config().rates(&self.rates.map(|p| p * factor)).unwrap();
        rates.mode = mode;
        lab.add_run_with(rates, variant).unwrap();
        lab
    }
}

/// Random features and targets for `task`: 3 inputs, 20 training and 15 validation rows.
pub fn split(task: Task) -> Split {
    let mut rng = LabRng::seed_from_u64(5);
    let mut set = |n: usize| {
        let x = Array2::from_shape_fn((n, 3), |_| standard_normal(&mut rng));
        let y = match task {
            Task::Binary => Array2::from_shape_fn((n, 1), |_| f32::from(rng.random::<bool>())),
            Task::MultiClass { classes } => {
                let labels: Vec<usize> = (0..n).map(|_| rng.random_range(0..classes)).collect();
                one_hot(&labels, classes)
            }
            Task::Regression => Array2::from_shape_fn((n, 1), |_| standard_normal(&mut rng)),
        };
        Dataset { x, y, task }
    };
    Split {
        train: set(20),
        val: set(15),
    }
}
