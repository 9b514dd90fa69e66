// The Data & network knobs as the link, the Lab constructor and the panel share them: their
// keys, their bounds (read from Rust, so the page never keeps a copy that could disagree) and
// the `key=value&…` text the Lab is built with.

import { datasetList, setupLimits } from '../pkg/dropout_lab.js';
import { settings } from './shared.js';

/** The setup's keys, in the panel's order; each is also a property of the link. */
export const SETUP_KEYS = ['data', 'train', 'val', 'noise', 'flip', 'act', 'opt', 'batch', 'l2', 'points'];

const cache = {};

/** `{minPoints, maxPoints, maxNoise, maxLabelNoise, maxL2, maxBatch, maxDrawn, maxCsvBytes, activations, optimizers, datasets}`. */
export function limits() {
  cache.limits ??= { ...JSON.parse(setupLimits()), datasets: JSON.parse(datasetList()) };
  return cache.limits;
}

/** The dataset called `name` (`{name, title, shape}`), or undefined. */
export function datasetNamed(name) {
  return limits().datasets.find((d) => d.name === name);
}

/** The setup in `settings` as the Lab constructor reads it (empty when nothing changed). */
export function setupText() {
  const pairs = SETUP_KEYS.filter((key) => settings[key] !== undefined && settings[key] !== '').map((key) => [key, String(settings[key])]);
  return new URLSearchParams(pairs).toString();
}
