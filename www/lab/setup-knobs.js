// The Data & network knobs as the link, the Lab constructor and the panel share them: their
// keys, their bounds (read from Rust, so the page never keeps a copy that could disagree) and
// the `key=value&…` text the Lab is built with (written by the core's settings).

import { datasetList, setupKeys as setupKeys_, setupLimits } from '../pkg/dropout_lab.js';
import { engine } from './shared.js';

const cache = {};

/** The setup's keys, in the panel's order (the core's); each is also a key of the link. */
export function setupKeys() {
  cache.keys ??= setupKeys_();
  return cache.keys;
}

/** `{minPoints, maxPoints, maxNoise, maxLabelNoise, maxL2, maxBatch, maxDrawn, maxCsvBytes, activations, optimizers, datasets}`. */
export function limits(fresh = false) {
  // `fresh`: the language changed, and with it the datasets' titles.
  if (fresh) delete cache.limits;
  cache.limits ??= { ...JSON.parse(setupLimits()), datasets: JSON.parse(datasetList()) };
  return cache.limits;
}

/** The dataset called `name` (`{name, title, shape}`), or undefined. */
export function datasetNamed(name) {
  return limits().datasets.find((d) => d.name === name);
}

/** The setup as the Lab constructor reads it (empty when nothing changed), from the core's settings. */
export function setupText() {
  return engine.settings.setupText();
}
