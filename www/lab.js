// Dropout Lab page glue: URL state, controls, the animation loop, and the window.lab API.
// All training, statistics and drawing happen in Rust (pkg/dropout_lab.js); this file only
// wires the page to it. p is the probability of DROPPING a unit, everywhere.

import init, {
  Lab, presetList, maxRuns, maxHiddenLayers, maxUnits, minLearningRate, maxLearningRate, runColours,
} from './pkg/dropout_lab.js';
import { wasmSource } from './wasm-source.js';

const $ = (id) => document.getElementById(id);

// Speed slider positions: training steps per second; the last one is "as fast as the frame allows".
const SPEEDS = [1, 3, 10, 30, 100, 300, Infinity];
// Training gets what is left of a frame, measured rather than assumed: the per-frame training
// budget creeps up while frames arrive on time (60 Hz) and drops quickly when one is late. The
// browser's own painting costs very different amounts on a school tablet, a laptop with a GPU
// or a headless test machine, so the page finds its budget on the machine it runs on.
//
// On a slow device the rest of a frame (drawing, the browser's raster) can exceed 16.7 ms by
// itself; the budget would then shrink to nothing while frames stayed late, and the story would
// crawl (Chromium's 4× CPU throttling: 7 lockstep steps/s). So training never gets less time
// than FAIR_SHARE × the rest of the frame: there, a slow device draws at ~15 frames per second
// and trains half the time (30 lockstep steps/s; half that share gave 19 at the same frame
// rate). On a fast machine the feedback budget is larger anyway and this changes nothing.
const MIN_TRAIN_MS = 1;
const MAX_TRAIN_MS = 12;
const LATE_FRAME_MS = 20;
const MAX_FAIR_SHARE_MS = 40;
const FAIR_SHARE = 1;

// --- URL state: one table of properties, like TensorFlow Playground's State.PROPS ------------
const PROPS = {
  preset: { parse: (v) => v, ok: (v) => PRESETS.some((p) => p.name === v), what: 'a preset name' },
  seed: { parse: Number, ok: (v) => Number.isInteger(v) && v >= 0 && v <= 4294967295, what: 'a whole number ≥ 0' },
  lr: { parse: Number, ok: (v) => v >= minLearningRate() && v <= maxLearningRate(), what: () => `a number from ${formatRate(minLearningRate())} to ${formatRate(maxLearningRate())}` },
  rates: {
    parse: (v) => v.split(',').map(Number),
    ok: (v) => v.length >= 1 && v.length <= maxRuns() && v.every((p) => p >= 0 && p < 1),
    what: () => `1 to ${maxRuns()} rates in [0, 1), comma-separated`,
  },
  input: { parse: Number, ok: (v) => v >= 0 && v < 1, what: 'a rate in [0, 1)' },
  speed: { parse: Number, ok: (v) => Number.isInteger(v) && v >= 0 && v < SPEEDS.length, what: `0 to ${SPEEDS.length - 1}` },
  focus: { parse: Number, ok: (v) => Number.isInteger(v) && v >= 0 && v < maxRuns(), what: () => `0 to ${maxRuns() - 1}` },
  log: { parse: (v) => v === '1', ok: () => true, what: '0 or 1' },
  mode: { parse: (v) => v, ok: (v) => v === 'train' || v === 'eval', what: "'train' or 'eval'" },
  hidden: {
    parse: (v) => v.split(',').map(Number),
    ok: (v) => v.length >= 1 && v.length <= maxHiddenLayers() && v.every((n) => Number.isInteger(n) && n >= 1 && n <= maxUnits()),
    what: () => `1 to ${maxHiddenLayers()} layer sizes from 1 to ${maxUnits()}, comma-separated`,
  },
  scaling: { parse: (v) => v, ok: (v) => v === 'inverted' || v === 'classic', what: "'inverted' or 'classic'" },
};

let PRESETS = [];
let lab = null; // the Rust Lab handle
const ui = { timing: [], trainBudget: 6, restMs: 0, dirty: true, behind: false, playing: false, speed: 6, pendingSteps: 0, lastFrame: 0, stepsThisSecond: [], runsKey: '' };
const state = {};

