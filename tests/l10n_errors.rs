//! The core's refusals in the class's language (#19): every detail inside an error sentence is
//! a catalog message, so in the pseudo-locale nothing but the link words a user types stays
//! plain ASCII, and in German and Arabic the whole sentence differs from the English one. The
//! cases cover a link with each bad key, a setup file, a Data & network change through the
//! settings' one way in (`Settings::merged`), drawn points, a CSV file, and the experiment's and
//! the engine image's own checks.

use dropout_lab::core::data::csv;
use dropout_lab::core::data::digits::{self, DigitsSpec};
use dropout_lab::core::data::points;
use dropout_lab::core::data::regression::RegressionKind;
use dropout_lab::core::data::toy2d::Toy2dKind;
use dropout_lab::core::inside::look::View;
use dropout_lab::core::l10n::{self, LANGUAGES};
use dropout_lab::core::settings::{HIDEABLE, PROPS, Settings, file};
use dropout_lab::core::setup::{ACTIVATIONS, DATASETS, OPTIMIZERS, Setup};
use dropout_lab::core::{preset, variant};

/// One refusal: what the user did (its words may come back verbatim) and the sentence shown.
struct Case {
    did: String,
    said: Box<dyn Fn() -> String>,
}

fn case(did: &str, said: impl Fn() -> String + 'static) -> Case {
    Case {
        did: did.to_string(),
        said: Box::new(said),
    }
}

/// What reading `link` ignored, every sentence of it.
fn ignored(link: &str) -> String {
    let said: Vec<String> = Settings::parse(link)
        .ignored
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(!said.is_empty(), "{link} was read whole");
    said.join(" | ")
}

fn refused<T>(what: &str, result: dropout_lab::core::error::Result<T>) -> String {
    match result {
        Ok(_) => panic!("{what} was accepted"),
        Err(err) => err.to_string(),
    }
}

/// Links with each key refused or partly used.
const LINKS: &[&str] = &[
    "rates=1.5",
    "rates=0.5:2",
    "rates=0.1,0.2,0.3,0.4,0.5",
    "rates=0.5~wobble",
    "rates=0.5~gaussian~dropconnect",
    "rates=0.5~maxnorm_x",
    "rates=0.5~maxnorm_500",
    "rates=0.5~l2_2",
    "hidden=0",
    "hidden=1000000",
    "hidden=64,1000000",
    "hidden=8,8,8,8,8,8,8",
    "hidden=a,b",
    "batch=0",
    "batch=ten",
    "preset=nope",
    "data=nope",
    "act=gelu",
    "opt=rmsprop",
    "lang=xx",
    "seed=-1",
    "seed=abc",
    "lr=10.5",
    "focus=9",
    "speed=7",
    "train=3",
    "val=99999",
    "noise=2",
    "flip=0.9",
    "l2=1",
    "lesson=100",
    "log=yes",
    "mode=test",
    "scaling=odd",
    "notation=keep",
    "code=julia",
    "input=1",
    "hide=seed,sliders",
    "points=A",
    "embed=ftp://school",
    "embed=https://a.example,https://b.example,https://c.example,https://d.example,https://e.example,https://f.example,https://g.example,https://h.example,https://i.example",
    "colour=red",
];

/// Every refusal of the table: links, changes and files, data, and the lab's own checks.
fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = LINKS.iter().map(|l| case(l, || ignored(l))).collect();
    cases.extend(change_and_file_cases());
    cases.extend(data_cases());
    cases.push(case("", lab_refusals));
    cases
}

/// A Data & network change, all or nothing, the setup knobs' own checks, and setup files.
fn change_and_file_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    for change in [
        "train=3",
        "seed=abc",
        "colour=1",
        "hide=sliders",
        "rates=0.5~wobble",
    ] {
        cases.push(case(change, move || {
            refused(change, Settings::default().merged(change))
        }));
    }
    let own = *DATASETS.iter().find(|d| d.starts_with("own")).unwrap();
    let only_points = format!("data={own}");
    cases.push(case(&only_points.clone(), move || {
        let moons = preset::by_name("moons").unwrap();
        refused(
            "own points",
            Setup::parse(&only_points).unwrap().apply(&moons),
        )
    }));
    cases.push(case("seed=4", || refused("seed", Setup::parse("seed=4"))));
    // Setup files.
    let files = [
        "{",
        r#"{"a": 1}"#,
        r#"{"format": "dropout-lab-setup", "version": 9, "settings": {}}"#,
        r#"{"format": "dropout-lab-setup", "version": 1, "settings": {"seed": "x", "log": true, "hidden": "0"}}"#,
    ];
    for text in files {
        cases.push(case(text, move || refused(text, file::read(text))));
    }
    cases
}

