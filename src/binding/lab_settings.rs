//! The page's one copy of the settings: a [`LabSettings`] handle over the core's
//! [`Settings`]. The page reads a link, a setup file or a change through it (the core checks
//! every bound and says what it ignored), reads the values back through typed getters, and
//! writes the link and the setup file from it. It only translates: every rule is the core's.

use wasm_bindgen::prelude::*;

use crate::core::error::Error;
use crate::core::settings::{self, Ignored, RunSpec, Settings, file};

/// A refusal as the page shows it: the sentence alone (`training points = 3 is out of range: …`,
/// `it is not a JSON file.`), without the error kind's prefix.
fn refusal(err: Error) -> JsError {
    match err {
        Error::Config(why) => JsError::new(&why.to_string()),
        other => JsError::new(&other.to_string()),
    }
}

/// The settings a link, a setup file or a change describes, and what was ignored reading them.
#[wasm_bindgen]
pub struct LabSettings {
    settings: Settings,
    /// Kept unformatted: the link's own `lang=` is spoken only once the page uses these
    /// settings, and each sentence is said in the language spoken when it is asked for.
    ignored: Vec<Ignored>,
}

impl LabSettings {
    fn of(settings: Settings) -> LabSettings {
        LabSettings {
            settings,
            ignored: Vec::new(),
        }
    }
}

#[wasm_bindgen]
impl LabSettings {
    /// The settings of a link's query string (`location.search`); what could not be used is in
    /// [`LabSettings::ignored`], and the defaults stay for it.
    #[wasm_bindgen(js_name = fromLink)]
    pub fn from_link(query: &str) -> LabSettings {
        let parsed = Settings::parse(query);
        LabSettings {
            settings: parsed.settings,
            ignored: parsed.ignored,
        }
    }

    /// The settings a setup file holds; an error says why the file cannot be used.
    #[wasm_bindgen(js_name = fromSetupFile)]
    pub fn from_setup_file(text: &str) -> Result<LabSettings, JsError> {
        file::read(text).map(LabSettings::of).map_err(refusal)
    }

    /// What reading the link ignored, a sentence each (`seed=x ignored (expected …)`), in the
    /// language spoken now.
    pub fn ignored(&self) -> Vec<String> {
        self.ignored.iter().map(ToString::to_string).collect()
    }

    /// These settings with `change` (`key=value&…`; an empty value puts a key back to its
    /// default) applied all or nothing; an error names the key and its bound.
    pub fn merged(&self, change: &str) -> Result<LabSettings, JsError> {
        self.settings
            .merged(change)
            .map(LabSettings::of)
            .map_err(refusal)
    }

    /// These settings with the running lab's state: every run's rates (`rates`, `layers` per
    /// run, input layer first) and variant, the focused run and the learning rate.
    #[wasm_bindgen(js_name = withLive)]
    pub fn with_live(
        &self,
        rates: Vec<f32>,
        layers: usize,
        variants: Vec<String>,
        focus: usize,
        learning_rate: f32,
    ) -> LabSettings {
        let runs = rates
            .chunks(layers.max(1))
            .zip(variants)
            .map(|(r, v)| RunSpec {
                rates: r.to_vec(),
                variant: v,
            });
        let mut settings = self.settings.clone();
        settings.runs = Some(runs.collect());
        settings.focus = Some(focus);
        settings.learning_rate = Some(learning_rate);
        LabSettings::of(settings)
    }

    /// The keys whose value differs from `before`'s, in the link's order.
    #[wasm_bindgen(js_name = changedKeys)]
    pub fn changed_keys(&self, before: &LabSettings) -> Vec<String> {
        let keys = before.settings.changed_keys(&self.settings);
        keys.into_iter().map(String::from).collect()
    }

    /// The link's query string (no `?`).
    #[wasm_bindgen(js_name = toLink)]
    pub fn to_link(&self) -> String {
        self.settings.to_query()
    }

    /// The setup file's text.
    #[wasm_bindgen(js_name = setupFile)]
    pub fn setup_file(&self) -> String {
        file::write(&self.settings)
    }

