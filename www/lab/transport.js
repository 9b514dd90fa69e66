// The controls that drive training and the view, not the experiment: Play, Step, Reset, speed,
// train/eval view, the example shown, log scale, the loss chart's hover read-out.

import { applyView } from './apply.js';
import { guard } from './banner.js';
import { onLanguage, say } from './l10n.js';
import { writeUrl } from './link.js';
import { announce } from './narrate.js';
import { startStory } from './rebuild.js';
import { $, settings, speedLabel, ui } from './shared.js';

export function setPlaying(playing) {
  ui.playing = playing;
  const button = $('play');
  button.textContent = say(playing ? 'transport-pause' : 'transport-play');
  button.setAttribute('aria-pressed', String(playing));
}

export function setMode(mode) {
  guard(() => applyView({ mode: mode === 'eval' ? 'eval' : undefined }), undefined, false);
  $('mode-train').setAttribute('aria-checked', String(mode === 'train'));
  $('mode-eval').setAttribute('aria-checked', String(mode === 'eval'));
  guard((lab) => lab.setTrainView(mode === 'train'));
  writeUrl();
}

export function reset() {
  guard((lab) => lab.reset());
  startStory();
  announce('reset');
}

export function setSpeed(i) {
  ui.speed = i;
  $('speed').value = String(i);
  $('speed-out').textContent = speedLabel(i);
}

export function wireTransport() {
  onLanguage(() => {
    setPlaying(ui.playing);
    setSpeed(ui.speed);
  });
  $('play').addEventListener('click', () => {
    setPlaying(!ui.playing);
    announce(ui.playing ? 'play' : 'pause');
  });
  $('step').addEventListener('click', () => {
    setPlaying(false);
    guard((lab) => lab.step(1));
  });
  $('reset').addEventListener('click', reset);
  $('speed').addEventListener('input', () => {
    setSpeed(Number($('speed').value));
    writeUrl();
  });
  $('mode-train').addEventListener('click', () => setMode('train'));
  $('mode-eval').addEventListener('click', () => setMode('eval'));
  $('example').addEventListener('change', () => {
    const n = Math.round(Number($('example').value));
    guard((lab) => lab.setExample(Math.max(0, n - 1)));
  });
  $('log').addEventListener('change', () => {
    guard((lab) => lab.setLogScale($('log').checked));
    writeUrl();
  });
  // The hover read-out redraws the loss chart only (Rust knows it changed): no `dirty`.
  const hover = (x) => {
    guard((lab) => lab.setHover(x), undefined, false);
    ui.behind = true;
  };
  // Pointer events cover the mouse, a pen and a finger (an iPad has no hover: a tap or a drag
  // along the chart reads it out); the mouse events stay for a browser without them.
  const [move, down, leave] = window.PointerEvent ? ['pointermove', 'pointerdown', 'pointerleave'] : ['mousemove', 'mousedown', 'mouseleave'];
  $('loss').addEventListener(move, (e) => hover(e.offsetX));
  $('loss').addEventListener(down, (e) => hover(e.offsetX));
  $('loss').addEventListener(leave, (e) => e.pointerType !== 'touch' && hover(NaN));
  window.addEventListener('resize', () => (ui.dirty = true));
}
