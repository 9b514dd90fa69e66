//! The setup file: a teacher saves the lab's settings as JSON (for a worksheet, or to open the
//! same lab next week) and loads them back. It holds exactly what the link holds, read by the
//! same table, so a file and a link can never disagree:
//! `{"format": "dropout-lab-setup", "version": 1, "settings": {key: text as in the link}}`.

use super::json::{self, Value};
use super::{Ignored, Settings};
use crate::core::error::{Detail, Error, Result};
use crate::detail;

/// The `format` member that says a JSON file is a setup.
pub const FORMAT: &str = "dropout-lab-setup";
/// The version this build writes and reads.
pub const VERSION: u32 = 1;

/// The setup file's text for `settings`, laid out as `JSON.stringify(…, null, 2)` lays it out.
pub fn write(settings: &Settings) -> String {
    let members: Vec<String> = settings
        .to_pairs()
        .into_iter()
        .map(|(key, text)| format!("    {}: {}", json::string(key), json::string(&text)))
        .collect();
    let body = match members.is_empty() {
        true => "{}".to_string(),
        false => format!("{{\n{}\n  }}", members.join(",\n")),
    };
    format!(
        "{{\n  \"format\": {},\n  \"version\": {VERSION},\n  \"settings\": {body}\n}}\n",
        json::string(FORMAT)
    )
}

/// The settings a setup file holds (missing ones take the defaults), or an error that tells
/// the teacher why it cannot be used; nothing of a file with a bad setting is used.
pub fn read(text: &str) -> Result<Settings> {
    let refuse = |why: Detail| Err(Error::Config(why));
    let Some(data) = json::parse(text) else {
        return refuse(detail!("file-not-json"));
    };
    let format = data.get("format") == Some(&Value::String(FORMAT.into()));
    let Some(Value::Object(members)) = data.get("settings").filter(|_| format) else {
        return refuse(detail!("file-not-a-setup", format = FORMAT));
    };
    if data.get("version") != Some(&Value::Number(VERSION.to_string())) {
        let version = data.get("version").map_or("undefined".into(), as_json);
        return refuse(detail!(
            "file-version",
            version = version,
            expected = VERSION
        ));
    }
    let mut ignored = Vec::new();
    let mut pairs = Vec::new();
    for (key, value) in members {
        match value {
            // Numbers may be written as numbers; the link's rules read text.
            Value::String(text) | Value::Number(text) => pairs.push((key.clone(), text.clone())),
            other => ignored.push(Ignored::Refused {
                key: key.clone(),
                raw: as_json(other),
                why: detail!("expected-text-or-number"),
            }),
        }
    }
    let parsed = Settings::default().read(pairs);
    ignored.extend(parsed.ignored);
    if ignored.is_empty() {
        return Ok(parsed.settings);
    }
    let said: Vec<Detail> = ignored.iter().map(Ignored::said).collect();
    refuse(detail!("file-settings-unusable", settings = said))
}

/// A value as it was written, for a message.
fn as_json(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(text) => text.clone(),
        Value::String(text) => json::string(text),
        Value::Array(_) => "[…]".into(),
        Value::Object(_) => "{…}".into(),
    }
}
