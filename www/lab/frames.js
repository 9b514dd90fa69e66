// The animation loop: hand the engine what the page did, draw what changed, then the status
// line. Training happens in the engine's Web Worker (engine.js) on its own clock; the page's
// thread never trains, so a frame holds drawing and input only, however big the networks.
//
// The loop rests while nothing changes (#18: an idle lab cost a tenth to a third of a core,
// taken from the tests and from the class's batteries). At the end of each frame the core says
// when the next one is needed (Lab.nextFrameIn, src/core/redraw.rs): at the next vsync while
// training, talking to the engine or drawing; when a paced job (the runs list's numbers, the
// canvases' descriptions, a table, the narrator's next news) is due; or not at all. Whatever can
// change the screen wakes it (`wake`, shared.js): any input, pointer or keyboard event, a resize,
// setting ui.dirty / behind / playing / runsDue (every control, window.lab call and language
// switch does, through guard and apply.js), a command queued for the engine and every message
// from it.

import { frameThresholds as coreFrameThresholds } from '../pkg/dropout_lab.js';
import { num, say } from './l10n.js';
import { guard } from './banner.js';
import { changed } from './controls.js';
import { engineBusy, takeEngineReport, tickEngine } from './engine.js';
import { narrateDueIn, narrateFrame } from './narrate.js';
import { fitDueLayout } from './present.js';
import { refreshRuns } from './runs-list.js';
import { $, SPEEDS, afterFirstPaint, engine, onWake, runFrameJobs, ui, wake } from './shared.js';
import { setPlaying } from './transport.js';

// The runs list's numbers change every step; a few refreshes a second are readable.
const RUNS_REFRESH_MS = 250;
// So do the status line's (epoch, steps/s). Rewriting its text costs the page a style, layout
// and paint pass: every frame, that was a quarter of the page's thread on a slow device (#18).
// While playing it is rewritten a few times a second, and only when the text changed.
const STATUS_REFRESH_MS = 250;
// Where the browser's threads share too little CPU (a slow laptop, a busy tablet) the frames
// run late; the page then takes the engine's image and redraws its canvases every other frame,
// which halves its own share of the CPU (decoding an image and drawing) and leaves the rest to
// the engine, while input and the slider's read-out keep every frame. Each tick carries the
// frame's interval: while frames come later than two vsyncs the engine rests after the tick,
// when this frame's work runs (src/core/pace.rs). What counts as late, and as a pause, is the
// core's (src/core/redraw.rs), read once the wasm is up.
let thresholds;
function frameThresholds() {
  if (!thresholds) {
    const [late, pause] = coreFrameThresholds();
    thresholds = { late, pause };
  }
  return thresholds;
}

// The animation frame asked for (its id, 0 if none), the timer of a paced job's frame, and the
// frames run so far (window.lab.frameLoop, for the tests).
const loop = { asked: 0, timer: null, frames: 0 };

// Every event that can change what the page shows; seen on the window before the page's own
// handlers run, so the frame they ask for is asked before any other.
const WAKING_EVENTS = ['input', 'change', 'click', 'keydown', 'keyup', 'pointerdown', 'pointermove', 'pointerup', 'pointerleave', 'pointercancel', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'touchmove', 'focusin', 'focusout', 'resize'];

function askFrame() {
  clearTimeout(loop.timer);
  loop.timer = null;
  if (!loop.asked) loop.asked = requestAnimationFrame(frame);
}

/** Runs the first frame now and keeps the loop going, resting while nothing changes. */
export function startFrames() {
  onWake(askFrame);
  for (const type of WAKING_EVENTS) window.addEventListener(type, wake, { capture: true, passive: true });
  document.addEventListener('visibilitychange', wake);
  // For the tests: frames run so far, and whether the loop rests (no frame or timer asked for).
  // `why`: what the last frame told the core, and its answer (ms to the next frame).
  window.lab.frameLoop = () => ({ frames: loop.frames, resting: !loop.asked && loop.timer === null, why: loop.why });
  frame(performance.now());
}

