//! A whole table of rates given to a lab at once (#18): the one call a link, a setup file and a
//! rebuild with another network make. Each run's rates are fitted to the network's depth by the
//! rule a preset rebuilt with other hidden sizes follows, the table's runs are the lab's runs,
//! and a table the lab cannot race is refused, whole, with a sentence naming the bound.

use crate::common;

use common::{config, moons};
use dropout_lab::core::dropout::fit_rates;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::preset;
use dropout_lab::core::variant;

/// A lab of `hidden` layers racing `rates`.
fn lab(hidden: Vec<usize>, rates: &[Vec<f32>]) -> Experiment {
    Experiment::with_runs(config(hidden, 16, 5), moons(40, 2), rates).unwrap()
}

fn rates(e: &Experiment) -> Vec<Vec<f32>> {
    e.runs().iter().map(|r| r.rates().rates.clone()).collect()
}

#[test]
fn a_deeper_network_repeats_each_runs_last_hidden_rate() {
    let mut e = lab(vec![8, 8, 8], &[vec![0.0; 4]]);
    let table = [vec![0.1, 0.2, 0.6], vec![0.0, 0.0]];
    assert!(!e.set_rate_table(&table, 0.0).unwrap());
    assert_eq!(rates(&e), [vec![0.1, 0.2, 0.6, 0.6], vec![0.0; 4]]);
}

#[test]
fn a_shallower_network_keeps_each_runs_first_rates() {
    let mut e = lab(vec![8], &[vec![0.0; 2]]);
    e.set_rate_table(&[vec![0.1, 0.2, 0.6], vec![0.3, 0.5, 0.5]], 0.0)
        .unwrap();
    assert_eq!(rates(&e), [vec![0.1, 0.2], vec![0.3, 0.5]]);
}

#[test]
fn a_lone_rate_is_every_hidden_layers_with_the_input_rate_older_links_gave() {
    let mut e = lab(vec![8, 8], &[vec![0.0; 3]]);
    e.set_rate_table(&[vec![0.5], vec![0.1, 0.3]], 0.2).unwrap();
    // The lone input rate is only for a lone rate: a whole vector says its own input rate.
    assert_eq!(rates(&e), [vec![0.2, 0.5, 0.5], vec![0.1, 0.3, 0.3]]);
}

/// The same rule as `Preset::with_hidden`: every preset's runs, given to its lab rebuilt with
/// other hidden sizes, get the rates the rebuilt preset has.
#[test]
fn a_lab_given_its_presets_table_fits_it_as_the_preset_rebuilt_with_other_sizes() {
    for hidden in [vec![8], vec![8, 8, 8, 8]] {
        for preset in preset::all() {
            let rebuilt = preset.with_hidden(&hidden).unwrap();
            let mut e = rebuilt.experiment().unwrap();
            e.set_rate_table(&preset.rates, 0.0).unwrap();
            assert_eq!(rates(&e), rebuilt.rates, "{} {hidden:?}", preset.name);
            for (given, got) in preset.rates.iter().zip(rates(&e)) {
                assert_eq!(got, fit_rates(given, hidden.len() + 1, 0.0));
            }
        }
    }
}

#[test]
fn runs_kept_keep_their_training_mode_and_variant_and_a_newcomer_restarts_the_race() {
    let mut e = lab(vec![8, 8], &[vec![0.0; 3], vec![0.0; 3], vec![0.0; 3]]);
    let (mode, dropconnect) = variant::parse("classic~dropconnect").unwrap();
    e.set_variant(0, mode, dropconnect).unwrap();
    e.train_epochs(3);
    let weights = e.runs()[0].net().weights().to_vec();

    // Fewer runs: the last leaves, the others go on where they are with their new rates.
    assert!(
        !e.set_rate_table(&[vec![0.1, 0.2], vec![0.0, 0.5]], 0.0)
            .unwrap()
    );
    assert_eq!(rates(&e), [vec![0.1, 0.2, 0.2], vec![0.0, 0.5, 0.5]]);
    assert_eq!(e.runs()[0].history().len(), 3);
    assert_eq!(e.runs()[0].net().weights(), weights.as_slice());
    assert_eq!(*e.runs()[0].variant(), dropconnect);
    assert_eq!(e.runs()[0].rates().mode, mode);

    // One more run: a newcomer at epoch 0 beside runs at epoch 3 would be no race, so all
    // start again together; it is plain inverted dropout until given a variant.
    let table = [vec![0.1, 0.2], vec![0.0, 0.5], vec![0.0, 0.3]];
    assert!(e.set_rate_table(&table, 0.0).unwrap(), "restarted");
    assert!(e.runs().iter().all(|r| r.history().is_empty()));
    let (plain_mode, plain) = variant::parse("").unwrap();
    assert_eq!(
        (e.runs()[2].rates().mode, *e.runs()[2].variant()),
        (plain_mode, plain)
    );
    assert_eq!(*e.runs()[0].variant(), dropconnect, "run 0 kept its own");
}

#[test]
fn a_table_the_lab_cannot_race_is_refused_whole_naming_the_bound() {
    let start = [vec![0.0, 0.0, 0.0], vec![0.0, 0.5, 0.5]];
    let mut e = lab(vec![8, 8], &start);
    let refusals: [(Vec<Vec<f32>>, &str); 4] = [
        // The second run's rate is a bad one: the first run, fine, is not changed either.
        (vec![vec![0.1, 0.2], vec![0.0, 1.0]], "0 ≤ p < 1"),
        // The lone input rate lands on the input layer and is checked there.
        (vec![vec![0.5]], "0 ≤ p < 1"),
        (vec![vec![0.1, 0.2]; 5], "at most 4 runs"),
        (vec![], "at least one"),
    ];
    for (table, bound) in refusals {
        let lone = if table.len() == 1 { 1.5 } else { 0.0 };
        let err = e.set_rate_table(&table, lone).unwrap_err().to_string();
        assert!(err.contains(bound), "{table:?}: {err}");
        assert_eq!(rates(&e), start, "{table:?} changed nothing");
    }
}
