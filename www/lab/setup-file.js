// The setup as a file: a teacher saves the lab's settings as JSON (for a worksheet, or to open
// the same lab next week) and loads them back by the file picker or by dropping the file on the
// page. The file holds exactly what the link holds, checked by the link's own rules, so a file
// and a link can never disagree. A bad file only says what is wrong: the lab keeps running as
// it was.

import { showBanner } from './banner.js';
import { changed, syncControls } from './controls.js';
import { applyHidden, linkSettings, readSettings } from './link.js';
import { createLab, newLab } from './rebuild.js';
import { $, settings } from './shared.js';
import { setMode, setPlaying, setSpeed } from './transport.js';

const FORMAT = 'dropout-lab-setup';
const VERSION = 1;

/** The setup file's text: `{format, version, settings: {key: text as in the link}}`. */
export function setupJson() {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, settings: linkSettings() }, null, 2)}\n`;
}

/** The settings a setup file holds; throws an Error whose message tells the teacher why not. */
export function parseSetup(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error('it is not a JSON file.');
  }
  if (data?.format !== FORMAT || typeof data.settings !== 'object' || data.settings === null) {
    throw new Error(`it is JSON but not a Dropout Lab setup (no "format": "${FORMAT}" with its "settings").`);
  }
  if (data.version !== VERSION) {
    throw new Error(`it is a setup of version ${JSON.stringify(data.version)}; this page reads version ${VERSION}.`);
  }
  // Numbers may be written as numbers; the link's rules read text.
  const { values, problems } = readSettings(Object.entries(data.settings).map(([key, v]) => [key, String(v)]));
  if (problems.length) throw new Error(`some of its settings cannot be used: ${problems.join('; ')}.`);
  return values;
}

/**
 * Replaces the lab with the one `values` describe (missing settings take the preset's
 * defaults, set by `setDefaults`). The network is built first: if that fails, the settings go
 * back and the running lab is untouched.
 */
function applySetup(values, setDefaults) {
  const before = { ...settings };
  for (const key of Object.keys(settings)) delete settings[key];
  setDefaults();
  Object.assign(settings, values);
  try {
    newLab(settings.hidden).free();
  } catch (err) {
    for (const key of Object.keys(settings)) delete settings[key];
    Object.assign(settings, before);
    throw err;
  }
  setPlaying(false);
  applyHidden();
  setSpeed(settings.speed ?? 6);
  $('log').checked = Boolean(settings.log);
  createLab();
  syncControls();
  setMode(settings.mode ?? 'train');
  changed();
}

async function loadFile(file, setDefaults) {
  try {
    applySetup(parseSetup(await file.text()), setDefaults);
    $('banner').hidden = true;
  } catch (err) {
    showBanner(`Could not load the setup '${file.name}': ${err?.message ?? err} Nothing was changed.`);
  }
}

const holdsFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');

/** The Load setup… button's file picker, and dropping a setup file anywhere on the page. */
export function wireSetupFile(setDefaults) {
  const picker = $('setup-file');
  $('load-setup').addEventListener('click', () => {
    picker.closest('dialog')?.close(); // the lab shows again while the teacher picks the file
    picker.click();
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = ''; // the same file can be loaded again
    if (file) loadFile(file, setDefaults);
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
    if (file) loadFile(file, setDefaults);
  });
}
