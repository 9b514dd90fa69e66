// Building the Rust Lab from the settings, and rebuilding it when the seed or the network
// changes. A rebuild keeps what the teacher set up: every run's own rate vector, the focused
// run and the learning rate.

import { Lab } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { replicaLab } from './engine.js';
import { setupText } from './setup-knobs.js';
import { $, engine, retainNotation, settings, ui } from './shared.js';

/**
 * The Lab constructor's arguments for the current settings; `hidden` (optional) overrides the
 * preset's layers. Every argument is structured-cloneable (numbers, strings, typed arrays, plain
 * objects) so a Web Worker can build the same experiment from a posted copy. The last is the
 * class's data and network setup as `key=value&…` text (see setup-knobs.js).
 */
export function labArgs(hidden = settings.hidden) {
  return [settings.preset, settings.seed, hidden ? Uint32Array.from(hidden) : undefined, setupText()];
}

/**
 * A Lab for the current preset and seed, with no engine: to check settings before the running
 * lab is touched (freed at once). `hidden` (optional) overrides the preset's layers.
 */
export function newLab(hidden) {
  return new Lab(...labArgs(hidden));
}

/**
 * Replaces the Lab with one built from `settings` (throws if the preset cannot be built): the
 * page's replica and, in the engine's worker, the Lab that trains (engine.js).
 */
export function createLab() {
  const lab = replicaLab(labArgs(settings.hidden));
  try {
    engine.lab?.free();
  } catch {
    // A Lab whose engine trapped cannot free itself; the new module state replaces it anyway.
  }
  engine.lab = lab;
  lab.setNotation(retainNotation()); // a view setting of the lab: a new one writes as the page does
  if (settings.lr !== undefined) guard((l) => l.setLearningRate(settings.lr));
  // Every run's rates in one call (one command for the engine too), fitted to the network's
  // depth by the core's rule: a rebuild with other hidden sizes keeps each run's character.
  if (settings.rates) lab.setRunRates(settings.rates.map((rates) => Float32Array.from(rates)));
  applyVariants(lab);
  lab.setFocused(Math.min(settings.focus ?? lab.focused(), lab.runCount() - 1));
  lab.setTrainView(settings.mode !== 'eval');
  $('scaling').value = lab.classic() ? 'classic' : 'inverted';
  lab.setLogScale($('log').checked);
  ui.runsKey = '';
  ui.dirty = true; // a new Lab has drawn nothing yet
  startStory();
  writeNote();
}

/** The preset's note under the pictures, or why it no longer applies: the core's sentence. */
export function writeNote() {
  $('note').textContent = engine.lab.storyNote();
}

// Each run's variant (#13) from the link, then `scaling=classic` (every run classic, as older
// links said it). Both are used once: from here on each run's variant says it.
function applyVariants(lab) {
  const variants = settings.variants ?? [];
  for (let run = 0; run < lab.runCount(); run++) {
    const given = variants[run] ?? '';
    const text = settings.scaling === 'classic' ? `${given}~classic` : given;
    if (text !== '') guard((l) => l.setRunVariant(run, text));
  }
  delete settings.scaling;
  delete settings.variants;
}

/**
 * The preset's story is told in its number of epochs: Rust trains no run past it, and the
 * frame loop pauses there once (then clears it, so Play goes on). Called when a race starts
 * from epoch 0: a new lab, a Reset, an Add that restarted the race.
 */
export function startStory() {
  engine.lab.setStopEpoch(engine.lab.storyEpochs());
}
