//! Every sentence the narrator and Describe say, one function per message with typed
//! arguments: the one place a language catalog replaces (#19). Losses are written with two
//! decimals, as the runs list writes them; run names are the core's labels ("p = 0.50").

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
    format!("Playing from epoch {epoch}.")
}

/// Pause was pressed.
pub fn paused(epoch: usize) -> String {
    format!("Paused at epoch {epoch}.")
}

/// Reset was pressed.
pub fn reset() -> String {
    "Reset: every run is back at epoch 0 with the same initial weights.".to_string()
}

/// "Epoch 120 of 300." ("Epoch 330." once past the story's end or with no story).
pub fn epoch_of(epoch: usize, story: Option<usize>) -> String {
    match story {
        Some(s) if epoch <= s => format!("Epoch {epoch} of {s}."),
        _ => format!("Epoch {epoch}."),
    }
}

/// "Lowest validation loss: p = 0.50, 0.52."
pub fn lowest(label: &str, val: f32) -> String {
    format!("Lowest validation loss: {label}, {val:.2}.")
}

/// "p = 0.00: validation 0.81 and rising since epoch 14, training 0.19."
pub fn rising(run: &RunNews, since: usize) -> String {
    format!(
        "{}: validation {:.2} and rising since epoch {since}, training {:.2}.",
        run.label, run.val, run.train
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
    format!(
        "{label}: validation loss turned upward. Lowest {best:.2} at epoch {since}, now {now:.2}: \
         the network has begun to memorise its training points."
    )
}

/// The story's last epoch: which run ended with the lowest validation loss, then each run
/// whose validation loss has turned upward (the overfitting a student came to hear).
pub fn story_end(epoch: usize, best: &RunNews, runs: &[RunNews]) -> String {
    let mut parts = vec![format!(
        "End of the story at epoch {epoch}. Lowest validation loss at the end: {}, {:.2}.",
        best.label, best.val
    )];
    for run in runs {
        if let Some(since) = run.rising_since {
            parts.push(rising(run, since));
        }
    }
    parts.push("Training pauses here; Play goes on.".to_string());
    parts.join(" ")
}

/// The focused run's hidden rate was set: the core's read-out says what it does.
pub fn rate_set(label: &str, readout: &str) -> String {
    format!("Focused run is now {label}: {readout}. The next training step uses it.")
}

/// The input rate was set.
pub fn input_rate_set(readout: &str) -> String {
    format!("Focused run's input dropout: {readout}. The next training step uses it.")
}

/// Describe: one run in the race.
pub fn race_run(run: &RunNews, accuracy: Option<f32>, focused: bool) -> String {
    let focus = if focused { " (focused)" } else { "" };
    let accuracy = accuracy
        .map(|a| format!(", validation accuracy {:.0} %", 100.0 * a))
        .unwrap_or_default();
    let trend = match run.rising_since {
        Some(since) => format!(", rising since epoch {since}"),
        None => String::new(),
    };
    format!(
        "{}{focus}: training loss {:.2}, validation loss {:.2}{trend}{accuracy}.",
        run.label, run.train, run.val
    )
}

/// Describe: the race before any epoch has finished.
pub fn race_not_started(runs: usize) -> String {
    format!("{runs} runs race; no epoch has finished yet.")
}

/// Describe: the heading of the race.
pub fn race_heading(epoch: usize, story: Option<usize>, runs: usize) -> String {
    format!("{} {runs} runs race.", epoch_of(epoch, story))
}

/// The name of dropout layer `layer` (0 = the input layer).
pub fn layer_name(layer: usize) -> String {
    if layer == 0 {
        "input".to_string()
    } else {
        format!("hidden {layer}")
    }
}

/// Describe, the diagram in train mode: "hidden 1: 65 of 128 units kept this step, kept units ×2".
pub fn layer_kept(layer: usize, kept: usize, units: usize, scale: f32) -> String {
    let what = if layer == 0 { "inputs" } else { "units" };
    let scaled = if scale != 1.0 {
        format!(", kept {what} ×{}", trim(scale))
    } else {
        String::new()
    };
    format!(
        "{}: {kept} of {units} {what} kept this step{scaled}.",
        layer_name(layer)
    )
}

/// Describe, the diagram: heading naming the focused run and the example shown.
pub fn diagram_heading(label: &str, example: usize, train_view: bool) -> String {
    if train_view {
        format!(
            "Network of {label}, example {} of the last minibatch.",
            example + 1
        )
    } else {
        format!("Network of {label} in eval mode: every unit on, nothing dropped.")
    }
}

/// Describe, the diagram before the first step.
pub fn diagram_not_started(label: &str) -> String {
    format!("Network of {label}: no training step yet, so no unit has been dropped.")
}

/// Describe, one decision map: accuracy, and where the validation errors are.
pub fn map(
    label: &str,
    accuracy: f32,
    errors: usize,
    points: usize,
    region: Option<&str>,
) -> String {
    let place = match region {
        Some(r) if errors > 0 => format!(", most of them {r}"),
        _ => String::new(),
    };
    format!(
        "Map of {label}: {:.0} % of validation points right, {errors} of {points} wrong{place}.",
        100.0 * accuracy
    )
}

/// Describe, one fitted curve (regression).
pub fn curve(label: &str, val: f32) -> String {
    format!("Fitted curve of {label}: validation loss {val:.2}.")
}

/// Where on the map a share of the errors lies.
pub fn region(upper: bool, left: bool) -> &'static str {
    match (upper, left) {
        (true, true) => "at the upper left",
        (true, false) => "at the upper right",
        (false, true) => "at the lower left",
        (false, false) => "at the lower right",
    }
}

