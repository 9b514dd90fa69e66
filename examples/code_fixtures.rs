//! Writes what the PyTorch stage (`tests/torch/`) checks against, so no number is typed by hand:
//! `cargo run --example code_fixtures -- DIR` writes `DIR/fixtures.json` (one entry per case of
//! `tests/common/code_cases.rs`: the generated PyTorch and Keras, the lab's weights, data, first
//! minibatch, the masks that step drew, and the lab's losses) and `DIR/moons.ipynb`,
//! `DIR/digits.ipynb` (the notebooks the page would download for those presets, untrained),
//! and `DIR/seeds/PRESET-seedN.ipynb` for seeds 1 to 10, each told in 20 epochs: the notebook's
//! claims hold on (almost) every seed, not only the default one.

#[path = "../tests/common/code_cases.rs"]
mod code_cases;

use dropout_lab::core::code::{Spec, keras, pytorch};
use dropout_lab::core::data::{Dataset, Task, labels};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::settings::json::{list, number, string};
use dropout_lab::core::variant::{Mistake, Noise};
use ndarray::{ArrayView2, Axis};

fn numbers(values: impl IntoIterator<Item = f32>) -> String {
    list(values.into_iter().map(|v| number(Some(v))))
}

fn matrix(m: ArrayView2<f32>) -> String {
    list(m.rows().into_iter().map(|r| numbers(r.iter().copied())))
}

fn targets(set: &Dataset, rows: Option<&[usize]>) -> String {
    let y = match rows {
        Some(rows) => set.y.select(Axis(0), rows),
        None => set.y.clone(),
    };
    match set.task {
        Task::MultiClass { .. } => list(labels(&y).iter().map(usize::to_string)),
        _ => matrix(y.view()),
    }
}

/// The lab's evaluation-mode validation loss of run 0 as it stands (the correct evaluation,
/// also for the forgot-eval mistake: its random one has no single value to match).
fn val_loss(lab: &Experiment) -> f32 {
    let run = &lab.runs()[0];
    let mut variant = *run.variant();
    if variant.mistake == Some(Mistake::DropoutAtEvaluation) {
        variant.mistake = None;
    }
    let mut net = run.net().clone();
    let val = &lab.split().val;
    (net.evaluate_variant(val.x.view(), val.y.view(), run.rates(), &variant, None)).loss
}

/// One run, before and after its first step: code, weights, data, masks, losses.
fn fixture(mut lab: Experiment) -> String {
    let code = pytorch::models(&Spec::of(&lab));
    let keras = keras::models(&Spec::of(&lab));
    let initial = lab.initial_net().clone();
    let before = val_loss(&lab);
    lab.step();
    let run = &lab.runs()[0];
    let batch = run.last_batch().to_vec();
    let dropconnect = run.variant().noise == Noise::DropConnect;
    let masks = (0..run.net().dropout_layers()).map(|l| match dropconnect {
        true => matrix(run.net().weight_mask(l).expect("a DropConnect step ran")),
        false => matrix(run.mask(l)),
    });
    let train = &lab.split().train;
    format!(
        "{{\"code\":{},\"keras\":{},\"weights\":{},\"biases\":{},\"x\":{},\"y\":{},\"x_val\":{},\"y_val\":{},\
         \"masks\":{},\"initial_val_loss\":{},\"step_loss\":{},\"val_loss_after\":{}}}",
        string(&code),
        string(&keras),
        list(initial.weights().iter().map(|w| matrix(w.view()))),
        list(initial.biases().iter().map(|b| numbers(b.iter().copied()))),
        matrix(train.x.select(Axis(0), &batch).view()),
        targets(train, Some(&batch)),
        matrix(lab.split().val.x.view()),
        targets(&lab.split().val, None),
        list(masks),
        number(Some(before)),
        number(run.last_loss()),
        number(Some(val_loss(&lab))),
    )
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/torch".into());
    std::fs::create_dir_all(&dir).expect("fixture directory");
    let entries = code_cases::cases().into_iter().map(|case| {
        format!(
            "{{\"name\":{},\"dropout\":{},\"no_dropout\":{}}}",
            string(&case.name()),
            fixture(case.experiment(1.0)),
            fixture(case.experiment(0.0)),
        )
    });
    let path = format!("{dir}/fixtures.json");
    std::fs::write(&path, list(entries)).expect("write fixtures");
    println!("wrote {path}");
    for name in ["moons", "digits"] {
        let preset = dropout_lab::core::preset::by_name(name).expect("preset");
        let mut lab = preset.experiment().expect("preset");
        lab.set_stop_epoch(Some(preset.epochs)); // as the page sets it
        let path = format!("{dir}/{name}.ipynb");
        let notebook = dropout_lab::core::code::notebook::notebook(&lab);
        std::fs::write(&path, &notebook).expect("write notebook");
        println!("wrote {path} ({} bytes)", notebook.len());
        std::fs::create_dir_all(format!("{dir}/seeds")).expect("seed directory");
        for seed in 1..=SEEDS {
            let mut lab = preset.with_seed(seed).experiment().expect("preset");
            lab.set_stop_epoch(Some(SEED_EPOCHS));
            let path = format!("{dir}/seeds/{name}-seed{seed}.ipynb");
            std::fs::write(&path, dropout_lab::core::code::notebook::notebook(&lab))
                .expect("write notebook");
        }
    }
}

/// Seeds the notebook's claims are checked on, and the epochs each is told in (moons and digits
/// train full-batch: one step an epoch, so the 20 steps a notebook checks).
const SEEDS: u64 = 10;
const SEED_EPOCHS: usize = 20;
