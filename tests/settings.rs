//! The link's table of properties (#18): every setting a link carries is read and written by
//! one table, round trips exactly, refuses a value outside its bound with a reason naming the
//! bound, and older links still load.

use dropout_lab::core::settings::{self, Ignored, PROPS, RunSpec, Settings, file, json};

/// A link that sets every property the table writes, none at its default.
const FULL: &str = "preset=digits&seed=4294967295&lr=0.003&rates=0.1:0.2:0.3~dropconnect,0.5,0:0.5~gaussian&focus=2&hidden=16,8&mode=eval&speed=0&log=1&notation=retain&present=1&calm=1&contrast=1&lang=en-XA&data=circles&train=200&val=100&noise=0.3&flip=0.1&act=tanh&opt=sgd&batch=full&l2=0.01&points=AAAA&lesson=3&code=keras&hide=seed,lr&embed=https:%2F%2Fschool.example,http:%2F%2Flocalhost:8102";

fn parsed(query: &str) -> Settings {
    let read = Settings::parse(query);
    assert_eq!(read.ignored, vec![], "{query}");
    read.settings
}

fn ignored(query: &str) -> Vec<String> {
    Settings::parse(query)
        .ignored
        .iter()
        .map(Ignored::to_string)
        .collect()
}

/// Written and read back, every property keeps its value, and the written link is read without
/// complaint; every key the table writes is in it (a property with no writer is read-only).
#[test]
fn every_property_round_trips_through_the_link() {
    let settings = parsed(FULL);
    let written = settings.to_query();
    assert_eq!(parsed(&written), settings, "{written}");
    assert_eq!(parsed(&written).to_query(), written);
    let keys: Vec<&str> = settings.to_pairs().iter().map(|(k, _)| *k).collect();
    let writable: Vec<&str> = PROPS
        .iter()
        .map(|p| p.key)
        .filter(|k| !["input", "scaling"].contains(k))
        .collect();
    assert_eq!(
        keys, writable,
        "every writable key is written, in the table's order"
    );
    assert_eq!(settings.seed, u32::MAX);
    assert_eq!(settings.learning_rate, Some(0.003));
    assert_eq!(
        settings.runs.as_ref().unwrap()[1],
        RunSpec {
            rates: vec![0.0, 0.5],
            variant: String::new()
        }
    );
    assert_eq!(settings.setup.batch, Some(0), "full batch");
}

/// The defaults write only what every link holds (preset and seed), and read back as defaults.
#[test]
fn the_defaults_write_a_short_link() {
    let defaults = Settings::default();
    assert_eq!(defaults.to_query(), "preset=moons&seed=2");
    assert_eq!(parsed(""), defaults);
    assert_eq!(parsed("?"), defaults);
}

/// Percent-encoded links read as the browser reads them, and values the table writes come back
/// through `encodeURIComponent`-style encoding too.
#[test]
fn percent_encoded_links_read_as_the_browser_reads_them() {
    let settings = parsed("rates=0%2C0.2%3A0.5~maxnorm_3&hide=seed%2Clr");
    assert_eq!(settings.runs.unwrap()[1].rates, vec![0.2, 0.5]);
    assert_eq!(settings.hide, vec!["seed", "lr"]);
    assert_eq!(ignored("%E6%97%A5=1"), vec!["'日' is not a setting"]);
}

/// Older links: a lone p per run, one `input=` for every run, `scaling=classic` for every run,
/// and `input=` or `scaling=` without `rates=` (the preset's runs).
#[test]
fn older_links_still_load() {
    let runs = parsed("rates=0,0.5&input=0.2").runs.unwrap();
    assert_eq!(
        runs.iter().map(|r| r.rates.clone()).collect::<Vec<_>>(),
        vec![vec![0.2, 0.0], vec![0.2, 0.5]]
    );
    let vector = parsed("rates=0.1:0.3&input=0.2").runs.unwrap();
    assert_eq!(
        vector[0].rates,
        vec![0.1, 0.3],
        "a whole vector keeps its own input rate"
    );
    let preset = dropout_lab::core::preset::by_name("moons").unwrap();
    let runs = parsed("input=0.2").runs.unwrap();
    assert_eq!(runs.len(), preset.rates.len(), "the preset's runs");
    assert!(
        runs.iter()
            .zip(&preset.rates)
            .all(|(r, p)| r.rates[0] == 0.2 && r.rates[1..] == p[1..])
    );
    let classic = parsed("rates=0,0.5&scaling=classic");
    assert!(
        classic
            .runs
            .as_ref()
            .unwrap()
            .iter()
            .all(|r| r.variant == "classic")
    );
    assert_eq!(
        classic.to_query(),
        "preset=moons&seed=2&rates=0,0.5&scaling=classic",
        "written as it was"
    );
    let mixed = parsed("rates=0~classic,0.5");
    assert!(
        mixed.to_query().contains("rates=0~classic,0.5"),
        "{}",
        mixed.to_query()
    );
    assert_eq!(
        parsed("rates=0.5~dropconnect~classic").runs.unwrap()[0].variant,
        parsed("rates=0.5~classic~dropconnect").runs.unwrap()[0].variant,
        "variants are kept in one form"
    );
}

