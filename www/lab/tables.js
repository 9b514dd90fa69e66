// Every chart as a table too (#20): a "Table" toggle beside the loss chart and the sweep chart
// shows real <table> markup (caption, column and row headers) of the numbers the core hands over
// (lab.historyTable, a sweep panel's tableRows) and the words it writes (captions, heads). A
// table is rebuilt only while shown, only when its numbers changed, and at most twice a second.

import { historyTableHeads } from '../pkg/dropout_lab.js';
import { $, engine } from './shared.js';

const REFRESH_MS = 500;

// What each table was last built from (a key), and when.
const state = { loss: { key: '', at: -Infinity }, sweep: { key: '', at: -Infinity }, sweepPanel: () => null };

// Losses to four decimals (the chart's read-outs show two or three); a missing value a dash.
const cell = (v) => (Number.isFinite(v) ? v.toFixed(4) : '—');

/** A <table>: `caption`, column `heads`, then rows of `width` numbers, the first a row header. */
function table(caption, heads, numbers, width, first = (v) => String(v)) {
  const t = document.createElement('table');
  t.className = 'chart-table';
  t.createCaption().textContent = caption;
  const head = t.createTHead().insertRow();
  for (const h of heads) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = t.createTBody();
  for (let i = 0; i + width <= numbers.length; i += width) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = first(numbers[i]);
    row.append(th);
    for (let k = 1; k < width; k++) row.insertCell().textContent = cell(numbers[i + k]);
  }
  return t;
}

function lossTables() {
  const lab = engine.lab;
  const heads = historyTableHeads();
  return Array.from({ length: lab.runCount() }, (_, run) => table(lab.historyTableCaption(run), heads, lab.historyTable(run), heads.length));
}

function sweepTables() {
  const panel = state.sweepPanel();
  if (!panel) return [];
  const [caption, ...heads] = panel.tableText();
  const x = (v) => (v < 1 ? v.toFixed(2) : String(v));
  const curves = heads[0] === 'p' ? 1 : 2;
  return Array.from({ length: curves }, (_, s) => table(curves > 1 ? `${caption} (curve ${s + 1})` : caption, heads, panel.tableRows(s), heads.length, x));
}

/** Rebuilds `which` table if it is shown, its numbers changed and it was not rebuilt lately. */
function refresh(which, key, build, now, force) {
  const box = $(`${which}-table`);
  const s = state[which];
  if (box.hidden || (!force && (key === s.key || now - s.at < REFRESH_MS))) return;
  s.key = key;
  s.at = now;
  box.replaceChildren(...build());
}

/** Once per animation frame (cheap when the tables are hidden or unchanged). */
export function refreshTables(now, force = false) {
  const lab = engine.lab;
  refresh('loss', `${lab.iteration()}:${lab.runCount()}:${lab.epoch()}`, lossTables, now, force);
  const panel = state.sweepPanel();
  refresh('sweep', panel ? `${panel.done()}:${panel.tableText()[0]}` : '', sweepTables, now, force);
}

/** The sweep module says which panel is shown. */
export function sweepTableWith(f) {
  state.sweepPanel = f;
}

export function wireTables() {
  for (const which of ['loss', 'sweep']) {
    const button = $(`${which}-table-toggle`);
    button.addEventListener('click', () => {
      const show = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(show));
      $(`${which}-table`).hidden = !show;
      state[which].key = '';
      refreshTables(performance.now(), true);
    });
  }
}
