//! The experiment as idiomatic PyTorch: one `nn.Sequential` per run, `nn.Dropout(p)` where the
//! lab drops units, the lab's initial-weight rule and optimiser conventions, and a training
//! loop with `model.train()` / `model.eval()`. Where PyTorch has no layer for a variant
//! (classic dropout, Gaussian dropout, DropConnect, a mistake) a short module is written out;
//! each has one overridable method that draws its noise, which the torch tests use to inject
//! the lab's masks.

mod modules;
use modules::{BATCH_NORM_NOTE, CLASSIC, DROPCONNECT, FORGOT_SCALING, GAUSSIAN, MAX_NORM};

use super::plan::{self, Helpers, Layer, Scaling, Thinning};
use super::{Spec, py_number, py_string};
use crate::core::activation::Activation;
use crate::core::head::OutputHead;
use crate::core::optimizer::OptimizerKind;
use crate::core::variant::Mistake;

/// The whole script: the models and the helpers they need, then a race over the class's data.
pub fn script(spec: &Spec) -> String {
    let mut out = models(spec);
    out.push_str(RACE);
    out
}

/// Everything but the race: header, imports, helpers, one builder per run, the loss, the
/// optimisers, one training step and the evaluation. The notebook adds its own race to it.
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
    out.push_str(&helper_modules(helpers, spec));
    for (i, layers) in plans.iter().enumerate() {
        out.push_str(&builder(i, &spec.runs[i].label, layers));
    }
    out.push_str(&init_like_lab(spec.net.activation));
    out.push_str(&loss(spec.net.head));
    out.push_str(&optimiser(spec));
    out.push_str(TRAIN_STEP);
    out.push_str(&runs_table(spec));
    out
}

fn header(spec: &Spec) -> String {
    let sizes: Vec<String> = spec
        .net
        .layer_sizes()
        .iter()
        .map(usize::to_string)
        .collect();
    format!(
        "# Dropout Lab, written as PyTorch: {runs} run(s) of a {sizes} network racing on the same\n\
         # data, from the same initial weights, on the same minibatches.\n\
         # p is the probability of DROPPING a unit, as nn.Dropout(p) reads it.\n\
         import torch\n\
         import torch.nn.functional as F\n\
         from torch import nn\n\n\
         SEED = {seed}\n\
         LR = {lr}  # learning rate\n\
         BATCH = {batch}  # examples per minibatch (the last one of an epoch may be shorter)\n\n\n",
        runs = spec.runs.len(),
        sizes = sizes.join("-"),
        seed = spec.seed,
        lr = py_number(spec.optimizer.learning_rate),
        batch = spec.batch_size,
    )
}

fn helper_modules(h: Helpers, spec: &Spec) -> String {
    let mut out = String::new();
    if h.classic {
        out.push_str(CLASSIC);
    }
    if h.forgot_scaling {
        out.push_str(FORGOT_SCALING);
    }
    if h.gaussian {
        out.push_str(GAUSSIAN);
    }
    if h.dropconnect {
        out.push_str(DROPCONNECT);
    }
    if h.max_norm {
        out.push_str(MAX_NORM);
    }
    if spec.runs.iter().any(|r| r.variant.batch_norm) {
        out.push_str(BATCH_NORM_NOTE);
    }
    out
}

/// `def run_1(): return nn.Sequential(...)` with one line per layer.
fn builder(i: usize, label: &str, layers: &[Layer]) -> String {
    let mut lines = Vec::new();
    for layer in layers {
        let (before, linear) = thinning(layer);
        lines.extend(before);
        lines.push(linear);
        if layer.batch_norm {
            lines.push(format!(
                "nn.BatchNorm1d({}, eps=1e-5, momentum=0.1),",
                layer.outputs
            ));
        }
        if let Some(act) = layer.activation {
            lines.push(format!("{},", activation(act)));
        }
    }
    let body: Vec<String> = lines.iter().map(|l| format!("        {l}\n")).collect();
    format!(
        "def run_{n}():\n    \"\"\"Run {n}: {label}\"\"\"\n    return nn.Sequential(\n{body}    )\n\n\n",
        n = i + 1,
        label = label.replace('"', "'"),
        body = body.concat()
    )
}

