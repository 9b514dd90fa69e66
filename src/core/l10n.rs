//! Every word the lab shows, in the class's language (#19). The catalogs are Project Fluent
//! files, one per language (`src/l10n/<tag>.ftl`, compiled in), read here and nowhere else: the
//! core hands finished text to the page and to the canvas renderers. A message missing from a
//! language falls back to English; numbers in sentences are written the language's way
//! ([`numbers`]); the pseudo-locale `en-XA` is English accented, lengthened and bracketed by
//! code, to find untranslated strings and boxes too tight for longer languages.
//!
//! The language is one per thread (the page's thread, each worker): set it with
//! [`set_language`], then every [`text`] and [`t!`] speaks it.
//!
//! ```
//! use dropout_lab::core::l10n::{self, numbers};
//! use dropout_lab::t;
//!
//! assert_eq!(numbers::decimal(&numbers::style("de"), 0.5, 2), "0,50");
//! l10n::set_language("en");
//! assert_eq!(t!("speed-per-second", steps = 40), "40/s");
//! l10n::set_language("en-XA");
//! assert_eq!(t!("transport-play"), "[Ƥŀȧȧẏ]");
//! ```

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentError};

pub mod bundle;
pub mod numbers;

pub use bundle::{count, decimal, percent};
pub use fluent_bundle::FluentArgs as Args;

/// The English catalog: every message exists here; other languages may lack some.
pub const ENGLISH: &str = include_str!("../l10n/en.ftl");

/// A language the lab speaks.
#[derive(Debug, PartialEq)]
pub struct Language {
    /// BCP 47, as `lang=` and the setup file write it.
    pub tag: &'static str,
    /// Its name in itself, for the language menu.
    pub name: &'static str,
    pub rtl: bool,
    /// The catalog's Fluent source.
    pub source: &'static str,
    /// Generated from English by code (see [`bundle::pseudo`]), not translated.
    pub pseudo: bool,
}

const fn lang(tag: &'static str, name: &'static str, source: &'static str) -> Language {
    Language {
        tag,
        name,
        rtl: false,
        source,
        pseudo: false,
    }
}

/// Every language, English first; the menu lists them in this order.
pub static LANGUAGES: [Language; 9] = [
    lang("en", "English", ENGLISH),
    lang("es", "Español", include_str!("../l10n/es.ftl")),
    lang("fr", "Français", include_str!("../l10n/fr.ftl")),
    lang("de", "Deutsch", include_str!("../l10n/de.ftl")),
    lang(
        "pt-BR",
        "Português (Brasil)",
        include_str!("../l10n/pt-BR.ftl"),
    ),
    lang("zh-CN", "简体中文", include_str!("../l10n/zh-CN.ftl")),
    lang("ja", "日本語", include_str!("../l10n/ja.ftl")),
    Language {
        rtl: true,
        ..lang("ar", "العربية", include_str!("../l10n/ar.ftl"))
    },
    Language {
        pseudo: true,
        ..lang("en-XA", "[Ƥşḗḗŭŭḓǿǿ]", ENGLISH)
    },
];

thread_local! {
    static CURRENT: Cell<&'static Language> = Cell::new(&LANGUAGES[0]);
    static BUNDLES: RefCell<HashMap<&'static str, Rc<bundle::Bundle>>> = RefCell::default();
}

/// The language best matching `wanted`, most wanted first (`lang=`, the setup file, then the
/// browser's `navigator.languages`): an exact tag, then the same language in another region
/// (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`), case aside; English when none matches.
pub fn negotiate<S: AsRef<str>>(wanted: &[S]) -> &'static Language {
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let alias = |tag: &str| match tag.to_ascii_lowercase().as_str() {
        "qps" | "qps-ploc" | "pseudo" => "en-XA".to_string(),
        _ => tag.replace('_', "-"),
    };
    for tag in wanted.iter().map(|w| alias(w.as_ref().trim())) {
        let exact = LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(&tag));
        let near = || {
            LANGUAGES
                .iter()
                .find(|l| !l.pseudo && primary(l.tag) == primary(&tag))
        };
        if let Some(found) = exact.or_else(near) {
            return found;
        }
    }
    &LANGUAGES[0]
}

/// Speaks the language best matching `tag` on this thread from now on, and returns it.
pub fn set_language(tag: &str) -> &'static Language {
    let language = negotiate(&[tag]);
    CURRENT.with(|c| c.set(language));
    language
}

/// The language this thread speaks.
pub fn language() -> &'static Language {
    CURRENT.with(Cell::get)
}

