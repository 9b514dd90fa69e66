// The lab under the strict Content Security Policy that school networks and learning platforms
// impose, served as a header by the same server as `cargo xtask serve` (xtask/src/serve.rs):
// loading, training and every kind of control must not trip it, so no inline script or style,
// no eval, nothing fetched from elsewhere.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LAB_URL, openLab, recordCspViolations, snapshot } from './harness.mjs';

const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'";

/** Console messages that report a blocked resource (Chromium logs them as errors). */
function cspConsoleMessages(lab) {
  return lab.consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m));
}

test('every file of the lab is served with the strict policy and nosniff', async () => {
  for (const file of ['', 'lab.js', 'style.css', 'pkg/dropout_lab.js', 'pkg/dropout_lab_bg.wasm', 'no-such-file']) {
    const response = await fetch(new URL(file, LAB_URL));
    await response.arrayBuffer();
    assert.equal(response.headers.get('content-security-policy'), POLICY, `/${file}`);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', `/${file}`);
    assert.equal(response.headers.get('x-frame-options'), null, `/${file}: embedding must stay possible`);
  }
});

test('training and every kind of control run without a policy violation', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t, { initScript: recordCspViolations });
  const { page } = lab;
  const policy = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.equal(policy, POLICY, 'the page itself is under the policy');

  const play = page.locator('#play');
  await play.click(); // Play
  await page.waitForFunction(() => window.lab.snapshot().iteration >= 20, null, { timeout: 30_000 });
  await play.click(); // Pause
  await page.locator('#step').click();
  const slider = page.getByRole('slider', { name: 'Dropout rate', exact: true });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.locator('#add-run').click();
  assert.equal((await snapshot(page)).runs.length, 4, 'Add rate added a run');
  const preset = page.getByRole('combobox', { name: 'Preset' });
  const other = await preset.evaluate((select) => [...select.options].find((o) => !o.selected).value);
  await preset.selectOption(other);
  await page.waitForFunction((p) => window.lab.snapshot().preset === p, other, { timeout: 20_000 });
  await page.evaluate(() => window.lab.step(5));
  await page.locator('#mode-eval').click();

  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'no violation while using the lab');
  assert.deepEqual(cspConsoleMessages(lab), []);
  assert.deepEqual(lab.consoleErrors, []);

  // The listener and the policy are real: an inline script is refused and reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
  });
  await page.waitForFunction(() => window.cspViolations.length > 0, null, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => window.inlineRan), undefined, 'the inline script did not run');
});
