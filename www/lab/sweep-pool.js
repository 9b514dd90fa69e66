// The sweep's Web Worker pool (#11): one worker per core the browser reports while the lab is
// paused, one fewer (at least one) while it plays, so the page's own training keeps a core.
// Each worker trains whole runs (jobs) and posts back their losses; a worker that fails is
// reported, its job goes back in the queue for the others, and the sweep goes on without it.

import { labArgs } from './rebuild.js';
import { engine, ui } from './shared.js';
import { wasmSource } from './wasm-source.js';

// The one-file bundle puts the worker's source (glue included, one classic script) here.
const BUNDLED_WORKER = 'DROPOUT_LAB_SWEEP_WORKER';

/** Workers the pool may use now (or exactly `fixed`, for the bench). */
export function poolSize(fixed) {
  if (fixed) return fixed;
  const cores = navigator.hardwareConcurrency || 2;
  return ui.playing ? Math.max(1, cores - 1) : cores;
}

// The engine compiled once for every worker of every sweep: the bundle's own bytes, or the
// served page's wasm file (from the browser's cache, compiled while it downloads).
const compiled = { module: null };

function engineModule() {
  compiled.module ??= wasmSource().then((source) =>
    source
      ? WebAssembly.compile(source.module_or_path)
      : WebAssembly.compileStreaming(fetch(new URL('../pkg/dropout_lab_bg.wasm', import.meta.url))),
  );
  return compiled.module;
}

function newWorker() {
  const source = globalThis[BUNDLED_WORKER];
  if (typeof source === 'string') {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.blobUrl = url;
    return worker;
  }
  return new Worker(new URL('./sweep-worker.js', import.meta.url), { type: 'module' });
}

/**
 * Job `id` of `panel` as the worker trains it: the seed a plain number (a u32, exact in JS;
 * never through a Float32Array, which rounds seeds above 2^24), the rates, and the run's
 * scaling and variant in the link's text form ('', 'classic', 'dropconnect', 'bn'…).
 */
export function jobOf(panel, id) {
  return {
    seed: panel.jobSeed(id),
    n: panel.jobTrainSize(id),
    rates: Array.from(panel.jobRates(id)),
    variant: panel.jobVariant(id),
  };
}

/**
 * Runs every job of `panel` (a Rust SweepPanel) on a pool. `events`: onResult(), onFailure(text),
 * onEnd(cancelled). Returns a handle with cancel() and workers().
 */
export function runPool(panel, events, options = {}) {
  const queue = Array.from({ length: panel.jobCount() }, (_, i) => i);
  const busy = new Map(); // worker -> job index (or null while idle)
  const startMessage = {
    type: 'start',
    module: null, // filled in once compiled
    args: labArgs(),
    lr: engine.lab.learningRate(),
  };
  let ended = false;
  let failures = 0;

  const finish = (cancelled) => {
    if (ended) return;
    ended = true;
    clearInterval(timer);
    for (const w of busy.keys()) retire(w);
    events.onEnd(cancelled);
  };
  const retire = (worker) => {
    worker.terminate();
    if (worker.blobUrl) URL.revokeObjectURL(worker.blobUrl);
    busy.delete(worker);
  };
  const give = (worker) => {
    if (ended) return;
    if (queue.length === 0 || busy.size > poolSize(options.workers)) {
      retire(worker);
      if (busy.size === 0 && queue.length === 0) finish(false);
      return;
    }
    const id = queue.shift();
    busy.set(worker, id);
    if (options.failNext > 0) {
      options.failNext -= 1;
      worker.postMessage({ type: 'fail' });
    }
    worker.postMessage({ type: 'job', id, ...jobOf(panel, id) });
  };
  const spawn = () => {
    const worker = newWorker();
    busy.set(worker, null);
    worker.addEventListener('message', (e) => {
      if (e.data.type !== 'done' || ended) return;
      panel.record(e.data.id, e.data.curves);
      busy.set(worker, null);
      events.onResult();
      give(worker);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      const job = busy.get(worker);
      retire(worker);
      failures += 1;
      if (job !== null && job !== undefined) queue.unshift(job);
      events.onFailure(`A sweep worker failed (${e.message || 'no message'}); its run went to the others.`);
      // Every worker failing in turn would loop forever: stop after a few.
      if (failures > 2 * poolSize(options.workers) + 2) return finish(true);
      grow();
    });
    worker.postMessage(startMessage);
    give(worker);
  };
  // Fill the pool up to its size (Pause gives the page's core to the sweep).
  const grow = () => {
    while (!ended && queue.length > 0 && busy.size < poolSize(options.workers)) spawn();
    if (!ended && busy.size === 0 && queue.length === 0) finish(false);
  };
  let timer;
  engineModule().then(
    (module) => {
      startMessage.module = module;
      if (ended) return;
      timer = setInterval(grow, 500);
      grow();
    },
    (err) => {
      events.onFailure(`The sweep could not load the engine: ${err.message ?? err}`);
      finish(true);
    },
  );
  return {
    cancel: () => finish(true),
    workers: () => busy.size,
  };
}
