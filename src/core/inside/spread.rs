//! MC dropout (Gal & Ghahramani 2016): keep dropout on at prediction time and run T thinned
//! networks; the spread of their answers is an *estimate* of how unsure the model is. It is
//! large where the data say little (between the moons, outside the regression's points) and
//! small where many training points agree. An estimate, not a calibrated probability: it
//! depends on p and on T.

use ndarray::{Array1, Array2, ArrayView2, Axis};
use rand::SeedableRng;

use super::{Frozen, Pass};
use crate::core::LabRng;

/// What the view tells the class.
pub const NOTE: &str = "inside-note-spread";

/// Thinned networks per spread map.
pub const PASSES: usize = 40;

/// Mean and standard deviation of the prediction at each point, one pass per [`Self::step`].
#[derive(Debug, Clone)]
pub struct SpreadJob {
    net: Frozen,
    x: Array2<f32>,
    rng: LabRng,
    passes: usize,
    done: usize,
    sum: Array2<f64>,
    sum_sq: Array2<f64>,
}

impl SpreadJob {
    pub fn new(net: Frozen, x: ArrayView2<f32>, seed: u64, passes: usize) -> Self {
        Self {
            net,
            x: x.to_owned(),
            rng: LabRng::seed_from_u64(seed),
            passes: passes.max(2),
            done: 0,
            sum: Array2::zeros((0, 0)),
            sum_sq: Array2::zeros((0, 0)),
        }
    }

    /// The inputs every pass evaluates.
    pub fn inputs(&self) -> ArrayView2<'_, f32> {
        self.x.view()
    }

    /// The view's title over the spread of run `label`'s thinned networks so far.
    pub fn title(&self, label: &str) -> String {
        crate::t!("inside-spread-title", label = label, n = self.done)
    }

    /// Per point: the mean prediction over the passes so far (all output columns).
    pub fn mean(&self) -> Array2<f32> {
        (&self.sum / self.done.max(1) as f64).mapv(|v| v as f32)
    }

    /// Per point: the sample standard deviation of the output the mean favours (the class the
    /// averaged network predicts, or the single value of a sigmoid or a regression).
    pub fn std(&self) -> Array1<f32> {
        let n = self.done as f64;
        if self.done < 2 {
            return Array1::zeros(self.x.nrows());
        }
        let mean = &self.sum / n;
        let var = (&self.sum_sq - &(&mean * &mean * n)) / (n - 1.0);
        mean.axis_iter(Axis(0))
            .zip(var.axis_iter(Axis(0)))
            .map(|(m, v)| {
                let k = m
                    .iter()
                    .enumerate()
                    .fold(0, |best, (i, &x)| if x > m[best] { i } else { best });
                v[k].max(0.0).sqrt() as f32
            })
            .collect()
    }

    pub fn run(mut self) -> Self {
        while !self.finished() {
            self.step();
        }
        self
    }
}

impl Pass for SpreadJob {
    fn total(&self) -> usize {
        self.passes
    }

    fn done(&self) -> usize {
        self.done
    }

    /// One thinned network's predictions at every point.
    fn step(&mut self) {
        if self.finished() {
            return;
        }
        let mask = self.net.sample_mask(&mut self.rng);
        let gains = self.net.mask_gains(&mask);
        let out = self.net.outputs(self.x.view(), &gains).mapv(f64::from);
        if self.done == 0 {
            self.sum = Array2::zeros(out.dim());
            self.sum_sq = Array2::zeros(out.dim());
        }
        self.sum += &out;
        self.sum_sq += &(&out * &out);
        self.done += 1;
    }
}

/// The mean of `values` (one per row of `targets`) over the rows of each true class.
pub fn mean_per_class(values: &[f32], targets: ArrayView2<f32>, classes: usize) -> Vec<f32> {
    let mut sum = vec![0.0f32; classes];
    let mut count = vec![0usize; classes];
    for (row, &v) in targets.rows().into_iter().zip(values) {
        let k = crate::core::data::class_of(row);
        sum[k] += v;
        count[k] += 1;
    }
    sum.iter()
        .zip(&count)
        .map(|(s, &n)| s / n.max(1) as f32)
        .collect()
}
