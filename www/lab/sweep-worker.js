// A sweep worker (#11): trains one run of a sweep at a time with the same wasm engine as the
// page, and posts back its per-epoch losses. It builds the lab the page describes (labArgs, the
// learning rate) once per sweep, then a SweepJob per run: the lab's own training step with the
// job's rates, scaling, variant and seed, keeping only the losses the summary reads.
//
// Served, this is a module worker; in the one-file bundle the build links it with the
// wasm-bindgen glue into one classic script, run from a Blob URL (a module worker cannot start
// from file://).

import { initSync, Lab } from '../pkg/dropout_lab.js';

const state = { lab: null };

function start({ module, args, lr }) {
  initSync({ module });
  state.lab?.free();
  state.lab = new Lab(...args);
  if (lr !== undefined) state.lab.setLearningRate(lr);
}

// Each job says how its run regularises (`variant`: its scaling and variant as the link
// writes them), so the worker trains exactly the run the page would.
function train({ id, seed, n, rates, variant }) {
  const job = state.lab.sweepJob(Float32Array.from(rates), variant, seed, n);
  try {
    const curves = job.train();
    self.postMessage({ type: 'done', id, curves }, [curves.buffer]);
  } finally {
    job.free();
  }
}

self.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg.type === 'start') start(msg);
  else if (msg.type === 'job') train(msg);
  // A test hook: fail the way a crashed engine would, with an uncaught error.
  else if (msg.type === 'fail') throw new Error('a deliberate failure to test the sweep pool');
});