/// Each bound as `(key, a value at the bound, one just past it, the reason's words)`.
const BOUNDS: [(&str, &str, &str, &str); 17] = [
    (
        "seed",
        "0",
        "-1",
        "seed = -1 is out of range: it must be between 0 and 4294967295",
    ),
    (
        "seed",
        "4294967295",
        "4294967296",
        "between 0 and 4294967295",
    ),
    (
        "lr",
        "10",
        "10.5",
        "learning rate = 10.5 is out of range: it must be between 0.00001 and 10",
    ),
    ("lr", "0.00001", "0.000001", "between 0.00001 and 10"),
    (
        "focus",
        "3",
        "4",
        "focused run = 4 is out of range: it must be between 0 and 3",
    ),
    (
        "speed",
        "6",
        "7",
        "speed = 7 is out of range: it must be between 0 and 6",
    ),
    (
        "hidden",
        "256,1,1,1,1,1",
        "8,257",
        "units in hidden layer 2 = 257 is out of range: it must be between 1 and 256",
    ),
    (
        "hidden",
        "8",
        "1,1,1,1,1,1,1",
        "hidden layers = 7 is out of range: it must be between 1 and 6",
    ),
    ("rates", "0,0,0,0", "0,0,0,0,0", "expected 1 to 4 runs"),
    ("rates", "0.99", "1", "each a rate in [0, 1)"),
    (
        "train",
        "5000",
        "5001",
        "training points = 5001 is out of range: it must be between 4 and 5000",
    ),
    (
        "val",
        "4",
        "3",
        "validation points = 3 is out of range: it must be between 4 and 5000",
    ),
    (
        "noise",
        "1",
        "1.01",
        "noise = 1.01 is out of range: it must be between 0 and 1",
    ),
    (
        "flip",
        "0.5",
        "0.6",
        "label noise = 0.6 is out of range: it must be between 0 and 0.5",
    ),
    (
        "l2",
        "0.1",
        "0.2",
        "L2 strength = 0.2 is out of range: it must be between 0 and 0.1",
    ),
    (
        "batch",
        "512",
        "513",
        "minibatch size = 513 is out of range: it must be between 1 and 512",
    ),
    (
        "lesson",
        "99",
        "100",
        "lesson step = 100 is out of range: it must be between 1 and 99",
    ),
];

/// Each bound: the value at the bound is taken, one just past it is ignored with a reason
/// that names the bound.
#[test]
fn every_bound_is_checked_and_named() {
    for (key, at, past, why) in BOUNDS {
        assert_eq!(
            ignored(&format!("{key}={at}")),
            Vec::<String>::new(),
            "{key}={at} is taken"
        );
        let said = ignored(&format!("{key}={past}"));
        assert_eq!(said.len(), 1, "{key}={past}");
        assert!(
            said[0].starts_with(&format!("{key}={past} ignored (")) && said[0].contains(why),
            "{key}={past}: {}",
            said[0]
        );
        let refused = Settings::default()
            .merged(&format!("{key}={past}"))
            .unwrap_err()
            .to_string();
        assert!(
            refused.contains(why),
            "a change is refused naming the bound: {refused}"
        );
    }
}

/// Values that are no number, or not the expected word, say what was expected; the default stays.
#[test]
fn wrong_types_say_what_was_expected() {
    for (query, why) in [
        (
            "seed=abc",
            "seed=abc ignored (expected a whole number from 0 to 4294967295)",
        ),
        ("seed=1.5", "expected a whole number"),
        ("seed=", "expected a whole number"),
        ("seed=NaN", "expected a whole number"),
        ("lr=Infinity", "expected a number from 0.00001 to 10"),
        (
            "preset=swirl",
            "expected one of moons, wiggle, digits, rivals",
        ),
        ("mode=test", "expected 'train' or 'eval'"),
        ("scaling=none", "expected 'inverted' or 'classic'"),
        ("notation=keep", "expected 'drop' or 'retain'"),
        ("log=yes", "log=yes ignored (expected 0 or 1)"),
        (
            "batch=half",
            "expected 'full' or a whole number from 1 to 512",
        ),
        ("act=gelu", "expected one of relu, tanh, sigmoid, linear"),
        ("points=abc", "4 base64url characters each, at most"),
        ("rates=0.5~wobble", "wobble"),
        ("input=1", "expected a rate in [0, 1)"),
        (
            "hidden=two,layers",
            "expected whole numbers separated by commas, like 64,64: 1 to 6 layers of 1 to 256 units",
        ),
    ] {
        let said = ignored(query);
        assert!(
            said.len() == 1 && said[0].contains(why),
            "{query}: {said:?}"
        );
    }
    assert_eq!(
        parsed("seed=%201e3%20").seed,
        1000,
        "spaces and exponents read as the page reads them"
    );
    let long = "x".repeat(10_000);
    let said = ignored(&format!("rates=0.5~{long}"));
    assert!(
        said[0].contains(&format!("run variant '{}…' not understood", "x".repeat(40))),
        "{}",
        said[0]
    );
    assert!(
        said[0].chars().count() < 200,
        "a pasted value is echoed by its start only"
    );
}

