//! The Code panel's text (#21): for every variant, optimiser, activation and head the generated
//! PyTorch and Keras say what the lab does, and parse as Python; the notebook is nbformat 4
//! JSON. (Whether the PyTorch computes the lab's numbers is the torch stage's: `tests/torch/`.)

#[path = "common/code_cases.rs"]
mod code_cases;

use dropout_lab::core::code::{Language, Spec, notebook, write};
use dropout_lab::core::settings::json::{Value, parse};

fn code(case: &code_cases::Case, language: Language) -> String {
    write(&Spec::of(&case.experiment(1.0)), language)
}

fn find(variant: &str) -> code_cases::Case {
    code_cases::cases()
        .into_iter()
        .find(|c| c.variant == variant)
        .unwrap()
}

/// Parses `source` with Python's own parser, when python3 is there (here and in CI it is).
fn parses(source: &str) -> Option<bool> {
    use std::io::Write;
    let mut child = std::process::Command::new("python3")
        .args(["-c", "import ast,sys; ast.parse(sys.stdin.read())"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(source.as_bytes()).ok()?;
    Some(child.wait().ok()?.success())
}

#[test]
fn every_case_parses_as_python_in_both_languages() {
    for case in code_cases::cases() {
        for language in Language::ALL {
            let text = code(&case, language);
            if let Some(ok) = parses(&text) {
                assert!(
                    ok,
                    "{} in {language:?} does not parse:\n{text}",
                    case.name()
                );
            }
        }
    }
}

#[test]
fn plain_dropout_is_nn_dropout_after_each_activation_and_eval_mode_at_evaluation() {
    let text = code(&find(""), Language::PyTorch);
    // input 0.2, hidden 0.5 then 0.3: dropout before each Linear that reads a dropped layer
    let order = [
        "nn.Dropout(0.2)",
        "nn.Linear(3, 6)",
        "nn.ReLU()",
        "nn.Dropout(0.5)",
        "nn.Linear(6, 5)",
        "nn.Dropout(0.3)",
        "nn.Linear(5, 1)",
    ];
    let mut at = 0;
    for piece in order {
        at += text[at..]
            .find(piece)
            .unwrap_or_else(|| panic!("{piece} missing or out of order"))
            + piece.len();
    }
    assert!(text.contains("model.train()") && text.contains("    model.eval()"));
    assert!(text.contains("nn.BCEWithLogitsLoss()") && text.contains("torch.optim.Adam("));
    assert!(text.contains("eps=1e-8"), "the lab's Adam ε");
    let keras = code(&find(""), Language::Keras);
    assert!(keras.contains("layers.Dropout(0.5)") && keras.contains("epsilon=1e-8"));
}

#[test]
fn each_variant_is_written_as_the_code_that_does_it() {
    let expect = [
        ("classic", "ClassicDropout(0.5)"),
        ("gaussian", "GaussianDropout(0.5)"),
        (
            "dropconnect",
            "DropConnectLinear(6, 5, p=0.5, scaling=\"inverted\")",
        ),
        ("classic~dropconnect", "scaling=\"classic\""),
        ("maxnorm_0.5", "max_norm=0.5"),
        ("l2_0.01", "make_optimizer(model, 0.01)"),
        ("evaldrop", "evaluate=evaluate_forgetting_eval"),
        ("noscale", "ClassicDropoutForgotScaling(0.5)"),
        ("keep", "nn.Dropout(0.3),  # MISTAKE: meant to drop 0.7"),
    ];
    for (variant, piece) in expect {
        let text = code(&find(variant), Language::PyTorch);
        assert!(text.contains(piece), "{variant}: no {piece}");
    }
    let bn = code(&find("bn"), Language::PyTorch);
    let at = |p: &str| bn.find(p).unwrap();
    assert!(at("nn.Linear(3, 6)") < at("nn.BatchNorm1d(6, eps=1e-5, momentum=0.1)"));
    assert!(
        at("nn.BatchNorm1d(6") < at("nn.ReLU()"),
        "batch norm before the activation"
    );
    assert!(
        !bn.contains("BatchNorm1d(1"),
        "the output layer is not normalised"
    );
    let forgot = code(&find("evaldrop"), Language::PyTorch);
    let body = &forgot[forgot.find("def evaluate_forgetting_eval").unwrap()..];
    assert!(!body[..body.find("\n\n\n").unwrap()].contains("    model.eval()"));
}

#[test]
fn heads_and_optimisers_map_to_their_pytorch_names() {
    let all: Vec<String> = code_cases::cases()
        .iter()
        .map(|c| code(c, Language::PyTorch))
        .collect();
    for piece in [
        "nn.CrossEntropyLoss()",
        "nn.MSELoss()",
        "momentum=0.9",
        "torch.optim.SGD(groups, lr=LR)",
        "nn.Tanh()",
        "nn.Sigmoid()",
        "nn.Identity()",
        "xavier_normal_",
        "kaiming_normal_",
    ] {
        assert!(
            all.iter().any(|t| t.contains(piece)),
            "no case writes {piece}"
        );
    }
}

#[test]
fn the_notebook_is_nbformat_4_with_the_lab_data_and_the_claims_in_its_first_cell() {
    let lab = dropout_lab::core::preset::by_name("moons")
        .unwrap()
        .experiment()
        .unwrap();
    let text = notebook::notebook(&lab);
    let nb = parse(&text).expect("valid JSON");
    assert_eq!(nb.get("nbformat"), Some(&Value::Number("4".into())));
    let Some(Value::Array(cells)) = nb.get("cells") else {
        panic!("no cells")
    };
    let Some(Value::String(first)) = cells[0].get("source") else {
        panic!("no first cell")
    };
    assert!(first.contains("shape, not in value") && first.contains("step for step"));
    let replay = notebook::replay(&lab, 5);
    assert_eq!(
        replay.first_steps.iter().filter(|s| s.is_some()).count(),
        1,
        "moons races one p = 0 run"
    );
    assert!(
        replay
            .initial_val_loss
            .iter()
            .all(|l| l == &replay.initial_val_loss[0]),
        "same weights, same loss"
    );
    assert_eq!(
        notebook::epochs(&lab),
        100,
        "no stop epoch, nothing recorded"
    );
    let mut lab = lab;
    lab.set_stop_epoch(Some(300));
    assert_eq!(notebook::epochs(&lab), 300, "the story's length");
}
