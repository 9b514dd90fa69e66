// The embedding API (#21): a course page on another origin drives the lab in its iframe with
// postMessage. The demo host (www/embed-demo.html, fetched from the lab's own server so the
// built dist/ is what runs) is served from a second local server under the other loopback name
// (`localhost` vs `127.0.0.1`: different origins), with a strict policy of its own that lets it
// frame the lab and nothing else. A third origin, not named in the lab's embed=, tries the same
// requests and changes nothing.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME, CHROME_ARGS, LAB_URL, VIEWPORT, recordCspViolations, saveScreenshot } from './harness.mjs';

const LAB = new URL(LAB_URL);
const OTHER_HOST = LAB.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";

/** A local site on another origin than the lab's; `pages` maps a path to `[type, body]`. */
async function site(t, pages) {
  const server = createServer((request, response) => {
    const page = pages[new URL(request.url, 'http://x').pathname];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    // The host's own strict policy: its scripts only, and the lab's origin as the one frame.
    response.writeHead(200, { 'Content-Type': page[0], 'Content-Security-Policy': `${POLICY}; frame-src ${LAB.origin}` });
    response.end(page[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return `http://${OTHER_HOST}:${server.address().port}`;
}

/** The demo host's files, as the lab's server serves them from dist/. */
async function demoHost(t) {
  const fetchText = async (name) => {
    const response = await fetch(new URL(name, LAB_URL));
    assert.equal(response.status, 200, `${name} is served with the lab`);
    return response.text();
  };
  return site(t, {
    '/embed-demo.html': ['text/html; charset=utf-8', await fetchText('embed-demo.html')],
    '/embed-demo.js': ['text/javascript', await fetchText('embed-demo.js')],
    '/embed-demo.css': ['text/css', await fetchText('embed-demo.css')],
  });
}

/** A browser page recording console errors; every frame records policy violations and the
 *  epoch events it receives. */
async function browserPage(t, viewport = { width: VIEWPORT.width, height: 1000 }) {
  const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
  t.after(() => browser.close());
  const context = await browser.newContext({ viewport });
  await context.addInitScript(recordCspViolations);
  await context.addInitScript(() => {
    window.received = [];
    window.addEventListener('message', (e) => window.received.push(e.data));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors };
}

/** The lab's frame once its API is up. */
async function labFrame(page) {
  await page.waitForFunction(() => document.querySelectorAll('iframe').length > 0);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => typeof window.lab !== 'undefined', null, { timeout: 60_000 });
  return frame;
}

/** What a host's request must never change unless it is accepted. */
function state(frame) {
  return frame.evaluate(() => {
    const s = window.lab.snapshot();
    return { iteration: s.iteration, preset: s.preset, rates: s.runs.map((r) => r.dropRates), playing: window.lab.playing, link: location.search };
  });
}

async function openDemo(t, viewport) {
  const host = await demoHost(t);
  const { page, errors } = await browserPage(t, viewport);
  await page.goto(`${host}/embed-demo.html?lab=${encodeURIComponent(LAB_URL)}`, { waitUntil: 'domcontentloaded' });
  const frame = await labFrame(page);
  // The demo's own first requests (snapshot, subscribe) are answered once it says so; the
  // waiting text ("…to say it is ready…") also holds the word, so match the whole sentence, or
  // a test's listener may take the demo's replies for its own.
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('The lab is ready'), null, { timeout: 30_000 });
  return { host, page, errors, frame };
}

test('the demo host drives the lab in a cross-origin iframe from its own buttons', { timeout: 180_000 }, async (t) => {
  const { host, page, errors, frame } = await openDemo(t);
  assert.notEqual(new URL(frame.url()).origin, host, 'the lab is on another origin');
  assert.equal(new URL(frame.url()).searchParams.get('embed'), host, 'the lab trusts the host by its link');
  const status = () => page.locator('#status').textContent();

  await page.locator('#step').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Trained 10 steps.');
  assert.equal((await state(frame)).iteration, 10, 'Step 10 trained ten lockstep steps');

  await page.locator('#play').click();
  await page.waitForFunction(() => window.received.filter((m) => m?.type === 'epoch').length >= 3, null, { timeout: 60_000 });
  await page.locator('#pause').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Paused.');
  const snap = await frame.evaluate(() => window.lab.snapshot());
  assert.ok(snap.epoch >= 3, `trained ${snap.epoch} epochs`);
  // The events up to the paused lab's epoch arrive; each epoch once, in order.
  await page.waitForFunction((e) => window.received.filter((m) => m?.type === 'epoch').at(-1).epoch === e, snap.epoch, { timeout: 10_000 });
  const events = await page.evaluate(() => window.received.filter((m) => m?.type === 'epoch'));
  const epochs = events.map((e) => e.epoch);
  assert.deepEqual(epochs, Array.from({ length: epochs.length }, (_, i) => epochs[0] + i), 'one event per recorded epoch');
  assert.ok(events.every((e) => e.protocol === 'dropout-lab' && e.version === 1 && e.runs.length === snap.runs.length));
  const last = events.at(-1);
  last.runs.forEach((run, i) => {
    const core = snap.runs[i];
    assert.deepEqual([run.trainLoss, run.trainLossEval, run.valLoss, run.accuracy], [core.trainLoss, core.trainLossEval, core.valLoss, core.accuracy], `run ${i}: the event's losses are the snapshot's`);
  });
  assert.equal(await page.locator('#epoch').textContent(), String(snap.epoch), 'the host shows the latest epoch');
  await saveScreenshot(page, 'embed-demo');

  await page.locator('#reset').click();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Every run is back'));
  assert.equal((await state(frame)).iteration, 0, 'Reset');

  await page.locator('#rate').fill('0.3');
  await page.locator('#apply').click();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Settings applied'));
  const raced = await state(frame);
  assert.equal(raced.rates.length, 2, 'two runs: p = 0 and the host\'s p');
  assert.deepEqual(raced.rates[1].slice(1).map((p) => Number(p.toFixed(6))), raced.rates[1].slice(1).map(() => 0.3));
  assert.match(raced.link, /rates=0,0\.3/, 'the lab\'s link says it');
  // The new race's history starts again, and so do the events, with its two runs.
  const seen = await page.evaluate(() => window.received.length);
  await page.locator('#play').click();
  await page.waitForFunction((n) => window.received.slice(n).some((m) => m?.type === 'epoch'), seen, { timeout: 60_000 });
  await page.locator('#pause').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Paused.');
  const first = await page.evaluate((n) => window.received.slice(n).find((m) => m?.type === 'epoch'), seen);
  assert.equal(first.epoch, 1, 'the new race\'s first event is its epoch 1');
  assert.equal(first.runs.length, 2);
  const played = await state(frame);

  await page.locator('#rate').fill('1.5');
  await page.locator('#apply').click();
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('The lab refused'));
  assert.match(await status(), /rates/, 'the refusal names the key');
  assert.deepEqual(await state(frame), played, 'a refused rate changes nothing');

  // Unsubscribed, the host hears no more epochs: the lab trains past an epoch, waits two of its
  // frames (its watcher runs once a frame) and sends a last message after anything it sent.
  const unsubscribed = await page.evaluate(() => window.demo.ask('unsubscribe'));
  assert.deepEqual([unsubscribed.ok, unsubscribed.result], [true, { subscribed: true }]);
  const heard = await page.evaluate(() => window.received.length);
  const stepped = await page.evaluate(() => window.demo.ask('step', { n: 50 }));
  assert.equal(stepped.result.steps, 50);
  assert.ok((await frame.evaluate(() => window.lab.snapshot().epoch)) > (await page.evaluate(() => window.received.filter((m) => m?.type === 'epoch').at(-1).epoch)), 'the lab recorded new epochs');
  await frame.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    window.parent.postMessage('last', '*');
  });
  await page.waitForFunction(() => window.received.includes('last'));
  const after = await page.evaluate((n) => window.received.slice(n), heard);
  assert.deepEqual(after.filter((m) => m?.type === 'epoch'), [], 'no epoch event after unsubscribe');

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no violation in the host');
  assert.deepEqual(await frame.evaluate(() => window.cspViolations), [], 'no violation in the lab');
  assert.deepEqual(errors, []);
});

