// The one-file bundle sweeps too (#11): opened from file://, its workers start from a Blob URL
// with the linked worker script and the wasm the bundle carries, under the bundle's own CSP.

import assert from 'node:assert/strict';
import test from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, VIEWPORT } from './harness.mjs';

const BUNDLE = process.env.LAB_BUNDLE;

test('the bundle from file:// runs a sweep on workers', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)', timeout: 240_000 }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // Counted as Playwright reports them: its list can lag behind the page's own count.
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(BUNDLE).href);
  await page.waitForFunction(() => window.lab !== undefined, null, { timeout: 20_000 });
  await page.fill('#sweep-seeds', '1');
  await page.evaluate(() => window.lab.sweep.run());
  await page.waitForFunction(() => window.lab.sweep.workers() > 0, null, { timeout: 10_000 });
  await page.waitForFunction(() => !window.lab.sweep.running(), null, { timeout: 200_000, polling: 250 });
  assert.ok(workers.length > 0, 'the sweep ran on Web Workers');
  const r = await page.evaluate(() => window.lab.sweep.result());
  assert.equal(r.done, r.jobs);
  assert.ok(r.finalVal.every(Number.isFinite), JSON.stringify(r.finalVal));
  assert.deepEqual(await page.evaluate(() => window.lab.sweep.failures()), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
});
