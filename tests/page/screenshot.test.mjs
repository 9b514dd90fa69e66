// The picture in the README: the default preset played at full speed to the end of its story,
// where the p = 0 run's validation loss has clearly risen from its best while dropout's has
// risen less. The page must fit a 1366×768 projector without scrolling sideways, with the charts
// on the first screen.
//
// tests/page/screenshots/lab.png is committed; it is rewritten only with UPDATE_SCREENSHOT=1
// (or when missing), so ordinary runs leave the tree clean and write lab.tmp.png instead.

import assert from 'node:assert/strict';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openLab, snapshot, waitForDrawnCanvases } from './harness.mjs';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const COMMITTED = path.join(DIR, 'lab.png');

async function screenshotPath() {
  if (process.env.UPDATE_SCREENSHOT === '1') return COMMITTED;
  const exists = await access(COMMITTED).then(() => true, () => false);
  return exists ? path.join(DIR, 'lab.tmp.png') : COMMITTED;
}

test('played to the end of the default preset, the page shows overfitting and fits the screen', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  const preset = (await page.evaluate(() => window.lab.presets())).find((p) => p.default);
  assert.equal((await snapshot(page)).preset, preset.name);

  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction((epochs) => window.lab.snapshot().epoch >= epochs, preset.epochs, {
    timeout: 90_000,
    polling: 200,
  });
  await page.evaluate(() => window.lab.pause());
  // The runs list refreshes a few times a second: wait until it shows the final numbers.
  const final = await snapshot(page);
  await page.waitForFunction(
    (val) => document.getElementById('runs').textContent.includes(`val ${val}`),
    final.runs[0].valLoss.toFixed(3),
    { timeout: 5_000 },
  );

  // The lesson on screen: without dropout the validation loss rose well above its best while
  // the training loss kept falling.
  const plain = final.runs.find((r) => r.dropRates.every((p) => p === 0));
  assert.ok(plain, 'the default preset races a p = 0 run');
  assert.ok(plain.valLoss >= 1.1 * plain.bestValLoss, `p = 0 validation loss ${plain.valLoss} vs best ${plain.bestValLoss}`);
  assert.ok(plain.trainLossEval < plain.bestValLoss, 'p = 0 fits its training points better than it ever did validation');

  const canvases = await waitForDrawnCanvases(page);
  assert.deepEqual(canvases.filter((c) => c.blank).map((c) => c.name), [], 'blank canvases');
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: innerWidth,
    height: innerHeight,
  }));
  assert.ok(size.scrollWidth <= size.width, `the page scrolls sideways: ${size.scrollWidth} px wide in a ${size.width} px window`);
  // The pictures and the race fit the first screen; only the preset's note (read in full,
  // never in a scrolled box) may continue below it.
  const lowest = await page.evaluate(() => Math.max(...['diagram', 'loss', 'data', 'runs', 'play', 'rate'].map((id) => document.getElementById(id).getBoundingClientRect().bottom)));
  assert.ok(lowest <= size.height, `the charts and controls end at ${lowest} px in a ${size.height} px window`);

  const file = await screenshotPath();
  await page.screenshot({ path: file });
  // A blank 1366×768 PNG is a few KB; the drawn page with its charts is far more.
  const { size: bytes } = await stat(file);
  assert.ok(bytes > 50_000, `the screenshot ${file} is only ${bytes} bytes`);
  assert.deepEqual(lab.consoleErrors, []);
});