test('malformed requests from the trusted host get an error reply and change nothing', { timeout: 120_000 }, async (t) => {
  const { page, errors, frame } = await openDemo(t);
  const before = await state(frame);
  const envelope = { protocol: 'dropout-lab', version: 1 };
  const cases = [
    [{ ...envelope, id: 1, type: 'stepp' }, 'unknown-type'],
    [{ ...envelope, id: 2, type: 'step', n: '50' }, 'bad-request'],
    [{ ...envelope, id: 3, type: 'step', n: 1e9 }, 'bad-request'],
    [{ ...envelope, id: 4, type: 'play', speed: 3 }, 'bad-request'],
    [{ ...envelope, id: 5, type: 'settings', settings: 5 }, 'bad-request'],
    [{ ...envelope, id: 6, type: 'settings', settings: { colour: 'red', seed: 9 } }, 'unknown-key'],
    [{ ...envelope, id: 7, type: 'settings', settings: { seed: -1 } }, 'refused'],
    [{ ...envelope, id: 8, type: 'settings', settings: { embed: 'https://evil.example' } }, 'refused'],
    [{ ...envelope, id: 9, type: 'settings', settings: 'preset=moons&rates=0,2' }, 'refused'],
    [{ ...envelope, version: 2, id: 10, type: 'play' }, 'wrong-version'],
    [{ ...envelope, type: 'play' }, 'bad-request'],
    [{ ...envelope, id: 12, type: 'settings', settings: { points: 'HUGE' } }, 'too-large'],
  ];
  const replies = await page.evaluate(async (cases) => {
    const frame = document.getElementById('lab');
    const origin = new URL(frame.src).origin;
    const replies = [];
    for (const [message] of cases) {
      if (message.settings?.points === 'HUGE') message.settings.points = 'A'.repeat(200_000);
      replies.push(await new Promise((resolve) => {
        const on = (e) => {
          if (e.source !== frame.contentWindow || !('ok' in (e.data ?? {}))) return;
          removeEventListener('message', on);
          resolve(e.data);
        };
        addEventListener('message', on);
        frame.contentWindow.postMessage(message, origin);
      }));
    }
    return replies;
  }, cases);
  replies.forEach((reply, i) => {
    const [message, code] = cases[i];
    assert.equal(reply.ok, false, JSON.stringify(message));
    assert.equal(reply.error.code, code, `${JSON.stringify(message).slice(0, 80)}: ${reply.error.message}`);
    assert.equal(reply.id, code === 'too-large' || message.id === undefined ? null : message.id);
    assert.ok(reply.error.message.length > 10, reply.error.message);
  });
  assert.match(replies[6].error.message, /between 0 and 4294967295/, 'a refusal names the bound');
  assert.deepEqual(await state(frame), before, 'nothing changed');
  // The same requests well formed are answered (the lab was listening all along).
  const ok = await page.evaluate(() => window.demo.ask('snapshot'));
  assert.equal(ok.ok, true);
  assert.equal(ok.result.iteration, before.iteration);
  assert.deepEqual(errors, []);
});