    /// The Data & network knobs as the Lab constructor reads them (`key=value&…`).
    #[wasm_bindgen(js_name = setupText)]
    pub fn setup_text(&self) -> String {
        self.settings.setup_query()
    }

    /// Every key the link writes and its text, flattened: `[key, text, key, text, …]`.
    pub fn pairs(&self) -> Vec<String> {
        let pairs = self.settings.to_pairs().into_iter();
        pairs.flat_map(|(k, v)| [k.to_string(), v]).collect()
    }

    pub fn preset(&self) -> String {
        self.settings.preset.clone()
    }

    pub fn seed(&self) -> u32 {
        self.settings.seed
    }

    /// The hidden sizes the link asks for, or undefined for the preset's.
    pub fn hidden(&self) -> Option<Vec<u32>> {
        let hidden = self.settings.hidden.as_ref()?;
        Some(hidden.iter().map(|&n| n as u32).collect())
    }

    /// How many runs the link gives (0: the preset's runs).
    #[wasm_bindgen(js_name = runCount)]
    pub fn run_count(&self) -> usize {
        self.settings.runs.as_ref().map_or(0, Vec::len)
    }

    /// Run `run`'s rates, input layer first (`[input, p]`: every hidden layer at p).
    #[wasm_bindgen(js_name = runRates)]
    pub fn run_rates(&self, run: usize) -> Vec<f32> {
        self.run(run).map_or_else(Vec::new, |r| r.rates.clone())
    }

    /// Run `run`'s variant in its text form (`""`: inverted dropout).
    #[wasm_bindgen(js_name = runVariant)]
    pub fn run_variant(&self, run: usize) -> String {
        self.run(run)
            .map_or_else(String::new, |r| r.variant.clone())
    }

    pub fn focus(&self) -> Option<u32> {
        self.settings.focus.map(|f| f as u32)
    }

    #[wasm_bindgen(js_name = learningRate)]
    pub fn learning_rate(&self) -> Option<f32> {
        self.settings.learning_rate
    }

    #[wasm_bindgen(js_name = evalView)]
    pub fn eval_view(&self) -> bool {
        self.settings.eval_view
    }

    /// The speed slider's position, or undefined for the default.
    pub fn speed(&self) -> Option<u8> {
        self.settings.speed
    }

    #[wasm_bindgen(js_name = logScale)]
    pub fn log_scale(&self) -> bool {
        self.settings.log_scale
    }

    #[wasm_bindgen(js_name = retainNotation)]
    pub fn retain_notation(&self) -> bool {
        self.settings.retain_notation
    }

    pub fn present(&self) -> bool {
        self.settings.present
    }

    pub fn calm(&self) -> bool {
        self.settings.calm
    }

    pub fn contrast(&self) -> bool {
        self.settings.contrast
    }

    pub fn lesson(&self) -> Option<u32> {
        self.settings.lesson
    }

    /// The language the Code panel opens on (`code=`), if the link asks for it.
    pub fn code(&self) -> Option<String> {
        self.settings.code.map(str::to_string)
    }

    /// The language the settings ask for (`lang=`), or `undefined` for the browser's.
    pub fn lang(&self) -> Option<String> {
        self.settings.lang.map(String::from)
    }

    /// The controls a classroom link hides.
    pub fn hide(&self) -> Vec<String> {
        self.settings.hide.iter().map(|h| h.to_string()).collect()
    }
}

impl LabSettings {
    fn run(&self, run: usize) -> Option<&RunSpec> {
        self.settings.runs.as_ref()?.get(run)
    }
}

/// The controls a link can hide (`hide=`), in the order the banner lists them.
#[wasm_bindgen(js_name = hideableControls)]
pub fn hideable_controls() -> Vec<String> {
    settings::HIDEABLE.iter().map(|h| h.to_string()).collect()
}

/// The Data & network panel's keys, in its order; each is also a key of the link.
#[wasm_bindgen(js_name = setupKeys)]
pub fn setup_keys() -> Vec<String> {
    settings::props::SETUP_KEYS.map(String::from).to_vec()
}
