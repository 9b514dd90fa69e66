//! The runs list ("Rates racing") and the story note are the core's finished text (#18): a
//! row names its run as the chart's legend does, in either notation, shows the losses the run's
//! history holds to three decimals in the language's own way, says when the run diverged and
//! which mistake the focused run makes; the note under the pictures tells the preset's story
//! until the class changes its data or network.

use crate::common;

use common::{config, moons};
use dropout_lab::core::Activation;
use dropout_lab::core::DropoutMode;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::l10n;
use dropout_lab::core::labels::Notation;
use dropout_lab::core::optimizer::OptimizerKind;
use dropout_lab::core::preset;
use dropout_lab::core::runs_list::runs_list;
use dropout_lab::core::setup::StoryChange;
use dropout_lab::core::variant;

fn race() -> Experiment {
    let rates = [vec![0.0, 0.0], vec![0.1, 0.2], vec![0.0, 0.5]];
    Experiment::with_runs(config(vec![16], 20, 3), moons(40, 2), &rates).unwrap()
}

#[test]
fn each_row_names_its_run_as_the_legend_does_in_either_notation() {
    l10n::set_language("en");
    let e = race();
    for notation in [Notation::Drop, Notation::Retain] {
        let list = runs_list(&e, 1, notation);
        let legend: Vec<String> = e.runs().iter().map(|r| r.label(notation)).collect();
        let rows: Vec<&String> = list.rows.iter().map(|r| &r.label).collect();
        assert_eq!(rows, legend.iter().collect::<Vec<_>>());
    }
    let retain = runs_list(&e, 1, Notation::Retain);
    assert_eq!(retain.rows[1].label, "retain p = 0.80, input 0.90");
    assert_eq!(runs_list(&e, 1, Notation::Drop).rows[2].label, "p = 0.50");
    assert_eq!(retain.focused, 1);
    // The rates are the f32s trained with, written shortest: what a slider and a link show.
    assert_eq!(retain.rows[1].rates, [0.1, 0.2]);
}

#[test]
fn a_rows_numbers_are_its_last_epoch_to_three_decimals_in_the_languages_way() {
    l10n::set_language("en");
    let mut e = race();
    assert_eq!(
        runs_list(&e, 0, Notation::Drop).rows[0].numbers,
        "train – · val –",
        "no epoch yet: nothing to show, and no accuracy either"
    );
    e.train_epochs(3);
    let last = *e.runs()[2].history().last().unwrap();
    let acc = last.val_accuracy.unwrap();
    let row = &runs_list(&e, 0, Notation::Drop).rows[2];
    assert_eq!(
        row.numbers,
        format!(
            "train {:.3} · val {:.3} · acc {:.0}%",
            last.train_loss_eval,
            last.val_loss,
            100.0 * acc
        )
    );
    l10n::set_language("de");
    let german = &runs_list(&e, 0, Notation::Drop).rows[2].numbers;
    let comma = format!("{:.3}", last.val_loss).replace('.', ",");
    assert!(german.contains(&comma), "{german} writes {comma}");
    l10n::set_language("en");
}

#[test]
fn a_diverged_run_says_so_and_a_regression_row_has_no_accuracy() {
    l10n::set_language("en");
    // Input dropout at 0.9 makes plain SGD explode for the second run.
    let e = common::diverging_race();
    let list = runs_list(&e, 0, Notation::Drop);
    let (calm, wild) = (&list.rows[0], &list.rows[1]);
    assert!(wild.diverged && !calm.diverged);
    assert_eq!(wild.label, "p = 0.00, input 0.90 — diverged");
    assert_eq!(calm.label, "p = 0.00");
    assert!(calm.numbers.starts_with("train ") && !calm.numbers.contains("acc"));
}

#[test]
fn the_focused_runs_mistake_and_variant_are_named() {
    l10n::set_language("en");
    let mut e = race();
    let (mode, keep) = variant::parse("keep").unwrap();
    e.set_variant(2, mode, keep).unwrap();
    let (mode, connect) = variant::parse("dropconnect").unwrap();
    e.set_variant(1, mode, connect).unwrap();
    e.set_variant(0, DropoutMode::Classic, Default::default())
        .unwrap();
    let list = runs_list(&e, 2, Notation::Drop);
    let variants: Vec<&str> = list.rows.iter().map(|r| r.variant.as_str()).collect();
    assert_eq!(variants, ["classic", "dropconnect", "keep"]);
    let mistake = list.mistake.expect("p read as keep is a mistake");
    assert!(
        mistake.starts_with(&format!("{}: ", list.rows[2].label))
            && mistake.contains("drops 1 − p instead"),
        "{mistake}"
    );
    assert_eq!(runs_list(&e, 1, Notation::Drop).mistake, None);
    l10n::set_language("de");
    let german = runs_list(&e, 2, Notation::Drop).mistake.unwrap();
    assert!(german.contains("schaltet 1 − p ab"), "{german}");
    let names: Vec<String> = runs_list(&e, 2, Notation::Drop)
        .rows
        .into_iter()
        .map(|r| r.label)
        .collect();
    assert_eq!(
        names,
        [
            "p = 0,00 · klassisch",
            "p = 0,20, Eingabe 0,10 · DropConnect",
            "p = 0,50 · Fehler: p als Behalten gelesen"
        ],
        "a run's name is the language's, its variant too"
    );
    l10n::set_language("en");
    assert_eq!(list.overconfident, None, "no history yet");
}

#[test]
fn the_note_tells_the_presets_story_until_the_class_leaves_it() {
    l10n::set_language("en");
    let moons = preset::by_name("moons").unwrap();
    let story = moons.story_note(&[]);
    assert!(story.starts_with(&moons.note()), "{story}");
    assert!(story.contains(&format!("takes {} epochs", moons.epochs)));
    assert_eq!(moons.story_epochs(&[]), Some(moons.epochs));
    let changes = [
        StoryChange::Activation(Activation::Tanh),
        StoryChange::Optimiser(OptimizerKind::Sgd),
    ];
    let left = moons.story_note(&changes);
    assert!(
        left.starts_with("You have left the preset's story (tanh units, SGD)"),
        "{left}"
    );
    assert!(left.contains(&format!("pause at {} epochs", moons.epochs)));
    assert_eq!(moons.story_epochs(&changes), None);
}

/// The changes that left the story are kept as what changed and said when the note is read,
/// so after a language switch the whole note is in the new language, numbers included.
#[test]
fn the_changes_that_left_the_story_are_said_in_the_language_spoken() {
    let moons = preset::by_name("moons").unwrap();
    let changes = [
        StoryChange::Train(200),
        StoryChange::LabelNoise(0.2),
        StoryChange::Minibatch(16),
        StoryChange::L2(0.001),
    ];
    l10n::set_language("en");
    let english = moons.story_note(&changes);
    assert!(
        english.contains(
            "(200 training points, label noise 0.2, minibatches of 16, L2 strength 0.001)"
        ),
        "{english}"
    );
    l10n::set_language("de");
    let german = moons.story_note(&changes);
    l10n::set_language("ja");
    let japanese = moons.story_note(&changes);
    l10n::set_language("en");
    assert_eq!(
        japanese.matches('、').count(),
        3,
        "Japanese lists with its own comma: {japanese}"
    );
    for english_words in ["training points", "label noise", "minibatches", "strength"] {
        assert!(!german.contains(english_words), "{german}");
    }
    assert!(
        german.contains("Label-Rauschen 0,2") && german.contains("0,001"),
        "the German decimal comma: {german}"
    );
}
