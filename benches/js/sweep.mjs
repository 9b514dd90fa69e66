// The default p-sweep (10 rates × 3 seeds at the story length) on the page's Web Worker pool in
// headless Chromium (#11): time with 1 worker and with 2, the speed-up, and the main thread's
// 95th-percentile frame time while a sweep runs beside the lab playing at full speed.
//
// usage: LAB_URL=http://127.0.0.1:PORT/ CHROME=/usr/bin/chromium node sweep.mjs
// (`cargo xtask bench --only sweep` builds dist/, serves it and sets both.)
// Prints `sweep\t<what>\t<value>` lines.

import { closeLab, openLab } from '../../tests/page/harness.mjs';

const SEEDS = 3;
const FULL_SPEED = 6;

function say(what, value) {
  console.log(`sweep\t${what}\t${value}`);
}

/** Runs the default p-sweep on `workers` workers (undefined: the page's own choice); seconds. */
async function sweep(page, workers) {
  await page.fill('#sweep-seeds', String(SEEDS));
  await page.evaluate((workers) => window.lab.sweep.run({ workers }), workers);
  await page.waitForFunction(() => !window.lab.sweep.running(), null, { timeout: 600_000, polling: 100 });
  const r = await page.evaluate(() => window.lab.sweep.result());
  if (r.done !== r.jobs) throw new Error(`the sweep stopped at ${r.done} of ${r.jobs} runs`);
  return page.evaluate(() => window.lab.sweep.seconds());
}

const lab = await openLab(null);
const { page } = lab;
try {
  await sweep(page, 1); // warm-up: the engine compiled, the workers' code cached
  const one = await sweep(page, 1);
  const two = await sweep(page, 2);
  say('default p-sweep, 30 runs, 1 worker (lab paused)', `${one.toFixed(1)} s`);
  say('default p-sweep, 30 runs, 2 workers (lab paused)', `${two.toFixed(1)} s`);
  say('speed-up of 2 workers over 1', `${(one / two).toFixed(2)}×`);

  // The lab playing at full speed while the sweep runs on the page's pool (one worker fewer
  // than the cores while it plays): frame times from requestAnimationFrame stamps.
  await page.evaluate((speed) => {
    window.lab.setSpeed(speed);
    window.lab.play();
  }, FULL_SPEED);
  await page.fill('#sweep-seeds', String(SEEDS));
  const frames = await page.evaluate(async () => {
    window.lab.sweep.run();
    let workers = 0;
    const stamps = [];
    const t0 = performance.now();
    await new Promise((resolve) => {
      const tick = (ts) => {
        if (!window.lab.playing) window.lab.play(); // past the story's pause, go on
        stamps.push(ts);
        workers = Math.max(workers, window.lab.sweep.workers());
        if (window.lab.sweep.running()) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]).sort((a, b) => a - b);
    return { gaps, workers, seconds: (performance.now() - t0) / 1000 };
  });
  const p95 = frames.gaps[Math.min(frames.gaps.length - 1, Math.floor(0.95 * frames.gaps.length))];
  const median = frames.gaps[Math.floor(frames.gaps.length / 2)];
  say(
    'main thread while the lab plays at full speed beside the sweep',
    `p95 frame ${p95.toFixed(1)} ms, median ${median.toFixed(1)} ms over ${frames.gaps.length} frames; the sweep took ${frames.seconds.toFixed(1)} s on ${frames.workers} worker(s)`,
  );
} finally {
  await closeLab(lab);
}
