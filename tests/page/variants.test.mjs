// #13: each run's variant is chosen in the runs list and kept in the link (`rates=0.5~dropconnect`);
// older links, without variants, load as they did. The mode is stored once per run (#8): the
// Scaling select sets every run, and the link says `scaling=classic` only when all are.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, nextFrames, openLab, pause, saveScreenshot } from './harness.mjs';

test('a run variant chosen in the runs list trains, is named, and survives the link', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.5' });
  const { page } = lab;
  await pause(page);
  await page.getByLabel('Variant of run 2').selectOption('dropconnect');
  await nextFrames(page);
  assert.match(await page.locator('#runs li .run-label').nth(1).textContent(), /DropConnect/);
  assert.match(new URL(page.url()).searchParams.get('rates'), /^0,0\.5~dropconnect$/);

  await page.getByLabel('Variant of run 1').selectOption('noscale');
  await nextFrames(page);
  assert.match(await page.locator('#runs li .run-mistake').first().textContent(), /outputs too large|larger/);
  await page.evaluate(() => window.lab.step(30));
  await saveScreenshot(page, 'variants');

  // The written link rebuilds the same runs, variants included.
  const again = await openLab(t, { query: new URL(page.url()).search.slice(1) });
  const variants = await again.page.evaluate(() => [0, 1].map((i) => document.querySelectorAll('#runs .run-variant')[i].value));
  assert.deepEqual(variants, ['noscale', 'dropconnect']);
  assert.deepEqual(lab.consoleErrors, []);
  assert.deepEqual(again.consoleErrors, []);
});

test('an old link loads the same, scaling=classic reaches every run, and a bad variant is named', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.2,0.5&scaling=classic' });
  const { page } = lab;
  const values = await page.evaluate(() => [...document.querySelectorAll('#runs .run-variant')].map((s) => s.value));
  assert.deepEqual(values, ['classic', 'classic', 'classic']);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('rates'), '0,0.2,0.5', 'no variant written when all runs are classic');
  assert.equal(url.searchParams.get('scaling'), 'classic');

  const bad = await openLab(t, { query: 'rates=0,0.5~sparkle' });
  assert.match(await bannerText(bad.page), /sparkle/);
  assert.deepEqual(lab.consoleErrors, []);
});
