// The transport buttons, found by their accessible names as a screen reader user would:
// Play trains, Pause stops, Step advances exactly one iteration, Reset starts over. And the lab
// trains with every request outside 127.0.0.1 blocked: nothing is fetched from a CDN.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames, openLab, snapshot } from './harness.mjs';

const iteration = async (page) => (await snapshot(page)).iteration;

/** Waits until training has moved the lab past `iterations` (the animation loop trains). */
function waitForIterationAbove(page, iterations) {
  return page.waitForFunction((n) => window.lab.snapshot().iteration > n, iterations, { timeout: 20_000, polling: 50 });
}

test('the lab trains offline: Play advances it with every non-local request blocked', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  assert.equal(await iteration(page), 0, 'the lab opens paused at iteration 0');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForIterationAbove(page, 10);
  const snap = await snapshot(page);
  assert.ok(snap.runs.every((r) => Number.isFinite(r.trainLoss) && Number.isFinite(r.valLoss)), 'every run has losses');
  assert.deepEqual(lab.blocked, [], 'the page asked for something outside 127.0.0.1');
  assert.deepEqual(lab.consoleErrors, []);
});

test('Play, Pause, Step and Reset do what they say', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  const play = page.getByRole('button', { name: 'Play' });
  await play.click();
  await waitForIterationAbove(page, 5);
  assert.equal(await page.evaluate(() => window.lab.playing), true);

  // While playing the same button is Pause (and says so to assistive technology).
  const pauseButton = page.getByRole('button', { name: 'Pause' });
  assert.equal(await pauseButton.getAttribute('aria-pressed'), 'true');
  await pauseButton.click();
  assert.equal(await page.evaluate(() => window.lab.playing), false);
  // Training is the engine's (#18): what it did before it heard of the pause arrives after.
  await sync(page);
  const paused = await iteration(page);
  await nextFrames(page, 10);
  assert.equal(await iteration(page), paused, 'no training while paused');
  await expectButton(page, 'Play');

  const step = page.getByRole('button', { name: 'Step' });
  await step.click();
  await sync(page);
  assert.equal(await iteration(page), paused + 1, 'Step trains exactly one iteration');
  await step.click();
  await step.click();
  await sync(page);
  assert.equal(await iteration(page), paused + 3, 'three Steps, three iterations');
  await nextFrames(page, 5);
  assert.equal(await iteration(page), paused + 3, 'Step does not start playing');

  const beforeReset = await snapshot(page);
  assert.ok(beforeReset.runs.every((r) => r.steps > 0 && r.trainLoss !== null), 'runs have a history before Reset');
  await page.getByRole('button', { name: 'Reset' }).click();
  const after = await snapshot(page);
  assert.equal(after.iteration, 0, 'Reset goes back to iteration 0');
  assert.equal(after.epoch, 0);
  assert.deepEqual(after.masks, [], 'no mask before the first step');
  for (const run of after.runs) {
    assert.equal(run.steps, 0);
    assert.equal(run.trainLoss, null, 'history emptied');
    assert.equal(run.valLoss, null, 'history emptied');
    assert.equal(run.bestValLoss, null, 'history emptied');
  }
  assert.deepEqual(after.runs.map((r) => r.dropRates), beforeReset.runs.map((r) => r.dropRates), 'Reset keeps the rates');

  // Play after Reset trains again from zero.
  await play.click();
  await waitForIterationAbove(page, 3);
  assert.deepEqual(lab.consoleErrors, []);
});

/** Waits until the page shows what the engine did with every click so far (#18). */
function sync(page) {
  return page.evaluate(() => window.lab.sync());
}

async function expectButton(page, name) {
  assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1, `a button named ${name}`);
}

test('Step after pausing mid-way through a lockstep step still advances exactly one iteration', { timeout: 60_000 }, async (t) => {
  // At full speed a lockstep step (one minibatch for every run) may be spread over frames, one
  // run at a time; pausing can land in the middle of one. Step must finish it and count it.
  const lab = await openLab(t);
  const { page } = lab;
  for (let round = 0; round < 6; round++) {
    await page.evaluate(() => window.lab.play());
    await nextFrames(page, 3 + round);
    await page.evaluate(() => window.lab.pause());
    const before = await iteration(page);
    await page.getByRole('button', { name: 'Step' }).click();
    await sync(page);
    assert.equal(await iteration(page), before + 1, `round ${round}: Step trains exactly one iteration`);
    const runs = (await snapshot(page)).runs.map((r) => r.steps);
    assert.ok(runs.every((s) => s === runs[0]), `round ${round}: every run has trained as often (${runs})`);
  }
  assert.deepEqual(lab.consoleErrors, []);
});
