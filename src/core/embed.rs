//! The embedding API's rules (#21): a lab inside a course page's iframe is driven by
//! `postMessage` requests `{protocol: 'dropout-lab', version: 1, id, type, …}` and answers
//! each with `{protocol, version, id, ok, result | error: {code, message}}`. Here: who is
//! trusted ([`origin`]), what a request may say ([`request`]), the epoch events a host can
//! subscribe to ([`events`]) and every sentence said to a host ([`text`]). The page's
//! `www/lab/embed.js` only carries messages between the window and these functions.
//!
//! ```
//! use dropout_lab::core::embed::request::{read, Kind, Read};
//!
//! let ask = r#"{"protocol":"dropout-lab","version":1,"id":7,"type":"settings","settings":{"seed":3,"rates":[0,[0.2,0.5]]}}"#;
//! let Read::Request { id, kind } = read(ask) else { panic!() };
//! assert_eq!((id.as_str(), kind), ("7", Kind::Settings("seed=3&rates=0,0.2:0.5".into())));
//! let typo = r#"{"protocol":"dropout-lab","version":1,"id":"a","type":"stepp"}"#;
//! assert!(matches!(read(typo), Read::Refused { refusal, .. } if refusal.code == "unknown-type"));
//! assert_eq!(read(r#"{"source":"react-devtools"}"#), Read::NotOurs);
//! ```

pub mod events;
pub mod origin;
pub mod request;
pub mod text;

/// The `protocol` every message carries, so a lab ignores other scripts' messages.
pub const PROTOCOL: &str = "dropout-lab";
/// The protocol's version: a request of another version is refused, never guessed at.
pub const VERSION: u32 = 1;
/// The events a lab sends unasked: `ready` once it can take requests, `epoch` to subscribers.
pub const EVENTS: [&str; 2] = ["ready", "epoch"];
/// Longest request read, as JSON: a link with every drawn point fits (5,000 points at about
/// 4 characters each); anything longer is refused before it is read.
pub const MAX_REQUEST_CHARS: usize = 100_000;
/// Most lockstep steps one `step` request trains: the engine trains them in one go, and a few
/// seconds of it on the largest preset is as long as a host should hold it.
pub const MAX_STEPS: u32 = 10_000;
