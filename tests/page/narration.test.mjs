// The described lab (#20), heard as a screen-reader user hears it: the one polite live region
// (#narration) and the accessible names, nothing else. At full speed over the whole story the
// narrator speaks at most once every few seconds (measured on the page's frame clock, the one
// the core's throttle is given), nothing else speaks meanwhile, and the story's end names the
// run the snapshot says is lowest. Describe speaks the masks the snapshot has; the Tables hold
// the snapshot's and the Inside summary's numbers; a sweep is described by its lowest point;
// and a keyboard-only walk through the lesson's first five steps hears the same answer the
// reveal gives. Figures printed: announcements per minute at full speed, and the walk's time.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pause, sharedLab, snapshot } from './harness.mjs';

const lab = sharedLab();

async function open(query = '') {
  const { page } = lab;
  await page.goto(`${new URL(`?${query}`, lab.url)}`);
  await page.waitForFunction(() => window.lab?.narration, null, { timeout: 20_000 });
  await pause(page);
  await page.evaluate(() => document.activeElement?.blur());
  return page;
}

const narration = (page) => page.evaluate(() => window.lab.narration());
const spoken = (page) => page.locator('#narration').textContent();

/**
 * Records every change of the narrator's live region (`__narrated`) and of every other live
 * region (`__otherSpeech`), on the page's frame clock.
 */
function watchLiveRegions(page) {
  return page.evaluate(() => {
    window.__otherSpeech = [];
    window.__narrated = [];
    new MutationObserver((records) => window.__narrated.push({ at: document.timeline.currentTime, records: records.length })).observe(document.getElementById('narration'), { childList: true, characterData: true, subtree: true });
    // <output> is a status (polite) unless it says otherwise.
    const regions = document.querySelectorAll('[aria-live]:not([aria-live="off"]):not(#narration), [role="status"], [role="alert"], output:not([aria-live="off"])');
    const observer = new MutationObserver((records) => {
      for (const r of records) window.__otherSpeech.push({ at: document.timeline.currentTime, id: r.target.id || r.target.parentElement?.id, text: r.target.textContent });
    });
    for (const region of regions) observer.observe(region, { childList: true, characterData: true, subtree: true });
    return regions.length;
  });
}

test('at full speed the whole story is told at most once every few seconds, and its end names the lowest run', { timeout: 120_000 }, async () => {
  const page = await open();
  const gap = await page.evaluate(() => window.lab.narrationGapMs());
  assert.ok(gap >= 3000, `the narrator may speak every ${gap} ms`);
  assert.equal(await page.getAttribute('#narration', 'aria-live'), 'polite');
  assert.equal(await page.getAttribute('#status', 'aria-live'), 'off');
  await watchLiveRegions(page);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => window.lab.narration().some((n) => n.text.startsWith('End of the story')), null, { timeout: 90_000 });
  const log = await narration(page);
  const first = log.findIndex((n) => n.text.startsWith('Playing'));
  const story = log.slice(first);
  for (let i = 1; i < story.length; i++) {
    assert.ok(story[i].at - story[i - 1].at >= gap, `"${story[i - 1].text}" then "${story[i].text}" ${story[i].at - story[i - 1].at} ms later`);
  }
  console.log(`narration: ${story.length} announcements from Play to the story's end, ${((story.at(-1).at - story[0].at) / 1000).toFixed(1)} s at full speed`);
  // The live region itself changed exactly once per announcement (counted by a MutationObserver,
  // not the page's own log), and nothing else spoke (the status line is aria-live="off").
  assert.equal((await page.evaluate(() => window.__narrated)).length, story.length);
  assert.deepEqual(await page.evaluate(() => window.__otherSpeech), []);
  // The end names the run whose validation loss the snapshot says is lowest, with that loss.
  const snap = await snapshot(page);
  assert.equal(snap.epoch, 300);
  const lowest = snap.runs.reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
  const end = story.at(-1).text;
  assert.ok(end.startsWith(`End of the story at epoch 300. Lowest validation loss at the end: ${lowest.label}, ${lowest.valLoss.toFixed(2)}.`), end);
  assert.equal(await spoken(page), end);

  // Play on past the story, at full speed: a tenth of the story passes every fraction of a
  // second, and the throttle holds the pace. Three more announcements give the rate per minute
  // (each gap is the throttle's whole gap of full-speed training: five took 8 s more).
  await page.keyboard.press('Space');
  await page.waitForFunction((n) => window.lab.narration().length >= n + 4, log.length, { timeout: 90_000 });
  const more = (await narration(page)).slice(log.length); // "Playing from epoch 300." and three more
  for (let i = 1; i < more.length; i++) assert.ok(more[i].at - more[i - 1].at >= gap, JSON.stringify(more.slice(i - 1, i + 1)));
  const perMinute = ((more.length - 1) * 60_000) / (more.at(-1).at - more[0].at);
  console.log(`narration past the story at full speed: ${more.length - 1} announcements in ${((more.at(-1).at - more[0].at) / 1000).toFixed(1)} s = ${perMinute.toFixed(1)} per minute (epochs ${more[1].epoch}–${more.at(-1).epoch})`);
  assert.ok(perMinute <= 60_000 / gap + 1e-9);
  assert.deepEqual(await page.evaluate(() => window.__otherSpeech), []);
});

