// Drawing points on the data panels (#10) while the Data & network panel is open: a click or a
// tap adds a point of the chosen class, a drag paints several, right-click or the Eraser removes
// the nearest one. Pointer events, so a mouse, a pen and a finger all draw. Where a pointer is in
// data coordinates is Rust's to say (`dataPointAt` knows the panels' layout); the points live in
// the link's encoding, and every change rebuilds the race on the new data. Without a pointer
// (#20) the focused canvas takes the arrow keys: a cursor the panels draw, Enter to add a point
// of the chosen class there (or erase, with the Eraser), Delete to remove the nearest drawn point.

import { say } from './l10n.js';
import { pointsAdd, pointsErase } from '../pkg/dropout_lab.js';
import { rebuildWith, setupStatus } from './data-panel.js';
import { $, engine, settings, ui } from './shared.js';

// A drag adds a point each time the pointer has moved this far (data units): a stroke across a
// panel paints a dozen points, not hundreds.
const PAINT_STEP = 0.12;
// The eraser takes the nearest point within this distance (data units): about a fingertip.
const ERASE_RADIUS = 0.15;

const pen = { tool: 'class0', validation: false, down: false, erasing: false, last: null, cursor: null };
// Delete takes the nearest drawn point wherever it is: a keyboard cannot aim like a fingertip.
const ANYWHERE = 1e6;
// The arrow keys' moves (right, up); Shift moves five times as far.
const ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/** Whether the data canvas draws now: the panel is open and the data takes drawn points. */
function drawing() {
  return $('setup').open && !$('draw-tools').hidden;
}

/** The canvas shows it can be drawn on (crosshair; a finger draws instead of scrolling). */
export function syncDrawing() {
  const canvas = $('data');
  canvas.classList.toggle('drawing', drawing());
  // Focusable only while it draws: otherwise Tab passes over a picture that does nothing.
  if (drawing()) {
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-roledescription', 'drawing area');
    labelCanvas(engine.lab?.dataCursorText() || say('page-data-cursor-hint'));
  } else {
    canvas.removeAttribute('tabindex');
    canvas.removeAttribute('role');
    canvas.removeAttribute('aria-roledescription');
    canvas.setAttribute('aria-label', baseLabel());
    pen.cursor = null;
    engine.lab?.setDataCursor(undefined, undefined);
    $('data-cursor').textContent = say('page-data-cursor-hint');
  }
  for (const button of document.querySelectorAll('#draw-tools [data-tool]')) {
    button.setAttribute('aria-pressed', String(button.dataset.tool === pen.tool));
  }
}

function dataPoint(e) {
  const canvas = $('data');
  const rect = canvas.getBoundingClientRect();
  const at = engine.lab.dataPointAt(canvas, e.clientX - rect.left, e.clientY - rect.top);
  return at.length === 2 ? [at[0], at[1]] : null;
}

const round = (v) => Math.round(v * 100) / 100;

/** Adds (or erases) a point at data position `at`; returns false when refused. */
function mark(at, radius = ERASE_RADIUS) {
  const before = settings.points ?? '';
  const [x, y] = at;
  const label = pen.tool === 'class1' ? 1 : 0;
  let next;
  try {
    next = pen.erasing ? pointsErase(before, x, y, radius) : pointsAdd(before, x, y, label, pen.validation);
  } catch (err) {
    setupStatus(say('draw-failed', { error: err?.message ?? String(err) }), true);
    return false;
  }
  pen.last = at;
  if (next === before) return true; // nothing near the eraser
  const at2 = { x: round(x), y: round(y) };
  const what = pen.erasing ? say('rebuilt-point-erased', at2) : say('rebuilt-point-added', { ...at2, label, set: pen.validation ? 'validation' : 'training' });
  const done = rebuildWith({ points: next || undefined }, what);
  if (pen.cursor) engine.lab.setDataCursor(...pen.cursor); // the rebuilt lab keeps the cursor
  return done;
}

// The canvas's own name (index.html) followed by where the cursor is or how to move it: the
// sentences come from the core (dataCursorText) and the page's markup, none from here.
function labelCanvas(sentence) {
  $('data').setAttribute('aria-label', `${baseLabel()}. ${sentence ?? ''}`.trim());
}

// The canvas's own name and the keyboard hint are the catalog's, in the language spoken now.
function baseLabel() {
  return say('page-data-2.aria-label');
}

/** The arrow keys, Enter and Delete on the focused data canvas. */
function onCursorKey(e) {
  if (!drawing() || e.ctrlKey || e.altKey || e.metaKey) return;
  const move = ARROWS[e.key];
  if (move) {
    const times = e.shiftKey ? 5 : 1;
    const at = engine.lab.moveDataCursor(move[0] * times, move[1] * times);
    if (at.length === 2) pen.cursor = [at[0], at[1]];
  } else if ((e.key === 'Enter' || e.key === 'Delete' || e.key === 'Backspace') && pen.cursor) {
    pen.erasing = e.key !== 'Enter' || pen.tool === 'eraser';
    mark(pen.cursor, e.key === 'Enter' ? ERASE_RADIUS : ANYWHERE);
    pen.erasing = false;
  } else {
    return;
  }
  e.preventDefault(); // the page's own shortcuts (→ steps, ↑ ↓ pick a run) wait
  const text = engine.lab.dataCursorText();
  $('data-cursor').textContent = text;
  labelCanvas(text);
  ui.dirty = true; // the panels show the cursor in the next frame, paused or not
}

export function wireDrawing() {
  const canvas = $('data');
  canvas.addEventListener('pointerdown', (e) => {
    if (!drawing() || (e.button !== 0 && e.button !== 2)) return;
    const at = dataPoint(e);
    if (!at) return;
    e.preventDefault();
    canvas.setPointerCapture?.(e.pointerId);
    pen.erasing = pen.tool === 'eraser' || e.button === 2;
    pen.down = mark(at);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!pen.down) return;
    const at = dataPoint(e);
    if (at && Math.hypot(at[0] - pen.last[0], at[1] - pen.last[1]) >= PAINT_STEP) pen.down = mark(at);
  });
  for (const type of ['pointerup', 'pointercancel']) canvas.addEventListener(type, () => (pen.down = false));
  // Right-click erases; the browser's menu would cover the panel.
  canvas.addEventListener('contextmenu', (e) => drawing() && e.preventDefault());
  for (const button of document.querySelectorAll('#draw-tools [data-tool]')) {
    button.addEventListener('click', () => {
      pen.tool = button.dataset.tool;
      syncDrawing();
    });
  }
  $('draw-set').addEventListener('change', () => (pen.validation = $('draw-set').value === 'val'));
  $('draw-clear').addEventListener('click', () => rebuildWith({ points: undefined }, say('rebuilt-points-cleared')));
  $('setup').addEventListener('toggle', syncDrawing);
  canvas.addEventListener('keydown', onCursorKey);
  syncDrawing();
}
