//! The slider read-outs state what training does: for every variant in both scaling modes,
//! the kept share and the scales written in the read-out's text are measured from real forward
//! passes of a network that passes each unit straight through (identity weights, zero biases,
//! linear units), so its output shows exactly what dropout did to each unit.

use crate::common;

use common::{net, normal, rng};
use dropout_lab::core::experiment::Experiment;
use dropout_lab::core::labels::Notation;
use dropout_lab::core::readout::{input_readout, rate_readout};
use dropout_lab::core::variant::parse;
use dropout_lab::core::{Activation, DropoutRates, Mlp, Noise, OutputHead, Variant};
use ndarray::{Array2, ArrayView2};

/// Every variant the page offers; each is tried in both scaling modes.
const VARIANTS: [&str; 10] = [
    "",
    "dropconnect",
    "gaussian",
    "maxnorm_3",
    "l2_0.001",
    "bn",
    "evaldrop",
    "noscale",
    "keep",
    "dropconnect~keep",
];
const UNITS: usize = 64;
const ROWS: usize = 256;

/// What a read-out's text claims, read back from the text alone.
#[derive(Debug)]
struct Claim {
    kept_share: f32,
    train_scale: Option<f32>,
    gaussian_variance: Option<f32>,
    eval_scale: Option<f32>,
    masks_at_evaluation: bool,
}

/// The number right after `prefix` in `text` (two decimals, as the read-out writes them).
fn number_after(text: &str, prefix: &str) -> Option<f32> {
    let rest = &text[text.find(prefix)? + prefix.len()..];
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    rest[..end].parse().ok()
}

fn claim(text: &str, p: f32) -> Claim {
    let kept_share = if text.contains("keeps every unit") {
        1.0
    } else if let Some(k) = number_after(text, "keeps ") {
        k
    } else if let Some(k) = number_after(text, "keep 1−p = ") {
        k
    } else {
        panic!("'{text}' states no kept share for p = {p}")
    };
    let train_scale = if text.contains("no scaling in training") {
        Some(1.0)
    } else {
        number_after(text, "kept units ×").or_else(|| number_after(text, "kept weights ×"))
    };
    let eval_scale = if text.contains("none at evaluation") {
        Some(1.0)
    } else {
        number_after(text, ", ×")
    };
    Claim {
        kept_share,
        train_scale,
        gaussian_variance: number_after(text, "N(1, "),
        eval_scale,
        masks_at_evaluation: text.contains("left on at evaluation"),
    }
}

/// `UNITS → [UNITS] → UNITS`, every weight matrix the identity.
fn pass_through() -> Mlp {
    let mut net = net(
        UNITS,
        &[UNITS],
        UNITS,
        Activation::Linear,
        OutputHead::LinearMse,
        1,
    );
    for w in net.weights_mut() {
        w.assign(&Array2::eye(UNITS));
    }
    net
}

/// The factor each unit of the measured layer got (output ÷ what entered dropout), over every
/// pass, and whether the pass dropped anything. `before` is the layer's activations.
fn factors(out: ArrayView2<f32>, before: ArrayView2<f32>) -> Vec<f32> {
    out.iter()
        .zip(before.iter())
        .filter(|&(_, &a)| a.abs() > 1e-3)
        .map(|(&o, &a)| o / a)
        .collect()
}

/// Factors of the hidden layer (`layer` 1) or the input layer (0) in training mode, over
/// `passes` fresh forward passes.
fn training_factors(net: &mut Mlp, rates: &DropoutRates, v: &Variant, layer: usize) -> Vec<f32> {
    let passes = if v.noise == Noise::DropConnect {
        60 // one weight mask per pass: UNITS diagonal weights each
    } else {
        4
    };
    let mut r = rng(11);
    let mut all = Vec::new();
    for pass in 0..passes {
        let x = normal(ROWS, UNITS, 100 + pass);
        let out = net.predict_train_variant(x.view(), rates, v, &mut r);
        let before = if layer == 0 {
            x.view().to_owned()
        } else {
            net.activations(1).to_owned()
        };
        all.extend(factors(out.view(), before.view()));
    }
    all
}

fn mean(xs: &[f32]) -> f64 {
    xs.iter().map(|&x| f64::from(x)).sum::<f64>() / xs.len() as f64
}

/// Checks one layer's read-out text against measured training and evaluation passes.
fn check_layer(text: &str, rates: &DropoutRates, v: &Variant, layer: usize) {
    let p = rates.rates[layer];
    let c = claim(text, p);
    let mut net = pass_through();
    let f = training_factors(&mut net, rates, v, layer);
    let n = f.len() as f64;
    let kept: Vec<f32> = f.iter().copied().filter(|x| x.abs() > 1e-6).collect();
    let share = kept.len() as f64 / n;
    let q = f64::from(c.kept_share);
    // DropConnect draws one mask per minibatch: each pass has UNITS independent draws, not
    // one per example.
    let draws = if v.noise == Noise::DropConnect {
        n / ROWS as f64
    } else {
        n
    };
    // Binomial: 4σ, plus the text's rounding to two decimals.
    let bound = 4.0 * (q * (1.0 - q) / draws).sqrt() + 0.005 + 1e-6;
    assert!(
        (share - q).abs() <= bound,
        "'{text}': measured kept share {share:.4}, the text says {q} (± {bound:.4})"
    );
    if let Some(variance) = c.gaussian_variance {
        let m = mean(&kept);
        let var = kept
            .iter()
            .map(|&x| (f64::from(x) - m).powi(2))
            .sum::<f64>()
            / n;
        let v = f64::from(variance);
        let tolerance = 4.0 * v * (2.0 / n).sqrt() + 0.005;
        assert!(
            (m - 1.0).abs() < 0.02,
            "'{text}': Gaussian factors' mean {m}"
        );
        assert!(
            (var - v).abs() <= tolerance,
            "'{text}': measured variance {var:.4}, the text says {v}"
        );
    } else {
        let scale = c.train_scale.unwrap_or(1.0);
        for &x in &kept {
            assert!(
                (x - scale).abs() <= 0.005 + 1e-4 * scale,
                "'{text}': a kept unit was scaled ×{x}, the text says ×{scale}"
            );
        }
    }
    check_evaluation(text, &c, &mut net, rates, v, layer);
}

