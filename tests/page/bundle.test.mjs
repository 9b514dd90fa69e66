// The one-file bundle (dist/dropout-lab.html, written by every build) must train when a teacher
// double-clicks it: opened from file://, with every request but the file itself refused, under
// the Content-Security-Policy it carries. And dist/index.html opened from disk must say what to
// do instead of showing a blank page.

import assert from 'node:assert/strict';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, VIEWPORT, canvasReport } from './harness.mjs';

const BUNDLE = process.env.LAB_BUNDLE;
// The xtask's own limit (xtask/src/bundle.rs MAX_BYTES says what the bytes are), for the build
// that ships: `cargo xtask test --quick` builds its wasm without LTO (~30 KB more gzipped).
const MAX_BUNDLE_BYTES = 1280 * 1024;
const SHIPPED = (process.env.LAB_WASM_PROFILE ?? 'release') === 'release';

async function openFile(t, file, query = '') {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  // Other files beside it may load (the multi-file page's own scripts); the network may not.
  const seen = { errors: [], others: [] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const url = pathToFileURL(file).href + query;
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    seen.others.push(requested);
    return requested.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
  });
  await page.goto(url);
  return { page, seen };
}

test('the one-file bundle trains from file:// with the network cut off', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)', timeout: 60_000 }, async (t) => {
  const { size } = await stat(BUNDLE);
  if (SHIPPED) assert.ok(size < MAX_BUNDLE_BYTES, `bundle is ${size} bytes`);
  const { page, seen } = await openFile(t, BUNDLE);
  await page.waitForFunction(() => window.lab !== undefined, null, { timeout: 20_000 });
  await page.evaluate(() => window.lab.step(30));
  const snap = await page.evaluate(() => window.lab.snapshot());
  assert.equal(snap.iteration, 30);
  assert.ok(snap.runs.every((r) => Number.isFinite(r.valLoss)), JSON.stringify(snap.runs));
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((i) => window.lab.snapshot().iteration > i + 10, snap.iteration, { timeout: 10_000 });
  const canvases = await canvasReport(page);
  assert.ok(canvases.length >= 3 && canvases.every((c) => !c.blank), JSON.stringify(canvases));
  assert.deepEqual(seen.others, [], 'the bundle asked for nothing outside itself');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'its own CSP allows all it does');
});

test('dist/index.html opened from disk says what to do instead of a blank page', { skip: !BUNDLE && 'LAB_BUNDLE not set', timeout: 30_000 }, async (t) => {
  const { page } = await openFile(t, path.join(path.dirname(BUNDLE), 'index.html'));
  const banner = page.locator('#banner');
  await banner.waitFor({ state: 'visible', timeout: 10_000 });
  const text = await banner.textContent();
  assert.match(text, /dropout-lab\.html/);
  assert.match(text, /server/);
});

// #19: the bundle carries every language (the catalogs are compiled into the wasm), so a link
// with lang= opens translated from disk with the network cut off, canvases included.
test('the one-file bundle speaks Japanese offline', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)', timeout: 60_000 }, async (t) => {
  const { page, seen } = await openFile(t, BUNDLE, '?lang=ja');
  await page.waitForFunction(() => window.lab !== undefined, null, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await page.locator('#play').textContent(), '再生');
  await page.locator('#play').click();
  await page.waitForFunction(() => window.lab.snapshot().iteration > 10, null, { timeout: 10_000 });
  assert.match(await page.locator('#status').textContent(), /^エポック \d+/);
  assert.deepEqual(seen.others, [], 'the bundle asked for nothing outside itself');
  assert.deepEqual(seen.errors, []);
});
