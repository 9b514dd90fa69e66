//! The lab speaking each language (#19): the pseudo-locale, language negotiation, numbers and
//! plurals the language's way, and the sentences of the narrator, the embed banners and the
//! data cursor taken from the catalog, while the generated code stays English. The catalogs'
//! completeness is `l10n.rs`.

use std::collections::BTreeSet;

use dropout_lab::core::l10n::{self, Args, count, decimal, percent};
use dropout_lab::t;

#[test]
fn the_pseudo_locale_brackets_accents_and_lengthens_every_message() {
    l10n::set_language("qps");
    let strings = l10n::page_strings();
    l10n::set_language("en");
    let english = l10n::page_strings();
    for ((id, attribute, text), (_, _, en)) in strings.iter().zip(&english) {
        if en.is_empty() {
            continue;
        }
        assert!(
            text.starts_with('[') && text.ends_with(']'),
            "{id}.{attribute}: {text}"
        );
        let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
        assert!(letters(text) >= letters(en), "{id}");
        assert!(!text.contains("<ƀ>"), "markup stays markup: {text}");
    }
    let grown: usize = strings.iter().map(|s| s.2.chars().count()).sum();
    let plain: usize = english.iter().map(|s| s.2.chars().count()).sum();
    let ratio = grown as f64 / plain as f64;
    assert!(
        (1.25..1.6).contains(&ratio),
        "the pseudo-locale is {ratio:.2} times as long"
    );
}

#[test]
fn the_browser_languages_are_negotiated_with_english_last() {
    let tag = |wanted: &[&str]| l10n::negotiate(wanted).tag;
    assert_eq!(tag(&["xx", "en-GB"]), "en");
    assert_eq!(tag(&[]), "en");
    assert_eq!(tag(&["qps-ploc"]), "en-XA");
    assert_eq!(tag(&["EN-xa"]), "en-XA");
    assert_eq!(tag(&["pt-PT"]), "pt-BR");
    assert_eq!(tag(&["zh-TW", "en"]), "zh-CN");
    assert_eq!(tag(&["fr-CA"]), "fr");
    assert_eq!(tag(&["nl", "ja-JP", "en"]), "ja");
    assert_eq!(tag(&["ar-EG"]), "ar");
}

#[test]
fn numbers_are_written_the_languages_way_in_sentences() {
    l10n::set_language("en");
    assert_eq!(t!("speed-per-second", steps = decimal(2.5, 1)), "2.5/s");
    let mut args = Args::new();
    args.set("steps", count(12_000));
    assert_eq!(l10n::text("speed-per-second", Some(&args)), "12,000/s");
    args.set("steps", percent(0.5, 0));
    assert_eq!(l10n::text("speed-per-second", Some(&args)), "50%/s");
    l10n::set_language("de");
    args.set("steps", count(12_000));
    assert_eq!(l10n::text("speed-per-second", Some(&args)), "12.000/s");
    assert_eq!(
        t!("label-rate", name = "p", p = decimal(0.5, 2)),
        "p = 0,50"
    );
    assert_eq!(
        l10n::canonical_number("0,05"),
        "0.05",
        "a typed decimal comma reads as the point"
    );
    l10n::set_language("fr");
    args.set("steps", percent(0.5, 0));
    assert_eq!(l10n::text("speed-per-second", Some(&args)), "50\u{202f}%/s");
    l10n::set_language("en");
}

/// Plurals come from the catalog: English has two forms, Arabic six (0, 1, 2, 3–10, 11–99, 100…).
#[test]
fn plurals_follow_each_languages_rules() {
    let units = |tag: &str, n: u64| {
        let mut args = Args::new();
        args.set("n", n);
        l10n::formatted(l10n::negotiate(&[tag]), "diagram-units", Some(&args)).0
    };
    assert_eq!(units("en", 1), "1 unit");
    assert_eq!(units("en", 2), "2 units");
    let arabic: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| units("ar", *n))
        .collect();
    assert_eq!(arabic.len(), 6, "six forms: {arabic:?}");
    assert_eq!(units("de", 1), "1 Einheit");
}

