// While training, each frame redraws only one out-of-date canvas (src/core/redraw.rs). These
// tests hold the page to what that promises a viewer: once paused, every canvas shows the last
// step (a full redraw changes no pixel), and the hover read-out appears and goes away on the
// loss chart alone.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canvasPixels, nextFrames, openLab, pause, snapshot } from './harness.mjs';

const CANVASES = ['diagram', 'loss', 'data'];
const pixels = async (page) => Object.fromEntries(await Promise.all(CANVASES.map(async (id) => [id, await canvasPixels(page, id)])));

/** Lets the page catch up: data panels refresh at most every 300 ms, one per frame. */
async function settle(page) {
  await page.waitForTimeout(800);
  await nextFrames(page, 6);
}

test('when the story ends and the lab pauses itself, every canvas shows the last step: a full redraw changes no pixel', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: { rates: '0,0.2,0.5,0.8', speed: '6' } });
  const { page } = lab;
  // The default preset pauses itself once at the end of its story (300 epochs): no viewer
  // action follows, so only the frame loop's own bookkeeping can finish the picture.
  await page.evaluate(() => window.lab.play());
  await page.waitForFunction(() => window.lab.snapshot().epoch >= 300 && !window.lab.playing, null, { timeout: 40_000 });
  const paused = (await snapshot(page)).iteration;
  await settle(page);
  const before = await pixels(page);
  // A resize makes the page redraw all three canvases from the lab's current state.
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await nextFrames(page, 3);
  const after = await pixels(page);
  assert.equal((await snapshot(page)).iteration, paused, 'nothing trained while paused');
  for (const id of CANVASES) {
    assert.ok(before[id] === after[id], `#${id} was not showing the last step when the lab paused`);
  }
  assert.deepEqual(lab.consoleErrors, []);
});

test('hovering the loss chart shows a read-out there and nowhere else; leaving restores it', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.evaluate(() => window.lab.step(40));
  await settle(page);
  const plain = await pixels(page);
  const box = await page.locator('#loss').boundingBox();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await nextFrames(page, 3);
  const hovered = await pixels(page);
  assert.ok(hovered.loss !== plain.loss, 'the loss chart shows the hover read-out');
  assert.ok(hovered.diagram === plain.diagram && hovered.data === plain.data, 'only the loss chart changed');
  await page.mouse.move(box.x - 40, box.y - 40);
  await nextFrames(page, 3);
  assert.ok((await pixels(page)).loss === plain.loss, 'the read-out is gone when the mouse leaves');
  assert.deepEqual(lab.consoleErrors, []);
});