function readUrl() {
  const params = new URLSearchParams(location.search);
  const problems = [];
  for (const [key, raw] of params) {
    const prop = PROPS[key];
    if (!prop) {
      problems.push(`'${key}' is not a setting`);
      continue;
    }
    const value = prop.parse(raw);
    if (prop.ok(value)) state[key] = value;
    else problems.push(`${key}=${raw} ignored (expected ${typeof prop.what === 'function' ? prop.what() : prop.what})`);
  }
  if (problems.length) showBanner(`Some settings in the link were not understood: ${problems.join('; ')}. Using defaults for those.`);
}

function writeUrl() {
  const params = new URLSearchParams();
  const snap = JSON.parse(lab.snapshot());
  params.set('preset', state.preset);
  params.set('seed', String(state.seed));
  params.set('lr', formatRate(lab.learningRate()));
  params.set('rates', snap.runs.map((r) => r.dropRates[1]).join(','));
  params.set('input', String(snap.runs[snap.focused]?.dropRates[0] ?? 0));
  params.set('speed', String(ui.speed));
  params.set('focus', String(snap.focused));
  if ($('log').checked) params.set('log', '1');
  if (state.mode === 'eval') params.set('mode', 'eval');
  if (state.scaling === 'classic') params.set('scaling', 'classic');
  if (state.hidden) params.set('hidden', state.hidden.join(','));
  history.replaceState(null, '', `?${params}`);
}

