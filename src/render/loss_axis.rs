//! The loss chart's coordinates: a y axis that is linear or logarithmic behind one type (so the
//! chart code is the same for both), readable tick values, and the pixel ↔ data mapping the page
//! keeps for hover read-outs.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};

/// Loss axis from `lo` to `hi`, linear or log10. Both bounds are finite, `lo < hi`, and for a
/// log axis `lo > 0`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LossAxis {
    pub lo: f32,
    pub hi: f32,
    pub log: bool,
}

impl LossAxis {
    /// Position of `v` along the axis: 0 at `lo`, 1 at `hi`.
    pub fn fraction(&self, v: f32) -> f64 {
        let (lo, hi, v) = (f64::from(self.lo), f64::from(self.hi), f64::from(v));
        if self.log {
            (v.max(f64::MIN_POSITIVE).ln() - lo.ln()) / (hi.ln() - lo.ln())
        } else {
            (v - lo) / (hi - lo)
        }
    }

    /// Inverse of [`LossAxis::fraction`].
    pub fn value_at(&self, fraction: f64) -> f32 {
        let (lo, hi) = (f64::from(self.lo), f64::from(self.hi));
        let v = if self.log {
            (lo.ln() + fraction * (hi.ln() - lo.ln())).exp()
        } else {
            lo + fraction * (hi - lo)
        };
        v as f32
    }

    /// Tick values: 1-2-5 steps on a linear axis, 1-2-5 per decade on a log axis.
    pub fn ticks(&self, max_ticks: usize) -> Vec<f32> {
        let max_ticks = max_ticks.max(2);
        if self.log {
            let (lo, hi) = (f64::from(self.lo), f64::from(self.hi));
            let decades = (hi.log10().ceil() - lo.log10().floor()).max(1.0) as usize;
            for mantissas in [&[1.0, 2.0, 5.0][..], &[1.0, 3.0], &[1.0]] {
                let ticks: Vec<f32> = (0..=decades)
                    .flat_map(|d| {
                        let base = 10f64.powf(lo.log10().floor() + d as f64);
                        mantissas.iter().map(move |m| m * base)
                    })
                    .filter(|v| *v >= lo * 0.999 && *v <= hi * 1.001)
                    .map(|v| v as f32)
                    .collect();
                if ticks.len() <= max_ticks || mantissas.len() == 1 {
                    return ticks;
                }
            }
            Vec::new()
        } else {
            let span = f64::from(self.hi - self.lo);
            let raw = span / max_ticks as f64;
            let magnitude = 10f64.powf(raw.log10().floor());
            let step = [1.0, 2.0, 5.0, 10.0]
                .iter()
                .map(|m| m * magnitude)
                .find(|s| span / s <= max_ticks as f64);
            let step = step.unwrap_or(10.0 * magnitude);
            let first = (f64::from(self.lo) / step).ceil() as i64;
            let last = (f64::from(self.hi) / step).floor() as i64;
            (first..=last).map(|k| (k as f64 * step) as f32).collect()
        }
    }
}

impl Ranged for LossAxis {
    type FormatOption = DefaultFormatting;
    type ValueType = f32;

    fn map(&self, value: &f32, limit: (i32, i32)) -> i32 {
        // Clamp so a diverging loss cannot overflow i32 pixel coordinates; the chart clips anyway.
        let t = self.fraction(*value).clamp(-4.0, 5.0);
        (f64::from(limit.0) + t * f64::from(limit.1 - limit.0)).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f32> {
        self.ticks(hint.max_num_points())
    }

    fn range(&self) -> Range<f32> {
        self.lo..self.hi
    }
}

/// Room the loss chart gives each x tick label ("12000" at 14 px is ~40 px, plus a gap) and
/// each y tick label (one line of text, plus a gap).
pub const X_TICK_ROOM: f64 = 64.0;
pub const Y_TICK_ROOM: f64 = 34.0;

/// How many ticks an axis `length` drawing units long may ask for, `room` apart, at most
/// `most` and at least 2: on a phone the chart gets fewer ticks, never overlapping labels.
/// (The 1-2-5 steps of [`LossAxis::ticks`] can only give fewer ticks than asked, never more.)
pub fn tick_budget(length: f64, room: f64, most: usize) -> usize {
    ((length / room).floor() as usize).clamp(2, most.max(2))
}

/// A tick or read-out value with about three significant digits and no trailing zeros.
pub fn short_number(v: f32) -> String {
    if v == 0.0 || !v.is_finite() {
        return format!("{v}");
    }
    let digits = (2 - v.abs().log10().floor() as i32).clamp(0, 6) as usize;
    // The language's decimal separator (0,5 in German), trailing zeros dropped.
    let s = crate::core::l10n::fixed(v, digits);
    let point = crate::core::l10n::numbers::style(crate::core::l10n::language().tag).decimal;
    if s.contains(point) {
        s.trim_end_matches('0').trim_end_matches(point).to_string()
    } else {
        s
    }
}

/// Where the last loss chart put its plot, in CSS pixels of its canvas, and what it showed.
/// The binding keeps it between frames to turn mouse positions into epochs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartGeometry {
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    /// Epochs at the left and right edges of the plot.
    pub x_range: (f32, f32),
    /// Losses at the bottom and top edges of the plot.
    pub y_range: (f32, f32),
    pub log_y: bool,
}

impl ChartGeometry {
    fn axis(&self) -> LossAxis {
        LossAxis {
            lo: self.y_range.0,
            hi: self.y_range.1,
            log: self.log_y,
        }
    }

