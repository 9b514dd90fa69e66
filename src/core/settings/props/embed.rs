//! `embed=`: the origins of the pages allowed to drive the lab from outside its iframe (#21,
//! `crate::core::embed`). A view-ish key: it changes nothing in training, and a link keeps it.

use super::super::Draft;
use super::Read;
use crate::core::embed::origin::{MAX_ORIGINS, canonical};
use crate::core::settings::query::echo;
use crate::detail;

/// Every origin must read, or none is trusted: a half-read list would trust a page the
/// teacher did not quite name.
pub fn read_embed(draft: &mut Draft, raw: &str) -> Read {
    let mut origins: Vec<String> = Vec::new();
    for entry in raw.split(',').map(str::trim).filter(|e| !e.is_empty()) {
        let origin =
            canonical(entry).map_err(|_| detail!("embed-not-an-origin", raw = echo(entry)))?;
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    if origins.len() > MAX_ORIGINS {
        return Err(detail!("embed-too-many-origins", max = MAX_ORIGINS));
    }
    draft.settings.embed = origins;
    Ok(None)
}

pub fn write_embed(settings: &super::super::Settings) -> Option<String> {
    (!settings.embed.is_empty()).then(|| settings.embed.join(","))
}
