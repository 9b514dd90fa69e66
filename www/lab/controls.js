// The controls that shape the experiment: preset, seed, learning rate, network size, scaling,
// the dropout sliders and the runs. Every change ends in `changed()`: controls, runs list and
// link agree again.

import { say, typedNumber } from './l10n.js';
import { freshSeed, maxRuns } from '../pkg/dropout_lab.js';
import { applySettings } from './apply.js';
import { guard, showBanner } from './banner.js';
import { writeUrl } from './link.js';
import { announce } from './narrate.js';
import { runReadings } from './readings.js';
import { syncSetup } from './data-panel.js';
import { syncDrawing } from './draw.js';
import { startStory } from './rebuild.js';
import { renderRuns } from './runs-list.js';
import { setupKeys } from './setup-knobs.js';
import { $, engine, formatRate, retainNotation, settings, ui } from './shared.js';

/** Controls, runs list and link follow the lab after any change. */
export function changed() {
  syncControls();
  writeUrl();
}

/** Every control shows what the lab is using now. */
export function syncControls() {
  const lab = engine.lab;
  const readings = runReadings();
  const rates = readings.runs[readings.focused].dropRates;
  $('rate').value = String(rates[1]);
  $('input-rate').value = String(rates[0]);
  $('lr').value = formatRate(lab.learningRate());
  $('seed').value = String(settings.seed);
  $('preset').value = settings.preset;
  $('example').max = String(lab.batchSize());
  $('hidden').value = hiddenText();
  $('scaling').value = lab.classic() ? 'classic' : 'inverted'; // the focused run's mode (#8)
  showRates();
  syncSetup();
  syncDrawing();
  renderRuns(readings, changed);
  // A full race says so beside the button, in the class's words, instead of an error later.
  const full = lab.runCount() >= maxRuns();
  $('add-run').disabled = full;
  $('add-run-why').textContent = full ? say('add-run-full', { runs: maxRuns() }) : '';
}

// The read-outs are the core's finished sentences (rate, share kept, scale in training and at
// evaluation, for the run's variant), computed from the rules its training step uses: the page
// adds no rule of its own, so it cannot say ×2 for a run trained ×1.
function showRates() {
  const lab = engine.lab;
  const run = lab.focused();
  $('rate-out').textContent = lab.rateReadout(run, retainNotation()) ?? '';
  $('input-rate-out').textContent = lab.inputRateReadout(run, retainNotation()) ?? '';
}

// The hidden layer sizes as the Hidden units box shows them.
function hiddenText() {
  return Array.from(engine.lab.layerSizes()).slice(1, -1).join(',');
}

/**
 * Adds a run with hidden rate `p`; returns its index (-1 when refused). Once the race has
 * begun Rust restarts every run together and says so: the story starts again from epoch 0.
 */
export function addRate(p) {
  const i = guard((lab) => lab.addRun(p), -1);
  if (engine.lab.lastNotice() !== undefined) startStory();
  changed();
  return i;
}

/** Rebuilds the lab with `seed` and every run's rates, focus and learning rate. */
function reseed(seed) {
  return rebuildKeepingRuns({ seed });
}

/**
 * Rebuilds the lab (another seed or network) with every run's rates, focus and learning rate,
 * through the page's one way in for settings; a change the core refuses only says why.
 */
function rebuildKeepingRuns(change) {
  try {
    applySettings(change);
  } catch (err) {
    showBanner(err?.message ?? String(err));
    return false;
  }
  changed();
  return true;
}

/** Wires every control of the experiment: preset, seed, learning rate, sliders, network. */
export function wireControls() {
  wirePreset();
  wireSeed();
  wireRates();
  wireNetwork();
}

// The preset menu, in the order and words of the core's list.
function wirePreset() {
  const select = $('preset');
  for (const p of engine.presets) {
    const option = document.createElement('option');
    option.value = p.name;
    option.textContent = p.title;
    select.append(option);
  }
  select.addEventListener('change', () => {
    // A preset is a story of its own: its runs, data and network too (the setup keys, #10).
    const cleared = ['hidden', 'rates', 'lr', 'focus', ...setupKeys()].map((key) => [key, undefined]);
    rebuildKeepingRuns({ preset: select.value, ...Object.fromEntries(cleared) });
  });
}

// The Seed field and New seed: both rebuild the lab with every run kept.
function wireSeed() {
  $('seed').addEventListener('change', () => {
    // The text goes to the core as typed: the link's own check, whose refusal names the range.
    const text = $('seed').value.trim();
    if (text === '' || !reseed(text)) $('seed').value = String(settings.seed);
  });
  // A seed from the browser's entropy (drawn in Rust): the same race on data, weights and
  // masks nobody chose, so a class sees the effect is no fluke. The field and the link keep it.
  $('new-seed').addEventListener('click', () => {
    const seed = guard(() => freshSeed(), undefined);
    if (seed !== undefined) reseed(seed);
  });
}

// The learning rate and the two dropout sliders of the focused run, and Add rate.
function wireRates() {
  $('lr').addEventListener('change', () => {
    guard((lab) => lab.setLearningRate(typedNumber($('lr').value)));
    $('lr').value = formatRate(engine.lab.learningRate());
    writeUrl();
  });
  // 'input' fires while dragging (mouse, touch, arrow keys): the focused run changes at once.
  // One call across the boundary per input event: the rate set and the core's read-out back;
  // the diagram and the runs list follow in the next frame.
  $('rate').addEventListener('input', () => {
    const text = guard((lab) => lab.setFocusedHiddenRate(Number($('rate').value), retainNotation()));
    if (text !== undefined) $('rate-out').textContent = text;
    ui.runsDue = true;
  });
  $('rate').addEventListener('change', () => {
    writeUrl();
    announce('rate');
  });
  $('input-rate').addEventListener('input', () => {
    const text = guard((lab) => lab.setFocusedInputRate(Number($('input-rate').value), retainNotation()));
    if (text !== undefined) $('input-rate-out').textContent = text;
    ui.runsDue = true;
  });
  $('input-rate').addEventListener('change', () => {
    writeUrl();
    announce('input-rate');
  });
  $('add-run').addEventListener('click', () => addRate(Number($('rate').value)));
}

// The network's hidden sizes and the scaling of every run.
function wireNetwork() {
  // Another network size: checked by building it first, so a bad size only shows a message and
  // the running lab goes on untouched.
  $('hidden').addEventListener('change', () => {
    const text = $('hidden').value.trim();
    // The link's own check of the sizes (its refusal names the bound), then the network.
    if (!rebuildKeepingRuns({ hidden: text.replace(/\s+/g, '') })) $('hidden').value = hiddenText();
  });
  $('scaling').addEventListener('change', () => {
    // Sets every run's mode; each run keeps it (and the link writes it) from here on.
    guard((lab) => lab.setClassic($('scaling').value === 'classic'));
    changed();
  });
}
