// Sweeps (#11) on a pool of Web Workers: a default p-sweep runs to the end and draws a U; Cancel
// stops every worker; a sweep goes on while the lab plays; a failing worker is reported and its
// run goes to the others. One browser for the file.

import assert from 'node:assert/strict';
import test from 'node:test';
import { canvasReport, openLab } from './harness.mjs';
import { readmePicture } from './readme-picture.mjs';

const SWEEP_TIMEOUT_MS = 240_000;

async function sweepTo(page, { seeds, options = {} }) {
  await page.fill('#sweep-seeds', String(seeds));
  await page.evaluate((o) => window.lab.sweep.run(o), options);
}

const finished = (page) =>
  page.waitForFunction(() => !window.lab.sweep.running(), null, { timeout: SWEEP_TIMEOUT_MS, polling: 250 });

test('sweeps on workers', { timeout: 4 * SWEEP_TIMEOUT_MS }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;

  await t.test('Cancel stops every worker', async () => {
    await sweepTo(page, { seeds: 3 });
    await page.waitForFunction(() => window.lab.sweep.workers() > 0);
    let deadline = Date.now() + 10_000;
    while (sweepWorkers(page) === 0 && Date.now() < deadline) await page.waitForTimeout(100);
    assert.ok(sweepWorkers(page) > 0, 'the sweep runs on workers');
    await page.click('#sweep-cancel');
    assert.equal(await page.evaluate(() => window.lab.sweep.running()), false);
    deadline = Date.now() + 10_000;
    while (sweepWorkers(page) > 0 && Date.now() < deadline) await page.waitForTimeout(100);
    assert.equal(sweepWorkers(page), 0, 'every worker was terminated');
    assert.match(await page.textContent('#sweep-status'), /^Cancelled/);
    assert.equal(await page.isDisabled('#sweep-run'), false);
  });

  await t.test('a failing worker is reported and the sweep finishes without it', async () => {
    await sweepTo(page, { seeds: 1, options: { failNext: 1 } });
    await finished(page);
    const result = await page.evaluate(() => window.lab.sweep.result());
    assert.equal(result.done, result.jobs, 'every run was trained by the other workers');
    assert.equal((await page.evaluate(() => window.lab.sweep.failures())).length, 1);
    assert.ok(await page.isVisible('#sweep-failure'));
    assert.match(await page.textContent('#sweep-failure'), /worker failed/);
  });

  await t.test('a sweep keeps running while the lab plays, on one core fewer', async () => {
    await page.evaluate(() => window.lab.play());
    const before = await page.evaluate(() => window.lab.snapshot().iteration);
    await sweepTo(page, { seeds: 1 });
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    await page.waitForFunction(() => window.lab.sweep.workers() > 0);
    assert.equal(await page.evaluate(() => window.lab.sweep.workers()), Math.max(1, cores - 1));
    // Runs finish while the lab trains: two show it (the sweeps before and after this one run
    // to their end; this one is cancelled then, rather than training eight more runs).
    await page.waitForFunction(() => window.lab.sweep.result().done >= 2, null, { timeout: SWEEP_TIMEOUT_MS, polling: 250 });
    const after = await page.evaluate(() => window.lab.snapshot().iteration);
    assert.ok(after > before, `the lab trained on during the sweep (${before} -> ${after})`);
    await page.click('#sweep-cancel');
    await page.evaluate(() => window.lab.pause());
  });

  await t.test('the default p-sweep runs to the end and draws a U', async () => {
    await sweepTo(page, { seeds: 3 });
    await finished(page);
    const r = await page.evaluate(() => window.lab.sweep.result());
    assert.equal(r.done, 30);
    assert.ok(r.finalVal.every(Number.isFinite), JSON.stringify(r.finalVal));
    const best = r.finalVal.indexOf(Math.min(...r.finalVal));
    assert.ok(best > 0 && best < r.xs.length - 1, `minimum strictly inside: ${JSON.stringify(r.finalVal)}`);
    assert.equal(r.bestX, r.xs[best]);
    const chart = (await canvasReport(page)).find((c) => c.name === '#sweep-chart');
    assert.ok(chart && !chart.blank, JSON.stringify(chart));
    assert.match(await page.textContent('#sweep-status'), /^Done: 30 of 30 runs/);
    // A click on the best point races that rate (or focuses the run that has it).
    await page.locator('#sweep-chart').scrollIntoViewIfNeeded();
    const box = await page.locator('#sweep-chart').boundingBox();
    const xs = await page.evaluate(
      ([best, w]) => [...Array(Math.floor(w)).keys()].filter((px) => window.lab.sweep.pointAt(px) === best),
      [best, box.width],
    );
    assert.ok(xs.length > 0, 'the best point is on the chart');
    await page.mouse.click(box.x + xs[Math.floor(xs.length / 2)], box.y + box.height / 2);
    // The README's picture: the finished sweep with the read-out of the best point.
    await page.mouse.move(box.x + xs[Math.floor(xs.length / 2)], box.y + box.height / 2);
    await readmePicture(page, 'sweep', page.locator('#sweeps'));
    const snap = await page.evaluate(() => window.lab.snapshot());
    const focused = snap.runs[snap.focused];
    assert.ok(Math.abs(focused.dropRates[1] - r.bestX) < 1e-6, `best p ${r.bestX}, focused ${JSON.stringify(focused)}`);
    assert.deepEqual(lab.consoleErrors, []);
  });
});

// One training loop (#18): a sweep point is the lab's own run, its variant and its seed
// included. The lab races a DropConnect run at p = 0.5 on seed 20,000,001 (above 2^24, where
// a seed sent as f32 becomes 20,000,000); the p-sweep's p = 0.5 point, one seed, must have
// that run's best validation loss to the last bit.
test('a swept DropConnect run is the lab\'s run, at a seed above 2^24', { timeout: SWEEP_TIMEOUT_MS }, async (t) => {
  const { page } = await openLab(t, { query: { seed: '20000001', rates: '0,0.5~dropconnect', focus: '1' } });
  const story = await page.evaluate(() => window.lab.presets().find((p) => p.name === window.lab.snapshot().preset).epochs);
  // Steps per epoch, counted; then the lab's run trained to the story's length.
  let perEpoch = 0;
  while ((await page.evaluate(() => window.lab.snapshot().runs[1].epoch)) === 0) {
    perEpoch += await page.evaluate(() => window.lab.step(1));
  }
  await page.evaluate((n) => window.lab.step(n), (story - 1) * perEpoch);
  const run = await page.evaluate(() => window.lab.snapshot().runs[1]);
  assert.equal(run.epoch, story);
  assert.match(run.label, /DropConnect/);
  await sweepTo(page, { seeds: 1 });
  await finished(page);
  const r = await page.evaluate(() => window.lab.sweep.result());
  const point = r.xs.findIndex((x) => Math.abs(x - 0.5) < 1e-6);
  assert.equal(r.bestVal[point], Math.fround(run.bestValLoss), JSON.stringify({ r, run }));
});

// The sweep's workers: the engine's own worker (#18) trains the race and stays.
function sweepWorkers(page) {
  return page.workers().filter((w) => !w.url().includes('engine-worker')).length;
}
