//! One run in an experiment's image: everything the page reads of it (rates, variant, where it
//! stands, its last minibatch and masks, its history, why it stopped) and its network.
//!
//! Left out: the random streams and this epoch's visiting order, which only training reads (the
//! page never trains), and the minibatch copies, which the indices of `last_batch` name.

use super::Run;
use crate::core::dropout::DropoutMode;
use crate::core::error::{Error, Result};
use crate::core::experiment::codec::{Reader, Writer};
use crate::core::variant::{Mistake, Noise, Variant};
use crate::detail;

impl Run {
    pub(crate) fn write_image(&self, w: &mut Writer) {
        w.f32s(&self.rates.rates);
        w.u8(mode_code(self.rates.mode));
        write_variant(w, &self.variant);
        for v in [self.epoch, self.cursor, self.epoch_examples] {
            w.len(v);
        }
        w.u64(self.steps);
        w.f64(self.epoch_loss_sum);
        w.opt_f32(self.last_loss);
        w.lens(&self.last_batch);
        w.f32s(&self.mask_rates);
        write_variant(w, &self.mask_variant);
        w.opt_str(self.diverged.as_deref());
        self.history.write_image(w);
        self.net.write_image(w);
    }

    pub(crate) fn read_image(&mut self, r: &mut Reader) -> Result<()> {
        r.f32s_into(&mut self.rates.rates)?;
        self.rates.mode = read_mode(r)?;
        self.variant = read_variant(r)?;
        (self.epoch, self.cursor, self.epoch_examples) = (r.len()?, r.len()?, r.len()?);
        self.steps = r.u64()?;
        self.epoch_loss_sum = r.f64()?;
        self.last_loss = r.opt_f32()?;
        r.lens_into(&mut self.last_batch)?;
        r.f32s_into(&mut self.mask_rates)?;
        self.mask_variant = read_variant(r)?;
        self.diverged = r.opt_str()?;
        self.history.read_image(r)?;
        self.net.check_rates(&self.rates)?;
        self.net.read_image(r)
    }
}

fn mode_code(mode: DropoutMode) -> u8 {
    match mode {
        DropoutMode::Inverted => 0,
        DropoutMode::Classic => 1,
    }
}

fn read_mode(r: &mut Reader) -> Result<DropoutMode> {
    match r.u8()? {
        0 => Ok(DropoutMode::Inverted),
        1 => Ok(DropoutMode::Classic),
        n => Err(unknown(n)),
    }
}

/// A code the page does not know (a dropout mode, noise or mistake of a newer lab).
fn unknown(code: u8) -> Error {
    Error::Shape(detail!("image-unknown-code", code = code))
}

const NOISES: [Noise; 3] = [Noise::Bernoulli, Noise::Gaussian, Noise::DropConnect];
const MISTAKES: [Mistake; 3] = [
    Mistake::DropoutAtEvaluation,
    Mistake::NoEvaluationScaling,
    Mistake::KeepReadAsDrop,
];

fn write_variant(w: &mut Writer, v: &Variant) {
    let noise = NOISES.iter().position(|&n| n == v.noise).unwrap_or(0);
    w.u8(noise as u8);
    w.opt_f32(v.max_norm);
    w.opt_f32(v.weight_decay);
    w.u8(u8::from(v.batch_norm));
    // 0: no mistake; k: MISTAKES[k − 1].
    let mistake = v
        .mistake
        .and_then(|m| MISTAKES.iter().position(|&k| k == m))
        .map_or(0, |k| k + 1);
    w.u8(mistake as u8);
}

fn read_variant(r: &mut Reader) -> Result<Variant> {
    let code = r.u8()?;
    let noise = *NOISES.get(usize::from(code)).ok_or_else(|| unknown(code))?;
    let (max_norm, weight_decay, batch_norm) = (r.opt_f32()?, r.opt_f32()?, r.bool()?);
    let code = r.u8()?;
    let mistake = match code {
        0 => None,
        k => Some(*MISTAKES.get(usize::from(k) - 1).ok_or_else(|| unknown(k))?),
    };
    Ok(Variant {
        noise,
        max_norm,
        weight_decay,
        batch_norm,
        mistake,
    })
}