/** One animation frame; asks for the next itself if the core says one is needed. */
function frame(now) {
  cancelAnimationFrame(loop.asked); // the first frame runs at start-up, not from the browser
  clearTimeout(loop.timer);
  Object.assign(loop, { asked: 0, timer: null, frames: loop.frames + 1 });
  const dt = ui.lastFrame ? now - ui.lastFrame : 0;
  ui.lastFrame = now;
  const { late: lateMs, pause: pauseMs } = frameThresholds();
  // A long gap (a hidden tab, a pause) says nothing about the device.
  if (ui.playing && dt > 0 && dt < pauseMs) ui.frameMs = 0.9 * ui.frameMs + 0.1 * dt;
  ui.frameNo = (ui.frameNo ?? 0) + 1;
  const late = ui.playing && ui.frameMs > lateMs;
  const tickStart = performance.now();
  tickEngine(ui.playing, SPEEDS[ui.speed], !late || ui.frameNo % 2 === 0, dt);
  const report = takeEngineReport();
  ui.stepsThisSecond.push([now, report.trained]);
  ui.imageBytes = report.imageBytes;
  // The narrator reads the replica as the engine's image left it (the story's end before the
  // stop epoch is lifted below).
  narrateFrame(now);
  // The first frame writes its status line and runs list before it lays the page out: written
  // after the first chart, the status wrapped the header onto another line on a phone.
  const first = !window.lab.firstDrawMs;
  if (first) updateStatus(now);
  // Draw only when something changed: a paused lab leaves the canvases (and the CPU) alone.
  // While training, Rust redraws one out-of-date canvas per frame (src/core/redraw.rs).
  const drawStart = performance.now();
  fitDueLayout();
  if (ui.playing || ui.dirty || ui.behind) {
    const everything = ui.dirty;
    ui.dirty = false;
    ui.behind = guard((lab) => {
      lab.setCalm(Boolean(ui.calm)); // the replica may be new since the last frame
      return lab.draw($('diagram'), $('loss'), $('data'), everything, now);
    }, false, false) === true;
  }
  const drawEnd = performance.now();
  if (first) {
    window.lab.firstDrawMs = drawEnd;
    performance.mark('first-chart');
  } else {
    updateStatus(now);
  }
  runFrameJobs(now);
  // "train" is now the page's share of training: sending the tick and applying the images.
  ui.timing.push([drawStart - tickStart + report.applyMs, drawEnd - drawStart, performance.now() - drawEnd]);
  if (ui.timing.length > 120) ui.timing.shift();
  // The first frame runs in start-up's task; the second waits for the first paint, which would
  // otherwise also wait for it (the data panels' first map, #18).
  if (first) afterFirstPaint(() => askNext(performance.now()));
  else askNext(now);
}

// The core's rule of when the next frame is needed, given what the page knows; the page's paced
// jobs are due only if something changed since they last ran (ui.changes).
function askNext(now) {
  const runsDue = ui.runsSeen === ui.changes ? Infinity : (ui.lastRuns ?? 0) + RUNS_REFRESH_MS - now;
  const pageDue = Math.min(runsDue, narrateDueIn(now));
  const [busy, behind] = [engineBusy(), ui.behind || ui.dirty];
  const ms = guard((lab) => lab.nextFrameIn(ui.playing, busy, behind, pageDue, now), 0, false);
  loop.why = { playing: ui.playing, busy, behind, pageDue, ms };
  if (ms <= 0) askFrame();
  else if (Number.isFinite(ms) && !loop.asked) loop.timer = setTimeout(askFrame, ms);
}

function updateStatus(now) {
  while (ui.stepsThisSecond.length && ui.stepsThisSecond[0][0] < now - 1000) ui.stepsThisSecond.shift();
  const perSecond = ui.stepsThisSecond.reduce((s, [, n]) => s + n, 0);
  const lab = engine.lab;
  // The story's stop epoch is reached (by Play or by Step): pause once, so the picture the
  // teacher planned stays on the screen, and lift the stop so Play goes on from there.
  if (lab.stopEpoch() !== undefined && lab.atStopEpoch()) {
    if (ui.playing) setPlaying(false);
    lab.setStopEpoch(undefined);
  }
  if (!ui.playing || ui.statusPlaying !== ui.playing || now - (ui.lastStatus ?? 0) >= STATUS_REFRESH_MS) {
    ui.lastStatus = now;
    ui.statusPlaying = ui.playing;
    const epoch = num(lab.epoch());
    const status = $('status');
    const text = ui.playing ? say('status-playing', { epoch, rate: num(perSecond) }) : say('status-paused', { epoch });
    const title = say('status-title', { step: num(lab.iteration()) });
    if (status.textContent !== text) status.textContent = text;
    if (status.title !== title) status.title = title;
  }
  // A slider move shows in the runs list in the next frame; the numbers a few times a second.
  if (ui.runsDue || now - (ui.lastRuns ?? 0) > RUNS_REFRESH_MS) {
    ui.runsDue = false;
    ui.lastRuns = now;
    ui.runsSeen = ui.changes;
    refreshRuns(changed);
    const example = say('example-of', { n: engine.lab.batchSize() });
    if ($('example-of').textContent !== example) $('example-of').textContent = example;
  }
}
