//! The Rivals note, sentence by sentence (#13). Run 0 has no regulariser, run 1 its own L2,
//! run 2 batch norm, run 3 dropout p = 0.5.

use dropout_lab::core::preset::{self, variants_of};
use dropout_lab::core::variant::parse;

use crate::{assert_note_says, holds_on_most_seeds};

const RIVALS: [&str; 3] = ["L2", "batch norm", "dropout"];

#[test]
fn four_runs_none_l2_batch_norm_and_dropout_on_minibatches_of_twenty() {
    let p = assert_note_says(
        "rivals",
        "four runs from the same weights on the same minibatches of twenty: no regulariser, L2 \
         weight decay (λ = 0.01), batch norm after each hidden layer, and dropout with p = 0.5.",
    );
    assert_eq!(p.config.batch_size, 20);
    assert_eq!(p.rates.len(), 4);
    let variants: Vec<_> = variants_of("rivals")
        .iter()
        .map(|t| parse(t).unwrap().1)
        .collect();
    assert_eq!(variants[1].weight_decay, Some(0.01));
    assert!(variants[2].batch_norm && !variants[0].batch_norm);
    assert!(p.rates[..3].iter().flatten().all(|&r| r == 0.0));
    assert!(p.rates[3][1..].iter().all(|&r| r == 0.5));
    assert_eq!(
        p.config.optimizer.weight_decay, 0.0,
        "only run 1 decays its weights"
    );
    let moons = preset::by_name("moons").unwrap();
    assert_eq!(
        (p.data.with_seed(0), &p.config.hidden),
        (moons.data.with_seed(0), &moons.config.hidden)
    );
}

#[test]
fn unregularised_validation_loss_doubles_while_its_training_loss_is_lowest() {
    let sentence = "Without a regulariser the validation loss climbs to twice its best or more, \
                    while its training loss falls lowest of the four.";
    holds_on_most_seeds("rivals", sentence, |t| {
        let train: Vec<f32> = (0..4).map(|r| t.ending(r).train).collect();
        let lowest = (1..4).all(|r| train[0] < train[r]);
        let detail = format!(
            "validation ends ×{:.2} its best; training losses {train:.3?}",
            t.rise(0)
        );
        (t.rise(0) >= 2.0 && lowest, detail)
    });
}

#[test]
fn each_rival_ends_with_a_lower_validation_loss_than_no_regulariser() {
    let sentence =
        "Each of the three rivals ends with a lower validation loss than the unregularised run.";
    holds_on_most_seeds("rivals", sentence, |t| {
        let val: Vec<f32> = (0..4).map(|r| t.ending(r).val).collect();
        let detail = format!(
            "none {:.3}; {}",
            val[0],
            RIVALS
                .iter()
                .zip(&val[1..])
                .map(|(name, v)| format!("{name} {v:.3}"))
                .collect::<Vec<_>>()
                .join(", ")
        );
        (val[1..].iter().all(|&v| v < val[0]), detail)
    });
}

#[test]
fn the_note_does_not_rank_the_rivals() {
    let p = assert_note_says("rivals", "it does not rank them.");
    for word in ["the best", "wins", "better"] {
        assert!(
            !p.note().contains(word),
            "the note claims a ranking: '{word}'"
        );
    }
}
