//! The Inside dropout views (#12): an [`Inside`] handle the page keeps beside the [`Lab`]. Each
//! view starts from a frozen copy of the focused run (the race goes on), and its forward passes
//! are spread over frames by [`Inside::work`] with a time budget, as `trainFor` spreads training.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::inside_scene::Scene;
use super::notation::notation;
use super::{Lab, now_ms};
use crate::core::experiment::Run;
use crate::core::inside::Frozen;
use crate::core::inside::ablation::{self, AblationJob, LayerActivity, activity};
use crate::core::inside::averaging::{self, AveragingJob, MAX_K};
use crate::core::inside::spread::{PASSES, SpreadJob};
use crate::core::inside::subnets::SubnetsJob;

mod draw;
mod summary;

/// One run as a view shows it.
struct Looked {
    label: String,
    colour: usize,
    epoch: usize,
}

impl Looked {
    fn of(run: &Run, index: usize) -> Self {
        Looked {
            label: run.label(notation()),
            colour: index,
            epoch: run.epoch(),
        }
    }
}

/// A view's computation, one forward pass per step.
enum Job {
    Subnets(SubnetsJob),
    Averaging(AveragingJob),
    Spread(SpreadJob),
    /// The focused run and, when the race has one, a run to compare with (p = 0, or the first
    /// dropout run when the focused run has none), each with its activation statistics.
    Coadaptation(Vec<(Looked, AblationJob, Vec<LayerActivity>)>),
}

impl Job {
    fn progress(&self) -> (usize, usize) {
        match self {
            Job::Subnets(j) => (j.done(), j.total()),
            Job::Averaging(j) => (j.done(), j.total()),
            Job::Spread(j) => (j.done(), j.total()),
            Job::Coadaptation(runs) => runs
                .iter()
                .fold((0, 0), |(d, t), (_, j, _)| (d + j.done(), t + j.total())),
        }
    }

    fn step(&mut self) {
        match self {
            Job::Subnets(j) => j.step(),
            Job::Averaging(j) => j.step(),
            Job::Spread(j) => j.step(),
            Job::Coadaptation(runs) => {
                if let Some((_, j, _)) = runs.iter_mut().find(|(_, j, _)| !j.finished()) {
                    j.step();
                }
            }
        }
    }
}

/// The Inside dropout panel's state: which view, the Resample counter, the running job.
#[wasm_bindgen]
pub struct Inside {
    view: String,
    resample: u32,
    focused: Option<Looked>,
    scene: Option<Scene>,
    job: Option<Job>,
    /// Bumped whenever what the canvas shows changes.
    revision: u32,
    /// Running average of one forward pass, ms.
    pass_ms: f64,
}

const VIEWS: [&str; 4] = ["subnets", "averaging", "spread", "coadaptation"];

#[wasm_bindgen]
impl Inside {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Inside {
        Inside {
            view: VIEWS[0].into(),
            resample: 0,
            focused: None,
            scene: None,
            job: None,
            revision: 0,
            pass_ms: 0.0,
        }
    }

    /// Starts `view` ("subnets", "averaging", "spread" or "coadaptation") on the focused run of
    /// `lab` as it is now. Draws nothing by itself: call [`Self::work`] each frame.
    pub fn start(&mut self, lab: &Lab, view: &str) -> Result<(), JsError> {
        if !VIEWS.contains(&view) {
            return Err(JsError::new(&format!(
                "no view '{view}' (views: {})",
                VIEWS.join(", ")
            )));
        }
        let experiment = &lab.experiment;
        let split = experiment.split();
        let scene = Scene::of(split).ok_or_else(|| {
            JsError::new("these data have no Inside view (regression on several inputs)")
        })?;
        let run = experiment.run(lab.focused).map_err(super::js_error)?;
        let frozen = |r: &Run| Frozen::of(r.net(), r.rates());
        // Each Resample draws other masks; the same count draws the same ones again.
        let seed = 0x1D5_1DE + u64::from(self.resample);
        let (val_x, val_y) = (split.val.x.view(), split.val.y.view());
        let job = match view {
            "subnets" => Job::Subnets(SubnetsJob::new(
                frozen(run),
                scene.inputs(split).view(),
                seed,
            )),
            "averaging" => {
                Job::Averaging(AveragingJob::new(frozen(run), val_x, val_y, seed, MAX_K))
            }
            "spread" => Job::Spread(SpreadJob::new(
                frozen(run),
                scene.inputs(split).view(),
                seed,
                PASSES,
            )),
            _ => {
                let mut runs = vec![lab.focused];
                runs.extend(comparison(experiment.runs(), lab.focused));
                let looked = runs.into_iter().map(|i| {
                    let r = &experiment.runs()[i];
                    let stats = activity(&mut frozen(r), val_x);
                    (
                        Looked::of(r, i),
                        AblationJob::new(frozen(r), val_x, val_y),
                        stats,
                    )
                });
                Job::Coadaptation(looked.collect())
            }
        };
        self.view = view.into();
        self.focused = Some(Looked::of(run, lab.focused));
        self.scene = Some(scene);
        self.job = Some(job);
        self.revision += 1;
        Ok(())
    }

