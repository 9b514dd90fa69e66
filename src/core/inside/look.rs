//! A look inside one run: which view, the frozen run it looks at (and, for co-adaptation, the
//! run it compares with), the view's job advanced one forward pass at a time within a frame's
//! time budget, and the note the page shows under it. Everything here is decided by the core;
//! the binding hands it a clock and draws what the job holds.

use crate::core::labels::Notation;
use ndarray::ArrayView2;

use super::ablation::{self, AblationJob, LayerActivity, activity};
use super::averaging::{self, AveragingJob, MAX_K};
use super::spread::{self, PASSES, SpreadJob};
use super::subnets::{self, SubnetsJob};
use super::{Frozen, Pass};
use crate::core::Experiment;
use crate::core::error::{Error, Result};
use crate::core::experiment::Run;

/// The four Inside views, in the order the page's menu offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Subnets,
    Averaging,
    Spread,
    Coadaptation,
}

impl View {
    pub const ALL: [View; 4] = [
        View::Subnets,
        View::Averaging,
        View::Spread,
        View::Coadaptation,
    ];

    /// The name the page and the summary use.
    pub fn name(self) -> &'static str {
        match self {
            View::Subnets => "subnets",
            View::Averaging => "averaging",
            View::Spread => "spread",
            View::Coadaptation => "coadaptation",
        }
    }

    /// The view called `name`, or an error listing the views there are.
    pub fn parse(name: &str) -> Result<View> {
        View::ALL
            .into_iter()
            .find(|v| v.name() == name)
            .ok_or_else(|| Error::Unknown {
                kind: "kind-inside-view",
                name: name.into(),
                known: View::ALL.map(View::name).join(", "),
            })
    }

    /// What the view shows, in words, in this thread's language.
    pub fn note(self) -> String {
        let id = match self {
            View::Subnets => subnets::NOTE,
            View::Averaging => averaging::NOTE,
            View::Spread => spread::NOTE,
            View::Coadaptation => ablation::NOTE,
        };
        crate::core::l10n::text(id, None)
    }
}

/// One run as a view shows it, as it was when the view started.
#[derive(Debug, Clone, PartialEq)]
pub struct Looked {
    pub label: String,
    /// Its index in the race (and so its colour).
    pub run: usize,
    pub epoch: usize,
}

impl Looked {
    pub fn of(run: &Run, index: usize, notation: Notation) -> Self {
        Looked {
            label: run.label(notation),
            run: index,
            epoch: run.epoch(),
        }
    }
}

/// One run of the co-adaptation view: its units removed in turn, and how busy its layers are.
#[derive(Debug, Clone)]
pub struct Ablated {
    pub looked: Looked,
    pub job: AblationJob,
    pub activity: Vec<LayerActivity>,
}

/// The co-adaptation view: the focused run and, when the race has one, the run it is compared
/// with ([`comparison`]); their ablations run one after the other.
#[derive(Debug, Clone)]
pub struct Coadaptation {
    pub runs: Vec<Ablated>,
}

impl Pass for Coadaptation {
    fn done(&self) -> usize {
        self.runs.iter().map(|r| r.job.done()).sum()
    }

    fn total(&self) -> usize {
        self.runs.iter().map(|r| r.job.total()).sum()
    }

    fn step(&mut self) {
        if let Some(r) = self.runs.iter_mut().find(|r| !r.job.finished()) {
            r.job.step();
        }
    }
}

/// A view's computation, whichever it is.
#[derive(Debug, Clone)]
pub enum Job {
    Subnets(SubnetsJob),
    Averaging(AveragingJob),
    Spread(SpreadJob),
    Coadaptation(Coadaptation),
}

impl Job {
    /// The job as the one protocol every view's job follows.
    pub fn pass(&self) -> &dyn Pass {
        match self {
            Job::Subnets(j) => j,
            Job::Averaging(j) => j,
            Job::Spread(j) => j,
            Job::Coadaptation(j) => j,
        }
    }

    fn pass_mut(&mut self) -> &mut dyn Pass {
        match self {
            Job::Subnets(j) => j,
            Job::Averaging(j) => j,
            Job::Spread(j) => j,
            Job::Coadaptation(j) => j,
        }
    }
}

