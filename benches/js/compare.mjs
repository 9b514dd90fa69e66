// Two builds of the page side by side, and a slow device: what issue #18's figures are read from.
//
// usage: LAB_BUILDS='[{"name":"e10fc73","url":"http://127.0.0.1:P1/"},{"name":"new","url":"…"}]'
//        CHROME=/usr/bin/chromium [SLOW_CHROME=/path/to/wrapper] node compare.mjs
//        [--rounds N] [--seconds S] [--moves N]
// (`cargo xtask bench --only page --slow --baseline REV` builds both dist/ trees, serves them,
// writes the wrapper that starts Chromium in a half-core CPU cgroup, and sets all three.)
//
// Every build is measured in the same round before the next round starts, the order rotating,
// so background load falls on all of them alike. Per build and round:
// - first chart after navigation, new browser and profile (`first-chart` mark, or the older
//   `window.lab.firstDrawMs`), full speed;
// - the default preset with four rates at full speed, on this machine and (with SLOW_CHROME)
//   with the whole browser held to half a core: p95 of requestAnimationFrame intervals,
//   lockstep steps/s from `lab.snapshot().iteration`, and the delay from a slider input event
//   to the frame that shows it (the `#rate-out` text changed, then the next animation frame),
//   and how many frames pass until the runs list's row and the diagram's label show it too (the
//   label where the build has `lab.watchLabels`): 1 is the next frame.
// Only what survives the move of training into a worker is used: rAF timestamps, the
// snapshot's iteration (awaited: it may become asynchronous), #play, #rate, #rate-out and #runs.
// Prints `page\t<what>\t<value>` lines, medians over rounds, and each build's ratio to the first.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, VIEWPORT } from '../../tests/page/harness.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}
const ROUNDS = Number(option('--rounds', 3));
const MEASURE_MS = Number(option('--seconds', 5)) * 1000;
const MOVES = Number(option('--moves', 12));
const BUILDS = JSON.parse(process.env.LAB_BUILDS ?? '[]');
const CHROME = process.env.CHROME || '/usr/bin/chromium';
const SLOW_CHROME = process.env.SLOW_CHROME || null;
const QUERY = 'rates=0,0.2,0.5,0.8&speed=6';
const WARMUP_MS = 1000;
if (BUILDS.length === 0) throw new Error('LAB_BUILDS names no build');

const say = (what, value) => console.log(`page\t${what}\t${value}`);
const log = (text) => process.stderr.write(`compare: ${text}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
};
const p95 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))];
};

/** A new browser with a new profile (through `executable`, the slow wrapper or Chromium). */
async function withPage(executable, url, body) {
  const profile = await mkdtemp(path.join(tmpdir(), 'dropout-lab-compare-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executable, headless: true, args: CHROME_ARGS, viewport: VIEWPORT,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.lab?.firstDrawMs > 0 || performance.getEntriesByName('first-chart').length > 0, null, { timeout: 60_000 });
    return await body(page);
  } finally {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  }
}

const firstChartMs = (page) => page.evaluate(() => performance.getEntriesByName('first-chart')[0]?.startTime ?? window.lab.firstDrawMs);

/** Frame intervals and steps/s at full speed; Play is pressed again when a preset's story pauses it. */
function raceInPage({ measureMs, warmupMs }) {
  const iteration = async () => (await window.lab.snapshot()).iteration;
  const keepPlaying = () => {
    if (window.lab.playing === false) document.getElementById('play').click();
  };
  const frames = (ms) => new Promise((resolve) => {
    const stamps = [];
    const tick = (ts) => {
      keepPlaying();
      stamps.push(ts);
      if (ts - stamps[0] < ms) requestAnimationFrame(tick);
      else resolve(stamps);
    };
    requestAnimationFrame(tick);
  });
  return (async () => {
    keepPlaying();
    await frames(warmupMs);
    const [i0, t0] = [await iteration(), performance.now()];
    const stamps = await frames(measureMs);
    const [i1, t1] = [await iteration(), performance.now()];
    return {
      intervals: stamps.slice(1).map((s, k) => s - stamps[k]),
      stepsPerSecond: ((i1 - i0) * 1000) / (t1 - t0),
    };
  })();
}

/** Milliseconds from a slider `input` event until the frame after `#rate-out` shows the change. */
function sliderInPage({ moves }) {
  const slider = document.getElementById('rate');
  const out = document.getElementById('rate-out');
  // The move is shown in the runs list's rows and among the labels the diagram drew.
  const everywhere = (shown) => {
    const rows = [...document.querySelectorAll('#runs li .run-label')].map((e) => e.textContent);
    const labels = window.lab.watchedLabels?.() ?? [shown];
    return rows.some((r) => r.includes(shown)) && labels.some((l) => l.includes(shown));
  };
  const changed = (before) => new Promise((resolve) => {
    if (out.textContent !== before) return resolve();
    const watch = new MutationObserver(() => {
      if (out.textContent !== before) {
        watch.disconnect();
        resolve();
      }
    });
    watch.observe(out, { childList: true, characterData: true, subtree: true });
  });
  return (async () => {
    const delays = [];
    const frames = [];
    for (let k = 0; k < moves; k++) {
      // A random phase within the frame, as a finger has.
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 40));
      const before = out.textContent;
      slider.value = k % 2 === 0 ? '0.3' : '0.35';
      const shown = `p = ${Number(slider.value).toFixed(2)}`;
      window.lab.watchLabels?.(); // the diagram's labels, where the build can say them
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await changed(before);
      // Registered after the lab's own frame callback: it runs once that frame's work is done.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      delays.push(performance.now() - t0);
      // How many frames until the runs list (and the diagram's label) show it too: 1 is "the
      // next frame", however far apart a slow device's frames are.
      let count = 1;
      while (!everywhere(shown) && count < 30) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        count += 1;
      }
      frames.push(count);
    }
    return { delays, frames };
  })();
}

