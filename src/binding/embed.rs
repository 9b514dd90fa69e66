//! The embedding API's rules for the page (#21): `www/lab/embed.js` hands each message here
//! as JSON and sends back what these functions say. Every rule is the core's
//! ([`crate::core::embed`]); this module only writes its answers as JSON for the page.

use wasm_bindgen::prelude::*;

use super::Lab;
use super::snapshot::string;
use crate::core::embed::request::{self, Kind, Read};
use crate::core::embed::{PROTOCOL, VERSION, events, origin};
use crate::core::settings::Settings;
use crate::core::settings::json::list;

/// The `protocol` every message carries.
#[wasm_bindgen(js_name = embedProtocol)]
pub fn embed_protocol() -> String {
    PROTOCOL.to_string()
}

/// The protocol's version.
#[wasm_bindgen(js_name = embedVersion)]
pub fn embed_version() -> u32 {
    VERSION
}

/// The origins the link `link` (a query string) trusts, as the browser writes them.
#[wasm_bindgen(js_name = embedOrigins)]
pub fn embed_origins(link: &str) -> Vec<String> {
    Settings::parse(link).settings.embed
}

/// Whether a message from `origin` may drive the lab served from `own` and opened with `link`.
#[wasm_bindgen(js_name = embedTrusts)]
pub fn embed_trusts(origin: &str, own: &str, link: &str) -> bool {
    origin::trusts(origin, own, &embed_origins(link))
}

/// A message's data (as JSON) read as a request: `{"ours":false}` for another script's
/// message; `{"id", "type", …}` (`n` for a step, `change` for settings, the link's text); or
/// `{"id", "error": {"code", "message"}}`.
#[wasm_bindgen(js_name = embedRead)]
pub fn embed_read(message: &str) -> String {
    match request::read(message) {
        Read::NotOurs => "{\"ours\":false}".to_string(),
        Read::Refused { id, refusal } => format!(
            "{{\"ours\":true,\"id\":{id},\"error\":{{\"code\":{},\"message\":{}}}}}",
            string(refusal.code),
            string(&refusal.message)
        ),
        Read::Request { id, kind } => {
            let (kind, extra) = match kind {
                Kind::Settings(change) => ("settings", format!(",\"change\":{}", string(&change))),
                Kind::Step(n) => ("step", format!(",\"n\":{n}")),
                Kind::Play => ("play", String::new()),
                Kind::Pause => ("pause", String::new()),
                Kind::Reset => ("reset", String::new()),
                Kind::Snapshot => ("snapshot", String::new()),
                Kind::Subscribe => ("subscribe", String::new()),
                Kind::Unsubscribe => ("unsubscribe", String::new()),
            };
            format!(
                "{{\"ours\":true,\"id\":{id},\"type\":{}{extra}}}",
                string(kind)
            )
        }
    }
}

#[wasm_bindgen]
impl Lab {
    /// The epochs the runs recorded after epoch `after`, as a JSON list of epoch events'
    /// bodies: `[{epoch, runs: [{trainLoss, trainLossEval, valLoss, accuracy}]}]`.
    #[wasm_bindgen(js_name = epochsAfter)]
    pub fn epochs_after(&self, after: usize) -> String {
        let histories: Vec<_> = self.experiment.runs().iter().map(|r| r.history()).collect();
        list(events::epochs_after(&histories, after))
    }
}
