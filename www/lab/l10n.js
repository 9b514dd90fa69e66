// The page's language (#19): which one the page speaks, and its static text. Every word comes
// finished from the core's Fluent catalogs (src/l10n/*.ftl): one call (`pageStrings`) fills
// every element marked `data-l10n-id`, its text and the attributes it already has (aria-label,
// title, placeholder); a message whose id ends in `-html` keeps its <b> and <i>. Modules that
// write text of their own ask `say(id, args)` and register `onLanguage` to write it again.

import { canonicalNumber, formatNumber, languageList, languageNow, pageStrings, setLanguage, t } from '../pkg/dropout_lab.js';
import { $, afterFirstPaint } from './shared.js';

const ATTRIBUTES = ['aria-label', 'title', 'placeholder'];
const FORM = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const listeners = [];
let spoken = null;

/** The message `id` in the language spoken, with `args` ({name: text or number}). */
export const say = (id, args = {}) => t(id, args);

/** `x` with `digits` decimals, as the language spoken writes it (thousands grouped). */
export const num = (x, digits = 0) => formatNumber(x, digits);

/**
 * [`say`], or `english` when the catalog cannot be reached: the engine's wasm did not load
 * (the one moment the page speaks without the core, to say why it cannot start).
 */
export function sayOr(english, id, args = {}) {
  try {
    return say(id, args);
  } catch {
    return english;
  }
}

/**
 * A decimal typed in a field, as a number: the language's decimal comma is read as well as the
 * point (the core's one rule, `canonicalNumber`). NaN when it is no number.
 */
export const typedNumber = (text) => Number(canonicalNumber(text));

/**
 * Calls `write` now (if a language is spoken yet) and again whenever the language changes;
 * `now: false` for a writer whose text the page has just written in the language spoken.
 */
export function onLanguage(write, { now = true } = {}) {
  listeners.push(write);
  if (spoken && now) write();
}

/**
 * Speaks the language the settings ask for (`lang=`, a setup file), else the browser's first
 * one the lab has, else English. Returns whether the language changed.
 */
export function speak(requested) {
  const tag = setLanguage([requested, ...(navigator.languages ?? [])].filter(Boolean));
  if (tag === spoken) return false;
  spoken = tag;
  translatePage();
  for (const write of listeners) write();
  return true;
}

function translatePage() {
  const [tag, dir, decimal] = languageNow();
  document.documentElement.lang = tag;
  document.documentElement.dir = dir;
  // A number field takes only the point in most browsers: where the language writes a decimal
  // comma, the decimal fields become text fields that read either (typedNumber).
  for (const el of document.querySelectorAll('input[data-decimal]')) {
    el.type = decimal === ',' ? 'text' : 'number';
    el.inputMode = 'decimal';
  }
  const flat = pageStrings().split('\u001f'); // id, attribute or '', text, … (src/binding/l10n.rs)
  const texts = new Map();
  for (let i = 0; i < flat.length; i += 3) texts.set(flat[i + 1] ? `${flat[i]}.${flat[i + 1]}` : flat[i], flat[i + 2]);
  // Only what differs is written: at start-up the page's HTML already says most of it (in
  // English, 211 of 213 writes were of the same text, #18).
  for (const el of document.querySelectorAll('[data-l10n-id]')) {
    const id = el.dataset.l10nId;
    const text = texts.get(id);
    if (text !== undefined && id.endsWith('-html')) {
      if (el.innerHTML !== text) el.innerHTML = text;
    } else if (text !== undefined && !FORM.has(el.tagName) && el.childElementCount === 0 && el.textContent !== text) {
      el.textContent = text;
    }
    for (const name of ATTRIBUTES) {
      const value = texts.get(`${id}.${name}`);
      if (value !== undefined && el.hasAttribute(name) && el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
  }
  const menu = $('lang');
  if (menu.options.length === 0) {
    fillLanguageMenu(menu, (name, option) => option === tag || LATIN.test(name));
    afterFirstPaint(() => fillLanguageMenu(menu, () => true));
  }
  menu.value = tag;
}

// A language's own name in another script than the page's (中文, العربية) sends a cold browser
// looking for a fallback font to measure the menu's width: tens of milliseconds before the first
// chart (#18). Those names come after the first paint; they are narrower than the widest name
// in Latin letters (Português (Brasil)), so the menu keeps its width.
const LATIN = /^[\u0000-\u024f]*$/;

// Adds, in the core's order, every language the menu lacks that `now` accepts; keeps the
// options it has (the pseudo-locale a test added, the one spoken).
function fillLanguageMenu(menu, now) {
  const list = languageList();
  let at = 0;
  for (let i = 0; i < list.length; i += 2) {
    const [option, name] = [list[i], list[i + 1]];
    const there = [...menu.options].findIndex((o) => o.value === option);
    if (there >= 0) at = there + 1;
    else if (now(name, option)) menu.add(new Option(name, option), at++);
  }
}
