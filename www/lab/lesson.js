// The guided lesson: a card above the lab walks a class through dropout in predict → reveal
// steps (lesson-steps.js). Each step sets the lab up through the page's own paths (applySettings,
// the speed and view a teacher's clicks use, so the link, the controls and the runs list follow), asks its question, and on Reveal plays and outlines the element that
// answers it. Leaving the lesson (×, Esc) keeps the lab exactly as it is; `lesson=N` in the
// link reopens step N.

import { onLanguage, say } from './l10n.js';
import { defaultSpeed } from '../pkg/dropout_lab.js';
import { applySettings } from './apply.js';
import { guard } from './banner.js';
import { changed } from './controls.js';
import { STEPS } from './lesson-steps.js';
import { writeUrl } from './link.js';
import { $, engine, ui } from './shared.js';
import { addShortcut } from './shortcuts.js';
import { setMode, setPlaying, setSpeed } from './transport.js';

// What the card shows now; `ui.lesson` (the link's `lesson=N`) is the step while it is open.
const state = { index: 0, revealed: false, spots: [] };

/** The steps this page can show: a step whose panel is missing is left out. */
function shownSteps() {
  return STEPS.filter((step) => !step.when || step.when());
}

// A spot is an element id, or 'run:N' for run N's row in the runs list. Rows are rebuilt as the
// runs change, so the row's outline is a CSS rule on the list (data-lesson-spot), not a class.
function spotElement(spot) {
  const run = /^run:(\d+)$/.exec(spot);
  return run ? $('runs').children[Number(run[1])] : $(spot);
}

function clearSpots() {
  for (const el of document.querySelectorAll('.lesson-spot')) el.classList.remove('lesson-spot');
  delete $('runs').dataset.lessonSpot;
  state.spots = [];
}

function showSpots(spots) {
  clearSpots();
  state.spots = spots;
  for (const spot of spots) {
    const run = /^run:(\d+)$/.exec(spot);
    if (run) $('runs').dataset.lessonSpot = run[1];
    else $(spot)?.classList.add('lesson-spot');
  }
  // The first spot is the one the answer is about: it comes into view, and the others too if
  // they fit beside it (in Present mode the window-high charts may leave no room).
  const [first, ...others] = spots.map(spotElement).filter(Boolean);
  first?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  for (const el of others) {
    const [x, y] = [scrollX, scrollY];
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    if (!inView(first)) scrollTo(x, y);
  }
}

/** Whether `el` is wholly in the window and not under the (sticky) card. */
function inView(el) {
  const r = el.getBoundingClientRect();
  return r.top >= $('lesson').getBoundingClientRect().bottom && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth;
}

/**
 * Builds the lab a step asks for through the page's one way in for settings, as choosing its
 * preset, runs and speed by hand would: the preset on its own seed (every claim of the steps
 * holds there), the step's hidden sizes and rates (one hidden p per run, plain inverted
 * dropout) or the preset's, training view, linear scale.
 */
function applySetup(setup) {
  setPlaying(false);
  const preset = engine.presets.find((p) => p.name === setup.preset) ?? engine.presets.find((p) => p.default) ?? engine.presets[0];
  applySettings({
    preset: preset.name,
    seed: preset.seed,
    hidden: setup.hidden,
    rates: setup.rates,
    focus: setup.focus,
    lr: undefined,
    mode: undefined,
    log: undefined,
  });
  setSpeed(setup.speed ?? defaultSpeed());
  setMode('train');
  $('note').classList.toggle('lesson-quiet', !setup.note);
  changed();
}

const REVEALS = {
  step: () => guard((lab) => lab.step(1)),
  play: () => setPlaying(true),
  eval: () => setMode('eval'),
};

function render() {
  const steps = shownSteps();
  const step = steps[state.index];
  $('lesson-count').textContent = say('lesson-count', { step: state.index + 1, steps: steps.length });
  $('lesson-title').textContent = say(step.title);
  $('lesson-question').textContent = say(step.question);
  $('lesson-answer').textContent = step.answer.map((id) => say(id)).join(' ');
  $('lesson-answer').hidden = !state.revealed;
  $('lesson-reveal').disabled = state.revealed;
  $('lesson-back').disabled = state.index === 0;
  $('lesson-next').textContent = say(state.index === steps.length - 1 ? 'lesson-finish' : 'page-lesson-next');
  fitCard();
}

