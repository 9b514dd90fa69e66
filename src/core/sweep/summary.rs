//! A sweep's results as they arrive, summed up per point of the ladder: each measure's mean
//! over the seeds finished so far, with the lowest and highest seed as a band.

use super::{Job, Kind, Outcome, Plan};

/// Mean, lowest and highest of one measure over seeds; `n` = seeds counted (0: no value yet).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Band {
    pub mean: f32,
    pub min: f32,
    pub max: f32,
    pub n: usize,
}

impl Band {
    /// The band of the finite values among `values` (diverged runs leave NaN behind).
    pub fn of(values: impl IntoIterator<Item = f32>) -> Self {
        let (mut sum, mut min, mut max, mut n) = (0.0f64, f32::INFINITY, f32::NEG_INFINITY, 0);
        for v in values.into_iter().filter(|v| v.is_finite()) {
            sum += f64::from(v);
            min = min.min(v);
            max = max.max(v);
            n += 1;
        }
        if n == 0 {
            return Self {
                mean: f32::NAN,
                min: f32::NAN,
                max: f32::NAN,
                n: 0,
            };
        }
        Self {
            mean: (sum / n as f64) as f32,
            min,
            max,
            n,
        }
    }
}

/// One point of the ladder for one curve.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// p, or the number of training examples.
    pub x: f32,
    /// Validation loss at the end of the story.
    pub final_val: Band,
    /// Lowest validation loss of the run: what early stopping would have kept.
    pub best_val: Band,
    /// Training loss in evaluation mode at the end.
    pub final_train: Band,
    /// Final validation minus final training loss.
    pub gap: Band,
}

/// A plan and the outcomes that have come back for its jobs.
#[derive(Debug, Clone)]
pub struct Sweep {
    plan: Plan,
    outcomes: Vec<Option<Outcome>>,
}

impl Sweep {
    pub fn new(plan: Plan) -> Self {
        let outcomes = vec![None; plan.jobs.len()];
        Self { plan, outcomes }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Stores job `job`'s outcome (a second one for the same job replaces the first).
    pub fn record(&mut self, job: usize, outcome: Outcome) {
        if let Some(slot) = self.outcomes.get_mut(job) {
            *slot = Some(outcome);
        }
    }

    /// Jobs finished.
    pub fn done(&self) -> usize {
        self.outcomes.iter().filter(|o| o.is_some()).count()
    }

    /// Every job finished.
    pub fn complete(&self) -> bool {
        self.done() == self.outcomes.len()
    }

    fn finished(&self, series: usize, point: usize) -> impl Iterator<Item = &Outcome> {
        self.plan
            .jobs
            .iter()
            .zip(&self.outcomes)
            .filter(move |(j, _)| j.series == series && j.point == point)
            .filter_map(|(_, o)| o.as_ref())
    }

    /// One row per ladder point of curve `series` (0, or 1 for a data-size sweep's dropout run).
    pub fn rows(&self, series: usize) -> Vec<Row> {
        (0..self.plan.xs.len())
            .map(|point| {
                let done: Vec<&Outcome> = self.finished(series, point).collect();
                Row {
                    x: self.plan.xs[point],
                    final_val: Band::of(done.iter().map(|o| o.final_val())),
                    best_val: Band::of(done.iter().filter_map(|o| o.best_val)),
                    final_train: Band::of(done.iter().map(|o| o.final_train())),
                    gap: Band::of(done.iter().map(|o| o.gap())),
                }
            })
            .collect()
    }

    /// The point of curve 0 with the lowest mean final validation loss (the best p of a
    /// rate sweep), among points with a value.
    pub fn best_point(&self) -> Option<usize> {
        lowest(&self.rows(0))
    }

    /// The job `job` of the plan.
    pub fn job(&self, job: usize) -> Option<&Job> {
        self.plan.jobs.get(job)
    }

    /// The summary as CSV: one line per curve and point, every band's mean, min and max.
    pub fn csv(&self) -> String {
        let x = match self.plan.kind {
            Kind::Rate => "p",
            Kind::TrainSize => "n_train",
        };
        let mut out = format!("{x},hidden_p,seeds");
        for m in ["final_val", "best_val", "final_train_eval", "gap"] {
            out.push_str(&format!(",{m}_mean,{m}_min,{m}_max"));
        }
        out.push('\n');
        for series in 0..self.plan.series() {
            for row in self.rows(series) {
                let p = match (self.plan.kind, series) {
                    (Kind::Rate, _) => row.x,
                    (Kind::TrainSize, 0) => 0.0,
                    (Kind::TrainSize, _) => self.plan.focus_p,
                };
                out.push_str(&format!("{},{p},{}", row.x, row.final_val.n));
                for b in [row.final_val, row.best_val, row.final_train, row.gap] {
                    out.push_str(&format!(",{},{},{}", b.mean, b.min, b.max));
                }
                out.push('\n');
            }
        }
        out
    }
}

/// Index of the row with the lowest mean final validation loss.
pub fn lowest(rows: &[Row]) -> Option<usize> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| r.final_val.mean.is_finite())
        .min_by(|a, b| a.1.final_val.mean.total_cmp(&b.1.final_val.mean))
        .map(|(i, _)| i)
}

/// Whether mean final validation loss against p is a U: both ends above the minimum, and the
/// minimum at 0.2 ≤ p ≤ 0.7 (well inside, not on a neighbour of an end).
pub fn is_u(rows: &[Row]) -> bool {
    let Some(best) = lowest(rows) else {
        return false;
    };
    let (first, last) = (rows[0].final_val.mean, rows[rows.len() - 1].final_val.mean);
    let min = rows[best].final_val.mean;
    let x = rows[best].x;
    first > min && last > min && (0.2 - 1e-6..=0.7 + 1e-6).contains(&x)
}