/// The bundle of `language`, built the first time it is asked for on this thread.
pub fn bundle_of(language: &'static Language) -> Rc<bundle::Bundle> {
    BUNDLES.with(|b| {
        let mut built = b.borrow_mut();
        built
            .entry(language.tag)
            .or_insert_with(|| Rc::new(bundle::build(language)))
            .clone()
    })
}

/// The message `id` (`id.attribute` for an attribute) in this thread's language with `args`.
/// A message missing everywhere is a bug: its id is shown, in braces, for a test to find.
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    formatted(language(), id, args).0
}

/// [`text`] in `language`, with what Fluent reported (a missing argument, a bad reference).
pub fn formatted(
    language: &'static Language,
    id: &str,
    args: Option<&FluentArgs>,
) -> (String, Vec<FluentError>) {
    let (message, attribute) = match id.split_once('.') {
        Some((m, a)) => (m, Some(a)),
        None => (id, None),
    };
    match bundle::format(&bundle_of(language), message, attribute, args) {
        Some((text, errors)) if language.pseudo => (format!("[{text}]"), errors),
        Some(found) => found,
        None => (format!("{{{id}}}"), Vec::new()),
    }
}

/// The message `id` in this thread's language: `t!("speed-per-second", steps = 40)`. Values are
/// anything Fluent takes (`&str`, `String`, integers) or [`decimal`], [`percent`], [`count`]
/// for numbers written the language's way.
#[macro_export]
macro_rules! t {
    ($id:expr) => {
        $crate::core::l10n::text($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::core::l10n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::core::l10n::text($id, Some(&args))
    }};
}

/// Every message of the page's static text (ids starting `page-`) in this thread's language,
/// as `(id, attribute or "", text)`: one call fills every `data-l10n-id` element of the page.
pub fn page_strings() -> Vec<(String, String, String)> {
    let english = bundle_of(&LANGUAGES[0]);
    let mut out = Vec::new();
    for id in message_ids(ENGLISH).filter(|id| id.starts_with("page-")) {
        let message = english.get_message(id).expect("listed from the catalog");
        if message.value().is_some() {
            out.push((id.to_string(), String::new(), text(id, None)));
        }
        for attribute in message.attributes() {
            let full = format!("{id}.{}", attribute.id());
            out.push((
                id.to_string(),
                attribute.id().to_string(),
                text(&full, None),
            ));
        }
    }
    out.push(("page-help-review".into(), String::new(), review_note()));
    out
}

/// What the Help dialog says of the translation: nothing in English, who reviewed it, or that
/// it awaits a native teacher's review.
pub fn review_note() -> String {
    let language = language();
    match reviewed_by(language) {
        _ if language.source == ENGLISH && !language.pseudo => String::new(),
        Some(who) => crate::t!("help-review-by", who = who),
        None => crate::t!("help-review-awaits"),
    }
}

/// The ids of the messages a catalog defines, in its order (terms `-x` are not messages).
pub fn message_ids(source: &str) -> impl Iterator<Item = &str> {
    source.lines().filter_map(|line| {
        let (id, _) = line.split_once(" =")?;
        let plain = id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        (plain && id.chars().next()?.is_ascii_alphabetic()).then_some(id)
    })
}

/// Who reviewed a catalog, from its `# Reviewed-by:` header (`nobody yet` counts as no one).
pub fn reviewed_by(language: &Language) -> Option<&'static str> {
    let line = language
        .source
        .lines()
        .find_map(|l| l.strip_prefix("# Reviewed-by:"))?;
    let who = line.trim();
    (!who.is_empty() && !who.eq_ignore_ascii_case("nobody yet")).then_some(who)
}

/// `x` with `digits` decimals as this thread's language writes it (`0,50` in German): for a
/// number composed outside a message (a label's list `0.20/0.50`).
pub fn fixed(x: impl Into<f64>, digits: usize) -> String {
    numbers::decimal(&numbers::style(language().tag), x.into(), digits)
}

/// The fonts canvas labels name before the browser's own family in this thread's language:
/// Debian's Noto CJK (the Japanese or the Chinese forms of the shared characters) and Noto
/// Arabic, so no label shows a missing glyph and each is measured in the font it is drawn in.
pub fn canvas_fonts() -> &'static str {
    match language().tag {
        "zh-CN" => {
            "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", "
        }
        "ja" => "\"Noto Sans CJK JP\", \"Source Han Sans JP\", \"Hiragino Sans\", \"Yu Gothic\", ",
        "ar" => "\"Noto Sans Arabic\", \"Noto Naskh Arabic\", \"Geeza Pro\", \"Segoe UI\", ",
        _ => "",
    }
}

/// A typed number in the link's form: this language's decimal separator read as the point.
pub fn canonical_number(typed: &str) -> String {
    numbers::canonical(&numbers::style(language().tag), typed)
}
