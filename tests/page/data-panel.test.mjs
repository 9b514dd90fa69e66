// The Data & network panel (#10): a dataset picked is in the link and rebuilds the race with the
// same runs and rates; a value out of bounds only says why; the network's knobs reach the core;
// a CSV file becomes the data, and a bad one names its first bad line.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause, snapshot } from './harness.mjs';

const setup = (page) => page.evaluate(() => window.lab.setup());
const status = (page) => page.locator('#setup-status').textContent();

test('datasets, sizes, noise and network knobs rebuild the race and live in the link', { timeout: 90_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  await pause(page);
  await page.click('#setup > summary');
  const before = await snapshot(page);

  await page.getByLabel('Dataset').selectOption('xor');
  assert.match(page.url(), /[?&]data=xor(&|$)/);
  assert.match(await status(page), /Rebuilt with XOR quadrants data: the same 3 runs and rates/);
  let now = await snapshot(page);
  assert.deepEqual(now.runs.map((r) => r.dropRates), before.runs.map((r) => r.dropRates), 'same runs, same rates');
  assert.equal((await setup(page)).data, 'xor');

  // A curve has one input: the network changes, each run's rate vector keeps its length.
  await page.getByLabel('Dataset').selectOption('sine');
  now = await snapshot(page);
  assert.deepEqual(now.layers, [1, 128, 128, 1]);
  assert.deepEqual(now.runs.map((r) => r.dropRates.length), before.runs.map((r) => r.dropRates.length));
  assert.equal(await page.getByLabel('Label noise: fraction of labels flipped').isDisabled(), true, 'a curve has no labels to flip');

  await page.getByLabel('Dataset').selectOption('moons');
  await page.evaluate(() => window.lab.step(7));
  const trained = await snapshot(page);
  const training = page.getByLabel('Training points');
  await training.fill('3');
  await training.press('Enter');
  assert.match(await status(page), /Not changed: training points = 3 is out of range: it must be between 4 and 5000/);
  assert.equal(await training.inputValue(), '80', 'the field shows the data still in use');
  assert.equal((await snapshot(page)).iteration, trained.iteration, 'the running lab was not touched');

  await training.fill('160');
  await training.press('Enter');
  await page.getByLabel('Label noise: fraction of labels flipped').fill('0.2');
  await page.getByLabel('Label noise: fraction of labels flipped').press('Enter');
  await page.getByLabel('Activation').selectOption('tanh');
  await page.getByLabel('Optimiser').selectOption('sgd');
  await page.getByLabel('Minibatch size, or full').fill('16');
  await page.getByLabel('Minibatch size, or full').press('Enter');
  await page.getByLabel('L2 strength').fill('0.001');
  await page.getByLabel('L2 strength').press('Enter');
  const state = await setup(page);
  assert.deepEqual([state.train, state.flip, state.act, state.opt, state.batch, state.l2], [160, 0.2, 'tanh', 'sgd', 16, 0.001]);
  for (const pair of ['train=160', 'flip=0.2', 'act=tanh', 'opt=sgd', 'batch=16', 'l2=0.001']) assert.ok(page.url().includes(pair), `${pair} in ${page.url()}`);
  assert.equal((await snapshot(page)).batchSize, 16);
  // The preset's story no longer holds, and the page says so where the note was.
  assert.match(await page.locator('#note').textContent(), /left the preset's story \(160 training points, label noise 0.2, tanh units, SGD, minibatches of 16, L2 strength 0.001\)/);
  assert.match(await page.locator('#preset option:checked').textContent(), /— your data$/);
  // Said again in the language switched to: the changes too, numbers in its form.
  await page.selectOption('#lang', 'de');
  await page.waitForFunction(() => document.getElementById('note').textContent.includes('Label-Rauschen 0,2'));
  assert.doesNotMatch(await page.locator('#note').textContent(), /training points|minibatches|strength/);
  await page.selectOption('#lang', 'en');
  await page.waitForFunction(() => document.getElementById('note').textContent.includes('label noise 0.2'));

  // The link opens the same setup.
  const link = page.url();
  await page.goto(link);
  await page.waitForFunction(() => window.lab);
  const reopened = await setup(page);
  assert.deepEqual([reopened.train, reopened.flip, reopened.act, reopened.opt, reopened.batch, reopened.l2], [160, 0.2, 'tanh', 'sgd', 16, 0.001]);
  assert.deepEqual(consoleErrors, []);
});

test('a CSV file becomes the data; a bad one names its first bad line and changes nothing', { timeout: 60_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  await pause(page);
  await page.click('#setup > summary');
  const rows = Array.from({ length: 40 }, (_, i) => `${(i % 8) / 4 - 1},${Math.floor(i / 8) / 4 - 0.5},${i % 2}`);
  const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.setInputFiles('#csv-file', file('mine.csv', `x,y,label\n${rows.join('\n')}\n`));
  await page.waitForFunction(() => window.lab.setup().data === 'own');
  const state = await setup(page);
  assert.deepEqual([state.train, state.val, state.points.length], [30, 10, 40], 'every fourth row validates');
  assert.match(await status(page), /40 points from 'mine.csv'/);
  assert.match(page.url(), /data=own&.*points=[A-Za-z0-9_-]{160}(&|$)/);

  await page.setInputFiles('#csv-file', file('bad.csv', 'x,y,label\n0.1,0.2,0\n0.3,0.4,7\n'));
  await page.waitForFunction(() => document.querySelector('#setup-status').textContent.startsWith('Not loaded'));
  assert.match(await status(page), /Not loaded: 'bad.csv', invalid configuration: line 3 '0.3,0.4,7': the label must be 0 or 1/);
  assert.equal((await setup(page)).points.length, 40, 'the loaded data is still there');
  assert.deepEqual(consoleErrors, []);
});
