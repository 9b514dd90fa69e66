// Bad input never breaks the lab, and it is never silent: a visible message (role=alert) says
// what was wrong, and training goes on. A diverging run is marked as such; a crash of the Rust
// engine (a panic) restarts it with the same settings.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, openLab, pause, snapshot } from './harness.mjs';

const DEFAULT_RATES = [
  [0, 0, 0],
  [0, 0.2, 0.2],
  [0, 0.5, 0.5],
];

async function typeLearningRate(page, value) {
  const box = page.getByRole('spinbutton', { name: 'Learning rate' });
  await box.fill(value);
  await box.press('Enter');
  return box;
}

test('a broken link names the bad settings and the lab loads with defaults', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'seed=abc&rates=2,0.5&preset=nope&bogus=1' });
  const { page } = lab;
  await pause(page);
  const message = await bannerText(page);
  assert.ok(message, 'no message about the broken link');
  for (const bad of ['seed', 'rates', 'preset', 'bogus']) {
    assert.ok(message.includes(bad), `the message does not name '${bad}': ${message}`);
  }
  const snap = await snapshot(page);
  assert.equal(snap.preset, 'moons', 'the default preset');
  assert.deepEqual(snap.runs.map((r) => r.dropRates), DEFAULT_RATES, 'the default rates');
  assert.equal(await page.getByRole('spinbutton', { name: 'Seed' }).inputValue(), '2', 'the default seed');
  assert.equal(await page.evaluate(() => window.lab.step(3)), 3, 'the lab trains');
  assert.deepEqual(lab.consoleErrors, []);
});

test('an absurd learning rate is refused with a message and training goes on', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  assert.equal(await bannerText(page), null, 'no message before the mistake');
  const inUse = await page.getByRole('spinbutton', { name: 'Learning rate' }).inputValue();
  const box = await typeLearningRate(page, '1e9');
  const message = await bannerText(page);
  assert.match(message ?? '', /learning rate/i, `the message should be about the learning rate: ${message}`);
  assert.equal(await box.inputValue(), inUse, 'the box goes back to the rate in use');
  assert.equal(await page.evaluate(() => window.lab.step(5)), 5, 'the lab still trains');
  const snap = await snapshot(page);
  assert.ok(snap.runs.every((r) => Number.isFinite(r.trainLoss) && !r.diverged), 'with the old, sane rate');

  await page.getByRole('button', { name: 'Dismiss message' }).click();
  assert.equal(await bannerText(page), null, 'the message can be dismissed');
  assert.deepEqual(lab.consoleErrors, []);
});

// The core accepts learning rates up to 10. Adam's bounded steps keep the loss finite even there,
// but on the wiggle preset they throw the network hundreds of thousands of times further off than a
// blind guess within a few epochs: a divergence, which must be marked in the snapshot and in the
// runs list.
test('a learning rate that makes training diverge marks the runs diverged', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=wiggle' });
  const { page } = lab;
  await pause(page);
  assert.equal((await snapshot(page)).preset, 'wiggle');
  await typeLearningRate(page, '10');
  assert.equal(await bannerText(page), null, 'lr = 10 is allowed, so no message yet');
  await page.evaluate(() => window.lab.step(20));
  const snap = await snapshot(page);
  const diverged = snap.runs.filter((r) => r.diverged);
  assert.ok(diverged.length > 0, `no run diverged at lr = 10: ${JSON.stringify(snap.runs.map((r) => r.lastBatchLoss))}`);
  for (const run of diverged) assert.match(run.divergedReason ?? '', /learning rate/, 'the reason suggests a fix');

  // The runs list refreshes a few times a second.
  const runs = page.getByRole('list', { name: 'Runs' });
  await page.waitForFunction(() => document.getElementById('runs').textContent.includes('diverged'), null, { timeout: 5_000 });
  const rows = await runs.getByRole('listitem').allTextContents();
  snap.runs.forEach((run, i) => {
    assert.equal(rows[i].includes('diverged'), run.diverged, `row ${i + 1} "${rows[i]}" vs diverged=${run.diverged}`);
  });
  assert.deepEqual(lab.consoleErrors, []);
});

test('a Rust panic restarts the engine with the same settings and the lab goes on', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=wiggle&seed=7' });
  const { page } = lab;
  await pause(page);
  // Settings changed on the page after loading, not only those of the link.
  await page.getByRole('button', { name: 'Add rate' }).click();
  await typeLearningRate(page, '0.02');
  await page.locator('#runs li .run-label').nth(0).click();
  await page.evaluate(() => window.lab.step(10));
  const before = await snapshot(page);
  assert.equal(before.runs.length, 4);

  await page.evaluate(() => window.lab.debugPanic());
  const message = await bannerText(page);
  assert.match(message ?? '', /crashed.*restarted/, `no crash message: ${message}`);
  // The panic itself is reported on the console; that is expected here, so no console check.

  const after = await snapshot(page);
  assert.equal(after.preset, 'wiggle');
  assert.equal(await page.getByRole('spinbutton', { name: 'Seed' }).inputValue(), '7');
  assert.deepEqual(after.runs.map((r) => r.dropRates), before.runs.map((r) => r.dropRates), 'the runs survive the restart');
  assert.equal(after.focused, before.focused, 'the focused run survives the restart');
  assert.equal(await page.getByRole('spinbutton', { name: 'Learning rate' }).inputValue(), '0.02', 'the learning rate survives');

  const iteration = after.iteration;
  assert.equal(await page.evaluate(() => window.lab.step(5)), 5, 'the restarted engine trains');
  assert.equal((await snapshot(page)).iteration, iteration + 5);
  assert.ok((await snapshot(page)).runs.every((r) => Number.isFinite(r.trainLoss)));
});

test('a browser without WebAssembly SIMD is told what to do, not shown a compiler error', { timeout: 60_000 }, async (t) => {
  // Simulated: the page's feature probe is refused, as an older Safari would refuse it.
  const lab = await openLab(t, {
    waitForLab: false,
    initScript: () => {
      const validate = WebAssembly.validate;
      WebAssembly.validate = (bytes) => (bytes.length < 64 ? false : validate(bytes));
    },
  });
  const { page } = lab;
  await page.getByRole('alert').waitFor({ state: 'visible', timeout: 20_000 });
  assert.match(await bannerText(page), /could not start: this browser lacks WebAssembly SIMD.*Please update it \(Safari 16\.4/);
  assert.equal(await page.evaluate(() => typeof window.lab), 'undefined', 'no half-started lab');
});
