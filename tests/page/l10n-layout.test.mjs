// Layout faults of the translated page (#19): the chosen preset's name shows whole in the bar in
// every language where the bar has room; Japanese never breaks ドロップアウト率 inside the word;
// a message that is empty in a language (the Help dialog's review note in English) leaves no
// empty paragraph. At a phone, a laptop and a projector, with no sideways scroll.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextFrames, openLab } from './harness.mjs';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt-BR', 'zh-CN', 'ja', 'ar'];

/** The preset menu's width, the width its chosen name takes in its font, the controls' labels
 * wider than their column, and the page's width. */
function presetRoom(page) {
  return page.evaluate(() => {
    const menu = document.getElementById('preset');
    const ctx = document.createElement('canvas').getContext('2d');
    const style = getComputedStyle(menu);
    ctx.font = style.font;
    const name = menu.options[menu.selectedIndex].textContent;
    // The room inside the menu for its text: its width less its padding and the arrow (~16 px).
    const inner = menu.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd) - 16;
    const labelsOver = [...document.querySelectorAll('.rate-label')]
      .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent);
    return { name, text: ctx.measureText(name).width, inner, labelsOver, scroll: document.documentElement.scrollWidth };
  });
}

test('every language shows the chosen preset’s name whole in the bar and its controls’ labels within their column', { timeout: 120_000 }, async (t) => {
  // The retain notation names the rate with the longest word (German: Behaltewahrscheinlichkeit).
  const { page, consoleErrors } = await openLab(t, { query: 'notation=retain' });
  const cut = [];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const tag of LANGUAGES) {
      await page.selectOption('#lang', tag);
      await nextFrames(page, 2);
      const m = await presetRoom(page);
      assert.ok(m.scroll <= size.width, `${tag} ${size.width}×${size.height}: the page is ${m.scroll} px wide`);
      // On a phone the bar has no room for every name: it must still not scroll sideways.
      if (size.width > 390 && m.text > m.inner + 1) cut.push(`${tag} ${size.width}: "${m.name}" needs ${Math.ceil(m.text)} px, has ${m.inner}`);
      cut.push(...m.labelsOver.map((label) => `${tag} ${size.width}: the label "${label}" runs past its column`));
    }
  }
  assert.deepEqual(cut, []);
  assert.deepEqual(consoleErrors, []);
});

test('Japanese keeps ドロップアウト率 whole in the controls at a phone, a laptop and a projector', { timeout: 60_000 }, async (t) => {
  // Four runs: the runs list's note (at most four race at once) is shown too.
  const { page, consoleErrors } = await openLab(t, { query: 'lang=ja&rates=0,0.2,0.5,0.8' });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await nextFrames(page, 2);
    const m = await page.evaluate(() => {
      // Each label's word ドロップアウト: one box means it is on one line.
      const broken = [];
      for (const el of document.querySelectorAll('.rate-label')) {
        const node = el.firstChild;
        const at = node?.textContent.indexOf('ドロップアウト') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'ドロップアウト'.length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(el.textContent);
      }
      const over = [...document.querySelectorAll('.rate-label, .rate output')]
        .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
        .map((el) => el.textContent);
      // A note squeezed to a column of single characters: narrower than six of them.
      const squeezed = [...document.querySelectorAll('.runs-head .why')]
        .filter((el) => el.checkVisibility() && el.textContent.trim() && el.getBoundingClientRect().width < 6 * parseFloat(getComputedStyle(el).fontSize))
        .map((el) => el.textContent);
      return { broken, over, squeezed, scroll: document.documentElement.scrollWidth, labels: document.querySelectorAll('.rate-label').length };
    });
    assert.ok(m.labels >= 2, 'the controls have their labels');
    assert.deepEqual(m.broken, [], `${size.width}×${size.height}: a word broken across lines`);
    assert.deepEqual(m.over, [], `${size.width}×${size.height}: a label overflows its box`);
    assert.deepEqual(m.squeezed, [], `${size.width}×${size.height}: a note squeezed to a column of characters`);
    assert.ok(m.scroll <= size.width, `${size.width}×${size.height}: the page is ${m.scroll} px wide`);
  }
  assert.deepEqual(consoleErrors, []);
});

test('the Help dialog has no empty paragraph in English and says the review note in German', { timeout: 30_000 }, async (t) => {
  const { page, consoleErrors } = await openLab(t);
  await page.locator('#help-open').click();
  assert.equal(await page.locator('#help-review').textContent(), '');
  // An empty paragraph has no height, yet is laid out (its margins take room): it must not be.
  const shown = () => page.evaluate(() => document.getElementById('help-review').checkVisibility());
  assert.equal(await shown(), false, 'no empty paragraph in English');
  await page.keyboard.press('Escape');
  await page.selectOption('#lang', 'de');
  await page.locator('#help-open').click();
  assert.match(await page.locator('#help-review').textContent(), /Durchsicht/);
  assert.equal(await shown(), true, 'the review note is shown in German');
  assert.deepEqual(consoleErrors, []);
});
