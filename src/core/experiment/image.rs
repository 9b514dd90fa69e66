//! An experiment's *image*: everything the page's view of a race reads, in one byte buffer.
//!
//! The page keeps a replica of the lab and never trains it; the engine (a Web Worker) trains
//! the real one and sends its image with every frame, and the page applies it, overwriting the
//! replica. Both ends run this code, so what crosses the thread boundary is one `Vec<u8>`
//! (transferred, not copied, as an `ArrayBuffer`) and no layout is written twice.
//!
//! The image holds the race's clock (iteration, stop epoch) and the shared learning rate and
//! batch size, then each run ([`Run::write_image`](super::Run)). What only training needs (random
//! streams, optimiser moments, gradients) stays behind: applying an image never trains, and a
//! replica given an image answers every getter as the engine's lab does.

use super::codec::{Reader, Writer};
use super::{Experiment, Run};
use crate::core::dropout::{DropoutMode, DropoutRates};
use crate::core::error::{Error, Result};
use crate::core::optimizer::Optimizer;
use crate::core::variant::Variant;
use crate::detail;

/// Bumped whenever the layout changes: a page and an engine of different builds refuse each
/// other's images instead of misreading them.
pub const IMAGE_VERSION: u32 = 1;

impl Experiment {
    /// The image of this experiment (see the module notes).
    pub fn image(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(self.image_size_hint());
        w.u32(IMAGE_VERSION);
        w.u64(self.lockstep.iteration);
        w.len(self.lockstep.next_run);
        w.u8(u8::from(self.lockstep.stop_epoch.is_some()));
        w.len(self.lockstep.stop_epoch.unwrap_or(0));
        w.f32(self.config.optimizer.learning_rate);
        w.len(self.config.batch_size);
        w.len(self.runs.len());
        self.runs.iter().for_each(|run| run.write_image(&mut w));
        w.into_bytes()
    }

    /// Overwrites this experiment's clock and runs with `image`, adding or removing runs to
    /// match. The experiment must have been built from the same settings (preset, seed, data,
    /// hidden sizes) as the imaged one; a mismatch is an error, and so is a truncated image.
    /// Nothing trains.
    pub fn apply_image(&mut self, image: &[u8]) -> Result<()> {
        let mut r = Reader::new(image);
        let version = r.u32()?;
        if version != IMAGE_VERSION {
            return Err(Error::Config(detail!(
                "image-version",
                version = version,
                expected = IMAGE_VERSION
            )));
        }
        self.lockstep.iteration = r.u64()?;
        self.lockstep.next_run = r.len()?;
        let stop = (r.bool()?, r.len()?);
        self.lockstep.stop_epoch = stop.0.then_some(stop.1);
        let o = self.config.optimizer;
        self.config.optimizer = Optimizer::new(o.kind, r.f32()?, o.weight_decay)?;
        self.config.batch_size = r.len()?;
        let runs = r.len()?;
        if runs > Self::MAX_RUNS {
            return Err(Error::Shape(detail!("image-runs", runs = runs)));
        }
        self.runs.truncate(runs);
        while self.runs.len() < runs {
            let rates = DropoutRates::new(
                vec![0.0; self.initial.dropout_layers()],
                DropoutMode::default(),
            )?;
            let run = Run::new(&self.initial, rates, Variant::default(), self.config.seed);
            self.runs.push(run);
        }
        for run in &mut self.runs {
            run.read_image(&mut r)?;
        }
        r.finish()
    }

    /// Bytes an image of this experiment takes, roughly: so writing it allocates once.
    fn image_size_hint(&self) -> usize {
        let params: usize = self
            .initial
            .weights()
            .iter()
            .map(|w| w.len() + w.ncols())
            .sum();
        let history = self.runs.iter().map(|r| r.history().len()).sum::<usize>();
        4096 + self.runs.len() * params * 8 + history * 40
    }
}
