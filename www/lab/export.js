// Export for slides and worksheets: the loss chart as a PNG at twice its size on screen, the
// whole lab as one PNG, every run's history as CSV (built in Rust from the runs' histories)
// and the setup as JSON. Files are handed to the browser as Blob URLs with <a download>, which
// the page's Content-Security-Policy allows and which needs no server.

import { runMarkerPath } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { setupJson } from './setup-file.js';
import { $, engine, presetNamed, settings } from './shared.js';

// Slides are projected large: twice the screen's CSS size keeps lines and text sharp.
const PNG_SCALE = 2;
// Height of the title band above an exported chart, and of each text line of the lab's key.
const TITLE_PX = 30;
const LINE_PX = 20;
const INK = '#1b1f24';
const MUTED = '#5b6470';

/** Hands `blob` to the browser as a download called `name`. */
export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started once click() returns; the URL can go a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// File names say which lab they came from: dropout-lab-moons-seed3-loss.png.
const fileName = (what, ext) => `dropout-lab-${settings.preset}-seed${settings.seed}-${what}.${ext}`;

/** "Two moons… · seed 3 · epoch 300": what a picture shows, under its title. */
function caption() {
  const epoch = engine.lab.epoch();
  return `${presetNamed(settings.preset)?.title ?? settings.preset} · seed ${settings.seed} · epoch ${epoch}`;
}

function writeLine(ctx, text, x, y, px, colour, bold = false) {
  ctx.font = `${bold ? 'bold ' : ''}${px}px sans-serif`;
  ctx.fillStyle = colour;
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
}

function pngOf(canvas, what) {
  canvas.toBlob((blob) => blob && download(blob, fileName(what, 'png')), 'image/png');
}

/** The loss chart, legend included, drawn afresh by Rust at 2×, with its title above. */
export function exportLossPng() {
  const rect = $('loss').getBoundingClientRect();
  const [w, h] = [Math.round(rect.width), Math.round(rect.height)];
  const chart = document.createElement('canvas');
  if (guard((lab) => (lab.drawLossChartAt(chart, w, h, PNG_SCALE), true), false, false) !== true) return;
  const out = document.createElement('canvas');
  out.width = chart.width;
  out.height = chart.height + TITLE_PX * 2 * PNG_SCALE;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.scale(PNG_SCALE, PNG_SCALE);
  writeLine(ctx, $('loss-title').textContent, 12, TITLE_PX / 2, 17, INK, true);
  writeLine(ctx, caption(), 12, TITLE_PX * 1.5, 14, MUTED);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(chart, 0, TITLE_PX * 2 * PNG_SCALE);
  pngOf(out, 'loss');
}

/**
 * The whole lab on one canvas: a key (title, caption, each run's numbers as the runs list
 * shows them) above the three canvases and their headings, placed as they are on the page.
 */
export function exportLabPng() {
  const pictures = [$('diagram'), $('loss'), $('data')].filter((c) => c.getBoundingClientRect().width > 0);
  const headings = [$('diagram-title'), $('loss-title'), $('data-title')].filter((h) => h.getBoundingClientRect().width > 0);
  const rects = [...pictures, ...headings].map((el) => el.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const width = Math.max(...rects.map((r) => r.right)) - left;
  const runs = [...$('runs').children].map((li) => `${li.querySelector('.run-label')?.textContent ?? ''}: ${li.querySelector('.run-numbers')?.textContent ?? ''}`);
  const key = 2 * LINE_PX + runs.length * LINE_PX + LINE_PX / 2;
  const height = Math.max(...rects.map((r) => r.bottom)) - top + key;
  // As sharp as the sharpest canvas on screen, and at least 2×.
  const scale = Math.max(PNG_SCALE, ...pictures.map((c) => c.width / c.getBoundingClientRect().width));
  const out = document.createElement('canvas');
  out.width = Math.round((width + 24) * scale);
  out.height = Math.round((height + 12) * scale);
  const ctx = out.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width + 24, height + 12);
  writeLine(ctx, `Dropout Lab — ${caption()}`, 12, LINE_PX * 0.75, 17, INK, true);
  runs.forEach((line, i) => {
    // The run's marker in its colour, as the charts draw it (#20: not by colour alone).
    ctx.save();
    ctx.translate(10, LINE_PX * (1.75 + i) - 8);
    ctx.fillStyle = engine.colours[i % engine.colours.length];
    ctx.fill(new Path2D(runMarkerPath(i)));
    ctx.restore();
    writeLine(ctx, line, 30, LINE_PX * (1.75 + i), 14, INK);
  });
  const y0 = key - top;
  for (const h of headings) {
    const r = h.getBoundingClientRect();
    writeLine(ctx, h.textContent, 12 + r.left - left, y0 + (r.top + r.bottom) / 2, 15, INK, true);
  }
  for (const c of pictures) {
    const r = c.getBoundingClientRect();
    ctx.drawImage(c, 12 + r.left - left, y0 + r.top, r.width, r.height);
  }
  pngOf(out, 'lab');
}

export function exportCsv() {
  const csv = guard((lab) => lab.historyCsv(), null, false);
  if (csv !== null) download(new Blob([csv], { type: 'text/csv' }), fileName('history', 'csv'));
}

export function exportSetup() {
  download(new Blob([setupJson()], { type: 'application/json' }), fileName('setup', 'json'));
}

/** The Export… button opens a small dialog with one button per file. */
export function wireExport() {
  const dialog = $('export-dialog');
  $('export').addEventListener('click', () => dialog.showModal());
  const actions = { 'export-loss': exportLossPng, 'export-lab': exportLabPng, 'export-csv': exportCsv, 'export-setup': exportSetup };
  for (const [id, action] of Object.entries(actions)) {
    $(id).addEventListener('click', () => {
      dialog.close();
      action();
    });
  }
  $('export-close').addEventListener('click', () => dialog.close());
}
