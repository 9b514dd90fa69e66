// Every read of the lab's state goes through here. The per-frame paths (status line, runs list)
// use the Lab's typed getters, the runs list one call that returns it finished; the JSON
// snapshot is parsed only for window.lab.snapshot() and the tests.

import { engine, formatRate, retainNotation } from './shared.js';

/** The whole snapshot as plain data (window.lab.snapshot() returns this). */
export function snapshot() {
  return JSON.parse(engine.lab.snapshot());
}

/**
 * Each run's whole rate vector, [input, hidden 1, hidden 2, …], from one call across the
 * boundary (the Lab's row-major table). A rate arrives as the f64 nearest its f32
 * (0.2 → 0.200000003…); the shortest decimal of that f32 is what the teacher typed and what a
 * link must carry.
 */
export function runRates() {
  const lab = engine.lab;
  const [table, layers] = [lab.rateTable(), lab.layerCount()];
  return Array.from({ length: table.length / layers }, (_, run) =>
    Array.from(table.subarray(run * layers, (run + 1) * layers), (p) => Number(formatRate(p))),
  );
}

/** Each run's variant in text form ('' = plain inverted dropout), as the link writes it (#13). */
export function runVariants() {
  return Array.from({ length: engine.lab.runCount() }, (_, i) => engine.lab.runVariant(i));
}

/**
 * What the runs list shows, finished by the core in the notation the page writes (#18): one
 * call across the boundary per refresh, however many runs and layers. `{focused, notice,
 * mistake, overconfident, runs: [{label, numbers, variant, diverged, dropRates}]}`, a text
 * `undefined` when there is nothing to say (src/core/runs_list.rs).
 */
export function runReadings() {
  return engine.lab.runsList(retainNotation());
}
