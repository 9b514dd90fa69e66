// The "Rates racing" list: one row per run with its colour, rates and latest numbers. Rows are
// rebuilt only when the runs change; the numbers are refreshed in place a few times a second.

import { guard } from './banner.js';
import { runReadings } from './readings.js';
import { $, engine, ui } from './shared.js';

/**
 * Draws the list for `readings` ({focused, runs}); `onChange` runs after a row's click or ×
 * (to sync the controls and the link).
 */
export function renderRuns(readings, onChange) {
  const { runs, focused } = readings;
  const key = JSON.stringify(runs.map((r) => [r.dropRates, r.diverged])) + focused;
  if (key === ui.runsKey) return updateRunNumbers(readings);
  ui.runsKey = key;
  const list = $('runs');
  list.replaceChildren();
  runs.forEach((run, i) => list.append(runRow(run, i, runs.length, focused, onChange)));
  updateRunNumbers(readings);
}

function runRow(run, i, count, focused, onChange) {
  const li = document.createElement('li');
  li.setAttribute('aria-current', String(i === focused));
  li.className = run.diverged ? 'diverged' : '';
  li.title = 'Click to show this run in the diagram and move it with the slider';
  const swatch = document.createElement('span');
  swatch.className = 'swatch';
  swatch.style.background = engine.colours[i % engine.colours.length];
  const label = document.createElement('span');
  label.className = 'run-label';
  const numbers = document.createElement('span');
  numbers.className = 'run-numbers';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = '×';
  remove.setAttribute('aria-label', `Remove run ${i + 1}`);
  remove.disabled = count <= 1;
  remove.addEventListener('click', (e) => {
    e.stopPropagation();
    guard((lab) => lab.removeRun(i));
    onChange();
  });
  const focus = () => {
    guard((lab) => lab.setFocused(i));
    onChange();
    $('runs').children[i]?.focus();
  };
  li.addEventListener('click', focus);
  // Keyboard users pick a run too: Tab to it, Enter or Space.
  li.tabIndex = 0;
  li.addEventListener('keydown', (e) => {
    if (e.target === li && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      focus();
    }
  });
  li.append(swatch, label, numbers, remove);
  return li;
}

function updateRunNumbers({ runs }) {
  const items = $('runs').children;
  runs.forEach((run, i) => {
    const li = items[i];
    if (!li) return;
    const [inputRate, ...hidden] = run.dropRates;
    const input = inputRate > 0 ? `, input ${inputRate.toFixed(2)}` : '';
    // Layers set apart (a link or a script can) are all shown: one number would hide the others.
    const p = hidden.every((h) => h === hidden[0]) ? hidden[0].toFixed(2) : hidden.map((h) => h.toFixed(2)).join('/');
    li.querySelector('.run-label').textContent = `p = ${p}${input}${run.diverged ? ' — diverged' : ''}`;
    const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
    const acc = run.accuracy === null || run.accuracy === undefined ? '' : ` · acc ${(100 * run.accuracy).toFixed(0)}%`;
    li.querySelector('.run-numbers').textContent = `train ${fmt(run.trainLossEval)} · val ${fmt(run.valLoss)}${acc}`;
  });
}

/** Re-reads the runs (the frame loop calls this a few times a second). */
export function refreshRuns(onChange) {
  renderRuns(runReadings(), onChange);
}
