// The page left running as in a whole lesson: does its memory stay flat and its frames on time?
//
// usage: LAB_URL=http://127.0.0.1:PORT/ CHROME=/usr/bin/chromium node soak.mjs [--minutes N]
// (`cargo xtask bench --only soak [--minutes N]` builds dist/, serves it and sets both.)
//
// Four rates train at full speed, on the default preset and on digits in turn, while a scripted
// user acts every few seconds: Pause and Play, a dropout slider move, and every eighth action a
// preset switch (then rates added back up to four with window.lab.addRun). Measured:
// - JS heap: V8's used heap of the page after a forced garbage collection (CDP
//   Runtime.getHeapUsage), so it counts what the page keeps, not garbage not yet collected;
// - wasm memory: the byte length of the module's linear memory (its exported `memory`, caught
//   at instantiation by an init script; it only ever grows, so it is the allocator's high-water
//   mark);
// - p95 of requestAnimationFrame intervals per window (a sixth of the run: 5 minutes of 30);
// - runs diverged, sampled at every action.
// Checkpoints are minutes 1, 5, 10, 20 and 30, scaled to --minutes. Progress goes to stderr,
// the Markdown report to stdout.

import { openLab, closeLab } from '../../tests/page/harness.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const MINUTES = Number(option('--minutes', 30));
if (!(MINUTES > 0)) throw new Error('--minutes needs a positive number');
const RATES = [0, 0.2, 0.5, 0.8];
const FULL_SPEED = 6;
const ACTION_EVERY_MS = 4000;
const PRESET_SWITCH_EVERY = 8; // actions
const CHECKPOINTS = [1, 5, 10, 20, 30].map((m) => ({ label: m, atMs: (m / 30) * MINUTES * 60_000 }));
const WINDOWS = 6;
const windowMs = (MINUTES * 60_000) / WINDOWS;

/** Init script: keeps the wasm module's memory and every frame interval where node can read them. */
function instrument() {
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = async function (...args) {
      const result = await original.apply(this, args);
      const exports = (result.instance ?? result).exports;
      if (exports?.memory instanceof WebAssembly.Memory) window.soakWasmMemory = exports.memory;
      return result;
    };
  }
  window.soakFrames = [];
  window.soakUserPaused = false;
  let last = 0;
  const tick = (ts) => {
    if (last) window.soakFrames.push(ts - last);
    last = ts;
    // The page pauses once when a preset's story is told; the soak goes on at full speed.
    if (window.lab && !window.soakUserPaused && !window.lab.playing) window.lab.play();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const log = (text) => process.stderr.write(`soak: ${text}\n`);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))] : NaN;
};