/// Drawn points, CSV files, and names in the core's own vocabularies.
fn data_cases() -> Vec<Case> {
    let mut cases = Vec::new();
    cases.push(case("AAA", || refused("AAA", points::decode("AAA"))));
    cases.push(case("AA!A", || refused("AA!A", points::decode("AA!A"))));
    cases.push(case("", || points::too_many(900).to_string()));
    let csvs = [
        "1,2,3,4\n",
        "0,0,1\n1,1\n",
        "0,0,7\n",
        "0,0,one\n",
        "0,0,1\n1,1,0\n",
    ];
    for text in csvs {
        cases.push(case(text, move || refused(text, csv::parse(text))));
    }
    let huge = "0,0,1\n".repeat(200_000);
    cases.push(case("", move || refused("a huge CSV", csv::parse(&huge))));
    cases.push(case("nope", || {
        refused("nope", "nope".parse::<Toy2dKind>())
    }));
    cases.push(case("nope", || {
        refused("nope", "nope".parse::<RegressionKind>())
    }));
    cases.push(case("nope", || refused("nope", View::parse("nope"))));
    cases.push(case("nope", || refused("nope", preset::by_name("nope"))));
    cases.push(case("", || {
        let spec = DigitsSpec {
            n_train: 1200,
            n_val: 1200,
            seed: 1,
        };
        refused("too many digits", digits::validate(&spec))
    }));
    cases
}

/// The experiment's own checks, and the engine's image, one sentence each.
fn lab_refusals() -> String {
    let mut lab = preset::by_name("moons").unwrap().experiment().unwrap();
    let mut said = vec![refused("p = 1", lab.set_rate(0, 0, 1.0))];
    said.push(refused("p = 1 hidden", lab.set_rate(0, 1, 1.5)));
    said.push(refused("no layer 9", lab.set_rate(0, 9, 0.5)));
    said.push(refused("no run 9", lab.set_rate(9, 1, 0.5)));
    said.push(refused("batch 0", lab.set_batch_size(0)));
    said.push(refused("rates", lab.add_run(&[0.5])));
    said.push(refused("ended", lab.apply_image(&[1])));
    said.push(refused("version", lab.apply_image(&[99, 0, 0, 0])));
    while lab.runs().len() < 4 {
        lab.add_run(&[0.0, 0.5, 0.5]).unwrap();
    }
    said.push(refused("a fifth run", lab.add_run(&[0.0, 0.5, 0.5])));
    while lab.runs().len() > 1 {
        lab.remove_run(0).unwrap();
    }
    said.push(refused("the last run", lab.remove_run(0)));
    said.join(" | ")
}

/// The words a user types that a refusal may give back as they are: the link's keys and every
/// list of link words, the language tags, the setup file's format name.
fn link_words() -> Vec<String> {
    let unknown = variant::parse("zzz").unwrap_err();
    let variants = match unknown {
        dropout_lab::core::error::Error::Unknown { known, .. } => known,
        other => panic!("{other:?}"),
    };
    let mut words: Vec<String> = PROPS.iter().map(|p| p.key.to_string()).collect();
    let lists: [&[&str]; 9] = [
        &preset::NAMES,
        &DATASETS,
        &ACTIVATIONS,
        &OPTIMIZERS,
        &HIDEABLE,
        &Toy2dKind::NAMES,
        &RegressionKind::NAMES,
        &View::ALL.map(View::name),
        &[
            "inverted", "classic", "train", "eval", "drop", "retain", "pytorch", "keras",
        ],
    ];
    words.extend(lists.iter().flat_map(|l| l.iter().map(|w| w.to_string())));
    words.extend(variants.split(", ").map(str::to_string));
    words.extend(LANGUAGES.iter().map(|l| l.tag.to_string()));
    words.extend(["dropout-lab-setup", "full", "https", "ftp"].map(String::from));
    words
}

