//! Every sentence the narrator and Describe say, one function per message with typed
//! arguments, each a message of the catalogs (`narration-*` in `src/l10n/*.ftl`, #19). Losses
//! are written with two decimals in the language's form, as the runs list writes them; run
//! names are the core's labels ("p = 0.50").

use crate::core::l10n::{decimal, fixed};
use crate::t;

/// A loss as the sentences write it: two decimals, the language's separator.
fn loss(x: f32) -> fluent_bundle::FluentValue<'static> {
    decimal(f64::from(x), 2)
}

/// A run's name and where its validation loss stands.
#[derive(Debug, Clone, PartialEq)]
pub struct RunNews {
    pub label: String,
    pub val: f32,
    pub train: f32,
    /// The epoch of its lowest validation loss, when its loss has turned upward since.
    pub rising_since: Option<usize>,
}

/// Play was pressed.
pub fn played(epoch: usize) -> String {
    t!("narration-played", epoch = epoch)
}

/// Pause was pressed.
pub fn paused(epoch: usize) -> String {
    t!("narration-paused", epoch = epoch)
}

/// Reset was pressed.
pub fn reset() -> String {
    t!("narration-reset")
}

/// "Epoch 120 of 300." ("Epoch 330." once past the story's end or with no story).
pub fn epoch_of(epoch: usize, story: Option<usize>) -> String {
    match story {
        Some(s) if epoch <= s => t!("narration-epoch-of", epoch = epoch, story = s),
        _ => t!("narration-epoch", epoch = epoch),
    }
}

/// "Lowest validation loss: p = 0.50, 0.52."
pub fn lowest(label: &str, val: f32) -> String {
    t!("narration-lowest", run = label, val = loss(val))
}

/// "p = 0.00: validation 0.81 and rising since epoch 14, training 0.19."
pub fn rising(run: &RunNews, since: usize) -> String {
    t!(
        "narration-rising",
        run = run.label.as_str(),
        val = loss(run.val),
        since = since,
        train = loss(run.train)
    )
}

/// Another tenth of the story: the epoch, the run lowest in validation loss, and each run
/// whose validation loss has turned upward.
pub fn progress(epoch: usize, story: Option<usize>, runs: &[RunNews]) -> String {
    let mut parts = vec![epoch_of(epoch, story)];
    if let Some(best) = lowest_of(runs) {
        parts.push(lowest(&best.label, best.val));
    }
    for run in runs {
        if let Some(since) = run.rising_since {
            parts.push(rising(run, since));
        }
    }
    parts.join(" ")
}

/// The run with the lowest validation loss (the first of equals), ignoring runs with none.
pub fn lowest_of(runs: &[RunNews]) -> Option<&RunNews> {
    runs.iter()
        .filter(|r| r.val.is_finite())
        .fold(None, |best: Option<&RunNews>, r| match best {
            Some(b) if b.val <= r.val => Some(b),
            _ => Some(r),
        })
}

/// A run's validation loss has just turned upward.
pub fn turned_upward(label: &str, since: usize, best: f32, now: f32) -> String {
    t!(
        "narration-turned-upward",
        run = label,
        best = loss(best),
        since = since,
        now = loss(now)
    )
}

/// The story's last epoch: which run ended with the lowest validation loss, then each run
/// whose validation loss has turned upward (the overfitting a student came to hear).
pub fn story_end(epoch: usize, best: &RunNews, runs: &[RunNews]) -> String {
    let mut parts = vec![t!(
        "narration-story-end",
        epoch = epoch,
        run = best.label.as_str(),
        val = loss(best.val)
    )];
    for run in runs {
        if let Some(since) = run.rising_since {
            parts.push(rising(run, since));
        }
    }
    parts.push(t!("narration-story-pauses"));
    parts.join(" ")
}

/// The focused run's hidden rate was set: the core's read-out says what it does.
pub fn rate_set(label: &str, readout: &str) -> String {
    t!("narration-rate-set", run = label, readout = readout)
}

/// The input rate was set.
pub fn input_rate_set(readout: &str) -> String {
    t!("narration-input-rate-set", readout = readout)
}

/// Describe: one run in the race.
pub fn race_run(run: &RunNews, accuracy: Option<f32>, focused: bool) -> String {
    let accuracy = accuracy
        .map(|a| {
            let percent = decimal(100.0 * f64::from(a), 0);
            t!("narration-race-accuracy", accuracy = percent)
        })
        .unwrap_or_default();
    let rising = run
        .rising_since
        .map(|since| t!("narration-race-rising", since = since))
        .unwrap_or_default();
    let (name, train, val) = (run.label.as_str(), loss(run.train), loss(run.val));
    if focused {
        t!(
            "narration-race-run-focused",
            run = name,
            train = train,
            val = val,
            rising = rising,
            accuracy = accuracy
        )
    } else {
        t!(
            "narration-race-run",
            run = name,
            train = train,
            val = val,
            rising = rising,
            accuracy = accuracy
        )
    }
}

/// Describe: the race before any epoch has finished.
pub fn race_not_started(runs: usize) -> String {
    t!("narration-race-not-started", runs = runs)
}

/// Describe: the heading of the race.
pub fn race_heading(epoch: usize, story: Option<usize>, runs: usize) -> String {
    t!(
        "narration-race-heading",
        epoch = epoch_of(epoch, story),
        runs = runs
    )
}

/// The name of dropout layer `layer` (0 = the input layer).
pub fn layer_name(layer: usize) -> String {
    if layer == 0 {
        t!("narration-layer-input")
    } else {
        t!("narration-layer-hidden", layer = layer)
    }
}

