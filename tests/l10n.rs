//! The catalogs (#19): every language has every English message (or lists it as a known
//! fallback), no stray or unused message, every argument a message uses is one the code
//! passes, and every message formats in every language without an error from Fluent. How the
//! lab then speaks each language (numbers, plurals, its sentences) is `l10n_speaking.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use dropout_lab::core::l10n::{self, Args, LANGUAGES};

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
