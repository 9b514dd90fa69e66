// The Data & network panel (#10): which dataset, how many points and how noisy, the class's
// own points (drawn or from a CSV file), and the network's activation, optimiser, minibatch and
// L2 strength. Every change goes through applySettings (apply.js) and rebuilds the race as a
// new seed does: the same runs with the same rates on the new data or network, and one line
// says what was rebuilt. A value the core refuses only says why (with the core's bounds); the
// running lab is untouched.

import { num, onLanguage, say, typedNumber } from './l10n.js';
import { csvPoints } from '../pkg/dropout_lab.js';
import { applySettings } from './apply.js';
import { datasetNamed, limits } from './setup-knobs.js';
import { $, engine, formatRate, presetNamed, settings } from './shared.js';

// The menus' titles are the catalog's: `activation-<name>`, `optimiser-<name>`.
const actTitle = (name) => say(`activation-${name}`);
const optTitle = (name) => say(`optimiser-${name}`);

const panel = { onChange: () => {} };

/** The line under the panel: what was rebuilt, or why nothing was. */
export function setupStatus(text, problem = false) {
  $('setup-status').textContent = text;
  $('setup-status').classList.toggle('problem', problem);
}

/**
 * Applies `changes` ({key: value, undefined puts the preset's back}) through the page's one way
 * in for settings, rebuilding the race with the same runs and rates, and says `what` was
 * rebuilt. Returns whether it was: a setup the core refuses only says why (naming the bound).
 */
export function rebuildWith(changes, what) {
  try {
    applySettings(changes);
  } catch (err) {
    syncSetup();
    setupStatus(say('setup-not-changed', { error: err?.message ?? String(err) }), true);
    return false;
  }
  panel.onChange();
  const runs = engine.lab.runCount();
  setupStatus(say('setup-rebuilt', { what, runs }));
  return true;
}

function fillSelect(select, entries) {
  const chosen = select.value;
  select.replaceChildren();
  for (const [value, title] of entries) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = title;
    select.append(option);
  }
  if (chosen) select.value = chosen;
}

// The menus in the language spoken (again when it changes): the datasets' titles are the
// core's, asked for afresh.
function fillMenus() {
  const { datasets, activations, optimizers } = limits(true);
  fillSelect($('dataset'), datasets.map((d) => [d.name, d.title]));
  fillSelect($('act'), activations.map((a) => [a, actTitle(a)]));
  fillSelect($('opt'), optimizers.map((o) => [o, optTitle(o)]));
}

/** The panel shows what the lab is using now, and the presets menu whether the data is the class's. */
export function syncSetup() {
  const state = JSON.parse(engine.lab.setupState());
  $('dataset').value = state.data;
  $('n-train').value = String(state.train - state.points.filter((p) => !p[3]).length);
  $('n-val').value = String(state.val - state.points.filter((p) => p[3]).length);
  const own = state.data.startsWith('own');
  $('n-train').disabled = own;
  $('n-val').disabled = own;
  $('noise').value = state.noise === null ? '' : String(state.noise);
  $('noise').disabled = state.noise === null;
  $('flip').value = state.flip === null ? '' : String(state.flip);
  $('flip').disabled = state.flip === null;
  $('act').value = state.act;
  $('opt').value = state.opt;
  $('batch').value = state.fullBatch ? 'full' : String(state.batch);
  $('l2').value = String(state.l2);
  const drawable = state.shape !== 'digits';
  $('draw-tools').hidden = !drawable;
  const count = state.points.length;
  $('draw-count').textContent = say(drawable ? 'draw-count' : 'draw-not-here', { count });
  $('draw-clear').disabled = count === 0;
  for (const preset of engine.presets) {
    const option = [...$('preset').options].find((o) => o.value === preset.name);
    if (option) option.textContent = preset.name === settings.preset && state.dataEdited ? say('preset-your-data', { title: preset.title }) : preset.title;
  }
  return state;
}

