//! The two benchmark workloads for the Rust core, shared by the native bench target
//! (`benches/train.rs`) and the WASM bench crate (`benches/wasm-bench`) through `#[path]`.
//!
//! `benches/js/workloads.mjs` defines the same workloads for the JavaScript contenders: same layer
//! sizes, drop rates, learning rate, batch size and the same generated data (mulberry32 with the
//! same seeds), so every contender does the same arithmetic per training step.

use dropout_lab::core::LabRng;
use dropout_lab::core::{
    Activation, DropoutMode, DropoutRates, Mlp, NetConfig, Optimizer, OptimizerKind, OutputHead,
    Variant,
};
use ndarray::{Array2, s};
use rand::SeedableRng;

/// One benchmark workload: float32, ReLU hidden layers, dropout on the hidden layers, plain SGD.
#[derive(Debug, Clone, Copy)]
pub struct Workload {
    pub id: &'static str,
    pub title: &'static str,
    /// `[inputs, hidden, hidden, outputs]`.
    pub sizes: [usize; 4],
    pub head: OutputHead,
    /// Probability of dropping a hidden unit (inputs are never dropped here).
    pub hidden_drop: f32,
    pub learning_rate: f32,
    pub batch: usize,
    pub samples: usize,
}

pub const W1: Workload = Workload {
    id: "w1",
    title: "W1 2-64-64-1 ReLU, sigmoid/BCE, p=0.5 hidden, SGD, batch 32, 400 two-spiral points",
    sizes: [2, 64, 64, 1],
    head: OutputHead::SigmoidBce,
    hidden_drop: 0.5,
    learning_rate: 0.1,
    batch: 32,
    samples: 400,
};

pub const W2: Workload = Workload {
    id: "w2",
    title: "W2 64-256-256-10 ReLU, softmax/CE, p=0.5 hidden, SGD, batch 32, \
            1,500 synthetic samples (uniform features, random linear teacher)",
    sizes: [64, 256, 256, 10],
    head: OutputHead::SoftmaxCe,
    hidden_drop: 0.5,
    learning_rate: 0.1,
    batch: 32,
    samples: 1500,
};

pub const ALL: [Workload; 2] = [W1, W2];

impl Workload {
    pub fn by_id(id: &str) -> Option<Workload> {
        ALL.into_iter().find(|w| w.id == id)
    }

    /// Forward (2), backward to inputs (2) and weight gradient (2) multiply-adds per weight.
    pub fn flop_per_sample(&self) -> f64 {
        let weights: usize = self.sizes.windows(2).map(|p| p[0] * p[1]).sum();
        6.0 * weights as f64
    }
}

/// mulberry32: the tiny PRNG that `workloads.mjs` uses too, so both sides get the same data.
struct Mulberry32(u32);

impl Mulberry32 {
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x6d2b_79f5);
        let mut t = self.0;
        t = (t ^ (t >> 15)).wrapping_mul(t | 1);
        t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
        f64::from(t ^ (t >> 14)) / 4_294_967_296.0
    }
}

/// The workload's data: W1 two noisy interleaved spirals, W2 uniform(−1, 1) features labelled
/// by the argmax of a fixed random linear teacher (one-hot targets).
pub fn make_data(w: &Workload) -> (Array2<f32>, Array2<f32>) {
    let (inputs, outputs, n) = (w.sizes[0], w.sizes[3], w.samples);
    let mut x = Array2::<f32>::zeros((n, inputs));
    let mut y = Array2::<f32>::zeros((n, outputs));
    if w.id == "w1" {
        let mut rand = Mulberry32(1);
        let half = n / 2;
        for i in 0..n {
            let class = usize::from(i >= half);
            let k = (i % half) as f64;
            let r = k / half as f64 * 5.0;
            let t = 1.75 * k / half as f64 * std::f64::consts::TAU
                + class as f64 * std::f64::consts::PI;
            x[[i, 0]] = (r * t.sin() + (rand.next() - 0.5) * 0.5) as f32;
            x[[i, 1]] = (r * t.cos() + (rand.next() - 0.5) * 0.5) as f32;
            y[[i, 0]] = class as f32;
        }
    } else {
        let mut rand = Mulberry32(2);
        let teacher: Vec<f32> = (0..inputs * outputs)
            .map(|_| (rand.next() * 2.0 - 1.0) as f32)
            .collect();
        for i in 0..n {
            for j in 0..inputs {
                x[[i, j]] = (rand.next() * 2.0 - 1.0) as f32;
            }
            let score = |c: usize| -> f32 {
                (0..inputs)
                    .map(|j| x[[i, j]] * teacher[j * outputs + c])
                    .sum()
            };
            let best = (0..outputs)
                .max_by(|&a, &b| score(a).total_cmp(&score(b)))
                .unwrap_or(0);
            y[[i, best]] = 1.0;
        }
    }
    (x, y)
}

/// A network, its data and its training settings: `run(n)` is the timed unit.
pub struct Session {
    pub workload: Workload,
    mlp: Mlp,
    x: Array2<f32>,
    y: Array2<f32>,
    rates: DropoutRates,
    opt: Optimizer,
    rng: LabRng,
    step: usize,
    /// Plain dropout unless a run variant is benchmarked (DropConnect, batch norm, …).
    variant: Variant,
}

impl Session {
    pub fn new(workload: Workload, seed: u64) -> dropout_lab::Result<Self> {
        let cfg = NetConfig {
            inputs: workload.sizes[0],
            hidden: workload.sizes[1..3].to_vec(),
            outputs: workload.sizes[3],
            activation: Activation::Relu,
            head: workload.head,
        };
        let mut rng = LabRng::seed_from_u64(seed);
        let mlp = Mlp::new(&cfg, &mut rng)?;
        let rates = DropoutRates::new(
            vec![0.0, workload.hidden_drop, workload.hidden_drop],
            DropoutMode::Inverted,
        )?;
        let opt = Optimizer::new(OptimizerKind::Sgd, workload.learning_rate, 0.0)?;
        let (x, y) = make_data(&workload);
        Ok(Self {
            workload,
            mlp,
            x,
            y,
            rates,
            opt,
            rng,
            step: 0,
            variant: Variant::default(),
        })
    }

    /// The same session training a run variant (#13): same data, weights and rates.
    pub fn with_variant(self, variant: Variant) -> Self {
        Self { variant, ..self }
    }

    /// `steps` training steps on consecutive minibatches (the ragged tail is skipped, as in
    /// the JavaScript contenders); returns the last minibatch loss.
    pub fn run(&mut self, steps: usize) -> f32 {
        let b = self.workload.batch;
        let batches = self.workload.samples / b;
        let mut loss = f32::NAN;
        for _ in 0..steps {
            let start = (self.step % batches) * b;
            self.step += 1;
            let rows = s![start..start + b, ..];
            loss = self.mlp.train_step_variant(
                self.x.slice(rows),
                self.y.slice(rows),
                &self.rates,
                &self.variant,
                &self.opt,
                &mut self.rng,
            );
        }
        loss
    }
}
