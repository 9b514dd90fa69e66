// Every screen from a phone to a projector (#9): at each size the page never scrolls sideways,
// Play, Step, the preset and the Dropout-rate slider are on the page's width (reachable by
// scrolling down at most; Play near the top on a phone), every chart is big enough to read,
// nothing in the header is cut off, and the preset's note is read in full, not in a scrolled
// box. On a phone the slider is dragged by touch. Screenshots of each size are written as
// tests/page/screenshots/screen-<size>.tmp.png (git-ignored) to look at; the phone's window is
// the README's picture phone.png (see readme-picture.mjs).

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL, nextFrames } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

const SHOTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

// [name, CSS viewport, devicePixelRatio, touch]. 853×480 at 1.5 is a 1280×720 window at 150 % zoom.
const SCREENS = [
  ['phone', { width: 390, height: 844 }, 2, true],
  ['tablet', { width: 768, height: 1024 }, 2, true],
  ['1024x768', { width: 1024, height: 768 }, 1, false],
  ['1366x768', { width: 1366, height: 768 }, 1, false],
  ['zoom150', { width: 853, height: 480 }, 1.5, false],
  ['1920x1080', { width: 1920, height: 1080 }, 1, false],
  ['2560x1440', { width: 2560, height: 1440 }, 1, false],
];
const NARROW = new Set(['phone', 'tablet']);
const BIG = new Set(['1920x1080', '2560x1440']);

let browser;
before(async () => {
  browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
});
after(() => browser?.close());

/** The lab in a fresh context of this screen, paused after a few steps. */
async function openScreen([, viewport, deviceScaleFactor, touch], query = '') {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch: touch, isMobile: touch });
  // Offline, as everywhere in these tests: only the local server answers.
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${LAB_URL}${query}`);
  await page.waitForFunction(() => window.lab, null, { timeout: 20_000 });
  await page.evaluate(async () => {
    await window.lab.pause();
    await window.lab.step(40);
  });
  await nextFrames(page, 4);
  return { context, page, errors };
}

/** Everything this test measures, in CSS px of the window. */
function measure(page) {
  return page.evaluate(() => {
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height };
    };
    const byId = (id) => box(document.getElementById(id));
    const note = document.getElementById('note');
    const status = document.getElementById('status');
    return {
      width: innerWidth,
      height: innerHeight,
      scrollWidth: document.documentElement.scrollWidth,
      controls: Object.fromEntries(['play', 'step', 'preset', 'rate'].map((id) => [id, byId(id)])),
      header: [...document.querySelector('.bar').children].filter((el) => !el.hidden).map((el) => ({ what: el.id || el.className || el.tagName, ...box(el) })),
      statusCut: status.scrollWidth > status.clientWidth + 1,
      canvases: Object.fromEntries([...document.querySelectorAll('canvas')].map((c) => [c.id, box(c)])),
      note: { scrolls: note.scrollHeight > note.clientHeight + 1, fontPx: parseFloat(getComputedStyle(note).fontSize), chars: note.textContent.length },
    };
  });
}

for (const screen of SCREENS) {
  const [name] = screen;
  test(`${name}: nothing sideways, key controls reachable, charts big enough, the note in full`, { timeout: 60_000 }, async () => {
    const { context, page, errors } = await openScreen(screen);
    try {
      const m = await measure(page);
      assert.ok(m.scrollWidth <= m.width, `${name}: the page is ${m.scrollWidth} px wide in a ${m.width} px window`);
      for (const [id, b] of Object.entries(m.controls)) {
        assert.ok(b.width > 0 && b.left >= 0 && b.right <= m.width, `${name}: #${id} is not within the window's width: ${JSON.stringify(b)}`);
      }
      for (const item of m.header) {
        assert.ok(item.left >= 0 && item.right <= m.width + 0.5, `${name}: ${item.what} in the header is cut off: ${JSON.stringify(item)}`);
      }
      assert.ok(!m.statusCut, `${name}: the status is cut short`);
      if (NARROW.has(name)) {
        assert.ok(m.controls.play.bottom <= m.height / 4, `${name}: Play is not near the top: ${JSON.stringify(m.controls.play)}`);
      }
      for (const [id, b] of Object.entries(m.canvases)) {
        const minWidth = NARROW.has(name) ? 0.9 * m.width : 300;
        assert.ok(b.width >= minWidth, `${name}: #${id} is ${b.width} px wide (at least ${minWidth})`);
        assert.ok(b.height >= 180, `${name}: #${id} is ${b.height} px tall`);
      }
      if (BIG.has(name)) {
        // The charts grow with the screen: together they take most of the window's height.
        const charts = m.canvases.loss.height + m.canvases.data.height;
        assert.ok(charts >= 0.75 * m.height, `${name}: loss + data charts are ${charts} px tall in ${m.height}`);
        assert.ok(m.canvases.loss.width >= 0.5 * m.width, `${name}: the loss chart is ${m.canvases.loss.width} px wide`);
        assert.ok(m.note.fontPx >= 15, `${name}: the note is ${m.note.fontPx} px`);
      }
      assert.ok(m.note.chars > 200, 'the preset has a note');
      assert.ok(!m.note.scrolls, `${name}: the note scrolls inside its box`);
      assert.ok(m.note.fontPx >= 13, `${name}: the note is ${m.note.fontPx} px`);
      await mkdir(SHOTS, { recursive: true });
      await page.screenshot({ path: path.join(SHOTS, `screen-${name}.tmp.png`), fullPage: true });
      if (name === 'phone') await readmePicture(page, 'phone');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('phone: the Dropout-rate slider is dragged by touch', { timeout: 60_000 }, async () => {
  const { context, page, errors } = await openScreen(SCREENS[0]);
  try {
    const slider = page.locator('#rate');
    await slider.scrollIntoViewIfNeeded();
    const b = await slider.boundingBox();
    const before = await page.evaluate(() => Number(document.getElementById('rate').value));
    // A finger drag from the thumb to 10 % of the track, as real touch events.
    const cdp = await context.newCDPSession(page);
    const y = b.y + b.height / 2;
    const at = (v) => b.x + (b.width * v) / 0.9;
    const touch = (type, x) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', at(before));
    for (const v of [0.4, 0.3, 0.2, 0.1]) await touch('touchMove', at(v));
    await touch('touchEnd');
    await nextFrames(page, 3);
    const after = await page.evaluate(() => {
      const s = window.lab.snapshot();
      return { value: Number(document.getElementById('rate').value), lab: s.runs[s.focused].dropRates.at(-1) };
    });
    assert.ok(after.value < before && after.value <= 0.2, `the slider went from ${before} to ${after.value}`);
    assert.ok(Math.abs(after.lab - after.value) < 1e-6, `the focused run's rate is ${after.lab}, the slider says ${after.value}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
