// The link is the lab's memory: ONE table of properties says how each setting is read from the
// URL and written back into it, so a setting cannot be read without being written (or the
// reverse). Opening the written link rebuilds every run bit for bit. Keys are looked up in a
// Map: a link is typed by people, and `?constructor=1` must be an unknown key, not a lookup of
// Object.prototype.

import { maxHiddenLayers, maxLearningRate, maxRuns, maxUnits, minLearningRate, variantProblem } from '../pkg/dropout_lab.js';
import { echo, showBanner } from './banner.js';
import { runRates, runVariants } from './readings.js';
import { datasetNamed, limits } from './setup-knobs.js';
import { $, SPEEDS, engine, formatRate, presetNamed, settings, ui } from './shared.js';

// An empty value is no number (Number('') would be 0).
const num = (raw) => (raw.trim() === '' ? NaN : Number(raw));
const isRate = (p) => Number.isFinite(p) && p >= 0 && p < 1;
const list = (raw) => raw.split(',').map((v) => v.trim()).filter((v) => v !== '');

/** A property whose value is all right or all ignored. `what` says what was expected. */
function checked(parse, ok, what) {
  return (raw) => {
    const value = parse(raw);
    return ok(value) ? { value } : { problem: `expected ${typeof what === 'function' ? what() : what}` };
  };
}

// Controls a classroom link can hide (`hide=seed,lr`), each with the element that goes.
const HIDEABLE = new Map([
  ['preset', () => $('preset').closest('label')],
  ['seed', () => $('seed').closest('label')],
  ['lr', () => $('lr').closest('label')],
  ['play', () => $('play')],
  ['step', () => $('step')],
  ['reset', () => $('reset')],
  ['speed', () => $('speed').closest('label')],
  ['copy', () => $('copy-link')],
  ['mode', () => $('mode-train').closest('.toggle')],
  ['example', () => $('example').closest('label')],
  ['rate', () => $('rate').closest('.rate')],
  ['input', () => $('input-rate').closest('.rate')],
  ['scaling', () => $('scaling').closest('.rate')],
  ['hidden', () => $('hidden').closest('.rate')],
  ['add', () => $('add-run')],
  ['remove', () => $('runs')], // hides the runs' × buttons (a class, see style.css)
  ['log', () => $('log').closest('label')],
  ['note', () => $('note')],
  ['setup', () => $('setup')], // the Data & network panel (#10)
  ['lesson', () => $('lesson-open')], // the Lesson button (#13)
]);

// A run's rates in the link: `p` alone is every hidden layer at p with no input dropout (the
// common case, and what older links held); `input:hidden1:hidden2…` is the whole vector.
function formatRun(rates) {
  const [input, ...hidden] = rates;
  if (input === 0 && hidden.every((p) => p === hidden[0])) return String(hidden[0] ?? 0);
  return rates.map(String).join(':');
}

// #13: a run's variant follows its rates after `~` (`0.5~dropconnect`, `0~bn`, `0.5~maxnorm_3`);
// a run without one is plain inverted dropout, so every older link reads as before. When every
// run is classic the link says so once, as `scaling=classic` (what older links held).
const CLASSIC = 'classic';
const tokens = (variant) => variant.split('~').filter((t) => t !== '');
const allClassic = () => runVariants().every((v) => tokens(v).includes(CLASSIC));

function readRuns(raw) {
  const runs = raw.split(',').map((run) => {
    const [rates, ...variant] = run.split('~');
    return { rates: rates.split(':').map(num), variant: variant.join('~') };
  });
  // Rust names what it could not read; a fuzzed link's token can be 10,000 characters long.
  const bad = runs.find((r) => variantProblem(r.variant) !== undefined);
  const problem = bad && (echo(bad.variant) === bad.variant ? variantProblem(bad.variant) : `run variant '${echo(bad.variant)}' not understood`);
  const ok = runs.length <= maxRuns() && runs.every((r) => r.rates.length <= maxHiddenLayers() + 1 && r.rates.every(isRate));
  if (!ok || problem) {
    return { problem: problem ?? `expected 1 to ${maxRuns()} runs, comma-separated; each a rate in [0, 1) or input:hidden:… rates, optionally ~variant` };
  }
  return { value: runs.map((r) => r.rates), also: { variants: runs.map((r) => r.variant) } };
}

