// The guided lesson (#13): walked with Next and Reveal only, each step builds the lab its table
// entry asks for (preset, runs and their rates, focus, speed, view, the note), and Reveal does
// what the step says and outlines elements the class can see without scrolling: at 1366×768 and
// in Present mode. The link's lesson=N reopens step N; Esc and × leave with the lab as it is.
// The README's picture of a reveal is tests/page/screenshots/lesson.png.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STEPS } from '../../www/lab/lesson-steps.js';
import { VIEWPORT, nextFrames, sharedLab, snapshot } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

// Pictures to look at (git-ignored), beside the README's.
const shot = (name) => fileURLToPath(new URL(`./screenshots/${name}.tmp.png`, import.meta.url));
// One browser for the file; each test opens its own link in it.
const lab = sharedLab();

/** The lab at `query`, at 1366×768. */
async function open(query = '') {
  const { page } = lab;
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${new URL(`?${query}`, lab.url)}`);
  await page.waitForFunction(() => window.lab?.lesson, null, { timeout: 20_000 });
  return page;
}

const lesson = (page) => page.evaluate(() => window.lab.lesson());
const linkParam = (page, key) => page.evaluate((k) => new URL(location.href).searchParams.get(k), key);

/** Each spotted element: outlined, on screen, and not hidden under the lesson card. */
function spotsInView(page) {
  return page.evaluate(() => {
    const card = document.getElementById('lesson').getBoundingClientRect();
    return window.lab.lesson().spots.map((spot) => {
      const el = spot.startsWith('#') ? document.querySelector(spot) : document.getElementById('runs').children[Number(spot.split(':')[1])];
      const r = el.getBoundingClientRect();
      const outlined = getComputedStyle(el).outlineStyle !== 'none';
      const inView = r.width > 0 && r.height > 0 && r.top >= card.bottom - 1 && r.left >= 0 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
      return { spot, outlined, inView, rect: [r.left, r.top, r.right, r.bottom].map(Math.round), card: Math.round(card.bottom) };
    });
  });
}

/** Walks every shown step with the card's buttons; checks setup, reveal and spots. */
async function walk(page, where, present = false) {
  await page.locator('#lesson-open').click();
  const { steps } = await lesson(page);
  const shown = [];
  for (let n = 1; n <= steps; n++) {
    const now = await lesson(page);
    const step = STEPS[now.entry];
    assert.equal(step.title, now.titleId, `${where}: step ${n}`);
    shown.push(step.title);
    assert.deepEqual([now.step, now.revealed], [n, false], `${where}: ${step.title}`);
    assert.equal(await linkParam(page, 'lesson'), String(n), 'the link holds the step');
    const snap = await snapshot(page);
    const setup = step.setup;
    if (setup.rates) assert.deepEqual(snap.runs.map((r) => r.dropRates.slice(1).map((p) => Math.round(p * 100) / 100)), setup.rates.map((p) => snap.layers.slice(1, -1).map(() => p)), `${step.title}: runs`);
    for (const run of snap.runs) assert.equal(run.dropRates[0], 0, 'no input dropout');
    if (setup.hidden) assert.deepEqual(snap.layers.slice(1, -1), setup.hidden, `${step.title}: hidden layers`);
    if (setup.focus !== undefined) assert.equal(snap.focused, setup.focus, `${step.title}: focus`);
    assert.equal(snap.iteration, 0, `${step.title}: a fresh race`);
    assert.equal(await linkParam(page, 'speed'), String(setup.speed ?? 6), `${step.title}: speed`);
    assert.equal(await linkParam(page, 'mode'), null, `${step.title}: train view`);
    assert.equal(await page.locator('#note').isVisible(), Boolean(setup.note), `${step.title}: the note shows only when the step needs it`);
    assert.equal(await page.locator('#lesson-answer').isVisible(), false, 'the answer waits for Reveal');

    await page.locator('#lesson-reveal').click();
    await nextFrames(page, 3);
    const after = await lesson(page);
    assert.equal(after.revealed, true);
    assert.equal(await page.locator('#lesson-answer').isVisible(), true);
    if (step.reveal === 'step') {
      // The step is the engine's: its answer comes when it comes (three frames were not always
      // enough on a loaded machine), and then it is exactly one.
      await page.waitForFunction(() => window.lab.snapshot().iteration > 0, null, { timeout: 20_000 });
      await nextFrames(page, 3);
      assert.equal((await snapshot(page)).iteration, 1, 'Reveal took one step');
    }
    // A small network can finish its story (and pause) within those frames.
    if (step.reveal === 'play') assert.ok((await page.evaluate(() => window.lab.playing)) || (await snapshot(page)).iteration > 0, `${step.title}: Reveal plays`);
    if (step.reveal === 'eval') assert.equal(await linkParam(page, 'mode'), 'eval', 'Reveal shows Eval mode');
    assert.equal(after.spots.length, step.spot.length);
    // Every spot is outlined; on a laptop all are in view below the card, in Present mode (big
    // type, a window-high diagram) at least the first, the one the answer is about.
    const spots = await spotsInView(page);
    spots.forEach((spot, i) => {
      assert.ok(spot.outlined, `${where}, ${step.title}: ${spot.spot} outlined`);
      if (i === 0 || !present) assert.ok(spot.inView, `${where}, ${step.title}: ${JSON.stringify(spot)} in view below the card`);
    });
    await page.locator('#lesson-next').click();
  }
  assert.equal((await lesson(page)).open, false, 'Finish leaves the lesson');
  assert.equal(await linkParam(page, 'lesson'), null);
  return shown;
}

test('the lesson walks through with Next and Reveal, at 1366×768 and in Present mode', { timeout: 180_000 }, async () => {
  const page = await open();
  const shown = await walk(page, '1366×768');
  // The steps that need no panel come first, all of them.
  assert.deepEqual(shown.slice(0, 7), STEPS.filter((s) => !s.when).map((s) => s.title));

  await page.locator('#present').click();
  await walk(page, 'Present', true);
});

test('lesson=N reopens step N; keys move on; Esc leaves with the lab as it is', { timeout: 90_000 }, async () => {
  const page = await open('lesson=6');
  let now = await lesson(page);
  assert.deepEqual([now.open, now.step, now.title], [true, 6, 'Too much dropout underfits']);
  assert.deepEqual((await snapshot(page)).layers.slice(1, -1), [16, 16], 'the link built step 6\'s lab');

  // A clicker's PageDown (or N) reveals, then moves on; PageUp (or B) goes back.
  await page.keyboard.press('PageDown');
  assert.equal((await lesson(page)).revealed, true);
  await page.screenshot({ path: shot('lesson-underfit') });
  await page.keyboard.press('n');
  assert.equal((await lesson(page)).step, 7);
  await page.keyboard.press('b');
  assert.equal((await lesson(page)).step, 6);

  // Leaving keeps the race running, its runs and the link's settings; only lesson= goes. (At
  // one step a second, so the race is still running when Esc comes.)
  await page.evaluate(() => window.lab.setSpeed(0));
  await page.keyboard.press('n');
  const before = await snapshot(page);
  await page.keyboard.press('Escape');
  now = await lesson(page);
  assert.equal(now.open, false);
  assert.equal(await page.locator('#lesson').isVisible(), false);
  assert.equal(await page.evaluate(() => window.lab.playing), true, 'still playing');
  assert.deepEqual((await snapshot(page)).runs.map((r) => r.dropRates), before.runs.map((r) => r.dropRates));
  assert.equal(await linkParam(page, 'lesson'), null);
  assert.equal(await page.locator('.lesson-spot').count(), 0, 'no outline left behind');
  assert.equal(await page.locator('#note').isVisible(), true, 'the note is back');
  // With the lesson closed PageDown is the browser's again, and N does nothing.
  await page.keyboard.press('n');
  assert.equal((await lesson(page)).open, false);
});

test('a reveal on a laptop and on a phone (README picture)', { timeout: 90_000 }, async () => {
  const page = await open('lesson=5');
  await page.locator('#lesson-reveal').click();
  await page.waitForFunction(() => !window.lab.playing, null, { timeout: 60_000, polling: 250 });
  await nextFrames(page, 4);
  await readmePicture(page, 'lesson');
  await page.setViewportSize({ width: 390, height: 844 });
  await nextFrames(page, 4);
  await page.locator('#loss').scrollIntoViewIfNeeded();
  for (const spot of await spotsInView(page)) {
    if (spot.spot === '#loss') assert.ok(spot.inView, `phone: ${JSON.stringify(spot)}`);
  }
  await page.screenshot({ path: shot('lesson-phone') });
});

test('steps 8 and 9 follow the inside panel and the Rivals preset, and go when they do', { timeout: 60_000 }, async () => {
  const page = await open();
  // This page has both (#12, #13): the whole lesson.
  assert.equal((await lesson(page)).steps, 9);
  await page.locator('#lesson-open').click();
  for (let n = 1; n < 8; n++) await page.locator('#lesson-next').click();
  await page.locator('#lesson-reveal').click();
  let now = await lesson(page);
  assert.deepEqual([now.step, now.title, now.spots], [8, 'Why it works', ['#inside']]);
  await page.locator('#lesson-next').click();
  now = await lesson(page);
  assert.equal(now.title, 'Dropout vs L2 vs batch norm');
  assert.equal(await page.evaluate(() => window.lab.snapshot().preset), 'rivals');
  await page.locator('#lesson-close').click();
  // A page without the inside views (an older build, a trimmed embed) leaves its step out.
  await page.evaluate(() => document.getElementById('inside').remove());
  assert.equal((await lesson(page)).steps, 8);
});
