// The class asks "and with a smaller network?": the Hidden units box rebuilds the lab with other
// layers, keeping the raced rates; an absurd size gets a clear message and the running lab is
// left exactly as it was.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, openLab, pause, snapshot } from './harness.mjs';

test('Hidden units rebuilds the network; an absurd size is refused and nothing is lost', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.evaluate(() => window.lab.step(10));
  const before = await snapshot(page);
  assert.deepEqual(before.layers, [2, 128, 128, 1]);
  const box = page.getByLabel('Hidden units per layer');
  assert.equal(await box.inputValue(), '128,128');

  await box.fill('64,100000');
  await box.press('Enter');
  assert.match(await bannerText(page), /units in hidden layer 2 = 100000 is out of range.*between 1 and 256/);
  assert.equal(await box.inputValue(), '128,128', 'the box shows the network still running');
  const after = await snapshot(page);
  assert.equal(after.iteration, before.iteration, 'the running lab was not reset');
  assert.deepEqual(after.runs.map((r) => r.valLoss), before.runs.map((r) => r.valLoss));

  await box.fill('two,layers');
  await box.press('Enter');
  assert.match(await bannerText(page), /whole numbers separated by commas/);

  await box.fill('16,16,16');
  await box.press('Enter');
  const small = await snapshot(page);
  assert.deepEqual(small.layers, [2, 16, 16, 16, 1]);
  assert.equal(small.masks.length, 0, 'a new lab has drawn no masks yet');
  assert.deepEqual(small.runs.map((r) => r.dropRates.length), before.runs.map(() => 4), 'input + 3 hidden rates per run');
  assert.deepEqual(small.runs.map((r) => r.dropRates[3]), before.runs.map((r) => r.dropRates[1]), 'each run keeps its rate');
  assert.match(page.url(), /hidden=16%2C16%2C16|hidden=16,16,16/);
  await page.evaluate(() => window.lab.step(5));
  assert.equal((await snapshot(page)).masks.map((m) => m.length).join(','), '2,16,16,16');
  assert.deepEqual(lab.consoleErrors, []);
});
