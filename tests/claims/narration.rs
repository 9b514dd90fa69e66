//! The narrator says "validation loss turned upward" (src/core/narration/upturn.rs): on the
//! default preset the p = 0 run's does, within the story, on at least 9 of the 10 seeds, as the
//! lesson's overfitting step promises. Replayed epoch by epoch, as the page sees it arrive.

use dropout_lab::core::history::History;
use dropout_lab::core::narration::turned_upward;

use super::seeds::{self, MUST_HOLD, SEEDS};

/// The first epoch at which the rule fires, replaying `history` point by point.
fn turn_epoch(history: &History) -> Option<(usize, usize)> {
    let mut replay = History::default();
    history.iter().find_map(|p| {
        replay.push(*p);
        turned_upward(&replay).map(|since| (p.epoch, since))
    })
}

#[test]
fn the_default_presets_p0_run_turns_upward_within_the_story() {
    let trained = seeds::trained("moons");
    let outcomes = trained.iter().map(|t| {
        let turn = turn_epoch(&t.histories[0]);
        let detail = match turn {
            Some((at, since)) => format!("turns at epoch {at}, lowest at {since}"),
            None => "never turns".to_string(),
        };
        (t.seed, turn.is_some_and(|(at, _)| at <= t.epochs), detail)
    });
    let holding = seeds::count("narration: p = 0 turns upward", outcomes);
    assert!(
        holding >= MUST_HOLD,
        "holds on {holding} of {}",
        SEEDS.count()
    );
}
