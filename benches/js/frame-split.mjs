// Where the page's frame goes while four rates race, on this machine or with the whole browser
// held to half a core: p95 of the animation frames, lockstep steps/s, the page's own split
// (`window.lab.frameCost()`), and with `--trace` the renderer's main thread per event (canvas
// raster included, which no JS profile sees; see trace.mjs).
//
// usage: LAB_URL=http://127.0.0.1:PORT/ [SLOW_CHROME=/path/to/wrapper] node frame-split.mjs
//        [--seconds S] [--runs N] [--trace] [--query 'preset=digits']
// SLOW_CHROME is a script that moves itself into a CPU-quota cgroup and `exec`s Chromium (the
// one `cargo xtask bench --only page --slow` writes, target/xtask-slow-chromium.sh, while it runs).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, VIEWPORT } from '../../tests/page/harness.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const SECONDS = Number(option('--seconds', 8));
const RUNS = Number(option('--runs', 1));
const TRACE = process.argv.includes('--trace');
const URL_BASE = process.env.LAB_URL ?? 'http://127.0.0.1:8000/';
const EXECUTABLE = process.env.SLOW_CHROME || process.env.CHROME || '/usr/bin/chromium';
const QUERY = `rates=0,0.2,0.5,0.8&speed=6${option('--query', '') ? `&${option('--query', '')}` : ''}`;

const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(0.95 * (values.length - 1))];

function raceInPage(ms) {
  const keepPlaying = () => {
    if (window.lab.playing === false) document.getElementById('play').click();
  };
  const frames = (span) => new Promise((resolve) => {
    const stamps = [];
    const tick = (ts) => {
      keepPlaying();
      stamps.push(ts);
      if (ts - stamps[0] < span) requestAnimationFrame(tick);
      else resolve(stamps);
    };
    requestAnimationFrame(tick);
  });
  return (async () => {
    keepPlaying();
    await frames(2000);
    window.lab.frameCost(); // starts the split (if the build has one) afresh
    const i0 = (await window.lab.snapshot()).iteration;
    const t0 = performance.now();
    const stamps = await frames(ms);
    const i1 = (await window.lab.snapshot()).iteration;
    return {
      intervals: stamps.slice(1).map((s, k) => s - stamps[k]),
      steps: ((i1 - i0) * 1000) / (performance.now() - t0),
      cost: window.lab.frameCost(),
    };
  })();
}

async function traced(page, body) {
  const events = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,toplevel,cc,blink,skia', transferMode: 'ReportEvents' });
  const result = await body();
  await cdp.send('Tracing.end');
  await complete;
  const names = {};
  for (const e of events) if (e.name === 'thread_name') names[`${e.pid}:${e.tid}`] = e.args.name;
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${names[`${e.pid}:${e.tid}`] ?? e.tid} | ${e.name}`;
    const t = totals.get(key) ?? { n: 0, ms: 0, cpu: 0 };
    t.n++;
    t.ms += e.dur / 1000;
    t.cpu += (e.tdur ?? 0) / 1000; // the thread's own CPU time: what the cgroup and load do not stretch
    totals.set(key, t);
  }
  result.trace = [...totals].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, Number(option("--top", 30)));
  return result;
}

for (let run = 0; run < RUNS; run++) {
  const profile = await mkdtemp(path.join(tmpdir(), 'dropout-lab-split-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE, headless: true, args: CHROME_ARGS, viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${URL_BASE}?${QUERY}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.lab?.firstDrawMs > 0, null, { timeout: 60_000 });
    const race = () => page.evaluate(raceInPage, SECONDS * 1000);
    const r = TRACE ? await traced(page, race) : await race();
    const c = r.cost;
    const f = (v) => v.toFixed(1);
    // How many frames came 1, 2, 3… vsyncs apart: the tail is what the p95 reads.
    const vsyncs = {};
    for (const v of r.intervals) {
      const n = Math.round(v / 16.67);
      vsyncs[n] = (vsyncs[n] ?? 0) + 1;
    }
    console.log(`  frames by vsyncs apart: ${JSON.stringify(vsyncs)}`);
    console.log(`run ${run + 1}: p95 frame ${f(p95(r.intervals))} ms, ${r.intervals.length} frames, ${f(r.steps)} steps/s; per frame: tick+images ${f(c.trainMs)}, draw ${f(c.drawMs)} (worst ${f(c.worst[1])}), rest ${f(c.otherMs)} ms`);
    if (c.split) console.log(`  split: ${JSON.stringify(c.split)}`);
    if (r.trace) console.log('    wall ms   cpu ms  calls  thread | event');
    for (const [key, t] of r.trace ?? []) console.log(`${t.ms.toFixed(0).padStart(10)} ${t.cpu.toFixed(0).padStart(8)} ${String(t.n).padStart(6)}  ${key}`);
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}
