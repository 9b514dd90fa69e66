//! The experiment as Keras (3): one `keras.Sequential` per run, `layers.Dropout(rate)` where
//! the lab drops units, `layers.GaussianDropout(rate)` for Gaussian noise, short layers written
//! out for classic dropout and DropConnect, and the conventions where Keras's defaults differ
//! from the lab's (Adam's ε, batch norm's momentum and ε, the initialiser, the L2 factor).

use super::plan::{self, Helpers, Layer, Scaling, Thinning};
use super::pytorch::scaling_key;
use super::{Spec, py_number, py_string};
use crate::core::activation::Activation;
use crate::core::head::OutputHead;
use crate::core::optimizer::OptimizerKind;
use crate::core::variant::Mistake;

/// The whole Keras script: the models, then a race over the class's data.
pub fn script(spec: &Spec) -> String {
    let mut out = models(spec);
    out.push_str(&race(spec));
    out
}

/// Everything but the race: header, helper layers, one model per run, each compiled with its
/// loss and optimiser in `RUNS`.
pub fn models(spec: &Spec) -> String {
    let plans: Vec<Vec<Layer>> = spec
        .runs
        .iter()
        .map(|r| plan::layers(&spec.net, &r.rates, &r.variant))
        .collect();
    let helpers = Helpers::of(
        plans
            .iter()
            .zip(&spec.runs)
            .map(|(p, r)| (p.as_slice(), &r.variant)),
    );
    let mut out = header(spec);
    if helpers.classic {
        out.push_str(CLASSIC);
    }
    if helpers.dropconnect {
        out.push_str(DROPCONNECT);
    }
    if spec.runs.iter().any(|r| r.variant.batch_norm) {
        out.push_str(BATCH_NORM_NOTE);
    }
    for (i, layers) in plans.iter().enumerate() {
        out.push_str(&builder(spec, i, layers));
    }
    out.push_str(&compile(spec));
    out
}

fn header(spec: &Spec) -> String {
    let std = match spec.net.activation {
        Activation::Relu => "he_normal-like: stddev √(2/fan_in)",
        _ => "glorot_normal-like: stddev √(2/(fan_in + fan_out))",
    };
    format!(
        "# Dropout Lab, written as Keras: {runs} run(s) racing on the same data and minibatches.\n\
         # rate is the probability of DROPPING a unit, as layers.Dropout(rate) reads it.\n\
         import math\n\
         import keras\n\
         from keras import layers, ops\n\n\
         keras.utils.set_random_seed({seed})\n\
         LR = {lr}\n\
         BATCH = {batch}\n\n\n\
         def init(n_in, n_out):\n\
         \x20   # The lab's initial weights, {std}, untruncated (Keras's he_normal and\n\
         \x20   # glorot_normal truncate), zero biases.\n\
         \x20   return keras.initializers.RandomNormal(stddev=math.sqrt(2 / {fan}), seed={seed})\n\n\n",
        runs = spec.runs.len(),
        seed = spec.seed,
        lr = py_number(spec.optimizer.learning_rate),
        batch = spec.batch_size,
        fan = if spec.net.activation == Activation::Relu {
            "n_in"
        } else {
            "(n_in + n_out)"
        },
    )
}

fn builder(spec: &Spec, i: usize, layers: &[Layer]) -> String {
    let l2 = spec.weight_decay(i);
    let reg = if l2 > 0.0 {
        // Keras's L2(f) adds f·Σw² to the loss: f = λ/2 gives the lab's gradient λw.
        format!(
            ", kernel_regularizer=keras.regularizers.L2({})",
            py_number(l2 / 2.0)
        )
    } else {
        String::new()
    };
    let max_norm = spec.runs[i].variant.max_norm.map_or(String::new(), |c| {
        format!(
            ", kernel_constraint=keras.constraints.MaxNorm({})",
            py_number(c)
        )
    });
    let mut lines = vec![format!("keras.Input(shape=({},)),", spec.net.inputs)];
    for layer in layers {
        lines.extend(layer_lines(layer, &format!("{reg}{max_norm}")));
    }
    let body: Vec<String> = lines.iter().map(|l| format!("    {l}\n")).collect();
    format!(
        "# Run {n}: {label}\nrun_{n} = keras.Sequential([\n{body}])\n\n",
        n = i + 1,
        label = spec.runs[i].label,
        body = body.concat()
    )
}

