// Learning platforms show the lab inside an iframe of their own page, on another site. A tiny
// parent page served from a second local server under the other loopback name (`localhost` vs
// `127.0.0.1` are different sites to the browser) embeds the lab, which must load, train and
// draw there under its strict policy.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL, VIEWPORT, recordCspViolations, saveScreenshot, waitForDrawnCanvases } from './harness.mjs';

/** Serves one parent page that embeds `labUrl` on loopback; resolves to its URL and server. */
async function parentSite(labUrl) {
  const lab = new URL(labUrl);
  const otherHost = lab.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>A course page</title>
<link rel="icon" href="data:,"></head><body><h1>Week 3: regularisation</h1>
<iframe id="lab" src="${lab.href}" width="1340" height="900" title="Dropout Lab"></iframe></body></html>`;
  const server = createServer((request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://${otherHost}:${server.address().port}/` };
}

test('the lab embedded in a cross-site iframe loads, trains and draws without a violation', { timeout: 120_000 }, async (t) => {
  const parent = await parentSite(LAB_URL);
  t.after(() => parent.server.close());
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport: { width: VIEWPORT.width, height: 1000 } });
  await context.addInitScript(recordCspViolations);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));

  // The parent's load event waits for the whole lab inside; waiting for the lab itself says more.
  await page.goto(parent.url, { waitUntil: 'domcontentloaded' });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  assert.ok(frame, 'the parent page has the lab frame');
  await frame.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 60_000 }).catch(async (err) => {
    // Say how far the frame got: its URL, what it fetched and any message it shows.
    const state = await frame
      .evaluate(() => ({
        readyState: document.readyState,
        fetched: performance.getEntriesByType('resource').map((r) => `${r.name} ${Math.round(r.duration)} ms`),
        banner: document.getElementById('banner-text')?.textContent,
      }))
      .catch((e) => e.message);
    throw new Error(`the lab did not start in the frame at ${frame.url()}: ${JSON.stringify(state)}; errors ${JSON.stringify(errors)} (${err.message})`);
  });
  assert.notEqual(new URL(frame.url()).hostname, new URL(parent.url).hostname, 'the frame is on another site');
  assert.equal(await frame.evaluate(() => window.top === window), false, 'the lab runs framed');

  await frame.evaluate(() => window.lab.play());
  await frame.waitForFunction(() => window.lab.snapshot().iteration >= 20, null, { timeout: 30_000 });
  await frame.evaluate(() => window.lab.pause());
  const canvases = await waitForDrawnCanvases(frame);
  assert.ok(canvases.length >= 3, `the lab's canvases are there: ${JSON.stringify(canvases)}`);
  for (const c of canvases) assert.ok(!c.blank, `${c.name} is drawn in the frame`);
  const snapshot = await frame.evaluate(() => window.lab.snapshot());
  assert.ok(snapshot.runs.every((r) => Number.isFinite(r.valLoss)), 'every run has a validation loss');

  assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], 'no violation inside the frame');
  assert.deepEqual(errors, []);
  await saveScreenshot(page, 'iframe');
});
