// Inside dropout (#12): one view at a time of what the focused run does inside, computed in Rust
// from a frozen copy of its network (the race goes on). The heavy views run a few forward passes
// per animation frame within a small time budget, so the lab keeps its frame rate; the canvas
// is redrawn a few times a second while they compute, and once at the end.

import { say } from './l10n.js';
import { Inside } from '../pkg/dropout_lab.js';
import { guard } from './banner.js';
import { $, afterResize, wake } from './shared.js';
import { sayAside } from './narrate.js';
import { insideTableWith } from './tables.js';

// Milliseconds of forward passes per frame: with training's share the frame stays under 16.7 ms.
const WORK_MS = 4;
const REDRAW_MS = 150;

const state = { inside: null, running: false, lastDraw: 0, drawn: -1, costs: [] };

/** Starts the chosen view on the focused run as it is now. */
function start(resample = false) {
  const view = $('inside-view').value;
  const ok = guard((lab) => (resample ? state.inside.resample(lab) : state.inside.start(lab, view)), false, false);
  if (ok === false) return;
  $('inside-resample').disabled = !['subnets', 'averaging', 'spread'].includes(view);
  $('inside-compute').textContent = say('inside-recompute');
  if (!state.running) {
    state.running = true;
    requestAnimationFrame(tick);
  }
}

function tick(now) {
  const start = performance.now();
  const more = state.inside.work(WORK_MS);
  const worked = performance.now();
  if (!more || now - state.lastDraw > REDRAW_MS) draw(now);
  state.running = more;
  // What the view cost this frame (passes, drawing), over the last 120 frames it ran.
  state.costs.push([worked - start, performance.now() - worked]);
  if (state.costs.length > 120) state.costs.shift();
  if (more) requestAnimationFrame(tick);
  // The progress line is quiet while the view computes; the narrator says its note once done.
  else sayAside(state.inside.note());
}

function draw(now) {
  state.lastDraw = now;
  wake(); // its table follows in the frames (they may rest while the lab is paused)
  const percent = Math.round(100 * state.inside.progress());
  const started = state.inside.revision() > 0;
  $('inside-progress').textContent = !started ? '' : percent < 100 ? say('inside-computing', { percent }) : say('inside-done');
  if (started) $('inside-note').textContent = state.inside.note();
  if (state.inside.revision() === state.drawn) return;
  state.drawn = state.inside.revision();
  try {
    state.inside.draw($('inside-canvas'));
  } catch (err) {
    console.warn(err);
  }
}

// The averaging chart reads out the values at the pointer (a mouse, a pen or a finger), as the
// loss chart does; while a view computes, its next redraw shows it.
function wirePointer(canvas) {
  const redraw = () => state.running || draw(performance.now());
  const point = (e) => {
    const box = canvas.getBoundingClientRect();
    state.inside.setPointer(e.clientX - box.left, e.clientY - box.top);
    redraw();
  };
  canvas.addEventListener('pointermove', point);
  canvas.addEventListener('pointerdown', point);
  canvas.addEventListener('pointerleave', () => {
    state.inside.clearPointer();
    redraw();
  });
}

export function wireInside() {
  state.inside = new Inside();
  insideTableWith(() => state.inside);
  $('inside-compute').addEventListener('click', () => start());
  $('inside-view').addEventListener('change', () => start());
  $('inside-resample').addEventListener('click', () => start(true));
  wirePointer($('inside-canvas'));
  // A window resize redraws the finished view at the new size (a running view redraws itself).
  afterResize((now) => {
    state.drawn = -1;
    if (!state.running) draw(now);
  });
  // Before any view: what to do, drawn on the canvas once the first frame is on screen (the
  // panel is below the lab: its canvas need not delay the first chart, nor force the page's
  // first layout before it).
  setTimeout(() => draw(performance.now()));
  window.lab.inside = {
    summary: () => JSON.parse(state.inside.summary()),
    progress: () => state.inside.progress(),
    // Milliseconds per frame the views took while computing, over the last 120 frames:
    // {work: [mean, worst], draw: [mean, worst]}.
    frameCost: () => {
      const stat = (i) => [state.costs.reduce((a, c) => a + c[i], 0) / Math.max(1, state.costs.length), Math.max(0, ...state.costs.map((c) => c[i]))];
      return { work: stat(0), draw: stat(1) };
    },
    get running() {
      return state.running;
    },
  };
}
