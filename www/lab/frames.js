// The animation loop: train within a time budget, then draw what changed, then the status line.
//
// Training gets what is left of a frame, measured rather than assumed: the per-frame training
// budget creeps up while frames arrive on time (60 Hz) and drops quickly when one is late. The
// browser's own painting costs very different amounts on a school tablet, a laptop with a GPU
// or a headless test machine, so the page finds its budget on the machine it runs on.
//
// On a slow device the rest of a frame (drawing, the browser's raster) can exceed 16.7 ms by
// itself; the budget would then shrink to nothing while frames stayed late, and the story would
// crawl. So training never gets less time than the rest of the frame (up to MAX_FAIR_SHARE_MS):
// a slow device then draws at ~15 frames per second and trains half the time. On a fast
// machine the feedback budget is larger anyway and this changes nothing.

import { guard } from './banner.js';
import { changed } from './controls.js';
import { refreshRuns } from './runs-list.js';
import { $, SPEEDS, engine, ui } from './shared.js';
import { setPlaying } from './transport.js';

const MIN_TRAIN_MS = 1;
const MAX_TRAIN_MS = 12;
const LATE_FRAME_MS = 20;
const MAX_FAIR_SHARE_MS = 40;
// The runs list's numbers change every step; a few refreshes a second are readable.
const RUNS_REFRESH_MS = 250;

/** One animation frame; schedules the next itself. */
export function frame(now) {
  const dt = ui.lastFrame ? Math.min(now - ui.lastFrame, 250) : 0;
  ui.lastFrame = now;
  const trainStart = performance.now();
  if (ui.playing && dt > 0 && dt < 200) {
    // What the last frame spent on everything but training, smoothed over ~10 frames (a long
    // gap, as after a pause or a hidden tab, says nothing about the frame's cost).
    const lastTrainMs = ui.timing.at(-1)?.[0] ?? 0;
    const rest = Math.max(0, dt - lastTrainMs);
    ui.restMs = ui.restMs ? 0.9 * ui.restMs + 0.1 * rest : rest;
  }
  if (ui.playing && dt > LATE_FRAME_MS) ui.trainBudget = Math.max(MIN_TRAIN_MS, ui.trainBudget * 0.75);
  else if (ui.playing && dt > 0) ui.trainBudget = Math.min(MAX_TRAIN_MS, ui.trainBudget + 0.05);
  // The fair share lets a slow device train as long as it draws; while an Inside view computes
  // its passes in the same frames, that share would feed on the view's own time and make every
  // frame late, so training then keeps to the feedback budget alone.
  const fairShare = ui.insideBusy ? 0 : Math.min(ui.restMs, MAX_FAIR_SHARE_MS);
  if (ui.playing) train(now, dt, Math.max(ui.trainBudget, fairShare));
  // Draw only when something changed: a paused lab leaves the canvases (and the CPU) alone.
  // While training, Rust redraws one out-of-date canvas per frame (src/core/redraw.rs).
  const drawStart = performance.now();
  if (ui.playing || ui.dirty || ui.behind) {
    const everything = ui.dirty;
    ui.dirty = false;
    ui.behind = guard((lab) => lab.draw($('diagram'), $('loss'), $('data'), everything), false, false) === true;
  }
  const drawEnd = performance.now();
  if (!window.lab.firstDrawMs) {
    window.lab.firstDrawMs = drawEnd;
    performance.mark('first-chart');
  }
  updateStatus(now);
  ui.timing.push([drawStart - trainStart, drawEnd - drawStart, performance.now() - drawEnd]);
  if (ui.timing.length > 120) ui.timing.shift();
  requestAnimationFrame(frame);
}

function train(now, dt, budget) {
  let done = 0;
  if (SPEEDS[ui.speed] === Infinity) {
    done = guard((lab) => lab.trainFor(budget, 100000), 0, false);
  } else {
    ui.pendingSteps += (SPEEDS[ui.speed] * dt) / 1000;
    const due = Math.floor(ui.pendingSteps);
    ui.pendingSteps -= due;
    if (due > 0) done = guard((lab) => lab.trainFor(budget, due), 0, false);
  }
  ui.stepsThisSecond.push([now, done]);
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
  const rate = ui.playing ? ` · ${perSecond.toLocaleString()} steps/s` : ' · paused';
  $('status').textContent = `epoch ${lab.epoch().toLocaleString()}${rate}`;
  $('status').title = `lockstep step ${lab.iteration().toLocaleString()}`;
  if (now - (ui.lastRuns ?? 0) > RUNS_REFRESH_MS) {
    ui.lastRuns = now;
    refreshRuns(changed);
    $('example-of').textContent = `of ${engine.lab.batchSize()}`;
  }
}
