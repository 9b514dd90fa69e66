//! A run's name in every language (#19): the rates and every part its variant adds (the mode,
//! the noise, max-norm, L2, batch norm, a mistake) come from the catalog, with numbers in the
//! language's form, and so does the line that explains a mistake. English stays as it was.

use dropout_lab::core::dropout::{DropoutRates, Notation};
use dropout_lab::core::l10n;
use dropout_lab::core::variant::{Variant, parse, variant_label, variant_name};

/// Every variant token of the link's grammar, and combinations of them.
const VARIANTS: [&str; 10] = [
    "classic",
    "gaussian",
    "dropconnect",
    "maxnorm_3",
    "l2_0.001",
    "bn",
    "evaldrop",
    "noscale",
    "keep",
    "classic~gaussian~maxnorm_2.5~l2_0.01~bn",
];

fn label(text: &str, notation: Notation) -> String {
    let (mode, v): (_, Variant) = parse(text).unwrap();
    let rates = DropoutRates::new(vec![0.0, 0.5], mode).unwrap();
    variant_label(&rates, &v, notation)
}

#[test]
fn english_run_labels_name_each_variant() {
    l10n::set_language("en");
    let shown: Vec<String> = VARIANTS.iter().map(|v| label(v, Notation::Drop)).collect();
    assert_eq!(
        shown,
        [
            "p = 0.50 · classic",
            "p = 0.50 · Gaussian",
            "p = 0.50 · DropConnect",
            "p = 0.50 · max-norm 3",
            "p = 0.50 · L2 0.001",
            "p = 0.50 · batch norm",
            "p = 0.50 · mistake: dropout on at evaluation",
            "p = 0.50 · mistake: no ×(1−p) at evaluation",
            "p = 0.50 · mistake: p read as keep",
            "p = 0.50 · classic · Gaussian · max-norm 2.5 · L2 0.01 · batch norm",
        ]
    );
    assert_eq!(
        label("classic", Notation::Retain),
        "retain p = 0.50 · classic"
    );
}

#[test]
fn every_part_of_a_run_label_is_the_catalogs_in_the_pseudo_locale() {
    l10n::set_language("en-XA");
    for v in VARIANTS {
        for notation in [Notation::Drop, Notation::Retain] {
            let text = label(v, notation);
            for part in text.split(" · ") {
                assert!(
                    part.starts_with('[') && part.ends_with(']'),
                    "{v}: '{part}' of '{text}' is not from the catalog"
                );
            }
        }
    }
    l10n::set_language("en");
}

#[test]
fn german_run_labels_speak_german_with_decimal_commas() {
    l10n::set_language("de");
    assert_eq!(
        label("classic~gaussian~maxnorm_2.5~l2_0.001~bn", Notation::Retain),
        "Behalte-p = 0,50 · klassisch · Gauß · Max-Norm 2,5 · L2 0,001 · Batch-Normalisierung"
    );
    assert_eq!(
        label("keep", Notation::Drop),
        "p = 0,50 · Fehler: p als Behalten gelesen"
    );
    l10n::set_language("en");
}

#[test]
fn a_mistakes_explanation_is_the_catalogs() {
    use dropout_lab::core::variant::Mistake;
    let mistakes = [
        Mistake::DropoutAtEvaluation,
        Mistake::NoEvaluationScaling,
        Mistake::KeepReadAsDrop,
    ];
    l10n::set_language("en-XA");
    for m in mistakes {
        let text = m.explanation();
        assert!(text.starts_with('[') && text.ends_with(']'), "{text}");
    }
    l10n::set_language("fr");
    assert!(
        Mistake::KeepReadAsDrop
            .explanation()
            .starts_with("p lu comme probabilité de garder"),
    );
    l10n::set_language("en");
    assert_eq!(
        Mistake::KeepReadAsDrop.explanation(),
        "p read as the keep probability: a layer meant to drop p drops 1 − p instead"
    );
}

#[test]
fn a_combination_the_menu_does_not_list_is_named_by_its_parts_not_its_tokens() {
    let name = |text: &str| {
        let (mode, v) = parse(text).unwrap();
        variant_name(mode, &v)
    };
    l10n::set_language("en");
    assert_eq!(name("l2_0.001~bn"), "L2 0.001 · batch norm");
    assert_eq!(name(""), "dropout");
    l10n::set_language("de");
    assert_eq!(name("gaussian~maxnorm_2.5"), "Gauß · Max-Norm 2,5");
    l10n::set_language("en-XA");
    for part in name("classic~dropconnect~evaldrop").split(" · ") {
        assert!(part.starts_with('[') && part.ends_with(']'), "{part}");
    }
    l10n::set_language("en");
}

/// In Arabic the rate's name ("p الإبقاء" in the retain notation) is isolated inside the
/// formula's left-to-right isolate: without it the Unicode bidi algorithm reads the numbers after
/// the Arabic word as part of an Arabic run (UAX #9, rule W2), and the canvas showed
/// "p 0.50 = الإبقاء". With it the formula reads "p الإبقاء = 0.50" in both notations.
#[test]
fn arabic_run_labels_keep_the_formula_in_order() {
    const LRI: char = '\u{2066}';
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    l10n::set_language("ar");
    for notation in [Notation::Drop, Notation::Retain] {
        let name = notation.name();
        let text = label("classic", notation);
        let formula = format!("{LRI}{FSI}{name}{PDI} = ");
        assert!(text.starts_with(&formula), "{text:?}");
        let isolates = text.chars().filter(|&c| c == LRI || c == FSI).count();
        assert_eq!(
            isolates,
            text.chars().filter(|&c| c == PDI).count(),
            "{text:?}: every isolate is closed"
        );
    }
    let input = DropoutRates::new(vec![0.2, 0.5], Default::default()).unwrap();
    let text = variant_label(&input, &Variant::default(), Notation::Retain);
    assert!(text.starts_with(&format!("{LRI}{FSI}")), "{text:?}");
    l10n::set_language("en");
}
