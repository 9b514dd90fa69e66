// One screen on a projector: the lab's charts fit its window without scrolling sideways, also
// after the window is resized and while a message is shown. (The 1366×768 fit after a full run is checked in
// screenshot.test.mjs.)

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames, openLab, pause } from './harness.mjs';

function pageSize(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: innerWidth,
    height: innerHeight,
    // How much of its panel's width each canvas uses (1 = all of it, inside the padding).
    canvasShare: Object.fromEntries(
      [...document.querySelectorAll('canvas')].map((c) => {
        const panel = c.parentElement;
        const inner = panel.clientWidth - parseFloat(getComputedStyle(panel).paddingLeft) - parseFloat(getComputedStyle(panel).paddingRight);
        return [c.id, Number((c.getBoundingClientRect().width / inner).toFixed(3))];
      }),
    ),
  }));
}

test(
  'after the window is resized the canvases fill their panels and nothing scrolls sideways',
  { timeout: 60_000 },
  async (t) => {
    const lab = await openLab(t);
    const { page } = lab;
    await pause(page);
    await page.evaluate(() => window.lab.step(5));
    for (const viewport of [{ width: 1200, height: 768 }, { width: 1600, height: 900 }]) {
      await page.setViewportSize(viewport);
      await nextFrames(page, 3);
      const size = await pageSize(page);
      assert.ok(size.scrollWidth <= size.width, `${viewport.width} px window: the page is ${size.scrollWidth} px wide`);
      for (const [id, share] of Object.entries(size.canvasShare)) {
        assert.ok(share > 0.97 && share <= 1.001, `${viewport.width} px window: #${id} uses ${share} of its panel's width`);
      }
    }
    assert.deepEqual(lab.consoleErrors, []);
  },
);

test(
  'with a message shown the page still fits 1366×768',
  { timeout: 60_000 },
  async (t) => {
    const lab = await openLab(t, { query: 'preset=nope' });
    const { page } = lab;
    await pause(page);
    assert.ok(await page.getByRole('alert').isVisible(), 'the bad preset name is reported');
    await nextFrames(page, 3);
    const size = await pageSize(page);
    // The message overlays the page: the charts stay on the first screen (only the preset's
    // note may continue below it).
    const lowest = await page.evaluate(() => Math.max(...['diagram', 'loss', 'data', 'play', 'rate'].map((id) => document.getElementById(id).getBoundingClientRect().bottom)));
    assert.ok(lowest <= size.height, `the charts end at ${lowest} px in a ${size.height} px window`);
    assert.ok(size.scrollWidth <= size.width, `the page is ${size.scrollWidth} px wide in a ${size.width} px window`);
  },
);
