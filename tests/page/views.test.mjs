// The views follow the controls: Eval mode redraws the network as it is used at evaluation
// (no units dropped), and every preset in the picker loads, trains and draws every canvas.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canvasPixels, nextFrames, openLab, pause, snapshot, waitForDrawnCanvases } from './harness.mjs';

test('Eval mode redraws the diagram and the lab reports trainMode false', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.evaluate(() => window.lab.step(3)); // a mask to show in Train mode
  await nextFrames(page);
  const trainDrawing = await canvasPixels(page, 'diagram');
  await nextFrames(page);
  assert.equal(await canvasPixels(page, 'diagram'), trainDrawing, 'paused, the diagram is redrawn identically');
  assert.equal((await snapshot(page)).trainMode, true);

  const evalButton = page.getByRole('radio', { name: 'Eval mode' });
  await evalButton.click();
  assert.equal(await evalButton.getAttribute('aria-checked'), 'true');
  assert.equal(await page.getByRole('radio', { name: 'Train mode' }).getAttribute('aria-checked'), 'false');
  await nextFrames(page);
  assert.equal((await snapshot(page)).trainMode, false);
  assert.notEqual(await canvasPixels(page, 'diagram'), trainDrawing, 'Eval mode changed nothing on the diagram');
  assert.match(page.url(), /mode=eval/, 'the mode is in the link');

  await page.getByRole('radio', { name: 'Train mode' }).click();
  await nextFrames(page);
  assert.equal((await snapshot(page)).trainMode, true);
  assert.equal(await canvasPixels(page, 'diagram'), trainDrawing, 'back in Train mode, the same picture as before');
  assert.deepEqual(lab.consoleErrors, []);
});

test('every preset in the picker loads, trains and draws', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  const presets = await page.evaluate(() => window.lab.presets());
  assert.ok(presets.length >= 3, `only ${presets.length} presets`);
  const picker = page.getByRole('combobox', { name: 'Preset' });
  const options = await picker.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, presets.map((p) => p.name), 'the picker lists every preset');

  // Visit them in reverse so the default (first) is also loaded again from another preset.
  let previousData = await canvasPixels(page, 'data');
  for (const { name } of [...presets].reverse()) {
    await picker.selectOption(name);
    await pause(page);
    const loaded = await snapshot(page);
    assert.equal(loaded.preset, name, `picking ${name} loads it`);
    assert.equal(loaded.iteration, 0, `${name} starts from scratch`);
    assert.equal(await picker.inputValue(), name);
    assert.match(page.url(), new RegExp(`preset=${name}\\b`), `${name} is in the link`);

    assert.equal(await page.evaluate(() => window.lab.step(5)), 5, `${name} trains`);
    const trained = await snapshot(page);
    assert.ok(trained.runs.every((r) => Number.isFinite(r.trainLoss) && !r.diverged), `${name}: every run has a finite loss`);
    const canvases = await waitForDrawnCanvases(page);
    const blank = canvases.filter((c) => c.blank).map((c) => c.name);
    assert.deepEqual(blank, [], `${name}: blank canvases`);
    await nextFrames(page, 3);
    const data = await canvasPixels(page, 'data');
    assert.notEqual(data, previousData, `${name}: the data view still shows the previous preset`);
    previousData = data;
  }
  assert.equal(await page.getByRole('alert').count(), 0, 'no error banner');
  assert.deepEqual(lab.consoleErrors, []);
});
