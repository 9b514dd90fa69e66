// How p is written (#12.6): the drop probability (PyTorch, Keras: the lab's own convention) or
// the retain probability (Srivastava et al. 2014). Labels, the slider and the link follow; the
// math and every stored rate stay drop rates, and so does the link's `rates=`.

import { setNotation } from '../pkg/dropout_lab.js';
import { applyView } from './apply.js';
import { guard } from './banner.js';
import { $, retainNotation, settings, ui } from './shared.js';

// The texts that name p, in each notation: [drop, retain].
const TEXTS = [
  ['rate-label', 'Dropout rate', 'Retain probability'],
  ['input-rate-label', 'Input dropout', 'Input retain'],
];
const SCALING = [
  ['inverted', 'inverted: kept units ×1/(1−p) in training (PyTorch, Keras)', 'inverted: kept units ×1/p in training (PyTorch, Keras)'],
  ['classic', 'classic: no scaling in training, all units ×(1−p) at evaluation', 'classic: no scaling in training, all units ×p at evaluation (Srivastava et al.)'],
];

/** Writes every label in the notation `settings.notation` names. */
export function applyNotation() {
  const retain = retainNotation();
  setNotation(retain);
  for (const [id, drop, keep] of TEXTS) $(id).textContent = retain ? keep : drop;
  for (const [value, drop, keep] of SCALING) $('scaling').querySelector(`option[value=${value}]`).textContent = retain ? keep : drop;
  // Retaining more is to the right: the slider still holds the drop rate, mirrored.
  for (const id of ['rate', 'input-rate']) $(id).classList.toggle('retain', retain);
  $('rate').setAttribute('aria-label', retain ? 'Retain probability (1 − dropout rate)' : 'Dropout rate');
  $('notation').value = retain ? 'retain' : 'drop';
  ui.runsKey = '';
  ui.dirty = true;
}

/** Wires the Notation picker; `onChange` syncs the controls and the link. */
export function wireNotation(onChange) {
  $('notation').addEventListener('change', () => {
    guard(() => applyView({ notation: $('notation').value === 'retain' ? 'retain' : undefined }), undefined, false);
    applyNotation();
    onChange();
  });
  applyNotation();
}
