// The Code panel (#21): it opens from its button and from `code=keras` in the link, shows the
// text the core wrote for the experiment as it is now (and follows a slider move), copies it,
// and downloads the notebook as nbformat 4 JSON holding the lab's own data.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { openLab, pause } from './harness.mjs';

const shown = (page) => page.locator('#code-text').textContent();

test('the Code panel opens from its button, shows the core\'s PyTorch, follows the slider and copies', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=moons&seed=3' });
  const { page, context } = lab;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pause(page);
  await page.click('#code-open');
  await page.waitForFunction(() => document.getElementById('code-text').textContent.length > 0);
  const pytorch = await page.evaluate(() => window.lab.code('pytorch'));
  assert.equal(await shown(page), pytorch);
  assert.match(pytorch, /nn\.Dropout\(0\.5\)/);
  assert.match(page.url(), /code=pytorch/);

  // A slider move changes the focused run's rates: the code follows on the next frame.
  await page.locator('#rate').fill('0.3');
  await page.waitForFunction(() => document.getElementById('code-text').textContent.includes('nn.Dropout(0.3)'));
  assert.equal(await shown(page), await page.evaluate(() => window.lab.code('pytorch')));

  await page.click('#code-tab-keras');
  await page.waitForFunction(() => document.getElementById('code-text').textContent.includes('layers.Dropout'));
  assert.equal(await shown(page), await page.evaluate(() => window.lab.code('keras')));
  assert.match(page.url(), /code=keras/);

  await page.click('#code-copy');
  await page.waitForFunction(() => document.getElementById('code-status').textContent.length > 0);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await shown(page));

  await page.click('#code-close');
  assert.doesNotMatch(page.url(), /code=/);
  assert.deepEqual(lab.consoleErrors, []);
});

test('code=keras opens the panel on Keras; the notebook downloads as nbformat 4 with the lab\'s data', { timeout: 120_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=moons&seed=3&code=keras' });
  const { page } = lab;
  await page.waitForFunction(() => document.getElementById('code-panel').open);
  assert.equal(await page.getAttribute('#code-tab-keras', 'aria-selected'), 'true');
  await page.waitForFunction(() => document.getElementById('code-text').textContent.includes('keras.Sequential'));
  assert.equal(await shown(page), await page.evaluate(() => window.lab.code('keras')));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#code-notebook')]);
  assert.match(download.suggestedFilename(), /^dropout-lab-moons-seed3\.ipynb$/);
  const notebook = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(notebook.nbformat, 4);
  assert.match(notebook.cells[0].source, /shape, not in value/);
  const data = notebook.cells.find((c) => c.id === 'lab-data').source;
  const labJson = JSON.parse(data.slice(data.indexOf("r'''") + 4, data.lastIndexOf("'''")));
  assert.equal(labJson.x_train.length, 80, 'the moons preset trains on 80 points');
  assert.equal(labJson.orders.length, 300, 'one minibatch order per epoch of the story');
  assert.deepEqual(lab.consoleErrors, []);
});

test('a classroom link can hide the Code button (hide=code)', { timeout: 60_000 }, async (t) => {
  const lab = await openLab(t, { query: 'preset=moons&hide=code' });
  assert.equal(await lab.page.isHidden('#code-open'), true);
  assert.deepEqual(lab.consoleErrors, []);
});
