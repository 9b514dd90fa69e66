// One suite, run in Firefox and in WebKitGTK (see firefox.test.mjs, webkit.test.mjs): what a
// class on a school laptop or an iPad does with the lab, and the claim the README makes that
// the numbers are the same in every engine. One browser per file, one page shared by the tests.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LAB_URL, canvasReportInPage, closeLab, openLab } from '../harness.mjs';
import { readmePicture } from '../readme-picture.mjs';
import { openLabIn, settle, waitFor } from './session.mjs';

const BUNDLE = process.env.LAB_BUNDLE;
// A link that is not the default one: another seed, three runs with their own input and hidden
// rates, the third focused. After this many steps every run has finished an epoch.
const LINK = 'seed=11&rates=0,0.1:0.3,0.2:0.5&focus=2';
const LINK_STEPS = 50;
const MASK_STEPS = 200;

const labUrl = (query = '') => `${LAB_URL.replace(/[?#].*$/, '')}${query ? `?${query}` : ''}`;
const snapshot = (session) => session.evaluate(() => window.lab.snapshot());

/** Steps the lab n times in the page and returns its snapshot (the page stays paused). */
function stepped(session, n) {
  return session.evaluate(async (steps) => {
    await window.lab.pause();
    await window.lab.step(steps);
    return window.lab.snapshot();
  }, n);
}

/** The same link trained the same number of steps in Chromium (Playwright), for comparison. */
async function chromiumSnapshot(query, steps) {
  const lab = await openLab(null, { query });
  try {
    return await lab.page.evaluate(async (n) => {
      await window.lab.pause();
      await window.lab.step(n);
      return window.lab.snapshot();
    }, steps);
  } finally {
    await closeLab(lab);
  }
}

