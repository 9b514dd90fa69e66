// Every read of the lab's state goes through here. The per-frame paths (status line, runs list)
// use the Lab's typed getters; the JSON snapshot is parsed only for window.lab.snapshot() and
// the tests.

import { engine, formatRate } from './shared.js';

/** The whole snapshot as plain data (window.lab.snapshot() returns this). */
export function snapshot() {
  return JSON.parse(engine.lab.snapshot());
}

// A getter's NaN (no epoch finished yet, regression has no accuracy) reads as "none".
const value = (v) => (Number.isNaN(v) ? undefined : v);

/**
 * Run `run`'s whole rate vector, [input, hidden 1, hidden 2, …]. A rate arrives as the f64
 * nearest its f32 (0.2 → 0.200000003…); the shortest decimal of that f32 is what the teacher
 * typed and what a link must carry.
 */
export function ratesOf(run) {
  const lab = engine.lab;
  return Array.from({ length: lab.layerCount() }, (_, layer) => Number(formatRate(lab.dropRate(run, layer))));
}

/** Each run's whole rate vector. */
export function runRates() {
  return Array.from({ length: engine.lab.runCount() }, (_, i) => ratesOf(i));
}

/** Each run's variant in text form ('' = plain inverted dropout), as the link writes it (#13). */
export function runVariants() {
  return Array.from({ length: engine.lab.runCount() }, (_, i) => engine.lab.runVariant(i));
}

/** What the runs list shows of each run: its name (from Rust), rates, latest numbers, and the focus. */
export function runReadings() {
  const lab = engine.lab;
  const runs = Array.from({ length: lab.runCount() }, (_, i) => ({
    label: lab.runLabel(i),
    dropRates: ratesOf(i),
    trainLossEval: value(lab.trainLossEval(i)),
    valLoss: value(lab.valLoss(i)),
    accuracy: value(lab.valAccuracy(i)),
    diverged: lab.diverged(i),
    overconfident: lab.overconfident(i),
    variant: lab.runVariant(i),
    mistake: lab.runMistake(i),
  }));
  // What the last Add or Remove did to the race (a restart), in a sentence; undefined if nothing.
  return { focused: lab.focused(), runs, notice: lab.lastNotice() };
}
