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

// #18: the list's words and numbers are the core's (src/core/runs_list.rs), read in one call
// across the boundary per refresh; before, the page read about twelve values a run and formatted
// the losses, the diverged label and the mistake line itself.
const LINKS = [
  // Variants, and the focused run's classic mistake.
  ['rates=0,0.5~dropconnect,0.2~keep&focus=2', { retain: false, mistake: /^p = 0\.20 · mistake: p read as keep: / }],
  // The retain notation, with an input rate and a classic run.
  ['rates=0.1:0.3:0.3,0.2~classic&focus=0&notation=retain', { retain: true, label: /^retain p = 0\.70, input 0\.90$/ }],
  // Another language writes its own decimal comma.
  ['rates=0,0.5&lang=de', { retain: false, numbers: /^Train\. \d,\d{3} · Val\. \d,\d{3}/ }],
];

// Refreshes the list with every Lab method counted, then reads the list and asks the core, in
// one page task (the lab cannot move between them).
function listAndCore(retain) {
  const calls = window.lab.refreshRunsCalls();
  const core = window.lab.runsList(retain);
  const text = (el) => el?.textContent ?? '';
  const mistake = document.getElementById('run-mistake');
  return {
    calls,
    rows: [...document.querySelectorAll('#runs li')].map((li) => [text(li.querySelector('.run-label')), text(li.querySelector('.run-numbers'))]),
    core: core.runs.map((r) => [r.label, r.numbers]),
    mistake: [mistake.hidden ? null : text(mistake), core.mistake ?? null],
    losses: window.lab.snapshot().runs.map((r) => r.trainLossEval),
  };
}

test('the runs list shows the core\'s finished rows, read in one call per refresh', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  for (const [query, want] of LINKS) {
    const url = new URL(lab.url);
    url.search = query;
    await page.goto(url.href);
    await page.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 20_000 });
    await pause(page);
    await page.evaluate(() => window.lab.step(12)); // past the first epoch: losses to show
    const got = await page.evaluate(listAndCore, want.retain);
    assert.equal(got.calls, 1, `${query}: one call across the boundary refreshes the list`);
    assert.deepEqual(got.rows, got.core, `${query}: the list is the core's text`);
    assert.equal(got.mistake[0], got.mistake[1], `${query}: the mistake line is the core's`);
    if (want.mistake) assert.match(got.mistake[0], want.mistake);
    if (want.label) assert.match(got.rows[0][0], want.label);
    if (want.numbers) assert.match(got.rows[1][1], want.numbers);
    if (!query.includes('lang=')) {
      // The numbers are the run's last epoch, to three decimals (as the snapshot has them).
      got.rows.forEach(([, numbers], i) => assert.ok(numbers.startsWith(`train ${got.losses[i].toFixed(3)} · val `), `${query} run ${i + 1}: ${numbers}`));
    }
  }
  assert.deepEqual(lab.consoleErrors, []);
});
