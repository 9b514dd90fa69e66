// What the engine suite needs of a browser, whichever drives it: Firefox through puppeteer-core
// (WebDriver BiDi), WebKitGTK through WebKitWebDriver (classic W3C WebDriver). Each opener
// returns a session with the same small surface, so one test body runs in both:
//
//   engine, version             which browser this is
//   goto(url)                   navigate and wait for the load event
//   evaluate(fn, ...args)       run fn in the page (JSON in and out; a returned promise is awaited)
//   press(key)                  a key press on the focused element ('ArrowRight', 'End', …)
//   click(selector)             a real pointer click on the element's centre
//   drag(selector, from, to)    pointer down at fraction `from` of its width, move, up at `to`
//   screenshot(file)            a PNG of the viewport
//   consoleErrors()             console.error messages and uncaught errors seen so far
//   close()                     end the browser (and its driver)

export const VIEWPORT = { width: 1366, height: 768 };
export const LAB_READY_TIMEOUT_MS = 30_000;

export const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs in the page: keeps console.error messages and uncaught errors in window.__engineErrors,
 * for drivers that have no console events of their own.
 */
export function recordErrors() {
  if (window.__engineErrors) return;
  const errors = [];
  window.__engineErrors = errors;
  const original = console.error.bind(console);
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    original(...args);
  };
  window.addEventListener('error', (e) => errors.push(`page error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${e.reason}`));
}

/** Polls `fn` in the page until it returns something truthy; that value, or an error on timeout. */
export async function waitFor(session, fn, arg, { timeoutMs = 10_000, what = String(fn) } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await session.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${session.engine}: timed out waiting for ${what}`);
    await settle(100);
  }
}

/** Navigates to the lab and waits until the page has set window.lab (wasm loaded, page wired). */
export async function openLabIn(session, url) {
  await session.goto(url);
  try {
    await waitFor(session, () => typeof window.lab !== 'undefined', undefined, { timeoutMs: LAB_READY_TIMEOUT_MS, what: 'window.lab' });
  } catch (err) {
    const banner = await session.evaluate(() => document.getElementById('banner')?.textContent?.trim() ?? '');
    throw new Error(`${err.message}; banner: "${banner}"; errors: ${JSON.stringify(await session.consoleErrors())}`);
  }
}
