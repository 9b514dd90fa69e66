// What the diagram shows is the real dropout mask: over many single steps the drawn example
// loses a fraction p of its hidden units (each unit dropped independently with probability p),
// a fresh mask is drawn every step, and at p = 0 nothing is ever dropped.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause } from './harness.mjs';

// 100 steps state it as firmly as 200 did (see the bounds below) in half the round trips.
const STEPS = 100;

/**
 * Steps the lab one iteration at a time and reads the drawn example's masks after each step
 * (masks[0] = input layer, masks[1..] = hidden layers, 1 = kept). Runs inside the page: 100
 * round trips through the test runner would only add time.
 */
function maskSeries(page, steps) {
  return page.evaluate(async (n) => {
    const series = [];
    for (let i = 0; i < n; i++) {
      if ((await window.lab.step(1)) !== 1) throw new Error(`step ${i} did not train`);
      series.push(window.lab.snapshot().masks);
    }
    return series;
  }, steps);
}

function droppedFraction(series) {
  let dropped = 0;
  let units = 0;
  for (const masks of series) {
    for (const layer of masks.slice(1)) {
      units += layer.length;
      dropped += layer.filter((m) => m === 0).length;
    }
  }
  return { dropped, units, fraction: dropped / units };
}

test('at p = 0.5 about half of the hidden units are dropped, with a new mask each step', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  const start = await page.evaluate(() => window.lab.snapshot());
  assert.deepEqual(start.masks, [], 'no mask before the first step');
  const focused = start.runs[start.focused];
  assert.deepEqual(focused.dropRates.slice(1), [0.5, 0.5], 'the default preset focuses its p = 0.5 run');

  const series = await maskSeries(page, STEPS);
  const sizes = await page.evaluate(() => window.lab.snapshot().masks.map((m) => m.length));
  assert.ok(sizes.length >= 2, 'an input mask and at least one hidden mask');
  for (const masks of series) {
    assert.deepEqual(masks.map((m) => m.length), sizes, 'one mask entry per unit, every step');
    assert.ok(masks.flat().every((m) => m === 0 || m === 1), 'masks hold only 0 (dropped) and 1 (kept)');
    assert.ok(masks[0].every((m) => m === 1), 'input dropout is 0 here: every input is kept');
  }

  const { dropped, units, fraction } = droppedFraction(series);
  // 100 steps × 256 hidden units: the binomial standard deviation of the fraction is ~0.003,
  // so ±0.05 (16 of them) only fails when the masks do not follow p.
  assert.ok(Math.abs(fraction - 0.5) <= 0.05, `dropped ${dropped} of ${units} hidden units (${fraction.toFixed(3)}), expected 0.5 ± 0.05`);

  // Two independent masks of 256 units agree with probability 2^-256: every step must differ.
  const repeats = series.slice(1).filter((masks, i) => JSON.stringify(masks) === JSON.stringify(series[i])).length;
  assert.equal(repeats, 0, `${repeats} steps reused the previous step's mask`);
  // And not a fixed count per step: the number dropped varies, as independent coin flips do.
  const perStep = new Set(series.map((masks) => masks.slice(1).flat().filter((m) => m === 0).length));
  assert.ok(perStep.size > 5, `only ${perStep.size} distinct dropped counts over ${STEPS} steps`);
  assert.deepEqual(lab.consoleErrors, []);
});

test('at p = 0 no unit is ever dropped', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.evaluate(() => window.lab.setFocused(0));
  const start = await page.evaluate(() => window.lab.snapshot());
  assert.equal(start.focused, 0);
  assert.deepEqual(start.runs[0].dropRates, [0, 0, 0], 'the first run of the default preset has no dropout');

  const series = await maskSeries(page, STEPS);
  const { dropped, units } = droppedFraction(series);
  assert.ok(units > 0);
  assert.equal(dropped, 0, `${dropped} of ${units} hidden units were dropped at p = 0`);
  assert.ok(series.every((masks) => masks[0].every((m) => m === 1)), 'no input is dropped either');
  assert.deepEqual(lab.consoleErrors, []);
});
