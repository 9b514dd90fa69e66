// Export for slides and worksheets, downloaded as a teacher would and opened: the loss chart
// is a PNG at twice its size on screen, the whole lab a PNG, the CSV holds every recorded
// epoch with the values the lab shows, and a saved setup loads back to the very same lab
// (picker and drag-and-drop), while a bad file only says what is wrong and changes nothing.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, VIEWPORT, bannerText, openLab, pause, snapshot } from './harness.mjs';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const STEPS = 40;

/** Opens Export… and clicks `name`; returns the downloaded file's name and bytes. */
async function exportFile(page, name) {
  await page.click('#export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], PNG_SIGNATURE, 'a PNG file');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Drops a file holding `text` onto the page, as dragging it from the desktop would. */
function dropFile(page, text, name) {
  return page.evaluate(([body, fileName]) => {
    const data = new DataTransfer();
    data.items.add(new File([body], fileName, { type: 'application/json' }));
    document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [text, name]);
}

const losses = (snap) => snap.runs.map((r) => [r.dropRates, r.trainLoss, r.trainLossEval, r.valLoss, r.accuracy]);
const same = (a, b) => Math.fround(Number(a)) === Math.fround(b);

test('the exported files open and hold what the lab shows; a setup loads back bit for bit', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=moons&seed=3&rates=0,0.2:0.5:0.3,0.5' });
  const { page } = lab;
  await pause(page);
  await page.evaluate((n) => window.lab.step(n), STEPS);
  const original = await snapshot(page);
  const epochs = original.runs.map((r) => r.epoch);
  assert.ok(epochs.every((e) => e > 1), `a few epochs recorded: ${epochs}`);

  // The loss chart at 2×: twice the chart's CSS width, and taller by its title band.
  const box = await page.evaluate(() => document.getElementById('loss').getBoundingClientRect().toJSON());
  const chart = await exportFile(page, 'Loss chart (PNG, 2×)');
  assert.match(chart.name, /^dropout-lab-moons-seed3-loss\.png$/);
  const chartSize = pngSize(chart.bytes);
  assert.equal(chartSize.width, 2 * Math.round(box.width));
  assert.ok(chartSize.height > 2 * Math.round(box.height), 'the title sits above the chart');

  const whole = pngSize((await exportFile(page, 'Whole lab (PNG)')).bytes);
  assert.ok(whole.width > chartSize.width && whole.height > chartSize.height, `the lab holds more than the chart: ${JSON.stringify(whole)}`);

  // The CSV: the header, one row per recorded epoch of each run, the lab's last values.
  const csv = (await exportFile(page, 'Every run’s history (CSV)')).bytes.toString('utf8');
  const [header, ...rows] = csv.trimEnd().split('\n').map((line) => line.split(','));
  assert.deepEqual(header, ['run', 'epoch', 'p input', 'p hidden 1', 'p hidden 2', 'train loss (dropout on)', 'train loss (eval)', 'validation loss', 'validation accuracy']);
  assert.equal(rows.length, epochs.reduce((a, b) => a + b, 0), 'one row per recorded epoch');
  original.runs.forEach((run, i) => {
    const last = rows.filter((row) => row[0] === String(i + 1)).at(-1);
    assert.equal(last[1], String(run.epoch));
    run.dropRates.forEach((p, layer) => assert.ok(same(last[2 + layer], p), `run ${i + 1} layer ${layer}`));
    assert.ok(same(last[5], run.trainLoss) && same(last[6], run.trainLossEval) && same(last[7], run.valLoss) && same(last[8], run.accuracy), `run ${i + 1}: ${last} vs ${JSON.stringify(run)}`);
  });

  // The setup: change the seed, load the saved file, and the same lab comes back.
  const setup = await exportFile(page, 'Setup (JSON, loads back)');
  assert.equal(JSON.parse(setup.bytes).settings.seed, '3');
  await page.fill('#seed', '8');
  await page.press('#seed', 'Enter');
  await page.evaluate(() => window.lab.removeRun(0));
  assert.notEqual(await page.inputValue('#seed'), '3');
  await page.click('#export');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Load setup…' }).click()]);
  await chooser.setFiles({ name: setup.name, mimeType: 'application/json', buffer: setup.bytes });
  await page.waitForFunction(() => document.getElementById('seed').value === '3');
  assert.deepEqual((await snapshot(page)).runs.map((r) => r.dropRates), original.runs.map((r) => r.dropRates), 'the runs come back');
  await page.evaluate((n) => window.lab.step(n), STEPS);
  assert.deepEqual(losses(await snapshot(page)), losses(original), 'the same losses after the same steps');
  assert.equal(await bannerText(page), null);

  // Bad files: each says what is wrong, and the lab and its link stay as they were.
  const url = page.url();
  const bad = [
    ['notes.json', 'seed=3, rates=0.5', /not a JSON file/],
    ['old.json', JSON.stringify({ format: 'dropout-lab-setup', version: 99, settings: {} }), /version 99.*version 1/],
    ['typo.json', JSON.stringify({ format: 'dropout-lab-setup', version: 1, settings: { preset: 'moons', rates: '0,1.5', seed: 'x' } }), /rates=0,1\.5 ignored.*seed=x ignored/],
    ['other.json', JSON.stringify({ hello: 1 }), /not a Dropout Lab setup/],
  ];
  for (const [name, text, why] of bad) {
    const before = await snapshot(page);
    if (name === 'typo.json') await page.setInputFiles('#setup-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    else await dropFile(page, text, name);
    await page.waitForFunction(() => !document.getElementById('banner').hidden);
    const message = await bannerText(page);
    assert.match(message, new RegExp(`Could not load the setup '${name}'`));
    assert.match(message, why);
    assert.match(message, /Nothing was changed/);
    assert.deepEqual(await snapshot(page), before, `${name} changed the lab`);
    assert.equal(page.url(), url, `${name} changed the link`);
    await page.click('#banner-close');
  }

  // A good file dropped on the page loads too.
  await page.fill('#seed', '8');
  await page.press('#seed', 'Enter');
  await dropFile(page, setup.bytes.toString('utf8'), setup.name);
  await page.waitForFunction(() => document.getElementById('seed').value === '3');
  assert.deepEqual(lab.consoleErrors, []);
});

// The one-file bundle carries the strictest policy (default-src 'none'; img-src data: blob:):
// its downloads must work there too, from file://.
const BUNDLE = process.env.LAB_BUNDLE;
test('downloads work in the one-file bundle under its own CSP', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)', timeout: 60_000 }, async (t) => {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(BUNDLE).href);
  await page.waitForFunction(() => window.lab !== undefined, null, { timeout: 20_000 });
  await page.evaluate(() => window.lab.step(20));
  pngSize((await exportFile(page, 'Loss chart (PNG, 2×)')).bytes);
  const setup = JSON.parse((await exportFile(page, 'Setup (JSON, loads back)')).bytes);
  assert.equal(setup.version, 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
});