test('messages from an origin the link does not name are ignored and never answered', { timeout: 120_000 }, async (t) => {
  const host = await demoHost(t); // the origin the lab trusts
  const stranger = await site(t, {
    '/': ['text/html; charset=utf-8', `<!doctype html><html><head><meta charset="utf-8"><title>Elsewhere</title><link rel="icon" href="data:,"></head>
<body><iframe src="${LAB_URL}?embed=${encodeURIComponent(host)}" width="1200" height="800" title="Dropout Lab"></iframe></body></html>`],
  });
  assert.notEqual(stranger, host);
  const { page, errors } = await browserPage(t);
  await page.goto(`${stranger}/`, { waitUntil: 'domcontentloaded' });
  const frame = await labFrame(page);
  const before = await state(frame);
  const requests = ['play', 'reset', 'subscribe', 'snapshot', ['step', { n: 50 }], ['settings', { settings: { seed: 7 } }]];
  await page.evaluate((requests) => {
    const lab = document.querySelector('iframe').contentWindow;
    requests.forEach((r, id) => {
      const [type, fields] = Array.isArray(r) ? r : [r, {}];
      lab.postMessage({ protocol: 'dropout-lab', version: 1, id, type, ...fields }, '*');
    });
  }, requests);
  await frame.waitForFunction((n) => window.lab.embedIgnored() >= n, requests.length, { timeout: 10_000 });
  // A last message from the lab to this page: anything the lab sent before it (a reply, an
  // event, `ready`) would have arrived first.
  await frame.evaluate(() => window.parent.postMessage('last', '*'));
  await page.waitForFunction(() => window.received.includes('last'));
  assert.deepEqual(await page.evaluate(() => window.received), ['last'], 'no reply, no event, no ready');
  assert.deepEqual(await state(frame), before, 'nothing changed');
  assert.equal(await frame.evaluate(() => window.lab.embedIgnored()), requests.length);
  assert.deepEqual(errors, []);
});

test('a host on the lab\'s own origin needs no embed=: the demo served with the lab drives it', { timeout: 120_000 }, async (t) => {
  const { page, errors } = await browserPage(t);
  await page.goto(new URL('embed-demo.html', LAB_URL).href, { waitUntil: 'domcontentloaded' });
  const frame = await labFrame(page);
  assert.equal(new URL(frame.url()).origin, LAB.origin);
  assert.equal(new URL(frame.url()).searchParams.get('embed'), null, 'no embed= in the link');
  // The demo's own first requests (snapshot, subscribe) are answered once it says so; the
  // waiting text ("…to say it is ready…") also holds the word, so match the whole sentence, or
  // a test's listener may take the demo's replies for its own.
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('The lab is ready'), null, { timeout: 30_000 });
  await page.locator('#step').click();
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Trained 10 steps.');
  assert.equal((await state(frame)).iteration, 10);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the demo runs under the lab\'s own strict policy');
  assert.deepEqual(errors, []);
});
