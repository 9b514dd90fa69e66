// The "Dropout rate" slider, driven by mouse and keyboard as a student would: it moves the
// focused run's hidden-layer drop probability p at once, and the readout states p and 1−p.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause, snapshot } from './harness.mjs';

// The slider's range in index.html, and half of Chromium's range thumb (its centre never
// reaches the track's ends). One step of 0.05 is ~7 px here, so a few px of error is harmless.
const MIN = 0;
const MAX = 0.9;
const THUMB_HALF_PX = 8;

function xFor(box, p) {
  return box.x + THUMB_HALF_PX + ((p - MIN) / (MAX - MIN)) * (box.width - 2 * THUMB_HALF_PX);
}

/** Focuses run `index` the way a user does: by clicking its row in the runs list. */
async function focusRun(page, index) {
  await page.locator('#runs li .run-label').nth(index).click();
  assert.equal((await snapshot(page)).focused, index, 'clicking a run row focuses that run');
}

function hiddenRates(snap, run) {
  return snap.runs[run].dropRates.slice(1);
}

test('dragging the slider with the mouse sets the focused run to p = 0.5', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await focusRun(page, 0);
  const before = await snapshot(page);
  assert.ok(hiddenRates(before, 0).every((p) => p === 0), 'the first run of the default preset starts at p = 0');
  const others = [1, 2].map((r) => hiddenRates(before, r));

  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  const box = await slider.boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(xFor(box, 0), y);
  await page.mouse.down();
  // Several intermediate moves, as a hand does; each one fires 'input'.
  for (const p of [0.1, 0.2, 0.3, 0.4, 0.5]) await page.mouse.move(xFor(box, p), y, { steps: 3 });
  await page.mouse.up();

  assert.equal(await slider.inputValue(), '0.5');
  const after = await snapshot(page);
  assert.equal(after.focused, 0);
  assert.deepEqual(hiddenRates(after, 0), [0.5, 0.5], 'every hidden layer of the focused run follows the slider');
  assert.equal(after.runs[0].dropRates[0], 0, 'the slider leaves the input layer alone');
  assert.deepEqual([1, 2].map((r) => hiddenRates(after, r)), others, 'the other runs keep their rates');

  const readout = await page.locator('#rate-out').textContent();
  assert.match(readout, /p = 0\.50/);
  assert.match(readout, /keep 1−p = 0\.50/);
  assert.deepEqual(lab.consoleErrors, []);
});

test('arrow keys move the slider in steps of 0.05 and the run follows', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await focusRun(page, 1);
  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  assert.equal(await slider.inputValue(), '0.2', 'the slider shows the focused run (p = 0.2)');
  await slider.focus();

  const expectRate = async (p, what) => {
    assert.ok(Math.abs(Number(await slider.inputValue()) - p) < 1e-9, `${what}: slider at ${p}`);
    const rates = hiddenRates(await snapshot(page), 1);
    for (const r of rates) assert.ok(Math.abs(r - p) < 1e-6, `${what}: run rate ${r}, expected ${p}`);
    assert.match(await page.locator('#rate-out').textContent(), new RegExp(`p = ${p.toFixed(2)}`));
  };
  await page.keyboard.press('ArrowRight');
  await expectRate(0.25, 'one ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectRate(0.35, 'three ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expectRate(0.3, 'then one ArrowLeft');
  await page.keyboard.press('Home');
  await expectRate(0, 'Home');
  await page.keyboard.press('ArrowLeft');
  await expectRate(0, 'ArrowLeft at the bottom stays at 0');
  await page.keyboard.press('End');
  await expectRate(0.9, 'End');
  assert.deepEqual(lab.consoleErrors, []);
});

// #18: one slider move crosses into the core at most twice (the rate set, its read-out back),
// and the next frame shows it everywhere: the read-out, the runs list's row and the diagram's
// label. Moved, counted and watched in one page task, so no frame can come in between.
test('a slider move makes at most two calls into the core and is on screen in the next frame', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  for (const playing of [false, true]) {
    if (playing) await page.evaluate(() => window.lab.play());
    else await pause(page);
    const value = playing ? '0.65' : '0.35';
    const seen = await page.evaluate(async (value) => {
      const rate = document.getElementById('rate');
      const focused = window.lab.snapshot().focused;
      window.lab.watchLabels();
      const calls = window.lab.countCalls(() => {
        rate.value = value;
        rate.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const readout = document.getElementById('rate-out').textContent;
      // The lab's frame callback was asked for before this one: in the next frame it runs first.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const row = document.querySelectorAll('#runs li .run-label')[focused].textContent;
      const labels = window.lab.watchedLabels().filter((_, i) => i % 4 === 1);
      return { calls, readout, row, labels, core: window.lab.runsList(false).runs[focused].label };
    }, value);
    const shown = `p = ${Number(value).toFixed(2)}`;
    assert.ok(seen.calls >= 1 && seen.calls <= 2, `${seen.calls} calls into the core for one input event`);
    assert.ok(seen.readout.includes(shown), `the read-out at once: ${seen.readout}`);
    assert.ok(seen.row.includes(shown), `the runs list in the next frame: ${seen.row}`);
    assert.equal(seen.row, seen.core, 'the row is the core\'s');
    assert.ok(seen.labels.some((l) => l.includes(shown)), `a canvas label in the next frame: ${seen.labels.join(' | ')}`);
  }
  assert.deepEqual(lab.consoleErrors, []);
});
