// The Code panel (#21): the experiment as it is now, written by the core as PyTorch or Keras
// (`lab.code(language)`), a copy button, and the notebook that replays the race
// (`lab.notebook()`). A non-modal dialog beside the lab, so a slider move shows in the code at
// once; the open tab is a view key of the link (`code=pytorch|keras`) through applyView.

import { applyView } from './apply.js';
import { guard } from './banner.js';
import { download } from './export.js';
import { writeUrl } from './link.js';
import { say } from './l10n.js';
import { $, eachFrame, settings } from './shared.js';

const LANGUAGES = ['pytorch', 'keras'];
let shown = ''; // the text on screen, so a frame rewrites it only when the core's changed

/**
 * Writes the core's text for the open tab; at the end of each frame the lab's loop runs while
 * the panel is open (a slider move, a rebuild or a language wakes it), and false once closed.
 */
function refresh() {
  if (!$('code-panel').open) return false;
  const text = guard((lab) => lab.code(settings.code ?? 'pytorch'), null, false);
  if (text !== null && text !== shown) {
    shown = text;
    $('code-text').textContent = text;
  }
  return true;
}

/** Opens the panel on `language`'s tab and puts it in the link. */
export function openCode(language = settings.code ?? 'pytorch') {
  applyView({ code: language });
  writeUrl();
  for (const l of LANGUAGES) $(`code-tab-${l}`).setAttribute('aria-selected', String(l === language));
  const dialog = $('code-panel');
  $('code-open').setAttribute('aria-expanded', 'true');
  shown = '';
  if (!dialog.open) {
    dialog.show();
    eachFrame(refresh);
  }
  refresh();
}

function closeCode() {
  $('code-panel').close();
  $('code-open').setAttribute('aria-expanded', 'false');
  applyView({ code: undefined });
  writeUrl();
}

// The sentences are the catalogs' (code-copied, code-not-copied); the browser's reason stays
// as the browser wrote it.
async function copyCode() {
  const status = $('code-status');
  try {
    await navigator.clipboard.writeText($('code-text').textContent);
    status.textContent = say('code-copied');
  } catch (err) {
    status.textContent = say('code-not-copied', { why: `${err?.message ?? err}` });
  }
}

function downloadNotebook() {
  const notebook = guard((lab) => lab.notebook(), null, false);
  if (notebook === null) return;
  const name = `dropout-lab-${settings.preset}-seed${settings.seed}.ipynb`;
  download(new Blob([notebook], { type: 'application/x-ipynb+json' }), name);
}

/** Wires the panel; opens it at start-up when the link says `code=`. */
export function wireCode() {
  $('code-open').addEventListener('click', () => ($('code-panel').open ? closeCode() : openCode()));
  $('code-close').addEventListener('click', closeCode);
  $('code-panel').addEventListener('close', () => $('code-open').setAttribute('aria-expanded', 'false'));
  for (const l of LANGUAGES) $(`code-tab-${l}`).addEventListener('click', () => openCode(l));
  $('code-copy').addEventListener('click', copyCode);
  $('code-notebook').addEventListener('click', downloadNotebook);
  if (settings.code) openCode(settings.code);
}
