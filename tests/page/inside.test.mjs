// Inside dropout (#12), driven by its buttons: each view computes on the focused run and shows
// what window.lab says about that run; Resample draws other thinned networks; a tiny network
// shows all 16 of them; the notation toggle rewrites the labels and the link, not the rates.
// The README's pictures of each view are tests/page/screenshots/inside-*.png.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canvasPixels, openLab, pause, snapshot } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

/** Picks `view` in the select, presses Look inside (or Recompute), waits until it is done. */
async function show(page, view, button = '#inside-compute') {
  await page.selectOption('#inside-view', view);
  await page.click(button);
  await page.waitForFunction(() => !window.lab.inside.running && window.lab.inside.progress() === 1, null, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#inside-progress').textContent === 'done');
  return page.evaluate(() => window.lab.inside.summary());
}

// The averaging chart reads out at the pointer with the charts' shared guide and box (#18),
// and leaving the canvas gives back the very same picture.
async function pointerReadsOut(page) {
  const still = await canvasPixels(page, 'inside-canvas');
  const area = await page.locator('#inside-canvas').boundingBox();
  const drawn = (same) => page.waitForFunction(([before, want]) => (document.getElementById('inside-canvas').toDataURL('image/png') === before) === want, [still, same]);
  await page.mouse.move(area.x + area.width * 0.3, area.y + area.height * 0.45);
  await drawn(false);
  await page.mouse.move(area.x + area.width / 2, area.y - 40);
  await drawn(true);
}

test('every Inside view computes on the focused run and agrees with window.lab', { timeout: 180_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  await pause(page);
  // Two moons trains full-batch: 300 steps are its story's 300 epochs, each ending in an
  // evaluation (the README's pictures show the end of the story).
  await page.evaluate(() => window.lab.step(300));
  const lab = await snapshot(page);
  const focused = lab.runs[lab.focused];
  const hiddenUnits = lab.layers.slice(1, -1).reduce((a, b) => a + b, 0);

  const subnets = await show(page, 'subnets');
  assert.equal(subnets.label, focused.label);
  assert.equal(subnets.epoch, focused.epoch);
  assert.equal(subnets.exhaustive, false);
  assert.equal(subnets.masks.length, 8, 'K = 8 sampled thinned networks');
  assert.deepEqual(subnets.masks[0].map((l) => l.length), lab.layers.slice(0, -1), 'one mask entry per unit of each dropout layer');
  const hidden = subnets.masks.flatMap((m) => m.slice(1).flat());
  const dropped = hidden.filter((k) => k === 0).length / hidden.length;
  assert.ok(Math.abs(dropped - focused.dropRates[1]) < 0.06, `dropped ${dropped} at p = ${focused.dropRates[1]}`);
  await readmePicture(page, 'inside-subnets', page.locator('#inside'));

  const before = await canvasPixels(page, 'inside-canvas');
  const again = await show(page, 'subnets', '#inside-resample');
  assert.equal(again.resample, 1);
  assert.notDeepEqual(again.masks, subnets.masks, 'Resample draws other thinned networks');
  assert.notEqual(await canvasPixels(page, 'inside-canvas'), before, 'and draws them');

  const averaging = await show(page, 'averaging');
  assert.equal(averaging.loss.length, 100, 'k = 1 … 100, each a real sampled average');
  assert.ok(Math.abs(averaging.scaledLoss - focused.valLoss) < 1e-4, `the line is the run's own validation loss: ${averaging.scaledLoss} vs ${focused.valLoss}`);
  assert.ok(Math.abs(1 - averaging.scaledError - focused.accuracy) < 1e-4, 'and its error is 1 − its validation accuracy');
  await readmePicture(page, 'inside-averaging', page.locator('#inside'));
  await pointerReadsOut(page);

  const spread = await show(page, 'spread');
  assert.equal(spread.points, 28 * 28, 'a 28 × 28 map of the plane');
  assert.ok(spread.maxStd > 0.05, `dropout on at prediction time spreads the answers (max std ${spread.maxStd})`);
  assert.match(await page.locator('#inside-note').textContent(), /estimate/);
  await readmePicture(page, 'inside-spread', page.locator('#inside'));

  const co = await show(page, 'coadaptation');
  assert.equal(co.runs.length, 2, 'the focused run beside the p = 0 run');
  assert.equal(co.runs[0].label, focused.label);
  assert.equal(co.runs[1].label, lab.runs.find((r) => r.dropRates.every((p) => p === 0)).label);
  for (const run of co.runs) {
    assert.equal(run.units, hiddenUnits, 'every hidden unit removed once');
    assert.equal(run.layers.length, lab.layers.length - 2, 'statistics per hidden layer');
    for (const layer of run.layers) assert.ok(layer.nearZero > 0 && layer.nearZero < 1);
  }
  // The note's claim on the default seed: the dropout run's most important unit costs far less.
  assert.ok(co.runs[0].largestRise < 0.2 * co.runs[1].largestRise, `largest rise ${co.runs[0].largestRise} vs ${co.runs[1].largestRise}`);
  await readmePicture(page, 'inside-coadaptation', page.locator('#inside'));
  assert.deepEqual(consoleErrors, []);
});

test('a 2-2 network shows all 16 thinned networks; the retain notation relabels, the rates stay', { timeout: 90_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t, { query: 'hidden=2&rates=0.5:0.5' });
  await pause(page);
  await page.evaluate(() => window.lab.step(20));
  const tiny = await show(page, 'subnets');
  assert.equal(tiny.exhaustive, true);
  assert.equal(tiny.masks.length, 16);
  assert.equal(new Set(tiny.masks.map((m) => JSON.stringify(m))).size, 16, 'each thinned network once');
  assert.ok(Math.abs(tiny.weights.reduce((a, b) => a + b, 0) - 1) < 1e-6, 'probabilities sum to 1');

  await page.selectOption('#notation', 'retain');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('notation') === 'retain');
  const lab = await snapshot(page);
  assert.deepEqual(lab.runs[0].dropRates, [0.5, 0.5], 'the rates are still drop rates');
  assert.equal(new URL(page.url()).searchParams.get('rates'), '0.5:0.5', 'and so is the link');
  assert.equal(lab.runs[0].label, 'retain p = 0.50, input 0.50');
  assert.match(await page.locator('#rate-out').textContent(), /^retain p = 0\.50/);
  assert.equal(await page.locator('#rate-label').textContent(), 'Retain probability');
  assert.match(await page.locator('#runs').textContent(), /retain p = 0\.50/);

  // Dropping 0.2 is retaining 0.8.
  await page.evaluate(() => window.lab.setDropRate(0, 1, 0.2));
  assert.match(await page.locator('#rate-out').textContent(), /^retain p = 0\.80 · drop 1−p = 0\.20/);
  // Another seed builds a new Lab: it writes in the page's notation from its first frame (the
  // notation is a setting of each Lab, given when it is built).
  await page.fill('#seed', '4242');
  await page.locator('#seed').dispatchEvent('change');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('seed') === '4242');
  await page.evaluate(() => window.lab.sync());
  const reseeded = await snapshot(page);
  assert.equal(reseeded.runs[0].label, 'retain p = 0.80, input 0.50', 'a rebuilt lab writes keep probabilities');
  // The data panels' accessible description names the runs as the canvas titles do (once an
  // epoch is trained).
  await page.evaluate(() => window.lab.step(5));
  await page.waitForFunction(() => document.getElementById('data-desc').textContent.includes('retain p = 0.80'));
  assert.match(await page.locator('#runs').textContent(), /retain p = 0\.80/);
  await page.reload();
  await page.waitForFunction(() => window.lab?.inside !== undefined);
  assert.equal((await snapshot(page)).runs[0].label, 'retain p = 0.80, input 0.50', 'the link keeps the notation');
  assert.equal(await page.locator('#notation').inputValue(), 'retain');
  assert.deepEqual(consoleErrors, []);
});