/// The masks of Resample count `resample`: each Resample draws other thinned networks, and the
/// same count draws the same ones again.
pub fn mask_seed(resample: u32) -> u64 {
    0x1D5_1DE + u64::from(resample)
}

/// A started view: what it looks at and how far it has got.
#[derive(Debug, Clone)]
pub struct Look {
    pub view: View,
    pub focused: Looked,
    pub job: Job,
    /// Running average of one forward pass, ms.
    pass_ms: f64,
}

impl Look {
    /// Starts `view` on run `focused` of `experiment` as it is now. `inputs` are the points a
    /// sub-networks or spread view evaluates (a grid, a curve's x, or the validation set); the
    /// averaging and co-adaptation views score on the validation set.
    pub fn start(
        experiment: &Experiment,
        focused: usize,
        view: View,
        resample: u32,
        inputs: ArrayView2<f32>,
        notation: Notation,
    ) -> Result<Look> {
        let run = experiment.run(focused)?;
        let frozen = |r: &Run| Frozen::of(r.net(), r.rates());
        let seed = mask_seed(resample);
        let val = &experiment.split().val;
        let (val_x, val_y) = (val.x.view(), val.y.view());
        let job = match view {
            View::Subnets => Job::Subnets(SubnetsJob::new(frozen(run), inputs, seed)),
            View::Averaging => {
                Job::Averaging(AveragingJob::new(frozen(run), val_x, val_y, seed, MAX_K))
            }
            View::Spread => Job::Spread(SpreadJob::new(frozen(run), inputs, seed, PASSES)),
            View::Coadaptation => {
                let runs = experiment.runs();
                let looked = std::iter::once(focused)
                    .chain(comparison(runs, focused))
                    .map(|i| Ablated {
                        looked: Looked::of(&runs[i], i, notation),
                        job: AblationJob::new(frozen(&runs[i]), val_x, val_y),
                        activity: activity(&mut frozen(&runs[i]), val_x),
                    });
                Job::Coadaptation(Coadaptation {
                    runs: looked.collect(),
                })
            }
        };
        Ok(Look {
            view,
            focused: Looked::of(run, focused, notation),
            job,
            pass_ms: 0.0,
        })
    }

    /// Passes done and passes in all.
    pub fn progress(&self) -> (usize, usize) {
        let pass = self.job.pass();
        (pass.done(), pass.total())
    }

    /// Runs forward passes while the next is expected to fit in `budget_ms` of `clock` (ms, any
    /// origin), at least one so a slow machine still gets there. Returns how many passes ran
    /// and whether the view has passes left.
    pub fn work(&mut self, budget_ms: f64, mut clock: impl FnMut() -> f64) -> (usize, bool) {
        let start = clock();
        let mut passes = 0;
        let job = self.job.pass_mut();
        while !job.finished() {
            let before = clock();
            job.step();
            passes += 1;
            let after = clock();
            self.pass_ms = 0.8 * self.pass_ms + 0.2 * (after - before);
            if after - start + self.pass_ms > budget_ms {
                break;
            }
        }
        (passes, !job.finished())
    }

    /// The note under the canvas: what the view shows, and which run at which epoch.
    pub fn note(&self) -> String {
        note(self.view, Some(&self.focused))
    }
}

/// What `view` shows, in words, and when it has started, on which run frozen at which epoch.
pub fn note(view: View, focused: Option<&Looked>) -> String {
    let what = view.note();
    match focused {
        Some(f) => crate::t!(
            "inside-note-frozen",
            what = what,
            run = f.label.as_str(),
            epoch = f.epoch
        ),
        None => what,
    }
}

/// The run the co-adaptation view compares the focused one with: the first run without any
/// dropout, or, when the focused run is that one, the first run with dropout.
pub fn comparison(runs: &[Run], focused: usize) -> Option<usize> {
    let plain = |r: &Run| r.rates().rates.iter().all(|&p| p == 0.0);
    let focused_plain = plain(runs.get(focused)?);
    runs.iter()
        .enumerate()
        .find(|&(i, r)| i != focused && plain(r) != focused_plain)
        .map(|(i, _)| i)
}