// A knob's field as the setting it gives: a number, or the text for selects.
function wireNumber(id, key, what) {
  $(id).addEventListener('change', () => {
    const text = $(id).value.trim();
    const value = text === '' ? undefined : typedNumber(text);
    if (value !== undefined && !Number.isFinite(value)) {
      syncSetup();
      return setupStatus(say('setup-not-a-number', { text }), true);
    }
    rebuildWith({ [key]: value }, `${what(value)}`);
  });
}

// A CSV file's points become the data: "own" for two classes, "own-curve" for a curve.
async function loadCsv(file) {
  if (file.size > limits().maxCsvBytes) {
    return setupStatus(say('csv-too-big', { file: file.name, bytes: num(file.size), max: num(limits().maxCsvBytes) }), true);
  }
  let loaded;
  try {
    loaded = JSON.parse(csvPoints(await file.text()));
  } catch (err) {
    return setupStatus(say('csv-failed', { file: file.name, error: err?.message ?? String(err) }), true);
  }
  const data = loaded.curve ? 'own-curve' : 'own';
  rebuildWith({ data, points: loaded.points }, say(loaded.rescaled ? 'rebuilt-csv-scaled' : 'rebuilt-csv', { count: loaded.count, file: file.name }));
}

/** Builds the panel's menus from the core's lists and wires every knob. */
export function wireDataPanel(onChange) {
  panel.onChange = onChange;
  const { minPoints, maxPoints, maxNoise, maxLabelNoise, maxL2 } = limits();
  fillMenus();
  onLanguage(fillMenus);
  for (const id of ['n-train', 'n-val']) Object.assign($(id), { min: minPoints, max: maxPoints });
  Object.assign($('noise'), { min: 0, max: maxNoise });
  Object.assign($('flip'), { min: 0, max: maxLabelNoise });
  Object.assign($('l2'), { min: 0, max: maxL2 });
  $('dataset').addEventListener('change', () => {
    const next = datasetNamed($('dataset').value);
    const now = datasetNamed(JSON.parse(engine.lab.setupState()).data);
    // Drawn points belong to a picture: 2-D points mean nothing on a curve.
    const keep = next.shape === now?.shape && next.shape !== 'digits';
    const title = next.title;
    const what = settings.points && !keep ? say('rebuilt-dataset-cleared', { title, count: settings.points.length / 4, shape: now?.shape ?? '' }) : say('rebuilt-dataset', { title });
    rebuildWith({ data: next.name, points: keep ? settings.points : undefined }, what);
  });
  // Each says what was rebuilt (`rebuilt-train`…), or that the preset's value is back (`…-preset`).
  const knob = (id) => (value) => (value === undefined ? say(`rebuilt-${id}-preset`) : say(`rebuilt-${id}`, { value }));
  for (const [id, key] of [['n-train', 'train'], ['n-val', 'val'], ['noise', 'noise'], ['flip', 'flip'], ['l2', 'l2']]) wireNumber(id, key, knob(key));
  $('act').addEventListener('change', () => rebuildWith({ act: $('act').value }, say('rebuilt-act', { title: actTitle($('act').value) })));
  // The learning rate stays as it was: a rate tuned for Adam barely moves plain SGD, and the
  // class should know why the curves went flat.
  $('opt').addEventListener('change', () => {
    const lr = formatRate(engine.lab.learningRate());
    rebuildWith({ opt: $('opt').value }, say('rebuilt-opt', { title: optTitle($('opt').value), lr }));
  });
  $('batch').addEventListener('change', () => {
    const text = $('batch').value.trim().toLowerCase();
    const value = text === '' || text === 'full' ? 'full' : Number(text);
    rebuildWith({ batch: value }, value === 'full' ? say('rebuilt-full-batch') : say('rebuilt-batch', { value }));
  });
  $('csv-file').addEventListener('change', () => {
    const file = $('csv-file').files?.[0];
    $('csv-file').value = ''; // the same file can be loaded again
    if (file) loadCsv(file);
  });
  $('setup').addEventListener('toggle', () => presetNamed(settings.preset) && syncSetup());
}
