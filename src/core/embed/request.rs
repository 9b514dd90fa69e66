//! A host's request, read and checked: `{protocol: 'dropout-lab', version: 1, id, type, …}`.
//! Everything a request may carry is listed here, and anything else is refused with a reason,
//! so a host's typo is an error reply rather than a silent no-op. A settings change is turned
//! into the link's own text (`seed=3&rates=0,0.5`) and checked by the link's one table of
//! properties when it is applied: a refusal names the bound, as it does for a typed link.

use super::text;
use super::{EVENTS, MAX_REQUEST_CHARS, MAX_STEPS, PROTOCOL, VERSION};
use crate::core::settings::json::{self, Value};
use crate::core::settings::{props, query};

/// Longest request id echoed back (a host's own counter or a UUID fits easily).
pub const MAX_ID_CHARS: usize = 100;

/// What a host may ask, one variant per message type.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A change of settings as the link writes it (`seed=3&lr=0.01`), not yet checked.
    Settings(String),
    Play,
    Pause,
    Step(u32),
    Reset,
    Snapshot,
    Subscribe,
    Unsubscribe,
}

/// The message types, each with the fields it takes besides `protocol`, `version`, `id`, `type`.
pub const TYPES: [(&str, &[&str]); 8] = [
    ("settings", &["settings"]),
    ("play", &[]),
    ("pause", &[]),
    ("step", &["n"]),
    ("reset", &[]),
    ("snapshot", &[]),
    ("subscribe", &[]),
    ("unsubscribe", &[]),
];

/// Why a request is refused: a code a host can branch on, and a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub code: &'static str,
    pub message: String,
}

fn refuse(code: &'static str, message: String) -> Refusal {
    Refusal { code, message }
}

/// What a message turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Read {
    /// Not a Dropout Lab request (another script's message): no reply.
    NotOurs,
    /// A request; `id` is its id as JSON (`null` if it had none that could be echoed).
    Request {
        id: String,
        kind: Kind,
    },
    Refused {
        id: String,
        refusal: Refusal,
    },
}

/// Reads a message's data written as JSON (`JSON.stringify(event.data)`).
pub fn read(message: &str) -> Read {
    let null = || "null".to_string();
    if message.len() > MAX_REQUEST_CHARS {
        let refusal = refuse(
            "too-large",
            text::too_large(message.len(), MAX_REQUEST_CHARS),
        );
        return Read::Refused {
            id: null(),
            refusal,
        };
    }
    let Some(value) = json::parse(message) else {
        return Read::NotOurs;
    };
    if value.get("protocol") != Some(&Value::String(PROTOCOL.into())) || is_from_a_lab(&value) {
        return Read::NotOurs;
    }
    let id = value.get("id").and_then(id_json);
    let kind = id
        .as_ref()
        .ok_or_else(|| refuse("bad-request", text::bad_id(MAX_ID_CHARS)))
        .and_then(|_| request(&value));
    let id = id.unwrap_or_else(null);
    match kind {
        Ok(kind) => Read::Request { id, kind },
        Err(refusal) => Read::Refused { id, refusal },
    }
}

/// A lab's own reply (`ok`) or event (`ready`, `epoch`), seen by a lab that is its own host
/// (same origin) or nested in another lab: answering it would answer forever.
fn is_from_a_lab(value: &Value) -> bool {
    let event = matches!(value.get("type"), Some(Value::String(t)) if EVENTS.contains(&t.as_str()));
    value.get("ok").is_some() || event
}

/// The id as JSON, when it is a short string or a finite number.
fn id_json(id: &Value) -> Option<String> {
    match id {
        Value::String(s) if s.chars().count() <= MAX_ID_CHARS => Some(json::string(s)),
        Value::Number(n) if n.parse::<f64>().is_ok_and(f64::is_finite) => Some(n.clone()),
        _ => None,
    }
}

