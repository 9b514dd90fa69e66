// Training on a thread of its own (#18): the engine, a Web Worker, trains; the page's thread
// holds a replica of the lab that only draws and answers the controls. The page's own wasm
// instance counts the minibatches it trains (trainingStepsHere), and that count stays 0 while a
// race plays. If the engine dies mid-race the page says so, starts another, and every setting
// and run the class set is kept.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, VIEWPORT, bannerText, nextFrames, openLab, pause, snapshot } from './harness.mjs';

const BUNDLE = process.env.LAB_BUNDLE;

async function playUntil(page, iteration) {
  await page.evaluate(() => window.lab.play());
  await page.waitForFunction((i) => window.lab.snapshot().iteration > i, iteration, { timeout: 20_000, polling: 50 });
}

// What the class set: the race's runs (rates and variants, in their labels), the focused run,
// the learning rate, the preset, the seed and the network.
function settingsOf(snap, lr) {
  const runs = snap.runs.map((r) => ({ rates: r.dropRates, label: r.label }));
  return { runs, focused: snap.focused, lr, preset: snap.preset, layers: snap.layers, classic: snap.classic };
}

async function settings(page) {
  const lr = await page.getByRole('spinbutton', { name: 'Learning rate' }).inputValue();
  return settingsOf(await snapshot(page), lr);
}

test('the page thread never runs a training step while the race plays', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.5~dropconnect,0.3~gaussian,0.2~bn&focus=1' });
  const { page } = lab;
  await playUntil(page, 60);
  assert.ok(page.workers().some((w) => w.url().includes('engine-worker')), 'the engine runs in a worker');
  // The slider's change reaches the replica at once (the same frame) and survives the images
  // the engine sends after it: the engine trains with it.
  const moved = await page.evaluate(() => {
    window.lab.setDropRate(1, 2, 0.3);
    return window.lab.snapshot().runs[1].dropRates;
  });
  assert.deepEqual(moved, [0, 0.5, 0.3], 'the replica follows at once');
  const iteration = (await snapshot(page)).iteration;
  try {
    // The default preset's story pauses the race once at its end (epoch 300). With a core of
    // its own the engine trains ~250 epochs a second, so on a loaded machine the race can get
    // there between `playUntil` and the slider's move; it then stood still here for 20 s (a
    // warm run of 2026-12-07). Play on past the story, as the class would.
    await page.waitForFunction((i) => {
      if (window.lab.playing === false) window.lab.play();
      return window.lab.snapshot().iteration > i + 20;
    }, iteration, { timeout: 20_000 });
  } catch (err) {
    // Say what the frame loop, the transport and the engine's frames were doing.
    const seen = await page.evaluate(() => ({ iteration: window.lab.snapshot().iteration, playing: window.lab.playing, loop: window.lab.frameLoop?.(), cost: window.lab.frameCost() }));
    throw new Error(`${err.message}; from ${iteration}: ${JSON.stringify(seen)}`);
  }
  await pause(page);
  const snap = await snapshot(page);
  assert.deepEqual(snap.runs[1].dropRates, moved, 'the engine trains with the moved slider');
  assert.ok(snap.runs.every((r) => r.steps === snap.iteration), `every run trained each step: ${JSON.stringify(snap.runs.map((r) => r.steps))} at ${snap.iteration}`);
  assert.ok(snap.runs.every((r) => Number.isFinite(r.lastBatchLoss)), 'the replica shows the losses the engine measured');
  assert.equal(await page.evaluate(() => window.lab.trainingStepsHere()), 0, 'the page thread trained');
  // Step is the engine's too, and a paused lab stands still once `pause()` resolves.
  assert.equal(await page.evaluate(() => window.lab.step(7)), 7);
  await nextFrames(page, 10);
  assert.equal((await snapshot(page)).iteration, snap.iteration + 7, 'exactly 7 more lockstep steps');
  assert.equal(await page.evaluate(() => window.lab.trainingStepsHere()), 0);
  assert.deepEqual(lab.consoleErrors, []);
});

async function diesAndComesBack(lab, kill, restarts) {
  const { page } = lab;
  await playUntil(page, 30);
  const before = await settings(page);
  // One step a second from here: the restarted race is seen near epoch 0 before it runs off.
  await page.evaluate(() => window.lab.setSpeed(0));
  await page.evaluate(kill);
  await page.waitForFunction((n) => window.lab.engineRestarts() === n, restarts, { timeout: 10_000 });
  const message = await bannerText(page);
  assert.match(message ?? '', /engine stopped.*new one was started with the same settings/, `no message: ${message} ${lab.consoleErrors}`);
  // The race starts again from epoch 0 on the new engine, and plays on.
  await page.waitForFunction(() => window.lab.snapshot().iteration < 5, null, { timeout: 10_000 });
  await page.evaluate(() => window.lab.setSpeed(6));
  await page.waitForFunction(() => window.lab.snapshot().iteration > 10, null, { timeout: 20_000 });
  await pause(page);
  assert.deepEqual(await settings(page), before, 'every setting and run survives the restart');
  const snap = await snapshot(page);
  assert.ok(snap.runs.every((r) => r.steps === snap.iteration && Number.isFinite(r.trainLoss)), 'the new engine trains every run');
  assert.equal(await page.evaluate(() => window.lab.trainingStepsHere()), 0, 'the page thread trained');
}

