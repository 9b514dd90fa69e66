//! Every sentence the embedding API says, one function each. The two refusals of the link's
//! `embed=` reach the page's banner and are the catalog's (`embed-*` in `src/l10n/*.ftl`, #19);
//! the replies to a host are a developer protocol (an error code and an English message, like
//! an HTTP API's) and stay English in every language.

use crate::t;

/// An `embed=` entry that is no origin.
pub fn not_an_origin(raw: &str) -> String {
    let raw = crate::core::settings::query::echo(raw);
    t!("embed-not-an-origin", raw = raw)
}

pub fn too_many_origins(max: usize) -> String {
    t!("embed-too-many-origins", max = max)
}

pub fn too_large(chars: usize, max: usize) -> String {
    format!("the message is {chars} characters long as JSON; a request may be at most {max}")
}

pub fn bad_id(max: usize) -> String {
    format!(
        "a request needs an id: a string of at most {max} characters or a number, echoed in the reply"
    )
}

pub fn wrong_version(version: u32) -> String {
    format!("this lab speaks version {version} of the protocol: send version: {version}")
}

pub fn unknown_type(kind: &str, known: &[&str]) -> String {
    let kind = crate::core::settings::query::echo(kind);
    format!("unknown message type '{kind}'; known: {}", known.join(", "))
}

pub fn unknown_field(field: &str, kind: &str, fields: &[&str]) -> String {
    let field = crate::core::settings::query::echo(field);
    let takes = if fields.is_empty() {
        "no other field".to_string()
    } else {
        fields.join(", ")
    };
    format!("'{field}' is not a field of '{kind}' (it takes {takes})")
}

pub fn bad_steps(max: u32) -> String {
    format!("n must be a whole number of steps from 1 to {max}")
}

pub fn bad_settings() -> String {
    "settings must be an object of the link's keys or a query string such as 'seed=3&lr=0.01'"
        .to_string()
}

pub fn bad_value(key: &str) -> String {
    let key = crate::core::settings::query::echo(key);
    format!("{key}: a value must be a string, a number, true, false, null or a list of them")
}

pub fn unknown_key(key: &str) -> String {
    let key = crate::core::settings::query::echo(key);
    format!("'{key}' is not a setting")
}

pub fn embed_by_link_only() -> String {
    "embed can only be set by the lab's link: a host cannot change who is trusted".to_string()
}
