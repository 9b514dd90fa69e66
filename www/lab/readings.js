// Every read of the lab's state goes through here. Today it parses the JSON snapshot; typed
// getters on Lab (iteration(), runEpoch(i), valLoss(i), …) can replace the bodies below
// without the rest of the page changing.

import { engine } from './shared.js';

/** The whole snapshot as plain data (window.lab.snapshot() returns this). */
export function snapshot() {
  return JSON.parse(engine.lab.snapshot());
}

/** Each run's whole rate vector, [input, hidden 1, hidden 2, …]. */
export function runRates() {
  return snapshot().runs.map((r) => r.dropRates);
}

/** What the runs list shows: rates, losses, accuracy and divergence of each run, and the focus. */
export function runReadings() {
  const snap = snapshot();
  return { focused: snap.focused, runs: snap.runs };
}

/** The focused run's rate vector. */
export function focusedRates() {
  const snap = snapshot();
  return snap.runs[snap.focused].dropRates;
}
