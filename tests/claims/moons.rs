//! The two-moons note, sentence by sentence. Run 0 is p = 0, run 1 is p = 0.5.

use dropout_lab::core::data::toy2d::Toy2dKind;
use dropout_lab::core::preset::DataSpec;

use crate::seeds::SEEDS;
use crate::{assert_note_says, default_seed, dropped_share, holds_on_most_seeds};

#[test]
fn eighty_points_one_in_ten_mislabelled_and_17000_weights() {
    let p = assert_note_says(
        "moons",
        "Eighty points, one in ten with the wrong label, and a network with 17,000 weights",
    );
    let DataSpec::Toy2d(spec) = p.data else {
        panic!("moons draws 2-D points")
    };
    assert_eq!(
        (spec.kind, spec.n_train, spec.label_noise),
        (Toy2dKind::Moons, 80, 0.1)
    );
    assert!((16_500..17_500).contains(&p.weights()), "{}", p.weights());
}

#[test]
fn p0_validation_loss_bottoms_out_within_a_hundred_epochs_then_climbs_half_again() {
    let sentence = "its validation loss bottoms out within about a hundred epochs (on the default \
                    seed, within ten) and then climbs to one and a half times its best or more, \
                    while its training loss keeps falling towards zero.";
    holds_on_most_seeds("moons", sentence, |t| {
        let (epoch, _, at_best) = t.at_best(0);
        let end = t.ending(0);
        let holds = epoch <= 110
            && t.rise(0) >= 1.5
            && end.train < at_best.train_loss_eval / 2.0
            && end.train < 0.15;
        let detail = format!(
            "minimum at epoch {epoch}, ends ×{:.2} above it; training loss {:.3} there, {:.3} at the end",
            t.rise(0),
            at_best.train_loss_eval,
            end.train
        );
        (holds, detail)
    });
    let (epoch, _, _) = default_seed("moons").at_best(0);
    assert!(epoch <= 10, "the default seed bottoms out at epoch {epoch}");
}

#[test]
fn p0_memorises_several_mislabelled_points_p05_one_or_two() {
    let sentence = "It is memorising the mislabelled points: its decision map grows little islands \
                    around several of them, where the p = 0.5 run's has at most one or two.";
    holds_on_most_seeds("moons", sentence, |t| {
        let (plain, dropout) = (t.memorised[0], t.memorised[1]);
        let detail = format!(
            "sides with the wrong label at {plain} of the {} mislabelled training points, \
             {dropout} with p = 0.5",
            t.mislabelled
        );
        (plain >= 3 && dropout <= 2, detail)
    });
}

#[test]
fn p05_trains_worse_validates_better_with_less_than_half_the_gap() {
    let sentence = "The p = 0.5 run's training loss stays higher, but its validation loss ends lower \
                    and the gap between its two curves is less than half as wide.";
    holds_on_most_seeds("moons", sentence, |t| {
        let (plain, dropout) = (t.ending(0), t.ending(1));
        let (gap_plain, gap_dropout) = (plain.val - plain.train, dropout.val - dropout.train);
        let holds =
            dropout.train > plain.train && dropout.val < plain.val && gap_dropout < gap_plain / 2.0;
        let detail = format!(
            "train {:.3} vs {:.3}, val {:.3} vs {:.3}, gap {gap_dropout:.3} vs {gap_plain:.3}",
            dropout.train, plain.train, dropout.val, plain.val
        );
        (holds, detail)
    });
}

#[test]
fn every_step_a_different_half_of_the_hidden_units_is_switched_off() {
    let preset = assert_note_says(
        "moons",
        "every step a different half of the hidden units is switched off",
    );
    for seed in SEEDS {
        let mut lab = preset.with_seed(seed).experiment().unwrap();
        let run = lab.runs().len() - 1;
        let mut previous: Option<Vec<Vec<f32>>> = None;
        for step in 0..3 {
            lab.step();
            let masks = lab.runs()[run].masks();
            for (layer, mask) in masks[1..].iter().enumerate() {
                let dropped = dropped_share(mask.view());
                assert!(
                    (0.47..=0.53).contains(&dropped),
                    "seed {seed}, step {step}, hidden layer {}: {dropped:.3} dropped",
                    layer + 1
                );
            }
            let hidden: Vec<Vec<f32>> = masks[1..]
                .iter()
                .map(|m| m.iter().copied().collect())
                .collect();
            assert_ne!(
                previous.as_ref(),
                Some(&hidden),
                "seed {seed}: step {step} reused a mask"
            );
            previous = Some(hidden);
        }
    }
}