export function engineSuite(open) {
  let session;
  const errorsSoFar = () => session.consoleErrors();

  describe('the lab in another engine', { timeout: 120_000 }, () => {
    before(async () => {
      session = await open();
    });
    after(() => session?.close());

    test('loads with no console error and draws every canvas', async (t) => {
      t.diagnostic(`engine: ${session.version}`);
      await openLabIn(session, labUrl());
      await stepped(session, 5);
      const report = await drawnCanvases(session);
      assert.ok(report.length >= 3, `${report.length} canvases`);
      assert.deepEqual(report.filter((c) => c.blank).map((c) => c.name), [], JSON.stringify(report));
      assert.deepEqual(await errorsSoFar(), []);
    });

    // #19: a translated link shows the same words as in Chromium, from the same catalog.
    test('a translated link shows the same text as in Chromium', async () => {
      const texts = () => {
        const ids = ['play', 'rate-label', 'rate-out', 'input-rate-out', 'loss-title', 'note', 'help-review'];
        return { lang: document.documentElement.lang, dir: document.documentElement.dir, ...Object.fromEntries(ids.map((id) => [id, document.getElementById(id).textContent])) };
      };
      for (const lang of ['ja', 'ar']) {
        await openLabIn(session, labUrl(`lang=${lang}`));
        const here = await session.evaluate(texts);
        const chromium = await openLab(null, { query: `lang=${lang}` });
        try {
          assert.deepEqual(here, await chromium.page.evaluate(texts), lang);
        } finally {
          await closeLab(chromium);
        }
      }
      assert.deepEqual(await errorsSoFar(), []);
    });

    test("the default preset's story, trained to its end, fits the window and draws every canvas", async () => {
      await openLabIn(session, labUrl());
      const { epoch, epochs } = await session.evaluate(async () => {
        await window.lab.pause();
        const preset = window.lab.presets().find((p) => p.default);
        while (window.lab.snapshot().epoch < preset.epochs) await window.lab.step(20);
        return { epoch: window.lab.snapshot().epoch, epochs: preset.epochs };
      });
      assert.ok(epoch >= epochs);
      const report = await drawnCanvases(session);
      assert.deepEqual(report.filter((c) => c.blank).map((c) => c.name), [], JSON.stringify(report));
      const size = await session.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: innerWidth }));
      assert.ok(size.scrollWidth <= size.width, `the page scrolls sideways: ${size.scrollWidth} px wide in a ${size.width} px window`);
      // The README's picture of this engine (rewritten only with UPDATE_SCREENSHOT=1).
      await settle(500); // the runs list refreshes a few times a second
      await readmePicture({ screenshot: ({ path: file }) => session.screenshot(file) }, session.engine);
      assert.deepEqual(await errorsSoFar(), []);
    });

    test('the slider, by keyboard and by pointer, changes the focused run', async () => {
      await openLabIn(session, labUrl());
      await session.evaluate(() => {
        window.lab.pause();
        window.lab.setFocused(1);
      });
      const rates = async (run) => (await snapshot(session)).runs[run].dropRates;
      const slider = () => session.evaluate(() => Number(document.getElementById('rate').value));
      assert.equal(await slider(), 0.2, 'the slider shows the focused run (p = 0.2)');
      const others = [(await rates(0)).join(), (await rates(2)).join()];

      await session.evaluate(() => document.getElementById('rate').focus());
      await session.press('ArrowRight');
      await session.press('ArrowRight');
      assert.equal(await slider(), 0.3, 'two ArrowRight from 0.2');
      assert.deepEqual((await rates(1)).slice(1).map((p) => p.toFixed(2)), ['0.30', '0.30'], 'the focused run follows the keys');

      await session.drag('#rate', 0.05, 0.8);
      const dragged = await slider();
      assert.ok(dragged >= 0.6, `the pointer dragged the slider to ${dragged}`);
      assert.deepEqual((await rates(1)).slice(1), [dragged, dragged], 'the focused run follows the pointer');
      assert.deepEqual([(await rates(0)).join(), (await rates(2)).join()], others, 'the other runs keep their rates');
      assert.deepEqual(await errorsSoFar(), []);
    });

    test('pressing the pointer on the loss chart shows the read-out of that epoch', async () => {
      await openLabIn(session, labUrl());
      await stepped(session, 60);
      const pixels = () => session.evaluate(() => document.getElementById('loss').toDataURL());
      await drawnCanvases(session);
      await settle(300);
      const before = await pixels();
      // A press, as a tap is. Touch itself is not tested: WebKitGTK's WebDriver turns a touch
      // pointer into a mouse.
      await session.click('#loss');
      await waitFor(session, (was) => document.getElementById('loss').toDataURL() !== was, before, { what: 'the read-out to be drawn' });
      assert.notEqual(await pixels(), before);
      assert.deepEqual(await errorsSoFar(), []);
    });

    test('Play, Step and Reset', async () => {
      await openLabIn(session, labUrl());
      const iteration = async () => (await snapshot(session)).iteration;
      assert.equal(await iteration(), 0, 'the lab opens paused');
      await session.click('#play');
      await waitFor(session, () => window.lab.snapshot().iteration > 5, undefined, { what: 'Play to train' });
      await session.click('#play');
      assert.equal(await session.evaluate(() => window.lab.playing), false, 'the same button pauses');
      // Training is the engine's (#18): wait until the page shows what it did with each click.
      const sync = () => session.evaluate(() => window.lab.sync());
      await sync();
      const paused = await iteration();
      await session.click('#step');
      await sync();
      assert.equal(await iteration(), paused + 1, 'Step trains one iteration');
      await session.click('#reset');
      assert.equal(await iteration(), 0, 'Reset starts over');
      assert.deepEqual(await errorsSoFar(), []);
    });

    test(`the masks at p = 0.5 drop half the hidden units (±4σ over ${MASK_STEPS} steps)`, async () => {
      await openLabIn(session, labUrl());
      const { dropped, units, rates } = await session.evaluate(async (steps) => {
        await window.lab.pause();
        const snap = window.lab.snapshot();
        let [d, u] = [0, 0];
        for (let i = 0; i < steps; i++) {
          await window.lab.step(1);
          for (const layer of window.lab.snapshot().masks.slice(1)) {
            u += layer.length;
            d += layer.filter((m) => m === 0).length;
          }
        }
        return { dropped: d, units: u, rates: snap.runs[snap.focused].dropRates };
      }, MASK_STEPS);
      assert.deepEqual(rates.slice(1), [0.5, 0.5], 'the default preset focuses its p = 0.5 run');
      const sigma = Math.sqrt(0.25 / units);
      const fraction = dropped / units;
      assert.ok(Math.abs(fraction - 0.5) <= 4 * sigma, `dropped ${fraction.toFixed(4)} of ${units} units; 0.5 ± ${(4 * sigma).toFixed(4)}`);
    });

    test(`a link gives bit-identical numbers to Chromium's after ${LINK_STEPS} steps`, async () => {
      await openLabIn(session, labUrl(LINK));
      const here = await stepped(session, LINK_STEPS);
      const chromium = await chromiumSnapshot(LINK, LINK_STEPS);
      assert.equal(here.iteration, LINK_STEPS);
      assert.ok(here.runs.every((r) => Number.isFinite(r.valLoss)), 'every run has a validation loss');
      // The whole snapshot: every run's losses and accuracy, the drawn example's masks.
      assert.deepEqual(here, chromium);
      assert.deepEqual(await errorsSoFar(), []);
    });

    test('the one-file bundle trains from file://', { skip: !BUNDLE && 'LAB_BUNDLE not set (cargo xtask test sets it)' }, async () => {
      await openLabIn(session, pathToFileURL(BUNDLE).href);
      const snap = await stepped(session, 30);
      assert.equal(snap.iteration, 30);
      assert.ok(snap.runs.every((r) => Number.isFinite(r.valLoss)), JSON.stringify(snap.runs));
      const report = await drawnCanvases(session);
      assert.deepEqual(report.filter((c) => c.blank).map((c) => c.name), [], JSON.stringify(report));
      assert.deepEqual(await errorsSoFar(), []);
    });
  });
}

/** Polls the page's canvas report until no canvas is blank (charts draw on later frames). */
async function drawnCanvases(session, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const report = await session.evaluate(canvasReportInPage);
    if ((report.length > 0 && report.every((c) => !c.blank)) || Date.now() > deadline) return report;
    await settle(250);
  }
}
