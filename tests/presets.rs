//! Presets are complete, named, cheap enough for the browser, and take other hidden layers.
//! What their notes tell the class, and the lesson each teaches, is checked sentence by
//! sentence over ten seeds in `tests/claims/`.

use dropout_lab::core::preset;

#[test]
fn presets_are_complete_named_and_cheap_enough_for_the_browser() {
    let all = preset::all();
    let names: Vec<&str> = all.iter().map(|p| p.name).collect();
    assert_eq!(names, preset::NAMES);
    assert!(names.contains(&preset::DEFAULT));
    for p in &all {
        assert_eq!(preset::by_name(p.name).unwrap(), *p);
        assert!(
            !p.title().is_empty() && p.note().len() > 100,
            "{}: note",
            p.name
        );
        let layers = p.config.hidden.len();
        assert!(p.rates.iter().all(|r| r.len() == layers + 1), "{}", p.name);
        assert!(
            p.rates[0].iter().all(|&r| r == 0.0),
            "{}: first run is p = 0",
            p.name
        );
        let strongest = p.rates.last().unwrap();
        assert!(
            strongest[1..].iter().all(|&r| r == 0.5),
            "{}: hidden p = 0.5",
            p.name
        );
        // 40 s at a conservative 1 GFLOP/s in the browser.
        assert!(p.flops() < 40e9, "{}: {:.1} GFLOP", p.name, p.flops() / 1e9);
        let lab = p.experiment().unwrap();
        assert_eq!(lab.runs().len(), p.rates.len());
    }
    let err = preset::by_name("spirals").unwrap_err().to_string();
    for name in preset::NAMES {
        assert!(err.contains(name), "{err}");
    }
}

#[test]
fn a_preset_takes_other_hidden_layers_and_rejects_absurd_ones() {
    let preset = dropout_lab::core::preset::by_name("digits").unwrap();
    let small = preset.with_hidden(&[32]).unwrap();
    assert_eq!(small.config.hidden, vec![32]);
    // Input rate kept, first hidden rate carried over to the new layer count.
    assert!(
        small
            .rates
            .iter()
            .zip(&preset.rates)
            .all(|(new, old)| new.len() == 2 && new[0] == old[0] && new[1] == old[1])
    );
    assert!(small.experiment().is_ok());
    let err = preset.with_hidden(&[64, 100_000]).unwrap_err().to_string();
    assert!(
        err.contains("units in hidden layer 2") && err.contains("between 1 and 256"),
        "{err}"
    );
    assert!(
        preset
            .with_hidden(&[])
            .unwrap_err()
            .to_string()
            .contains("number of hidden layers")
    );
    assert!(preset.with_hidden(&[8; 7]).is_err());
}