/// The described lab (#20) speaks the catalog: each sentence is its message with the arguments
/// the core passes (so a translation cannot change what the narrator claims), its numbers in
/// the language's form, and the English the narration tests pin is unchanged.
#[test]
fn the_narrators_sentences_are_catalog_messages_with_their_arguments() {
    use dropout_lab::core::narration::text::{self, RunNews};
    let run = RunNews {
        label: "p = 0.50".into(),
        val: 0.52,
        train: 0.31,
        rising_since: Some(14),
    };
    let mut args = Args::new();
    args.set("run", "p = 0.50");
    args.set("val", decimal(f64::from(run.val), 2));
    args.set("since", 14);
    args.set("train", decimal(f64::from(run.train), 2));
    for tag in ["en", "de", "fr", "ja", "ar", "en-XA"] {
        l10n::set_language(tag);
        assert_eq!(
            text::rising(&run, 14),
            l10n::text("narration-rising", Some(&args)),
            "{tag}"
        );
    }
    l10n::set_language("en");
    assert_eq!(
        text::rising(&run, 14),
        "p = 0.50: validation 0.52 and rising since epoch 14, training 0.31."
    );
    l10n::set_language("de");
    assert_eq!(text::played(12), "Start ab Epoche 12.");
    assert!(text::rising(&run, 14).contains("0,52"), "a German comma");
    assert!(text::layer_kept(2, 90, 128, 1.0 / 0.7).ends_with("×1,43."));
    let sweep = text::sweep(
        true,
        (0.4, 0.3),
        (0.0, 0.46),
        (0.8, 0.5),
        text::SweepShape::U,
    );
    assert!(sweep.contains("p = 0,40, 0,30"), "{sweep}");
    assert_eq!(text::loss_table_heads()[0], "Epoche");
    l10n::set_language("en-XA");
    for said in [text::played(12), text::reset(), text::sweep_empty()] {
        assert!(said.starts_with('[') && said.ends_with(']'), "{said}");
    }
    l10n::set_language("en");
}

/// The two refusals of the link's `embed=` reach the page's banner: they are the catalog's. The
/// replies to a host (a developer protocol) stay English.
#[test]
fn the_embed_banners_are_translated() {
    use dropout_lab::core::embed::text;
    l10n::set_language("fr");
    assert!(text::not_an_origin("ftp://x").contains("n'est pas une origine"));
    assert_eq!(
        text::too_many_origins(8),
        "au plus 8 origines peuvent être de confiance"
    );
    assert!(
        text::bad_steps(100).starts_with("n must be"),
        "a host's reply stays English"
    );
    l10n::set_language("en");
    assert!(text::not_an_origin("ftp://x").contains("is not an origin"));
}

/// Every student's (#20) cursor sentence is the catalog's, its position in the language's form.
#[test]
fn the_data_cursor_speaks_the_language() {
    use dropout_lab::core::data_cursor::describe;
    l10n::set_language("de");
    assert!(describe((0.25, -0.4)).starts_with("Cursor bei x = 0,25, y = -0,40."));
    l10n::set_language("en");
    assert!(describe((0.25, -0.4)).starts_with("Cursor at x = 0.25, y = -0.40."));
}

/// The Code panel's code is English in every language (its comments are code): a German page
/// gets the same PyTorch as an English one, run names with a decimal point.
#[test]
fn the_generated_code_stays_english() {
    use dropout_lab::core::code::{Language, Spec, write};
    let experiment = dropout_lab::core::preset::by_name(dropout_lab::core::preset::DEFAULT)
        .unwrap()
        .experiment()
        .unwrap();
    l10n::set_language("en");
    let english = write(&Spec::of(&experiment), Language::PyTorch);
    l10n::set_language("de");
    let german = write(&Spec::of(&experiment), Language::PyTorch);
    assert_eq!(
        l10n::language().tag,
        "de",
        "the page goes on speaking German"
    );
    l10n::set_language("en");
    assert_eq!(german, english);
    assert!(english.contains("p = 0.50"));
}

/// The page's static texts cross to JavaScript as one string whose fields the ASCII unit
/// separator divides (`pageStrings`, src/binding/l10n.rs): no text of any language holds it.
#[test]
fn no_page_text_holds_the_separator_of_page_strings() {
    for language in &l10n::LANGUAGES {
        l10n::set_language(language.tag);
        for (id, attribute, text) in l10n::page_strings() {
            assert!(
                !format!("{id}{attribute}{text}").contains('\u{1f}'),
                "{} {id}.{attribute}",
                language.tag
            );
        }
    }
    l10n::set_language("en");
}
