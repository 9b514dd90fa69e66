//! The byte codec of an experiment's image (see [`super::image`]): little-endian numbers,
//! length-prefixed lists, no padding. Written by the engine's thread, read by the page's; both
//! run this same code, so the two ends cannot disagree on a layout.

use ndarray::{Array2, ArrayView2};

use crate::core::error::{Error, Result};
use crate::detail;

/// Appends values to an image.
#[derive(Debug, Default)]
pub(crate) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn with_capacity(n: usize) -> Self {
        Self {
            bytes: Vec::with_capacity(n),
        }
    }
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
    pub fn u8(&mut self, v: u8) {
        self.bytes.push(v);
    }
    pub fn u32(&mut self, v: u32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn u64(&mut self, v: u64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    /// A count or index (usize differs between wasm32 and a 64-bit test machine).
    pub fn len(&mut self, v: usize) {
        self.u64(v as u64);
    }
    pub fn f32(&mut self, v: f32) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn f64(&mut self, v: f64) {
        self.bytes.extend_from_slice(&v.to_le_bytes());
    }
    pub fn opt_f32(&mut self, v: Option<f32>) {
        self.u8(u8::from(v.is_some()));
        self.f32(v.unwrap_or(0.0));
    }
    pub fn f32s(&mut self, v: &[f32]) {
        self.len(v.len());
        v.iter().for_each(|&x| self.f32(x));
    }
    pub fn lens(&mut self, v: &[usize]) {
        self.len(v.len());
        v.iter().for_each(|&x| self.len(x));
    }
    pub fn opt_str(&mut self, v: Option<&str>) {
        let bytes = v.map_or(&[][..], str::as_bytes);
        self.u8(u8::from(v.is_some()));
        self.len(bytes.len());
        self.bytes.extend_from_slice(bytes);
    }
    /// A matrix as rows, columns, then its values row by row.
    pub fn matrix(&mut self, m: ArrayView2<f32>) {
        self.len(m.nrows());
        self.len(m.ncols());
        m.iter().for_each(|&x| self.f32(x));
    }
    /// A mask: one bit a value when every value is 0 or 1 (Bernoulli and DropConnect masks,
    /// half of a plain image otherwise), else as a matrix (Gaussian factors).
    pub fn mask(&mut self, m: ArrayView2<f32>) {
        let binary = m.iter().all(|&x| x == 0.0 || x == 1.0);
        self.u8(u8::from(binary));
        if !binary {
            return self.matrix(m);
        }
        self.len(m.nrows());
        self.len(m.ncols());
        let mut values = m.iter();
        for _ in 0..m.len().div_ceil(8) {
            let byte = (0..8).fold(0u8, |b, bit| match values.next() {
                Some(1.0) => b | 1 << bit,
                _ => b,
            });
            self.u8(byte);
        }
    }
}

/// Reads values back in the order they were written; every read checks the bytes are there.
#[derive(Debug)]
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

fn truncated() -> Error {
    Error::Shape(detail!("image-ended"))
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }
    fn take<const N: usize>(&mut self) -> Result<[u8; N]> {
        let end = self.at.checked_add(N).ok_or_else(truncated)?;
        let slice = self.bytes.get(self.at..end).ok_or_else(truncated)?;
        self.at = end;
        Ok(slice.try_into().expect("slice of N bytes"))
    }
    /// Every byte was read: a longer image than the reader expects is as wrong as a shorter one.
    pub fn finish(&self) -> Result<()> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(Error::Shape(detail!(
                "image-extra-bytes",
                bytes = self.bytes.len() - self.at
            )))
        }
    }
    pub fn u8(&mut self) -> Result<u8> {
        Ok(self.take::<1>()?[0])
    }
    pub fn bool(&mut self) -> Result<bool> {
        Ok(self.u8()? != 0)
    }
    pub fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.take()?))
    }
    pub fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.take()?))
    }
    /// A count, refused when it exceeds what the rest of the image could hold (so a corrupt
    /// image never asks for gigabytes).
    pub fn len(&mut self) -> Result<usize> {
        let n = self.u64()?;
        if n > (self.bytes.len() - self.at) as u64 * 8 + 64 {
            return Err(truncated());
        }
        Ok(n as usize)
    }
    pub fn f32(&mut self) -> Result<f32> {
        Ok(f32::from_le_bytes(self.take()?))
    }
    pub fn f64(&mut self) -> Result<f64> {
        Ok(f64::from_le_bytes(self.take()?))
    }
    pub fn opt_f32(&mut self) -> Result<Option<f32>> {
        let some = self.bool()?;
        let v = self.f32()?;
        Ok(some.then_some(v))
    }
    /// Reads a list of f32 into `out`, reusing its allocation.
    pub fn f32s_into(&mut self, out: &mut Vec<f32>) -> Result<()> {
        let n = self.len()?;
        out.clear();
        for _ in 0..n {
            out.push(self.f32()?);
        }
        Ok(())
    }
    pub fn lens_into(&mut self, out: &mut Vec<usize>) -> Result<()> {
        let n = self.len()?;
        out.clear();
        for _ in 0..n {
            out.push(self.len()?);
        }
        Ok(())
    }
    pub fn opt_str(&mut self) -> Result<Option<String>> {
        let some = self.bool()?;
        let n = self.len()?;
        let end = self.at.checked_add(n).ok_or_else(truncated)?;
        let bytes = self.bytes.get(self.at..end).ok_or_else(truncated)?;
        self.at = end;
        let text = String::from_utf8(bytes.to_vec())
            .map_err(|_| Error::Shape(detail!("image-not-utf8")))?;
        Ok(some.then_some(text))
    }
    /// Reads a matrix into `out`: in place when the shape is unchanged (the common case, every
    /// frame), otherwise into a new array.
    pub fn matrix_into(&mut self, out: &mut Array2<f32>) -> Result<()> {
        let (rows, cols) = (self.len()?, self.len()?);
        if out.dim() != (rows, cols) {
            let n = rows.checked_mul(cols).ok_or_else(truncated)?;
            if n > (self.bytes.len() - self.at) / 4 {
                return Err(truncated());
            }
            *out = Array2::zeros((rows, cols));
        }
        for x in out.iter_mut() {
            *x = self.f32()?;
        }
        Ok(())
    }
    /// A mask written by [`Writer::mask`], into `out` as [`Self::matrix_into`] does.
    pub fn mask_into(&mut self, out: &mut Array2<f32>) -> Result<()> {
        if !self.bool()? {
            return self.matrix_into(out);
        }
        let (rows, cols) = (self.len()?, self.len()?);
        let n = rows.checked_mul(cols).ok_or_else(truncated)?;
        if n.div_ceil(8) > self.bytes.len() - self.at {
            return Err(truncated());
        }
        if out.dim() != (rows, cols) {
            *out = Array2::zeros((rows, cols));
        }
        let bits = &self.bytes[self.at..self.at + n.div_ceil(8)];
        for (i, x) in out.iter_mut().enumerate() {
            *x = f32::from((bits[i / 8] >> (i % 8)) & 1);
        }
        self.at += n.div_ceil(8);
        Ok(())
    }
    /// A matrix that must have shape `dim` (a network's weights never change shape).
    pub fn matrix_shaped(&mut self, out: &mut Array2<f32>) -> Result<()> {
        let dim = out.dim();
        self.matrix_into(out)?;
        if out.dim() == dim {
            Ok(())
        } else {
            Err(Error::Shape(detail!(
                "image-matrix-shape",
                rows = out.nrows(),
                columns = out.ncols(),
                expected_rows = dim.0,
                expected_columns = dim.1
            )))
        }
    }
}