/// Describe, the diagram in train mode: "hidden 1: 65 of 128 units kept this step, kept units ×2".
pub fn layer_kept(layer: usize, kept: usize, units: usize, scale: f32) -> String {
    let kind = if layer == 0 { "input" } else { "hidden" };
    let name = layer_name(layer);
    if scale != 1.0 {
        t!(
            "narration-layer-kept-scaled",
            layer = name,
            kept = kept,
            units = units,
            kind = kind,
            scale = trim(scale)
        )
    } else {
        t!(
            "narration-layer-kept",
            layer = name,
            kept = kept,
            units = units,
            kind = kind
        )
    }
}

/// Describe, the diagram: heading naming the focused run and the example shown.
pub fn diagram_heading(label: &str, example: usize, train_view: bool) -> String {
    if train_view {
        t!(
            "narration-diagram-train",
            run = label,
            example = example + 1
        )
    } else {
        t!("narration-diagram-eval", run = label)
    }
}

/// Describe, the diagram before the first step.
pub fn diagram_not_started(label: &str) -> String {
    t!("narration-diagram-not-started", run = label)
}

/// Describe, one decision map: accuracy, and where the validation errors are.
pub fn map(
    label: &str,
    accuracy: f32,
    errors: usize,
    points: usize,
    region: Option<&'static str>,
) -> String {
    let accuracy = decimal(100.0 * f64::from(accuracy), 0);
    match region {
        Some(region) if errors > 0 => t!(
            "narration-map-where",
            run = label,
            accuracy = accuracy,
            errors = errors,
            points = points,
            region = region
        ),
        _ => t!(
            "narration-map",
            run = label,
            accuracy = accuracy,
            errors = errors,
            points = points
        ),
    }
}

/// Describe, one fitted curve (regression).
pub fn curve(label: &str, val: f32) -> String {
    t!("narration-curve", run = label, val = loss(val))
}

/// Where on the map a share of the errors lies: the catalog's selector of `narration-map-where`.
pub fn region(upper: bool, left: bool) -> &'static str {
    match (upper, left) {
        (true, true) => "upper-left",
        (true, false) => "upper-right",
        (false, true) => "lower-left",
        (false, false) => "lower-right",
    }
}

/// The table beside the loss chart: its caption and column heads.
pub fn loss_table_caption(label: &str) -> String {
    t!("narration-loss-table-caption", run = label)
}
pub fn loss_table_heads() -> [String; 4] {
    [
        t!("narration-head-epoch"),
        t!("narration-head-training-loss"),
        t!("narration-head-validation-loss"),
        t!("narration-head-validation-accuracy"),
    ]
}

/// Describe, a note the core wrote for a view or panel, after its name.
pub fn named_note(name: &str, note: &str) -> String {
    t!("narration-named-note", name = name, note = note)
}

/// Describe, the lesson's revealed answer.
pub fn lesson_answer(title: &str, answer: &str) -> String {
    t!("narration-lesson-answer", title = title, answer = answer)
}

/// Said in Help and by Describe: how *Listen* maps loss to pitch.
pub fn sound_mapping(low_hz: f64, high_hz: f64, low_loss: f64, high_loss: f64) -> String {
    t!(
        "narration-sound-mapping",
        high_loss = high_loss,
        high_hz = decimal(high_hz, 0),
        low_loss = low_loss,
        low_hz = decimal(low_hz, 0)
    )
}

/// 2 for 2.0, 1.43 for 1.4285 (1,43 in German): the scale as a teacher says it.
fn trim(x: f32) -> String {
    let s = fixed(x, 2);
    if s.contains(['.', ',']) {
        s.trim_end_matches('0')
            .trim_end_matches(['.', ','])
            .to_string()
    } else {
        s
    }
}

/// What a swept value is called: "p" or "training points".
pub fn swept_name(rate: bool) -> String {
    if rate {
        t!("narration-swept-p")
    } else {
        t!("narration-swept-points")
    }
}

/// Describe, the sweep before any point has a value.
pub fn sweep_empty() -> String {
    t!("narration-sweep-empty")
}

/// The shape of a sweep's curve of final validation loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SweepShape {
    /// Higher at both ends than at its lowest point, which lies well inside.
    U,
    /// Lowest at the first point.
    LowestFirst,
    /// Lowest at the last point.
    LowestLast,
    /// Lowest at some other point (near an end, or the ends not higher).
    Other,
}

/// Describe, the sweep: where it is lowest and the shape of its curve.
pub fn sweep(
    rate: bool,
    best: (f32, f32),
    first: (f32, f32),
    last: (f32, f32),
    shape: SweepShape,
) -> String {
    let x = |v: f32| decimal(f64::from(v), if rate { 2 } else { 0 });
    let shape = match shape {
        SweepShape::U => "u",
        SweepShape::LowestFirst => "first",
        SweepShape::LowestLast => "last",
        SweepShape::Other => "other",
    };
    t!(
        "narration-sweep",
        name = swept_name(rate),
        best_x = x(best.0),
        best = loss(best.1),
        first = loss(first.1),
        first_x = x(first.0),
        last = loss(last.1),
        last_x = x(last.0),
        shape = shape
    )
}

/// The sweep table's caption and column heads.
/// (A data-size sweep has a table per curve, named by its run.)
pub fn sweep_table_caption(rate: bool, curve: Option<&str>) -> String {
    let name = swept_name(rate);
    match curve {
        Some(curve) => t!(
            "narration-sweep-table-caption-of",
            curve = curve,
            name = name
        ),
        None => t!("narration-sweep-table-caption", name = name),
    }
}
pub fn sweep_table_heads(rate: bool) -> [String; 5] {
    [
        swept_name(rate),
        t!("narration-head-validation-mean"),
        t!("narration-head-validation-min"),
        t!("narration-head-validation-max"),
        t!("narration-head-training-mean"),
    ]
}
