// Shared Playwright harness for the page tests (node:test + playwright-core, system Chromium).
//
// `cargo xtask test` builds dist/, serves it on a free 127.0.0.1 port and runs
// `node --test tests/page/` with LAB_URL and CHROME set. By hand:
//   cargo xtask serve &   LAB_URL=http://127.0.0.1:8000/ node --test tests/page/
//
// Every lab gets a fresh browser context (its own storage, as a new profile would), a fixed
// 1366×768 viewport (a classroom projector) and no network beyond localhost: the lab must work
// offline, so any request elsewhere is blocked and counted, and shows up as a console error too.

import { mkdir } from 'node:fs/promises';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const LAB_URL = process.env.LAB_URL ?? 'http://127.0.0.1:8000/';
export const CHROME = process.env.CHROME || '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };

export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox', // CI runs as root, where Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const LAB_READY_TIMEOUT_MS = 20_000;

/**
 * Opens the lab in a fresh headless Chromium and waits until the page has set `window.lab`
 * (the wasm module is loaded and the page wired up).
 *
 * @param t node:test context (or null); when given, the browser is closed after the test.
 * @param options.query URL query, as a string (`'preset=xor&seed=7'`) or an object.
 * @param options.initScript a function run in the page before any of its own scripts (to
 *   simulate an older browser, say).
 * @param options.waitForLab false to return once the page has loaded, lab or not.
 * @param options.bypassCSP true to let the test inject scripts and styles of its own (axe-core,
 *   a user's text-spacing stylesheet) past the page's Content-Security-Policy.
 * @returns {{context, page, consoleErrors: string[], blocked: string[], url: string}}
 *   consoleErrors collects console.error messages and uncaught page errors as they happen.
 */
export async function openLab(t, { query, initScript, waitForLab = true, bypassCSP = false } = {}) {
  const url = new URL(LAB_URL);
  if (query !== undefined) {
    url.search = new URLSearchParams(query).toString();
  }
  const context = await (await sharedBrowser()).newContext({ viewport: VIEWPORT, bypassCSP });
  const lab = { context, page: null, consoleErrors: [], blocked: [], url: url.href };
  t?.after?.(() => closeLab(lab));

  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (LOCAL_HOSTS.has(requested.hostname)) {
      return route.continue();
    }
    lab.blocked.push(requested.href);
    return route.abort('blockedbyclient');
  });

  const page = await context.newPage();
  lab.page = page;
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const where = msg.location()?.url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      lab.consoleErrors.push(`console.error: ${msg.text()}${where}`);
    }
  });
  page.on('pageerror', (err) => lab.consoleErrors.push(`page error: ${err.message}`));

  if (initScript) await context.addInitScript(initScript);
  try {
    await page.goto(lab.url, { waitUntil: 'load' });
    if (!waitForLab) return lab;
    await page.waitForFunction(() => typeof window.lab !== 'undefined', null, {
      timeout: LAB_READY_TIMEOUT_MS,
      polling: 100,
    });
  } catch (err) {
    await closeLab(lab);
    const seen = lab.consoleErrors.length ? `\n  ${lab.consoleErrors.join('\n  ')}` : ' none';
    throw new Error(`the lab at ${lab.url} did not start (${err.message.split('\n')[0]}); console errors:${seen}`);
  }
  return lab;
}

/**
 * One lab for a whole test file: opened before its first test, checked for console errors and
 * closed after its last. The returned object becomes the lab (`page`, `consoleErrors`, …) once open.
 */
export function sharedLab() {
  const lab = {};
  before(async () => {
    Object.assign(lab, await openLab(null));
  });
  after(async () => {
    assert.deepEqual(lab.consoleErrors, []);
    await closeLab(lab);
  });
  return lab;
}

/** Closes the lab's context (its pages, workers and storage); safe to call twice. */
export async function closeLab(lab) {
  if (!lab || lab.closed) return;
  lab.closed = true;
  await lab.context.close().catch(() => {});
}

