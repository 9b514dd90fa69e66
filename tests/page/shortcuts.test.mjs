// Keyboard shortcuts, pressed as a teacher would: each does what the help lists, none fires
// while typing in the Seed or Hidden field or with Ctrl held, a focused slider keeps its own
// arrow keys, and ? opens the help dialog, which Esc closes with the focus back where it was.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLab, pause, snapshot } from './harness.mjs';

const blur = (page) => page.evaluate(() => document.activeElement?.blur());
const focusedRates = async (page) => {
  const snap = await snapshot(page);
  return snap.runs[snap.focused].dropRates;
};

test('every shortcut does what the help says, and none fires while typing', { timeout: 90_000 }, async (t) => {
  const lab = await openLab(t);
  const { page } = lab;
  await pause(page);
  await blur(page);

  // Space plays and pauses.
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => window.lab.playing), true, 'Space plays');
  await page.keyboard.press('Space');
  assert.equal(await page.evaluate(() => window.lab.playing), false, 'Space again pauses');
  // The engine may have trained a step or two while playing; wait for its last image (#18).
  await page.evaluate(() => window.lab.sync());

  // → steps exactly once; R resets.
  const before = (await snapshot(page)).iteration;
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => window.lab.sync()); // the step is the engine's (#18)
  assert.equal((await snapshot(page)).iteration, before + 1, '→ is one step');
  await page.keyboard.press('r');
  assert.equal((await snapshot(page)).iteration, 0, 'R resets');

  // E toggles the diagram between train and eval mode, as the toggle buttons do.
  await page.keyboard.press('e');
  assert.equal(await page.getAttribute('#mode-eval', 'aria-checked'), 'true');
  assert.match(page.url(), /mode=eval/, 'the link follows');
  await page.keyboard.press('e');
  assert.equal(await page.getAttribute('#mode-train', 'aria-checked'), 'true');

  // ↑/↓ pick the run; digits set the focused run's hidden rate through the slider's path.
  const start = await snapshot(page);
  await page.keyboard.press('ArrowUp');
  const up = await snapshot(page);
  assert.equal(up.focused, start.focused - 1, '↑ focuses the run above');
  const inputRate = up.runs[up.focused].dropRates[0];
  await page.keyboard.press('8');
  const rates = await focusedRates(page);
  assert.equal(rates[0], inputRate, 'a digit leaves the input rate alone');
  assert.ok(rates.slice(1).every((p) => Math.fround(p) === Math.fround(0.8)), `8 sets every hidden layer to 0.8: ${rates}`);
  assert.match(await page.textContent('#rate-out'), /p = 0\.80/, 'the read-out follows');
  assert.equal(await page.inputValue('#rate'), '0.8', 'the slider follows');
  // The runs list refreshes its numbers a few times a second, as while dragging the slider.
  await page.waitForFunction((i) => /p = 0\.80/.test(document.querySelector(`#runs li:nth-child(${i}) .run-label`).textContent), up.focused + 1);
  assert.match(decodeURIComponent(page.url()), /rates=[^&]*0\.8/, 'the link follows');
  await page.keyboard.press('0');
  assert.ok((await focusedRates(page)).slice(1).every((p) => p === 0), '0 switches dropout off');
  await page.keyboard.press('ArrowDown');
  assert.equal((await snapshot(page)).focused, start.focused, '↓ focuses the run below');

  // P and F press the Present and Fullscreen buttons.
  await page.evaluate(() => {
    window.pressed = [];
    for (const id of ['present', 'fullscreen']) {
      document.getElementById(id).addEventListener('click', () => window.pressed.push(id));
    }
  });
  await page.keyboard.press('p');
  assert.equal(await page.getAttribute('#present', 'aria-pressed'), 'true', 'P turns Present mode on');
  await page.keyboard.press('p');
  assert.equal(await page.getAttribute('#present', 'aria-pressed'), 'false', 'and off again');
  await page.keyboard.press('f');
  if (await page.evaluate(() => document.fullscreenElement !== null)) await page.keyboard.press('f');
  await page.evaluate(() => document.fullscreenElement && document.exitFullscreen());
  assert.deepEqual((await page.evaluate(() => window.pressed)).slice(0, 3), ['present', 'present', 'fullscreen']);

  // Typing in the Seed and Hidden fields is typing, whatever the keys.
  const quiet = await snapshot(page);
  for (const field of ['#seed', '#hidden']) {
    const old = await page.inputValue(field);
    await page.focus(field);
    await page.keyboard.type(' 5r e');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => window.lab.playing), false, `typing in ${field} does not play`);
    const after = await snapshot(page);
    assert.deepEqual([after.iteration, after.focused, after.runs.map((r) => r.dropRates)], [quiet.iteration, quiet.focused, quiet.runs.map((r) => r.dropRates)], `typing in ${field} changes nothing`);
    assert.equal(await page.getAttribute('#mode-train', 'aria-checked'), 'true');
    // Put the field back as it was, so leaving it is no change.
    await page.evaluate(([id, value]) => {
      document.querySelector(id).value = value;
      document.activeElement.blur();
    }, [field, old]);
  }

  // Ctrl (the browser's shortcuts) leaves the lab alone.
  await page.keyboard.press('Control+ArrowRight');
  assert.equal((await snapshot(page)).iteration, quiet.iteration, 'Ctrl+→ is not a step');

  // The focused slider keeps its arrows: → moves the rate one notch, it does not step.
  await page.focus('#rate');
  const notch = Number(await page.inputValue('#rate'));
  await page.keyboard.press('ArrowRight');
  assert.equal(Number(await page.inputValue('#rate')), notch + 0.05);
  assert.equal((await snapshot(page)).iteration, quiet.iteration, '→ on the slider is the slider’s');

  // ? opens the help dialog with the focus inside; Esc closes it and gives the focus back.
  await page.focus('#copy-link');
  await page.keyboard.press('?');
  assert.equal(await page.evaluate(() => document.getElementById('help').open), true, '? opens the help');
  assert.equal(await page.evaluate(() => document.getElementById('help').contains(document.activeElement)), true, 'focus moves into the help');
  assert.match(await page.textContent('#help'), /probability of DROPPING a unit/);
  await page.keyboard.press('Space'); // on the Close button: closes, and does not play
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.getElementById('help').open), false, 'Esc closes the help');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy-link', 'focus returns');
  assert.equal(await page.evaluate(() => window.lab.playing), false);

  // The ? button opens it too; Esc also closes a message.
  await page.click('#help-open');
  assert.equal(await page.evaluate(() => document.getElementById('help').open), true);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.lab.setDropRate(0, 0, 2)); // an error message
  assert.equal(await page.isVisible('#banner'), true);
  await blur(page);
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#banner'), false, 'Esc closes the message');
  assert.deepEqual(lab.consoleErrors, []);
});
