// How p is written (#12.6): the drop probability (PyTorch, Keras: the lab's own convention) or
// the retain probability (Srivastava et al. 2014). Labels, the slider and the link follow; the
// math and every stored rate stay drop rates, and so does the link's `rates=`.

import { applyView } from './apply.js';
import { guard } from './banner.js';
import { onLanguage, say } from './l10n.js';
import { $, retainNotation, settings, ui } from './shared.js';

// The texts that name p, in each notation: [element, message id] (`-drop` or `-retain` added).
const TEXTS = [
  ['rate-label', 'notation-rate-label'],
  ['input-rate-label', 'notation-input-rate-label'],
];
const SCALING = ['inverted', 'classic'];

/**
 * Writes the page's own texts that name p in the notation `settings.notation` names. The
 * canvases, the snapshot and the core's sentences follow the Lab's own setting: a new Lab is
 * given it when it is built (createLab), the running one when the picker changes it. Not here:
 * this also runs while a crashed Lab is being replaced, and a trapped Lab takes no more calls.
 */
export function applyNotation() {
  const retain = retainNotation();
  const way = retain ? 'retain' : 'drop';
  for (const [id, message] of TEXTS) $(id).textContent = say(`${message}-${way}`);
  for (const value of SCALING) $('scaling').querySelector(`option[value=${value}]`).textContent = say(`notation-scaling-${value}-${way}`);
  // Retaining more is to the right: the slider still holds the drop rate, mirrored.
  for (const id of ['rate', 'input-rate']) $(id).classList.toggle('retain', retain);
  $('rate').setAttribute('aria-label', say(`notation-rate-aria-${way}`));
  $('notation').value = retain ? 'retain' : 'drop';
  ui.runsKey = '';
  ui.dirty = true;
}

/** Wires the Notation picker; `onChange` syncs the controls and the link. */
export function wireNotation(onChange) {
  $('notation').addEventListener('change', () => {
    guard(() => applyView({ notation: $('notation').value === 'retain' ? 'retain' : undefined }), undefined, false);
    guard((lab) => lab.setNotation(retainNotation()));
    applyNotation();
    onChange();
  });
  onLanguage(applyNotation);
}
