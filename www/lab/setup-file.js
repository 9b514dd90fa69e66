// The setup as a file: a teacher saves the lab's settings as JSON (for a worksheet, or to open
// the same lab next week) and loads them back by the file picker or by dropping the file on the
// page. The core writes and reads the file (src/core/settings/file.rs): it holds exactly what
// the link holds, checked by the link's own table, so a file and a link can never disagree. A
// bad file only says what is wrong: the lab keeps running as it was.

import { say } from './l10n.js';
import { LabSettings, defaultSpeed } from '../pkg/dropout_lab.js';
import { applySettings, liveSettings } from './apply.js';
import { showBanner } from './banner.js';
import { changed, syncControls } from './controls.js';
import { applyHidden } from './link.js';
import { applyNotation } from './notation.js';
import { applyAccessView } from './access-view.js';
import { applyPresent } from './present.js';
import { $, settings } from './shared.js';
import { setMode, setPlaying, setSpeed } from './transport.js';

/** The setup file's text: `{format, version, settings: {key: text as in the link}}`. */
export function setupJson() {
  const live = liveSettings();
  try {
    return live.setupFile();
  } finally {
    live.free();
  }
}

/**
 * Shows the view settings on the page after a whole new set was applied (start-up, a setup
 * file, a crashed engine rebuilt from the link): speed, log scale, hidden controls, Present,
 * notation, the controls and the train/eval view.
 */
export function showSettings() {
  setSpeed(settings.speed ?? defaultSpeed());
  $('log').checked = Boolean(settings.log);
  applyHidden();
  applyPresent();
  applyAccessView();
  applyNotation();
  syncControls();
  setMode(settings.mode);
  changed();
}

/**
 * Replaces the lab with the one the file describes (missing settings take the defaults). The
 * network is built first: if that fails, the running lab and its settings are untouched.
 */
async function loadFile(file) {
  try {
    const read = LabSettings.fromSetupFile(await file.text());
    applySettings({}, { from: read });
    setPlaying(false);
    showSettings();
    $('banner').hidden = true;
  } catch (err) {
    showBanner(say('setup-file-failed', { file: file.name, error: err?.message ?? String(err) }));
  }
}

const holdsFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** The Load setup… button's file picker, and dropping a setup file anywhere on the page. */
export function wireSetupFile() {
  const picker = $('setup-file');
  $('load-setup').addEventListener('click', () => {
    picker.closest('dialog')?.close(); // the lab shows again while the teacher picks the file
    picker.click();
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = ''; // the same file can be loaded again
    if (file) loadFile(file);
  });
  document.addEventListener('dragover', (e) => {
    if (!holdsFiles(e)) return;
    e.preventDefault(); // allows the drop (the browser would open the file instead)
    e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    if (!holdsFiles(e)) return;
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (file) loadFile(file);
  });
}
