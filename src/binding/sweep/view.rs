//! How a [`SweepPanel`] turns its summary into the chart's curves, marks and read-out.

use crate::t;
use wasm_bindgen::JsValue;
use web_sys::HtmlCanvasElement;

use super::SweepPanel;
use crate::core::dropout::{run_label, uniform_rates};
use crate::core::sweep::{self, Row};
use crate::render::ChartGeometry;
use crate::render::palette::{BLUE, GREEN, INK, Rgb, SKY_BLUE, VERMILLION};
use crate::render::sweep_chart::{SweepChartView, SweepCurve, draw_sweep_chart};

/// A curve as the panel builds it: label, colour, dashed, `(x, mean, min, max)` per point.
type Curve = (String, Rgb, bool, Vec<(f32, f32, f32, f32)>);

impl SweepPanel {
    /// A rate sweep's point: every hidden layer at `p`, the input as the focused run had it.
    pub(super) fn label(&self, p: f32) -> String {
        run_label(&uniform_rates(self.input_p, p, self.layers), self.notation)
    }

    /// A data-size sweep's curves: no dropout at all, and the focused run's rates.
    pub(super) fn size_labels(&self) -> (String, String) {
        (
            run_label(&vec![0.0; self.focus_rates.len()], self.notation),
            run_label(&self.focus_rates, self.notation),
        )
    }

    /// The curves: a size sweep's validation loss and gap with and without dropout, or a rate
    /// sweep's final and best validation and final training loss.
    fn curves(&self) -> Vec<Curve> {
        let points = |rows: &[Row], f: fn(&Row) -> sweep::Band| -> Vec<(f32, f32, f32, f32)> {
            rows.iter()
                .map(|r| {
                    let b = f(r);
                    (r.x, b.mean, b.min, b.max)
                })
                .collect()
        };
        let rows0 = self.sweep.rows(0);
        if !self.is_size_sweep() {
            return vec![
                (
                    t!("sweep-key-final-val"),
                    VERMILLION,
                    false,
                    points(&rows0, |r| r.final_val),
                ),
                (
                    t!("sweep-key-best-val"),
                    SKY_BLUE,
                    true,
                    points(&rows0, |r| r.best_val),
                ),
                (
                    t!("sweep-key-final-train"),
                    INK,
                    false,
                    points(&rows0, |r| r.final_train),
                ),
            ];
        }
        let rows1 = self.sweep.rows(1);
        let (plain, focus) = self.size_labels();
        let curve = |label: &str, what: &str, colour, dashed, rows: &[Row], f| {
            (format!("{label} {what}"), colour, dashed, points(rows, f))
        };
        vec![
            curve(&plain, "val", BLUE, false, &rows0, |r| r.final_val),
            curve(&focus, "val", GREEN, false, &rows1, |r| r.final_val),
            curve(&plain, "gap", BLUE, true, &rows0, |r| r.gap),
            curve(&focus, "gap", GREEN, true, &rows1, |r| r.gap),
        ]
    }

    pub(super) fn draw_chart(
        &self,
        canvas: &HtmlCanvasElement,
        marks: &[(f32, usize)],
    ) -> Result<ChartGeometry, JsValue> {
        let size = self.is_size_sweep();
        let data = self.curves();
        let curves: Vec<SweepCurve> = data
            .iter()
            .map(|(label, colour, dashed, pts)| SweepCurve {
                label,
                colour: *colour,
                dashed: *dashed,
                points: pts,
            })
            .collect();
        let rows0 = self.sweep.rows(0);
        let best = (!size)
            .then(|| self.sweep.best_point())
            .flatten()
            .map(|i| (rows0[i].x, rows0[i].final_val.mean));
        let best_label = best.map_or(String::new(), |(p, _)| {
            t!("sweep-best", run = self.label(p))
        });
        let x_label = match size {
            true => t!("sweep-axis-size"),
            false => t!("sweep-axis-rate"),
        };
        let empty = t!("sweep-empty");
        let readout = self
            .hover
            .map(|i| (self.sweep.plan().xs[i], self.readout(i)));
        let view = SweepChartView {
            x_label: &x_label,
            log_x: size,
            log_y: self.log_y,
            curves: &curves,
            best,
            best_label: &best_label,
            marks: if size { &[] } else { marks },
            hover: readout.as_ref().map(|(x, lines)| (*x, lines.as_slice())),
            empty: &empty,
        };
        draw_sweep_chart(canvas, &view)
    }

    /// The hover read-out of point `i`.
    pub(super) fn readout(&self, i: usize) -> Vec<String> {
        let short = crate::render::loss_axis::short_number;
        let band = |b: sweep::Band| {
            if b.n == 0 {
                "–".to_string()
            } else {
                format!("{} ({}–{})", short(b.mean), short(b.min), short(b.max))
            }
        };
        let r0 = self.sweep.rows(0)[i];
        if self.is_size_sweep() {
            let r1 = self.sweep.rows(1)[i];
            let (plain, focus) = self.size_labels();
            let series = |series: &str, r: &Row| {
                t!(
                    "sweep-hover-size-series",
                    series = series,
                    val = short(r.final_val.mean),
                    gap = short(r.gap.mean)
                )
            };
            vec![
                t!("sweep-hover-n", n = r0.x as u64),
                series(&plain, &r0),
                series(&focus, &r1),
                t!(
                    "sweep-hover-gain",
                    gain = short(r0.final_val.mean - r1.final_val.mean)
                ),
            ]
        } else {
            vec![
                t!(
                    "sweep-hover-rate",
                    label = self.label(r0.x),
                    seeds = r0.final_val.n
                ),
                t!("sweep-hover-final-val", band = band(r0.final_val)),
                t!("sweep-hover-best-val", band = band(r0.best_val)),
                t!("sweep-hover-final-train", band = band(r0.final_train)),
            ]
        }
    }
}
