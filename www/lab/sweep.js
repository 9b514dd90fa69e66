// The sweep panel (#11): validation loss against p, and dropout's gain against the size of the
// training set, each point trained for real by fresh runs on a pool of Web Workers while the
// lab goes on playing. Rust plans the jobs, sums up the results and draws the chart; this
// module wires the buttons, the progress bar, hover and clicks.

import { num, onLanguage, say } from './l10n.js';
import { seedsPerPoint } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { addRate, changed } from './controls.js';
import { download } from './export.js';
import { describeSweepWith, sayAside } from './narrate.js';
import { runRates } from './readings.js';
import { $, afterFirstPaint, afterResize, engine, retainNotation, settings, wake } from './shared.js';
import { runPool } from './sweep-pool.js';
import { sweepTableWith } from './tables.js';

const PNG_SCALE = 2;

// The last sweep of each kind stays on show; `running` is the pool of the one in progress.
const sweeps = { rate: null, size: null, running: null, startedAt: 0, failures: [], marksKey: '' };

const kind = () => $('sweep-kind').value;
const shown = () => sweeps[kind()];

function draw() {
  if (!engine.lab) return;
  // Before its first sweep a kind shows its empty axes (a plan with nothing trained yet).
  sweeps[kind()] ??= guard((lab) => lab.newSweep(kind(), 1, settings.seed), null, false);
  const panel = shown();
  const canvas = $('sweep-chart');
  if (!panel) return;
  panel.setLogScale($('sweep-log').checked);
  panel.setNotation(retainNotation());
  guard(() => panel.draw(canvas, engine.lab), undefined, false);
  $('sweep-note').textContent = panel.note();
  wake(); // its description and table follow in the frames (they may rest while the lab is paused)
}

function progress() {
  const panel = sweeps.running?.panel;
  const bar = $('sweep-progress');
  if (!panel) return;
  const [done, total] = [panel.done(), panel.jobCount()];
  bar.max = total;
  bar.value = done;
  const elapsed = (performance.now() - sweeps.startedAt) / 1000;
  const left = done > 0 ? Math.ceil((elapsed / done) * (total - done)) : undefined;
  const said = say('sweep-progress', { done, total, workers: sweeps.running.pool.workers() });
  $('sweep-status').textContent = left === undefined ? said : say('sweep-progress-left', { progress: said, seconds: left });
}

/** Starts a sweep of the selected kind; `options.workers` fixes the pool size (bench). */
export function startSweep(options = {}) {
  cancelSweep();
  const seeds = seedsPerPoint(Number($('sweep-seeds').value)); // the core's default and limit
  const which = kind();
  const panel = guard((lab) => lab.newSweep(which, seeds, settings.seed), null, false);
  if (!panel) return;
  sweeps[which]?.free();
  sweeps[which] = panel;
  sweeps.startedAt = performance.now();
  sweeps.failures = [];
  $('sweep-failure').hidden = true;
  const events = {
    onResult: () => {
      progress();
      draw();
    },
    onFailure: (text) => {
      sweeps.failures.push(text);
      $('sweep-failure').textContent = say('sweep-failure-count', { failure: text, n: sweeps.failures.length });
      $('sweep-failure').hidden = false;
    },
    onEnd: (cancelled) => {
      const seconds = Number(((performance.now() - sweeps.startedAt) / 1000).toFixed(1));
      const counts = { done: panel.done(), total: panel.jobCount() };
      $('sweep-status').textContent = cancelled ? say('sweep-cancelled', counts) : say('sweep-done', { ...counts, seconds: num(seconds, 1) });
      // The progress line is quiet while the sweep runs; its end is said once, by the narrator.
      sayAside($('sweep-status').textContent);
      sweeps.running = null;
      sweeps.lastSeconds = Number(seconds);
      setBusy(false);
      draw();
    },
  };
  sweeps.running = { panel, pool: null };
  setBusy(true);
  sweeps.running.pool = runPool(panel, events, options);
  progress();
  draw();
}

export function cancelSweep() {
  sweeps.running?.pool?.cancel();
}

function setBusy(busy) {
  $('sweep-run').disabled = busy;
  $('sweep-cancel').disabled = !busy;
  if (busy) $('sweep-progress').hidden = false;
}

// A click on a point of the p-sweep races that rate (as Add rate does) or focuses the run
// that already has it; on the data-size chart it does nothing.
function pick(e) {
  const rect = $('sweep-chart').getBoundingClientRect();
  raceDrawnPoint(shown()?.pointAt(e.clientX - rect.left));
}

// The same from the keyboard (#20): ← → (Home, End) move the read-out from point to point,
// Enter or Space races the point's p. The read-out is also said in #sweep-point.
const POINT_KEYS = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, Home: -1e6, End: 1e6 };

