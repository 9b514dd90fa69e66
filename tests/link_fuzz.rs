//! Links are typed, pasted, truncated and mangled by people. The core's reading of a link is
//! fuzzed here with thousands of generated links (a seeded generator, so a failure names a link
//! that fails again): none panics, whatever is read is a link that reads back without complaint
//! and equal, a link that certainly holds something wrong says so, and no message quotes more
//! than the start of a pasted value. The page test `tests/page/fuzz-links.test.mjs` takes a few
//! links of each kind through the real page (banner, training, drawing); the many live here,
//! where a link costs microseconds, not a page load.

use dropout_lab::core::LabRng;
use dropout_lab::core::settings::{Ignored, Settings};
use rand::{RngExt, SeedableRng};

const LINKS: usize = 5_000;

// Keys the page understands, each with a few values it accepts (as in the page test).
const VALID: &[(&str, &[&str])] = &[
    ("preset", &["moons", "wiggle", "digits", "rivals"]),
    ("seed", &["0", "7", "4294967295"]),
    ("lr", &["0.001", "0.003", "0.03"]),
    (
        "rates",
        &[
            "0,0.2,0.5",
            "0.1:0.3:0.5",
            "0.5",
            "0,0.2:0.5:0.5,0.8,0.3",
            "0,0.5~classic,0.5~dropconnect",
        ],
    ),
    ("input", &["0", "0.2"]),
    ("focus", &["0", "1", "3"]),
    ("hidden", &["8", "16,16", "32,8,4"]),
    ("scaling", &["inverted", "classic"]),
    ("mode", &["train", "eval"]),
    ("speed", &["0", "3", "6"]),
    ("log", &["0", "1"]),
    ("hide", &["seed", "seed,lr", "speed,note,remove"]),
    ("lang", &["de", "ar", "ja", "en-XA"]),
    ("batch", &["full", "1", "32"]),
    ("data", &["circles", "xor", "spiral"]),
];
// Names an object inherits: a lookup table that is a plain object in JavaScript would find these.
const BUILT_IN: &[&str] = &[
    "constructor",
    "__proto__",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "__defineGetter__",
    "__lookupSetter__",
    "prototype",
    "length",
    "then",
    "get",
    "size",
];
const NUMBERS: &[&str] = &[
    "NaN",
    "Infinity",
    "-Infinity",
    "-1",
    "-0.5",
    "1e308",
    "-1e308",
    "1e-320",
    "4294967296",
    "99999999999999999999",
    "0x10",
    "1e3",
    " 3 ",
    "+2",
];
const WRONG_TYPES: &[&str] = &[
    "abc",
    "true",
    "[]",
    "{}",
    "null",
    "undefined",
    "1,2,3",
    "0.5.5",
    ":::",
    ",,,",
    "moons",
    "0:0:0:0:0:0:0:0:0",
    "0.5~",
    "~~",
    "0.5~classic~classic",
];
const UNICODE: &[&str] = &[
    "é",
    "日本語",
    "🙂🙃",
    "\u{202e}",
    "ﬀ",
    "Ω≈ç√",
    "\u{0}",
    "𝟘.𝟝",
    "٣",
];

/// A link's pairs, and whether it certainly holds something wrong (`None`: it may).
type Link = (Vec<(String, String)>, Option<bool>);

fn pair(key: &str, value: &str) -> (String, String) {
    (key.to_string(), value.to_string())
}

struct Gen {
    rng: LabRng,
}

