// Where a frame's time goes beyond our own script: a Chromium trace of the lab training 4 rates
// at full speed, summed per thread and event. The CPU profile (page.mjs --profile) sees only
// JavaScript and WASM; canvas rasterisation happens afterwards, on the renderer's main thread
// inside `ProxyMain::BeginMainFrame` → `LayerTreeHost::DoUpdateLayers` (`SkCanvas::drawPath` and
// friends), and counts against the frame budget all the same. This is how we found that
// redrawing all three canvases every frame cost ~9 ms of raster (src/core/redraw.rs).
//
// usage: LAB_URL=http://127.0.0.1:PORT/ node trace.mjs [--seconds S] [--top N] [--query 'preset=digits']
// (serve dist/ first, e.g. `cargo xtask serve --port PORT`.)

import { closeLab, openLab } from '../../tests/page/harness.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const seconds = Number(option('--seconds', 4));
const top = Number(option('--top', 30));
const extra = Object.fromEntries(new URLSearchParams(option('--query', '')));
const CATEGORIES = [
  'devtools.timeline',
  'toplevel',
  'cc',
  'blink',
  'skia',
  'disabled-by-default-skia',
  'disabled-by-default-devtools.timeline',
].join(',');

const lab = await openLab(null, { query: { rates: '0,0.2,0.5,0.8', speed: '6', ...extra } });
const events = [];
let frames = 0;
try {
  const { page } = lab;
  await page.waitForFunction(() => window.lab?.firstDrawMs > 0, null, { timeout: 20_000 });
  await page.evaluate(() => window.lab.play());
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.waitForTimeout(seconds * 1000);
  await cdp.send('Tracing.end');
  await complete;
} finally {
  await closeLab(lab);
}

const threadNames = {};
for (const e of events) {
  if (e.name === 'thread_name') threadNames[`${e.pid}:${e.tid}`] = e.args.name;
}
const totals = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur) continue;
  if (e.name === 'ProxyMain::BeginMainFrame') frames++;
  const key = `${threadNames[`${e.pid}:${e.tid}`] ?? e.tid} | ${e.name}`;
  const t = totals.get(key) ?? { n: 0, ms: 0, max: 0 };
  t.n++;
  t.ms += e.dur / 1000;
  t.max = Math.max(t.max, e.dur / 1000);
  totals.set(key, t);
}
console.log(`${frames} main frames in ${seconds} s; nested events overlap, so totals do not add up`);
console.log('  total ms  per frame   calls    max ms  thread | event');
for (const [key, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) {
  const perFrame = frames ? t.ms / frames : 0;
  console.log(`${t.ms.toFixed(0).padStart(10)} ${perFrame.toFixed(2).padStart(10)} ${String(t.n).padStart(7)} ${t.max.toFixed(1).padStart(9)}  ${key}`);
}