/// The lines before a layer's `Linear` (its dropout), and the `Linear` itself (DropConnect's
/// replaces it).
fn thinning(layer: &Layer) -> (Vec<String>, String) {
    let linear = format!("nn.Linear({}, {}),", layer.inputs, layer.outputs);
    let note = layer.meant.map(|meant| {
        format!(
            "  # MISTAKE: meant to drop {}, but that was read as the keep probability: {} of the units are dropped",
            py_number(meant),
            py_number(1.0 - meant)
        )
    });
    let before = |text: String| vec![format!("{text}{}", note.clone().unwrap_or_default())];
    match layer.thinning {
        Thinning::None => (Vec::new(), linear),
        Thinning::Bernoulli { p, scaling } => {
            let module = match scaling {
                Scaling::Inverted => "nn.Dropout",
                Scaling::Classic => "ClassicDropout",
                Scaling::ForgotEvaluation => "ClassicDropoutForgotScaling",
            };
            (before(format!("{module}({}),", py_number(p))), linear)
        }
        Thinning::Gaussian { p } => (
            before(format!("GaussianDropout({}),", py_number(p))),
            linear,
        ),
        Thinning::DropConnect { p, scaling } => {
            let dc = format!(
                "DropConnectLinear({}, {}, p={}, scaling={}),{}",
                layer.inputs,
                layer.outputs,
                py_number(p),
                py_string(scaling_key(scaling)),
                note.unwrap_or_default()
            );
            (Vec::new(), dc)
        }
    }
}

pub(super) fn scaling_key(scaling: Scaling) -> &'static str {
    match scaling {
        Scaling::Inverted => "inverted",
        Scaling::Classic => "classic",
        Scaling::ForgotEvaluation => "forgot",
    }
}

fn activation(act: Activation) -> &'static str {
    match act {
        Activation::Relu => "nn.ReLU()",
        Activation::Tanh => "nn.Tanh()",
        Activation::Sigmoid => "nn.Sigmoid()",
        Activation::Linear => "nn.Identity()",
    }
}

fn init_like_lab(act: Activation) -> String {
    let (rule, call) = match act {
        Activation::Relu => (
            "He-normal, std √(2/fan_in), for ReLU",
            "nn.init.kaiming_normal_(layer.weight, nonlinearity=\"relu\")",
        ),
        _ => (
            "Xavier-normal, std √(2/(fan_in + fan_out))",
            "nn.init.xavier_normal_(layer.weight)",
        ),
    };
    format!(
        "def init_like_lab(model):\n\
         \x20   # The lab's initial weights: {rule}, zero biases (PyTorch's own default,\n\
         \x20   # Kaiming-uniform, would start elsewhere). Same seed, same weights for every run.\n\
         \x20   torch.manual_seed(SEED)\n\
         \x20   for layer in model.modules():\n\
         \x20       if isinstance(layer, nn.Linear):\n\
         \x20           {call}\n\
         \x20           nn.init.zeros_(layer.bias)\n\
         \x20   return model\n\n\n"
    )
}

fn loss(head: OutputHead) -> String {
    let line = match head {
        OutputHead::SigmoidBce => {
            "loss_fn = nn.BCEWithLogitsLoss()  # sigmoid + binary cross-entropy, mean over the minibatch (the lab's)\n\
             # targets: float tensors of shape (N, 1), 0 or 1"
        }
        OutputHead::SoftmaxCe => {
            "loss_fn = nn.CrossEntropyLoss()  # softmax + cross-entropy, mean over the minibatch (the lab's)\n\
             # targets: class indices (a long tensor of shape (N,))"
        }
        OutputHead::LinearMse => {
            "loss_fn = nn.MSELoss()  # mean squared error over the minibatch; one output, so the lab's sum over outputs is the same\n\
             # targets: float tensors of shape (N, 1)"
        }
    };
    format!("{line}\n\n\n")
}

