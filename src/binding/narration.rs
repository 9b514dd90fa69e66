//! The described lab at the boundary (#20): the narrator's sentences, Describe, the loss
//! chart's table and *Listen*'s notes. Every sentence and number is the core's
//! ([`crate::core::narration`]); this module only passes the page's clock and view in.

use wasm_bindgen::prelude::*;

use super::Lab;
use crate::core::narration::{describe, sound, text};

#[wasm_bindgen]
impl Lab {
    /// What the narrator says now (`nowMs`: the page's frame clock), or `undefined`: every
    /// tenth of the story, a run's validation loss turning upward, the story's end; never
    /// sooner than a few seconds after the last announcement.
    pub fn narrate(&mut self, now_ms: f64) -> Option<String> {
        self.narrator
            .observe(&self.experiment, self.preset.epochs, self.notation, now_ms)
    }

    /// The sentence for something the student did, said at once: `play`, `pause`, `reset`,
    /// `rate` (the focused run's hidden rate), `input-rate`. The next automatic announcement
    /// waits its gap after it.
    pub fn announce(&mut self, event: &str, now_ms: f64) -> Result<String, JsError> {
        let epoch = describe_epoch(self);
        let run = self.experiment.run(self.focused).map_err(super::js_error)?;
        let retain = self.notation == crate::core::labels::Notation::Retain;
        let said = match event {
            "play" => text::played(epoch),
            "pause" => text::paused(epoch),
            "reset" => {
                self.narrator.restart();
                text::reset()
            }
            "rate" => text::rate_set(
                &run.label(self.notation),
                &self.rate_readout(self.focused, retain).unwrap_or_default(),
            ),
            "input-rate" => text::input_rate_set(
                &self
                    .input_rate_readout(self.focused, retain)
                    .unwrap_or_default(),
            ),
            other => return Err(JsError::new(&format!("no announcement for '{other}'"))),
        };
        Ok(self.narrator.said(said, now_ms))
    }

    /// Something else was said at `nowMs` (a sweep or an Inside view finished): the next
    /// automatic announcement waits its gap after it.
    pub fn heard(&mut self, now_ms: f64) {
        self.narrator.said(String::new(), now_ms);
    }

    /// Describe: the race, the diagram layer by layer (the masks of the drawn example) and
    /// what each run learned, as sentences. The page adds the notes the core wrote for the
    /// sweep, the Inside view and the lesson.
    pub fn describe(&mut self) -> String {
        let view = self.describe_view();
        let parts = [
            describe::race(&self.experiment, view),
            describe::diagram(&self.experiment, view),
            describe::maps(&mut self.experiment, self.notation),
        ];
        parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The diagram alone, layer by layer (the canvas's accessible description).
    #[wasm_bindgen(js_name = describeDiagram)]
    pub fn describe_diagram(&self) -> String {
        describe::diagram(&self.experiment, self.describe_view())
    }

    /// The race alone (the loss chart's accessible description).
    #[wasm_bindgen(js_name = describeRace)]
    pub fn describe_race(&self) -> String {
        describe::race(&self.experiment, self.describe_view())
    }

    /// What each run learned, map by map (the data canvas's accessible description).
    #[wasm_bindgen(js_name = describeMaps)]
    pub fn describe_maps(&mut self) -> String {
        describe::maps(&mut self.experiment, self.notation)
    }

    /// Run `run`'s recorded epochs as rows of `[epoch, training loss (eval mode), validation
    /// loss, validation accuracy (NaN for regression)]`, flattened: the loss chart's table.
    #[wasm_bindgen(js_name = historyTable)]
    pub fn history_table(&self, run: usize) -> Vec<f32> {
        let Ok(run) = self.experiment.run(run) else {
            return Vec::new();
        };
        run.history()
            .iter()
            .flat_map(|p| {
                [
                    p.epoch as f32,
                    p.train_loss_eval,
                    p.val_loss,
                    p.val_accuracy.unwrap_or(f32::NAN),
                ]
            })
            .collect()
    }

    /// The caption of run `run`'s table.
    #[wasm_bindgen(js_name = historyTableCaption)]
    pub fn history_table_caption(&self, run: usize) -> Option<String> {
        let run = self.experiment.run(run).ok()?;
        Some(text::loss_table_caption(&run.label(self.notation)))
    }

    /// *Listen*: run `run`'s notes, Hz, as `[validation…, training…]` (two halves of equal
    /// length) over the recorded epochs (at most [`sound::LISTEN_POINTS`] of them).
    pub fn pitches(&self, run: usize) -> Vec<f32> {
        let Ok(run) = self.experiment.run(run) else {
            return Vec::new();
        };
        let points: Vec<_> = run.history().iter().copied().collect();
        let picked = sound::listen_points(points.len());
        let hz = |f: fn(&crate::core::history::HistoryPoint) -> f32| {
            picked
                .iter()
                .map(|&k| sound::loss_pitch(f(&points[k])) as f32)
                .collect::<Vec<_>>()
        };
        let mut notes = hz(|p| p.val_loss);
        notes.extend(hz(|p| p.train_loss_eval));
        notes
    }

    /// Runs whose validation loss the narrator has seen turn upward since the race started
    /// (the page plays its chirp when this grows).
    #[wasm_bindgen(js_name = turnedRuns)]
    pub fn turned_runs(&self) -> u32 {
        self.narrator.turned() as u32
    }
}

/// The loss chart table's column heads.
#[wasm_bindgen(js_name = historyTableHeads)]
pub fn history_table_heads() -> Vec<String> {
    text::loss_table_heads().to_vec()
}

/// Describe's sentence for a note the core wrote (an Inside view's), after its name.
#[wasm_bindgen(js_name = describeNote)]
pub fn describe_note(name: &str, note: &str) -> String {
    text::named_note(name, note)
}

/// Describe's sentence for the lesson's revealed answer.
#[wasm_bindgen(js_name = describeLesson)]
pub fn describe_lesson(title: &str, answer: &str) -> String {
    text::lesson_answer(title, answer)
}

/// How *Listen* maps loss to pitch, for Help.
#[wasm_bindgen(js_name = soundMapping)]
pub fn sound_mapping() -> String {
    text::sound_mapping(
        sound::LOW_HZ,
        sound::HIGH_HZ,
        sound::LOW_LOSS,
        sound::HIGH_LOSS,
    )
}

/// How long one note of *Listen* lasts, seconds.
#[wasm_bindgen(js_name = noteSeconds)]
pub fn note_seconds() -> f64 {
    sound::NOTE_SECONDS
}

fn describe_epoch(lab: &Lab) -> usize {
    crate::core::narration::narrator::race_epoch(&lab.experiment)
}

impl Lab {
    fn describe_view(&self) -> describe::View {
        describe::View {
            focused: self.focused,
            example: self.example,
            train_view: self.train_view,
            notation: self.notation,
            story: self.experiment.stop_epoch().or(self.narrator.story()),
        }
    }
}

/// Least time between two announcements while the race runs, ms (the core's throttle).
#[wasm_bindgen(js_name = narrationGapMs)]
pub fn narration_gap_ms() -> f64 {
    crate::core::narration::throttle::NARRATION_GAP_MS
}
