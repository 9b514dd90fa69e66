// Dropout Lab page start-up: check the browser, load the Rust engine, read the link, build the
// lab and start the frame loop. All training, statistics and drawing happen in Rust
// (pkg/dropout_lab.js); the modules in lab/ only wire the page to it. p is the probability of
// DROPPING a unit, everywhere.

import init, { LabSettings, defaultSpeed, maxLearningRate, minLearningRate, presetList, runColours, speedSteps } from './pkg/dropout_lab.js';
import { useSettings } from './lab/apply.js';
import { exposeApi } from './lab/api.js';
import { onEngineCrash, showBanner, wireBanner } from './lab/banner.js';
import { changed, syncControls, wireControls } from './lab/controls.js';
import { wireDataPanel } from './lab/data-panel.js';
import { wireDrawing } from './lab/draw.js';
import { wireEmbed } from './lab/embed.js';
import { wireCopyLink } from './lab/copy-link.js';
import { wireCode } from './lab/code-panel.js';
import { wireExport } from './lab/export.js';
import { startFrames } from './lab/frames.js';
import { wireHelp } from './lab/help.js';
import { wireLesson } from './lab/lesson.js';
import { wireNarration } from './lab/narrate.js';
import { wireSound } from './lab/sound.js';
import { wireTables } from './lab/tables.js';
import { wireInside } from './lab/inside.js';
import { applyHidden, holdUrl, readUrl, releaseUrl } from './lab/link.js';
import { applyNotation, wireNotation } from './lab/notation.js';
import { applyPresent, wirePresent } from './lab/present.js';
import { applyAccessView, wireAccessView } from './lab/access-view.js';
import { createLab, writeNote } from './lab/rebuild.js';
import { onLanguage, say, sayOr } from './lab/l10n.js';
import { wireLanguageMenu } from './lab/language-menu.js';
import { wireSetupFile } from './lab/setup-file.js';
import { $, SPEEDS, engine, formatRate, settings, ui } from './lab/shared.js';
import { wireShortcuts } from './lab/shortcuts.js';
import { wireSweeps } from './lab/sweep.js';
import { setMode, setSpeed, wireTransport } from './lab/transport.js';
import { wasmModule } from './lab/wasm-source.js';

// The engine is built with WebAssembly SIMD (simd128): it nearly doubles training speed, and
// every current browser has it. An older one (Safari before 16.4, Chrome before 91, Firefox
// before 89) would fail with a compiler error; say what to do instead. The probe is the
// smallest module using a v128 value (i8x16.splat then i8x16.popcnt).
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

// A new language: the texts Rust composed once (preset titles and notes) are read again, and
// every canvas and the runs list are redrawn in it.
function retranslate() {
  engine.presets = JSON.parse(presetList());
  for (const option of $('preset').options) option.textContent = engine.presets.find((p) => p.name === option.value)?.title ?? option.value;
  writeNote();
  ui.runsKey = '';
  ui.runsDue = true; // the runs list and "of N" at the next frame, not a refresh later
  ui.dirty = true;
  if (engine.lab) changed(); // the read-outs and the Data & network panel, in the new language
}

// Every panel's controls, before the lab exists (they read it only when used); window.lab
// before the panels that add to it (sweeps, Inside).
function wirePage() {
  wirePresent();
  wireAccessView();
  wireLanguageMenu();
  wireControls();
  wireTransport();
  wireCopyLink();
  wireHelp();
  wireShortcuts();
  wireExport();
  wireSetupFile();
  wireDataPanel(changed);
  wireDrawing();
  exposeApi();
  wireSweeps();
  wireInside();
  wireNarration();
  wireSound();
  wireTables();
  wireNotation(changed);
}

async function main() {
  wireBanner();
  if (!WebAssembly.validate(SIMD_PROBE)) {
    throw new Error('this browser lacks WebAssembly SIMD, which the training engine needs. Please update it (Safari 16.4+, Firefox 89+, Chrome or Edge 91+). On an iPad every browser uses Safari\'s engine: update iPadOS to 16.4 or later.');
  }
  // Compiled once: the page's replica instantiates it here, the engine's worker gets it posted.
  await init({ module_or_path: await wasmModule() });
  performance.mark('wasm-ready');
  engine.colours = runColours();
  SPEEDS.push(...speedSteps());
  $('speed').max = String(SPEEDS.length - 1);
  $('lr').min = formatRate(minLearningRate());
  $('lr').max = formatRate(maxLearningRate());
  readUrl(); // the core's settings: the link over the default preset on its own seed
  holdUrl(); // written once, after the first frame
  // The presets' titles in the language the link or the browser asked for (readUrl spoke it),
  // so the preset menu is written once, in it.
  engine.presets = JSON.parse(presetList());
  const lessonFromLink = settings.lesson;
  setSpeed(settings.speed ?? defaultSpeed());
  $('log').checked = Boolean(settings.log);
  applyHidden();
  wirePage();
  // A crashed engine is rebuilt from the link, which holds every setting changed on the page.
  onEngineCrash(() => {
    readUrl();
    applyPresent();
    applyAccessView();
    applyNotation();
    createLab();
    syncControls();
  });
  try {
    createLab();
  } catch (err) {
    showBanner(say('start-default-preset', { error: err.message ?? String(err) }));
    useSettings(LabSettings.fromLink(''));
    createLab();
  }
  setMode(settings.mode ?? 'train');
  changed(); // the controls and the runs list show the new lab (the link waits for the first frame)
  wireLesson(lessonFromLink); // after the lab exists: a link's lesson=N sets its step's lab up
  // Only a later change of language: start-up has just written everything in this one (#18:
  // called now, it read the presets again, rebuilt the runs list and synced every control a
  // third time before the first chart).
  onLanguage(retranslate, { now: false });
  wireCode(); // after the lab exists: a link's code= opens the panel on the lab's code
  wireEmbed(); // last: a host's first request finds the lab built and wired
  performance.mark('lab-ready');
  // The first frame runs now rather than at the next vsync, so the first picture is drawn
  // before the browser's first paint of the page; it then asks for the next one itself.
  startFrames();
  releaseUrl();
}

main().catch((err) => {
  releaseUrl();
  const error = err.message ?? String(err);
  showBanner(sayOr(`Dropout Lab could not start: ${error}`, 'start-failed', { error }));
});
