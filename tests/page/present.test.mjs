// Present mode for the back row of a classroom (#9): the #present button makes the note's type,
// the loss curves and the dropped units' crosses bigger on the same lab (same masks, same
// curves), writes present=1 into the link, and a link with present=1 opens in Present mode.
// The README's Present-mode picture is tests/page/screenshots/present.png (see readme-picture.mjs).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames, openLab, pause } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

/** What Present mode should make bigger, measured in the page's pixels. */
function measure(page) {
  return page.evaluate(() => {
    // Pixels of a canvas's backing store close to an RGB colour.
    const count = (id, [r, g, b]) => {
      const canvas = document.getElementById(id);
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b) < 24) n++;
      }
      return n;
    };
    const loss = document.getElementById('loss');
    return {
      on: document.documentElement.classList.contains('present'),
      pressed: document.getElementById('present').getAttribute('aria-pressed'),
      noteFontPx: parseFloat(getComputedStyle(document.getElementById('note')).fontSize),
      // Grey fill of dropped units (palette::DROPPED): their total area in the diagram.
      droppedPx: count('diagram', [0xc8, 0xc8, 0xc8]),
      // The first run's blue per CSS px of chart width: how thick its two curves are drawn.
      bluePerPx: count('loss', [0x00, 0x72, 0xb2]) / loss.getBoundingClientRect().width,
      link: new URL(location.href).searchParams.get('present'),
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

test('Present makes type, curves and crosses bigger, and lives in the link', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await page.setViewportSize({ width: 1920, height: 1080 });
  await pause(page);
  await page.evaluate(() => window.lab.step(150));
  await nextFrames(page, 4);
  const plain = await measure(page);
  assert.equal(plain.on, false);
  assert.equal(plain.link, null, 'no present key in the link until it is switched on');

  await page.locator('#present').click();
  await nextFrames(page, 4);
  const present = await measure(page);
  assert.equal(present.on, true);
  assert.equal(present.pressed, 'true');
  assert.equal(present.link, '1', 'the link says present=1');
  assert.ok(present.noteFontPx >= 1.25 * plain.noteFontPx, `note ${plain.noteFontPx} px → ${present.noteFontPx} px`);
  // Same masks: the dropped units' grey area grows with the square of their size.
  assert.ok(plain.droppedPx > 0, 'the diagram shows dropped units');
  assert.ok(present.droppedPx >= 2 * plain.droppedPx, `dropped units' grey: ${plain.droppedPx} px → ${present.droppedPx} px`);
  assert.ok(present.bluePerPx >= 1.15 * plain.bluePerPx, `curve ink per px of width: ${plain.bluePerPx.toFixed(2)} → ${present.bluePerPx.toFixed(2)}`);
  assert.ok(present.scrollWidth <= 1920, `the page is ${present.scrollWidth} px wide`);
  await readmePicture(page, 'present');

  // Opened from its link, the lab is in Present mode; the button switches it off again.
  await page.reload();
  await page.waitForFunction(() => window.lab);
  await pause(page);
  assert.equal((await measure(page)).on, true, 'present=1 in the link opens Present mode');
  await page.locator('#present').click();
  const off = await measure(page);
  assert.equal(off.on, false);
  assert.equal(off.link, null);
  assert.deepEqual(lab.consoleErrors, []);
});

test('Fullscreen goes full screen or says why it cannot', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await page.locator('#fullscreen').click();
  await page.waitForFunction(
    () => document.fullscreenElement || !document.getElementById('banner').hidden,
    null,
    { timeout: 5_000 },
  );
  const state = await page.evaluate(() => ({
    full: Boolean(document.fullscreenElement),
    banner: document.getElementById('banner').hidden ? '' : document.getElementById('banner-text').textContent,
  }));
  assert.ok(state.full || /full screen/i.test(state.banner), JSON.stringify(state));
  assert.deepEqual(lab.consoleErrors, []);
});
