// The WASM core (benches/wasm-bench) timed inside headless Chromium, same protocol as node.
//
// usage: node chromium.mjs --pkg DIR --chrome PATH [--runs N] [--target-ms MS] [w1 w2]
// Serves this directory (/js/) and the wasm-bindgen output (/pkg/) on a free 127.0.0.1 port,
// opens one fresh page per workload and runs measure() there; prints one `result` line each.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { resultLine } from './measure.mjs';

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
    const result = await page.evaluate(
      async ({ id, runs, targetMs }) => {
        const { measure } = await import('/js/measure.mjs');
        const { WORKLOADS } = await import('/js/workloads.mjs');
        const { setupWasmCore } = await import('/js/contenders/wasm-core.mjs');
        const glue = await import('/pkg/dropout_lab_wasm_bench.js');
        const bytes = await (await fetch('/pkg/dropout_lab_wasm_bench_bg.wasm')).arrayBuffer();
        const w = WORKLOADS[id];
        const handle = setupWasmCore(glue, bytes, w);
        const m = measure(handle.step, { samplesPerStep: w.batch, runs, targetMs });
        return { ...m, note: handle.note };
      },
      { id, runs, targetMs },
    );
    console.log(resultLine(id, 'wasm-chromium', result, `${result.note}, Chromium ${version}`));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