/// A run of three or more plain ASCII letters that is no link word and not in what the user
/// typed: English the catalog did not translate.
fn english_in(text: &str, did: &str, words: &[String]) -> Option<String> {
    let mut rest = text.to_string();
    let mut typed: Vec<&str> = did
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != '-')
        .collect();
    typed.extend(words.iter().map(String::as_str));
    typed.sort_by_key(|w| std::cmp::Reverse(w.len()));
    for word in typed.iter().filter(|w| !w.is_empty()) {
        rest = rest.replace(word, " ");
    }
    // A long value is echoed cut (`http…`): any piece of what was typed is what was typed.
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .find(|run| run.len() >= 3 && !did.contains(run))
        .map(String::from)
}

fn said_in(tag: &str, case: &Case) -> String {
    l10n::set_language(tag);
    let said = (case.said)();
    l10n::set_language("en");
    said
}

/// In the pseudo-locale every word of every refusal went through the catalog: what is left in
/// plain ASCII letters is what the user typed or a list of the words the link takes.
#[test]
fn no_refusal_has_an_english_detail_in_the_pseudo_locale() {
    let words = link_words();
    let cases = cases();
    assert!(cases.len() >= 60, "{} cases", cases.len());
    for case in &cases {
        let said = said_in("en-XA", case);
        assert!(said.starts_with('['), "{}: {said}", case.did);
        if let Some(english) = english_in(&said, &case.did, &words) {
            panic!("{}: '{english}' is English in {said}", case.did);
        }
    }
}

/// German and Arabic say every refusal in their own words.
#[test]
fn every_refusal_differs_from_english_in_german_and_arabic() {
    for case in &cases() {
        let english = said_in("en", case);
        for tag in ["de", "ar"] {
            let said = said_in(tag, case);
            assert_ne!(said, english, "{tag}: {}", case.did);
        }
    }
}

/// The check above can fail: an English detail passed as a verbatim argument is found.
#[test]
fn an_english_detail_is_found() {
    let words = link_words();
    l10n::set_language("en-XA");
    let honest = dropout_lab::detail!("quantity-hidden-units", layer = 2).to_string();
    let english = dropout_lab::detail!("config-not-a-number", what = "weight decay", raw = "x");
    let english = english.to_string();
    l10n::set_language("en");
    assert_eq!(english_in(&honest, "", &words), None, "{honest}");
    assert_eq!(
        english_in(&english, "x", &words).as_deref(),
        Some("weight"),
        "{english}"
    );
}

/// A refusal made while the page spoke English reads German once the page speaks German:
/// details are formatted when shown, numbers the language's way.
#[test]
fn a_refusal_is_formatted_in_the_language_spoken_when_shown() {
    l10n::set_language("en");
    let err = Settings::default().merged("noise=1.5").unwrap_err();
    let parsed = Settings::parse("flip=0.75");
    assert_eq!(
        err.to_string(),
        "invalid configuration: noise = 1.5 is out of range: it must be between 0 and 1"
    );
    l10n::set_language("de");
    let german = err.to_string();
    let flip = parsed.ignored[0].to_string();
    l10n::set_language("en");
    assert!(
        german.contains("Rauschen = 1.5 liegt außerhalb"),
        "{german}"
    );
    assert!(flip.contains("0 und 0,5"), "{flip}");
}

/// The English sentences stay as they were (the page tests and the README quote them).
#[test]
fn the_english_refusals_read_as_before() {
    l10n::set_language("en");
    let lab = preset::by_name("moons").unwrap();
    let mut exp = lab.experiment().unwrap();
    assert_eq!(
        refused("p = 1", exp.set_rate(0, 0, 1.0)),
        "dropout rate 1 for input layer is invalid: it must satisfy 0 ≤ p < 1 (p is the probability of dropping a unit)"
    );
    assert_eq!(
        ignored("rates=0.5~wobble"),
        format!(
            "rates=0.5~wobble ignored (unknown run variant 'wobble'; known: {})",
            match variant::parse("zzz").unwrap_err() {
                dropout_lab::core::error::Error::Unknown { known, .. } => known,
                _ => unreachable!(),
            }
        )
    );
    assert_eq!(
        ignored("batch=ten"),
        "batch=ten ignored (expected 'full' or a whole number from 1 to 512)"
    );
    assert_eq!(
        refused("csv", csv::parse("0,0,1\n1,1\n")),
        "invalid configuration: line 2 '1,1': expected 3 values like the first row"
    );
    assert_eq!(
        refused("setup", file::read(r#"{"a": 1}"#)),
        "invalid configuration: it is JSON but not a Dropout Lab setup (no \"format\": \"dropout-lab-setup\" with its \"settings\")."
    );
}
