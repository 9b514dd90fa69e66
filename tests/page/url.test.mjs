// The link reproduces a run: the settings changed on the page are written into the URL, and
// opening that URL elsewhere gives the same rates and, step for step, bit-identical losses
// (seeded data, initial weights, minibatch order and masks).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause, snapshot } from './harness.mjs';

const STEPS = 20;

/** Everything a run's numbers depend on, as text: JSON numbers are the f32 values' shortest exact form. */
async function trainedState(page) {
  const snap = await snapshot(page);
  return JSON.stringify({ iteration: snap.iteration, runs: snap.runs, masks: snap.masks });
}

test('the URL holds the slider and seed, and opening it reproduces the losses bit for bit', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);

  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('42');
  await seed.press('Enter');
  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowLeft'); // the focused p = 0.5 run to 0.45, not exact in f32

  // The page's own location: Playwright's page.url() learns of history.replaceState by an
  // event that may come after the key press has returned (CI read the link before the slider).
  const href = await page.evaluate(() => location.href);
  const params = new URL(href).searchParams;
  assert.equal(params.get('seed'), '42', `the seed is in the link: ${href}`);
  assert.equal(params.get('rates'), '0,0.2,0.45', `the rates are in the link: ${href}`);
  const original = await snapshot(page);
  assert.deepEqual(original.runs.map((r) => r.dropRates[1]), [0, 0.2, 0.45]);

  assert.equal(await page.evaluate((n) => window.lab.step(n), STEPS), STEPS);
  const first = await trainedState(page);
  await page.evaluate(() => window.lab.reset());
  await page.evaluate((n) => window.lab.step(n), STEPS);
  assert.equal(await trainedState(page), first, 'Reset replays the same run');

  // A different seed must give different numbers, or the comparison below proves nothing.
  const other = await openLab(t);
  await pause(other.page);
  await other.page.evaluate((n) => window.lab.step(n), STEPS);
  assert.notEqual(JSON.stringify((await snapshot(other.page)).runs.map((r) => r.trainLoss)),
    JSON.stringify(JSON.parse(first).runs.map((r) => r.trainLoss)), 'the default seed and seed 42 train alike');

  const copy = await openLab(t, { query: params.toString() });
  await pause(copy.page);
  const opened = await snapshot(copy.page);
  assert.deepEqual(opened.runs.map((r) => r.dropRates), original.runs.map((r) => r.dropRates), 'same rates');
  assert.equal(opened.focused, original.focused, 'same focused run');
  assert.equal(opened.preset, original.preset);
  assert.equal(await copy.page.getByRole('spinbutton', { name: 'Seed' }).inputValue(), '42');
  await copy.page.evaluate((n) => window.lab.step(n), STEPS);
  assert.equal(await trainedState(copy.page), first, 'the link gives bit-identical losses and masks');

  for (const l of [lab, other, copy]) assert.deepEqual(l.consoleErrors, []);
  assert.equal(await copy.page.getByRole('alert').count(), 0, 'the written link is understood without complaint');
});
