// Runs one contender on one workload in this node process.
//
// usage: node peer.mjs <plain-js|convnetjs|tfjs-cpu|tfjs-wasm|wasm-node> <w1|w2>
//                      [--pkg DIR] [--runs N] [--target-ms MS] [--serve]
// Stand-alone it prints one `result` line; with --serve it speaks the line protocol of
// measure.mjs on stdin/stdout, which `cargo xtask bench` uses to interleave the contenders'
// timed runs. One process per contender, so JIT state and GC never carry over.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { calibrate, measure, readyLine, resultLine, runLine, timedRun } from './measure.mjs';
import { WORKLOADS, makeData } from './workloads.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const contender = process.argv[2];
const workload = process.argv.slice(3).find((a) => /^w\d$/.test(a));
const w = WORKLOADS[workload];
if (!w) throw new Error(`unknown workload ${workload}`);
const runs = Number(option('--runs', 5));
const targetMs = Number(option('--target-ms', 400));
const data = makeData(w);

async function open() {
  switch (contender) {
    case 'plain-js':
      return (await import('./contenders/plain.mjs')).setup(w, data);
    case 'convnetjs':
      return (await import('./contenders/convnet.mjs')).setup(w, data);
    case 'tfjs-cpu':
      return (await import('./contenders/tfjs.mjs')).setup(w, data, { backend: 'cpu' });
    case 'tfjs-wasm':
      return (await import('./contenders/tfjs.mjs')).setup(w, data, { backend: 'wasm' });
    case 'wasm-node': {
      const pkg = option('--pkg');
      if (!pkg) throw new Error('wasm-node needs --pkg DIR (wasm-bindgen --target web output)');
      const glue = await import(pathToFileURL(path.join(pkg, 'dropout_lab_wasm_bench.js')).href);
      const bytes = readFileSync(path.join(pkg, 'dropout_lab_wasm_bench_bg.wasm'));
      const { setupWasmCore } = await import('./contenders/wasm-core.mjs');
      return setupWasmCore(glue, bytes, w);
    }
    default:
      throw new Error(`unknown contender ${contender}`);
  }
}

const handle = await open();
if (process.argv.includes('--serve')) {
  const steps = calibrate(handle.step, { targetMs });
  console.log(readyLine(contender, w.id, steps, handle.note));
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'run') break;
    console.log(runLine(timedRun(handle.step, steps, w.batch)));
  }
} else {
  const result = measure(handle.step, { samplesPerStep: w.batch, runs, targetMs });
  console.log(resultLine(w.id, contender, result, handle.note));
}
