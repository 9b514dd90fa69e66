// Every chart as a table too (#20): a "Table" toggle beside the loss chart, the sweep chart and
// the Inside view shows real <table> markup (caption, column and row headers) of the numbers the
// core hands over (lab.historyTable, a sweep panel's tableRows, the Inside view's tableCells)
// and the words it writes (captions, heads), in the language spoken (numbers in its form too:
// 0,5000 in German). A table is rebuilt only while shown, only when its numbers or the language
// changed, and at most twice a second.

import { historyTableHeads } from '../pkg/dropout_lab.js';
import { num, onLanguage } from './l10n.js';
import { $, engine } from './shared.js';

const REFRESH_MS = 500;
const TABLES = ['loss', 'sweep', 'inside'];

// What each table was last built from (a key), and when; the sweep and Inside modules say
// where their panels are.
const state = { sweepPanel: () => null, inside: () => null };
for (const which of TABLES) state[which] = { key: '', at: -Infinity };

// Losses to four decimals (the chart's read-outs show two or three), written the way the
// class's language writes numbers (the core's formatting: 0,5123 in German); a missing value a dash.
const cell = (v) => (Number.isFinite(v) ? num(v, 4) : '—');
const whole = (v) => num(v, 0);

/** Rows of `width` numbers as text: the first with `first`, the others as losses. */
function numberRows(numbers, width, first = whole) {
  const rows = [];
  for (let i = 0; i + width <= numbers.length; i += width) {
    rows.push([first(numbers[i]), ...Array.from(numbers.subarray(i + 1, i + width), cell)]);
  }
  return rows;
}

/** A <table>: `caption`, column `heads`, then `rows` of cells, the first a row header. */
function table(caption, heads, rows) {
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
  for (const [first, ...rest] of rows) {
    const row = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = first;
    row.append(th);
    for (const text of rest) row.insertCell().textContent = text;
  }
  return t;
}

function lossTables() {
  const lab = engine.lab;
  const heads = historyTableHeads();
  return Array.from({ length: lab.runCount() }, (_, run) => table(lab.historyTableCaption(run), heads, numberRows(lab.historyTable(run), heads.length)));
}

function sweepTables() {
  const panel = state.sweepPanel();
  if (!panel) return [];
  const x = (v) => (v < 1 ? num(v, 2) : whole(v));
  const curves = panel.isSizeSweep() ? 2 : 1;
  return Array.from({ length: curves }, (_, s) => {
    const [caption, ...heads] = panel.tableText(s);
    return table(caption, heads, numberRows(panel.tableRows(s), heads.length, x));
  });
}

function insideTables() {
  const inside = state.inside();
  const [caption, ...heads] = inside?.tableHeads() ?? [];
  if (!caption) return [];
  const cells = inside.tableCells();
  const rows = Array.from({ length: cells.length / heads.length }, (_, r) => cells.slice(r * heads.length, (r + 1) * heads.length));
  return [table(caption, heads, rows)];
}

const BUILD = { loss: lossTables, sweep: sweepTables, inside: insideTables };

/** What each table's numbers depend on: it is rebuilt only when this changes. */
function keys() {
  const lab = engine.lab;
  const panel = state.sweepPanel();
  const inside = state.inside();
  return {
    loss: `${lab.iteration()}:${lab.runCount()}:${lab.epoch()}`,
    sweep: panel ? `${panel.done()}:${panel.tableText(0)[0]}` : '',
    inside: inside ? `${inside.revision()}` : '',
  };
}

/**
 * Once per animation frame (cheap when the tables are hidden or unchanged). Returns in how many
 * ms a table whose numbers changed too soon after its last rebuild is due (Infinity: none is).
 */
export function refreshTables(now, force = false) {
  // A lesson step may remove a panel (and its table) from the page: skip what is not there.
  const shown = TABLES.filter((which) => $(`${which}-table`)?.hidden === false);
  if (!shown.length) return Infinity;
  const key = keys();
  let due = Infinity;
  for (const which of shown) {
    const s = state[which];
    if (!force && key[which] === s.key) continue;
    if (!force && now - s.at < REFRESH_MS) {
      due = Math.min(due, s.at + REFRESH_MS - now);
      continue;
    }
    s.key = key[which];
    s.at = now;
    $(`${which}-table`).replaceChildren(...BUILD[which]());
  }
  return due;
}

/** The sweep module says which panel is shown. */
export function sweepTableWith(f) {
  state.sweepPanel = f;
}

/** The Inside module says where its view is. */
export function insideTableWith(f) {
  state.inside = f;
}

export function wireTables() {
  onLanguage(() => refreshTables(performance.now(), true));
  for (const which of TABLES) {
    const button = $(`${which}-table-toggle`);
    button.addEventListener('click', () => {
      const show = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(show));
      $(`${which}-table`).hidden = !show;
      refreshTables(performance.now(), true);
    });
  }
}