const lab = await openLab(null, { query: { rates: RATES.join(','), speed: String(FULL_SPEED) }, initScript: instrument });
const { page } = lab;
try {
  const cdp = await page.context().newCDPSession(page);
  const presets = await page.evaluate(() => window.lab.presets().map((p) => p.name));
  const defaultPreset = await page.evaluate(() => window.lab.snapshot().preset);
  const tour = [defaultPreset, presets.includes('digits') ? 'digits' : presets.find((p) => p !== defaultPreset)];

  async function memory() {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const wasm = await page.evaluate(() => window.soakWasmMemory?.buffer.byteLength ?? NaN);
    return { js: usedSize, wasm };
  }

  /** One scripted user action; `n` counts them. */
  async function act(n) {
    if (n % PRESET_SWITCH_EVERY === PRESET_SWITCH_EVERY - 1) {
      const next = tour[Math.floor(n / PRESET_SWITCH_EVERY + 1) % tour.length];
      await page.getByRole('combobox', { name: 'Preset' }).selectOption(next);
      await page.waitForFunction((p) => window.lab.snapshot().preset === p, next, { timeout: 30_000 });
      await page.evaluate(
        ({ rates, speed }) => {
          const have = window.lab.snapshot().runs.map((r) => r.dropRates[1]);
          for (const p of rates.slice(have.length)) window.lab.addRun(p);
          window.lab.setSpeed(speed);
        },
        { rates: RATES, speed: FULL_SPEED },
      );
    } else if (n % 2 === 0) {
      // Pause, look, play on: what a teacher does to point at something.
      await page.locator('#play').click();
      await page.evaluate(() => (window.soakUserPaused = !window.lab.playing));
      await page.waitForTimeout(500);
      await page.locator('#play').click();
      await page.evaluate(() => (window.soakUserPaused = !window.lab.playing));
    } else {
      await page.evaluate((k) => {
        const runs = window.lab.snapshot().runs.length;
        window.lab.setDropRate(k % runs, 1, [0.1, 0.3, 0.5, 0.7][k % 4]);
      }, n);
    }
  }

  const started = Date.now();
  const elapsed = () => Date.now() - started;
  const frames = Array.from({ length: WINDOWS }, () => []);
  const rows = [];
  let actions = 0;
  let divergedMost = 0;
  let samplesWithDiverged = 0;
  let samples = 0;
  let next = 0;
  let iterationsBefore = 0;
  let iterationsTrained = 0;
  while (next < CHECKPOINTS.length) {
    await page.waitForTimeout(ACTION_EVERY_MS);
    const drained = await page.evaluate(() => window.soakFrames.splice(0));
    frames[Math.min(WINDOWS - 1, Math.floor(elapsed() / windowMs))].push(...drained);
    const snap = await page.evaluate(() => window.lab.snapshot());
    const diverged = snap.runs.filter((r) => r.diverged).length;
    divergedMost = Math.max(divergedMost, diverged);
    samplesWithDiverged += diverged > 0 ? 1 : 0;
    samples++;
    // Iterations restart at 0 with each new preset; count what was trained in between.
    iterationsTrained += Math.max(0, snap.iteration - iterationsBefore);
    iterationsBefore = snap.iteration;
    if (elapsed() >= CHECKPOINTS[next].atMs) {
      const m = await memory();
      rows.push({ ...CHECKPOINTS[next], at: elapsed(), ...m, preset: snap.preset });
      log(`minute ${CHECKPOINTS[next].label} (${(elapsed() / 60_000).toFixed(1)} min): JS heap ${mb(m.js)} MB, wasm ${mb(m.wasm)} MB, preset ${snap.preset}`);
      next++;
      continue;
    }
    await act(actions++);
    iterationsBefore = await page.evaluate(() => window.lab.snapshot().iteration);
  }

  const base = rows[0];
  const scale = MINUTES === 30 ? '' : ` (checkpoints scaled to a ${MINUTES}-minute run)`;
  const out = [];
  out.push(`## Soak: ${MINUTES} minutes, 4 rates at full speed, ${tour.join(' and ')} in turn${scale}`);
  out.push('');
  out.push('| minute | JS heap after GC | vs minute 1 | wasm memory | preset then |');
  out.push('|---:|---:|---:|---:|---|');
  for (const r of rows) {
    const change = (100 * (r.js - base.js)) / base.js;
    out.push(`| ${r.label} (${(r.at / 60_000).toFixed(1)}) | ${mb(r.js)} MB | ${change >= 0 ? '+' : ''}${change.toFixed(1)} % | ${mb(r.wasm)} MB | ${r.preset} |`);
  }
  out.push('');
  out.push('| window (minutes) | frames | p95 frame | median frame |');
  out.push('|---|---:|---:|---:|');
  for (const [k, w] of frames.entries()) {
    const from = ((k * windowMs) / 60_000).toFixed(1);
    const to = (((k + 1) * windowMs) / 60_000).toFixed(1);
    const sorted = [...w].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    out.push(`| ${from}–${to} | ${w.length} | ${p95(w).toFixed(1)} ms | ${median?.toFixed(1) ?? '–'} ms |`);
  }
  out.push('');
  out.push(`${actions} scripted actions (Pause/Play, slider moves, ${Math.floor(actions / PRESET_SWITCH_EVERY)} preset switches), ` +
    `about ${iterationsTrained} lockstep steps trained; runs diverged: at most ${divergedMost} of ${RATES.length} at once, ` +
    `in ${samplesWithDiverged} of ${samples} samples. Console errors: ${lab.consoleErrors.length}.`);
  out.push('JS heap: V8 used heap after a forced GC (CDP Runtime.getHeapUsage); wasm memory: the module\'s linear memory (never shrinks).');
  console.log(out.join('\n'));
} finally {
  await closeLab(lab);
}
