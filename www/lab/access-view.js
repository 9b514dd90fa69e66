// Calm and Contrast (#20): two view settings, in the link as calm=1 and contrast=1 through the
// one settings table. Calm (or the browser's prefers-reduced-motion: reduce) asks the Lab to
// show a new step's masks in the diagram at most twice a second (the rule is the core's,
// src/core/motion.rs) and stops every CSS motion. Contrast switches the page to its
// high-contrast theme and the charts to the core's high-contrast palette.

import { runColours, setHighContrast } from '../pkg/dropout_lab.js';
import { applyView } from './apply.js';
import { guard } from './banner.js';
import { writeUrl } from './link.js';
import { $, engine, settings, ui } from './shared.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** Shows the page as `settings.calm` / `settings.contrast` and the browser say. */
export function applyAccessView() {
  ui.calm = Boolean(settings.calm) || reducedMotion.matches;
  const contrast = Boolean(settings.contrast);
  const root = document.documentElement.classList;
  root.toggle('calm', ui.calm);
  root.toggle('contrast', contrast);
  $('calm').setAttribute('aria-pressed', String(ui.calm));
  $('contrast').setAttribute('aria-pressed', String(contrast));
  setHighContrast(contrast);
  engine.colours = runColours();
  ui.runsKey = ''; // the runs list's swatches take the new colours
  ui.runsDue = true;
  ui.dirty = true;
}

function toggle(key) {
  // With the browser asking for reduced motion Calm stays on whatever the link says.
  const on = !settings[key];
  guard(() => applyView({ [key]: on }), undefined, false);
  applyAccessView();
  writeUrl();
}

export function wireAccessView() {
  $('calm').addEventListener('click', () => toggle('calm'));
  $('contrast').addEventListener('click', () => toggle('contrast'));
  reducedMotion.addEventListener('change', applyAccessView);
  applyAccessView();
}