test('Describe (D) speaks each layer\'s kept units as the snapshot\'s masks count them', { timeout: 60_000 }, async () => {
  const page = await open();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => window.lab.sync());
  await page.keyboard.press('d');
  const said = await spoken(page);
  const snap = await snapshot(page);
  const label = snap.runs[snap.focused].label;
  assert.match(said, new RegExp(`^Epoch ${snap.epoch} of 300\\. 3 runs race\\. `));
  assert.ok(said.includes(`Network of ${label}, example 1 of the last minibatch.`), said);
  snap.masks.forEach((mask, layer) => {
    const kept = mask.reduce((a, b) => a + b, 0);
    const name = layer === 0 ? 'input' : `hidden ${layer}`;
    const what = layer === 0 ? 'inputs' : 'units';
    assert.ok(said.includes(`${name}: ${kept} of ${mask.length} ${what} kept this step`), `${name} ${kept}/${mask.length}: ${said}`);
  });
  // The diagram's own description says the same, for a reader who reaches the canvas.
  const describedBy = await page.getAttribute('#diagram', 'aria-describedby');
  await page.waitForFunction((id) => document.getElementById(id).textContent.includes('kept this step'), describedBy);
  assert.equal(await page.getAttribute('#diagram', 'role'), 'img');
});

test('the loss chart\'s Table shows, per run, a real table whose last row is the snapshot\'s numbers', { timeout: 60_000 }, async () => {
  const page = await open();
  await page.evaluate(() => window.lab.step(200)); // 20 epochs of 10 minibatches
  await page.focus('#loss-table-toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#loss-table-toggle', 'aria-pressed'), 'true');
  await page.waitForFunction(() => document.querySelectorAll('#loss-table table').length > 0);
  const snap = await snapshot(page);
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('#loss-table table')].map((t) => ({
      caption: t.caption.textContent,
      heads: [...t.tHead.querySelectorAll('th[scope="col"]')].map((th) => th.textContent),
      rows: [...t.tBodies[0].rows].map((r) => [r.cells[0].getAttribute('scope'), ...[...r.cells].map((c) => c.textContent)]),
    })),
  );
  assert.equal(tables.length, snap.runs.length);
  tables.forEach((t, i) => {
    const run = snap.runs[i];
    assert.equal(t.caption, `Loss of ${run.label} per recorded epoch`);
    assert.deepEqual(t.heads, ['Epoch', 'Training loss', 'Validation loss', 'Validation accuracy']);
    assert.equal(t.rows.length, run.epoch, 'one row per recorded epoch');
    const [scope, epoch, train, val, acc] = t.rows.at(-1);
    assert.equal(scope, 'row');
    assert.equal(Number(epoch), run.epoch);
    for (const [cell, value] of [[train, run.trainLossEval], [val, run.valLoss], [acc, run.accuracy]]) {
      assert.ok(Math.abs(Number(cell) - value) <= 5e-5, `${run.label}: ${cell} vs ${value}`);
    }
  });
});

/** Tabs forward until the focused element's accessible name is `name`; returns the presses. */
async function tabTo(page, role, name) {
  for (let presses = 1; presses <= 60; presses++) {
    await page.keyboard.press('Tab');
    const aria = await page.locator(':focus').ariaSnapshot();
    if (aria.startsWith(`- ${role} "${name}"`)) return presses;
  }
  throw new Error(`no ${role} "${name}" within 60 Tab presses`);
}

