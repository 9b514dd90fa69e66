// The WASM core (benches/wasm-bench) timed inside headless Chromium, same protocol as node.
//
// usage: node chromium.mjs --pkg DIR --chrome PATH [--runs N] [--target-ms MS] [w1 w2]
//        node chromium.mjs --pkg DIR --chrome PATH --serve w1   (measure.mjs's line protocol)
// Serves this directory (/js/) and the wasm-bindgen output (/pkg/) on a free 127.0.0.1 port,
// opens one fresh page per workload, warms up there and times runs inside the page.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readyLine, resultLine, runLine } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const pkg = option('--pkg');
const chrome = option('--chrome', process.env.CHROME || '/usr/bin/chromium');
const runs = Number(option('--runs', 5));
const targetMs = Number(option('--target-ms', 400));
const workloads = process.argv.slice(2).filter((a) => /^w\d$/.test(a));
const serveMode = process.argv.includes('--serve');
if (serveMode && workloads.length !== 1) throw new Error('--serve takes exactly one workload');
if (!pkg) throw new Error('need --pkg DIR (wasm-bindgen --target web output of wasm-bench)');

const MIME = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>bench</title>';

// Only three kinds of path exist, so a lookup is simpler (and safer) than a general server.
async function serve(req, res) {
  const url = new URL(req.url, 'http://localhost');
  let file = null;
  if (url.pathname.startsWith('/js/')) file = path.join(here, url.pathname.slice(4));
  if (url.pathname.startsWith('/pkg/')) file = path.join(pkg, url.pathname.slice(5));
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end(PAGE);
    }
    if (!file || file.includes('..')) throw new Error('not found');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': MIME[path.extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
}

const server = createServer((req, res) => void serve(req, res));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
// launch() gives a fresh temporary profile of its own.
const browser = await chromium.launch({
  executablePath: chrome,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const version = browser.version();
  const context = await browser.newContext();
  for (const id of workloads.length ? workloads : ['w1', 'w2']) {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    // Load the module and warm up; the handle stays in the page for the timed runs.
    const { steps, note } = await page.evaluate(
      async ({ id, targetMs }) => {
        const { calibrate, timedRun } = await import('/js/measure.mjs');
        const { WORKLOADS } = await import('/js/workloads.mjs');
        const { setupWasmCore } = await import('/js/contenders/wasm-core.mjs');
        const glue = await import('/pkg/dropout_lab_wasm_bench.js');
        const bytes = await (await fetch('/pkg/dropout_lab_wasm_bench_bg.wasm')).arrayBuffer();
        const w = WORKLOADS[id];
        const handle = setupWasmCore(glue, bytes, w);
        const steps = calibrate(handle.step, { targetMs });
        window.benchRun = () => timedRun(handle.step, steps, w.batch);
        return { steps, note: handle.note };
      },
      { id, targetMs },
    );
    const fullNote = `${note}, Chromium ${version}`;
    const oneRun = () => page.evaluate(() => window.benchRun());
    if (serveMode) {
      console.log(readyLine('wasm-chromium', id, steps, fullNote));
      for await (const line of createInterface({ input: process.stdin })) {
        if (line.trim() !== 'run') break;
        console.log(runLine(await oneRun()));
      }
    } else {
      const result = { samplesPerSec: [], loss: NaN };
      for (let r = 0; r < runs; r++) {
        const run = await oneRun();
        result.samplesPerSec.push(run.samplesPerSec);
        result.loss = run.loss;
      }
      console.log(resultLine(id, 'wasm-chromium', result, fullNote));
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
