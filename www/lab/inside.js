// Inside dropout (#12): one view at a time of what the focused run does inside, computed in Rust
// from a frozen copy of its network (the race goes on). The heavy views run a few forward passes
// per animation frame within a small time budget, so the lab keeps its frame rate; the canvas
// is redrawn a few times a second while they compute, and once at the end.

import { Inside } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { $ } from './shared.js';

// Milliseconds of forward passes per frame: with training's share the frame stays under 16.7 ms.
const WORK_MS = 4;
const REDRAW_MS = 150;

const state = { inside: null, running: false, lastDraw: 0, drawn: -1 };

/** Starts the chosen view on the focused run as it is now. */
function start(resample = false) {
  const view = $('inside-view').value;
  const ok = guard((lab) => (resample ? state.inside.resample(lab) : state.inside.start(lab, view)), false, false);
  if (ok === false) return;
  $('inside-resample').disabled = !['subnets', 'averaging', 'spread'].includes(view);
  $('inside-compute').textContent = 'Recompute';
  if (!state.running) {
    state.running = true;
    requestAnimationFrame(tick);
  }
}

function tick(now) {
  const more = state.inside.work(WORK_MS);
  if (!more || now - state.lastDraw > REDRAW_MS) draw(now);
  state.running = more;
  if (more) requestAnimationFrame(tick);
}

function draw(now) {
  state.lastDraw = now;
  const percent = Math.round(100 * state.inside.progress());
  $('inside-progress').textContent = percent < 100 ? `computing… ${percent} %` : 'done';
  $('inside-note').textContent = state.inside.note();
  if (state.inside.revision() === state.drawn) return;
  state.drawn = state.inside.revision();
  try {
    state.inside.draw($('inside-canvas'));
  } catch (err) {
    console.warn(err);
  }
}

export function wireInside() {
  state.inside = new Inside();
  $('inside-compute').addEventListener('click', () => start());
  $('inside-view').addEventListener('change', () => start());
  $('inside-resample').addEventListener('click', () => start(true));
  // A window resize redraws the finished view at the new size.
  window.addEventListener('resize', () => {
    state.drawn = -1;
    if (!state.running) draw(performance.now());
  });
  window.lab.inside = {
    summary: () => JSON.parse(state.inside.summary()),
    progress: () => state.inside.progress(),
    get running() {
      return state.running;
    },
  };
}
