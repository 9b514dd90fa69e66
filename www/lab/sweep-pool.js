// The sweep's Web Worker pool (#11): one worker per core the browser reports while the lab is
// paused, one fewer (at least one) while it plays, so the page's own training keeps a core.
// Each worker trains whole runs (jobs) and posts back their losses; a worker that fails is
// reported, its job goes back in the queue for the others, and the sweep goes on without it.

import { labArgs } from './rebuild.js';
import { engine, ui } from './shared.js';
import { wasmModule } from './wasm-source.js';

// The one-file bundle puts the worker's source (glue included, one classic script) here.
const BUNDLED_WORKER = 'DROPOUT_LAB_SWEEP_WORKER';

/** Workers the pool may use now (or exactly `fixed`, for the bench). */
export function poolSize(fixed) {
  if (fixed) return fixed;
  const cores = navigator.hardwareConcurrency || 2;
  return ui.playing ? Math.max(1, cores - 1) : cores;
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

// The pool's state and its moves: hand a job to a worker, take a result, replace a failed
// worker, grow to the pool's size, end.
class Pool {
  constructor(panel, events, options) {
    Object.assign(this, { panel, events, options, ended: false, failures: 0, timer: undefined });
    this.queue = Array.from({ length: panel.jobCount() }, (_, i) => i);
    this.busy = new Map(); // worker -> job index (or null while idle)
    this.startMessage = { type: 'start', module: null, args: labArgs(), lr: engine.lab.learningRate() };
  }

  start(module) {
    this.startMessage.module = module;
    if (this.ended) return;
    this.timer = setInterval(() => this.grow(), 500);
    this.grow();
  }

  finish(cancelled) {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    for (const w of this.busy.keys()) this.retire(w);
    this.events.onEnd(cancelled);
  }

  retire(worker) {
    worker.terminate();
    if (worker.blobUrl) URL.revokeObjectURL(worker.blobUrl);
    this.busy.delete(worker);
  }

  give(worker) {
    if (this.ended) return;
    const { queue, busy, options } = this;
    if (queue.length === 0 || busy.size > poolSize(options.workers)) {
      this.retire(worker);
      if (busy.size === 0 && queue.length === 0) this.finish(false);
      return;
    }
    const id = queue.shift();
    busy.set(worker, id);
    if (options.failNext > 0) {
      options.failNext -= 1;
      worker.postMessage({ type: 'fail' });
    }
    worker.postMessage({ type: 'job', id, ...jobOf(this.panel, id) });
  }

  spawn() {
    const worker = newWorker();
    this.busy.set(worker, null);
    worker.addEventListener('message', (e) => {
      if (e.data.type !== 'done' || this.ended) return;
      this.panel.record(e.data.id, e.data.curves);
      this.busy.set(worker, null);
      this.events.onResult();
      this.give(worker);
    });
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      this.failed(worker, e.message);
    });
    worker.postMessage(this.startMessage);
    this.give(worker);
  }

  // A failed worker's job goes back to the queue for the others; every worker failing in turn
  // would loop forever, so the sweep stops after a few.
  failed(worker, message) {
    const job = this.busy.get(worker);
    this.retire(worker);
    this.failures += 1;
    if (job !== null && job !== undefined) this.queue.unshift(job);
    this.events.onFailure(`A sweep worker failed (${message || 'no message'}); its run went to the others.`);
    if (this.failures > 2 * poolSize(this.options.workers) + 2) return this.finish(true);
    this.grow();
  }

  // Fill the pool up to its size (Pause gives the page's core to the sweep).
  grow() {
    const { queue, busy } = this;
    while (!this.ended && queue.length > 0 && busy.size < poolSize(this.options.workers)) this.spawn();
    if (!this.ended && busy.size === 0 && queue.length === 0) this.finish(false);
  }
}

/**
 * Runs every job of `panel` (a Rust SweepPanel) on a pool. `events`: onResult(), onFailure(text),
 * onEnd(cancelled). Returns a handle with cancel() and workers().
 */
export function runPool(panel, events, options = {}) {
  const pool = new Pool(panel, events, options);
  // The module the page and the engine already compiled: one compilation per page (#18).
  wasmModule().then(
    (module) => pool.start(module),
    (err) => {
      events.onFailure(`The sweep could not load the engine: ${err.message ?? err}`);
      pool.finish(true);
    },
  );
  return {
    cancel: () => pool.finish(true),
    workers: () => pool.busy.size,
  };
}
