// Inverted or classic dropout, chosen on the page: the two formulations give the next layer the
// same expected input, so switching must not derail training, and the diagram must say where the
// scale went (kept units ×1/(1−p) in training, or every unit ×(1−p) at evaluation).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canvasPixels, nextFrames, openLab, pause, snapshot } from './harness.mjs';

test('the Scaling control switches every run to classic dropout and the diagram follows', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.evaluate(() => window.lab.step(20));
  await page.getByRole('radio', { name: 'Eval mode' }).click();
  await nextFrames(page);
  const invertedEval = await canvasPixels(page, 'diagram');
  assert.equal((await snapshot(page)).classic, false);

  await page.getByLabel('Dropout scaling').selectOption('classic');
  await nextFrames(page);
  assert.equal((await snapshot(page)).classic, true);
  assert.match(page.url(), /scaling=classic/, 'the choice is in the link');
  // At evaluation classic dropout scales every unit by 1−p: the diagram must show it.
  assert.notEqual(await canvasPixels(page, 'diagram'), invertedEval, 'classic evaluation looks like inverted');

  // Training goes on, with losses that stay finite and the same masks statistics.
  const before = await snapshot(page);
  await page.evaluate(() => window.lab.step(30));
  const after = await snapshot(page);
  assert.equal(after.iteration, before.iteration + 30);
  for (const run of after.runs) {
    assert.ok(Number.isFinite(run.valLoss) && !run.diverged, `run ${run.dropRates} after switching: ${run.valLoss}`);
  }
  assert.deepEqual(lab.consoleErrors, []);
});
