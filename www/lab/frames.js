// The animation loop: hand the engine what the page did, draw what changed, then the status
// line. Training happens in the engine's Web Worker (engine.js) on its own clock; the page's
// thread never trains, so a frame holds drawing and input only, however big the networks.

import { frameThresholds as coreFrameThresholds } from '../pkg/dropout_lab.js';
import { num, say } from './l10n.js';
import { guard } from './banner.js';
import { changed } from './controls.js';
import { takeEngineReport, tickEngine } from './engine.js';
import { narrateFrame } from './narrate.js';
import { fitDueLayout } from './present.js';
import { refreshRuns } from './runs-list.js';
import { $, SPEEDS, afterFirstPaint, engine, ui } from './shared.js';
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
// the engine, while input and the slider's read-out keep every frame. (Making the engine rest
// between its slices as well was measured and rejected: on a browser held to half a core it
// cost more training than it gave the frames; see the README's Speed section.) What counts as
// late, and as a pause, is the core's (src/core/redraw.rs), read once the wasm is up.
let thresholds;
function frameThresholds() {
  if (!thresholds) {
    const [late, pause] = coreFrameThresholds();
    thresholds = { late, pause };
  }
  return thresholds;
}

/** One animation frame; schedules the next itself. */
export function frame(now) {
  const dt = ui.lastFrame ? now - ui.lastFrame : 0;
  ui.lastFrame = now;
  const { late: lateMs, pause: pauseMs } = frameThresholds();
  // A long gap (a hidden tab, a pause) says nothing about the device.
  if (ui.playing && dt > 0 && dt < pauseMs) ui.frameMs = 0.9 * ui.frameMs + 0.1 * dt;
  ui.frameNo = (ui.frameNo ?? 0) + 1;
  const late = ui.playing && ui.frameMs > lateMs;
  const tickStart = performance.now();
  tickEngine(ui.playing, SPEEDS[ui.speed], !late || ui.frameNo % 2 === 0);
  const report = takeEngineReport();
  ui.stepsThisSecond.push([now, report.trained]);
  ui.imageBytes = report.imageBytes;
  // The narrator reads the replica as the engine's image left it (the story's end before the
  // stop epoch is lifted below).
  narrateFrame(now);
  // The first frame writes its status line and runs list before it lays the page out: written
  // after the first chart, the status wrapped the header onto another line on a phone.
  if (!window.lab.firstDrawMs) updateStatus(now);
  // Draw only when something changed: a paused lab leaves the canvases (and the CPU) alone.
  // While training, Rust redraws one out-of-date canvas per frame (src/core/redraw.rs).
  const drawStart = performance.now();
  fitDueLayout();
  if (ui.playing || ui.dirty || ui.behind) {
    const everything = ui.dirty;
    ui.dirty = false;
    ui.behind = guard((lab) => {
      lab.setCalm(Boolean(ui.calm)); // the replica may be new since the last frame
      return lab.draw($('diagram'), $('loss'), $('data'), everything);
    }, false, false) === true;
  }
  const drawEnd = performance.now();
  const first = !window.lab.firstDrawMs;
  if (first) {
    window.lab.firstDrawMs = drawEnd;
    performance.mark('first-chart');
  }
  updateStatus(now);
  // "train" is now the page's share of training: sending the tick and applying the images.
  ui.timing.push([drawStart - tickStart + report.applyMs, drawEnd - drawStart, performance.now() - drawEnd]);
  if (ui.timing.length > 120) ui.timing.shift();
  // The first frame runs in start-up's task; the second waits for the first paint, which would
  // otherwise also wait for it (the data panels' first map, #18).
  if (first) afterFirstPaint(() => requestAnimationFrame(frame));
  else requestAnimationFrame(frame);
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
    refreshRuns(changed);
    const example = say('example-of', { n: engine.lab.batchSize() });
    if ($('example-of').textContent !== example) $('example-of').textContent = example;
  }
}
