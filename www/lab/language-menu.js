// The language menu in the bar (#19): a choice is a setting of the view, like the notation,
// kept in the core's settings (`lang=` in the link and the setup file); applying it makes the
// page speak it (apply.js → l10n.js).

import { applyView } from './apply.js';
import { guard } from './banner.js';
import { writeUrl } from './link.js';
import { $ } from './shared.js';

export function wireLanguageMenu() {
  $('lang').addEventListener('change', () => {
    guard(() => applyView({ lang: $('lang').value }), undefined, false);
    writeUrl();
  });
}
