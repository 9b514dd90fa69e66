//! Too much dropout underfits, visibly: the README's lesson step. On the default preset's 128-unit
//! layers even p = 0.9 leaves enough units to fit the moons (it ends with a validation loss
//! as low as p = 0.5's), so the lesson shrinks the network first: with 16 units a layer,
//! p = 0.9 keeps one or two of them per example, too few to draw the curved boundary.

use dropout_lab::core::preset;

use crate::seeds::{self, MUST_HOLD, SEEDS};

/// What the README tells the teacher to do, and what the class will see.
const LESSON: &str = "type `16,16` into *Hidden units*, pick the orange run and drag its slider to \
                      0.9, then press **Reset** and **Play**";
const SEEN: &str = "the orange p = 0.9 run ends with both a higher training loss and a higher \
                    validation loss than the green p = 0.5 run, both near 0.69";

#[test]
fn too_much_dropout_underfits_on_a_small_network() {
    let readme = include_str!("../../README.md")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for words in [LESSON, SEEN] {
        let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            readme.contains(&words),
            "the README no longer says '{words}'"
        );
    }
    let moons = preset::by_name(preset::DEFAULT).unwrap();
    // Each seed trains on a core of its own; the verdicts are read in seed order.
    let endings = seeds::per_seed(|seed| {
        let mut p = moons.with_seed(seed).with_hidden(&[16, 16]).unwrap();
        p.rates[1] = vec![0.0, 0.9, 0.9];
        let mut lab = p.experiment().unwrap();
        lab.train_epochs(p.epochs);
        let ending = |run: usize| {
            let last: Vec<_> = lab.runs()[run]
                .history()
                .iter()
                .filter(|q| q.epoch > p.epochs - p.epochs / 20)
                .map(|q| (q.train_loss_eval, q.val_loss))
                .collect();
            let n = last.len() as f32;
            let train = last.iter().map(|q| q.0).sum::<f32>() / n;
            let val = last.iter().map(|q| q.1).sum::<f32>() / n;
            (train, val)
        };
        (ending(1), ending(2))
    });
    let mut holding = 0;
    for (seed, (too_much, half)) in SEEDS.zip(endings) {
        let near_a_coin_toss = |loss: f32| (loss - std::f32::consts::LN_2).abs() < 0.1;
        let holds = too_much.0 > half.0
            && too_much.1 > half.1
            && near_a_coin_toss(too_much.0)
            && near_a_coin_toss(too_much.1);
        holding += usize::from(holds);
        eprintln!(
            "underfit | seed {seed:2}: p = 0.9 train {:.3} val {:.3}; p = 0.5 train {:.3} val {:.3}{}",
            too_much.0,
            too_much.1,
            half.0,
            half.1,
            if holds { "" } else { "  <- does not hold" }
        );
    }
    eprintln!(
        "too much dropout underfits: holds on {holding} of {}",
        SEEDS.count()
    );
    assert!(holding >= MUST_HOLD, "holds on {holding} seeds");
}
