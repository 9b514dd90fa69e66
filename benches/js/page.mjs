// The page itself under load: four dropout rates training at full speed in headless Chromium.
//
// usage: LAB_URL=http://127.0.0.1:PORT/ CHROME=/usr/bin/chromium node page.mjs [--seconds S]
//        [--profile FILE.cpuprofile]   (a CPU profile of the measured window; see profile.mjs)
// (`cargo xtask bench` builds dist/, serves it and sets both.) Uses the page-test harness
// (tests/page/harness.mjs) to open the lab, then only the public `window.lab` API.
// Prints `page\t<what>\t<value>` lines: first chart drawn after navigation (median of several
// cold loads, each in a new browser with a new profile), frame times
// (95th percentile from requestAnimationFrame timestamps), training steps/s sustained, and the
// wasm size (gzip -9, what a static host sends).

import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, closeLab, LAB_URL, openLab, VIEWPORT } from '../../tests/page/harness.mjs';

const RATES = [0, 0.2, 0.5, 0.8];
const FULL_SPEED = 6; // the speed slider's last position: as many steps as the frame allows
const WARMUP_MS = 1000;
const COLD_LOADS = 7;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const measureMs = Number(option('--seconds', 5)) * 1000;
const profileFile = option('--profile');

function say(what, value) {
  console.log(`page\t${what}\t${value}`);
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const wasmUrl = new URL('pkg/dropout_lab_bg.wasm', LAB_URL);
const wasm = Buffer.from(await (await fetch(wasmUrl)).arrayBuffer());
say('wasm size', `${(wasm.length / 1024).toFixed(1)} KB, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(1)} KB gzip (${wasmUrl.pathname})`);

/** requestAnimationFrame timestamps and the lab's progress over about `durationMs`. */
async function sampleFrames(page, durationMs, keepPlaying = false) {
  return page.evaluate(async ({ durationMs, keepPlaying }) => {
    const s0 = window.lab.snapshot();
    const t0 = performance.now();
    const stamps = [];
    let resumed = 0;
    await new Promise((resolve) => {
      const tick = (ts) => {
        // The page pauses once when the preset's story is told (its epoch count): go on.
        if (keepPlaying && !window.lab.playing) {
          window.lab.play();
          resumed++;
        }
        stamps.push(ts);
        if (ts - stamps[0] < durationMs) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const s1 = window.lab.snapshot();
    const t1 = performance.now();
    const frames = [];
    for (let i = 1; i < stamps.length; i++) frames.push(stamps[i] - stamps[i - 1]);
    return {
      frames,
      seconds: (t1 - t0) / 1000,
      iterations: s1.iteration - s0.iteration,
      runs: s1.runs.length,
      batch: s1.batchSize,
      preset: s1.preset,
      dataset: s1.dataset,
      playing: window.lab.playing,
      resumed,
      diverged: s1.runs.filter((r) => r.diverged).length,
      layers: s1.layers ?? [],
      cost: typeof window.lab.frameCost === 'function' ? window.lab.frameCost() : null,
    };
  }, { durationMs, keepPlaying });
}

/** Milliseconds from navigation to the first drawn chart, and to the load event, of one page. */
async function firstChart(page) {
  // window.lab.firstDrawMs is performance.now() after the first full draw: ms since navigation.
  await page.waitForFunction(() => window.lab?.firstDrawMs > 0, null, { timeout: 20_000 });
  return page.evaluate(() => ({
    firstDrawMs: window.lab.firstDrawMs,
    loadMs: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
  }));
}

// First visits, two ways, COLD_LOADS each. A new browser with a new profile is the harshest
// case: Chromium's own start-up shares the 2 cores with the page. A running browser opening the
// lab in a new context (nothing cached: no HTTP cache, no compiled-wasm cache) is what a class
// sees when the teacher clicks the link. One load varies by ±50 ms on a shared machine.
function reportFirstCharts(what, loads) {
  const firstMs = loads.map((c) => c.firstDrawMs).sort((a, b) => a - b);
  const loadMs = loads.map((c) => c.loadMs).sort((a, b) => a - b);
  say(`first chart drawn after navigation, ${what}`, `median ${percentile(firstMs, 0.5).toFixed(0)} ms (${firstMs[0].toFixed(0)}–${firstMs[firstMs.length - 1].toFixed(0)} ms over ${loads.length} loads; load event median ${percentile(loadMs, 0.5).toFixed(0)} ms)`);
}

const newBrowser = [];
for (let k = 0; k < COLD_LOADS; k++) {
  const one = await openLab(null, {});
  try {
    newBrowser.push(await firstChart(one.page));
  } finally {
    await closeLab(one);
  }
}
reportFirstCharts('new browser and profile', newBrowser);

const running = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
const newContext = [];
try {
  for (let k = 0; k < COLD_LOADS; k++) {
    const context = await running.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(LAB_URL, { waitUntil: 'load' });
      newContext.push(await firstChart(page));
    } finally {
      await context.close();
    }
  }
} finally {
  await running.close();
}
reportFirstCharts('running browser, new context (nothing cached)', newContext);

/**
 * One classroom scenario at full speed: `extra` is added to the URL query (preset, hidden
 * layers); `label` prefixes the report lines.
 */
async function scenario(label, extra, cpuSlowdown = 1) {
  const lab = await openLab(null, { query: { rates: RATES.join(','), speed: String(FULL_SPEED), ...extra } });
  const say2 = (what, value) => say(label ? `${label}: ${what}` : what, value);
  try {
    const { page } = lab;
    await firstChart(page);
    if (cpuSlowdown > 1) {
      // DevTools' CPU throttling: the renderer runs `cpuSlowdown` times slower, script and
      // raster alike; what a class sees on an old tablet, roughly.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }

    const before = await page.evaluate(() => window.lab.snapshot());
    if (before.runs.length !== RATES.length) {
      throw new Error(`asked for ${RATES.length} runs via ?rates=, the page shows ${before.runs.length}`);
    }
    // Paused baseline: what the headless frame clock gives when the page only draws.
    const idle = await sampleFrames(page, 1500);
    const idleSorted = [...idle.frames].sort((a, b) => a - b);
    await page.evaluate((speed) => {
      window.lab.setSpeed(speed);
      window.lab.play();
    }, FULL_SPEED);
    await page.waitForTimeout(WARMUP_MS);

    let cdp = null;
    if (profileFile && !label) {
      cdp = await page.context().newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    const m = await sampleFrames(page, measureMs, true);
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(profileFile, JSON.stringify(profile));
    }
    if (!m.playing) throw new Error('the lab was not playing after lab.play()');
    if (m.iterations <= 0) throw new Error('no training step happened while playing');

    const sorted = [...m.frames].sort((a, b) => a - b);
    const steps = m.iterations / m.seconds;
    say2('setup', `preset '${m.preset}' (${m.dataset}), layers ${m.layers.join('-')}, ${m.runs} runs p = ${RATES.join(', ')}, batch ${m.batch}, speed max; measured ${m.seconds.toFixed(1)} s after ${WARMUP_MS} ms of play`);
    // A frame that took longer than 1.5 vsync periods showed the previous picture twice.
    const vsync = percentile(idleSorted, 0.5);
    const late = sorted.filter((f) => f > 1.5 * vsync).length;
    say2('frame time', `p95 ${percentile(sorted, 0.95).toFixed(2)} ms, median ${percentile(sorted, 0.5).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms over ${sorted.length} frames (${(sorted.length / m.seconds).toFixed(1)} frames/s); ${late} late (> 1.5 × the paused ${vsync.toFixed(1)} ms)`);
    say2('frame time paused (baseline)', `p95 ${percentile(idleSorted, 0.95).toFixed(2)} ms, median ${percentile(idleSorted, 0.5).toFixed(2)} ms over ${idleSorted.length} frames (timestamps are rounded to 0.1 ms, so vsync intervals read 16.6–16.8)`);
    if (m.cost) {
      const c = m.cost;
      say2('page\'s own frame cost (lab.frameCost, last 120 frames)', `train ${c.trainMs.toFixed(1)} ms, draw ${c.drawMs.toFixed(1)} ms, other ${c.otherMs.toFixed(1)} ms mean; worst ${c.worst.map((v) => v.toFixed(1)).join(' / ')} ms`);
    }
    say2('training sustained', `${steps.toFixed(0)} lockstep steps/s = ${(steps * m.runs).toFixed(0)} network steps/s = ${(steps * m.runs * m.batch).toFixed(0)} samples/s (${m.diverged} of ${m.runs} runs diverged${m.resumed ? `; resumed after the preset's pause ${m.resumed}×` : ''})`);
  } finally {
    await closeLab(lab);
  }
}

// The default preset, then the heaviest case a class meets: digits on a 64-256-256-10 network.
await scenario('', {});
await scenario('digits 64-256-256-10', { preset: 'digits', hidden: '256,256' });
// A slow device: the default preset with the CPU 4× slower.
await scenario('default preset, CPU 4× slower', {}, 4);