/// Evaluation mode: every unit scaled as the text says, or masks drawn when it says so.
fn check_evaluation(
    text: &str,
    c: &Claim,
    net: &mut Mlp,
    rates: &DropoutRates,
    v: &Variant,
    layer: usize,
) {
    let x = normal(ROWS, UNITS, 7);
    let mut r = rng(3);
    let out = net.predict_variant(x.view(), rates, v, Some(&mut r));
    let before = if layer == 0 {
        x.clone()
    } else {
        net.activations(1).to_owned()
    };
    let f = factors(out.view(), before.view());
    let zeros = f.iter().filter(|x| x.abs() < 1e-6).count();
    if c.masks_at_evaluation {
        assert!(zeros > 0 || v.noise != Noise::Bernoulli);
        assert!(
            f.iter().any(|&x| (x - 1.0).abs() > 1e-3),
            "'{text}': evaluation drew no noise"
        );
        return;
    }
    let scale = c.eval_scale.unwrap_or(1.0);
    for &x in &f {
        assert!(
            (x - scale).abs() <= 0.005 + 1e-4,
            "'{text}': evaluation scaled a unit ×{x}, the text says ×{scale}"
        );
    }
}

fn rates_for(text: &str, layer: usize, p: f32) -> (DropoutRates, Variant) {
    let (mode, v) = parse(text).unwrap();
    let mut rates = vec![0.0; 2];
    rates[layer] = p;
    (DropoutRates::new(rates, mode).unwrap(), v)
}

fn every_case() -> impl Iterator<Item = (String, f32)> {
    VARIANTS.iter().flat_map(|v| {
        let classic = if v.is_empty() {
            "classic".to_string()
        } else {
            format!("{v}~classic")
        };
        [v.to_string(), classic]
            .into_iter()
            .flat_map(|text| [0.0, 0.2, 0.5].map(|p| (text.clone(), p)))
    })
}

#[test]
fn the_slider_read_out_states_the_kept_share_and_scales_training_uses() {
    for (text, p) in every_case() {
        let (rates, v) = rates_for(&text, 1, p);
        for notation in [Notation::Drop, Notation::Retain] {
            let readout = rate_readout(&rates, &v, notation);
            if notation == Notation::Retain && !readout.contains("mistake") {
                // The retain notation writes the dropped share; the kept one is its complement.
                let drop = number_after(&readout, "drop 1−p = ");
                if let Some(d) = drop {
                    let kept = rate_readout(&rates, &v, Notation::Drop);
                    let k = number_after(&kept, "keep 1−p = ").unwrap();
                    assert!((d + k - 1.0).abs() < 0.011, "'{readout}' vs '{kept}'");
                }
                continue;
            }
            check_layer(&readout, &rates, &v, 1);
        }
    }
}

#[test]
fn the_input_read_out_states_what_training_does_to_the_inputs() {
    for (text, p) in every_case().filter(|(t, _)| !t.contains("bn")) {
        let (rates, v) = rates_for(&text, 0, p);
        let readout = input_readout(&rates, &v, UNITS, Notation::Drop);
        assert!(
            readout.contains(&format!("on the {UNITS} inputs")),
            "{readout}"
        );
        if p > 0.0 {
            check_layer(&readout, &rates, &v, 0);
        }
    }
}

#[test]
fn the_two_links_of_issue_18_read_true() {
    // ?rates=0,0.5~noscale: trained with no scaling, and none at evaluation either.
    let (rates, v) = rates_for("noscale", 1, 0.5);
    assert_eq!(
        rate_readout(&rates, &v, Notation::Drop),
        "p = 0.50 · keep 1−p = 0.50 · no scaling in training, none at evaluation"
    );
    // ?rates=0,0.2~keep: drops 80 % and scales the kept units ×5.
    let (rates, v) = rates_for("keep", 1, 0.2);
    assert_eq!(
        rate_readout(&rates, &v, Notation::Drop),
        "p = 0.20 · mistake: drops 0.80, keeps 0.20 · kept units ×5.00, none at evaluation"
    );
}

#[test]
fn a_runs_read_out_follows_its_variant_in_the_experiment() {
    let config = common::config(vec![8], 16, 1);
    let mut e = Experiment::with_runs(config, common::moons(40, 1), &[vec![0.0, 0.5]]).unwrap();
    let (mode, keep) = parse("keep").unwrap();
    e.set_variant(0, mode, keep).unwrap();
    let run = &e.runs()[0];
    let text = rate_readout(run.rates(), run.variant(), Notation::Drop);
    assert!(text.contains("mistake: drops 0.50"), "{text}");
}