/// One lab layer as Keras layers: its dropout, its `Dense`, batch norm, activation. `extra`:
/// the `Dense`'s regulariser and constraint arguments.
fn layer_lines(layer: &Layer, extra: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let note = layer.meant.map_or(String::new(), |m| {
        format!(
            "  # MISTAKE: meant to drop {}, read as the keep probability",
            py_number(m)
        )
    });
    let (n_in, n_out) = (layer.inputs, layer.outputs);
    let dense_args = format!("kernel_initializer=init({n_in}, {n_out}){extra}");
    let dense = match layer.thinning {
        Thinning::DropConnect { p, scaling } => format!(
            "DropConnectDense({n_out}, {}, {}, {dense_args}),{note}",
            py_number(p),
            py_string(scaling_key(scaling))
        ),
        _ => format!("layers.Dense({n_out}, {dense_args}),"),
    };
    match layer.thinning {
        Thinning::Bernoulli { p, scaling } => lines.push(format!(
            "{}({}),{note}",
            match scaling {
                Scaling::Inverted => "layers.Dropout",
                Scaling::Classic => "ClassicDropout",
                Scaling::ForgotEvaluation => "ClassicDropoutForgotScaling",
            },
            py_number(p)
        )),
        Thinning::Gaussian { p } => {
            lines.push(format!("layers.GaussianDropout({}),{note}", py_number(p)))
        }
        Thinning::DropConnect { .. } | Thinning::None => {}
    }
    lines.push(dense);
    if layer.batch_norm {
        lines.push(
            "layers.BatchNormalization(momentum=0.9, epsilon=1e-5),  # the lab's 0.1 newest-batch weight and ε; see BATCH NORM above".into(),
        );
    }
    if let Some(act) = layer.activation {
        lines.push(format!(
            "layers.Activation({}),",
            py_string(activation(act))
        ));
    }
    lines
}

fn activation(act: Activation) -> &'static str {
    match act {
        Activation::Relu => "relu",
        Activation::Tanh => "tanh",
        Activation::Sigmoid => "sigmoid",
        Activation::Linear => "linear",
    }
}

fn compile(spec: &Spec) -> String {
    let loss = match spec.net.head {
        OutputHead::SigmoidBce => "keras.losses.BinaryCrossentropy(from_logits=True)",
        OutputHead::SoftmaxCe => {
            "keras.losses.CategoricalCrossentropy(from_logits=True)  # one-hot targets"
        }
        OutputHead::LinearMse => "keras.losses.MeanSquaredError()",
    };
    let opt = match spec.optimizer.kind {
        OptimizerKind::Sgd => "keras.optimizers.SGD(learning_rate=LR)".to_string(),
        OptimizerKind::Momentum { beta } => format!(
            "keras.optimizers.SGD(learning_rate=LR, momentum={})\n\
             \x20   # Keras keeps v ← βv − ηg, w ← w + v: the lab's v ← βv + g, w ← w − ηv while η stays put",
            py_number(beta)
        ),
        OptimizerKind::Adam { beta1, beta2, eps } => format!(
            "keras.optimizers.Adam(learning_rate=LR, beta_1={}, beta_2={}, epsilon={})\n\
             \x20   # ε set to the lab's (Keras's default is 1e-7); Keras adds it to √v before the bias\n\
             \x20   # correction, the lab to √v̂ after it: a difference only for gradients near ε",
            py_number(beta1),
            py_number(beta2),
            py_number(eps)
        ),
    };
    let runs: Vec<String> = (1..=spec.runs.len()).map(|n| format!("run_{n}")).collect();
    format!(
        "LOSS = {loss}  # mean over the minibatch, as in the lab\n\n\n\
         def make_optimizer():\n\
         \x20   return {opt}\n\n\n\
         RUNS = [{}]\n\
         for model in RUNS:\n\
         \x20   model.compile(optimizer=make_optimizer(), loss=LOSS)\n\n",
        runs.join(", ")
    )
}