    /// Draws other thinned networks (the Resample button) and starts the view again.
    pub fn resample(&mut self, lab: &Lab) -> Result<(), JsError> {
        self.resample += 1;
        let view = self.view.clone();
        self.start(lab, &view)
    }

    /// Runs forward passes while the next is expected to fit in `budget_ms` (at least one, so a
    /// slow machine still gets there); returns whether the view has passes left.
    pub fn work(&mut self, budget_ms: f64) -> bool {
        let Some(job) = self.job.as_mut() else {
            return false;
        };
        let start = now_ms();
        loop {
            let (done, total) = job.progress();
            if done >= total {
                return false;
            }
            let before = now_ms();
            job.step();
            self.revision += 1;
            let after = now_ms();
            self.pass_ms = 0.8 * self.pass_ms + 0.2 * (after - before);
            if after - start + self.pass_ms > budget_ms {
                let (done, total) = job.progress();
                return done < total;
            }
        }
    }

    /// Share of the view's passes done, 0–1 (0 before any view started).
    pub fn progress(&self) -> f64 {
        self.job.as_ref().map_or(0.0, |j| {
            let (done, total) = j.progress();
            done as f64 / total.max(1) as f64
        })
    }

    pub fn revision(&self) -> u32 {
        self.revision
    }

    /// What the view shows, in words, for the page's note under the canvas.
    pub fn note(&self) -> String {
        let what = match self.view.as_str() {
            "subnets" => {
                "Each panel is one thinned network: its title counts the hidden units it keeps, the corner shows its mask (a column per layer, dark = kept). Training with dropout trains all of them at once: they share one set of weights, and each minibatch trains one of them. Their average is what the ensemble predicts; the full network with scaled weights approximates it in one pass."
            }
            "averaging" => averaging::NOTE,
            "spread" => {
                "MC dropout: the spread (standard deviation) of the predictions of thinned networks, dropout left on at prediction time. An estimate of where the network is unsure, not a calibrated probability: it depends on p and on how many networks are drawn."
            }
            _ => ablation::NOTE,
        };
        match &self.focused {
            Some(f) => format!(
                "{what} (Run {}, epoch {}: frozen when the view started.)",
                f.label, f.epoch
            ),
            None => what.to_string(),
        }
    }

    /// The figures the view shows, as JSON (for tests and scripted demos).
    pub fn summary(&self) -> String {
        summary::summary(self)
    }

    /// Draws the view as far as it has got.
    pub fn draw(&self, canvas: &HtmlCanvasElement) -> Result<(), JsValue> {
        draw::draw(self, canvas)
    }
}

impl Default for Inside {
    fn default() -> Self {
        Self::new()
    }
}

/// The run the co-adaptation view compares the focused one with: the first run without any
/// dropout, or, when the focused run is that one, the first run with dropout.
fn comparison(runs: &[Run], focused: usize) -> Option<usize> {
    let plain = |r: &Run| r.rates().rates.iter().all(|&p| p == 0.0);
    let focused_plain = plain(&runs[focused]);
    runs.iter()
        .enumerate()
        .find(|&(i, r)| i != focused && plain(r) != focused_plain)
        .map(|(i, _)| i)
}
