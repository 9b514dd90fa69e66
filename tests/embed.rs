//! The embedding API's rules (#21): who may drive an embedded lab, what a host's request may
//! say and what is refused (with a reason a host can act on), and the epoch events' losses.

use dropout_lab::core::embed::events::epochs_after;
use dropout_lab::core::embed::origin::{MAX_ORIGINS, canonical, trusts};
use dropout_lab::core::embed::request::{Kind, Read, read};
use dropout_lab::core::embed::{MAX_REQUEST_CHARS, MAX_STEPS};
use dropout_lab::core::history::{History, HistoryPoint};
use dropout_lab::core::settings::{Settings, json};

/// A request with the envelope around `body` (`"type":"play"` and any fields).
fn ask(body: &str) -> String {
    format!(r#"{{"protocol":"dropout-lab","version":1,"id":"r1",{body}}}"#)
}

fn kind(message: &str) -> Kind {
    match read(message) {
        Read::Request { kind, .. } => kind,
        other => panic!("{message} was not accepted: {other:?}"),
    }
}

/// The refusal's code and sentence.
fn refused(message: &str) -> (String, String) {
    match read(message) {
        Read::Refused { refusal, .. } => (refusal.code.to_string(), refusal.message),
        other => panic!("{message} was not refused: {other:?}"),
    }
}

#[test]
fn origins_are_written_as_the_browser_writes_them() {
    let ok = |raw: &str| canonical(raw).unwrap();
    assert_eq!(ok("https://school.example"), "https://school.example");
    assert_eq!(ok(" HTTPS://School.Example:443 "), "https://school.example");
    assert_eq!(ok("http://localhost:80"), "http://localhost");
    assert_eq!(ok("http://127.0.0.1:8102"), "http://127.0.0.1:8102");
    assert_eq!(ok("http://[::1]:3000"), "http://[::1]:3000");
    for bad in [
        "*",
        "null",
        "school.example",
        "ftp://school.example",
        "javascript:alert(1)",
        "https://school.example/",
        "https://school.example/course?x=1",
        "https://user@school.example",
        "https://school.example:0",
        "https://school.example:65536",
        "https://school.example:+80",
        "https://school.example:080",
        "https://",
        "https://.example",
        "data:text/html,hi",
    ] {
        let why = canonical(bad).unwrap_err();
        assert!(why.contains("is not an origin"), "{bad}: {why}");
    }
}

/// Only the page's own origin and the origins the link names; the opaque origin never, even
/// when the lab's own origin is opaque (opened from a file).
#[test]
fn trust_is_the_own_origin_and_the_named_ones() {
    let named = vec!["https://school.example".to_string()];
    let own = "http://127.0.0.1:8102";
    assert!(trusts(own, own, &[]));
    assert!(trusts("https://school.example", own, &named));
    assert!(!trusts("https://school.example", own, &[]));
    assert!(!trusts("https://school.example.evil", own, &named));
    assert!(
        !trusts("http://school.example", own, &named),
        "the scheme is part of the origin"
    );
    assert!(!trusts("null", "null", &["null".to_string()]));
    assert!(!trusts("", "", &[]));
}

#[test]
fn embed_round_trips_in_the_link_and_refuses_what_is_not_an_origin() {
    let read = Settings::parse(
        "embed=https://school.example,HTTP://LOCALHOST:8102,https://school.example:443",
    );
    assert!(read.ignored.is_empty(), "{:?}", read.ignored);
    assert_eq!(
        read.settings.embed,
        vec!["https://school.example", "http://localhost:8102"]
    );
    let link = read.settings.to_query();
    assert!(
        link.contains("embed=https:%2F%2Fschool.example,http:%2F%2Flocalhost:8102"),
        "{link}"
    );
    assert_eq!(Settings::parse(&link).settings, read.settings);

    // One bad entry and nothing is trusted: a half-read list would trust a page not quite named.
    let typo = Settings::parse("embed=https://school.example,https://lms.example/course");
    assert!(typo.settings.embed.is_empty());
    assert!(
        typo.ignored[0]
            .to_string()
            .contains("'https://lms.example/course' is not an origin")
    );
    let many: Vec<String> = (0..=MAX_ORIGINS)
        .map(|i| format!("https://s{i}.example"))
        .collect();
    let refusal = Settings::default()
        .merged(&format!("embed={}", many.join(",")))
        .unwrap_err();
    assert!(
        refusal
            .to_string()
            .contains(&format!("at most {MAX_ORIGINS} origins")),
        "{refusal}"
    );

    // A view-ish key: the experiment the link describes is the same with or without it.
    let mut without = read.settings.clone();
    without.embed.clear();
    assert_eq!(without, Settings::default());
    assert_eq!(
        read.settings.setup_query(),
        Settings::default().setup_query()
    );
}

#[test]
fn every_message_type_is_read() {
    assert_eq!(kind(&ask(r#""type":"play""#)), Kind::Play);
    assert_eq!(kind(&ask(r#""type":"pause""#)), Kind::Pause);
    assert_eq!(kind(&ask(r#""type":"reset""#)), Kind::Reset);
    assert_eq!(kind(&ask(r#""type":"snapshot""#)), Kind::Snapshot);
    assert_eq!(kind(&ask(r#""type":"subscribe""#)), Kind::Subscribe);
    assert_eq!(kind(&ask(r#""type":"unsubscribe""#)), Kind::Unsubscribe);
    assert_eq!(kind(&ask(r#""type":"step""#)), Kind::Step(1));
    assert_eq!(kind(&ask(r#""type":"step","n":25"#)), Kind::Step(25));
    assert_eq!(
        kind(&ask(&format!(r#""type":"step","n":{MAX_STEPS}"#))),
        Kind::Step(MAX_STEPS)
    );
    let object = ask(
        r#""type":"settings","settings":{"seed":3,"lr":"0.01","rates":[0,[0.2,0.5]],"log":true,"hidden":null}"#,
    );
    assert_eq!(
        kind(&object),
        Kind::Settings("seed=3&lr=0.01&rates=0,0.2:0.5&log=1&hidden=".into())
    );
    let text = ask(r#""type":"settings","settings":"seed=3&rates=0,0.5""#);
    assert_eq!(kind(&text), Kind::Settings("seed=3&rates=0,0.5".into()));
    // The id is echoed as the host sent it.
    let numbered = r#"{"protocol":"dropout-lab","version":1,"id":42,"type":"play"}"#;
    assert!(matches!(read(numbered), Read::Request { id, .. } if id == "42"));
    assert!(matches!(read(&ask(r#""type":"play""#)), Read::Request { id, .. } if id == "\"r1\""));
}

/// Other scripts' messages (a browser extension, the host's own widgets) are not answered.
#[test]
fn messages_of_other_protocols_are_not_ours() {
    for other in [
        "",
        "null",
        "\"hello\"",
        "42",
        "[1,2]",
        r#"{"type":"play"}"#,
        r#"{"protocol":"other","version":1,"id":1,"type":"play"}"#,
        "{not json",
    ] {
        assert_eq!(read(other), Read::NotOurs, "{other}");
    }
}

/// Each request is refused with its error code and a sentence that says what is wrong.
fn assert_refused(cases: &[(String, &str, &str)]) {
    for (message, code, says) in cases {
        let (got_code, got) = refused(message);
        assert_eq!(got_code, *code, "{message}: {got}");
        assert!(got.contains(says), "{message}: {got}");
    }
}

#[test]
fn malformed_requests_are_refused_with_a_reason() {
    assert_refused(&[
        (
            ask(r#""type":"stepp""#),
            "unknown-type",
            "unknown message type 'stepp'; known: settings, play",
        ),
        (
            ask(r#""type":7"#),
            "unknown-type",
            "unknown message type ''",
        ),
        (
            ask(r#""type":"play","speed":3"#),
            "bad-request",
            "'speed' is not a field of 'play' (it takes no other field)",
        ),
        (
            ask(r#""type":"step","n":0"#),
            "bad-request",
            "n must be a whole number of steps from 1 to 10000",
        ),
        (ask(r#""type":"step","n":2.5"#), "bad-request", "from 1 to"),
        (ask(r#""type":"step","n":"5""#), "bad-request", "from 1 to"),
        (ask(r#""type":"step","n":1e9"#), "bad-request", "from 1 to"),
    ]);
}

#[test]
fn malformed_settings_are_refused_with_a_reason() {
    assert_refused(&[
        (
            ask(r#""type":"settings""#),
            "bad-request",
            "settings must be an object",
        ),
        (
            ask(r#""type":"settings","settings":5"#),
            "bad-request",
            "settings must be an object",
        ),
        (
            ask(r#""type":"settings","settings":{"seed":{"x":1}}"#),
            "bad-request",
            "seed: a value must be",
        ),
        (
            ask(r#""type":"settings","settings":{"colour":"red"}"#),
            "unknown-key",
            "'colour' is not a setting",
        ),
        (
            ask(r#""type":"settings","settings":"seed=2&__proto__=1""#),
            "unknown-key",
            "'__proto__' is not a setting",
        ),
        (
            ask(r#""type":"settings","settings":{"embed":"https://evil.example"}"#),
            "refused",
            "a host cannot change who is trusted",
        ),
    ]);
}

#[test]
fn a_wrong_version_or_id_is_refused_with_a_reason_and_a_refusal_echoes_the_id() {
    assert_refused(&[
        (
            r#"{"protocol":"dropout-lab","version":2,"id":1,"type":"play"}"#.into(),
            "wrong-version",
            "send version: 1",
        ),
        (
            r#"{"protocol":"dropout-lab","version":"1","id":1,"type":"play"}"#.into(),
            "wrong-version",
            "version 1",
        ),
        (
            r#"{"protocol":"dropout-lab","version":1,"type":"play"}"#.into(),
            "bad-request",
            "a request needs an id",
        ),
        (
            r#"{"protocol":"dropout-lab","version":1,"id":{"a":1},"type":"play"}"#.into(),
            "bad-request",
            "needs an id",
        ),
    ]);
    let long_id = ask(&format!(r#""type":"play","x":"{}""#, "a".repeat(10)));
    assert!(
        matches!(read(&long_id), Read::Refused { id, .. } if id == "\"r1\""),
        "a refusal echoes the id"
    );
}

#[test]
fn a_huge_payload_is_refused_before_it_is_read() {
    let huge = ask(&format!(
        r#""type":"settings","settings":"points={}""#,
        "A".repeat(MAX_REQUEST_CHARS)
    ));
    let (code, why) = refused(&huge);
    assert_eq!(code, "too-large");
    assert!(
        why.contains(&format!("may be at most {MAX_REQUEST_CHARS}")),
        "{why}"
    );
    // 5,000 drawn points (the most a link holds) still fit.
    let points = ask(&format!(
        r#""type":"settings","settings":{{"points":"{}"}}"#,
        "AAAA".repeat(5000)
    ));
    assert!(matches!(kind(&points), Kind::Settings(_)));
}

/// A settings request is checked by the link's own table when applied: a refusal names the
/// bound, exactly as for a typed link.
#[test]
fn a_change_is_checked_by_the_links_table() {
    let Kind::Settings(change) = kind(&ask(r#""type":"settings","settings":{"seed":-1}"#)) else {
        panic!()
    };
    let refusal = Settings::default().merged(&change).unwrap_err().to_string();
    assert!(refusal.contains("between 0 and 4294967295"), "{refusal}");
    let Kind::Settings(change) = kind(&ask(
        r#""type":"settings","settings":{"rates":[0,0.5],"seed":9}"#,
    )) else {
        panic!()
    };
    let merged = Settings::default().merged(&change).unwrap();
    assert_eq!((merged.seed, merged.runs.unwrap().len()), (9, 2));
}

fn point(epoch: usize, loss: f32) -> HistoryPoint {
    HistoryPoint {
        epoch,
        train_loss: loss,
        train_loss_eval: loss * 0.9,
        val_loss: loss * 1.1,
        train_accuracy: None,
        val_accuracy: Some(0.5),
    }
}

/// One event per recorded epoch after the last one sent, each with every run's losses as the
/// history holds them.
#[test]
fn epoch_events_carry_every_runs_losses_from_the_history() {
    let (mut a, mut b) = (History::default(), History::default());
    for epoch in 1..=5 {
        a.push(point(epoch, 1.0 / epoch as f32));
        b.push(point(epoch, 2.0 / epoch as f32));
    }
    let events = epochs_after(&[&a, &b], 3);
    assert_eq!(events.len(), 2);
    let event = json::parse(&events[1]).unwrap();
    assert_eq!(event.get("epoch"), Some(&json::Value::Number("5".into())));
    let Some(json::Value::Array(runs)) = event.get("runs") else {
        panic!("{}", events[1])
    };
    let value = |run: usize, key: &str| match runs[run].get(key) {
        Some(json::Value::Number(n)) => n.parse::<f32>().unwrap(),
        other => panic!("{key}: {other:?}"),
    };
    let last = b.last().unwrap();
    assert_eq!(value(1, "trainLoss"), last.train_loss);
    assert_eq!(value(1, "trainLossEval"), last.train_loss_eval);
    assert_eq!(value(1, "valLoss"), last.val_loss);
    assert_eq!(value(0, "valLoss"), a.last().unwrap().val_loss);
    assert!(
        epochs_after(&[&a, &b], 5).is_empty(),
        "nothing new, nothing sent"
    );
    assert!(epochs_after(&[], 0).is_empty());
}

/// A thinned history sends the epochs it kept: never more events than epochs recorded.
#[test]
fn a_thinned_history_sends_at_most_one_event_per_recorded_epoch() {
    let mut h = History::with_capacity(8);
    for epoch in 1..=100 {
        h.push(point(epoch, 1.0));
    }
    let events = epochs_after(&[&h], 0);
    assert_eq!(events.len(), h.len());
    assert!(events.len() < 100);
    assert!(events.last().unwrap().starts_with("{\"epoch\":100,"));
}
