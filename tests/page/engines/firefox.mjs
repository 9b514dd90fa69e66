// Firefox ESR (Debian's `firefox-esr`) through puppeteer-core over WebDriver BiDi. Playwright
// drives only its own patched Firefox build, which cannot be downloaded here; puppeteer-core
// downloads nothing and speaks the standard protocol stock Firefox implements.

import puppeteer from 'puppeteer-core';
import { VIEWPORT } from './session.mjs';

export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

export async function openFirefox() {
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: VIEWPORT,
      // No update checks, telemetry or remote settings: the lab must work offline, and a
      // request to the outside world would only slow a CI run down.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    });
  } catch (err) {
    throw new Error(`cannot start Firefox at ${FIREFOX} (install firefox-esr or set FIREFOX): ${err.message}`);
  }
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  // defaultViewport applies to pages puppeteer opens, not to the tab Firefox starts with.
  await page.setViewport(VIEWPORT);
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(`console.error: ${msg.text()}`));
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));

  const centre = async (selector) => {
    const box = await (await page.$(selector)).boundingBox();
    return { box, y: box.y + box.height / 2 };
  };
  return {
    engine: 'firefox',
    version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.click(selector),
    async drag(selector, from, to) {
      const { box, y } = await centre(selector);
      const x = (f) => box.x + f * box.width;
      await page.mouse.move(x(from), y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(x(from + ((to - from) * i) / 5), y);
      await page.mouse.up();
    },
    screenshot: (file) => page.screenshot({ path: file }),
    consoleErrors: async () => [...errors],
    close: () => browser.close(),
  };
}
