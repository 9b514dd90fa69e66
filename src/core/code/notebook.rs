//! *Download notebook*: a Jupyter notebook (nbformat 4) that replays the race in PyTorch from
//! the lab's own data, initial weights and minibatch order, checks where it must agree with the
//! lab, and plots both races.
//!
//! The lab's numbers it checks against are computed here, by the lab's own network code, from
//! the shared initial weights ([`replay`]): the loss before the first step, and for each run
//! that drops nothing, its first minibatch losses. The run's own recorded history is embedded
//! for the plot.

use ndarray::{ArrayView2, Axis};
use rand::SeedableRng;

use super::plan::{self, Thinning};
use super::{Spec, pytorch, text};
use crate::core::LabRng;
use crate::core::data::{Dataset, Task, labels};
use crate::core::experiment::{Experiment, minibatch_order};
use crate::core::head::OutputHead;
use crate::core::settings::json::{list, number, string};

/// Minibatch losses of a run without dropout that the notebook checks step for step.
pub const CHECKED_STEPS: usize = 20;
/// Epochs replayed when the lab has no stop epoch and has recorded fewer.
const DEFAULT_EPOCHS: usize = 100;
/// Most epochs a notebook replays (the minibatch orders it embeds grow with them).
pub const MAX_EPOCHS: usize = 2000;

/// What the lab computes from the shared initial weights, per run.
#[derive(Debug, Clone, PartialEq)]
pub struct Replay {
    /// Validation loss before the first step; `None` when the run's evaluation is random
    /// (the forgot-eval-mode mistake).
    pub initial_val_loss: Vec<Option<f32>>,
    /// The first [`CHECKED_STEPS`] minibatch losses of each run that drops nothing.
    pub first_steps: Vec<Option<Vec<f32>>>,
}

/// Replays the start of every run with the lab's own network code, from the initial weights.
pub fn replay(experiment: &Experiment, steps: usize) -> Replay {
    let spec = Spec::of(experiment);
    let split = experiment.split();
    let (mut initial, mut first) = (Vec::new(), Vec::new());
    for run in &spec.runs {
        let (rates, variant) = (&run.rates, &run.variant);
        let mut net = experiment.initial_net().clone();
        let (vx, vy) = (split.val.x.view(), split.val.y.view());
        initial.push(
            (!variant.noisy_evaluation())
                .then(|| net.evaluate_variant(vx, vy, rates, variant, None).loss),
        );
        let drops_nothing = plan::layers(&spec.net, rates, variant)
            .iter()
            .all(|l| l.thinning == Thinning::None);
        first.push(drops_nothing.then(|| {
            // No unit is dropped, so no mask is drawn: the generator is never read.
            let mut rng = LabRng::seed_from_u64(0);
            let batches = batches(&spec, &split.train, steps);
            batches
                .iter()
                .map(|idx| {
                    let (x, y) = (
                        split.train.x.select(Axis(0), idx),
                        split.train.y.select(Axis(0), idx),
                    );
                    net.train_step_variant(
                        x.view(),
                        y.view(),
                        rates,
                        variant,
                        &spec.optimizer,
                        &mut rng,
                    )
                })
                .collect()
        }));
    }
    Replay {
        initial_val_loss: initial,
        first_steps: first,
    }
}

/// The first `steps` minibatches, as the lab's runs visit them.
fn batches(spec: &Spec, train: &Dataset, steps: usize) -> Vec<Vec<usize>> {
    let n = train.len();
    (0..)
        .flat_map(|epoch| {
            let order = minibatch_order(spec.seed, epoch, n);
            order
                .chunks(spec.batch_size)
                .map(<[usize]>::to_vec)
                .collect::<Vec<_>>()
        })
        .take(steps)
        .collect()
}

/// Epochs the notebook replays: the lab's stop epoch, or as many as it has recorded.
pub fn epochs(experiment: &Experiment) -> usize {
    let recorded = experiment
        .runs()
        .iter()
        .map(|r| r.history().epochs_recorded())
        .max()
        .unwrap_or(0);
    let wanted = experiment
        .stop_epoch()
        .unwrap_or(DEFAULT_EPOCHS)
        .max(recorded);
    wanted.clamp(1, MAX_EPOCHS)
}