function writeRuns() {
  const strip = allClassic();
  return runRates()
    .map((rates, i) => {
      const variant = tokens(runVariants()[i]).filter((t) => !(strip && t === CLASSIC));
      return [formatRun(rates), ...variant].join('~');
    })
    .join(',');
}

const PROPS = new Map([
  ['preset', {
    read: checked((v) => v, (v) => presetNamed(v) !== undefined, () => `one of ${engine.presets.map((p) => p.name).join(', ')}`),
    write: () => settings.preset,
  }],
  ['seed', {
    read: checked(num, (v) => Number.isInteger(v) && v >= 0 && v <= 4294967295, 'a whole number ≥ 0'),
    write: () => String(settings.seed),
  }],
  ['lr', {
    read: checked(num, (v) => v >= minLearningRate() && v <= maxLearningRate(), () => `a number from ${formatRate(minLearningRate())} to ${formatRate(maxLearningRate())}`),
    write: () => formatRate(engine.lab.learningRate()),
  }],
  ['rates', { read: readRuns, write: writeRuns }],
  // Older links gave one input rate to every run; still read, never written.
  ['input', { read: checked(num, isRate, 'a rate in [0, 1)') }],
  ['focus', {
    read: checked(num, (v) => Number.isInteger(v) && v >= 0 && v < maxRuns(), () => `0 to ${maxRuns() - 1}`),
    write: () => String(engine.lab.focused()),
  }],
  ['hidden', {
    read: checked(
      (v) => v.split(',').map(num),
      (v) => v.length <= maxHiddenLayers() && v.every((n) => Number.isInteger(n) && n >= 1 && n <= maxUnits()),
      () => `1 to ${maxHiddenLayers()} layer sizes from 1 to ${maxUnits()}, comma-separated`,
    ),
    write: () => settings.hidden?.join(','),
  }],
  ['scaling', {
    read: checked((v) => v, (v) => v === 'inverted' || v === 'classic', "'inverted' or 'classic'"),
    write: () => (allClassic() ? CLASSIC : undefined),
  }],
  ['mode', {
    read: checked((v) => v, (v) => v === 'train' || v === 'eval', "'train' or 'eval'"),
    write: () => (settings.mode === 'eval' ? 'eval' : undefined),
  }],
  ['speed', {
    read: checked(num, (v) => Number.isInteger(v) && v >= 0 && v < SPEEDS.length, `0 to ${SPEEDS.length - 1}`),
    write: () => String(ui.speed),
  }],
  ['log', {
    read: (raw) => (raw === '0' || raw === '1' ? { value: raw === '1' } : { problem: 'expected 0 or 1' }),
    write: () => ($('log').checked ? '1' : undefined),
  }],
  // #12.6: how p is written; rates= stays drop rates in either notation.
  ['notation', {
    read: checked((v) => v, (v) => v === 'drop' || v === 'retain', "'drop' or 'retain'"),
    write: () => (settings.notation === 'retain' ? 'retain' : undefined),
  }],
  ['present', { read: (raw) => (raw === '0' || raw === '1' ? { value: raw === '1' } : { problem: 'expected 0 or 1' }), write: () => (settings.present ? '1' : undefined) }],
  // The Data & network panel (#10): each knob is written only once the class changed it, so a
  // preset's link stays as short as before.
  ['data', {
    read: checked((v) => v, (v) => datasetNamed(v) !== undefined, () => `one of ${limits().datasets.map((d) => d.name).join(', ')}`),
    write: () => settings.data,
  }],
  ['train', {
    read: checked(num, (v) => Number.isInteger(v) && v >= limits().minPoints && v <= limits().maxPoints, () => `a whole number from ${limits().minPoints} to ${limits().maxPoints}`),
    write: () => settings.train?.toString(),
  }],
  ['val', {
    read: checked(num, (v) => Number.isInteger(v) && v >= limits().minPoints && v <= limits().maxPoints, () => `a whole number from ${limits().minPoints} to ${limits().maxPoints}`),
    write: () => settings.val?.toString(),
  }],
  ['noise', {
    read: checked(num, (v) => v >= 0 && v <= limits().maxNoise, () => `a number from 0 to ${limits().maxNoise}`),
    write: () => settings.noise?.toString(),
  }],
  ['flip', {
    read: checked(num, (v) => v >= 0 && v <= limits().maxLabelNoise, () => `a fraction from 0 to ${limits().maxLabelNoise}`),
    write: () => settings.flip?.toString(),
  }],
  ['act', {
    read: checked((v) => v, (v) => limits().activations.includes(v), () => `one of ${limits().activations.join(', ')}`),
    write: () => settings.act,
  }],
  ['opt', {
    read: checked((v) => v, (v) => limits().optimizers.includes(v), () => `one of ${limits().optimizers.join(', ')}`),
    write: () => settings.opt,
  }],
  ['batch', {
    read: checked((v) => (v === 'full' ? v : num(v)), (v) => v === 'full' || (Number.isInteger(v) && v >= 1 && v <= limits().maxBatch), () => `'full' or a whole number from 1 to ${limits().maxBatch}`),
    write: () => settings.batch?.toString(),
  }],
  ['l2', {
    read: checked(num, (v) => v >= 0 && v <= limits().maxL2, () => `a number from 0 to ${limits().maxL2}`),
    write: () => settings.l2?.toString(),
  }],
  ['points', {
    read: checked((v) => v, (v) => /^[A-Za-z0-9_-]*$/.test(v) && v.length % 4 === 0 && v.length / 4 <= limits().maxDrawn, () => `drawn points, 4 base64url characters each, at most ${limits().maxDrawn}`),
    write: () => settings.points || undefined,
  }],
  // The guided lesson's step (#13): written while the lesson is open (ui.lesson); read once at
  // start-up, it reopens that step.
  ['lesson', {
    read: checked(num, (v) => Number.isInteger(v) && v >= 1 && v <= 99, 'a step number from 1'),
    write: () => (ui.lesson === undefined ? undefined : String(ui.lesson)),
  }],
  ['hide', {
    // The names understood are kept even when others are not: a typo hides one control less.
    read: (raw) => {
      const names = list(raw);
      const unknown = names.filter((n) => !HIDEABLE.has(n));
      const value = [...new Set(names.filter((n) => HIDEABLE.has(n)))];
      return unknown.length === 0 ? { value } : { value, problem: `cannot hide ${unknown.map((n) => `'${echo(n)}'`).join(', ')} (controls that can be hidden: ${[...HIDEABLE.keys()].join(', ')})` };
    },
    write: () => (settings.hide?.length ? settings.hide.join(',') : undefined),
  }],
]);

