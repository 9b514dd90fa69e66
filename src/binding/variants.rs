//! A run's variant as the page chooses it: dropout's rivals (DropConnect, Gaussian dropout,
//! max-norm, L2, batch norm) and the classic mistakes, each a real option of one run. The page
//! and the link speak the variant's text form ([`crate::core::variant::describe`]).

use wasm_bindgen::prelude::*;

use super::{Lab, js_error};
use crate::core::diagram::DiagramNoise;
use crate::core::l10n;
use crate::core::variant::{self, Mistake};
use crate::render::NoiseOverlay;

/// The choices the runs list offers, as JSON `[{text, name, note}]`: `text` is the variant's
/// text form (what `setRunVariant` takes and the link keeps), `name` what the menu says, `note`
/// one line on what it does.
#[wasm_bindgen(js_name = variantChoices)]
pub fn variant_choices() -> String {
    let escape = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
    let items: Vec<String> = CHOICES
        .iter()
        .map(|&(text, id)| {
            format!(
                r#"{{"text":"{}","name":"{}","note":"{}"}}"#,
                escape(text),
                escape(&l10n::text(id, None)),
                escape(&l10n::text(&format!("{id}.title"), None))
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
/// any combination `parse` reads, e.g. `dropconnect~maxnorm_2`), each with the catalog message
/// that names it (its `.title` the note under the name).
const CHOICES: [(&str, &str); 11] = [
    ("", "variant-dropout"),
    ("classic", "variant-classic"),
    ("dropconnect", "variant-dropconnect"),
    ("gaussian", "variant-gaussian"),
    ("maxnorm_3", "variant-maxnorm"),
    ("l2_0.01", "variant-l2"),
    ("bn", "variant-bn"),
    ("evaldrop", "variant-mistake-evaldrop"),
    ("noscale", "variant-mistake-noscale"),
    ("keep", "variant-mistake-keep"),
    ("gaussian~maxnorm_3", "variant-gaussian-maxnorm"),
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

    /// How the variants' menu names run `run`'s variant when it does not list it (a link's
    /// combination): its parts from the catalog, never the link's tokens.
    #[wasm_bindgen(js_name = runVariantName)]
    pub fn run_variant_name(&self, run: usize) -> Result<String, JsError> {
        let r = self.experiment.run(run).map_err(js_error)?;
        Ok(variant::variant_name(r.rates().mode, r.variant()))
    }

    /// The one-line explanation of run `run`'s mistake, if it makes one.
    #[wasm_bindgen(js_name = runMistake)]
    pub fn run_mistake(&self, run: usize) -> Option<String> {
        let m: Mistake = self.experiment.run(run).ok()?.variant().mistake?;
        Some(m.explanation())
    }
}

/// The render module's view of the diagram's variant overlay the core decided.
pub(super) fn overlay(noise: &DiagramNoise) -> NoiseOverlay<'_> {
    NoiseOverlay {
        banner: noise.banner.as_deref(),
        weight_masks: noise.weight_masks.as_deref(),
        factors: noise.factors.as_deref(),
        footers: noise.footers.as_deref(),
    }
}
