// What the screen says is true at every moment: the story pauses at exactly its epoch and
// Play goes on from there; adding a rate mid-race restarts every run together and says so,
// removing one leaves the others alone; the slider's read-out follows the Scaling mode; and
// New seed draws a seed the field and the link keep, so a reload reproduces the race.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause, snapshot } from './harness.mjs';

test('the story pauses at exactly its epoch, then Play goes on; Add restarts the race with a notice', { timeout: 180_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  const preset = (await page.evaluate(() => window.lab.presets())).find((p) => p.default);
  // Full speed (the default): the frame loop trains as much as each frame allows.
  await page.evaluate(() => window.lab.play());
  await page.waitForFunction(() => !window.lab.playing, null, { timeout: 150_000, polling: 200 });
  const paused = await snapshot(page);
  assert.deepEqual(paused.runs.map((r) => r.epoch), paused.runs.map(() => preset.epochs), 'every run stops at the story epoch');
  assert.match(await page.locator('#status').textContent(), new RegExp(`^epoch ${preset.epochs.toLocaleString('en-US')} · paused`));

  await page.evaluate(() => window.lab.step(1));
  assert.ok((await snapshot(page)).iteration > paused.iteration, 'after the story, Step trains on');

  // Adding a rate after the story: every run starts again together, and the page says why.
  const notice = page.locator('#race-notice');
  assert.ok(await notice.isHidden(), 'no notice before an Add');
  await page.getByRole('button', { name: 'Add rate' }).click();
  const added = await snapshot(page);
  assert.deepEqual(added.runs.map((r) => r.epoch), [0, 0, 0, 0], 'all four runs restart from epoch 0');
  assert.ok(await notice.isVisible());
  assert.match(await notice.textContent(), /restarted the race/);
  assert.equal(await page.locator('#banner').isHidden(), true, 'a notice, not an error');

  // Removing a run after some steps of the restarted race.
  await page.evaluate(() => window.lab.step(3));
  await page.getByRole('button', { name: 'Remove run 1' }).click();
  const removed = await snapshot(page);
  assert.equal(removed.runs.length, 3);
  assert.ok(removed.runs.every((r) => r.steps === 3), 'removing a run leaves the others where they are');
  assert.ok(await notice.isHidden(), 'the notice went with the Add it explained');
  assert.deepEqual(consoleErrors, []);
});

test('the slider read-out follows the Scaling mode and the input read-out counts inputs right', { timeout: 60_000 }, async (t) => {
  const { page } = await openLab(t, { query: 'preset=wiggle' });
  await pause(page);
  const readOut = page.locator('#rate-out');
  await page.evaluate(() => window.lab.setDropRate(window.lab.snapshot().focused, 1, 0.5));
  assert.match(await readOut.textContent(), /kept units ×2\.00/);
  await page.getByLabel('Dropout scaling').selectOption('classic');
  const classic = await readOut.textContent();
  assert.doesNotMatch(classic, /kept units ×/, 'classic dropout scales nothing in training');
  assert.match(classic, /no scaling in training, ×0\.50 at evaluation/);
  // The wiggle preset has one input: "on the 1 input", never "inputs".
  assert.match(await page.locator('#input-rate-out').textContent(), /on the 1 input$/);
});

test('New seed draws a fresh seed in Rust, keeps it in the field and the link, and a reload reproduces it', { timeout: 90_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  await pause(page);
  const rates = (await snapshot(page)).runs.map((r) => r.dropRates);
  const button = page.getByRole('button', { name: 'New seed' });
  await button.click();
  const first = await page.locator('#seed').inputValue();
  await button.click();
  const second = await page.locator('#seed').inputValue();
  assert.notEqual(first, second, 'two clicks, two seeds');
  assert.match(second, /^\d+$/);
  assert.equal(new URL(page.url()).searchParams.get('seed'), second, 'the link holds the new seed');
  assert.deepEqual((await snapshot(page)).runs.map((r) => r.dropRates), rates, 'each run keeps its rates');
  await page.evaluate(() => window.lab.reset());
  await page.evaluate(() => window.lab.step(12));
  const trained = await snapshot(page);

  await page.reload();
  await page.waitForFunction(() => window.lab !== undefined);
  await pause(page);
  assert.equal(await page.locator('#seed').inputValue(), second, 'the reloaded page uses the link\'s seed');
  // The reloaded page may have played a few frames before the pause: start both races at 0.
  await page.evaluate(() => window.lab.reset());
  await page.evaluate(() => window.lab.step(12));
  assert.deepEqual(await snapshot(page), trained, 'the same seed gives the same race');
  assert.deepEqual(consoleErrors, []);
});