/// The table beside the loss chart: its caption and column heads.
pub fn loss_table_caption(label: &str) -> String {
    format!("Loss of {label} per recorded epoch")
}
pub const LOSS_TABLE_HEADS: [&str; 4] = [
    "Epoch",
    "Training loss",
    "Validation loss",
    "Validation accuracy",
];

/// Describe, a note the core wrote for a view or panel, after its name.
pub fn named_note(name: &str, note: &str) -> String {
    format!("{name}: {note}")
}

/// Describe, the lesson's revealed answer.
pub fn lesson_answer(title: &str, answer: &str) -> String {
    format!("Lesson, {title}: {answer}")
}

/// Said in Help and by Describe: how *Listen* maps loss to pitch.
pub fn sound_mapping(low_hz: f64, high_hz: f64, low_loss: f64, high_loss: f64) -> String {
    format!(
        "Sound is off until you tick it beside the loss chart. Then Listen plays the focused \
         run's validation loss, then its training loss, one short note per recorded epoch: a \
         loss of {high_loss} or more is {high_hz:.0} Hz, {low_loss} or less {low_hz:.0} Hz, \
         and in between equal ratios of loss are equal steps of pitch (a logarithmic scale), \
         so higher loss is a higher note. A falling line that turns back up is a U-turn you \
         can hear. With sound on, a short rising chirp marks a run whose validation loss \
         turns upward."
    )
}

/// 2 for 2.0, 1.43 for 1.4285: the scale as a teacher says it.
fn trim(x: f32) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// What a swept value is called: "p" or "training points".
pub fn swept_name(rate: bool) -> &'static str {
    if rate { "p" } else { "training points" }
}

/// Describe, the sweep before any point has a value.
pub fn sweep_empty() -> String {
    "Sweep: no point trained yet; press Run sweep.".to_string()
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
    let name = swept_name(rate);
    let x = |v: f32| {
        if rate {
            format!("{v:.2}")
        } else {
            format!("{v:.0}")
        }
    };
    let shape = match shape {
        SweepShape::U => "a U: too little and too much both cost validation loss",
        SweepShape::LowestFirst => "lowest at its first point",
        SweepShape::LowestLast => "lowest at its last point",
        SweepShape::Other => "lowest near one end",
    };
    format!(
        "Sweep of final validation loss against {name}: lowest at {name} = {}, {:.2}; \
         {:.2} at {name} = {}, {:.2} at {name} = {}. The curve is {shape}.",
        x(best.0),
        best.1,
        first.1,
        x(first.0),
        last.1,
        x(last.0)
    )
}

/// The sweep table's caption and column heads.
/// (A data-size sweep has a table per curve, named by its run.)
pub fn sweep_table_caption(rate: bool, curve: Option<&str>) -> String {
    let of = curve.map(|c| format!(" of {c}")).unwrap_or_default();
    format!(
        "Sweep{of}: losses at the end of the story against {}, over the seeds",
        swept_name(rate)
    )
}
pub fn sweep_table_heads(rate: bool) -> [String; 5] {
    [
        swept_name(rate).to_string(),
        "Validation loss, mean".to_string(),
        "Validation loss, min".to_string(),
        "Validation loss, max".to_string(),
        "Training loss, mean".to_string(),
    ]
}
