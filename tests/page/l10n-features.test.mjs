// The features of #20 and #21 in the class's language (#19): with lang=de the Describe button,
// a spoken sentence, Listen's mapping in Help, a table's caption and numbers (0,5 written with a
// comma), the Code panel, Calm and Contrast are German; with lang=en-XA (the pseudo-locale) they
// are bracketed, so none is left outside the catalogs.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bannerText, pause, sharedLab, snapshot } from './harness.mjs';

const lab = sharedLab();

async function open(lang, more = '') {
  const { page } = lab;
  await page.goto(`${new URL(`?lang=${lang}${more}`, lab.url)}`);
  await page.waitForFunction(() => window.lab?.narration, null, { timeout: 20_000 });
  await pause(page);
  return page;
}

/** Describe, then what the live region says (its first line: the race's heading). */
async function described(page) {
  await page.evaluate(() => (document.getElementById('narration').textContent = ''));
  await page.click('#describe');
  await page.waitForFunction(() => document.getElementById('narration').textContent.trim() !== '');
  return page.locator('#narration').textContent();
}

/** Steps a few epochs, shows the loss chart's table and returns its caption and first cells. */
async function lossTable(page) {
  await page.evaluate(() => window.lab.step(40));
  await page.click('#loss-table-toggle');
  await page.waitForSelector('#loss-table caption');
  return page.evaluate(() => {
    const t = document.querySelector('#loss-table table');
    return { caption: t.caption.textContent, head: t.tHead.rows[0].cells[0].textContent, cell: t.tBodies[0].rows[0].cells[1].textContent };
  });
}

test('in German the Describe button, a spoken sentence, Help and a table are German', { timeout: 60_000 }, async () => {
  const page = await open('de');
  assert.equal((await page.locator('#describe').textContent()).trim(), 'Beschreiben');
  await page.evaluate(() => window.lab.step(40));
  const said = await described(page);
  assert.match(said, /^Epoche \d+ von \d+\. \d+ Läufe im Rennen\./, said);
  assert.match(said, /Validierungsverlust \d+,\d\d/, `a loss with a decimal comma: ${said}`);
  assert.doesNotMatch(said, /runs race|validation loss/, said);
  assert.match(await page.locator('#sound-mapping').textContent(), /^Der Ton ist aus/);
  assert.equal((await page.locator('[data-l10n-id="page-hearing-the-lab"]').textContent()).trim(), 'Das Labor hören');
  const table = await lossTable(page);
  assert.match(table.caption, /^Verlust von /, table.caption);
  assert.equal(table.head, 'Epoche');
  assert.match(table.cell, /^\d+,\d{4}$/, `a loss with a decimal comma: ${table.cell}`);
});

test('in the pseudo-locale the narrator, Describe and the tables are bracketed', { timeout: 60_000 }, async () => {
  const page = await open('en-XA');
  const button = (await page.locator('#describe').textContent()).trim();
  assert.ok(button.startsWith('[') && button.endsWith(']'), button);
  const said = await described(page);
  // Describe joins the core's sentences by line; the race's and the diagram's come first.
  for (const line of said.split('\n').slice(0, 2)) assert.ok(line.startsWith('[') && line.trim().endsWith(']'), line);
  const table = await lossTable(page);
  for (const text of [table.caption, table.head]) assert.ok(text.startsWith('[') && text.endsWith(']'), text);
  await page.click('#play');
  await page.waitForFunction(() => window.lab.narration().length > 0);
  const played = await page.evaluate(() => window.lab.narration().at(-1).text);
  assert.ok(played.startsWith('[') && played.endsWith(']'), played);
  await pause(page);
});

test('the Code panel, Calm and Contrast speak the language too', { timeout: 60_000 }, async () => {
  const page = await open('de');
  assert.equal((await page.locator('#calm').textContent()).trim(), 'Ruhig');
  assert.match(await page.getAttribute('#contrast', 'title'), /^Hoher Kontrast/);
  await page.click('#code-open');
  assert.equal((await page.locator('#code-title').textContent()).trim(), 'Dieses Experiment als Code');
  assert.equal((await page.locator('#code-copy').textContent()).trim(), 'Code kopieren');
  await page.click('#code-close');
  const pseudo = await open('en-XA');
  for (const id of ['#calm', '#contrast', '#code-open']) {
    const text = (await pseudo.locator(id).textContent()).trim();
    assert.ok(text.startsWith('[') && text.endsWith(']'), `${id}: ${text}`);
  }
});

// #19: a broken link's banner is the catalog's to the last detail (a quantity's name, what was
// expected, an unknown key), in the link's own language; the words a user typed stay as typed.
const BROKEN = '&hidden=0&batch=ten&preset=nope&rates=0.5~wobble&colour=red&seed=-1';
const LINK_WORDS = ['moons', 'wiggle', 'digits', 'rivals', 'classic', 'gaussian', 'dropconnect', 'maxnorm_C', 'l2_λ', 'evaldrop', 'noscale', 'keep'];
const TYPED = ['hidden', 'batch', 'ten', 'preset', 'nope', 'rates', 'wobble', 'colour', 'red', 'seed', 'full'];

test('a broken link in German and in the pseudo-locale shows no English detail; the lab still runs', { timeout: 60_000 }, async () => {
  let page = await open('de', BROKEN);
  const german = await bannerText(page);
  assert.match(german, /nicht verstanden/, german);
  assert.match(german, /Einheiten in verdeckter Schicht 1 = 0 liegt außerhalb/, german);
  assert.match(german, /„colour“ ist keine Einstellung/, german);
  assert.doesNotMatch(german, /out of range|expected|is not a setting|unknown|ignored/, german);
  const before = (await snapshot(page)).iteration;
  await page.evaluate(() => window.lab.step(5));
  assert.ok((await snapshot(page)).iteration > before, 'the lab trains under the banner');

  page = await open('en-XA', BROKEN);
  const pseudo = await bannerText(page);
  assert.ok(pseudo.startsWith('['), pseudo);
  // Every plain ASCII word left is a word of the link: the refused keys and values, and the
  // lists of words the link takes (preset names, run variants).
  const words = [...TYPED, ...LINK_WORDS];
  let rest = pseudo;
  for (const w of words.sort((a, b) => b.length - a.length)) rest = rest.replaceAll(w, ' ');
  assert.deepEqual(rest.match(/[A-Za-z]{3,}/g) ?? [], [], pseudo);
  await page.evaluate(() => window.lab.step(5));
  assert.ok((await snapshot(page)).iteration >= 5, 'the pseudo-locale lab trains too');
});
