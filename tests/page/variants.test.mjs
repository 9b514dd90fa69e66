// #13: each run's variant is chosen in the runs list and kept in the link (`rates=0.5~dropconnect`);
// older links, without variants, load as they did. The mode is stored once per run (#8): the
// Scaling select sets every run, and the link says `scaling=classic` only when all are. The
// Rivals preset races none / L2 / batch norm / dropout. One browser, one page, several links.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_URL, bannerText, nextFrames, openLab, pause, saveScreenshot } from './harness.mjs';

// Each run's variant as the menu shows it when the run is focused (clicking its row).
async function variantsShown(page) {
  const shown = [];
  for (let i = 0; i < (await page.locator('#runs li').count()); i++) shown.push(await variantOf(page, i));
  return shown;
}

async function variantOf(page, i) {
  await page.locator('#runs li .run-label').nth(i).click();
  return page.getByLabel('Variant of the focused run').inputValue();
}

async function choose(page, i, variant) {
  await page.locator('#runs li .run-label').nth(i).click();
  await page.getByLabel('Variant of the focused run').selectOption(variant);
  await nextFrames(page);
}

async function open(page, query) {
  const url = new URL(LAB_URL);
  url.search = query;
  await page.goto(url.href);
  await page.waitForFunction(() => typeof window.lab !== 'undefined');
}

test('run variants: chosen in the list, named, kept in the link; old links and the Rivals preset', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.5' });
  const { page } = lab;
  await pause(page);
  await choose(page, 1, 'dropconnect');
  assert.match(await page.locator('#runs li .run-label').nth(1).textContent(), /DropConnect/);
  assert.equal(new URL(page.url()).searchParams.get('rates'), '0,0.5~dropconnect');

  await choose(page, 0, 'noscale');
  assert.match(await page.locator('#run-mistake').textContent(), /larger than in training/);
  await page.evaluate(() => window.lab.step(30));
  const snap = await page.evaluate(() => window.lab.snapshot());
  assert.ok(snap.runs.every((r) => Number.isFinite(r.valLoss) && !r.diverged), JSON.stringify(snap.runs));

  // The written link rebuilds the same runs, variants included.
  await open(page, new URL(page.url()).search);
  assert.deepEqual(await variantsShown(page), ['noscale', 'dropconnect']);

  // An older link: no variants, and classic scaling for every run, written back the same way.
  await open(page, '?rates=0,0.2,0.5&scaling=classic');
  assert.deepEqual(await variantsShown(page), ['classic', 'classic', 'classic']);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('rates'), '0,0.2,0.5', 'no ~classic written when every run is classic');
  assert.equal(url.searchParams.get('scaling'), 'classic');
  // One run back to inverted: the mode is that run's, and the link now says so per run.
  await choose(page, 0, '');
  assert.equal(new URL(page.url()).searchParams.get('rates'), '0,0.2~classic,0.5~classic');
  assert.equal(new URL(page.url()).searchParams.get('scaling'), null);

  await open(page, '?rates=0,0.5~sparkle');
  assert.match(await bannerText(page), /sparkle/);

  // The Rivals preset: four runs, each its own variant, racing.
  await open(page, '?preset=rivals');
  assert.deepEqual(await variantsShown(page), ['', 'l2_0.01', 'bn', '']);
  await page.evaluate(() => window.lab.step(40));
  await choose(page, 3, 'gaussian');
  await nextFrames(page, 4);
  await saveScreenshot(page, 'rivals');
  assert.deepEqual(lab.consoleErrors, []);
});