    /// Epoch under CSS x coordinate `x_px`, or `None` outside the plot.
    pub fn epoch_at(&self, x_px: f64) -> Option<f32> {
        if !(self.plot_left..=self.plot_right).contains(&x_px) || self.plot_right <= self.plot_left
        {
            return None;
        }
        let t = (x_px - self.plot_left) / (self.plot_right - self.plot_left);
        let (a, b) = (f64::from(self.x_range.0), f64::from(self.x_range.1));
        Some((a + t * (b - a)) as f32)
    }

    /// Loss under CSS y coordinate `y_px`, or `None` outside the plot.
    pub fn loss_at(&self, y_px: f64) -> Option<f32> {
        if !(self.plot_top..=self.plot_bottom).contains(&y_px) || self.plot_bottom <= self.plot_top
        {
            return None;
        }
        Some(
            self.axis()
                .value_at((self.plot_bottom - y_px) / (self.plot_bottom - self.plot_top)),
        )
    }

    /// CSS x coordinate of `epoch`.
    pub fn x_px(&self, epoch: f32) -> f64 {
        let (a, b) = (f64::from(self.x_range.0), f64::from(self.x_range.1));
        self.plot_left + (f64::from(epoch) - a) / (b - a) * (self.plot_right - self.plot_left)
    }

    /// CSS y coordinate of `loss`.
    pub fn y_px(&self, loss: f32) -> f64 {
        self.plot_bottom - self.axis().fraction(loss) * (self.plot_bottom - self.plot_top)
    }
}

/// The finite point of `points` whose epoch is closest to `epoch` (NaN/inf losses skipped).
pub fn nearest_point(points: &[(f32, f32)], epoch: f32) -> Option<(f32, f32)> {
    points
        .iter()
        .copied()
        .filter(|(e, l)| e.is_finite() && l.is_finite())
        .min_by(|a, b| (a.0 - epoch).abs().total_cmp(&(b.0 - epoch).abs()))
}

/// Split a curve into the pieces that lie inside the axis range, cutting each leaving or
/// returning segment where it crosses the edge. Plotters would otherwise clamp out-of-range
/// points onto the edge and draw a diverging loss as a flat line along the top of the plot.
pub fn pieces_in_range(points: &[(f32, f32)], axis: &LossAxis) -> Vec<Vec<(f32, f32)>> {
    let mut pieces: Vec<Vec<(f32, f32)>> = Vec::new();
    let mut current: Vec<(f32, f32)> = Vec::new();
    let inside = |f: f64| (0.0..=1.0).contains(&f);
    // Point where the segment a→b crosses the edge at fraction `edge` (screen-straight).
    let crossing = |a: (f32, f32), fa: f64, b: (f32, f32), fb: f64, edge: f64| {
        let s = ((edge - fa) / (fb - fa)) as f32;
        (a.0 + s * (b.0 - a.0), axis.value_at(edge))
    };
    for (i, &p) in points.iter().enumerate() {
        let fp = axis.fraction(p.1);
        if i == 0 {
            if inside(fp) {
                current.push(p);
            }
            continue;
        }
        let q = points[i - 1];
        let fq = axis.fraction(q.1);
        match (inside(fq), inside(fp)) {
            (true, true) => current.push(p),
            (true, false) => {
                current.push(crossing(q, fq, p, fp, if fp > 1.0 { 1.0 } else { 0.0 }));
                pieces.push(std::mem::take(&mut current));
            }
            (false, true) => {
                current.push(crossing(q, fq, p, fp, if fq > 1.0 { 1.0 } else { 0.0 }));
                current.push(p);
            }
            (false, false) => {}
        }
    }
    if !current.is_empty() {
        pieces.push(current);
    }
    pieces
}

/// At most four points (first, lowest, highest, last) per `buckets`-th of the epoch range, in
/// order: the drawn curve looks the same, spikes included, but a long history costs no more to
/// stroke than the plot is wide.
pub fn thin(points: &[(f32, f32)], x_range: (f32, f32), buckets: usize) -> Vec<(f32, f32)> {
    if points.len() <= 2 * buckets.max(1) {
        return points.to_vec();
    }
    let span = (x_range.1 - x_range.0).max(f32::MIN_POSITIVE);
    let bucket_of = |x: f32| (((x - x_range.0) / span * buckets as f32) as usize).min(buckets);
    let mut out = Vec::with_capacity(4 * buckets + 4);
    let mut start = 0;
    while start < points.len() {
        let b = bucket_of(points[start].0);
        let end = (start..points.len())
            .find(|&i| bucket_of(points[i].0) != b)
            .unwrap_or(points.len());
        let run = &points[start..end];
        let by_loss = |a: &&(f32, f32), b: &&(f32, f32)| a.1.total_cmp(&b.1);
        let lowest = run
            .iter()
            .enumerate()
            .min_by(|a, b| by_loss(&a.1, &b.1))
            .map_or(0, |m| m.0);
        let highest = run
            .iter()
            .enumerate()
            .max_by(|a, b| by_loss(&a.1, &b.1))
            .map_or(0, |m| m.0);
        let mut keep = [0, lowest, highest, run.len() - 1];
        keep.sort_unstable();
        let mut last = None;
        for i in keep {
            if last != Some(i) {
                out.push(run[i]);
                last = Some(i);
            }
        }
        start = end;
    }
    out
}
