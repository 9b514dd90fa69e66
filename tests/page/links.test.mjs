// Links that never lie: the link holds every run's whole rate vector (input and each hidden
// layer), the focus, the network, the learning rate and the view, and opening it elsewhere
// trains every run bit for bit alike. Rebuilding the lab (another seed, another network) keeps
// each run's own rates. Older links still load; classroom links hide controls.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_URL, bannerText, openLab, pause, snapshot } from './harness.mjs';

const STEPS = 8;

/** Opens `url` in another tab of the same browser, paused, with its console errors collected. */
async function openTab(t, context, url) {
  const page = await context.newPage();
  t.after(() => page.close().catch(() => {}));
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 20_000 });
  await pause(page);
  return { page, errors };
}

/** Everything a run's numbers depend on, as text (JSON numbers are the f32 values' exact form). */
async function trainedState(page) {
  await page.evaluate((n) => window.lab.step(n), STEPS);
  const snap = await snapshot(page);
  return JSON.stringify({ preset: snap.preset, layers: snap.layers, focused: snap.focused, runs: snap.runs, masks: snap.masks });
}

/** Opens the page's own link in a new tab and checks it trains every run exactly alike. */
async function assertLinkReproduces(t, lab, page, what) {
  const link = page.url();
  const copy = await openTab(t, lab.context, link);
  assert.equal(await bannerText(copy.page), null, `${what}: the written link is understood without complaint (${link})`);
  assert.deepEqual((await snapshot(copy.page)).runs.map((r) => r.dropRates), (await snapshot(page)).runs.map((r) => r.dropRates), `${what}: same rates from ${link}`);
  await page.evaluate(() => window.lab.reset());
  assert.equal(await trainedState(copy.page), await trainedState(page), `${what}: the link trains bit for bit alike (${link})`);
  assert.deepEqual(copy.errors, []);
}

test('every preset: runs that differ in input and per-layer rates come back from the link bit for bit', { timeout: 240_000 }, async (t) => {
  const lab = await openLab(t);
  const presets = await lab.page.evaluate(() => window.lab.presets().map((p) => p.name));
  assert.ok(presets.length >= 3, `presets: ${presets}`);
  for (const name of presets) {
    const { page } = await openTab(t, lab.context, `${LAB_URL}?preset=${name}&seed=5`);
    const layers = (await snapshot(page)).runs[0].dropRates.length;
    await page.evaluate((last) => {
      window.lab.setDropRate(0, 0, 0.1); // input dropout on run 1 only
      window.lab.setDropRate(1, 1, 0.3); // run 2: first hidden layer differs from its last
      window.lab.setDropRate(1, last, 0.65);
      window.lab.setFocused(0);
    }, layers - 1);
    const set = (await snapshot(page)).runs.map((r) => r.dropRates);
    assert.equal(set[0][0], 0.1, `${name}: run 1 has input dropout`);
    assert.equal(set[1][layers - 1], 0.65);
    if (layers > 2) {
      assert.equal(set[1][1], 0.3, `${name}: run 2's layers differ`);
      const label = await page.locator('#runs li .run-label').nth(1).textContent();
      assert.match(label, /p = 0\.30\/.*0\.65/, `${name}: the row shows every hidden rate: ${label}`);
    }
    await assertLinkReproduces(t, lab, page, name);
    await page.close();
  }
  assert.deepEqual(lab.consoleErrors, []);
});

