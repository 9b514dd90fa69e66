//! Everything a link carries, typed: the preset and seed, the network, every run's rates and
//! variant, the view and the lesson, and the class's data and network knobs. One table of
//! properties ([`props::PROPS`], as TensorFlow Playground's `State.PROPS`) says how each key is
//! read, checked against its bound and written back, so a setting cannot be read without being
//! written, and a bound is checked in one place. The page, the setup file, a lesson step and
//! the Data & network panel all go through [`Settings::parse`] and [`Settings::merged`].
//!
//! ```
//! use dropout_lab::core::settings::Settings;
//!
//! let read = Settings::parse("preset=digits&seed=7&rates=0,0.5~dropconnect&colour=red");
//! assert_eq!(read.settings.seed, 7);
//! assert_eq!(read.ignored[0].to_string(), "'colour' is not a setting");
//! assert_eq!(Settings::parse(&read.settings.to_query()).settings, read.settings);
//! let refused = read.settings.merged("seed=-1").unwrap_err().to_string();
//! assert!(refused.contains("between 0 and 4294967295"), "{refused}");
//! ```

use std::fmt;

use crate::core::error::{Detail, Error, Result};
use crate::core::preset;
use crate::core::setup::Setup;
use crate::detail;

pub mod file;
pub mod json;
pub mod props;
pub mod query;

pub use props::{HIDEABLE, PROPS, Prop};

/// Highest lesson step a link may name (the lesson clamps it to the steps it has).
pub const MAX_LESSON_STEP: u32 = 99;

/// One run of the race: its drop rates (input layer first; `[input, p]` is every hidden layer
/// at p) and its variant in [`crate::core::variant`]'s text form (`""` is inverted dropout).
#[derive(Debug, Clone, PartialEq)]
pub struct RunSpec {
    pub rates: Vec<f32>,
    pub variant: String,
}

/// The settings a link describes. `None` (or `false`) is the preset's or the page's default.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    pub preset: String,
    /// Seeds the data, the initial weights, the minibatch order and the masks.
    pub seed: u32,
    pub hidden: Option<Vec<usize>>,
    pub runs: Option<Vec<RunSpec>>,
    pub focus: Option<usize>,
    pub learning_rate: Option<f32>,
    /// The view shows evaluation-mode losses and no masks.
    pub eval_view: bool,
    /// Position on the speed slider, `0..SPEEDS`.
    pub speed: Option<u8>,
    pub log_scale: bool,
    /// Rates are written as keep probabilities 1 − p (they stay drop rates in the link).
    pub retain_notation: bool,
    pub present: bool,
    /// Calm (#20): the diagram's masks change at most twice a second, nothing slides.
    pub calm: bool,
    /// The page's high-contrast theme (#20), charts included.
    pub contrast: bool,
    pub lesson: Option<u32>,
    /// The Code panel open on this language (`code=pytorch|keras`, #21).
    pub code: Option<&'static str>,
    /// Controls a classroom link hides, by name (see [`HIDEABLE`]).
    pub hide: Vec<&'static str>,
    /// Origins allowed to drive the lab from outside its iframe (`embed=`, [`crate::core::embed`]).
    pub embed: Vec<String>,
    /// The language the page speaks (a tag of [`crate::core::l10n::LANGUAGES`]); `None` is the
    /// browser's languages, then English.
    pub lang: Option<&'static str>,
    /// The Data & network panel's knobs.
    pub setup: Setup,
}

impl Default for Settings {
    /// The default preset on the seed it opens with (its pictures match its note).
    fn default() -> Self {
        Settings {
            preset: preset::DEFAULT.to_string(),
            seed: preset::DEFAULT_SEED as u32,
            hidden: None,
            runs: None,
            focus: None,
            learning_rate: None,
            eval_view: false,
            speed: None,
            log_scale: false,
            retain_notation: false,
            present: false,
            calm: false,
            contrast: false,
            lesson: None,
            code: None,
            hide: Vec::new(),
            embed: Vec::new(),
            lang: None,
            setup: Setup::default(),
        }
    }
}

/// A key of a link that was not used, and why, in the words the page's banner shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Ignored {
    /// No property has this key.
    Unknown { key: String },
    /// The value is outside the property's bound (`why` names it); the default stays.
    Refused {
        key: String,
        raw: String,
        why: Detail,
    },
    /// Part of the value was used (`hide=seed,sliders` hides the seed); `why` says what was not.
    Partly { key: String, why: Detail },
}

impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.said())
    }
}

impl Ignored {
    /// What was ignored, as a catalog message formatted when shown.
    pub fn said(&self) -> Detail {
        use query::echo;
        match self {
            Ignored::Unknown { key } => detail!("settings-not-a-setting", key = echo(key)),
            Ignored::Refused { key, raw, why } => detail!(
                "settings-ignored",
                key = echo(key),
                raw = echo(raw),
                why = why.clone()
            ),
            Ignored::Partly { key, why } => {
                detail!("settings-partly", key = echo(key), why = why.clone())
            }
        }
    }
}

/// What [`Settings::parse`] made of a link: the settings, and every key it could not use.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub settings: Settings,
    pub ignored: Vec<Ignored>,
}