fn request(value: &Value) -> Result<Kind, Refusal> {
    if value.get("version") != Some(&Value::Number(VERSION.to_string())) {
        return Err(refuse("wrong-version", text::wrong_version(VERSION)));
    }
    let names: Vec<&str> = TYPES.iter().map(|(t, _)| *t).collect();
    let Some(Value::String(kind)) = value.get("type") else {
        return Err(refuse("unknown-type", text::unknown_type("", &names)));
    };
    let Some((kind, fields)) = TYPES.iter().find(|(t, _)| t == kind) else {
        return Err(refuse("unknown-type", text::unknown_type(kind, &names)));
    };
    let Value::Object(members) = value else {
        unreachable!("a value with a protocol member is an object")
    };
    let envelope = ["protocol", "version", "id", "type"];
    if let Some((field, _)) = members
        .iter()
        .find(|(k, _)| !envelope.contains(&k.as_str()) && !fields.contains(&k.as_str()))
    {
        return Err(refuse(
            "bad-request",
            text::unknown_field(field, kind, fields),
        ));
    }
    Ok(match *kind {
        "settings" => Kind::Settings(change(value.get("settings"))?),
        "step" => Kind::Step(steps(value.get("n"))?),
        "play" => Kind::Play,
        "pause" => Kind::Pause,
        "reset" => Kind::Reset,
        "snapshot" => Kind::Snapshot,
        "subscribe" => Kind::Subscribe,
        _ => Kind::Unsubscribe,
    })
}

/// `n`, the lockstep steps to train: a whole number from 1 to [`MAX_STEPS`], 1 if absent.
fn steps(n: Option<&Value>) -> Result<u32, Refusal> {
    let Some(n) = n else { return Ok(1) };
    let bad = || refuse("bad-request", text::bad_steps(MAX_STEPS));
    let Value::Number(text) = n else {
        return Err(bad());
    };
    let n: f64 = text.parse().map_err(|_| bad())?;
    if n.fract() != 0.0 || !(1.0..=f64::from(MAX_STEPS)).contains(&n) {
        return Err(bad());
    }
    Ok(n as u32)
}

/// The change as the link's text: from a query string or an object of the link's keys.
fn change(settings: Option<&Value>) -> Result<String, Refusal> {
    let bad = |why: String| refuse("bad-request", why);
    let pairs: Vec<(String, String)> = match settings {
        Some(Value::String(q)) => query::pairs(q),
        Some(Value::Object(members)) => members
            .iter()
            .map(|(k, v)| {
                value_text(v)
                    .map(|t| (k.clone(), t))
                    .ok_or_else(|| bad(text::bad_value(k)))
            })
            .collect::<Result<_, _>>()?,
        _ => return Err(bad(text::bad_settings())),
    };
    let mut keyed = Vec::with_capacity(pairs.len());
    for (key, raw) in pairs {
        match props::named(&key) {
            // Trust is the link's alone: a host cannot widen it.
            Some(prop) if prop.key == "embed" => {
                return Err(refuse("refused", text::embed_by_link_only()));
            }
            Some(prop) => keyed.push((prop.key, raw)),
            None => return Err(refuse("unknown-key", text::unknown_key(&key))),
        }
    }
    Ok(query::join(keyed))
}

/// A value as the link writes it: a string as it is, a number as written, `true` as 1,
/// `false` and `null` as the default, a list joined by `,` (a list inside it by `:`, as a
/// run's per-layer rates).
fn value_text(value: &Value) -> Option<String> {
    let scalar = |v: &Value| match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.clone()),
        _ => None,
    };
    match value {
        Value::Bool(true) => Some("1".into()),
        Value::Bool(false) | Value::Null => Some(String::new()),
        Value::Array(items) => {
            let item = |v: &Value| match v {
                Value::Array(inner) => inner
                    .iter()
                    .map(scalar)
                    .collect::<Option<Vec<_>>>()
                    .map(|t| t.join(":")),
                other => scalar(other),
            };
            items
                .iter()
                .map(item)
                .collect::<Option<Vec<_>>>()
                .map(|t| t.join(","))
        }
        other => scalar(other),
    }
}
