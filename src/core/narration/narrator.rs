//! What is worth saying while the race runs, decided from the experiment the page already has:
//! every tenth of the story, the moment a run's validation loss turns upward, and the story's
//! end. Each is offered to the [`Throttle`], which says at most one every few seconds.
//!
//! The narrator watches; it never changes the experiment. A restarted race (Reset, a run added
//! or removed, another preset) shows as the epoch going back, and its news starts over.

use super::text::{self, RunNews};
use super::throttle::{Priority, Throttle};
use super::upturn::turned_upward;
use crate::core::experiment::Experiment;
use crate::core::labels::Notation;

/// The narrator's memory of the race so far.
#[derive(Debug, Clone, Default)]
pub struct Narrator {
    throttle: Throttle,
    /// The last tenth of the story announced (0: none yet).
    tenth: usize,
    /// The highest epoch seen: a lower one means the race restarted.
    epoch: usize,
    /// The epoch whose news was last weighed: a frame without a new epoch has none.
    weighed: Option<usize>,
    /// Runs whose upward turn was announced (by index).
    turned: Vec<bool>,
    /// The story's length, remembered from the stop epoch (the page lifts it once reached).
    story: Option<usize>,
    ended: bool,
}

/// What each run of `experiment` shows now, named in `notation`; runs with no epoch yet are
/// left out.
pub fn news(experiment: &Experiment, notation: Notation) -> Vec<(usize, RunNews)> {
    experiment
        .runs()
        .iter()
        .enumerate()
        .filter_map(|(i, run)| {
            let last = run.history().last()?;
            Some((
                i,
                RunNews {
                    label: run.label(notation),
                    val: last.val_loss,
                    train: last.train_loss_eval,
                    rising_since: turned_upward(run.history()),
                },
            ))
        })
        .collect()
}

/// The furthest epoch any run has reached (runs race in lockstep; a diverged one stops).
pub fn race_epoch(experiment: &Experiment) -> usize {
    experiment
        .runs()
        .iter()
        .map(|r| r.epoch())
        .max()
        .unwrap_or(0)
}

impl Narrator {
    /// Looks at the race at `now_ms` (the page's frame clock) and returns what to say now, if
    /// anything. `preset_epochs`: the story's length when no stop epoch was ever set.
    pub fn observe(
        &mut self,
        experiment: &Experiment,
        preset_epochs: usize,
        notation: Notation,
        now_ms: f64,
    ) -> Option<String> {
        let epoch = race_epoch(experiment);
        if epoch < self.epoch {
            self.restart();
        }
        self.epoch = epoch;
        if let Some(stop) = experiment.stop_epoch() {
            self.story = Some(stop);
        }
        if epoch > 0 && self.weighed != Some(epoch) {
            self.weighed = Some(epoch);
            self.offer_news(experiment, epoch, preset_epochs, notation);
        }
        self.throttle.poll(now_ms)
    }

    fn offer_news(
        &mut self,
        experiment: &Experiment,
        epoch: usize,
        preset_epochs: usize,
        notation: Notation,
    ) {
        let all = news(experiment, notation);
        self.turned.resize(experiment.runs().len(), false);
        for (i, run) in &all {
            if let (Some(since), false) = (run.rising_since, self.turned[*i]) {
                self.turned[*i] = true;
                let best = experiment.runs()[*i]
                    .history()
                    .best_val()
                    .map_or(run.val, |b| b.1);
                let said = text::turned_upward(&run.label, since, best, run.val);
                self.throttle.offer(Priority::Upturn, said);
            }
        }
        let runs: Vec<RunNews> = all.into_iter().map(|(_, r)| r).collect();
        if let Some(story) = self.story.filter(|&s| epoch >= s && !self.ended) {
            self.ended = true;
            if let Some(best) = text::lowest_of(&runs) {
                self.throttle
                    .offer(Priority::StoryEnd, text::story_end(story, best, &runs));
            }
            return;
        }
        let length = self.story.unwrap_or(preset_epochs).max(1);
        let tenth = epoch * 10 / length;
        if tenth > self.tenth {
            self.tenth = tenth;
            self.throttle
                .offer(Priority::Progress, text::progress(epoch, self.story, &runs));
        }
    }

    /// The student did something that was said at `now_ms` (Play, a slider…): returns `text`
    /// and makes the next automatic message wait.
    pub fn said(&mut self, text: String, now_ms: f64) -> String {
        self.throttle.spoken(now_ms);
        text
    }

    /// Forgets the race so far (the page rebuilt it, or Reset).
    pub fn restart(&mut self) {
        let throttle = std::mem::take(&mut self.throttle);
        *self = Narrator {
            throttle,
            ..Narrator::default()
        };
        self.throttle.clear();
    }

    /// In how many ms the waiting automatic message may be said, if one waits.
    pub fn due_in(&self, now_ms: f64) -> Option<f64> {
        self.throttle.due_in(now_ms)
    }

    /// Whether an automatic message waits for the gap to pass.
    pub fn waiting(&self) -> bool {
        self.throttle.waiting()
    }

    /// Runs whose upward turn has been noticed since the race started.
    pub fn turned(&self) -> usize {
        self.turned.iter().filter(|&&t| t).count()
    }

    /// The story's length as last seen (a stop epoch), if any.
    pub fn story(&self) -> Option<usize> {
        self.story
    }
}
