// WebKitGTK (Safari's engine) through WebKitWebDriver, the W3C WebDriver server Debian ships in
// `webkit2gtk-driver`. Playwright's WebKit needs its own patched build, which cannot be
// downloaded here, so this is a thin client of the plain HTTP protocol (node's fetch): only
// the endpoints the engine suite uses.
//
// The browser (MiniBrowser) needs a display: WebKitWebDriver runs under `xvfb-run`, one
// private X server per session, so parallel test files never share a screen.

import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import { recordErrors, VIEWPORT, settle } from './session.mjs';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const START_TIMEOUT_MS = 20_000;
// The W3C key codes of the keys the suite presses.
const KEYS = { ArrowRight: '\uE014', ArrowLeft: '\uE012', Home: '\uE011', End: '\uE010', Enter: '\uE007' };

/** A free TCP port on the loopback interface (closed again before the driver takes it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts WebKitWebDriver under its own X server and a browser session; `session.close()` ends both. */
export async function openWebKit() {
  const port = await freePort();
  // detached: a process group of its own, so closing kills xvfb-run, Xvfb, the driver and
  // the browser it started, and nothing else.
  const driver = spawn('xvfb-run', ['-a', '-s', `-screen 0 ${VIEWPORT.width + 100}x${VIEWPORT.height + 200}x24`, WEBKIT_DRIVER, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let driverLog = '';
  driver.stderr.on('data', (d) => (driverLog += d));
  const base = `http://127.0.0.1:${port}`;
  const kill = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };

  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok || json.value?.error) {
      throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    }
    return json.value;
  };

  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      if ((await call('GET', '/status')).ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || driver.exitCode !== null) {
      kill();
      throw new Error(`WebKitWebDriver at ${WEBKIT_DRIVER} did not start (install webkit2gtk-driver and xvfb): ${driverLog}`);
    }
    await settle(200);
  }
  let created;
  try {
    created = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } },
    });
  } catch (err) {
    kill();
    throw err;
  }
  const id = created.sessionId;
  const s = (method, path, body) => call(method, `/session/${id}${path}`, body);
  const execute = (fn, args) =>
    s('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  // The window's size includes MiniBrowser's own bar: make the page's viewport the size asked.
  await s('POST', '/window/rect', { width: VIEWPORT.width, height: VIEWPORT.height });
  const [dw, dh] = await execute(() => [outerWidth - innerWidth, outerHeight - innerHeight], []);
  await s('POST', '/window/rect', { width: VIEWPORT.width + dw, height: VIEWPORT.height + dh });
  const element = async (selector) => {
    const found = await s('POST', '/element', { using: 'css selector', value: selector });
    return Object.values(found)[0];
  };
  const keyActions = (key) => {
    const value = KEYS[key] ?? key;
    return { type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] };
  };

  return {
    engine: 'webkit',
    version: `WebKitGTK ${created.capabilities.browserVersion} (${created.capabilities.browserName})`,
    async goto(url) {
      await s('POST', '/url', { url });
      // Classic WebDriver has no script that runs before the page's own: console errors are
      // recorded from here on, and a page that failed to load shows it by never setting
      // window.lab (or by its error banner, which the suite checks).
      await execute(recordErrors, []);
    },
    evaluate: (fn, ...args) => execute(fn, args),
    async press(key) {
      await s('POST', '/actions', { actions: [keyActions(key)] });
    },
    async click(selector) {
      await s('POST', `/element/${await element(selector)}/click`, {});
    },
    /** Presses the pointer at x fraction `from` of the element's width and drags to `to`. */
    async drag(selector, from, to) {
      const el = await element(selector);
      const rect = await s('GET', `/element/${el}/rect`);
      const at = (f) => ({ type: 'pointerMove', duration: 50, origin: 'viewport', x: Math.round(rect.x + f * rect.width), y: Math.round(rect.y + rect.height / 2) });
      const steps = [at(from), { type: 'pointerDown', button: 0 }];
      for (let i = 1; i <= 5; i++) steps.push(at(from + ((to - from) * i) / 5));
      steps.push({ type: 'pointerUp', button: 0 });
      await s('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }] });
      await s('DELETE', '/actions').catch(() => {});
    },
    async screenshot(file) {
      await writeFile(file, Buffer.from(await s('GET', '/screenshot'), 'base64'));
    },
    consoleErrors: () => execute(() => window.__engineErrors ?? [], []),
    async close() {
      await s('DELETE', '').catch(() => {});
      kill();
    },
  };
}