fn race(spec: &Spec) -> String {
    let forgets: Vec<String> = (0..spec.runs.len())
        .filter(|&i| spec.runs[i].variant.mistake == Some(Mistake::DropoutAtEvaluation))
        .map(|i| format!("run_{}", i + 1))
        .collect();
    let mistake = if forgets.is_empty() {
        String::new()
    } else {
        format!(
            "    # MISTAKE for {}: evaluated with training=True, so dropout still drops units and the\n\
             \x20   # validation loss comes from one random thinned network, noisy and worse on average.\n\
             \x20   for model in [{}]:\n\
             \x20       print(float(LOSS(y_val, model(x_val, training=True))))\n",
            forgets.join(", "),
            forgets.join(", ")
        )
    };
    format!(
        "# x_train, y_train, x_val, y_val: your data as arrays.\n\
         EPOCHS = 100\n\
         for epoch in range(EPOCHS):\n\
         \x20   for model in RUNS:\n\
         \x20       # fit trains with dropout on; evaluate() runs with it off (training=False).\n\
         \x20       model.fit(x_train, y_train, batch_size=BATCH, epochs=1, shuffle=True, verbose=0)\n\
         \x20       model.evaluate(x_val, y_val, verbose=0)\n{mistake}"
    )
}

const CLASSIC: &str = r#"class ClassicDropout(layers.Layer):
    """Dropout as the 2014 paper wrote it: no scaling in training, × (1 − rate) at evaluation."""

    def __init__(self, rate, **kwargs):
        super().__init__(**kwargs)
        self.rate = rate
        self.seed = keras.random.SeedGenerator(0)

    def call(self, x, training=False):
        if training:
            return x * ops.cast(keras.random.uniform(ops.shape(x), seed=self.seed) >= self.rate, x.dtype)
        return x * (1 - self.rate)


class ClassicDropoutForgotScaling(ClassicDropout):
    """MISTAKE: the × (1 − rate) at evaluation forgotten: the next layer sees larger inputs than in training."""

    def call(self, x, training=False):
        return super().call(x, training) if training else x


"#;

const DROPCONNECT: &str = r#"class DropConnectDense(layers.Dense):
    """DropConnect (Wan et al. 2013): each weight dropped with probability rate, one mask per
    minibatch. scaling: "inverted", "classic" or "forgot" (classic without its evaluation scale)."""

    def __init__(self, units, rate, scaling="inverted", **kwargs):
        super().__init__(units, **kwargs)
        self.rate, self.scaling = rate, scaling
        self.seed = keras.random.SeedGenerator(0)

    def call(self, x, training=False):
        if training:
            keep = ops.cast(keras.random.uniform(ops.shape(self.kernel), seed=self.seed) >= self.rate, x.dtype)
            scale = 1 / (1 - self.rate) if self.scaling == "inverted" else 1.0
            return ops.matmul(x, self.kernel * keep * scale) + self.bias
        if self.scaling == "classic":
            x = x * (1 - self.rate)
        return ops.matmul(x, self.kernel) + self.bias


"#;

const BATCH_NORM_NOTE: &str = r#"# BATCH NORM: momentum=0.9 in Keras is the old average's weight, the lab's (and PyTorch's) 0.1
# the new batch's; ε = 1e-5 as in the lab (Keras's default is 1e-3). One difference remains:
# Keras's moving variance takes the batch's biased variance, the lab's the unbiased one (× n/(n − 1)).


"#;