async function race(executable, url) {
  return withPage(executable, `${url}?${QUERY}`, async (page) => {
    const r = await page.evaluate(raceInPage, { measureMs: MEASURE_MS, warmupMs: WARMUP_MS });
    const { delays, frames } = await page.evaluate(sliderInPage, { moves: MOVES });
    return { p95: p95(r.intervals), steps: r.stepsPerSecond, slider: median(delays), sliderFrames: Math.max(...frames) };
  });
}

const CONDITIONS = [{ name: 'this machine', chrome: CHROME }];
if (SLOW_CHROME) CONDITIONS.push({ name: 'whole browser held to half a core', chrome: SLOW_CHROME });

// results[build][metric] = [value per round]
const results = BUILDS.map(() => ({}));
const keep = (b, metric, value) => (results[b][metric] ??= []).push(value);
for (let round = 0; round < ROUNDS; round++) {
  for (let k = 0; k < BUILDS.length; k++) {
    const b = (round + k) % BUILDS.length;
    const { name, url } = BUILDS[b];
    log(`round ${round + 1}/${ROUNDS}: ${name}`);
    keep(b, 'first chart (ms), new browser and profile', await withPage(CHROME, url, firstChartMs));
    for (const c of CONDITIONS) {
      const r = await race(c.chrome, url);
      keep(b, `${c.name}: p95 frame (ms)`, r.p95);
      keep(b, `${c.name}: lockstep steps/s`, r.steps);
      keep(b, `${c.name}: slider input to the frame showing it (ms, median of ${MOVES})`, r.slider);
      keep(b, `${c.name}: frames until the read-out, runs list and diagram show a slider move (most of ${MOVES})`, r.sliderFrames);
    }
  }
}

say('setup', `default preset, rates ${QUERY}, ${ROUNDS} rounds interleaved, ${MEASURE_MS / 1000} s measured after ${WARMUP_MS} ms of play; medians over rounds`);
for (const metric of Object.keys(results[0])) {
  const medians = results.map((r) => median(r[metric]));
  const cells = BUILDS.map((build, b) => {
    const ratio = b > 0 ? ` (${(medians[b] / medians[0]).toFixed(2)}× ${BUILDS[0].name})` : '';
    return `${build.name} ${medians[b].toFixed(1)}${ratio} [${results[b][metric].map((v) => v.toFixed(0)).join(', ')}]`;
  });
  say(metric, cells.join('; '));
}
