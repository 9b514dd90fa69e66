// Racing rates side by side: "Add rate" adds a run at the slider's rate, up to four runs (more
// would not fit a projector: at four the button is disabled and says why), and a run's × button
// removes it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, openLab, pause, snapshot } from './harness.mjs';

const MAX_RUNS = 4;

test('Add rate adds a fourth run, is disabled at four with the reason beside it, and × removes runs', { timeout: 60_000 }, async (t) => {
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

  // A fifth run is refused before it is asked for: Add is disabled, and the reason is beside it.
  assert.ok(await addButton.isDisabled(), 'Add rate is disabled at four runs');
  await addButton.click({ force: true });
  assert.equal((await snapshot(page)).runs.length, MAX_RUNS, 'a fifth run is refused');
  assert.equal(await rows.count(), MAX_RUNS);
  const why = page.locator('#add-run-why');
  assert.ok(await why.isVisible(), 'the reason is on screen');
  assert.match(await why.textContent(), /4 runs is the most that race at once — remove one first/);
  assert.equal(await bannerText(page), null, 'a disabled button needs no error message');

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

  assert.ok(await addButton.isEnabled(), 'with three runs Add is enabled again');
  assert.equal(await why.textContent(), '', 'and the reason is gone');

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
