//! The page's languages (#19): it says which language to speak, and reads finished text. It
//! only translates: negotiation, the catalogs and every number's form are the core's
//! ([`crate::core::l10n`]).

use fluent_bundle::FluentValue;
use wasm_bindgen::prelude::*;

use crate::core::l10n::{self, Args};

/// Speaks the first of `wanted` the lab has (`lang=`, the setup file's, then
/// `navigator.languages`; English when none): returns its tag.
#[wasm_bindgen(js_name = setLanguage)]
pub fn set_language(wanted: Vec<String>) -> String {
    let language = l10n::negotiate(&wanted);
    l10n::set_language(language.tag).tag.to_string()
}

/// The language spoken now, `[tag, dir, decimal separator]`: `<html lang dir>`, and whether
/// the number fields must take a decimal comma.
#[wasm_bindgen(js_name = languageNow)]
pub fn language_now() -> Vec<String> {
    let language = l10n::language();
    let dir = if language.rtl { "rtl" } else { "ltr" };
    let decimal = l10n::numbers::style(language.tag).decimal;
    vec![language.tag.into(), dir.into(), decimal.into()]
}

/// The language menu: `[tag, name in itself, tag, name, …]`.
#[wasm_bindgen(js_name = languageList)]
pub fn language_list() -> Vec<String> {
    // The pseudo-locale is a tester's tool: a class sees it in the menu only if a link chose it.
    let pseudo_chosen = l10n::language().pseudo;
    l10n::LANGUAGES
        .iter()
        .filter(|l| !l.pseudo || pseudo_chosen)
        .flat_map(|l| [l.tag.to_string(), l.name.to_string()])
        .collect()
}

/// The separator of [`page_strings`]' fields: the ASCII unit separator, which no catalog text
/// holds (a control character).
pub const PAGE_STRINGS_SEPARATOR: char = '\u{1f}';

/// Every static text of the page in the language spoken: `id, attribute or "", text, …` for
/// the elements marked `data-l10n-id`, joined by [`PAGE_STRINGS_SEPARATOR`] (one call per
/// switch of language). One string rather than an array of 640: each string crossing to
/// JavaScript is decoded on its own, which was half of this call's time at start-up (#18).
#[wasm_bindgen(js_name = pageStrings)]
pub fn page_strings() -> String {
    let mut out = String::new();
    for (id, attribute, text) in l10n::page_strings() {
        for field in [id, attribute, text] {
            if !out.is_empty() {
                out.push(PAGE_STRINGS_SEPARATOR);
            }
            out.push_str(&field);
        }
    }
    out
}

/// A message of the page's own modules with its arguments (`{name: text or number}`): the
/// sentences the JavaScript composes from what it alone knows (a file name, a browser error).
#[wasm_bindgen(js_name = t)]
pub fn text(id: &str, args: JsValue) -> String {
    let mut fluent = Args::new();
    if args.is_object() {
        for entry in js_sys::Object::entries(&args.into()).iter() {
            let pair: js_sys::Array = entry.into();
            let name = pair.get(0).as_string().unwrap_or_default();
            let value = pair.get(1);
            let value = match value.as_f64() {
                Some(n) => FluentValue::from(n),
                None => FluentValue::from(value.as_string().unwrap_or_default()),
            };
            fluent.set(name, value);
        }
    }
    l10n::text(id, Some(&fluent))
}

/// `x` with `digits` decimals as the language writes it (`0,123` in German; thousands
/// grouped), for a number the page puts in a message.
#[wasm_bindgen(js_name = formatNumber)]
pub fn format_number(x: f64, digits: usize) -> String {
    l10n::fixed(x, digits)
}

/// A number typed in a field, in the link's form: the language's decimal comma is read too.
#[wasm_bindgen(js_name = canonicalNumber)]
pub fn canonical_number(typed: &str) -> String {
    l10n::canonical_number(typed)
}

/// Starts keeping every canvas label fitted from now on (the text-fit record), for the page
/// tests that check each language's labels are translated and fit their boxes.
#[wasm_bindgen(js_name = watchLabels)]
pub fn watch_labels() {
    crate::render::text_fit::watch_labels();
}

/// The labels fitted since `watchLabels`: `[asked, drawn, width, box width, …]` as text.
#[wasm_bindgen(js_name = watchedLabels)]
pub fn watched_labels() -> Vec<String> {
    crate::render::text_fit::watched_labels()
        .into_iter()
        .flat_map(|f| {
            [
                f.label,
                f.drawn,
                f.width.to_string(),
                f.max_width.to_string(),
            ]
        })
        .collect()
}
