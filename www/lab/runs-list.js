// The "Rates racing" list: one row per run with its colour, rates and latest numbers. Rows are
// rebuilt only when the runs change; the numbers are refreshed in place a few times a second.

import { onLanguage, say } from './l10n.js';
import { runDash, runMarkerPath, variantChoices } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { runReadings } from './readings.js';
import { $, engine, ui } from './shared.js';

/**
 * Draws the list for `readings` ({focused, runs}); `onChange` runs after a row's click or ×
 * (to sync the controls and the link).
 */
export function renderRuns(readings, onChange) {
  const { runs, focused } = readings;
  const key = JSON.stringify(runs.map((r) => [r.label, r.diverged, r.variant])) + focused;
  if (key === ui.runsKey) return updateRunNumbers(readings);
  ui.runsKey = key;
  const list = $('runs');
  const had = focusIn(list);
  list.replaceChildren();
  runs.forEach((run, i) => list.append(runRow(run, i, runs.length, focused, onChange)));
  restoreFocus(list, had);
  showVariant(readings, onChange);
  updateRunNumbers(readings);
}

// A keyboard user's place survives the rebuild (#20): the same row, or its × (the row before
// when the last one was removed; the row itself when its × is now disabled).
function focusIn(list) {
  const active = document.activeElement;
  if (!list.contains(active)) return null;
  const row = active.closest('li');
  return { index: [...list.children].indexOf(row), onRemove: active.tagName === 'BUTTON' };
}

function restoreFocus(list, had) {
  if (!had || list.children.length === 0) return;
  const row = list.children[Math.min(had.index, list.children.length - 1)];
  const remove = row.querySelector('button');
  (had.onRemove && !remove.disabled ? remove : row).focus();
}

// The run's colour, validation dash and marker, as the charts draw them (#20: not by colour
// alone); shapes and dashes are the core's table (runDash, runMarkerPath).
const SVG = 'http://www.w3.org/2000/svg';
function runSwatch(i) {
  const colour = engine.colours[i % engine.colours.length];
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'swatch');
  svg.setAttribute('viewBox', '0 0 32 16');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  for (const [name, value] of [['x1', 0], ['y1', 8], ['x2', 32], ['y2', 8], ['stroke', colour], ['stroke-width', 3], ['stroke-dasharray', runDash(i).join(' ')]]) line.setAttribute(name, value);
  const marker = document.createElementNS(SVG, 'path');
  marker.setAttribute('d', runMarkerPath(i));
  marker.setAttribute('transform', 'translate(8 0)');
  marker.setAttribute('fill', colour);
  marker.setAttribute('stroke', '#fff');
  svg.append(line, marker);
  return svg;
}

function runRow(run, i, count, focused, onChange) {
  const li = document.createElement('li');
  li.setAttribute('aria-current', String(i === focused));
  li.className = run.diverged ? 'diverged' : '';
  li.title = say('runs-row-title');
  const swatch = runSwatch(i);
  const label = document.createElement('span');
  label.className = 'run-label';
  const numbers = document.createElement('span');
  numbers.className = 'run-numbers';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = '×';
  remove.setAttribute('aria-label', say('runs-remove', { run: i + 1 }));
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

// #13: what the focused run is — dropout, one of its rivals, or a classic mistake — chosen in
// one menu beside Add rate, as the slider moves the focused run's rate. It changes from the next
// minibatch on; Reset races the variants from the start.
let choices;
let afterVariant = () => {};
// The menu's names are the core's, in the language spoken: a new language asks for them again
// and redraws the list on the next frame.
onLanguage(() => {
  choices = undefined;
  delete $('run-variant').dataset.key;
  ui.runsKey = undefined;
});
function showVariant({ runs, focused, mistake: why }, onChange) {
  const select = $('run-variant');
  const run = runs[focused];
  choices ??= JSON.parse(variantChoices());
  // A link may carry a combination the menu does not list: it is offered under its parts'
  // names from the catalog (runVariantName), never as the link's tokens.
  const known = choices.some((c) => c.text === run.variant);
  const options = known ? choices : [...choices, { text: run.variant, name: engine.lab.runVariantName(focused), note: '' }];
  const key = options.map((c) => c.text).join('|');
  if (select.dataset.key !== key) {
    select.dataset.key = key;
    select.replaceChildren(...options.map((c) => {
      const option = document.createElement('option');
      option.value = c.text;
      option.textContent = c.name;
      option.title = c.note;
      return option;
    }));
  }
  select.value = run.variant;
  if (!select.dataset.wired) {
    select.dataset.wired = '1';
    select.addEventListener('change', () => {
      guard((lab) => lab.setRunVariant(lab.focused(), select.value));
      afterVariant();
    });
  }
  afterVariant = onChange;
  const mistake = $('run-mistake');
  mistake.hidden = !why;
  mistake.textContent = why ?? '';
}

// Every text is the core's, finished (src/core/runs_list.rs): the run's name as the chart's
// legend writes it, its latest numbers, and why a run's validation loss climbs while its
// accuracy holds. The page only puts them in place.
function updateRunNumbers({ runs, notice, overconfident }) {
  $('race-notice').hidden = !notice;
  $('race-notice').textContent = notice ?? '';
  const items = $('runs').children;
  runs.forEach((run, i) => {
    const li = items[i];
    if (!li) return;
    li.querySelector('.run-label').textContent = run.label;
    li.querySelector('.run-numbers').textContent = run.numbers;
  });
  const why = $('overconfident');
  why.hidden = !overconfident;
  why.textContent = overconfident ?? '';
}

/** Re-reads the runs (the frame loop calls this a few times a second). */
export function refreshRuns(onChange) {
  renderRuns(runReadings(), onChange);
}
