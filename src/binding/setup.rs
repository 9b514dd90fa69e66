//! The Data & network panel's side of the Lab: building a preset with the class's changes
//! (see [`crate::core::setup`]), what the panel shows, where a pointer on the data canvas is in
//! data coordinates, and the drawn points and CSV files, kept in the link's encoding.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::{Lab, js_error};
use crate::core::data::points::{self, MAX_DRAWN, Point};
use crate::core::data::{MAX_POINTS, MIN_POINTS, Split, csv};
use crate::core::experiment::ExperimentConfig;
use crate::core::preset::{DataSpec, Preset};
use crate::core::settings::json::{list, number, string};
use crate::core::setup::{self, DATASETS, Setup, Source};
use crate::render::{Extent, panel_rect, surface};

/// What the Lab keeps of the setup it was built with.
pub(super) struct SetupInfo {
    pub source: Source,
    pub data_edited: bool,
    pub changes: Vec<setup::StoryChange>,
    pub points: Vec<Point>,
}

/// The preset with the setup text applied, the data to train on, and what to remember of it.
pub(super) fn build(preset: &Preset, text: &str) -> Result<(Preset, Split, SetupInfo), JsError> {
    let setup = Setup::parse(text).map_err(js_error)?;
    let built = setup.apply(preset).map_err(js_error)?;
    let info = SetupInfo {
        source: built.source,
        data_edited: built.data_edited,
        changes: built.changes,
        points: setup.points,
    };
    Ok((built.preset, built.split, info))
}

/// The datasets as JSON, in menu order: `[{name, title, shape}]` (shape "2d", "curve" or
/// "digits": what can be drawn on it, and which datasets share drawn points).
#[wasm_bindgen(js_name = datasetList)]
pub fn dataset_list() -> String {
    list(DATASETS.iter().map(|&name| {
        let shape = name.parse::<Source>().map_or("2d", |s| s.shape().name());
        format!(
            "{{\"name\":{},\"title\":{},\"shape\":{}}}",
            string(name),
            string(&setup::dataset_title(name)),
            string(shape)
        )
    }))
}

/// The bounds of every knob, from the core: `{minPoints, maxPoints, maxNoise, maxLabelNoise,
/// maxL2, maxBatch, maxDrawn, maxCsvBytes, activations, optimizers}`.
#[wasm_bindgen(js_name = setupLimits)]
pub fn setup_limits() -> String {
    let names = |words: &[&str]| list(words.iter().map(|n| string(n)));
    format!(
        "{{\"minPoints\":{MIN_POINTS},\"maxPoints\":{MAX_POINTS},\"maxNoise\":{},\"maxLabelNoise\":{},\"maxL2\":{},\"maxBatch\":{},\"maxDrawn\":{MAX_DRAWN},\"maxCsvBytes\":{},\"activations\":{},\"optimizers\":{}}}",
        number(Some(setup::MAX_NOISE)),
        number(Some(setup::MAX_LABEL_NOISE)),
        number(Some(setup::MAX_L2)),
        ExperimentConfig::MAX_BATCH,
        csv::MAX_BYTES,
        names(&setup::ACTIVATIONS),
        names(&setup::OPTIMIZERS),
    )
}

/// `encoded` (the link's points) with one more point at data position (x, y); an error past
/// the limit, saying so.
#[wasm_bindgen(js_name = pointsAdd)]
pub fn points_add(
    encoded: &str,
    x: f32,
    y: f32,
    label: u8,
    validation: bool,
) -> Result<String, JsError> {
    let mut list = points::decode(encoded).map_err(js_error)?;
    if list.len() >= MAX_DRAWN {
        return Err(js_error(points::too_many(list.len() + 1)));
    }
    list.push(Point {
        x,
        y,
        label,
        validation,
    });
    Ok(points::encode(&list))
}

/// `encoded` without the point nearest to (x, y) within `radius` data units (unchanged if none).
#[wasm_bindgen(js_name = pointsErase)]
pub fn points_erase(encoded: &str, x: f32, y: f32, radius: f32) -> Result<String, JsError> {
    let mut list = points::decode(encoded).map_err(js_error)?;
    if let Some(i) = points::nearest(&list, x, y, radius) {
        list.remove(i);
    }
    Ok(points::encode(&list))
}

