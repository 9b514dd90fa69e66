// The read-outs under the rate sliders say what the core trains: the page shows the core's
// finished sentence for the focused run and adds no rule of its own. Issue #18 found two links
// whose read-out was false (×2 for a run trained ×1; keep 0.80 for a run that drops 80 %).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause } from './harness.mjs';

// Link run text → what the read-out under the slider must say (and must not).
const CASES = [
  ['0.5', /^p = 0\.50 · keep 1−p = 0\.50 · kept units ×2\.00, none at evaluation$/],
  ['0.5~classic', /^p = 0\.50 · keep 1−p = 0\.50 · no scaling in training, ×0\.50 at evaluation$/],
  ['0.5~noscale', /^p = 0\.50 · keep 1−p = 0\.50 · no scaling in training, none at evaluation$/],
  ['0.2~keep', /^p = 0\.20 · mistake: drops 0\.80, keeps 0\.20 · kept units ×5\.00, none at evaluation$/],
  ['0.5~dropconnect', /kept weights ×2\.00, none at evaluation$/],
  ['0.5~gaussian', /^p = 0\.50 · keeps every unit · every unit × N\(1, 1\.00\), none at evaluation$/],
  ['0.5~evaldrop', /kept units ×2\.00, masks left on at evaluation$/],
  ['0.5~maxnorm_3', /kept units ×2\.00, none at evaluation$/],
  ['0.5~l2_0.001', /kept units ×2\.00, none at evaluation$/],
  ['0.5~bn', /kept units ×2\.00, none at evaluation$/],
];

test('each variant\'s slider read-out states the share kept and the scales the core trains with', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'rates=0,0.5&focus=1' });
  const { page } = lab;
  for (const [run, expected] of CASES) {
    const url = new URL(lab.url);
    url.search = `rates=0,${run}&focus=1`;
    await page.goto(url.href);
    await page.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 20_000 });
    await pause(page);
    const readOut = await page.locator('#rate-out').textContent();
    assert.match(readOut, expected, `rates=0,${run}`);
  }
  assert.deepEqual(lab.consoleErrors, []);
});

test('the read-out follows the slider and the retain notation, from the core', { timeout: 60_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t, { query: 'rates=0,0.2~keep&focus=1' });
  await pause(page);
  // Two steps of 0.05 to the right, by keyboard, as a student would.
  await page.locator('#rate').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('#rate-out').textContent(), /^p = 0\.30 · mistake: drops 0\.70, keeps 0\.30 · kept units ×3\.33/);
  await page.locator('#notation').selectOption('retain');
  assert.match(await page.locator('#rate-out').textContent(), /^retain p = 0\.70 · mistake: drops 0\.70, keeps 0\.30/);
  assert.match(await page.locator('#input-rate-out').textContent(), /^retain p = 1\.00 on the 2 inputs$/);
  assert.deepEqual(consoleErrors, []);
});
