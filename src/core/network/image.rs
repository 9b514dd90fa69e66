//! What the page needs of a network, written to and read from an experiment's image: the
//! parameters (weights, biases, batch norm's γ, β and running statistics) and the last training
//! step's noise (unit masks or Gaussian factors, DropConnect's weight masks).
//!
//! Left out on purpose: the optimiser's moments and the gradients (the page never trains, so it
//! never updates), and the scratch of the passes (the page's own evaluation passes overwrite it).

use ndarray::s;

use super::Mlp;
use crate::core::batchnorm::BatchNorm;
use crate::core::error::{Error, Result};
use crate::core::experiment::codec::{Reader, Writer};
use crate::detail;

impl Mlp {
    /// Appends this network's parameters and last training noise to `w`.
    pub(crate) fn write_image(&self, w: &mut Writer) {
        w.u64(self.updates);
        for m in self.weights.iter().chain(&self.biases) {
            w.matrix(m.view());
        }
        w.u8(u8::from(self.bn.is_some()));
        if let Some(bn) = &self.bn {
            for rows in [&bn.gamma, &bn.beta, &bn.running_mean, &bn.running_var] {
                rows.iter().for_each(|m| w.matrix(m.view()));
            }
        }
        w.len(self.buf.mask_rows);
        for mask in &self.buf.mask {
            w.mask(mask.slice(s![..self.buf.mask_rows, ..]));
        }
        w.len(self.buf.weight_mask.len());
        self.buf.weight_mask.iter().for_each(|m| w.mask(m.view()));
    }

    /// Overwrites this network's parameters and last training noise with those `r` holds. The
    /// network must have the same architecture as the one imaged (same preset, data and sizes).
    pub(crate) fn read_image(&mut self, r: &mut Reader) -> Result<()> {
        self.updates = r.u64()?;
        for m in self.weights.iter_mut() {
            r.matrix_shaped(m)?;
        }
        for m in self.biases.iter_mut() {
            r.matrix_shaped(m)?;
        }
        if r.bool()? {
            let hidden = self.config.hidden.clone();
            let bn = self.bn.get_or_insert_with(|| BatchNorm::new(&hidden));
            for rows in [
                &mut bn.gamma,
                &mut bn.beta,
                &mut bn.running_mean,
                &mut bn.running_var,
            ] {
                for m in rows.iter_mut() {
                    r.matrix_shaped(m)?;
                }
            }
        } else {
            self.bn = None;
        }
        self.read_masks(r)
    }

    fn read_masks(&mut self, r: &mut Reader) -> Result<()> {
        let rows = r.len()?;
        self.buf.ensure_capacity(rows);
        self.buf.mask_rows = rows;
        let mut mask = ndarray::Array2::zeros((0, 0));
        for l in 0..self.buf.mask.len() {
            r.mask_into(&mut mask)?;
            let target = &mut self.buf.mask[l];
            if mask.dim() != (rows, target.ncols()) {
                return Err(Error::Shape(detail!(
                    "image-mask-shape",
                    layer = l,
                    rows = mask.nrows(),
                    columns = mask.ncols(),
                    expected_rows = rows,
                    expected_columns = target.ncols()
                )));
            }
            target.slice_mut(s![..rows, ..]).assign(&mask);
        }
        let layers = r.len()?;
        if layers == 0 {
            self.buf.weight_mask.clear();
            self.buf.dropped_weights.clear();
            return Ok(());
        }
        self.buf.ensure_weight_masks(&self.weights);
        if layers != self.buf.weight_mask.len() {
            return Err(Error::Shape(detail!("image-dropconnect-layers")));
        }
        for (m, w) in self.buf.weight_mask.iter_mut().zip(&self.weights) {
            r.mask_into(m)?;
            if m.dim() != w.dim() {
                return Err(Error::Shape(detail!("image-dropconnect-shape")));
            }
        }
        Ok(())
    }
}
