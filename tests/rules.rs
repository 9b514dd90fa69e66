//! Each fact the page and the link share is stated once in the core: the seed range, the
//! hidden sizes, the speed ladder, the sweep's seeds, fitting rates to a new depth, and that an
//! experiment races at least one run. These tests pin the refusals' words too: the page shows
//! them as they are.

use crate::common;

use common::{config, moons};
use dropout_lab::core::dropout::fit_rates;
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::limits::{DEFAULT_SPEED, MAX_SEED, SPEEDS, seeds_per_point};
use dropout_lab::core::preset;
use dropout_lab::core::settings::Settings;
use dropout_lab::core::sweep::{DEFAULT_SEEDS, MAX_SEEDS};

/// The seed and the hidden sizes are checked by the link's table, against the limits' bounds:
/// the Seed field and the Hidden units box send their text through the same table.
fn refusal(change: &str) -> String {
    Settings::default().merged(change).unwrap_err().to_string()
}

#[test]
fn a_seed_is_a_whole_number_from_zero_to_the_largest_u32() {
    let defaults = Settings::default();
    assert_eq!(defaults.merged("seed=4294967295").unwrap().seed, MAX_SEED);
    assert_eq!(
        defaults.merged("seed=20000001").unwrap().seed,
        20_000_001,
        "no f32 rounding"
    );
    for bad in ["-1", "4294967296", "1.5", "seven", "NaN", "inf"] {
        let err = refusal(&format!("seed={bad}"));
        assert!(
            err.contains("4294967295"),
            "'{bad}': the refusal names the bound: {err}"
        );
    }
}

#[test]
fn hidden_sizes_are_one_to_the_most_units_and_the_refusal_names_the_bound() {
    let defaults = Settings::default();
    assert_eq!(
        defaults.merged("hidden=1,256").unwrap().hidden,
        Some(vec![1, 256])
    );
    let zero = refusal("hidden=0");
    assert!(
        zero.contains("units in hidden layer 1 = 0") && zero.contains("between 1 and 256"),
        "{zero}"
    );
    let big = refusal("hidden=64,100000");
    assert!(
        big.contains("units in hidden layer 2 = 100000 is out of range")
            && big.contains("between 1 and 256"),
        "{big}"
    );
    assert!(refusal("hidden=8,8,8,8,8,8,8").contains("hidden layers = 7"));
    assert!(refusal("hidden=two,layers").contains("whole numbers separated by commas"));
    assert!(refusal("hidden=2.5").contains("like 64,64"));
}

#[test]
fn every_preset_builds_with_sizes_the_check_accepts_and_with_none_it_refuses() {
    let preset = preset::all().remove(0);
    assert!(preset.with_hidden(&[16, 16, 16]).is_ok());
    assert!(
        preset.with_hidden(&[0]).is_err(),
        "the core refuses what the check refuses"
    );
}

#[test]
fn the_speed_ladder_ends_at_the_frame_and_starts_there_by_default() {
    assert_eq!(SPEEDS[DEFAULT_SPEED], f64::INFINITY);
    assert!(
        SPEEDS.windows(2).all(|w| w[0] < w[1]),
        "each position faster than the last"
    );
    let speeds = SPEEDS.len();
    assert!(refusal(&format!("speed={speeds}")).contains(&format!("between 0 and {}", speeds - 1)));
    assert!(Settings::default().merged("speed=0").is_ok());
}

#[test]
fn seeds_per_point_are_held_to_the_sweeps_range() {
    assert_eq!(seeds_per_point(f64::NAN), DEFAULT_SEEDS);
    assert_eq!(seeds_per_point(0.0), DEFAULT_SEEDS);
    assert_eq!(seeds_per_point(4.4), 4);
    assert_eq!(seeds_per_point(1e9), MAX_SEEDS);
}

#[test]
fn rates_fitted_to_another_depth_keep_each_runs_character() {
    // Deeper: the last hidden rate repeats; shallower: the first ones are kept.
    assert_eq!(fit_rates(&[0.2, 0.3, 0.65], 4, 0.0), [0.2, 0.3, 0.65, 0.65]);
    assert_eq!(fit_rates(&[0.2, 0.3, 0.65], 2, 0.0), [0.2, 0.3]);
    // A baseline stays a baseline; a lone rate is every hidden layer's.
    assert_eq!(fit_rates(&[0.0, 0.0], 3, 0.0), [0.0, 0.0, 0.0]);
    assert_eq!(fit_rates(&[0.5], 3, 0.1), [0.1, 0.5, 0.5]);
    // A preset rebuilt with other sizes fits its runs by the same rule.
    for preset in preset::all() {
        let deeper = preset.with_hidden(&[8, 8, 8]).unwrap();
        for (old, new) in preset.rates.iter().zip(&deeper.rates) {
            assert_eq!(*new, fit_rates(old, 4, 0.0), "{}", preset.name);
        }
    }
}

#[test]
fn the_experiment_refuses_to_remove_its_last_run() {
    let rates = [vec![0.0, 0.0], vec![0.0, 0.5]];
    let mut e = Experiment::with_runs(config(vec![8], 16, 1), moons(40, 1), &rates).unwrap();
    e.remove_run(0).unwrap();
    let err = e.remove_run(0).unwrap_err().to_string();
    assert!(err.contains("the last run cannot be removed"), "{err}");
    assert_eq!(e.runs().len(), 1);
}