test('keyboard and announcements only: the lesson\'s first five steps, and the run that validates best', { timeout: 180_000 }, async () => {
  const page = await open();
  const started = Date.now();
  await tabTo(page, 'button', 'Lesson');
  await page.keyboard.press('Enter');
  const card = page.locator('#lesson');
  let heardBefore = 0;
  for (let step = 1; step <= 5; step++) {
    heardBefore = (await narration(page)).length;
    assert.match(await card.locator('#lesson-count').textContent(), new RegExp(`^${step}\\b|\\b${step} of`));
    await page.keyboard.press('n'); // reveal
    await page.locator('#lesson-answer').waitFor({ state: 'visible' });
    if (step < 5) await page.keyboard.press('n'); // next step
  }
  const answer = await page.locator('#lesson-answer').textContent();
  const revealed = Number(answer.match(/The p = ([\d.]+) run/)[1]);
  // Step 5's reveal plays the story; the narrator says which run ends lowest.
  const ended = (from) => window.lab.narration().slice(from).some((n) => n.text.startsWith('End of the story'));
  await page.waitForFunction(ended, heardBefore, { timeout: 120_000 });
  const end = (await narration(page)).slice(heardBefore).find((n) => n.text.startsWith('End of the story')).text;
  const heard = Number(end.match(/Lowest validation loss at the end: p = ([\d.]+)/)[1]);
  assert.equal(heard, revealed, `heard "${end}", the reveal says "${answer}"`);
  console.log(`keyboard walk: lesson steps 1–5 and the story's end heard in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('Play, Pause, Reset and a slider move are said at once; sound stays off until asked, and Help says its mapping', { timeout: 60_000 }, async () => {
  const page = await open();
  await watchLiveRegions(page);
  await page.keyboard.press('3'); // the focused run's hidden rate to 0.3, as the slider
  const snap = await snapshot(page);
  const readout = await page.locator('#rate-out').textContent();
  assert.equal(await spoken(page), `Focused run is now ${snap.runs[snap.focused].label}: ${readout}. The next training step uses it.`);
  assert.match(readout, /^p = 0\.30 · keep 1−p = 0\.70/);
  // The read-out under the slider changed but does not speak itself: the narrator said it once.
  assert.deepEqual(await page.evaluate(() => window.__otherSpeech), []);
  // Play, Pause and Reset are said at once, in the core's words.
  await page.keyboard.press('Space');
  assert.match(await spoken(page), /^Playing from epoch \d+\.$/);
  await page.keyboard.press('Space');
  assert.match(await spoken(page), /^Paused at epoch \d+\.$/);
  await page.evaluate(() => window.lab.sync());
  await page.keyboard.press('r');
  assert.equal(await spoken(page), 'Reset: every run is back at epoch 0 with the same initial weights.');
  // Sound is an option, off by default: Listen appears once it is ticked.
  assert.equal(await page.isChecked('#sound'), false);
  assert.equal(await page.isVisible('#listen'), false);
  await page.focus('#sound');
  await page.keyboard.press('Space');
  assert.equal(await page.isVisible('#listen'), true);
  await page.evaluate(() => window.lab.step(50));
  await page.focus('#listen');
  await page.keyboard.press('Enter'); // plays; a console error would fail the file
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('?');
  const mapping = await page.locator('#sound-mapping').textContent();
  assert.match(mapping, /1 or more is 880 Hz, 0\.01 or less 220 Hz/);
  await page.keyboard.press('Escape');
});

test('the Inside view\'s Table shows its figures, the same numbers as its summary', { timeout: 90_000 }, async () => {
  const page = await open();
  await page.evaluate(() => window.lab.step(100));
  await page.selectOption('#inside-view', 'averaging');
  await page.waitForFunction(() => !window.lab.inside.running && window.lab.inside.progress() === 1, null, { timeout: 60_000 });
  await page.focus('#inside-table-toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#inside-table tbody tr').length > 0);
  const summary = await page.evaluate(() => window.lab.inside.summary());
  const rows = await page.evaluate(() => [...document.querySelectorAll('#inside-table tbody tr')].map((r) => [...r.cells].map((c) => c.textContent)));
  assert.equal(rows.length, 1 + summary.loss.length, 'weight scaling, then k = 1 … 100');
  assert.deepEqual(rows[0].slice(0, 2), ['weight scaling', summary.scaledLoss.toFixed(4)]);
  assert.deepEqual(rows.at(-1).slice(0, 2), [`average of ${summary.loss.length}`, summary.loss.at(-1).toFixed(4)]);
  assert.equal(rows.at(-1)[2], `${(100 * summary.error.at(-1)).toFixed(1)} %`);
  assert.match(await page.locator('#inside-table caption').textContent(), /^Averaging thinned networks of p = 0\.50/);
});

test('a sweep is described by its lowest point and shape, and its Table holds its points', { timeout: 180_000 }, async () => {
  const page = await open();
  await page.fill('#sweep-seeds', '1');
  await page.evaluate(() => window.lab.sweep.run({}));
  await page.waitForFunction(() => !window.lab.sweep.running(), null, { timeout: 150_000, polling: 250 });
  const r = await page.evaluate(() => window.lab.sweep.result());
  // Its progress line stayed quiet; its end was said once, by the narrator.
  assert.equal(await page.getAttribute('#sweep-status', 'aria-live'), 'off');
  assert.ok((await narration(page)).some((n) => /^Done: 10 of 10 runs in/.test(n.text)));
  const best = r.finalVal.indexOf(Math.min(...r.finalVal));
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('d');
  const said = await spoken(page);
  assert.ok(said.includes(`Sweep of final validation loss against p: lowest at p = ${r.xs[best].toFixed(2)}, ${r.finalVal[best].toFixed(2)}; `), said);
  await page.focus('#sweep-table-toggle');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#sweep-table tbody tr').length > 0);
  const rows = await page.evaluate(() => [...document.querySelectorAll('#sweep-table tbody tr')].map((row) => [...row.cells].map((c) => c.textContent)));
  assert.equal(rows.length, r.xs.length);
  rows.forEach((row, i) => {
    assert.equal(Number(row[0]), Number(r.xs[i].toFixed(2)));
    assert.ok(Math.abs(Number(row[1]) - r.finalVal[i]) <= 5e-5, `${row} vs ${r.finalVal[i]}`);
  });
});