/// The whole notebook as nbformat 4 JSON.
pub fn notebook(experiment: &Experiment) -> String {
    let spec = Spec::of(experiment);
    let epochs = epochs(experiment);
    let cells = [
        markdown(
            "intro",
            &text::notebook_intro(spec.runs.len(), epochs, CHECKED_STEPS),
        ),
        code(
            "lab-data",
            &format!(
                "import json\n\nLAB = json.loads(r'''{}''')\n",
                lab_json(experiment, epochs)
            ),
        ),
        code("models", &pytorch::models(&spec)),
        code("tensors", &tensors(spec.net.head)),
        code("check-start", &check_start()),
        code("race", RACE),
        code("check-steps", &check_steps()),
        code("plot", &plot()),
    ];
    format!(
        "{{\"nbformat\":4,\"nbformat_minor\":5,\"metadata\":{{\"kernelspec\":{{\"name\":\"python3\",\
         \"display_name\":\"Python 3\",\"language\":\"python\"}},\"language_info\":{{\"name\":\"python\"}}}},\
         \"cells\":{}}}\n",
        list(cells)
    )
}

fn markdown(id: &str, source: &str) -> String {
    format!(
        "{{\"cell_type\":\"markdown\",\"id\":{},\"metadata\":{{}},\"source\":{}}}",
        string(id),
        string(source)
    )
}

fn code(id: &str, source: &str) -> String {
    format!(
        "{{\"cell_type\":\"code\",\"execution_count\":null,\"id\":{},\"metadata\":{{}},\"outputs\":[],\"source\":{}}}",
        string(id),
        string(source)
    )
}

fn numbers(values: impl IntoIterator<Item = f32>) -> String {
    list(values.into_iter().map(|v| number(Some(v))))
}

fn matrix(m: ArrayView2<f32>) -> String {
    list(m.rows().into_iter().map(|r| numbers(r.iter().copied())))
}

/// Targets as PyTorch's losses take them: class indices for softmax, the column otherwise.
fn targets(set: &Dataset) -> String {
    match set.task {
        Task::MultiClass { .. } => list(labels(&set.y).iter().map(usize::to_string)),
        Task::Binary | Task::Regression => matrix(set.y.view()),
    }
}

/// Everything the notebook needs from the lab, as one JSON object.
fn lab_json(experiment: &Experiment, epochs: usize) -> String {
    let split = experiment.split();
    let net = experiment.initial_net();
    let seed = experiment.config().seed;
    let replay = replay(experiment, CHECKED_STEPS);
    let orders = (0..epochs).map(|e| {
        list(
            minibatch_order(seed, e, split.train.len())
                .iter()
                .map(usize::to_string),
        )
    });
    let history = experiment.runs().iter().map(|r| {
        let epochs = list(r.history().iter().map(|p| p.epoch.to_string()));
        let val = numbers(r.history().iter().map(|p| p.val_loss));
        format!("{{\"epochs\":{epochs},\"val\":{val}}}")
    });
    let optional = |v: &Option<f32>| number(*v);
    let steps = replay.first_steps.iter().map(|s| match s {
        Some(s) => numbers(s.iter().copied()),
        None => "null".into(),
    });
    format!(
        "{{\"x_train\":{},\"y_train\":{},\"x_val\":{},\"y_val\":{},\"weights\":{},\"biases\":{},\
         \"orders\":{},\"history\":{},\"initial_val_loss\":{},\"first_steps\":{}}}",
        matrix(split.train.x.view()),
        targets(&split.train),
        matrix(split.val.x.view()),
        targets(&split.val),
        list(net.weights().iter().map(|w| matrix(w.view()))),
        list(net.biases().iter().map(|b| numbers(b.iter().copied()))),
        list(orders),
        list(history),
        list(replay.initial_val_loss.iter().map(optional)),
        list(steps),
    )
}