function onChartKey(e) {
  const panel = shown();
  if (!panel || e.ctrlKey || e.altKey || e.metaKey) return;
  if (e.key in POINT_KEYS) {
    panel.moveHoverPoint(POINT_KEYS[e.key]);
    draw();
  } else if (e.key === 'Enter' || e.key === ' ') {
    raceDrawnPoint(panel.hoverPoint());
  } else {
    return;
  }
  e.preventDefault(); // the page's own shortcuts (Space plays, → steps) wait
  $('sweep-point').textContent = panel.hoverText();
}

function raceDrawnPoint(point) {
  const panel = shown();
  if (!panel || panel.isSizeSweep() || point === undefined) return;
  const p = panel.xs()[point];
  const existing = runRates().findIndex((r) => r.slice(1).every((h) => Math.abs(h - p) < 1e-6));
  if (existing >= 0) {
    guard((lab) => lab.setFocused(existing));
    changed();
  } else {
    addRate(p);
  }
  draw();
}

function exportPng() {
  const panel = shown();
  if (!panel) return;
  const rect = $('sweep-chart').getBoundingClientRect();
  const canvas = document.createElement('canvas');
  guard(() => panel.drawAt(canvas, Math.round(rect.width), Math.round(rect.height), PNG_SCALE), undefined, false);
  canvas.toBlob((blob) => blob && download(blob, `dropout-lab-${settings.preset}-seed${settings.seed}-sweep-${kind()}.png`), 'image/png');
}

function exportCsv() {
  const panel = shown();
  if (!panel) return;
  download(new Blob([panel.csv()], { type: 'text/csv' }), `dropout-lab-${settings.preset}-seed${settings.seed}-sweep-${kind()}.csv`);
}

// The raced runs' rates are marked on the chart, its labels in the page's notation: redraw
// when either changes.
function watchRuns() {
  if (!engine.lab) return;
  const key = JSON.stringify([runRates(), retainNotation()]);
  if (key !== sweeps.marksKey) {
    sweeps.marksKey = key;
    draw();
  }
}

export function wireSweeps() {
  // Describe and the Table toggle read the shown sweep through the core's own sentences and rows.
  describeSweepWith(() => shown()?.describe() ?? '');
  sweepTableWith(() => shown() ?? null);
  $('sweep-run').addEventListener('click', () => startSweep());
  $('sweep-cancel').addEventListener('click', cancelSweep);
  const retitle = () => {
    $('sweep-title').textContent = say(kind() === 'size' ? 'sweep-title-size' : 'page-sweep-title');
    draw();
  };
  $('sweep-kind').addEventListener('change', retitle);
  onLanguage(retitle);
  $('sweep-log').addEventListener('change', draw);
  $('sweep-png').addEventListener('click', exportPng);
  $('sweep-csv').addEventListener('click', exportCsv);
  const chart = $('sweep-chart');
  chart.addEventListener('mousemove', (e) => {
    const panel = shown();
    if (!panel) return;
    panel.setHover(e.clientX - chart.getBoundingClientRect().left);
    draw();
  });
  chart.addEventListener('mouseleave', () => {
    shown()?.setHover(NaN);
    draw();
  });
  chart.addEventListener('click', pick);
  chart.addEventListener('keydown', onChartKey);
  afterResize(draw);
  setInterval(watchRuns, 500);
  // Start-up builds the lab right after wiring: draw the empty chart once it exists, below
  // the lab and so after the first paint (#18).
  afterFirstPaint(watchRuns);
  // For scripted demos and tests: run, cancel, read the result, make a worker fail.
  window.lab.sweep = {
    run: (options) => startSweep(options),
    cancel: cancelSweep,
    running: () => sweeps.running !== null,
    workers: () => sweeps.running?.pool?.workers() ?? 0,
    failures: () => [...sweeps.failures],
    seconds: () => sweeps.lastSeconds,
    pointAt: (cssX) => shown()?.pointAt(cssX),
    result: () => {
      const panel = shown();
      if (!panel) return null;
      return {
        xs: Array.from(panel.xs()),
        finalVal: Array.from(panel.finalVal(0), (v) => (Number.isNaN(v) ? null : v)),
        bestVal: Array.from(panel.bestVal(0), (v) => (Number.isNaN(v) ? null : v)),
        finalVal1: panel.isSizeSweep() ? Array.from(panel.finalVal(1), (v) => (Number.isNaN(v) ? null : v)) : null,
        bestX: panel.bestX(),
        done: panel.done(),
        jobs: panel.jobCount(),
      };
    },
  };
}