// One Chromium per test file (node runs each file in its own process), and a new context — its
// own storage, cache, permissions and workers, as a new profile has — for each lab. Starting a
// browser with a new profile for each of the suite's ~100 labs cost about a second of CPU each.
let browserStarted = null;

function sharedBrowser() {
  if (browserStarted) {
    // A browser that died (a crash in an earlier test) is started again, not reused.
    return browserStarted.then((b) => (b.isConnected() ? b : ((browserStarted = null), sharedBrowser())));
  }
  browserStarted = chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS }).catch((err) => {
    browserStarted = null;
    throw new Error(`cannot start Chromium at ${CHROME} (set CHROME): ${err.message}`);
  });
  return browserStarted;
}

// After the file's last test: close the browser, so the file's process can end.
after(async () => {
  const started = browserStarted;
  browserStarted = null;
  await (await started?.catch(() => null))?.close();
});

/**
 * What every `<canvas>` on the page shows: size and how many pixels differ from the first
 * pixel. A canvas that is one flat colour (never drawn, or only cleared) counts as blank.
 * Copying through a 2D canvas reads WebGL canvases too.
 */
export function canvasReport(page) {
  return page.evaluate(canvasReportInPage);
}

/** canvasReport's body, run in the page (other drivers than Playwright call it too). */
export function canvasReportInPage() {
  return [...document.querySelectorAll('canvas')].map((canvas, index) => {
    const { width, height } = canvas;
    const name = canvas.id ? `#${canvas.id}` : `canvas[${index}]`;
    if (width === 0 || height === 0) {
      return { name, width, height, differing: 0, blank: true };
    }
    const copy = document.createElement('canvas');
    copy.width = width;
    copy.height = height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const px = new Uint32Array(ctx.getImageData(0, 0, width, height).data.buffer);
    let differing = 0;
    for (let i = 1; i < px.length; i++) {
      if (px[i] !== px[0]) differing++;
    }
    return { name, width, height, differing, blank: differing === 0 };
  });
}

/** Polls `canvasReport` until no canvas is blank (charts draw on later frames) or timeout. */
export async function waitForDrawnCanvases(page, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await canvasReport(page);
    if ((report.length > 0 && report.every((c) => !c.blank)) || Date.now() > deadline) {
      return report;
    }
    await page.waitForTimeout(250);
  }
}

/** Saves a full-page screenshot as tests/page/screenshots/<name>.tmp.png (git-ignored). */
export async function saveScreenshot(page, name) {
  const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.tmp.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * An init script (openLab's `initScript`, or `context.addInitScript`): runs in every frame
 * before any of the page's scripts and keeps each Content Security Policy violation, as text,
 * in `window.cspViolations`.
 */
export function recordCspViolations() {
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });
}

// --- helpers for the page tests that drive the lab as a user would -------------------------

/** `window.lab.snapshot()`: plain JSON of the lab's state (see src/binding/snapshot.rs). */
export function snapshot(page) {
  return page.evaluate(() => window.lab.snapshot());
}

/** Stops the animation loop's training, so only the test moves the lab on (`step(n)`). */
export function pause(page) {
  return page.evaluate(() => window.lab.pause());
}

/** Resolves after the page has drawn `frames` more animation frames. */
export function nextFrames(page, frames = 2) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const tick = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
        tick(n);
      }),
    frames,
  );
}

/** The error banner (role=alert): its text, or null while it is hidden. */
export async function bannerText(page) {
  const banner = page.getByRole('alert');
  return (await banner.isVisible()) ? (await banner.textContent()).trim() : null;
}

/** The pixels of one canvas as a PNG data URL, to tell whether two drawings differ. */
export function canvasPixels(page, id) {
  return page.evaluate((canvasId) => document.getElementById(canvasId).toDataURL('image/png'), id);
}