/// Unknown keys, including the names an object inherits, are unknown; `hide` keeps the names it
/// understands and says which it does not.
#[test]
fn unknown_keys_and_partly_understood_values() {
    assert_eq!(
        ignored("constructor=1&__proto__=x&Seed=3"),
        vec![
            "'constructor' is not a setting",
            "'__proto__' is not a setting",
            "'Seed' is not a setting"
        ]
    );
    let read = Settings::parse("hide=seed,sliders,seed");
    assert_eq!(read.settings.hide, vec!["seed"]);
    assert_eq!(read.ignored.len(), 1);
    let said = read.ignored[0].to_string();
    assert!(
        said.starts_with(
            "hide: cannot hide 'sliders' (controls that can be hidden: preset, seed, lr"
        ),
        "{said}"
    );
    assert_eq!(ignored("hide="), Vec::<String>::new());
    assert_eq!(parsed("seed=3&seed=4").seed, 4, "the later value wins");
}

/// A change is applied all or nothing; an empty value puts a key back to its default; what
/// changed is named key by key.
#[test]
fn a_change_merges_all_or_nothing_and_names_what_changed() {
    let before = parsed("preset=wiggle&seed=5&noise=0.3&rates=0,0.5");
    let after = before.merged("seed=6&train=100").unwrap();
    assert_eq!(
        (after.seed, after.setup.n_train, after.setup.noise),
        (6, Some(100), Some(0.3))
    );
    assert_eq!(before.changed_keys(&after), vec!["seed", "train"]);
    let cleared = after.merged("noise=").unwrap();
    assert_eq!(cleared.setup.noise, None);
    assert_eq!(after.changed_keys(&cleared), vec!["noise"]);
    assert!(
        before.merged("seed=7&train=2").is_err(),
        "nothing of a refused change is used"
    );
    assert!(
        before
            .merged("colour=red")
            .unwrap_err()
            .to_string()
            .contains("'colour' is not a setting")
    );
    assert_eq!(before.setup_query(), "noise=0.3");
}

/// The setup file holds what the link holds: written and read back equal; numbers may be
/// numbers; a file that is not a setup, of another version or with a bad setting says why.
#[test]
fn the_setup_file_round_trips_and_explains_refusals() {
    let settings = parsed(FULL);
    let text = file::write(&settings);
    assert!(text.starts_with("{\n  \"format\": \"dropout-lab-setup\",\n  \"version\": 1,\n  \"settings\": {\n    \"preset\": \"digits\",\n"), "{text}");
    assert_eq!(file::read(&text).unwrap(), settings);
    let numbers = r#"{"format":"dropout-lab-setup","version":1,"settings":{"seed":7,"lr":0.01}}"#;
    let read = file::read(numbers).unwrap();
    assert_eq!((read.seed, read.learning_rate), (7, Some(0.01)));
    let error = |text: &str| file::read(text).unwrap_err().to_string();
    assert!(error("{").contains("it is not a JSON file."));
    assert!(error(r#"{"hello":1}"#).contains("not a Dropout Lab setup"));
    assert!(
        error(r#"{"format":"dropout-lab-setup","version":99,"settings":{}}"#)
            .contains("version 99; this page reads version 1")
    );
    let typo = error(
        r#"{"format":"dropout-lab-setup","version":1,"settings":{"preset":"moons","rates":"0,1.5","seed":"x","log":true}}"#,
    );
    assert!(
        typo.contains("rates=0,1.5 ignored")
            && typo.contains("seed=x ignored")
            && typo.contains("log=true ignored (expected text or a number)"),
        "{typo}"
    );
}

/// The JSON reader takes what `JSON.stringify` writes, escapes included, and nothing else.
#[test]
fn json_strings_round_trip() {
    let text = "a \"quote\", a \\ and a\nnewline \u{1} 日本語";
    assert_eq!(
        json::parse(&json::string(text)),
        Some(json::Value::String(text.into()))
    );
    assert_eq!(
        json::parse(r#""\u00e9""#),
        Some(json::Value::String("é".into()))
    );
    for bad in ["", "{", "[1,]", "{\"a\":1,}", "01x", "\"a", "nul", "{} {}"] {
        assert_eq!(json::parse(bad), None, "{bad}");
    }
    let deep = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert_eq!(json::parse(&deep), None, "nesting is bounded");
    assert_eq!(settings::query::echo(&"y".repeat(41)).chars().count(), 41);
}