test('the engine killed mid-race: a message, a restart, every setting and run kept', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=wiggle&seed=7' });
  const { page } = lab;
  await pause(page);
  // Settings changed on the page after loading, not only those of the link.
  await page.getByRole('button', { name: 'Add rate' }).click();
  const lr = page.getByRole('spinbutton', { name: 'Learning rate' });
  await lr.fill('0.02');
  await lr.press('Enter');
  await page.locator('#runs li .run-label').nth(1).click();
  await page.getByLabel('Variant of the focused run').selectOption('dropconnect');
  await page.locator('#runs li .run-label').nth(0).click();
  const set = await settings(page);
  assert.equal(set.runs.length, 4);
  assert.match(set.runs[1].label, /DropConnect/);
  assert.equal(set.focused, 0);

  await diesAndComesBack(lab, () => window.lab.debugKillEngine(), 1);
  assert.deepEqual(await settings(page), set);
  // A panic in the engine's wasm is reported by its worker and handled alike.
  await diesAndComesBack(lab, () => window.lab.debugPanicEngine(), 2);
  assert.deepEqual(await settings(page), set);
});

// The step race (#18): a step still waiting for its answer when its engine dies or its lab is
// rebuilt (a link applied, a setting changed) was answered 0, "nothing could train", for a lab
// that trains well; under load about one fuzzed link in 200 met it. Each case is made to happen
// deterministically by doing both in one page task: the step still queued (asked in the same
// task) and the step already sent (asked, then a microtask later, the tick is out).
test('a step waiting when its engine dies or its lab is rebuilt is trained by the new one', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'seed=3' });
  const { page } = lab;
  await pause(page);
  const cases = {
    'queued, engine killed': async () => {
      const asked = window.lab.step(20);
      window.lab.debugKillEngine();
      return asked;
    },
    'sent, engine killed': async () => {
      const asked = window.lab.step(20);
      await null; // the tick carrying it is posted in a microtask
      window.lab.debugKillEngine();
      return asked;
    },
    'queued, lab rebuilt': async () => {
      const asked = window.lab.step(20);
      const seed = document.getElementById('seed');
      seed.value = String(Number(seed.value) + 1);
      seed.dispatchEvent(new Event('change'));
      return asked;
    },
    'sent, lab rebuilt': async () => {
      const asked = window.lab.step(20);
      await null;
      const seed = document.getElementById('seed');
      seed.value = String(Number(seed.value) + 1);
      seed.dispatchEvent(new Event('change'));
      return asked;
    },
  };
  let restarts = 0;
  for (const [name, race] of Object.entries(cases)) {
    await page.evaluate(() => window.lab.reset());
    await pause(page);
    const seedNow = () => page.evaluate(() => Number(document.getElementById('seed').value));
    const seed = await seedNow();
    const done = await page.evaluate(race);
    assert.equal(done, 20, `${name}: the step's answer`);
    await pause(page);
    const snap = await snapshot(page);
    assert.equal(snap.iteration, 20, `${name}: the new lab shows the 20 steps`);
    assert.ok(snap.runs.every((r) => r.steps === 20), `${name}: every run trained them`);
    if (name.endsWith('killed')) {
      restarts += 1;
      assert.equal(await page.evaluate(() => window.lab.engineRestarts()), restarts, `${name}: a restart`);
      assert.equal(await seedNow(), seed, `${name}: the same lab`);
    } else {
      assert.equal(await seedNow(), seed + 1, `${name}: the new seed's lab`);
    }
  }
  assert.equal(await page.evaluate(() => window.lab.trainingStepsHere()), 0, 'the page thread trained');
});

// The one-file bundle cannot start a module worker from file://: its engine is a classic worker
// from a Blob URL, with the wasm-bindgen glue linked in. It must train there, and only there.
test('the one-file bundle from file:// trains in its engine worker, never on the page thread', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)', timeout: 60_000 }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(BUNDLE).href);
  await page.waitForFunction(() => window.lab !== undefined, null, { timeout: 20_000 });
  await playUntil(page, 40);
  assert.ok(page.workers().some((w) => w.url().startsWith('blob:')), 'the engine runs in a worker from a Blob URL');
  await page.evaluate(() => window.lab.debugKillEngine());
  await page.waitForFunction(() => window.lab.engineRestarts() === 1, null, { timeout: 10_000 });
  await page.waitForFunction(() => window.lab.snapshot().iteration > 10, null, { timeout: 20_000 });
  await pause(page);
  assert.equal(await page.evaluate(() => window.lab.trainingStepsHere()), 0, 'the page thread trained');
  assert.deepEqual(errors, []);
});
