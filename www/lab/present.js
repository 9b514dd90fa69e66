// Every screen and Present mode. The page's text grows with the window through CSS clamp();
// the canvases follow through one drawing scale in Rust (setDrawScale), so the charts' labels,
// curves and dropped-unit crosses keep pace with it. Present mode, for the back row of a
// classroom, makes both bigger still; Fullscreen hides the browser around the lab.

import { setDrawScale } from '../pkg/dropout_lab.js';
import { applyView } from './apply.js';
import { guard, showBanner } from './banner.js';
import { writeUrl } from './link.js';
import { $, settings, ui } from './shared.js';

// How much bigger Present mode draws everything than the window alone would.
const PRESENT_GAIN = 1.3;

/**
 * Drawing scale for a window of `width` × `height` CSS px: 1 on the 1366×768 laptop the charts
 * were designed on, growing with the screen up to 2; a little below 1 on a phone, whose chart
 * labels would otherwise not fit side by side (and which is held close to the eyes).
 */
export function drawScaleFor(width, height, present) {
  const base = width < 460 ? Math.max(0.85, width / 460) : Math.min(2, Math.max(1, Math.min(width / 1400, height / 800)));
  return present ? base * PRESENT_GAIN : base;
}

function fitDrawScale() {
  setDrawScale(drawScaleFor(innerWidth, innerHeight, Boolean(settings.present)));
  ui.dirty = true;
}

// The header wraps onto more lines on a narrow window: messages open just under it, and the
// three charts' heights leave room for it (--bar-h in style.css). Set on the elements that use
// it, not on the root: a custom property changed on the root restyles every element of the
// page (281 of them, before the first chart, #18); here the charts' box and the two overlays.
const BAR_H_USERS = 'main.lab, #banner, #link-box';

function fitBarHeight() {
  const height = `${document.querySelector('.bar').offsetHeight}px`;
  for (const element of document.querySelectorAll(BAR_H_USERS)) {
    if (element.style.getPropertyValue('--bar-h') !== height) element.style.setProperty('--bar-h', height);
  }
}

/**
 * The header's height and the drawing scale, if Present mode changed since the last frame
 * (frames.js, before drawing; at start-up too). Both read the laid-out page: at start-up,
 * before the page is filled in, that was a whole layout done again at the first frame; and
 * left to the header's ResizeObserver, the header's height came after the first frame, which
 * drew the charts for a one-line header and had to draw them again (#18).
 */
export function fitDueLayout() {
  if (!ui.scaleDue) return;
  ui.scaleDue = false;
  fitBarHeight();
  fitDrawScale();
}

/** Shows the page as `settings.present` says (from the link, or the button). */
export function applyPresent() {
  const on = Boolean(settings.present);
  document.documentElement.classList.toggle('present', on);
  $('present').setAttribute('aria-pressed', String(on));
  ui.scaleDue = true;
  ui.dirty = true;
}

export function togglePresent() {
  guard(() => applyView({ present: !settings.present }), undefined, false);
  applyPresent();
  writeUrl();
}

export async function toggleFullscreen() {
  if (document.fullscreenElement) {
    await document.exitFullscreen().catch(() => {});
    return;
  }
  const refused = 'This browser does not allow full screen for this page (an embedded frame, or a phone that only allows it for videos). Use the browser\'s own full screen instead: F11, or the View menu.';
  if (!document.fullscreenEnabled || !document.documentElement.requestFullscreen) {
    showBanner(refused);
    return;
  }
  try {
    await document.documentElement.requestFullscreen();
  } catch (err) {
    showBanner(`${refused} (${err.message ?? err})`);
  }
}

export function wirePresent() {
  $('present').addEventListener('click', togglePresent);
  $('fullscreen').addEventListener('click', toggleFullscreen);
  document.addEventListener('fullscreenchange', () => {
    $('fullscreen').setAttribute('aria-pressed', String(Boolean(document.fullscreenElement)));
  });
  // A resize is one more reason for the next frame to fit the scale (the event wakes the loop):
  // a window dragged wider fires many, the scale is read once per frame.
  window.addEventListener('resize', () => {
    ui.scaleDue = true;
  });
  new ResizeObserver(fitBarHeight).observe(document.querySelector('.bar'));
  applyPresent();
}
