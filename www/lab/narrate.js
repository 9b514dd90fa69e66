// The described lab (#20): one polite live region the narrator speaks into, Describe (the button
// and the key D), and the canvases' accessible descriptions. Every sentence is the core's
// (lab.narrate, lab.announce, lab.describe, a sweep's describe, the notes): this module only
// puts it where a screen reader reads it, and the core's throttle decides when.

import { describeLesson, describeNote, narrationGapMs } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { onLanguage } from './l10n.js';
import { chirpOnTurn } from './sound.js';
import { refreshTables } from './tables.js';
import { $, engine, ui } from './shared.js';

// The canvases' descriptions follow the race at most this often: a description that changes
// every frame is one a screen reader never finishes.
const DESCRIPTIONS_MS = 3000;

const state = { log: [], lastDescribed: -Infinity, describedChanges: -1, tablesDueAt: Infinity, sweepDescribe: () => '' };

/**
 * Puts `text` in the live region, if there is any; `at` is the clock the core's throttle was
 * given (the frame's time, or the moment of the student's action), kept in the test log.
 */
function say(text, at = performance.now()) {
  if (!text) return;
  const region = $('narration');
  // The same sentence again (Describe twice) must be spoken again: change the node's text.
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
  state.log.push({ at, frame: ui.frameNo ?? 0, epoch: engine.lab.epoch(), text });
}

/** Says what the student just did (`play`, `pause`, `reset`, `rate`, `input-rate`). */
export function announce(event) {
  const now = performance.now();
  say(guard((lab) => lab.announce(event, now), undefined, false), now);
}

/**
 * Says what the narrator did not choose (Describe; a sweep done, an Inside view computed, whose
 * progress lines stay quiet): the narrator's next news waits its gap after it.
 */
export function sayAside(text) {
  const now = performance.now();
  guard((lab) => lab.heard(now), undefined, false);
  say(text, now);
}

/** Once per animation frame, after the engine's image is on the replica. */
export function narrateFrame(now) {
  say(guard((lab) => lab.narrate(now), undefined, false), now);
  chirpOnTurn();
  if (now - state.lastDescribed >= DESCRIPTIONS_MS) {
    state.lastDescribed = now;
    state.describedChanges = ui.changes;
    describeCanvases();
  }
  state.tablesDueAt = now + refreshTables(now);
}

/**
 * In how many ms from `now` (the frame's clock) the canvases' descriptions or a table are due
 * again, or Infinity. The descriptions are due only if something changed since they were last
 * written (ui.changes); the narrator's own news is the core's to time.
 */
export function narrateDueIn(now) {
  const described = state.describedChanges === ui.changes ? Infinity : state.lastDescribed + DESCRIPTIONS_MS - now;
  return Math.min(described, state.tablesDueAt - now);
}

/** The canvases' accessible descriptions (aria-describedby), from the core's sentences. */
function describeCanvases() {
  const lab = engine.lab;
  $('diagram-desc').textContent = lab.describeDiagram();
  $('loss-desc').textContent = lab.describeRace();
  $('data-desc').textContent = lab.describeMaps();
  $('sweep-desc').textContent = state.sweepDescribe();
}

/** The text of an element that is on the page and not hidden, or ''. */
function shownText(id) {
  const el = $(id);
  return el && !el.hidden && !el.closest('[hidden]') ? el.textContent.trim() : '';
}

/** Describe: the whole state, the core's sentences first, then the notes it wrote. */
export function describe() {
  const parts = [guard((lab) => lab.describe(), '', false), shownText('overconfident'), state.sweepDescribe()];
  const inside = shownText('inside-note');
  if (inside) parts.push(describeNote($('inside-view').selectedOptions[0]?.textContent ?? '', inside));
  const answer = shownText('lesson-answer');
  if (answer) parts.push(describeLesson($('lesson-title').textContent, answer));
  state.lastDescribed = -Infinity; // the canvases' descriptions catch up at once too
  sayAside(parts.filter(Boolean).join('\n')); // the narrator's next news waits its gap
}

/** The sweep module says how its panel describes itself (it owns the panel). */
export function describeSweepWith(f) {
  state.sweepDescribe = f;
}

export function wireNarration() {
  // A new language: the canvases' descriptions are said again in it at once.
  onLanguage(() => {
    state.lastDescribed = -Infinity;
    if (engine.lab) describeCanvases();
  });
  $('describe').addEventListener('click', describe);
  // For tests and scripted demos: every announcement {at, frame, epoch, text}, and the
  // core's least gap between two (ms).
  window.lab.narration = () => state.log.slice();
  window.lab.narrationGapMs = narrationGapMs;
}
