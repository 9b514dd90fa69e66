//! Sweeps (#11): a [`SweepJob`] a Web Worker trains (the lab's own run with the job's rates,
//! scaling, variant and seed; the per-epoch losses out), and a [`SweepPanel`] on the page that lists the jobs, gathers what
//! the workers send back, sums it up in the core and draws it.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

mod keys;
mod view;

use super::{Lab, js_value_error};
use crate::core::labels::Notation;
use crate::core::preset::Preset;
use crate::core::setup::{Setup, Source};
use crate::core::sweep::{self, Job, Kind, Outcome, Plan, Sweep};
use crate::core::variant;
use crate::render::ChartGeometry;

/// One run of a sweep, ready to train in a worker.
#[wasm_bindgen]
pub struct SweepJob {
    preset: Preset,
    job: Job,
    /// The class's drawn or loaded points and where the data comes from: a sweep trains on
    /// the lab's data, not only the generator's.
    own: Setup,
    source: Source,
}

#[wasm_bindgen]
impl SweepJob {
    /// Trains to the story length and returns its losses as `[epochs, val…, train_eval…,
    /// best_val]` (see [`Outcome::to_flat`]).
    pub fn train(&self) -> Result<Vec<f32>, JsError> {
        let outcome = self
            .job
            .train_with(&self.preset, |data| self.own.split(data, self.source))
            .map_err(super::js_error)?;
        Ok(outcome.to_flat())
    }
}

#[wasm_bindgen]
impl Lab {
    /// A sweep job on this lab's preset and settings (network, learning rate, batch size) with
    /// its own rates, mode and variant (`variant`: the link's text form, e.g. `"classic"`,
    /// `"dropconnect"`, `"bn"`), seed (data, weights and masks) and training-set size.
    #[wasm_bindgen(js_name = sweepJob)]
    pub fn sweep_job(
        &self,
        rates: Vec<f32>,
        variant: &str,
        seed: u32,
        n_train: u32,
    ) -> Result<SweepJob, JsError> {
        let (mode, variant) = variant::parse(variant).map_err(super::js_error)?;
        Ok(SweepJob {
            preset: self.sweep_preset(),
            own: Setup {
                points: self.setup.points.clone(),
                ..Setup::default()
            },
            source: self.setup.source,
            job: Job {
                mode,
                variant,
                ..Job::plain(0, 0, rates, seed, n_train as usize)
            },
        })
    }

    /// A p-sweep (`kind` "rate": hidden p from 0 to 0.9 at the focused run's input rate) or a
    /// data-size sweep ("size": N on a ladder, at p = 0 and at the focused run's rates), over
    /// `seeds` seeds from `first_seed` on. The swept run keeps the focused run's scaling and
    /// variant.
    #[wasm_bindgen(js_name = newSweep)]
    pub fn new_sweep(&self, kind: &str, seeds: u32, first_seed: u32) -> SweepPanel {
        let preset = self.sweep_preset();
        let focused = self.experiment.run(self.focused).ok();
        let rates = focused.map_or_else(|| vec![0.0], |r| r.rates().rates.clone());
        let (mode, variant) =
            focused.map_or_else(Default::default, |r| (r.rates().mode, *r.variant()));
        let seeds = seeds as usize;
        let plan = match kind {
            "size" => Plan::size_sweep(&preset, &rates, first_seed, seeds),
            _ => Plan::p_sweep(&preset, rates[0], first_seed, seeds),
        };
        SweepPanel {
            sweep: Sweep::new(plan.with_variant(mode, variant)),
            input_p: rates[0],
            layers: preset.config.hidden.len(),
            focus_rates: rates,
            log_y: false,
            hover: None,
            geometry: None,
            notation: self.notation,
        }
    }

    fn sweep_preset(&self) -> Preset {
        let mut preset = self.preset.clone();
        let seed = preset.config.seed;
        preset.config = self.experiment.config().clone();
        preset.config.seed = seed;
        preset
    }
}

