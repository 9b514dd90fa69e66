// Racing rates side by side: "Add rate" adds a run at the slider's rate, up to four runs (more
// would not fit a projector, and the page says so), and a run's × button removes it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, openLab, pause, snapshot } from './harness.mjs';

const MAX_RUNS = 4;

test('Add rate adds a fourth run, refuses a fifth with a message, and × removes runs', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  const runsList = page.getByRole('list', { name: 'Runs' });
  const rows = runsList.getByRole('listitem');
  const start = await snapshot(page);
  assert.equal(start.runs.length, 3, 'the default preset races three rates');
  assert.equal(await rows.count(), 3);

  // A new run takes the slider's rate; move the slider first so that is checkable.
  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight'); // 0.5 → 0.6 on the focused (p = 0.5) run
  const addButton = page.getByRole('button', { name: 'Add rate' });
  await addButton.click();
  const four = await snapshot(page);
  assert.equal(four.runs.length, MAX_RUNS);
  assert.equal(await rows.count(), MAX_RUNS, 'the list shows the new run');
  assert.deepEqual(four.runs[3].dropRates.slice(1).map((p) => p.toFixed(2)), ['0.60', '0.60'], 'the new run has the slider rate');
  assert.equal(four.focused, 3, 'the new run is focused');
  assert.match(await rows.nth(3).textContent(), /p = 0\.60/);
  assert.equal(await bannerText(page), null, 'no message for an allowed run');

  await addButton.click();
  assert.equal((await snapshot(page)).runs.length, MAX_RUNS, 'a fifth run is refused');
  assert.equal(await rows.count(), MAX_RUNS);
  const message = await bannerText(page);
  assert.match(message ?? '', /4 runs/, `the refusal explains itself: ${message}`);

  // All runs race in lockstep, the added one included.
  assert.equal(await page.evaluate(() => window.lab.step(4)), 4);
  assert.ok((await snapshot(page)).runs.every((r) => r.steps === 4), 'every run trained the same steps');

  await page.getByRole('button', { name: 'Remove run 2' }).click();
  const three = await snapshot(page);
  // Before: p = 0, 0.2, 0.6 (the slider moved it from 0.5), 0.6 (added).
  assert.deepEqual(
    three.runs.map((r) => r.dropRates[1].toFixed(2)),
    ['0.00', '0.60', '0.60'],
    'run 2 (p = 0.2) is gone, the others stay in order',
  );
  assert.equal(await rows.count(), 3);

  for (const n of [3, 2]) await page.getByRole('button', { name: `Remove run ${n}` }).click();
  assert.equal((await snapshot(page)).runs.length, 1);
  assert.ok(await page.getByRole('button', { name: 'Remove run 1' }).isDisabled(), 'the last run cannot be removed');
  assert.equal(await page.evaluate(() => window.lab.step(2)), 2, 'a single run still trains');
  assert.deepEqual(lab.consoleErrors, []);
});

test('a run can be picked with the keyboard: Tab to its row, Enter', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await page.evaluate(() => window.lab.pause());
  const rows = page.locator('#runs li');
  await rows.nth(0).focus();
  await page.keyboard.press('Enter');
  assert.equal((await page.evaluate(() => window.lab.snapshot())).focused, 0);
  assert.equal(await rows.nth(0).getAttribute('aria-current'), 'true');
  await page.keyboard.press('Tab'); // the row's remove button
  await page.keyboard.press('Tab'); // the next row
  await page.keyboard.press(' ');
  assert.equal((await page.evaluate(() => window.lab.snapshot())).focused, 1);
  assert.deepEqual(lab.consoleErrors, []);
});
