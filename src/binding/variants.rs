//! A run's variant as the page chooses it: dropout's rivals (DropConnect, Gaussian dropout,
//! max-norm, L2, batch norm) and the classic mistakes, each a real option of one run. The page
//! and the link speak the variant's text form ([`crate::core::variant::describe`]).

use wasm_bindgen::prelude::*;

use super::{Lab, js_error};
use crate::core::experiment::Run;
use crate::core::variant::{self, Mistake, Noise, gaussian_variance};
use crate::render::NoiseOverlay;

/// The choices the runs list offers, as JSON `[{text, name, note}]`: `text` is the variant's
/// text form (what `setRunVariant` takes and the link keeps), `name` what the menu says, `note`
/// one line on what it does.
#[wasm_bindgen(js_name = variantChoices)]
pub fn variant_choices() -> String {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let items: Vec<String> = CHOICES
        .iter()
        .map(|(text, name, note)| {
            format!(
                r#"{{"text":"{}","name":"{}","note":"{}"}}"#,
                escape(text),
                escape(name),
                escape(note)
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// Why `text` is not a run variant the lab can read, or `undefined` when it is (the link
/// checks a run's `~variant` with it before building anything).
#[wasm_bindgen(js_name = variantProblem)]
pub fn variant_problem(text: &str) -> Option<String> {
    variant::parse(text).err().map(|e| e.to_string())
}

/// What the menu offers: the common variants with their usual settings (the link can carry
/// any combination `parse` reads, e.g. `dropconnect~maxnorm_2`).
const CHOICES: [(&str, &str, &str); 11] = [
    (
        "",
        "dropout",
        "units switched off with probability p, kept ones ×1/(1−p)",
    ),
    (
        "classic",
        "dropout, classic",
        "no scaling in training, ×(1−p) at evaluation",
    ),
    (
        "dropconnect",
        "DropConnect",
        "single weights switched off with probability p",
    ),
    (
        "gaussian",
        "Gaussian dropout",
        "every unit × a factor from N(1, p/(1−p))",
    ),
    (
        "maxnorm_3",
        "dropout + max-norm 3",
        "each unit's incoming weights kept within ‖w‖ ≤ 3",
    ),
    ("l2_0.01", "L2 0.01", "weight decay λ = 0.01 on this run"),
    (
        "bn",
        "batch norm",
        "each hidden layer normalised over the minibatch",
    ),
    (
        "evaldrop",
        "mistake: dropout on at evaluation",
        MISTAKE_NOTES[0],
    ),
    (
        "noscale",
        "mistake: no ×(1−p) at evaluation",
        MISTAKE_NOTES[1],
    ),
    ("keep", "mistake: p read as keep", MISTAKE_NOTES[2]),
    (
        "gaussian~maxnorm_3",
        "Gaussian + max-norm 3",
        "Gaussian noise and the max-norm constraint",
    ),
];

const MISTAKE_NOTES: [&str; 3] = [
    "forgot evaluation mode: validation measured on random thinned networks",
    "classic training, full network at evaluation: outputs too large",
    "a layer meant to drop p drops 1 − p",
];

#[wasm_bindgen]
impl Lab {
    /// Run `run`'s variant in text form (`""` for plain inverted dropout).
    #[wasm_bindgen(js_name = runVariant)]
    pub fn run_variant(&self, run: usize) -> Result<String, JsError> {
        let r = self.experiment.run(run).map_err(js_error)?;
        Ok(variant::describe(r.rates().mode, r.variant()))
    }

    /// Sets run `run`'s variant from its text form, from its next minibatch on (its weights and
    /// history are kept: Reset races the variants from the start).
    #[wasm_bindgen(js_name = setRunVariant)]
    pub fn set_run_variant(&mut self, run: usize, text: &str) -> Result<(), JsError> {
        let (mode, v) = variant::parse(text).map_err(js_error)?;
        self.experiment
            .set_variant(run, mode, v)
            .map_err(js_error)?;
        self.revision += 1;
        self.data.invalidate();
        Ok(())
    }

    /// The one-line explanation of run `run`'s mistake, if it makes one.
    #[wasm_bindgen(js_name = runMistake)]
    pub fn run_mistake(&self, run: usize) -> Option<String> {
        let m: Mistake = self.experiment.run(run).ok()?.variant().mistake?;
        Some(m.explanation().to_string())
    }
}

/// What the diagram shows of the focused run's variant: the rates the code really drops with
/// (the keep-as-drop mistake drops 1 − p), DropConnect's weight masks and Gaussian factors of
/// the drawn example, with the counts and words that go with them.
pub(super) struct DiagramNoise {
    noise: Noise,
    mistake: Option<Mistake>,
    pub drop_rates: Vec<f32>,
    pub mask_rates: Vec<f32>,
    banner: Option<String>,
    weight_masks: Option<Vec<Vec<u8>>>,
    factors: Option<Vec<Vec<f32>>>,
    footers: Option<Vec<Vec<String>>>,
}

impl DiagramNoise {
    pub fn of(lab: &Lab, run: &Run) -> Self {
        // The drawn masks belong to the variant that drew them (the menu may have moved on).
        let (rates, v) = (run.rates(), run.mask_variant());
        let drop_rates = (0..rates.rates.len())
            .map(|l| v.drop_rate(rates, l))
            .collect();
        let keep_mistake = v.mistake == Some(Mistake::KeepReadAsDrop);
        let mask_rates = run
            .mask_rates()
            .iter()
            .map(|&q| if keep_mistake && q > 0.0 { 1.0 - q } else { q })
            .collect();
        let mut noise = Self {
            noise: v.noise,
            mistake: v.mistake,
            drop_rates,
            mask_rates,
            banner: None,
            weight_masks: None,
            factors: None,
            footers: None,
        };
        // A mistake says so where the diagram would otherwise describe the correct rule.
        noise.banner = match (v.mistake, lab.train_view) {
            (Some(Mistake::DropoutAtEvaluation), false) => Some(
                "EVALUATION — MISTAKE: dropout left on, fresh masks at every evaluation".into(),
            ),
            (Some(Mistake::NoEvaluationScaling), false) => Some(
                "EVALUATION — MISTAKE: all units on but not scaled by 1−p: inputs too large".into(),
            ),
            (Some(Mistake::KeepReadAsDrop), true) => {
                Some("TRAINING — MISTAKE: p read as keep, so each layer drops 1 − p".into())
            }
            _ => None,
        };
        if !lab.train_view || run.steps() == 0 {
            return noise;
        }
        let net = run.net();
        let layers = net.dropout_layers();
        let sizes = net.layer_sizes();
        let footer_of = |l: usize, lines: Vec<String>| if l < layers { lines } else { Vec::new() };
        match v.noise {
            Noise::Bernoulli => {}
            Noise::DropConnect => {
                let masks: Vec<Vec<u8>> = (0..layers)
                    .filter_map(|l| net.weight_mask(l))
                    .map(|m| m.iter().map(|&k| u8::from(k > 0.5)).collect())
                    .collect();
                noise.footers = Some(
                    (0..sizes.len())
                        .map(|l| {
                            let Some(mask) = masks.get(l) else {
                                return Vec::new();
                            };
                            let q = noise.mask_rates.get(l).copied().unwrap_or(0.0);
                            let kept = mask.iter().filter(|&&k| k != 0).count();
                            // Short lines: a column is narrow, and these count weights, not units.
                            let mut lines = vec![
                                format!("kept {kept} of {}", mask.len()),
                                format!("weights (≈ {:.0})", mask.len() as f32 * (1.0 - q)),
                            ];
                            let scale = v.train_scale(rates, l);
                            if q > 0.0 && scale != 1.0 {
                                lines.push(format!("kept ones ×{scale:.1}"));
                            }
                            footer_of(l, lines)
                        })
                        .collect(),
                );
                noise.weight_masks = Some(masks);
                noise.banner = Some(
                    "TRAINING — this minibatch's DropConnect mask: dropped weights dashed grey"
                        .into(),
                );
            }
            Noise::Gaussian => {
                let example = |m: ndarray::ArrayView2<f32>| {
                    let row = lab.example.min(m.nrows().saturating_sub(1));
                    m.row(row).to_vec()
                };
                // A layer without noise has every factor 1: nothing to badge.
                let factors: Vec<Vec<f32>> = (0..layers)
                    .map(|l| {
                        let noisy = noise.mask_rates.get(l).is_some_and(|&q| q > 0.0);
                        if noisy {
                            example(run.mask(l))
                        } else {
                            Vec::new()
                        }
                    })
                    .collect();
                noise.footers = Some(
                    (0..sizes.len())
                        .map(|l| {
                            let Some(f) = factors.get(l) else {
                                return Vec::new();
                            };
                            let q = noise.mask_rates.get(l).copied().unwrap_or(0.0);
                            if f.is_empty() {
                                return vec!["no noise".into()];
                            }
                            let lo = f.iter().copied().fold(f32::INFINITY, f32::min);
                            let hi = f.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                            vec![
                                format!("× N(1, {:.2})", gaussian_variance(q)),
                                format!("factors {lo:.2} … {hi:.2}"),
                            ]
                        })
                        .collect(),
                );
                noise.factors = Some(factors);
                noise.banner = Some(
                    "TRAINING — one example's Gaussian noise: each unit × a factor from N(1, p/(1−p))"
                        .into(),
                );
            }
        }
        noise
    }

    /// Gaussian factors are not 0/1 masks: no unit is crossed out.
    pub fn hides_masks(&self) -> bool {
        self.noise == Noise::Gaussian
    }

    /// No unit is scaled in training by Gaussian noise (mean 1) or DropConnect (its weights
    /// are): the diagram's unit badges go, as they do for classic dropout. The no-scale
    /// mistake trains as classic dropout and then scales nothing.
    pub fn classic(&self, classic: bool, train_mode: bool) -> bool {
        if self.mistake == Some(Mistake::NoEvaluationScaling) {
            return train_mode;
        }
        match self.noise {
            Noise::Gaussian | Noise::DropConnect if train_mode => true,
            Noise::Gaussian => false,
            _ => classic,
        }
    }

    pub fn overlay(&self) -> NoiseOverlay<'_> {
        NoiseOverlay {
            banner: self.banner.as_deref(),
            weight_masks: self.weight_masks.as_deref(),
            factors: self.factors.as_deref(),
            footers: self.footers.as_deref(),
        }
    }
}