impl Gen {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.rng.random_range(0..items.len())]
    }

    fn int(&mut self, n: usize) -> usize {
        self.rng.random_range(0..n)
    }

    fn key(&mut self) -> &'static str {
        VALID[self.int(VALID.len())].0
    }

    fn valid_pair(&mut self) -> (String, String) {
        let (key, values) = VALID[self.int(VALID.len())];
        (key.into(), self.pick(values).into())
    }

    /// One link: its pairs, and whether it certainly holds something wrong (`None`: it may).
    fn link(&mut self, kind: usize) -> Link {
        if kind < 6 {
            self.one_key_link(kind)
        } else {
            self.odd_text_link(kind)
        }
    }

    /// A key unknown, repeated or emptied, an odd number, a value or a key far too long.
    fn one_key_link(&mut self, kind: usize) -> Link {
        let long = "x".repeat(10_000);
        match kind {
            0 => {
                let key = format!(
                    "{}{}",
                    self.pick(&["bogus", "Seed", "rate", "p"]),
                    self.int(100)
                );
                (vec![pair(&key, &self.int(10).to_string())], Some(true))
            }
            1 => {
                let (key, values) = VALID[self.int(VALID.len())];
                let (a, b) = (self.pick(values), self.pick(values));
                (vec![pair(key, a), pair(key, b)], Some(false))
            }
            2 => {
                let key = loop {
                    let key = self.key();
                    if key != "hide" {
                        break key;
                    }
                };
                (vec![pair(key, "")], Some(true))
            }
            3 => {
                let key = self.pick(&["seed", "lr", "focus", "speed", "input", "batch"]);
                (vec![pair(key, self.pick(NUMBERS))], None)
            }
            4 => (vec![pair(self.key(), &long)], Some(true)),
            5 => {
                let value = format!("{}{long}", self.pick(&["a", ""]));
                (vec![pair(self.key(), &value), pair(&long, "1")], Some(true))
            }
            _ => unreachable!("kind {kind} is not one key's"),
        }
    }

    /// Unicode, values of the wrong type, a valid link with one value spoiled, the browser's
    /// own keys, and many pairs at once.
    fn odd_text_link(&mut self, kind: usize) -> Link {
        let long = "x".repeat(10_000);
        match kind {
            6 => (vec![pair(self.key(), self.pick(UNICODE))], Some(true)),
            7 => (
                vec![pair(self.pick(UNICODE), self.pick(UNICODE))],
                Some(true),
            ),
            8 => (vec![pair(self.key(), self.pick(WRONG_TYPES))], None),
            9 => {
                let mut pairs: Vec<_> = (0..3 + self.int(4)).map(|_| self.valid_pair()).collect();
                let spoiled = self.int(pairs.len());
                let bad = [WRONG_TYPES, NUMBERS, &["", &long[..500]]].concat();
                pairs[spoiled].1 = self.pick(&bad).to_string();
                (pairs, None)
            }
            10 => (
                vec![
                    pair(self.pick(BUILT_IN), self.pick(&["1", "", "x"])),
                    self.valid_pair(),
                ],
                Some(true),
            ),
            _ => {
                let keys = [
                    BUILT_IN,
                    &VALID.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
                    &["zz"],
                ]
                .concat();
                let values = [NUMBERS, WRONG_TYPES].concat();
                let pairs =
                    (0..30 + self.int(50)).map(|_| pair(self.pick(&keys), self.pick(&values)));
                (pairs.collect(), Some(true))
            }
        }
    }
}

/// `text` percent-encoded as `encodeURIComponent` writes it.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'_'
            | b'.'
            | b'!'
            | b'~'
            | b'*'
            | b'\''
            | b'('
            | b')' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// What is wrong with the core's reading of one link (empty: all is well).
fn check(query: &str, expect_wrong: Option<bool>) -> Vec<String> {
    let mut problems = Vec::new();
    let read = Settings::parse(query);
    let said: Vec<String> = read.ignored.iter().map(Ignored::to_string).collect();
    if expect_wrong == Some(true) && said.is_empty() {
        problems.push("nothing says what was ignored".to_string());
    }
    if expect_wrong == Some(false) && !said.is_empty() {
        problems.push(format!("a valid link ignored: {said:?}"));
    }
    if let Some(long) = said.iter().find(|s| s.chars().count() > 400) {
        problems.push(format!("a message of {} characters", long.chars().count()));
    }
    // What was read is a link the page writes: it reads back without complaint and is written
    // the same again (`rates=0,0.2` is the short form of every hidden layer at 0.2, so the
    // written link, not the struct, is the fixed point).
    let written = read.settings.to_query();
    let again = Settings::parse(&written);
    if !again.ignored.is_empty() || again.settings.to_query() != written {
        problems.push(format!(
            "written as {written:.200}, read back differently: {:?}",
            again.ignored
        ));
    }
    // An empty change is no change: the settings are within every bound.
    if let Err(e) = read.settings.merged("") {
        problems.push(format!("the settings read break a bound: {e}"));
    }
    problems
}

#[test]
fn generated_links_never_panic_read_back_equal_and_say_what_was_ignored() {
    let mut generator = Gen {
        rng: LabRng::seed_from_u64(20_261_206),
    };
    let mut failures = Vec::new();
    for i in 0..LINKS {
        let (pairs, expect_wrong) = generator.link(i % 12);
        let query: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
            .collect();
        let query = query.join("&");
        let problems = std::panic::catch_unwind(|| check(&query, expect_wrong))
            .unwrap_or_else(|_| vec!["the core panicked".to_string()]);
        if !problems.is_empty() {
            failures.push(format!("link {i} ?{query:.200}: {}", problems.join("; ")));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {LINKS} links failed:\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}

/// The same link reads the same way twice (no state carried between readings), and a link
/// mangled by truncation at every character still reads without a panic.
#[test]
fn every_truncation_of_a_full_link_reads() {
    let full = "preset=digits&seed=4294967295&lr=0.003&rates=0.1:0.2:0.3~dropconnect,0.5,0:0.5~gaussian&focus=2&hidden=16,8&mode=eval&lang=ar&hide=seed,lr";
    for end in 0..=full.len() {
        let query = &full[..end];
        assert_eq!(Settings::parse(query), Settings::parse(query), "{query}");
        let problems = check(query, None);
        assert!(problems.is_empty(), "?{query}: {problems:?}");
    }
}