test('a new seed, another network, added and removed runs keep each run its own rates', { timeout: 180_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=digits' });
  const { page } = lab;
  await pause(page);
  const rates = async () => (await snapshot(page)).runs.map((r) => r.dropRates);
  const start = await rates();
  assert.ok(start[0].every((p) => p === 0), `digits starts with a no-dropout baseline: ${JSON.stringify(start)}`);
  assert.ok(start.some((r) => r[0] > 0), 'and runs with input dropout, or this test proves little');

  const seed = page.getByRole('spinbutton', { name: 'Seed' });
  await seed.fill('11');
  await seed.press('Enter');
  assert.deepEqual(await rates(), start, 'a new seed keeps every run its rate vector');
  assert.equal(await seed.inputValue(), '11', 'the Seed field shows the seed in use');
  await assertLinkReproduces(t, lab, page, 'after a seed change');

  await seed.fill('1.5');
  await seed.press('Enter');
  assert.equal(await seed.inputValue(), '11', 'a refused seed leaves the field on the seed in use');

  const hidden = page.getByLabel('Hidden units per layer');
  await hidden.fill('32,32,32');
  await hidden.press('Enter');
  const deeper = await rates();
  deeper.forEach((r, i) => {
    assert.equal(r.length, 4, 'input + 3 hidden layers');
    assert.equal(r[0], start[i][0], `run ${i + 1} keeps its input rate`);
    assert.deepEqual(r.slice(1, 3), start[i].slice(1, 3), `run ${i + 1} keeps its hidden rates`);
    assert.equal(r[3], start[i].at(-1), 'a new layer takes the last hidden rate');
  });
  assert.ok(deeper[0].every((p) => p === 0), 'the baseline stays a baseline');
  await assertLinkReproduces(t, lab, page, 'after a hidden-size change');

  await page.evaluate(() => window.lab.addRun(0.35));
  await page.evaluate(() => window.lab.setDropRate(3, 0, 0.15));
  await page.evaluate(() => window.lab.removeRun(1));
  await page.evaluate(() => window.lab.setFocused(1));
  assert.equal((await snapshot(page)).runs.length, 3);
  await assertLinkReproduces(t, lab, page, 'after adding and removing runs');
  assert.deepEqual(lab.consoleErrors, []);
});

test('an older link (rates= and one input= for every run) loads with defaults for missing keys', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.5&input=0.2' });
  const { page } = lab;
  await pause(page);
  assert.equal(await bannerText(page), null);
  const snap = await snapshot(page);
  assert.equal(snap.preset, 'moons');
  assert.deepEqual(snap.runs.map((r) => r.dropRates), [[0.2, 0, 0], [0.2, 0.5, 0.5]]);
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('rates'), '0.2:0:0,0.2:0.5:0.5', `the link now says it run by run: ${page.url()}`);
  assert.equal(params.get('input'), null);
  assert.deepEqual(lab.consoleErrors, []);
});

test('a classroom link hides the controls it names and keeps hiding them', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'hide=seed,lr,hidden,scaling' });
  const { page } = lab;
  await pause(page);
  assert.equal(await bannerText(page), null);
  for (const name of ['Seed', 'Learning rate']) {
    assert.equal(await page.getByRole('spinbutton', { name }).isVisible(), false, `${name} is hidden`);
  }
  assert.equal(await page.getByLabel('Hidden units per layer').isVisible(), false);
  assert.equal(await page.getByLabel('Dropout scaling').isVisible(), false);
  assert.ok(await page.getByRole('slider', { name: 'Dropout rate', exact: true }).isVisible(), 'the slider stays');
  assert.ok(await page.getByRole('button', { name: 'Play' }).isVisible(), 'Play stays');
  await page.getByRole('button', { name: 'Add rate' }).click();
  assert.equal(new URL(page.url()).searchParams.get('hide'), 'seed,lr,hidden,scaling', 'the written link keeps hide');

  await page.goto(`${LAB_URL}?hide=seed,sliders`);
  await page.waitForFunction(() => typeof window.lab !== 'undefined');
  const message = await bannerText(page);
  assert.match(message ?? '', /'sliders'.*controls that can be hidden: preset, seed, lr/, `the message names what can be hidden: ${message}`);
  assert.equal(await page.getByRole('spinbutton', { name: 'Seed' }).isVisible(), false, 'the names understood still hide');
  assert.deepEqual(lab.consoleErrors, []);
});

test('Copy link shows the link selected in a field when the clipboard is refused', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, {
    initScript: () => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    },
  });
  const { page } = lab;
  await pause(page);
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link to this lab' });
  await field.waitFor({ state: 'visible', timeout: 5_000 });
  assert.equal(await field.inputValue(), page.url());
  const selected = await page.evaluate(() => {
    const box = document.getElementById('link-text');
    return document.activeElement === box && box.selectionStart === 0 && box.selectionEnd === box.value.length;
  });
  assert.ok(selected, 'the link is selected, ready for Ctrl+C');
  await page.getByRole('button', { name: 'Close the link box' }).click();
  assert.equal(await field.isVisible(), false);
  assert.deepEqual(lab.consoleErrors, []);
});
