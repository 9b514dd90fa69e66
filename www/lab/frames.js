// The animation loop: hand the engine what the page did, draw what changed, then the status
// line. Training happens in the engine's Web Worker (engine.js) on its own clock; the page's
// thread never trains, so a frame holds drawing and input only, however big the networks.

import { guard } from './banner.js';
import { changed } from './controls.js';
import { takeEngineReport, tickEngine } from './engine.js';
import { refreshRuns } from './runs-list.js';
import { $, SPEEDS, engine, ui } from './shared.js';
import { setPlaying } from './transport.js';

// The runs list's numbers change every step; a few refreshes a second are readable.
const RUNS_REFRESH_MS = 250;
// The engine's share of the wall time, found by feedback on the page's frame intervals: on a
// machine with a core to spare the engine trains all the time (share 1) and the frames stay on
// time anyway; where the browser's threads share too little CPU (a slow laptop), a late frame
// makes the engine pause between its slices, so drawing and input keep their frames.
const LATE_FRAME_MS = 25;
const MIN_SHARE = 0.15;

/** One animation frame; schedules the next itself. */
export function frame(now) {
  const dt = ui.lastFrame ? now - ui.lastFrame : 0;
  ui.lastFrame = now;
  // A long gap (a hidden tab, a pause) says nothing about the device.
  if (ui.playing && dt > LATE_FRAME_MS && dt < 200) ui.engineShare = Math.max(MIN_SHARE, ui.engineShare * 0.85);
  else if (dt > 0 && dt <= LATE_FRAME_MS) ui.engineShare = Math.min(1, ui.engineShare + 0.02);
  const tickStart = performance.now();
  tickEngine(ui.playing, SPEEDS[ui.speed], ui.engineShare);
  const report = takeEngineReport();
  ui.stepsThisSecond.push([now, report.trained]);
  ui.imageBytes = report.imageBytes;
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
  // "train" is now the page's share of training: sending the tick and applying the images.
  ui.timing.push([drawStart - tickStart + report.applyMs, drawEnd - drawStart, performance.now() - drawEnd]);
  if (ui.timing.length > 120) ui.timing.shift();
  requestAnimationFrame(frame);
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
  // A slider move shows in the runs list in the next frame; the numbers a few times a second.
  if (ui.runsDue || now - (ui.lastRuns ?? 0) > RUNS_REFRESH_MS) {
    ui.runsDue = false;
    ui.lastRuns = now;
    refreshRuns(changed);
    $('example-of').textContent = `of ${engine.lab.batchSize()}`;
  }
}
