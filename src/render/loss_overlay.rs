//! The loss chart's overlays, drawn with the 2-D context: the legend above the plot (so it never
//! covers a curve) and the hover line with its read-out box.

use web_sys::CanvasRenderingContext2d;

use super::loss_axis::{ChartGeometry, short_number};
use super::loss_series::{LossChartView, hover_values};
use super::palette::{self, GUIDE, INK, MUTED, Rgb};
use super::surface::{Anchor, Font, circle, line, set_dash, text, text_fitted};
use super::text_fit::font_css;

const LEGEND_ROW: f64 = 24.0;
const FONT: Font = Font::new(15.0, INK);

/// How a legend entry is keyed.
#[derive(Clone, Copy, PartialEq)]
enum Key {
    /// A colour square: which run (both of its lines share the colour).
    Run { focused: bool },
    /// A line sample: which loss (solid train, dashed validation).
    Line { dashed: bool },
}

/// Legend above the plot, wrapped into rows: one colour per run (the focused run in bold), then
/// the line-style key. Returns its height.
pub(crate) fn draw_legend(ctx: &CanvasRenderingContext2d, view: &LossChartView, width: f64) -> f64 {
    let mut entries: Vec<(String, Rgb, Key)> = view
        .series
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let label = if s.diverged {
                format!("{} — diverged", s.label)
            } else {
                s.label.to_string()
            };
            let focused = view.focused == Some(i);
            (label, palette::run_colour(s.colour), Key::Run { focused })
        })
        .collect();
    entries.push(("train".into(), INK, Key::Line { dashed: false }));
    entries.push(("validation".into(), INK, Key::Line { dashed: true }));
    let (mut x, mut y) = (12.0, 8.0);
    for (i, (label, colour, key)) in entries.iter().enumerate() {
        let font = if *key == (Key::Run { focused: true }) {
            FONT.bold()
        } else {
            FONT
        };
        ctx.set_font(&font_css(font, font.px));
        let text_w = ctx
            .measure_text(label)
            .map(|m| m.width())
            .unwrap_or(8.0 * label.len() as f64);
        // A little extra room before the style key separates it from the runs.
        let gap = if i == view.series.len() { 14.0 } else { 0.0 };
        let sample_w = if matches!(key, Key::Run { .. }) {
            14.0
        } else {
            24.0
        };
        let entry_w = gap + sample_w + 6.0 + text_w + 18.0;
        if x + entry_w > width - 8.0 && x > 12.0 {
            x = 12.0;
            y += LEGEND_ROW;
        }
        let (left, mid) = (x + gap, y + LEGEND_ROW / 2.0);
        match key {
            Key::Run { .. } => {
                ctx.set_fill_style_str(&colour.css());
                ctx.fill_rect(left, mid - 7.0, 14.0, 14.0);
            }
            Key::Line { dashed } => {
                ctx.set_stroke_style_str(&colour.css());
                ctx.set_line_width(3.0);
                set_dash(ctx, if *dashed { &[6.0, 4.0] } else { &[] });
                line(ctx, (left, mid), (left + 24.0, mid));
                set_dash(ctx, &[]);
            }
        }
        let label_left = left + sample_w + 6.0;
        let room = width - 8.0 - label_left;
        text_fitted(ctx, label, (label_left, mid), font, Anchor::Left, room);
        x += entry_w;
    }
    y + LEGEND_ROW + 4.0
}

pub(crate) fn draw_hover(
    ctx: &CanvasRenderingContext2d,
    view: &LossChartView,
    g: &ChartGeometry,
    epoch: f32,
) {
    let x = g.x_px(epoch);
    ctx.set_stroke_style_str(&MUTED.css());
    ctx.set_line_width(1.0);
    set_dash(ctx, &[4.0, 4.0]);
    line(ctx, (x, g.plot_top), (x, g.plot_bottom));
    set_dash(ctx, &[]);

    let mut rows = vec![(format!("epoch {}", short_number(epoch.round())), INK)];
    for hv in hover_values(view.series, epoch) {
        let s = &view.series[hv.run];
        let colour = palette::run_colour(s.colour);
        for (point, filled) in [(hv.train, true), (hv.val, false)] {
            let Some((e, l)) = point.filter(|p| !g.log_y || p.1 > 0.0) else {
                continue;
            };
            let (px, py) = (g.x_px(e), g.y_px(l));
            if py >= g.plot_top && py <= g.plot_bottom {
                circle(
                    ctx,
                    px,
                    py,
                    5.5,
                    filled.then_some(colour),
                    Some((colour, 2.5)),
                );
            }
        }
        let fmt = |p: Option<(f32, f32)>| p.map_or("–".to_string(), |p| short_number(p.1));
        rows.push((
            format!(
                "{}   train {}   val {}",
                s.label,
                fmt(hv.train),
                fmt(hv.val)
            ),
            colour,
        ));
    }
    ctx.set_font(&font_css(FONT, FONT.px));
    let box_w = rows
        .iter()
        .map(|(r, _)| ctx.measure_text(r).map(|m| m.width()).unwrap_or(0.0))
        .fold(0.0, f64::max)
        + 34.0;
    let box_h = rows.len() as f64 * 21.0 + 10.0;
    let left = if x + 12.0 + box_w <= g.plot_right {
        x + 12.0
    } else {
        (x - 12.0 - box_w).max(g.plot_left)
    };
    ctx.set_fill_style_str("rgba(255,255,255,0.92)");
    ctx.fill_rect(left, g.plot_top + 6.0, box_w, box_h);
    ctx.set_stroke_style_str(&GUIDE.css());
    ctx.stroke_rect(left, g.plot_top + 6.0, box_w, box_h);
    for (i, (row, colour)) in rows.iter().enumerate() {
        let y = g.plot_top + 16.0 + 21.0 * i as f64;
        if i > 0 {
            ctx.set_fill_style_str(&colour.css());
            ctx.fill_rect(left + 8.0, y - 5.0, 14.0, 10.0);
        }
        let font = if i == 0 { FONT.bold() } else { FONT };
        text(
            ctx,
            row,
            (left + if i == 0 { 8.0 } else { 28.0 }, y),
            font,
            Anchor::Left,
        );
    }
}
