//! The table of properties: for each key of a link, how its text is read into [`Settings`]
//! (checked against its bound, a refusal naming it) and how it is written back. Reading and
//! writing loop over this one table; a key with no writer (`input`) is read from older links
//! only.

use crate::core::data::points;
use crate::core::data::{MAX_POINTS, MIN_POINTS};
use crate::core::error::Detail;
use crate::core::experiment::Experiment;
use crate::core::l10n;
use crate::core::optimizer::Optimizer;
use crate::core::preset;
use crate::core::setup::{self, DATASETS, Source};
use crate::detail;

mod check;
mod embed;
mod knobs;
mod runs;

pub use runs::{CLASSIC, tokens, with_token};

use check::{check, flag, number, one_of};
use embed::{read_embed, write_embed};
use knobs::{read_act, read_batch, read_opt, read_points, write_act, write_batch, write_opt};
use runs::{all_classic, is_rate, read_hidden, read_runs, write_runs};

use super::query::echo;
use super::{Draft, MAX_LESSON_STEP, Settings};
use crate::core::limits::{MAX_SEED, SPEEDS};

/// What reading a value did: `Ok(None)` used it, `Ok(Some(why))` used part of it, `Err(why)`
/// ignored it (`why` says what was expected, naming the bound; a catalog message, #19).
pub type Read = std::result::Result<Option<Detail>, Detail>;

/// One key of the link.
pub struct Prop {
    pub key: &'static str,
    pub read: fn(&mut Draft, &str) -> Read,
    /// The text the link holds for this key, or `None` when it is the default.
    pub write: fn(&Settings) -> Option<String>,
}

/// The keys of the Data & network panel, in its order; each is also a property of the link.
pub const SETUP_KEYS: [&str; 10] = [
    "data", "train", "val", "noise", "flip", "act", "opt", "batch", "l2", "points",
];

/// Controls a classroom link can hide (`hide=seed,lr`); the page maps each to its element.
pub const HIDEABLE: [&str; 21] = [
    "preset", "seed", "lr", "play", "step", "reset", "speed", "copy", "mode", "example", "rate",
    "input", "scaling", "hidden", "add", "remove", "log", "note", "setup", "lesson", "code",
];

fn on(value: bool) -> Option<String> {
    value.then(|| "1".into())
}

/// The names understood are kept even when others are not: a typo hides one control less.
fn read_hide(draft: &mut Draft, raw: &str) -> Read {
    let names = raw.split(',').map(str::trim).filter(|n| !n.is_empty());
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for name in names {
        match HIDEABLE.iter().find(|h| **h == name) {
            Some(h) if !known.contains(h) => known.push(*h),
            Some(_) => {}
            None => unknown.push(format!("'{}'", echo(name))),
        }
    }
    draft.settings.hide = known;
    Ok((!unknown.is_empty()).then(|| {
        detail!(
            "expected-hideable",
            names = unknown.join(", "),
            hideable = HIDEABLE.join(", ")
        )
    }))
}

/// A value from a list of words: `set` stores the one read.
macro_rules! word {
    ($words:expr, |$d:ident, $w:ident| $set:expr) => {
        |$d: &mut Draft, raw: &str| {
            let words: &[&str] = &$words;
            let [first, second] = words else {
                unreachable!("a switch between two words")
            };
            let $w = *words
                .iter()
                .find(|w| **w == raw)
                .ok_or_else(|| detail!("expected-either", first = *first, second = *second))?;
            $set;
            Ok(None)
        }
    };
}

/// A number within a bound; `set` stores it.
macro_rules! bounded {
    ($what:expr, $bound:expr, $whole:expr, |$d:ident, $v:ident| $set:expr) => {
        |$d: &mut Draft, raw: &str| {
            let $v = check(raw, $what, $bound, $whole)?;
            $set;
            Ok(None)
        }
    };
}

/// A view switch of the settings, written `key=1` when on and left out when off.
macro_rules! switch {
    ($key:expr, $field:ident) => {
        Prop {
            key: $key,
            read: |d, raw| flag(raw).map(|on| d.settings.$field = on).map(|_| None),
            write: |s| on(s.$field),
        }
    };
}

