// The dev server as a class meets it: the real site's files with the types browsers insist on,
// and two students' browsers training at the same time. (Raw requests that try to leave dist/
// are tested in xtask/src/serve/tests.rs: a browser normalises `..` away before sending.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL, VIEWPORT, openLab } from './harness.mjs';

test('the site is served with the types browsers insist on', async () => {
  for (const [file, type] of [
    ['', 'text/html'],
    ['lab.js', 'text/javascript'],
    ['style.css', 'text/css'],
    ['pkg/dropout_lab.js', 'text/javascript'],
    ['pkg/dropout_lab_bg.wasm', 'application/wasm'],
  ]) {
    const response = await fetch(new URL(file, LAB_URL));
    await response.arrayBuffer();
    assert.equal(response.status, 200, `/${file}`);
    assert.ok(response.headers.get('content-type').startsWith(type), `/${file}: ${response.headers.get('content-type')}`);
  }
  const missing = await fetch(new URL('no-such-file.js', LAB_URL));
  assert.equal(missing.status, 404);
});

// #18, first chart: the wasm's download (preloaded) is compiled as it arrives, by a classic
// script that runs before the page's module is parsed; the module takes that compile up
// rather than fetching the file again.
test('the wasm is downloaded once and compiled from the early script', { timeout: 60_000 }, async (t) => {
  const { page } = await openLab(t);
  const seen = await page.evaluate(async () => ({
    downloads: performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/pkg/dropout_lab_bg.wasm')).length,
    compiledEarly: (await window.DROPOUT_LAB_WASM_EARLY) instanceof WebAssembly.Module,
  }));
  assert.deepEqual(seen, { downloads: 1, compiledEarly: true });
});

test('two browsers open the lab at once and both train', { timeout: 90_000 }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  t.after(() => browser.close());
  const students = await Promise.all(
    [1, 2].map(async () => {
      // A context each: its own cache and storage, as two machines would have.
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.message));
      return { page, errors };
    }),
  );
  await Promise.all(students.map(({ page }) => page.goto(LAB_URL, { waitUntil: 'load' })));
  await Promise.all(
    students.map(async ({ page }) => {
      await page.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 20_000 });
      await page.evaluate(() => window.lab.play());
    }),
  );
  const reached = await Promise.all(
    students.map(({ page }) =>
      page
        .waitForFunction(() => window.lab.snapshot().iteration >= 50, null, { timeout: 40_000 })
        .then(() => page.evaluate(() => window.lab.snapshot().iteration)),
    ),
  );
  for (const [k, iteration] of reached.entries()) assert.ok(iteration >= 50, `browser ${k + 1} trained`);
  for (const { errors } of students) assert.deepEqual(errors, []);
});