fn optimiser(spec: &Spec) -> String {
    let call = match spec.optimizer.kind {
        OptimizerKind::Sgd => "torch.optim.SGD(groups, lr=LR)".to_string(),
        OptimizerKind::Momentum { beta } => format!(
            "torch.optim.SGD(groups, lr=LR, momentum={})\n\
             \x20   # v ← βv + g, w ← w − ηv: the lab's heavy-ball form (dampening 0, no Nesterov)",
            py_number(beta)
        ),
        OptimizerKind::Adam { beta1, beta2, eps } => format!(
            "torch.optim.Adam(groups, lr=LR, betas=({}, {}), eps={})\n\
             \x20   # Adam with bias correction, ε added to √v̂ (the lab's and PyTorch's); L2 added to the gradient, not AdamW",
            py_number(beta1),
            py_number(beta2),
            py_number(eps)
        ),
    };
    format!(
        "def make_optimizer(model, weight_decay):\n\
         \x20   # L2 λ adds λw to each weight's gradient (the penalty λ/2‖w‖²); the lab decays no bias\n\
         \x20   # and no batch-norm γ or β, so those go in a group of their own.\n\
         \x20   weights = [w for w in model.parameters() if w.dim() == 2]\n\
         \x20   others = [w for w in model.parameters() if w.dim() != 2]\n\
         \x20   groups = [{{\"params\": weights, \"weight_decay\": weight_decay}},\n\
         \x20             {{\"params\": others, \"weight_decay\": 0.0}}]\n\
         \x20   return {call}\n\n\n"
    )
}

/// `RUNS`: each run's model, optimiser, max-norm and the evaluation it uses.
fn runs_table(spec: &Spec) -> String {
    let forgets = |i: usize| spec.runs[i].variant.mistake == Some(Mistake::DropoutAtEvaluation);
    let mut out = String::new();
    if (0..spec.runs.len()).any(forgets) {
        out.push_str(FORGOT_EVAL);
    }
    out.push_str("RUNS = []\n");
    for (i, run) in spec.runs.iter().enumerate() {
        let max_norm = run.variant.max_norm.map_or("None".into(), py_number);
        let evaluate = if forgets(i) {
            "evaluate_forgetting_eval"
        } else {
            "evaluate"
        };
        out.push_str(&format!(
            "model = init_like_lab(run_{n}())\n\
             RUNS.append(dict(name={name}, model=model, optimizer=make_optimizer(model, {l2}),\n\
             \x20                max_norm={max_norm}, evaluate={evaluate}, val_losses=[]))\n",
            n = i + 1,
            name = py_string(&run.label),
            l2 = py_number(spec.weight_decay(i)),
        ));
    }
    out.push_str("\n\n");
    out
}

const TRAIN_STEP: &str = r#"def train_step(run, x, y):
    """One minibatch: forward with fresh dropout masks, backward, update. Returns its loss."""
    model, optimizer = run["model"], run["optimizer"]
    model.train()  # dropout on: nn.Dropout drops units and scales the kept ones by 1/(1 − p)
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    if run["max_norm"] is not None:
        clip_max_norm_(model, run["max_norm"])
    return loss.item()


def evaluate(model, x, y):
    model.eval()  # dropout off: every unit kept, nothing scaled; batch norm uses its running averages
    with torch.no_grad():
        return loss_fn(model(x), y).item()


"#;

const FORGOT_EVAL: &str = r#"def evaluate_forgetting_eval(model, x, y):
    # MISTAKE: model.eval() is forgotten, so dropout still drops units here: the validation
    # loss is measured on one random thinned network, noisy and worse on average.
    # (With batch norm, train mode would also use this batch's statistics and move the
    # running averages; the lab's mistake keeps batch norm in evaluation mode.)
    with torch.no_grad():
        return loss_fn(model(x), y).item()


"#;

const RACE: &str = r#"# X_train, y_train, X_val, y_val: your data as tensors (Download notebook holds the lab's own).
EPOCHS = 100
for epoch in range(EPOCHS):
    # One shuffle per epoch, the same minibatches for every run: a fair race.
    batches = torch.randperm(len(X_train)).split(BATCH)
    for run in RUNS:
        for idx in batches:
            train_step(run, X_train[idx], y_train[idx])
        run["val_losses"].append(run["evaluate"](run["model"], X_val, y_val))
"#;