/// A sweep on the page: its plan, the outcomes so far, and how its chart is looked at.
#[wasm_bindgen]
pub struct SweepPanel {
    sweep: Sweep,
    input_p: f32,
    layers: usize,
    /// The focused run's rates when the sweep started: a data-size sweep's second curve.
    focus_rates: Vec<f32>,
    log_y: bool,
    /// Hovered ladder point.
    hover: Option<usize>,
    geometry: Option<ChartGeometry>,
    /// How its curves' and table's labels write `p`: the lab's when the sweep started, then
    /// what the page sets before each draw (a view setting, like the log scale).
    notation: Notation,
}

#[wasm_bindgen]
impl SweepPanel {
    #[wasm_bindgen(js_name = jobCount)]
    pub fn job_count(&self) -> usize {
        self.sweep.plan().jobs.len()
    }

    /// Job `i`'s seed (a u32, exact as a JS number), or `undefined` past the end.
    #[wasm_bindgen(js_name = jobSeed)]
    pub fn job_seed(&self, i: usize) -> Option<u32> {
        self.sweep.job(i).map(|j| j.seed)
    }

    /// Job `i`'s training-set size.
    #[wasm_bindgen(js_name = jobTrainSize)]
    pub fn job_train_size(&self, i: usize) -> Option<u32> {
        self.sweep.job(i).map(|j| j.n_train as u32)
    }

    /// Job `i`'s drop rates, input layer first (empty past the end).
    #[wasm_bindgen(js_name = jobRates)]
    pub fn job_rates(&self, i: usize) -> Vec<f32> {
        self.sweep.job(i).map_or_else(Vec::new, |j| j.rates.clone())
    }

    /// Job `i`'s mode and variant in the link's text form (what `Lab.sweepJob` reads).
    #[wasm_bindgen(js_name = jobVariant)]
    pub fn job_variant(&self, i: usize) -> Option<String> {
        self.sweep.job(i).map(Job::variant_text)
    }

    /// Stores what a worker sent back for job `i` (see `SweepJob.train`).
    pub fn record(&mut self, i: usize, flat: Vec<f32>) {
        self.sweep.record(i, Outcome::from_flat(&flat));
    }

    pub fn done(&self) -> usize {
        self.sweep.done()
    }

    pub fn complete(&self) -> bool {
        self.sweep.complete()
    }

    /// Whether this is a data-size sweep.
    #[wasm_bindgen(js_name = isSizeSweep)]
    pub fn is_size_sweep(&self) -> bool {
        self.sweep.plan().kind == Kind::TrainSize
    }

    /// The x of each point (p or N).
    pub fn xs(&self) -> Vec<f32> {
        self.sweep.plan().xs.clone()
    }

    /// Mean final validation loss per point of curve `series` (NaN where nothing finished).
    #[wasm_bindgen(js_name = finalVal)]
    pub fn final_val(&self, series: usize) -> Vec<f32> {
        self.sweep
            .rows(series)
            .iter()
            .map(|r| r.final_val.mean)
            .collect()
    }

    /// Mean best validation loss per point of curve `series` (what early stopping would keep).
    #[wasm_bindgen(js_name = bestVal)]
    pub fn best_val(&self, series: usize) -> Vec<f32> {
        self.sweep
            .rows(series)
            .iter()
            .map(|r| r.best_val.mean)
            .collect()
    }

    /// Mean final train/validation gap per point of curve `series`.
    pub fn gap(&self, series: usize) -> Vec<f32> {
        self.sweep.rows(series).iter().map(|r| r.gap.mean).collect()
    }

    /// The note under the chart: what the curves show, as far as the claims tests pin it.
    pub fn note(&self) -> String {
        if self.is_size_sweep() {
            sweep::note(sweep::SIZE_NOTE)
        } else {
            sweep::note(sweep::RATE_NOTE)
        }
    }

    /// Describe: where the sweep's curve is lowest and its shape, in a sentence (the chart's
    /// accessible description).
    pub fn describe(&self) -> String {
        crate::core::narration::describe::sweep(&self.sweep)
    }

    /// The chart as a table: per ladder point of curve `series`, `[x, final validation loss
    /// mean, min, max, final training loss mean]`, flattened (NaN where no run is back yet).
    #[wasm_bindgen(js_name = tableRows)]
    pub fn table_rows(&self, series: usize) -> Vec<f32> {
        self.sweep
            .rows(series)
            .iter()
            .flat_map(|r| {
                let v = r.final_val;
                [r.x, v.mean, v.min, v.max, r.final_train.mean]
            })
            .collect()
    }

