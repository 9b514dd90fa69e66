// Drawing points on the data panels (#10): three clicks with a mouse and three taps with a
// finger each add three points, which the lab trains on (window.lab) and the link carries; the
// eraser and Clear take them away again.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

// Where to put three points: inside the first run's panel (its left third, below the title).
const SPOTS = [[0.08, 0.35], [0.15, 0.5], [0.22, 0.65]];

async function openPanel(browser, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(LAB_URL);
  await page.waitForFunction(() => window.lab);
  await page.evaluate(() => window.lab.pause());
  await page.click('#setup > summary');
  return { context, page, errors };
}

async function drawThree(page, press) {
  for (const [fx, fy] of SPOTS) {
    await page.locator('#data').scrollIntoViewIfNeeded();
    const box = await page.locator('#data').boundingBox();
    await press(box.x + box.width * fx, box.y + box.height * fy);
  }
  return page.evaluate(() => window.lab.setup());
}

test('points drawn by mouse and by touch reach the lab and the link', { timeout: 90_000 }, async () => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    const mouse = await openPanel(browser, { viewport: { width: 1366, height: 768 } });
    const { page } = mouse;
    await page.getByRole('button', { name: 'Class 1' }).click();
    let state = await drawThree(page, (x, y) => page.mouse.click(x, y));
    assert.equal(state.points.length, 3);
    assert.ok(state.points.every(([x, y, label, validation]) => Math.abs(x) <= 1.5 && Math.abs(y) <= 1.5 && label === 1 && !validation));
    assert.equal(state.train, 83, 'the preset\'s 80 points and three of our own');
    assert.match(page.url(), /[?&]points=[A-Za-z0-9_-]{12}(&|$)/);
    assert.match(await page.locator('#draw-count').textContent(), /^3 points of your own/);

    // The setup file carries the points as the link does, and loads them back.
    const encoded = new URL(page.url()).searchParams.get('points');
    await page.click('#export');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Setup (JSON, loads back)' }).click()]);
    const saved = await readFile(await download.path());
    assert.equal(JSON.parse(saved).settings.points, encoded);

    // Right-click on a point erases it; Clear takes the rest.
    await page.locator('#data').scrollIntoViewIfNeeded();
    const box = await page.locator('#data').boundingBox();
    await page.mouse.click(box.x + box.width * SPOTS[0][0], box.y + box.height * SPOTS[0][1], { button: 'right' });
    assert.equal((await page.evaluate(() => window.lab.setup())).points.length, 2);
    await page.getByRole('button', { name: 'Clear my points' }).click();
    state = await page.evaluate(() => window.lab.setup());
    assert.equal(state.points.length, 0);
    assert.doesNotMatch(page.url(), /points=/);
    await page.setInputFiles('#setup-file', { name: 'drawn.json', mimeType: 'application/json', buffer: saved });
    await page.waitForFunction(() => window.lab.setup().points.length === 3);
    assert.deepEqual(mouse.errors, []);

    const touch = await openPanel(browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await touch.page.getByLabel('Set new points go to').selectOption('val');
    state = await drawThree(touch.page, (x, y) => touch.page.touchscreen.tap(x, y));
    assert.equal(state.points.length, 3);
    assert.ok(state.points.every((p) => p[2] === 0 && p[3] === true), 'class 0, validation points');
    assert.equal(state.val, 203);
    assert.match(touch.page.url(), /[?&]points=[A-Za-z0-9_-]{12}(&|$)/);
    assert.deepEqual(touch.errors, []);
  } finally {
    await browser.close();
  }
});

// Strokes in fractions of the first panel's square (two runs at 1366×768: the middle of the
// canvas's left half, below the title): class 0 along the top left, class 1 along the bottom
// right, and a few points of each class on the other side (the "mislabelled" points a network
// without dropout memorises).
const STROKES = [
  ['Class 0', [[0.05, 0.45], [0.2, 0.25], [0.45, 0.2], [0.65, 0.3]]],
  ['Class 1', [[0.3, 0.75], [0.5, 0.8], [0.75, 0.7], [0.95, 0.5]]],
];
const STRAYS = [['Class 1', [0.3, 0.3]], ['Class 0', [0.7, 0.75]], ['Class 1', [0.15, 0.4]]];
const PANEL = { left: 0.14, width: 0.22, top: 0.16, height: 0.68 };

test('README picture: hand-drawn data racing p = 0 against p = 0.5', { timeout: 90_000 }, async () => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(new URL('?rates=0,0.5', LAB_URL).href);
    await page.waitForFunction(() => window.lab);
    await page.evaluate(() => window.lab.pause());
    await page.click('#setup > summary');
    // Picking a tool scrolls the page up to the button: find the canvas again after each.
    let box;
    const pick = async (tool) => {
      await page.getByRole('button', { name: tool, exact: true }).click();
      await page.locator('#data').scrollIntoViewIfNeeded();
      box = await page.locator('#data').boundingBox();
    };
    const at = ([fx, fy]) => [box.x + box.width * (PANEL.left + PANEL.width * fx), box.y + box.height * (PANEL.top + PANEL.height * fy)];
    for (const [tool, path] of STROKES) {
      await pick(tool);
      await page.mouse.move(...at(path[0]));
      await page.mouse.down();
      for (const spot of path.slice(1)) await page.mouse.move(...at(spot), { steps: 12 });
      await page.mouse.up();
    }
    for (const [tool, spot] of STRAYS) {
      await pick(tool);
      await page.mouse.click(...at(spot));
    }
    const drawn = (await page.evaluate(() => window.lab.setup())).points.length;
    assert.ok(drawn >= 12, `a drag paints a point every few steps (${drawn} points)`);
    await page.getByLabel('Dataset').selectOption('own');
    const state = await page.evaluate(() => window.lab.setup());
    assert.equal(state.data, 'own');
    assert.equal(state.train + state.val, drawn, 'only the drawn points');
    await page.click('#setup > summary');
    await page.evaluate(() => window.lab.step(400));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1500)));
    await page.evaluate(() => window.scrollTo(0, 0));
    await readmePicture(page, 'drawn');
  } finally {
    await browser.close();
  }
});