// The card's height comes off the charts' (style.css), so the lab still fits the window under
// it. Measured at once when the card's text changes (a spot is scrolled to right after), and
// again whenever the window reflows it.
function fitCard() {
  document.documentElement.style.setProperty('--lesson-h', `${$('lesson').offsetHeight}px`);
}

/** Opens step `n` (1-based, clamped to the steps shown) with its lab set up. */
export function openStep(n) {
  const steps = shownSteps();
  state.index = Math.min(Math.max(1, Math.round(n)), steps.length) - 1;
  state.revealed = false;
  clearSpots();
  applySetup(steps[state.index].setup);
  ui.lesson = state.index + 1;
  document.documentElement.classList.add('lesson-on');
  $('lesson').hidden = false;
  $('lesson-open').setAttribute('aria-pressed', 'true');
  render();
  writeUrl();
}

/** Plays the step and shows its answer and what to look at. */
export function reveal() {
  if (ui.lesson === undefined || state.revealed) return;
  const step = shownSteps()[state.index];
  state.revealed = true;
  REVEALS[step.reveal]?.();
  render();
  showSpots(step.spot);
}

/** Leaves the lesson; the lab stays as it is (running or not). */
export function leaveLesson() {
  if (ui.lesson === undefined) return;
  delete ui.lesson;
  clearSpots();
  $('note').classList.remove('lesson-quiet');
  document.documentElement.classList.remove('lesson-on');
  $('lesson').hidden = true;
  $('lesson-open').setAttribute('aria-pressed', 'false');
  writeUrl();
}

function back() {
  if (state.index > 0) openStep(state.index);
}

function next() {
  if (state.index + 1 < shownSteps().length) openStep(state.index + 2);
  else leaveLesson();
}

/** What `window.lab.lesson()` and the tests read. */
function lessonState() {
  const steps = shownSteps();
  if (ui.lesson === undefined) return { open: false, steps: steps.length };
  return {
    open: true,
    step: state.index + 1,
    steps: steps.length,
    title: say(steps[state.index].title),
    titleId: steps[state.index].title, // the message id, as the steps' table has it
    entry: STEPS.indexOf(steps[state.index]), // which entry of the table: two can share a title
    revealed: state.revealed,
    spots: state.spots.map((spot) => (spotElement(spot)?.id ? `#${spotElement(spot).id}` : spot)),
  };
}

/** Wires the lesson card; `fromLink` (the link's `lesson=N`, read at start-up) reopens step N. */
export function wireLesson(fromLink) {
  $('lesson-open').addEventListener('click', () => (ui.lesson === undefined ? openStep(1) : leaveLesson()));
  $('lesson-back').addEventListener('click', back);
  $('lesson-reveal').addEventListener('click', reveal);
  $('lesson-next').addEventListener('click', next);
  $('lesson-close').addEventListener('click', leaveLesson);
  // A presenter's clicker sends PageDown/PageUp: forward reveals, then moves on. The keys are
  // the page's only while the lesson is open (otherwise PageDown scrolls as usual).
  const open = (action) => () => {
    if (ui.lesson === undefined) return false;
    action();
    return true;
  };
  const forward = open(() => (state.revealed ? next() : reveal()));
  const backKey = open(back);
  addShortcut('n', forward);
  addShortcut('PageDown', forward);
  addShortcut('b', backKey);
  addShortcut('PageUp', backKey);
  addShortcut('Escape', open(leaveLesson));
  new ResizeObserver(fitCard).observe($('lesson'));
  window.lab.lesson = lessonState;
  // The card's words are the language's: a new language rewrites the open step in it.
  onLanguage(() => ui.lesson !== undefined && render());
  // A link's lesson=N is read once, at start-up; from then on ui.lesson is the step shown (a
  // setup file or a rebuild from the link leaves the lesson as it is).
  if (fromLink !== undefined) openStep(fromLink);
}
