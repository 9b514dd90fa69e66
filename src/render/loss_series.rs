//! What the loss chart is given to draw, and the values read out under the mouse: shared by
//! the chart and its overlay (legend and hover read-out).

use super::loss_axis::nearest_point;

/// One raced run's history.
#[derive(Clone, Copy, Debug)]
pub struct LossSeries<'a> {
    /// Legend name, e.g. "p = 0.5".
    pub label: &'a str,
    /// Index into [`RUN_COLOURS`](super::palette::RUN_COLOURS).
    pub colour: usize,
    /// (epoch, training loss) points. Non-finite values are skipped.
    pub train: &'a [(f32, f32)],
    /// (epoch, validation loss) points. Non-finite values are skipped.
    pub val: &'a [(f32, f32)],
    /// The run blew up (loss became NaN/inf); the legend says so.
    pub diverged: bool,
}

/// Everything the loss chart needs for one frame.
#[derive(Clone, Copy, Debug)]
pub struct LossChartView<'a> {
    /// At most about four runs stay readable.
    pub series: &'a [LossSeries<'a>],
    /// Run whose train/validation gap is shaded.
    pub focused: Option<usize>,
    /// Logarithmic loss axis (positive losses only).
    pub log_y: bool,
    /// Epoch under the mouse: draws a vertical line and the values of every run there.
    pub hover_epoch: Option<f32>,
}

/// The values of one run nearest to a hovered epoch.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct HoverValues {
    pub run: usize,
    pub train: Option<(f32, f32)>,
    pub val: Option<(f32, f32)>,
}

/// Nearest finite training and validation points of every run to `epoch`.
pub fn hover_values(series: &[LossSeries], epoch: f32) -> Vec<HoverValues> {
    series
        .iter()
        .enumerate()
        .map(|(run, s)| HoverValues {
            run,
            train: nearest_point(s.train, epoch),
            val: nearest_point(s.val, epoch),
        })
        .collect()
}
