// One way in for every change of settings: a control, the link, a setup file, a lesson step,
// the Data & network panel. The core's settings (a LabSettings handle, `engine.settings`) are
// the page's one copy: `applySettings` asks the core to merge and check a change (a refusal
// names the bound), builds the new lab before touching the running one, and returns the keys
// that changed. `settings` (shared.js) is only a read-out of the handle, refreshed here.

import { Lab, LabSettings } from '../pkg/dropout_lab.js';
import { runVariants } from './readings.js';
import { speak } from './l10n.js';
import { createLab } from './rebuild.js';
import { setupKeys } from './setup-knobs.js';
import { $, engine, settings, ui } from './shared.js';

// A wasm handle holds Rust memory until freed; a handle of a crashed engine cannot free itself.
function release(handle) {
  try {
    handle?.free();
  } catch {
    // The new module state replaces it anyway.
  }
}

/** Makes `handle` the page's settings (the old ones are freed) and refreshes the read-out. */
export function useSettings(handle) {
  if (engine.settings !== handle) release(engine.settings);
  engine.settings = handle;
  refreshView();
}

// The read-out other modules read (`settings.seed`, `settings.rates`, …), from typed getters.
function refreshView() {
  const s = engine.settings;
  const runs = Array.from({ length: s.runCount() }, (_, i) => i);
  const pairs = s.pairs();
  for (const key of Object.keys(settings)) delete settings[key];
  Object.assign(settings, {
    preset: s.preset(),
    seed: s.seed(),
    hidden: s.hidden() ? [...s.hidden()] : undefined,
    rates: runs.length ? runs.map((i) => [...s.runRates(i)]) : undefined,
    variants: runs.length ? runs.map((i) => s.runVariant(i)) : undefined,
    focus: s.focus(),
    lr: s.learningRate(),
    mode: s.evalView() ? 'eval' : 'train',
    speed: s.speed(),
    log: s.logScale(),
    notation: s.retainNotation() ? 'retain' : undefined,
    present: s.present(),
    calm: s.calm(),
    contrast: s.contrast(),
    lesson: s.lesson(),
    code: s.code(),
    hide: s.hide(),
    lang: s.lang(),
  });
  speak(settings.lang);
  // The Data & network knobs as the link writes them (text): the panel shows the Lab's own.
  for (let i = 0; i < pairs.length; i += 2) if (setupKeys().includes(pairs[i])) settings[pairs[i]] = pairs[i + 1];
}

/** `{key: value}` as the core reads a change: `undefined` or `''` puts a key back to its default. */
export function changeText(change) {
  const text = (value) => {
    if (value === undefined || value === null || value === false) return '';
    if (value === true) return '1';
    if (Array.isArray(value)) return value.map((v) => (Array.isArray(v) ? v.join(':') : String(v))).join(',');
    return String(value);
  };
  return new URLSearchParams(Object.entries(change).map(([key, value]) => [key, text(value)])).toString();
}

/**
 * The settings with what the page changed since the last apply: every run's rates and variant,
 * the focus and learning rate (the Lab's), and the view (speed, log scale, lesson, mode,
 * notation, Present) as the controls show it. A new handle: the caller frees or keeps it.
 */
export function liveSettings() {
  const lab = engine.lab;
  const base = lab
    ? engine.settings.withLive(lab.rateTable(), lab.layerCount(), runVariants(), lab.focused(), lab.learningRate())
    : engine.settings;
  try {
    return base.merged(changeText({
      speed: ui.speed,
      log: $('log').checked,
      lesson: ui.lesson,
      mode: settings.mode === 'eval' ? 'eval' : undefined,
      notation: settings.notation === 'retain' ? 'retain' : undefined,
      present: Boolean(settings.present),
      code: settings.code,
      calm: Boolean(settings.calm),
      contrast: Boolean(settings.contrast),
    }));
  } finally {
    if (base !== engine.settings) release(base);
  }
}

/**
 * A change of what the page shows, not of the race (mode, notation, Present): the core checks
 * and keeps it in the one copy of the settings, and nothing is rebuilt. Throws the refusal.
 */
export function applyView(change) {
  useSettings(engine.settings.merged(changeText(change)));
}

/** The Lab constructor's arguments for `s` (a LabSettings): preset, seed, hidden sizes, setup. */
export function labArgsOf(s) {
  const hidden = s.hidden();
  return [s.preset(), s.seed(), hidden ? Uint32Array.from(hidden) : undefined, s.setupText()];
}

/**
 * Applies `change` ({key: value}, as the link names them) and rebuilds the lab from it.
 * `fresh`: over the defaults instead of the lab as it is now; `from`: over these settings (a
 * LabSettings read from a link or a file, taken over by this call). The new lab is built first:
 * a change the core refuses, or a lab it cannot build, throws an Error saying why and leaves
 * the running lab and its settings untouched. Returns the keys that changed.
 */
export function applySettings(change = {}, { fresh = false, from } = {}) {
  const base = from ?? (fresh ? LabSettings.fromLink('') : liveSettings());
  let next;
  try {
    next = base.merged(changeText(change));
    new Lab(...labArgsOf(next)).free();
  } catch (err) {
    release(next);
    throw err instanceof Error ? err : new Error(String(err));
  } finally {
    release(base);
  }
  const keys = engine.settings ? next.changedKeys(engine.settings) : [];
  useSettings(next);
  $('log').checked = Boolean(settings.log); // the new Lab takes the log scale from the box
  createLab();
  return keys;
}
