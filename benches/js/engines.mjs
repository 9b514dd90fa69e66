// The lab at full speed in each engine a school has: Chromium (Playwright), Firefox ESR
// (puppeteer-core, WebDriver BiDi) and WebKitGTK, Safari's engine (WebKitWebDriver under Xvfb),
// measured the same way: four rates playing at full speed, requestAnimationFrame timestamps
// and lockstep steps over a few seconds.
//
// usage: LAB_URL=http://127.0.0.1:PORT/ node engines.mjs [--seconds S]   (`cargo xtask bench
// --only page` runs it after page.mjs). Prints `page\t<what>\t<value>` lines like page.mjs.
// Every engine here draws in software (headless, or an X server in memory, no GPU): a tablet
// or laptop with a GPU draws faster, and its training speed is what these steps/s say.

import { LAB_URL, closeLab, openLab } from '../../tests/page/harness.mjs';
import { openFirefox } from '../../tests/page/engines/firefox.mjs';
import { openLabIn } from '../../tests/page/engines/session.mjs';
import { openWebKit } from '../../tests/page/engines/webkit.mjs';

const QUERY = 'rates=0,0.2,0.5,0.8&speed=6';
const WARMUP_MS = 1000;
const i = process.argv.indexOf('--seconds');
const measureMs = (i > 0 ? Number(process.argv[i + 1]) : 5) * 1000;

/** In the page: plays for warmupMs, then samples frames and progress for durationMs. */
async function playAndSample({ warmupMs, durationMs }) {
  window.lab.setSpeed(6);
  window.lab.play();
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  const s0 = window.lab.snapshot();
  const t0 = performance.now();
  const stamps = [];
  await new Promise((resolve) => {
    const tick = (ts) => {
      if (!window.lab.playing) window.lab.play(); // the preset's one pause at its story's end
      stamps.push(ts);
      if (ts - stamps[0] < durationMs) requestAnimationFrame(tick);
      else resolve();
    };
    requestAnimationFrame(tick);
  });
  const s1 = window.lab.snapshot();
  const frames = stamps.slice(1).map((t, k) => t - stamps[k]).sort((a, b) => a - b);
  return {
    seconds: (performance.now() - t0) / 1000,
    iterations: s1.iteration - s0.iteration,
    frames,
    dpr: devicePixelRatio,
  };
}

function report(engine, m) {
  const p95 = m.frames[Math.min(m.frames.length - 1, Math.floor(0.95 * m.frames.length))];
  const median = m.frames[Math.floor(m.frames.length / 2)];
  console.log(`page\t${engine}\t${(m.iterations / m.seconds).toFixed(0)} lockstep steps/s (4 runs), frame p95 ${p95.toFixed(1)} ms, median ${median.toFixed(1)} ms over ${m.frames.length} frames; software display, devicePixelRatio ${m.dpr}`);
}

const args = { warmupMs: WARMUP_MS, durationMs: measureMs };
const chromium = await openLab(null, { query: QUERY });
try {
  report(`Chromium ${await chromium.context.browser()?.version() ?? ''}`.trim(), await chromium.page.evaluate(playAndSample, args));
} finally {
  await closeLab(chromium);
}
for (const open of [openFirefox, openWebKit]) {
  let session;
  try {
    session = await open();
    await openLabIn(session, `${LAB_URL.replace(/[?#].*$/, '')}?${QUERY}`);
    report(session.version, await session.evaluate(playAndSample, args));
  } catch (err) {
    console.log(`page\t${open.name.replace('open', '')}\tnot measured: ${err.message.split('\n')[0]}`);
  } finally {
    await session?.close();
  }
}