// --- errors are visible, never silent --------------------------------------------------------
function showBanner(text) {
  $('banner-text').textContent = text;
  $('banner').hidden = false;
}
window.addEventListener('error', (e) => showBanner(`Something went wrong: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => showBanner(`Something went wrong: ${e.reason?.message ?? e.reason}`));

// Calls into Rust through here. A JsError (bad input) becomes a banner and nothing changes; a
// trap (a Rust panic aborts the call) leaves that Lab unusable, so a fresh one is built from the
// current settings and the page goes on.
// `changesView`: anything the viewer or a script asks of Rust may change every canvas, so the
// next frame redraws all three; the frame loop's own training and drawing calls say false.
function guard(action, fallback, changesView = true) {
  if (changesView) ui.dirty = true;
  try {
    return action();
  } catch (err) {
    if (err instanceof WebAssembly.RuntimeError) {
      showBanner(`The training engine crashed (${err.message}); it was restarted with the same settings. Details are in the browser console.`);
      console.warn(err);
      readUrl(); // the link holds every setting changed on the page since loading
      createLab();
    } else {
      showBanner(err?.message ?? String(err));
    }
    return fallback;
  }
}

// A Lab for the current preset and seed; `hidden` (optional) overrides the preset's layers.
function newLab(hidden) {
  return new Lab(state.preset, state.seed, hidden ? Uint32Array.from(hidden) : undefined);
}

function createLab() {
  lab = newLab(state.hidden);
  if (state.lr !== undefined) guard(() => lab.setLearningRate(state.lr));
  if (state.rates) {
    while (lab.runCount() > 1) lab.removeRun(lab.runCount() - 1);
    lab.setHiddenRate(0, state.rates[0]);
    for (const p of state.rates.slice(1)) lab.addRun(p);
  }
  if (state.input) for (let r = 0; r < lab.runCount(); r++) lab.setDropRate(r, 0, state.input);
  lab.setFocused(Math.min(state.focus ?? lab.focused(), lab.runCount() - 1));
  lab.setTrainView(state.mode !== 'eval');
  lab.setClassic(state.scaling === 'classic');
  $('scaling').value = state.scaling ?? 'inverted';
  lab.setLogScale($('log').checked);
  ui.runsKey = '';
  ui.pausedAtTarget = false;
  ui.dirty = true; // a new Lab has drawn nothing yet
  const preset = PRESETS.find((p) => p.name === state.preset);
  $('note').textContent = preset ? `${preset.note} (The story takes ${preset.epochs} epochs; training pauses there once.)` : '';
  syncControls();
}

// --- controls ----------------------------------------------------------------------------------
function syncControls() {
  const snap = JSON.parse(lab.snapshot());
  const run = snap.runs[snap.focused];
  $('rate').value = String(run.dropRates[1]);
  $('input-rate').value = String(run.dropRates[0]);
  $('lr').value = formatRate(lab.learningRate());
  $('seed').value = String(state.seed);
  $('preset').value = state.preset;
  $('example').max = String(lab.batchSize());
  $('hidden').value = hiddenText();
  showRates(run);
  renderRuns(snap);
}

function showRates(run) {
  const p = run.dropRates[1];
  const scale = p > 0 ? ` · kept units ×${(1 / (1 - p)).toFixed(2)}` : '';
  $('rate-out').textContent = `p = ${p.toFixed(2)} · keep 1−p = ${(1 - p).toFixed(2)}${scale}`;
  const q = run.dropRates[0];
  $('input-rate-out').textContent = `p = ${q.toFixed(2)} on the ${inputCount()} inputs`;
}

// Number of input features, and the hidden layer sizes as the Hidden units box shows them.
function inputCount() {
  return lab.layerSizes()[0];
}

function hiddenText() {
  return Array.from(lab.layerSizes()).slice(1, -1).join(',');
}

// The runs' colours, read from Rust's palette once the module is loaded (the swatches must match
// the chart's curves).
let COLOURS = [];

function renderRuns(snap) {
  const key = JSON.stringify(snap.runs.map((r) => [r.dropRates, r.diverged])) + snap.focused;
  if (key === ui.runsKey) return updateRunNumbers(snap);
  ui.runsKey = key;
  const list = $('runs');
  list.replaceChildren();
  snap.runs.forEach((run, i) => {
    const li = document.createElement('li');
    li.setAttribute('aria-current', String(i === snap.focused));
    li.className = run.diverged ? 'diverged' : '';
    li.title = 'Click to show this run in the diagram and move it with the slider';
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = COLOURS[i % COLOURS.length];
    const label = document.createElement('span');
    label.className = 'run-label';
    const numbers = document.createElement('span');
    numbers.className = 'run-numbers';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = '×';
    remove.setAttribute('aria-label', `Remove run ${i + 1}`);
    remove.disabled = snap.runs.length <= 1;
    remove.addEventListener('click', (e) => {
      e.stopPropagation();
      guard(() => lab.removeRun(i));
      syncControls();
      writeUrl();
    });
    const focus = () => {
      guard(() => lab.setFocused(i));
      syncControls();
      writeUrl();
      $('runs').children[i]?.focus();
    };
    li.addEventListener('click', focus);
    // Keyboard users pick a run too: Tab to it, Enter or Space.
    li.tabIndex = 0;
    li.addEventListener('keydown', (e) => {
      if (e.target === li && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        focus();
      }
    });
    li.append(swatch, label, numbers, remove);
    list.append(li);
  });
  updateRunNumbers(snap);
}

function updateRunNumbers(snap) {
  const items = $('runs').children;
  snap.runs.forEach((run, i) => {
    const li = items[i];
    if (!li) return;
    const input = run.dropRates[0] > 0 ? `, input ${run.dropRates[0].toFixed(2)}` : '';
    li.querySelector('.run-label').textContent = `p = ${run.dropRates[1].toFixed(2)}${input}${run.diverged ? ' — diverged' : ''}`;
    const fmt = (v) => (v === null || v === undefined ? '–' : v.toFixed(3));
    const acc = run.accuracy === null || run.accuracy === undefined ? '' : ` · acc ${(100 * run.accuracy).toFixed(0)}%`;
    li.querySelector('.run-numbers').textContent = `train ${fmt(run.trainLossEval)} · val ${fmt(run.valLoss)}${acc}`;
  });
}

function setPlaying(playing) {
  ui.playing = playing;
  const button = $('play');
  button.textContent = playing ? 'Pause' : 'Play';
  button.setAttribute('aria-pressed', String(playing));
  ui.pendingSteps = 0;
}

function setMode(mode) {
  state.mode = mode;
  $('mode-train').setAttribute('aria-checked', String(mode === 'train'));
  $('mode-eval').setAttribute('aria-checked', String(mode === 'eval'));
  guard(() => lab.setTrainView(mode === 'train'));
  writeUrl();
}

function wireControls() {
  const select = $('preset');
  for (const p of PRESETS) {
    const option = document.createElement('option');
    option.value = p.name;
    option.textContent = p.title;
    select.append(option);
  }
  select.addEventListener('change', () => {
    state.preset = select.value;
    delete state.hidden;
    delete state.rates;
    delete state.lr;
    delete state.input;
    delete state.focus;
    createLab();
    writeUrl();
  });
  $('seed').addEventListener('change', () => {
    const seed = Number($('seed').value);
    if (!PROPS.seed.ok(seed)) return showBanner(`Seed must be a whole number ≥ 0, not '${$('seed').value}'.`);
    state.seed = seed;
    keepRunsAndRebuild();
  });
  $('lr').addEventListener('change', () => {
    guard(() => lab.setLearningRate(Number($('lr').value)));
    $('lr').value = formatRate(lab.learningRate());
    writeUrl();
  });
  $('play').addEventListener('click', () => setPlaying(!ui.playing));
  $('step').addEventListener('click', () => {
    setPlaying(false);
    guard(() => lab.step(1));
  });
  $('reset').addEventListener('click', () => {
    guard(() => lab.reset());
    ui.pausedAtTarget = false;
  });
  $('speed').addEventListener('input', () => {
    ui.speed = Number($('speed').value);
    ui.pendingSteps = 0;
    $('speed-out').textContent = speedLabel(ui.speed);
    writeUrl();
  });
  // 'input' fires while dragging (mouse, touch, arrow keys): the focused run changes at once.
  $('rate').addEventListener('input', () => {
    const p = Number($('rate').value);
    guard(() => lab.setHiddenRate(lab.focused(), p));
    showRates(JSON.parse(lab.snapshot()).runs[lab.focused()]);
  });
  $('rate').addEventListener('change', writeUrl);
  $('input-rate').addEventListener('input', () => {
    guard(() => lab.setDropRate(lab.focused(), 0, Number($('input-rate').value)));
    showRates(JSON.parse(lab.snapshot()).runs[lab.focused()]);
  });
  $('input-rate').addEventListener('change', writeUrl);
  $('add-run').addEventListener('click', () => {
    guard(() => lab.addRun(Number($('rate').value)));
    syncControls();
    writeUrl();
  });
  // Another network size: checked by building it first, so a bad size only shows a message and
  // the running lab goes on untouched.
  $('hidden').addEventListener('change', () => {
    const text = $('hidden').value.trim();
    const sizes = text.split(',').map((v) => Number(v.trim()));
    if (!sizes.every((n) => Number.isInteger(n) && n >= 0 && n < 2 ** 31)) {
      showBanner(`Hidden units must be whole numbers separated by commas, like 64,64 — not '${text}'.`);
      $('hidden').value = hiddenText();
      return;
    }
    try {
      newLab(sizes).free();
    } catch (err) {
      showBanner(err?.message ?? String(err));
      $('hidden').value = hiddenText();
      return;
    }
    state.hidden = sizes;
    keepRunsAndRebuild();
  });
  $('scaling').addEventListener('change', () => {
    state.scaling = $('scaling').value;
    guard(() => lab.setClassic(state.scaling === 'classic'));
    writeUrl();
  });
  $('mode-train').addEventListener('click', () => setMode('train'));
  $('mode-eval').addEventListener('click', () => setMode('eval'));
  $('example').addEventListener('change', () => {
    const n = Math.round(Number($('example').value));
    guard(() => lab.setExample(Math.max(0, n - 1)));
  });
  $('log').addEventListener('change', () => {
    guard(() => lab.setLogScale($('log').checked));
    writeUrl();
  });
  const loss = $('loss');
  // The hover read-out redraws the loss chart only (Rust knows it changed): no `dirty`.
  const hover = (x) => {
    guard(() => lab.setHover(x), undefined, false);
    ui.behind = true;
  };
  loss.addEventListener('mousemove', (e) => hover(e.offsetX));
  loss.addEventListener('mouseleave', () => hover(NaN));
  $('banner-close').addEventListener('click', () => ($('banner').hidden = true));
  window.addEventListener('resize', () => (ui.dirty = true));
}

function keepRunsAndRebuild() {
  const snap = JSON.parse(lab.snapshot());
  state.rates = snap.runs.map((r) => r.dropRates[1]);
  state.input = snap.runs[snap.focused].dropRates[0];
  state.focus = snap.focused;
  state.lr = lab.learningRate();
  createLab();
  writeUrl();
}

// f32 values arrive as the nearest f64 (0.01 → 0.009999999776…): show them as typed.
function formatRate(v) {
  return String(Number(v.toPrecision(6)));
}

function speedLabel(i) {
  return SPEEDS[i] === Infinity ? 'max' : `${SPEEDS[i]}/s`;
}

// --- the animation loop: train within a time budget, then draw ----------------------------
function frame(now) {
  const dt = ui.lastFrame ? Math.min(now - ui.lastFrame, 250) : 0;
  ui.lastFrame = now;
  const trainStart = performance.now();
  if (ui.playing && dt > 0 && dt < 200) {
    // What the last frame spent on everything but training, smoothed over ~10 frames (a long
    // gap, as after a pause or a hidden tab, says nothing about the frame's cost).
    const lastTrainMs = ui.timing.at(-1)?.[0] ?? 0; // [train, draw, other] of the last frame
    const rest = Math.max(0, dt - lastTrainMs);
    ui.restMs = ui.restMs ? 0.9 * ui.restMs + 0.1 * rest : rest;
  }
  if (ui.playing && dt > LATE_FRAME_MS) ui.trainBudget = Math.max(MIN_TRAIN_MS, ui.trainBudget * 0.75);
  else if (ui.playing && dt > 0) ui.trainBudget = Math.min(MAX_TRAIN_MS, ui.trainBudget + 0.05);
  const budget = Math.max(ui.trainBudget, Math.min(FAIR_SHARE * ui.restMs, MAX_FAIR_SHARE_MS));
  if (ui.playing) {
    let done = 0;
    if (SPEEDS[ui.speed] === Infinity) {
      done = guard(() => lab.trainFor(budget, 100000), 0, false);
    } else {
      ui.pendingSteps += (SPEEDS[ui.speed] * dt) / 1000;
      const due = Math.floor(ui.pendingSteps);
      ui.pendingSteps -= due;
      if (due > 0) done = guard(() => lab.trainFor(budget, due), 0, false);
    }
    ui.stepsThisSecond.push([now, done]);
  }
  // Draw only when something changed: a paused lab leaves the canvases (and the CPU) alone.
  // While training, Rust redraws one out-of-date canvas per frame (src/binding/frames.rs).
  const drawStart = performance.now();
  if (ui.playing || ui.dirty || ui.behind) {
    const everything = ui.dirty;
    ui.dirty = false;
    ui.behind = guard(() => lab.draw($('diagram'), $('loss'), $('data'), everything), false, false) === true;
  }
  const drawEnd = performance.now();
  if (!window.lab.firstDrawMs) {
    window.lab.firstDrawMs = drawEnd;
    performance.mark('first-chart');
  }
  updateStatus(now);
  ui.timing.push([drawStart - trainStart, drawEnd - drawStart, performance.now() - drawEnd]);
  if (ui.timing.length > 120) ui.timing.shift();
  requestAnimationFrame(frame);
}

function updateStatus(now) {
  while (ui.stepsThisSecond.length && ui.stepsThisSecond[0][0] < now - 1000) ui.stepsThisSecond.shift();
  const perSecond = ui.stepsThisSecond.reduce((s, [, n]) => s + n, 0);
  const snap = lab.progress();
  const rate = ui.playing ? ` · ${perSecond.toLocaleString()} steps/s` : ' · paused';
  $('status').textContent = `epoch ${snap[0].toLocaleString()}${rate}`;
  $('status').title = `lockstep step ${snap[1].toLocaleString()}`;
  // The preset's story is told in its number of epochs: pause there once, so the picture the
  // teacher planned stays on the screen. Play again to go on.
  const target = PRESETS.find((p) => p.name === state.preset)?.epochs ?? Infinity;
  if (ui.playing && !ui.pausedAtTarget && snap[0] >= target) {
    ui.pausedAtTarget = true;
    setPlaying(false);
  }
  if (now - (ui.lastRuns ?? 0) > 250) {
    ui.lastRuns = now;
    renderRuns(JSON.parse(lab.snapshot()));
    $('example-of').textContent = `of ${lab.batchSize()}`;
  }
}

// --- window.lab: for teachers who script a demo, and for the tests --------------------------
function exposeApi() {
  window.lab = {
    snapshot: () => JSON.parse(lab.snapshot()),
    step: (n = 1) => guard(() => lab.step(n), 0),
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
    reset: () => {
      guard(() => lab.reset());
      ui.pausedAtTarget = false;
    },
    setDropRate: (run, layer, p) => {
      guard(() => lab.setDropRate(run, layer, p));
      syncControls();
    },
    setFocused: (run) => {
      guard(() => lab.setFocused(run));
      syncControls();
    },
    addRun: (p) => {
      const i = guard(() => lab.addRun(p), -1);
      syncControls();
      return i;
    },
    removeRun: (i) => {
      guard(() => lab.removeRun(i));
      syncControls();
    },
    setSpeed: (i) => {
      $('speed').value = String(i);
      $('speed').dispatchEvent(new Event('input'));
    },
    presets: () => PRESETS.map((p) => ({ ...p })),
    // A deliberate Rust panic, so tests can check the page recovers from a crashed engine.
    debugPanic: () => guard(() => lab.debugPanic()),
    get playing() {
      return ui.playing;
    },
    firstDrawMs: 0,
    // Mean (and worst) milliseconds per frame spent training, drawing and updating the page
    // over the last 120 frames.
    frameCost: () => {
      const n = Math.max(1, ui.timing.length);
      const sum = ui.timing.reduce((a, [t, d, o]) => [a[0] + t, a[1] + d, a[2] + o], [0, 0, 0]);
      const worst = ui.timing.reduce((a, [t, d, o]) => [Math.max(a[0], t), Math.max(a[1], d), Math.max(a[2], o)], [0, 0, 0]);
      return { trainMs: sum[0] / n, drawMs: sum[1] / n, otherMs: sum[2] / n, worst, frames: ui.timing.length };
    },
  };
}

// The engine is built with WebAssembly SIMD (simd128): it nearly doubles training speed, and
// every current browser has it. An older one (Safari before 16.4, Chrome before 91, Firefox
// before 89) would fail with a compiler error; say what to do instead. The probe is the
// smallest module using a v128 value (i8x16.splat then i8x16.popcnt).
const SIMD_PROBE = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]);

/** The default preset with the seed it opens with (its pictures match its note). */
function setDefaults() {
  const preset = PRESETS.find((p) => p.default) ?? PRESETS[0];
  state.preset = preset.name;
  state.seed = preset.seed;
}

async function main() {
  if (!WebAssembly.validate(SIMD_PROBE)) {
    throw new Error('this browser lacks WebAssembly SIMD, which the training engine needs. Please update it (Safari 16.4, Chrome 91, Firefox 89 or later).');
  }
  await init(await wasmSource());
  performance.mark('wasm-ready');
  PRESETS = JSON.parse(presetList());
  COLOURS = runColours();
  $('lr').min = formatRate(minLearningRate());
  $('lr').max = formatRate(maxLearningRate());
  setDefaults();
  readUrl();
  ui.speed = state.speed ?? 6;
  $('speed').value = String(ui.speed);
  $('speed-out').textContent = speedLabel(ui.speed);
  $('log').checked = Boolean(state.log);
  wireControls();
  exposeApi();
  try {
    createLab();
  } catch (err) {
    showBanner(`${err.message ?? err} — loading the default preset instead.`);
    for (const key of Object.keys(state)) delete state[key];
    setDefaults();
    createLab();
  }
  setMode(state.mode ?? 'train');
  performance.mark('lab-ready');
  // The first frame runs now rather than at the next vsync, so the first picture is drawn
  // before the browser's first paint of the page; it then schedules the next one itself.
  frame(performance.now());
}

main().catch((err) => showBanner(`Dropout Lab could not start: ${err.message ?? err}`));
