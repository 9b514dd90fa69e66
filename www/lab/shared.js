// What every part of the page shares: the Rust Lab handle, the core's settings (the one copy),
// the presets and colours read from Rust once the module is loaded, a read-out of the settings
// (`settings`) and the page's own running state (`ui`). One object each, so a module that
// replaces the Lab (a rebuild, a crash recovery) is seen by every other module at once.

import { t as say } from '../pkg/dropout_lab.js';

export const $ = (id) => document.getElementById(id);

export const engine = {
  lab: null, // the Rust Lab handle
  settings: null, // the core's LabSettings: what the link, a setup file and a change go through (apply.js)
  presets: [], // presetList(), parsed once
  colours: [], // runColours(): the swatches must match the chart's curves
};

// A read-out of `engine.settings` ({preset, seed, hidden, rates, variants, focus, lr, mode, …}),
// refreshed by apply.js after every change and every written link. Changes go through
// applySettings (apply.js); the view toggles (mode, notation, Present) set theirs here and
// writeUrl takes them into the core's settings.
export const settings = {};

// The frame loop rests while nothing changes (frames.js); whatever may change the screen wakes
// it. frames.js says how; until it does, a wake does nothing (there is no loop yet).
let wakeLoop = () => {};

/**
 * Something may have changed what the page shows: asks for an animation frame, if none is asked
 * for yet (the loop may be resting), and counts the change (ui.changes: the paced jobs of the
 * frames are due again only after one).
 */
export function wake() {
  ui.changes += 1;
  wakeLoop();
}

/** frames.js hands over how the loop is woken. */
export function onWake(f) {
  wakeLoop = f;
}

// Views that follow what the frames show (the Code panel's text, the embedding's epoch events)
// run at the end of every frame the loop runs, not in animation loops of their own: whatever
// can change them wakes the loop, and while it rests they cost nothing.
const frameJobs = new Set();

/** Runs `job(now)` at the end of each frame from now on, until it returns false. */
export function eachFrame(job) {
  frameJobs.add(job);
  wake();
}

/**
 * Calls `redraw(now)` once at the end of the frame after the window resizes (the event wakes
 * the loop), however many resize events a dragged window fires before it.
 */
export function afterResize(redraw) {
  const once = (now) => (redraw(now), false);
  window.addEventListener('resize', () => eachFrame(once));
}

/** frames.js: the end of a frame. */
export function runFrameJobs(now) {
  for (const job of frameJobs) if (job(now) === false) frameJobs.delete(job);
}

export const ui = {
  timing: [], // [engine, draw, other] milliseconds of the last 120 frames (engine: tick + images)
  changes: 0, // wakes so far (see wake)
  frameMs: 16.7, // the frame interval, smoothed (frames.js: late frames take fewer images)
  speed: null, // the Speed slider's position, set at start-up (the core's defaultSpeed)
  lastFrame: 0,
  stepsThisSecond: [],
  runsKey: '',
  scaleDue: true, // the drawing scale follows the window and Present mode at the next frame
};

// What the next frame must do; setting one wakes the loop, so a module that changes the screen
// need not know the loop rests: dirty (every canvas needs a redraw), behind (Rust has
// out-of-date canvases left to draw), playing (the engine trains; a pause is told to it in the
// next frame), runsDue (a control changed a run: the runs list refreshes in the next frame).
for (const [name, first] of [['dirty', true], ['behind', false], ['playing', false], ['runsDue', false]]) {
  let value = first;
  Object.defineProperty(ui, name, {
    enumerable: true,
    get: () => value,
    set(v) {
      if (v || (name === 'playing' && v !== value)) wake();
      value = v;
    },
  });
}

// Speed slider positions: training steps per second, the last one "as fast as the engine can";
// the core's ladder (speedSteps()), filled in once the engine's module is loaded.
export const SPEEDS = [];

export function speedLabel(i) {
  return SPEEDS[i] === Infinity ? say('speed-max') : say('speed-per-second', { steps: SPEEDS[i] });
}

// f32 values arrive as the nearest f64 (0.01 → 0.009999999776…). The shortest decimal that
// reads back as the same f32 shows them as typed, and written into a link it gives the very
// same f32 again, so the link reproduces the run bit for bit.
export function formatRate(v) {
  for (let digits = 1; digits < 9; digits++) {
    const text = Number(v.toPrecision(digits));
    if (Math.fround(text) === Math.fround(v)) return String(text);
  }
  return String(Number(v.toPrecision(9)));
}

// How p is written (#12.6, lab/notation.js): 'retain' shows keep probabilities 1 − p. Rates are
// stored, computed and linked as drop rates whatever the notation.
export function retainNotation() {
  return settings.notation === 'retain';
}

/**
 * Runs `work` in a task of its own once the browser has painted the first frame: start-up work
 * the first picture does not need (#18). A requestAnimationFrame callback runs in the rendering
 * step that paints the first frame; the task it queues runs after that step.
 */
export function afterFirstPaint(work) {
  requestAnimationFrame(() => setTimeout(work, 0));
}

export function presetNamed(name) {
  return engine.presets.find((p) => p.name === name);
}