    /// Curve `series`'s table: its caption and column heads, `[caption, head…]`.
    #[wasm_bindgen(js_name = tableText)]
    pub fn table_text(&self, series: usize) -> Vec<String> {
        use crate::core::narration::text;
        let rate = !self.is_size_sweep();
        let curve = (!rate).then(|| {
            let (none, focused) = self.size_labels();
            if series == 0 { none } else { focused }
        });
        let mut out = vec![text::sweep_table_caption(rate, curve.as_deref())];
        out.extend(text::sweep_table_heads(rate));
        out
    }

    /// x of the point with the lowest mean final validation loss (curve 0).
    #[wasm_bindgen(js_name = bestX)]
    pub fn best_x(&self) -> Option<f32> {
        self.sweep.best_point().map(|i| self.sweep.plan().xs[i])
    }

    /// The summary as CSV (see [`Sweep::csv`]).
    pub fn csv(&self) -> String {
        self.sweep.csv()
    }

    #[wasm_bindgen(js_name = setLogScale)]
    pub fn set_log_scale(&mut self, log: bool) {
        self.log_y = log;
    }

    /// Writes the curves' labels, the read-out and the table in the drop or the retain notation.
    #[wasm_bindgen(js_name = setNotation)]
    pub fn set_notation(&mut self, retain: bool) {
        self.notation = Notation::retain(retain);
    }

    /// The ladder point nearest CSS x `x_px`, or `undefined` off the plot.
    #[wasm_bindgen(js_name = pointAt)]
    pub fn point_at(&self, x_px: f64) -> Option<usize> {
        let g = self.geometry?;
        let x_px = x_px / crate::render::surface::draw_scale();
        if !(g.plot_left - 12.0..=g.plot_right + 12.0).contains(&x_px) {
            return None;
        }
        let axis_px = |x: f32| {
            let axis = crate::render::LossAxis {
                lo: g.x_range.0,
                hi: g.x_range.1,
                log: self.is_size_sweep(),
            };
            g.plot_left + axis.fraction(x) * (g.plot_right - g.plot_left)
        };
        let xs = &self.sweep.plan().xs;
        (0..xs.len()).min_by(|&a, &b| {
            (axis_px(xs[a]) - x_px)
                .abs()
                .total_cmp(&(axis_px(xs[b]) - x_px).abs())
        })
    }

    /// Hover at CSS x `x_px` (NaN: the mouse left).
    #[wasm_bindgen(js_name = setHover)]
    pub fn set_hover(&mut self, x_px: f64) {
        self.hover = if x_px.is_finite() {
            self.point_at(x_px)
        } else {
            None
        };
    }

    /// Draws the summary; the raced runs of `lab` are marked by their hidden rates.
    pub fn draw(&mut self, canvas: &HtmlCanvasElement, lab: &Lab) -> Result<(), JsError> {
        let marks: Vec<(f32, usize)> = lab
            .experiment
            .runs()
            .iter()
            .enumerate()
            .map(|(i, r)| (r.rates().hidden(), i))
            .collect();
        let geometry = self.draw_chart(canvas, &marks).map_err(js_value_error)?;
        self.geometry = Some(geometry);
        Ok(())
    }

    /// The chart for a file: `css_width` × `css_height` at `scale`× (PNG export), no hover.
    #[wasm_bindgen(js_name = drawAt)]
    pub fn draw_at(
        &mut self,
        canvas: &HtmlCanvasElement,
        css_width: u32,
        css_height: u32,
        scale: u32,
    ) -> Result<(), JsError> {
        let scale = scale.max(1);
        canvas.set_width(css_width.max(1) * scale);
        canvas.set_height(css_height.max(1) * scale);
        canvas
            .set_attribute("data-scale", &scale.to_string())
            .map_err(js_value_error)?;
        let hover = self.hover.take();
        let drawn = self.draw_chart(canvas, &[]);
        self.hover = hover;
        drawn.map(|_| ()).map_err(js_value_error)
    }
}
