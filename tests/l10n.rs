//! The catalogs (#19): every language has every English message (or lists it as a known
//! fallback), no stray or unused message, every argument a message uses is one the code
//! passes, every message formats in every language without an error from Fluent, and numbers
//! are written the language's way.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use dropout_lab::core::l10n::{self, Args, LANGUAGES, count, decimal, percent};
use dropout_lab::t;

/// Messages a language does not translate yet and takes from English, by tag.
const KNOWN_FALLBACKS: &[(&str, &[&str])] = &[];

/// Message families whose ids the code composes (`preset-{name}-title`): the prefix must appear
/// in the sources, and then every message starting with it counts as used.
const COMPOSED: &[&str] = &[
    "preset-",
    "notation-rate-label",
    "notation-input-rate-label",
    "notation-rate-aria-",
    "notation-scaling-",
    "narration-head-",
    "dataset-",
    "activation-",
    "optimiser-",
    "rebuilt-",
];

/// `id` → its source text (value, attributes, variants) in a catalog.
fn messages(source: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let id = l10n::message_ids(line).next();
        if let Some(id) = id {
            current = Some(id.to_string());
            out.insert(id.to_string(), line.to_string());
        } else if line.starts_with(' ') {
            if let Some(id) = &current {
                out.get_mut(id).unwrap().push_str(line);
            }
        } else {
            current = None;
        }
    }
    out
}

/// The variables (`$name`) a message's text uses.
fn variables(text: &str) -> BTreeSet<String> {
    text.split('$')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect()
        })
        .collect()
}

/// What follows each call of `t!("` (or `say('`) in `code`, not `format!("`.
fn calls<'a>(code: &'a str, call: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    code.match_indices(call).filter_map(move |(at, _)| {
        let before = code[..at].chars().next_back()?;
        (!before.is_ascii_alphanumeric() && before != '_').then(|| &code[at + call.len()..])
    })
}

/// The names of the arguments of the call whose text (after `t!("`) is `rest`: the top-level
/// `name = value` pairs up to the call's closing parenthesis.
fn argument_names(rest: &str) -> BTreeSet<String> {
    let (mut depth, mut names, mut current) = (1, BTreeSet::new(), String::new());
    for c in rest.chars() {
        depth += match c {
            '(' | '[' | '{' => 1,
            ')' | ']' | '}' => -1,
            _ => 0,
        };
        if depth == 0 || (depth == 1 && c == ',') {
            if let Some((name, _)) = current.split_once(" = ") {
                names.insert(name.trim().to_string());
            }
            current.clear();
            if depth == 0 {
                break;
            }
        } else {
            current.push(c);
        }
    }
    names
}

fn sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            let name = path.to_string_lossy();
            if path.is_dir() && !name.ends_with("pkg") {
                walk(&path, out);
            } else if [".rs", ".js", ".html"].iter().any(|e| name.ends_with(e)) {
                out.push_str(&fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(Path::new("src"), &mut out);
    walk(Path::new("www"), &mut out);
    out
}

#[test]
fn every_language_has_every_english_message_and_no_other() {
    let english = messages(l10n::ENGLISH);
    for language in LANGUAGES.iter().filter(|l| !l.pseudo && l.tag != "en") {
        let own = messages(language.source);
        let known: &[&str] = KNOWN_FALLBACKS
            .iter()
            .find(|(tag, _)| *tag == language.tag)
            .map_or(&[], |(_, ids)| ids);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !own.contains_key(*id) && !known.contains(&id.as_str()))
            .collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag);
        let stray: Vec<&String> = own.keys().filter(|id| !english.contains_key(*id)).collect();
        assert!(
            stray.is_empty(),
            "{} has messages English has not: {stray:?}",
            language.tag
        );
        for (id, text) in &own {
            let extra: Vec<String> = variables(text)
                .difference(&variables(&english[id]))
                .cloned()
                .collect();
            assert!(
                extra.is_empty(),
                "{} {id} uses {extra:?}, which the code never passes",
                language.tag
            );
        }
        assert!(
            language.source.contains("# Reviewed-by:"),
            "{} names its reviewer",
            language.tag
        );
    }
}

#[test]
fn every_message_is_used_and_no_id_is_unknown() {
    let code = sources();
    for prefix in COMPOSED {
        assert!(code.contains(prefix), "no code composes {prefix}…");
    }
    let english = messages(l10n::ENGLISH);
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !COMPOSED.iter().any(|p| id.starts_with(p)))
        .filter(|id| !["help-review-"].iter().any(|p| id.starts_with(p)))
        .filter(|id| {
            !["\"", "'", "`"]
                .iter()
                .any(|q| code.contains(&format!("{q}{id}{q}")))
        })
        .collect();
    assert!(unused.is_empty(), "messages no code shows: {unused:?}");
    // Every id the code asks for exists (t!("…") in Rust, say('…') in the page).
    for call in ["t!(\"", "say('", "detail!(\""] {
        let found: Vec<&str> = match call {
            "detail!(\"" => detail_calls(&code).collect(),
            _ => calls(&code, call).collect(),
        };
        for rest in found {
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            let composed = rest[id.len()..].starts_with(['{', '$']);
            assert!(
                composed || english.contains_key(&id),
                "{call}{id}…: no such message"
            );
        }
    }
}

/// What follows each `detail!(` whose first argument is a literal id (an error's detail,
/// `src/core/error.rs`), from just after the id's opening quote, as for `t!("`.
fn detail_calls(code: &str) -> impl Iterator<Item = &str> + '_ {
    calls(code, "detail!(").filter_map(|rest| rest.trim_start().strip_prefix('"'))
}

/// The arguments each `t!("id", a = …)` and `detail!("id", a = …)` passes are the variables
/// the English message uses.
#[test]
fn every_argument_a_message_uses_is_passed() {
    let code = sources();
    let english = messages(l10n::ENGLISH);
    for rest in calls(&code, "t!(\"").chain(detail_calls(&code)) {
        let id: String = rest.chars().take_while(|c| *c != '"').collect();
        let Some(text) = english.get(&id) else {
            continue;
        };
        let passed = argument_names(rest);
        assert_eq!(
            passed,
            variables(text),
            "t!(\"{id}\", …) passes other arguments than it uses"
        );
    }
}

/// Every message formats in every language, with every variable it names given, and Fluent
/// reports nothing (a misspelt variable or a broken reference would).
#[test]
fn every_message_formats_in_every_language() {
    let english = messages(l10n::ENGLISH);
    for language in &LANGUAGES {
        for (id, text) in &english {
            let mut args = Args::new();
            for name in variables(text) {
                args.set(name, 2);
            }
            let (shown, errors) = l10n::formatted(language, id, Some(&args));
            assert!(errors.is_empty(), "{} {id}: {errors:?}", language.tag);
            assert!(
                !shown.trim().is_empty() || id.ends_with("-review"),
                "{} {id} is empty",
                language.tag
            );
        }
    }
}

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
