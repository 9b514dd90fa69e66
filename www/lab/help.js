// The help dialog (the ? button and the ? key): what dropout is, what each part of the page
// shows, and the keyboard shortcuts. A modal <dialog>: focus moves into it when it opens,
// Esc closes it, and focus goes back to where it was.

import { $ } from './shared.js';

let returnFocus = null;

export function openHelp() {
  const dialog = $('help');
  if (dialog.open) return;
  returnFocus = document.activeElement;
  dialog.showModal();
  $('help-close').focus();
}

export function wireHelp() {
  $('help-open').addEventListener('click', openHelp);
  $('help-close').addEventListener('click', () => $('help').close());
  $('help').addEventListener('close', () => {
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  });
}