/// A CSV file's points as JSON `{points, count, curve, header, rescaled}` (`points` in the
/// link's encoding); an error names the first bad line.
#[wasm_bindgen(js_name = csvPoints)]
pub fn csv_points(text: &str) -> Result<String, JsError> {
    let loaded = csv::parse(text).map_err(js_error)?;
    Ok(format!(
        "{{\"points\":{},\"count\":{},\"curve\":{},\"header\":{},\"rescaled\":{}}}",
        string(&points::encode(&loaded.points)),
        loaded.points.len(),
        loaded.curve,
        loaded.header,
        loaded.rescaled
    ))
}

/// The plotting window of a dataset that can be drawn on.
pub(super) fn drawable_extent(data: &DataSpec) -> Option<Extent> {
    let (x0, x1, y0, y1) = match data {
        DataSpec::Toy2d(spec) if spec.kind.classes() == 2 => spec.kind.extent(),
        DataSpec::Regression(spec) => spec.kind.extent(),
        _ => return None,
    };
    Some(Extent { x0, x1, y0, y1 })
}

#[wasm_bindgen]
impl Lab {
    /// What the Data & network panel shows, as JSON: `{data, shape, train, val, noise, flip,
    /// act, opt, batch, fullBatch, l2, points: [[x, y, label, validation]], dataEdited, changes}`
    /// (sizes include drawn points).
    #[wasm_bindgen(js_name = setupState)]
    pub fn setup_state(&self) -> String {
        let split = self.experiment.split();
        let config = self.experiment.config();
        let (noise, flip) = match &self.preset.data {
            DataSpec::Toy2d(s) => (Some(s.noise), Some(s.label_noise)),
            DataSpec::Regression(s) => (Some(s.noise), None),
            DataSpec::Digits(_) => (None, None),
        };
        let own = self.setup.source.own();
        format!(
            "{{\"data\":{},\"shape\":{},\"train\":{},\"val\":{},\"noise\":{},\"flip\":{},\"act\":{},\"opt\":{},\"batch\":{},\"fullBatch\":{},\"l2\":{},\"points\":{},\"dataEdited\":{},\"changes\":{}}}",
            string(self.setup.source.name()),
            string(self.setup.source.shape().name()),
            split.train.len(),
            split.val.len(),
            number(noise.filter(|_| !own)),
            number(flip.filter(|_| !own)),
            string(&setup::describe::activation_name(config.activation).to_lowercase()),
            string(&setup::describe::optimizer_name(config.optimizer.kind).to_lowercase()),
            config.batch_size,
            config.batch_size >= split.train.len(),
            number(Some(config.optimizer.weight_decay)),
            list(self.setup.points.iter().map(|p| format!(
                "[{},{},{},{}]",
                number(Some(p.x)),
                number(Some(p.y)),
                p.label,
                p.validation
            ))),
            self.setup.data_edited,
            list(self.setup.changes.iter().map(|c| string(&c.phrase()))),
        )
    }

    /// The sentence under the pictures: the preset's note and its length, or that the class
    /// has left its story and how (see [`Preset::story_note`]).
    #[wasm_bindgen(js_name = storyNote)]
    pub fn story_note(&self) -> String {
        self.preset.story_note(&self.setup.changes)
    }

    /// Where a race that starts from epoch 0 pauses once: the story's end, or `undefined`
    /// once the class has left the story.
    #[wasm_bindgen(js_name = storyEpochs)]
    pub fn story_epochs(&self) -> Option<u32> {
        let epochs = self.preset.story_epochs(&self.setup.changes)?;
        u32::try_from(epochs).ok()
    }

    /// The data position under CSS position (x, y) of the data canvas, as `[x, y]`, or empty
    /// when the pointer is on no panel or the data cannot be drawn on (digits, many classes).
    /// The panels' layout is the render module's, so the page never repeats its arithmetic.
    #[wasm_bindgen(js_name = dataPointAt)]
    pub fn data_point_at(&self, canvas: &HtmlCanvasElement, x: f64, y: f64) -> Vec<f32> {
        let Some(extent) = drawable_extent(&self.preset.data) else {
            return Vec::new();
        };
        let rect = canvas.get_bounding_client_rect();
        let scale = surface::draw_scale();
        let (width, height) = (rect.width() / scale, rect.height() / scale);
        let runs = self.experiment.runs().len();
        (0..runs)
            .find_map(|i| panel_rect(runs, i, width, height).to_data(&extent, x / scale, y / scale))
            .map_or_else(Vec::new, |(px, py)| vec![px, py])
    }
}
