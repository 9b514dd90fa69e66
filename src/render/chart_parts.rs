//! The pieces every loss-like chart shares (the loss chart over epochs, the sweep chart over p
//! or N), drawn with the 2-D context so they never cover a curve: the legend above the plot,
//! the read-out box at the pointer, the note in an empty plot, and the one rule for the loss
//! axis's headroom.

use web_sys::CanvasRenderingContext2d;

use super::loss_axis::{ChartGeometry, LossAxis};
use super::palette::{GUIDE, INK, MUTED, Rgb, WHITE};
use super::run_style::{RunStyle, draw_marker};
use super::surface::{Anchor, Font, line, set_dash, text, text_fitted};
use super::text_fit::font_css;

/// The charts' text: legends and read-outs alike.
const FONT: Font = Font::new(15.0, INK);
const LEGEND_ROW: f64 = 24.0;
const READOUT_ROW: f64 = 21.0;

/// How a legend entry is keyed.
#[derive(Clone, Copy, PartialEq)]
pub enum Key {
    /// A line sample: solid or dashed.
    Line { dashed: bool },
    /// A raced run: its validation dash with its marker on it (#20: not by colour alone).
    Run(RunStyle),
}

/// One legend entry.
pub struct Entry {
    pub label: String,
    pub colour: Rgb,
    pub key: Key,
    /// In bold (the focused run).
    pub bold: bool,
    /// Extra room before it (to set the line-style key apart from the runs).
    pub gap: f64,
}

/// The legend across the top of a chart `width` wide, wrapped into rows. Returns its height.
pub fn draw_legend(ctx: &CanvasRenderingContext2d, entries: &[Entry], width: f64) -> f64 {
    let (mut x, mut y) = (12.0, 8.0);
    for e in entries {
        let font = if e.bold { FONT.bold() } else { FONT };
        ctx.set_font(&font_css(font, font.px));
        let text_w = ctx
            .measure_text(&e.label)
            .map(|m| m.width())
            .unwrap_or(8.0 * e.label.len() as f64);
        let sample_w = match e.key {
            Key::Line { .. } => 24.0,
            Key::Run(_) => 30.0,
        };
        let entry_w = e.gap + sample_w + 6.0 + text_w + 18.0;
        if x + entry_w > width - 8.0 && x > 12.0 {
            x = 12.0;
            y += LEGEND_ROW;
        }
        let (left, mid) = (x + e.gap, y + LEGEND_ROW / 2.0);
        match e.key {
            Key::Line { dashed } => {
                ctx.set_stroke_style_str(&e.colour.css());
                ctx.set_line_width(3.0);
                set_dash(ctx, if dashed { &[6.0, 4.0] } else { &[] });
                line(ctx, (left, mid), (left + 24.0, mid));
                set_dash(ctx, &[]);
            }
            Key::Run(style) => {
                ctx.set_stroke_style_str(&style.colour.css());
                ctx.set_line_width(3.0);
                set_dash(ctx, style.dash);
                line(ctx, (left, mid), (left + 30.0, mid));
                set_dash(ctx, &[]);
                let marker = (left + 15.0, mid);
                draw_marker(
                    ctx,
                    marker,
                    5.0,
                    style.marker,
                    Some(style.colour),
                    Some((WHITE, 1.0)),
                );
            }
        }
        let label_left = left + sample_w + 6.0;
        let room = width - 8.0 - label_left;
        text_fitted(ctx, &e.label, (label_left, mid), font, Anchor::Left, room);
        x += entry_w;
    }
    y + LEGEND_ROW + 4.0
}

/// The dashed vertical guide at the pointer's x.
pub fn draw_guide(ctx: &CanvasRenderingContext2d, g: &ChartGeometry, x: f64) {
    ctx.set_stroke_style_str(&MUTED.css());
    ctx.set_line_width(1.0);
    set_dash(ctx, &[4.0, 4.0]);
    line(ctx, (x, g.plot_top), (x, g.plot_bottom));
    set_dash(ctx, &[]);
}

/// The read-out box beside the guide at `x`, kept inside the plot: a bold first row (what is
/// read out), then one row per value, each with its run's marker when it has one.
pub fn draw_readout(
    ctx: &CanvasRenderingContext2d,
    g: &ChartGeometry,
    x: f64,
    rows: &[(String, Option<RunStyle>)],
) {
    ctx.set_font(&font_css(FONT, FONT.px));
    let swatches = rows.iter().any(|(_, c)| c.is_some());
    let indent = if swatches { 28.0 } else { 8.0 };
    let box_w = rows
        .iter()
        .map(|(r, _)| ctx.measure_text(r).map(|m| m.width()).unwrap_or(0.0))
        .fold(0.0, f64::max)
        + indent
        + 6.0;
    let box_h = rows.len() as f64 * READOUT_ROW + 10.0;
    let left = if x + 12.0 + box_w <= g.plot_right {
        x + 12.0
    } else {
        (x - 12.0 - box_w).max(g.plot_left)
    };
    ctx.set_fill_style_str("rgba(255,255,255,0.92)");
    ctx.fill_rect(left, g.plot_top + 6.0, box_w, box_h);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.stroke_rect(left, g.plot_top + 6.0, box_w, box_h);
    for (i, (row, style)) in rows.iter().enumerate() {
        let y = g.plot_top + 16.0 + READOUT_ROW * i as f64;
        if let Some(style) = style {
            let at = (left + 15.0, y);
            draw_marker(ctx, at, 5.0, style.marker, Some(style.colour), None);
        }
        let (font, at) = if i == 0 {
            (FONT.bold(), left + 8.0)
        } else {
            (FONT, left + indent)
        };
        text(ctx, row, (at, y), font, Anchor::Left);
    }
}

/// A note in the middle of an empty plot ("no losses yet").
pub fn draw_empty_note(ctx: &CanvasRenderingContext2d, g: &ChartGeometry, note: &str) {
    let centre = (
        (g.plot_left + g.plot_right) / 2.0,
        (g.plot_top + g.plot_bottom) / 2.0,
    );
    let room = g.plot_right - g.plot_left;
    let font = Font::new(16.0, MUTED);
    text_fitted(ctx, note, centre, font, Anchor::Centre, room);
}

/// The loss axis around losses from `lo` to `hi` (non-finite: no loss yet), with the headroom
/// every chart keeps: a linear axis from 0 (or below, for a negative value) to 5 % above the
/// highest loss, a log axis a quarter beyond each end.
pub fn loss_axis_with_headroom(lo: f32, hi: f32, log: bool) -> LossAxis {
    match (log, lo.is_finite()) {
        (true, true) => LossAxis {
            lo: lo / 1.25,
            hi: if hi > lo { hi * 1.25 } else { lo * 2.5 },
            log: true,
        },
        (true, false) => LossAxis {
            lo: 0.01,
            hi: 1.0,
            log: true,
        },
        (false, true) => {
            let lo = lo.min(0.0);
            LossAxis {
                lo,
                hi: if hi > lo {
                    lo + (hi - lo) * 1.05
                } else {
                    lo + 1.0
                },
                log: false,
            }
        }
        (false, false) => LossAxis {
            lo: 0.0,
            hi: 1.0,
            log: false,
        },
    }
}
