// Keyboard shortcuts, for a teacher at a projector with one hand on the keyboard. Each presses
// the page's own control (or moves the slider through its own events), so the link, the
// read-outs and the runs list follow exactly as after a click. None fires while the teacher
// types in a field or holds Ctrl, Alt or Meta (the browser's own shortcuts), and a focused
// control keeps its own keys: the slider its arrows, a button its Space and Enter.

import { guard } from './banner.js';
import { changed } from './controls.js';
import { openHelp } from './help.js';
import { $, engine, settings } from './shared.js';

// Keys a focused control handles itself, by the kind of control.
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const ACTIVATE_KEYS = new Set([' ', 'Enter']);

/** Whether the key belongs to the element that has focus rather than to the page. */
function ownedByFocus(target, key) {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return SLIDER_KEYS.has(key);
    if (target.type === 'checkbox' || target.type === 'radio') return ACTIVATE_KEYS.has(key);
    return true; // a text or number field: every key is typing
  }
  return ACTIVATE_KEYS.has(key) && (target instanceof HTMLButtonElement || target.tabIndex >= 0);
}

/** Sets the focused run's hidden rate as dragging the slider there would. */
function setRate(p) {
  const slider = $('rate');
  if (slider.hidden || slider.closest('[hidden]')) return;
  slider.value = String(p);
  slider.dispatchEvent(new Event('input', { bubbles: true }));
  slider.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Moves the focus to the run `delta` rows away, as clicking its row would. */
function pickRun(delta) {
  const runs = engine.lab.runCount();
  const run = Math.min(runs - 1, Math.max(0, engine.lab.focused() + delta));
  guard((lab) => lab.setFocused(run));
  changed();
}

// A hidden control (a classroom link's `hide=`) stays out of reach of its key too.
const press = (id) => {
  const button = $(id);
  if (button && !button.hidden && !button.closest('[hidden]') && !button.disabled) button.click();
};

const ACTIONS = new Map([
  [' ', () => press('play')],
  ['ArrowRight', () => press('step')],
  ['r', () => press('reset')],
  ['e', () => press(settings.mode === 'eval' ? 'mode-train' : 'mode-eval')],
  ['ArrowUp', () => pickRun(-1)],
  ['ArrowDown', () => pickRun(1)],
  ['p', () => press('present')],
  ['f', () => press('fullscreen')],
  ['d', () => press('describe')],
  ['?', openHelp],
  ['Escape', () => {
    $('link-box').hidden = true;
    $('banner').hidden = true;
  }],
]);

function onKey(e) {
  if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
  // An open dialog has the keyboard (it closes itself on Esc).
  if (document.querySelector('dialog[open]')) return;
  if (ownedByFocus(e.target, e.key)) return;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const action = /^[0-9]$/.test(key) ? () => setRate(Number(key) / 10) : ACTIONS.get(key);
  if (!action) return;
  // An action that returns false did not apply (a lesson key with no lesson open): the browser
  // keeps the key.
  if (action() !== false) e.preventDefault(); // Space would scroll the page, arrows too
}

/**
 * Another module's key (the lesson's). A key the page already uses runs both; the key stays the
 * browser's only if every action returns false.
 */
export function addShortcut(key, action) {
  const before = ACTIONS.get(key);
  ACTIONS.set(key, before ? () => [before(), action()].some((done) => done !== false) : action);
}

export function wireShortcuts() {
  document.addEventListener('keydown', onKey);
}