/// A link being read: the settings so far, and the older keys folded in once all are read.
#[derive(Debug, Default)]
pub struct Draft {
    pub settings: Settings,
    /// `input=p` (older links): one input rate for every run.
    pub input: Option<f32>,
    /// `scaling=classic` (older links, and the writer when every run is classic).
    pub classic: bool,
}

impl Settings {
    /// Reads a query string (`?` optional, percent-encoded as browsers write it) over the
    /// defaults. Nothing is refused as a whole: each key is used or listed in `ignored`, so an
    /// old, mangled or hand-typed link still opens a lab.
    pub fn parse(query: &str) -> Parsed {
        Self::default().read(query::pairs(query))
    }

    /// Reads `pairs` over these settings (later pairs win over earlier ones).
    pub fn read(self, pairs: Vec<(String, String)>) -> Parsed {
        let mut draft = Draft {
            settings: self,
            ..Draft::default()
        };
        let mut ignored = Vec::new();
        for (key, raw) in pairs {
            let Some(prop) = props::named(&key) else {
                ignored.push(Ignored::Unknown { key });
                continue;
            };
            match (prop.read)(&mut draft, &raw) {
                Ok(None) => {}
                Ok(Some(why)) => ignored.push(Ignored::Partly { key, why }),
                Err(why) => ignored.push(Ignored::Refused { key, raw, why }),
            }
        }
        Parsed {
            settings: draft.finish(),
            ignored,
        }
    }

    /// Every property that has a value, as `(key, text)` in the table's order.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        PROPS
            .iter()
            .filter_map(|prop| (prop.write)(self).map(|text| (prop.key, text)))
            .collect()
    }

    /// The link's query string (no leading `?`); [`Settings::parse`] reads it back equal.
    pub fn to_query(&self) -> String {
        query::join(self.to_pairs())
    }

    /// These settings with `change` (a query string) applied, all or nothing: a value out of
    /// its bound is an error naming the key and the bound, and an empty value (`noise=`) puts
    /// that key back to its default.
    pub fn merged(&self, change: &str) -> Result<Settings> {
        let change = query::pairs(change);
        let kept = self
            .to_pairs()
            .into_iter()
            .filter(|(key, _)| !change.iter().any(|(k, _)| k == key))
            .map(|(key, text)| (key.to_string(), text));
        let given = change.iter().filter(|(_, raw)| !raw.is_empty()).cloned();
        let parsed = Settings::default().read(kept.chain(given).collect());
        match parsed.ignored.first() {
            None => Ok(parsed.settings),
            Some(first) => Err(Error::Config(refusal(first))),
        }
    }

    /// The keys whose written value differs between `self` and `other`, in the table's order:
    /// what an applied change did, for the notices the page shows.
    pub fn changed_keys(&self, other: &Settings) -> Vec<&'static str> {
        PROPS
            .iter()
            .filter(|prop| (prop.write)(self) != (prop.write)(other))
            .map(|prop| prop.key)
            .collect()
    }

    /// The Data & network knobs alone, as the Lab constructor reads them (`key=value&…`).
    pub fn setup_query(&self) -> String {
        let setup = self
            .to_pairs()
            .into_iter()
            .filter(|(key, _)| props::SETUP_KEYS.contains(key));
        query::join(setup)
    }
}

/// A refused change in a sentence: `seed=-1: expected a whole number from 0 to 4294967295`.
/// A reason that names its quantity and bound (`training points = 3 is out of range: …`) says
/// it alone, as the core's range checks do.
fn refusal(ignored: &Ignored) -> Detail {
    match ignored {
        Ignored::Refused { why, .. } if !why.id.starts_with("expected") => why.clone(),
        Ignored::Refused { key, raw, why } => detail!(
            "settings-refused",
            key = query::echo(key),
            raw = query::echo(raw),
            why = why.clone()
        ),
        other => other.said(),
    }
}

impl Draft {
    /// The settings with the older keys folded in: `input=p` becomes every run's input rate, and
    /// `scaling=classic` every run's `classic` token. With no `rates=` they apply to the
    /// preset's own runs, so the written link says it run by run.
    fn finish(mut self) -> Settings {
        let settings = &mut self.settings;
        let from_preset = settings.runs.is_none();
        if from_preset && (self.input.is_some() || self.classic) {
            settings.runs = preset_runs(&settings.preset);
        }
        for run in settings.runs.iter_mut().flatten() {
            match (self.input, run.rates.as_mut_slice()) {
                // A lone p: every hidden layer at p, with the input rate older links gave.
                (input, &mut [p]) => run.rates = vec![input.unwrap_or(0.0), p],
                (Some(input), [first, ..]) if from_preset => *first = input,
                _ => {}
            }
            if self.classic && !props::tokens(&run.variant).any(|t| t == props::CLASSIC) {
                run.variant = props::with_token(&run.variant, props::CLASSIC);
            }
        }
        self.settings
    }
}

/// The preset's runs, each with its rate vector and variant.
fn preset_runs(name: &str) -> Option<Vec<RunSpec>> {
    let preset = preset::by_name(name).ok()?;
    let variants = preset::variants_of(name);
    let runs = preset.rates.iter().enumerate().map(|(i, rates)| RunSpec {
        rates: rates.clone(),
        variant: variants.get(i).unwrap_or(&"").to_string(),
    });
    Some(runs.collect())
}