// The banner lists this many problems at most; a fuzzed link can hold hundreds.
const MAX_PROBLEMS = 8;

/**
 * Checks settings given as [key, text] pairs by the link's own rules: `values` holds what was
 * understood, `problems` says in words what was not. A setup file is read the same way.
 */
export function readSettings(entries) {
  const values = {};
  const problems = [];
  for (const [key, raw] of entries) {
    const prop = PROPS.get(key);
    if (!prop?.read) {
      problems.push(`'${echo(key)}' is not a setting`);
      continue;
    }
    const { value, problem, also } = prop.read(raw);
    if (value !== undefined) values[key] = value;
    if (also) Object.assign(values, also);
    if (problem) problems.push(value === undefined ? `${echo(key)}=${echo(raw)} ignored (${problem})` : `${echo(key)}: ${problem}`);
  }
  return { values, problems };
}

/** Reads the URL into `settings`; says in the banner what was not understood. */
export function readUrl() {
  const { values, problems } = readSettings(new URLSearchParams(location.search));
  Object.assign(settings, values);
  if (problems.length) {
    const more = problems.length > MAX_PROBLEMS ? `; and ${problems.length - MAX_PROBLEMS} more` : '';
    showBanner(`Some settings in the link were not understood: ${problems.slice(0, MAX_PROBLEMS).join('; ')}${more}. Using defaults for those.`);
  }
}

/** Every setting the link holds now, as {key: text}: what a link and a setup file carry. */
export function linkSettings() {
  const written = {};
  for (const [key, prop] of PROPS) {
    const value = prop.write?.();
    if (value !== undefined) written[key] = value;
  }
  return written;
}

/** Writes every property of the table that has a value into the URL (no reload). */
export function writeUrl() {
  history.replaceState(null, '', `?${new URLSearchParams(linkSettings())}`);
}

/** Hides the controls a classroom link names. */
export function applyHidden() {
  const hide = new Set(settings.hide ?? []);
  for (const [name, element] of HIDEABLE) {
    if (name === 'remove') element().classList.toggle('no-remove', hide.has(name));
    else element().hidden = hide.has(name);
  }
}