fn tensors(head: OutputHead) -> String {
    let long = head == OutputHead::SoftmaxCe;
    let y = |name: &str| {
        if long {
            format!("torch.tensor(LAB[\"{name}\"], dtype=torch.long)")
        } else {
            format!("torch.tensor(LAB[\"{name}\"], dtype=torch.float32)")
        }
    };
    format!(
        "X_train = torch.tensor(LAB[\"x_train\"], dtype=torch.float32)\n\
         y_train = {}\n\
         X_val = torch.tensor(LAB[\"x_val\"], dtype=torch.float32)\n\
         y_val = {}\n\n\
         \n\
         def load_lab_weights(model):\n\
         \x20   \"\"\"The lab's initial weights (stored inputs × outputs; PyTorch keeps outputs × inputs).\"\"\"\n\
         \x20   linears = [m for m in model.modules() if isinstance(m, nn.Linear)]\n\
         \x20   with torch.no_grad():\n\
         \x20       for layer, w, b in zip(linears, LAB[\"weights\"], LAB[\"biases\"]):\n\
         \x20           layer.weight.copy_(torch.tensor(w, dtype=torch.float32).T)\n\
         \x20           layer.bias.copy_(torch.tensor(b, dtype=torch.float32))\n\n\n\
         for run in RUNS:\n\
         \x20   load_lab_weights(run[\"model\"])\n",
        y("y_train"),
        y("y_val")
    )
}

fn check_start() -> String {
    format!(
        "TOL = 1e-4  # float32: relative, or absolute below 1\n\n\n\
         def close(ours, lab):\n\
         \x20   return abs(ours - lab) <= TOL * max(1.0, abs(lab))\n\n\n\
         for run, lab in zip(RUNS, LAB[\"initial_val_loss\"]):\n\
         \x20   if lab is None:\n\
         \x20       continue  # this run's evaluation draws masks: no single value to match\n\
         \x20   ours = run[\"evaluate\"](run[\"model\"], X_val, y_val)\n\
         \x20   print(f\"{{run['name']}}: {} {{ours:.7g}} vs {{lab:.7g}}\")\n\
         \x20   assert close(ours, lab), (ours, lab)\n",
        text::notebook_check_initial()
    )
}

const RACE: &str = r#"# The race: every epoch visits the training set in the lab's order, minibatch by minibatch.
steps = [[] for _ in RUNS]
for order in LAB["orders"]:
    batches = torch.tensor(order).split(BATCH)
    for i, run in enumerate(RUNS):
        for idx in batches:
            steps[i].append(train_step(run, X_train[idx], y_train[idx]))
        run["val_losses"].append(run["evaluate"](run["model"], X_val, y_val))
"#;

/// Says for how many of the first minibatches each run without dropout agrees with the lab:
/// no assertion, since float32 rounding grows as training goes on, and the plot must still run.
fn check_steps() -> String {
    format!(
        "AGREE = {{}}  # run name -> how many of the first minibatch losses agree with the lab's\n\
         for run, ours, lab in zip(RUNS, steps, LAB[\"first_steps\"]):\n\
         \x20   if lab is None:\n\
         \x20       continue  # dropout: PyTorch's masks are not the lab's\n\
         \x20   agree = next((k for k, (a, b) in enumerate(zip(ours, lab)) if not close(a, b)), len(lab))\n\
         \x20   worst = max((abs(a - b) for a, b in zip(ours[:agree], lab[:agree])), default=float(\"nan\"))\n\
         \x20   AGREE[run[\"name\"]] = agree\n\
         \x20   print(f\"{{run['name']}}: {} {{agree}} of {{len(lab)}} (largest difference {{worst:.2g}})\")\n",
        text::notebook_check_steps()
    )
}

fn plot() -> String {
    let [x, y, torch, lab] = text::notebook_plot();
    format!(
        "import matplotlib.pyplot as plt\n\n\
         fig, ax = plt.subplots(figsize=(8, 4.5))\n\
         for run, recorded in zip(RUNS, LAB[\"history\"]):\n\
         \x20   line, = ax.plot(range(1, len(run[\"val_losses\"]) + 1), run[\"val_losses\"], label=f\"{torch}: {{run['name']}}\")\n\
         \x20   if recorded[\"val\"]:\n\
         \x20       ax.plot(recorded[\"epochs\"], recorded[\"val\"], \"--\", color=line.get_color(), label=f\"{lab}: {{run['name']}}\")\n\
         ax.set_xlabel({x:?})\n\
         ax.set_ylabel({y:?})\n\
         ax.legend()\n\
         plt.show()\n"
    )
}
