// The link is the lab's memory. What each key means, its bounds and how it is written are the
// core's one table of properties (src/core/settings/props.rs): the page reads the link into the
// core's settings (LabSettings), shows what was ignored, and writes the link back from them.
// Opening the written link rebuilds every run bit for bit.

import { say } from './l10n.js';
import { LabSettings, hideableControls } from '../pkg/dropout_lab.js';
import { liveSettings, useSettings } from './apply.js';
import { showBanner } from './banner.js';
import { $, engine, settings } from './shared.js';

// Controls a classroom link can hide (`hide=seed,lr`; the names are the core's), each with the
// element that goes.
const HIDEABLE = new Map([
  ['preset', () => $('preset').closest('label')],
  ['seed', () => $('seed').closest('label')],
  ['lr', () => $('lr').closest('label')],
  ['play', () => $('play')],
  ['step', () => $('step')],
  ['reset', () => $('reset')],
  ['speed', () => $('speed').closest('label')],
  ['copy', () => $('copy-link')],
  ['mode', () => $('mode-train').closest('.toggle')],
  ['example', () => $('example').closest('label')],
  ['rate', () => $('rate').closest('.rate')],
  ['input', () => $('input-rate').closest('.rate')],
  ['scaling', () => $('scaling').closest('.rate')],
  ['hidden', () => $('hidden').closest('.rate')],
  ['add', () => $('add-run')],
  ['remove', () => $('runs')], // hides the runs' × buttons (a class, see style.css)
  ['log', () => $('log').closest('label')],
  ['note', () => $('note')],
  ['setup', () => $('setup')], // the Data & network panel (#10)
  ['lesson', () => $('lesson-open')], // the Lesson button (#13)
  ['code', () => $('code-open')], // the Code button (#21)
]);

// The banner lists this many problems at most; a fuzzed link can hold hundreds.
const MAX_PROBLEMS = 8;

/**
 * Reads the URL into the page's settings (nothing is built yet); says in the banner what was
 * not understood.
 */
export function readUrl() {
  const read = LabSettings.fromLink(location.search);
  useSettings(read);
  const problems = read.ignored(); // said once the link's own lang= is spoken
  if (problems.length) {
    const more = Math.max(0, problems.length - MAX_PROBLEMS);
    showBanner(say('link-not-understood', { problems: problems.slice(0, MAX_PROBLEMS).join('; '), more }));
  }
}

// While start-up builds the page the link is written once, after the first frame: each write
// is a history.replaceState, several milliseconds of the browser's own work, and start-up
// asked for three before its first chart (#18).
let urlHeld = false;
let urlDue = false;

/** Takes what the page changed into its settings and writes them into the URL (no reload). */
export function writeUrl() {
  if (!engine.settings) return; // start-up has not read the link yet
  useSettings(liveSettings());
  if (urlHeld) urlDue = true;
  else replaceLink();
}

function replaceLink() {
  history.replaceState(null, '', `?${engine.settings.toLink()}`);
}

/** Start-up: the settings still follow every change, the URL waits for `releaseUrl`. */
export function holdUrl() {
  urlHeld = true;
}

/** Writes the link held since `holdUrl`, if anything asked for it. */
export function releaseUrl() {
  urlHeld = false;
  if (urlDue) replaceLink();
  urlDue = false;
}

/** Hides the controls a classroom link names. */
export function applyHidden() {
  // The core's table says which names `hide=` takes; each needs its element here (a console
  // error fails every page test, so a name added on one side only is caught).
  for (const name of hideableControls()) if (!HIDEABLE.has(name)) console.error(`hide=${name}: no control to hide`);
  const hide = new Set(settings.hide ?? []);
  for (const [name, element] of HIDEABLE) {
    if (name === 'remove') element().classList.toggle('no-remove', hide.has(name));
    else element().hidden = hide.has(name);
  }
}
