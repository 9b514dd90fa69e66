// #18: a paused lab left alone rests. Its animation loop asks for no frame while nothing changes
// (the core's rule, src/core/redraw.rs FrameEnd::next), so an idle page costs no CPU; and
// whatever the viewer or a script does after that wakes it: the change is on screen in the
// next frame. Frames are counted (window.lab.frameLoop), never timed.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause } from './harness.mjs';

const loop = (page) => page.evaluate(() => window.lab.frameLoop());

/** Waits until the loop rests: the paced jobs after the last change (≤ 4 s) are done. */
async function untilResting(page) {
  await page.waitForFunction(() => window.lab.frameLoop().resting, null, { polling: 100, timeout: 30_000 });
}

/** The focused run's row in the runs list. */
const focusedRow = () => document.querySelectorAll('#runs li .run-label')[window.lab.snapshot().focused].textContent;

test('a paused idle lab runs no frame until something changes, then shows the change in the next frame', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  await slider.focus(); // focusing wakes the loop too: done before it rests
  await untilResting(page);
  const rested = await loop(page);
  // A second with nothing happening: not one frame callback ran.
  await page.waitForTimeout(1000);
  const still = await loop(page);
  assert.equal(still.frames, rested.frames, 'a paused lab with nothing to draw runs no frame');
  assert.ok(still.resting, 'and asks for none');

  // A real key press on the slider (Playwright's input, not a script): the runs list follows.
  const p = Number(await slider.inputValue()) + 0.05;
  await page.keyboard.press('ArrowRight');
  const shown = `p = ${p.toFixed(2)}`;
  await page.waitForFunction(`(${focusedRow})().includes(${JSON.stringify(shown)})`, null, { polling: 100, timeout: 10_000 });
  assert.ok((await loop(page)).frames > still.frames, 'the key press woke the loop');

  // Rested again, an input event is on screen in the very next frame: the runs list's row and
  // a canvas label. Moved and watched in one page task, so no other frame comes in between.
  await untilResting(page);
  const seen = await page.evaluate(async (focusedRowText) => {
    const row = new Function(`return (${focusedRowText})()`);
    const rate = document.getElementById('rate');
    const value = (Number(rate.value) + 0.1).toFixed(2);
    window.lab.watchLabels();
    rate.value = value;
    rate.dispatchEvent(new Event('input', { bubbles: true }));
    // The lab's frame was asked for before this one: in the next frame it runs first.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { value, row: row(), labels: window.lab.watchedLabels().filter((_, i) => i % 4 === 1) };
  }, focusedRow.toString());
  const moved = `p = ${Number(seen.value).toFixed(2)}`;
  assert.ok(seen.row.includes(moved), `the runs list in the next frame: ${seen.row}`);
  assert.ok(seen.labels.some((l) => l.includes(moved)), `a canvas label in the next frame: ${seen.labels.join(' | ')}`);

  // A script's step, with the loop resting: the page shows the new step (the status line's
  // title counts the steps) once the engine has answered.
  await untilResting(page);
  const before = await page.evaluate(() => window.lab.snapshot().iteration);
  await page.evaluate(() => window.lab.step(3));
  await page.waitForFunction((n) => document.getElementById('status').title.replace(/\D/g, '') === String(n), before + 3, { polling: 100, timeout: 10_000 });
  assert.deepEqual(lab.consoleErrors, []);
});