/// Every key of the link, in the order the link writes them.
pub static PROPS: [Prop; 30] = [
    Prop {
        key: "preset",
        read: |d, raw| {
            let name = preset::NAMES.iter().find(|n| **n == raw);
            d.settings.preset = name.ok_or_else(|| one_of(&preset::NAMES))?.to_string();
            Ok(None)
        },
        write: |s| Some(s.preset.clone()),
    },
    Prop {
        key: "seed",
        read: bounded!(detail!("quantity-seed"), (0, MAX_SEED), true, |d, v| d
            .settings
            .seed =
            v as u32),
        write: |s| Some(s.seed.to_string()),
    },
    Prop {
        key: "lr",
        read: bounded!(
            detail!("quantity-learning-rate"),
            (Optimizer::MIN_LEARNING_RATE, Optimizer::MAX_LEARNING_RATE),
            false,
            |d, v| d.settings.learning_rate = Some(v as f32)
        ),
        write: |s| s.learning_rate.map(|lr| lr.to_string()),
    },
    Prop {
        key: "rates",
        read: read_runs,
        write: write_runs,
    },
    // Older links gave one input rate to every run; still read, never written.
    Prop {
        key: "input",
        read: |d, raw| {
            let p = number(raw).map(|p| p as f32).filter(|p| is_rate(*p));
            d.input = Some(p.ok_or(detail!("expected-rate"))?);
            Ok(None)
        },
        write: |_| None,
    },
    Prop {
        key: "focus",
        read: bounded!(
            detail!("quantity-focused-run"),
            (0, Experiment::MAX_RUNS as u32 - 1),
            true,
            |d, v| d.settings.focus = Some(v as usize)
        ),
        write: |s| s.focus.map(|f| f.to_string()),
    },
    Prop {
        key: "hidden",
        read: read_hidden,
        write: |s| {
            Some(
                s.hidden
                    .as_ref()?
                    .iter()
                    .map(usize::to_string)
                    .collect::<Vec<_>>()
                    .join(","),
            )
        },
    },
    Prop {
        key: "scaling",
        read: word!(["inverted", CLASSIC], |d, w| d.classic = w == CLASSIC),
        write: |s| all_classic(s).then(|| CLASSIC.into()),
    },
    Prop {
        key: "mode",
        read: word!(["train", "eval"], |d, w| d.settings.eval_view = w == "eval"),
        write: |s| s.eval_view.then(|| "eval".into()),
    },
    Prop {
        key: "speed",
        read: bounded!(
            detail!("quantity-speed"),
            (0, SPEEDS.len() as u32 - 1),
            true,
            |d, v| d.settings.speed = Some(v as u8)
        ),
        write: |s| s.speed.map(|v| v.to_string()),
    },
    switch!("log", log_scale),
    // #12.6: how p is written; rates= stays drop rates in either notation.
    Prop {
        key: "notation",
        read: word!(["drop", "retain"], |d, w| d.settings.retain_notation =
            w == "retain"),
        write: |s| s.retain_notation.then(|| "retain".into()),
    },
    switch!("present", present),
    switch!("calm", calm),
    switch!("contrast", contrast),
    // The page's language (#19): a tag the lab speaks, or the same language in another region.
    Prop {
        key: "lang",
        read: |d, raw| {
            let wanted = l10n::negotiate(&[raw]);
            let near = wanted.tag.eq_ignore_ascii_case(raw)
                || raw.split(['-', '_']).next() == wanted.tag.split('-').next();
            let tags: Vec<&str> = l10n::LANGUAGES.iter().map(|l| l.tag).collect();
            d.settings.lang = Some(near.then_some(wanted.tag).ok_or_else(|| one_of(&tags))?);
            Ok(None)
        },
        write: |s| s.lang.map(String::from),
    },
    // The Data & network panel (#10): each knob is written only once the class changed it, so
    // a preset's link stays as short as before.
    Prop {
        key: "data",
        read: |d, raw| {
            let names: Vec<&str> = DATASETS.to_vec();
            let source: Source = raw.parse().map_err(|_| one_of(&names))?;
            d.settings.setup.data = Some(source);
            Ok(None)
        },
        write: |s| s.setup.data.map(|d| d.name().to_string()),
    },
    Prop {
        key: "train",
        read: bounded!(
            detail!("quantity-training-points"),
            (MIN_POINTS as u32, MAX_POINTS as u32),
            true,
            |d, v| d.settings.setup.n_train = Some(v as usize)
        ),
        write: |s| s.setup.n_train.map(|n| n.to_string()),
    },
    Prop {
        key: "val",
        read: bounded!(
            detail!("quantity-validation-points"),
            (MIN_POINTS as u32, MAX_POINTS as u32),
            true,
            |d, v| d.settings.setup.n_val = Some(v as usize)
        ),
        write: |s| s.setup.n_val.map(|n| n.to_string()),
    },
    Prop {
        key: "noise",
        read: bounded!(
            detail!("quantity-noise"),
            (0.0, setup::MAX_NOISE),
            false,
            |d, v| d.settings.setup.noise = Some(v as f32)
        ),
        write: |s| s.setup.noise.map(|v| v.to_string()),
    },
    Prop {
        key: "flip",
        read: bounded!(
            detail!("quantity-label-noise"),
            (0.0, setup::MAX_LABEL_NOISE),
            false,
            |d, v| d.settings.setup.label_noise = Some(v as f32)
        ),
        write: |s| s.setup.label_noise.map(|v| v.to_string()),
    },
    Prop {
        key: "act",
        read: read_act,
        write: write_act,
    },
    Prop {
        key: "opt",
        read: read_opt,
        write: write_opt,
    },
    Prop {
        key: "batch",
        read: read_batch,
        write: write_batch,
    },
    Prop {
        key: "l2",
        read: bounded!(
            detail!("quantity-l2"),
            (0.0, setup::MAX_L2),
            false,
            |d, v| d.settings.setup.l2 = Some(v as f32)
        ),
        write: |s| s.setup.l2.map(|v| v.to_string()),
    },
    Prop {
        key: "points",
        read: read_points,
        write: |s| (!s.setup.points.is_empty()).then(|| points::encode(&s.setup.points)),
    },
    // The guided lesson's step (#13): written while the lesson is open; read at start-up, it
    // reopens that step.
    Prop {
        key: "lesson",
        read: bounded!(
            detail!("quantity-lesson-step"),
            (1, MAX_LESSON_STEP),
            true,
            |d, v| d.settings.lesson = Some(v as u32)
        ),
        write: |s| s.lesson.map(|n| n.to_string()),
    },
    // The Code panel (#21): open on this language's tab; a view key, nothing is rebuilt.
    Prop {
        key: "code",
        read: word!(["pytorch", "keras"], |d, w| d.settings.code = Some(w)),
        write: |s| s.code.map(str::to_string),
    },
    Prop {
        key: "hide",
        read: read_hide,
        write: |s| (!s.hide.is_empty()).then(|| s.hide.join(",")),
    },
    // #21: the pages trusted to drive the lab by postMessage (`core::embed`).
    Prop {
        key: "embed",
        read: read_embed,
        write: write_embed,
    },
];

/// The property called `key`, if any (a link is typed by people: `constructor` is just unknown).
pub fn named(key: &str) -> Option<&'static Prop> {
    PROPS.iter().find(|p| p.key == key)
}
