// "Copy link": the link already holds every setting (see link.js), so sharing a lab is copying
// the address. Some browsers refuse the clipboard (no permission, an embedding frame, plain
// http on a class network); the link then appears selected in a text field, ready for Ctrl+C.

import { say } from './l10n.js';
import { $ } from './shared.js';

// How long "Link copied" stays on the button before it reads "Copy link" again.
const CONFIRM_MS = 2000;

function showFallback() {
  const box = $('link-text');
  box.value = location.href;
  $('link-box').hidden = false;
  box.focus();
  box.select();
}

async function copyLink() {
  const button = $('copy-link');
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(location.href);
    $('link-box').hidden = true;
    button.textContent = say('copy-link-done');
    setTimeout(() => (button.textContent = say('page-copy-link')), CONFIRM_MS);
  } catch {
    showFallback();
  }
}

export function wireCopyLink() {
  $('copy-link').addEventListener('click', copyLink);
  $('link-close').addEventListener('click', () => ($('link-box').hidden = true));
}
