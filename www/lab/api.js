// window.lab: for teachers who script a demo, and for the tests. Every call goes through the
// same paths as the page's own controls, so a script sees what a click would do.

import { guard } from './banner.js';
import { addRate, changed } from './controls.js';
import { writeUrl } from './link.js';
import { snapshot } from './readings.js';
import { embedIgnored } from './embed.js';
import { engineRestarts, killEngine, panicEngine } from './engine.js';
import { trainingStepsHere, watchLabels, watchedLabels } from '../pkg/dropout_lab.js';
import { engine, ui } from './shared.js';
import { refreshRuns } from './runs-list.js';
import { reset, setPlaying, setSpeed } from './transport.js';

export function exposeApi() {
  window.lab = {
    snapshot,
    // Trains in the engine: a Promise of the lockstep steps done, resolved once the page shows
    // them (`await lab.step(5); lab.snapshot()`).
    step: async (n = 1) => (await guard((lab) => lab.step(n), 0)) ?? 0,
    play: () => setPlaying(true),
    // Resolves once the engine has stopped and the page shows where it stopped, so a script
    // that pauses and then reads the lab reads a lab that stands still.
    pause: async () => {
      setPlaying(false);
      await window.lab.sync();
    },
    // Resolves once the page shows all the engine did with what was asked of it so far (a
    // click on Step, say): what a script awaits before reading the lab after a click.
    sync: async () => {
      await guard((lab) => lab.step(0), 0, false);
    },
    reset,
    setDropRate: (run, layer, p) => {
      guard((lab) => lab.setDropRate(run, layer, p));
      changed();
    },
    setFocused: (run) => {
      guard((lab) => lab.setFocused(run));
      changed();
    },
    addRun: addRate,
    removeRun: (i) => {
      guard((lab) => lab.removeRun(i));
      changed();
    },
    setSpeed: (i) => {
      setSpeed(i);
      writeUrl();
    },
    presets: () => engine.presets.map((p) => ({ ...p })),
    // The Data & network panel's state: dataset, sizes, noise, knobs and the drawn points (#10).
    setup: () => JSON.parse(engine.lab.setupState()),
    // The experiment as it is now written as 'pytorch' or 'keras' code, and the notebook (#21).
    code: (language = 'pytorch') => guard((lab) => lab.code(language), null, false),
    notebook: () => guard((lab) => lab.notebook(), null, false),
    ...testHooks(),
    get playing() {
      return ui.playing;
    },
    firstDrawMs: 0,
    frameCost,
  };
}

// Hooks for the tests: crashes on purpose, and what ran where.
function testHooks() {
  return {
    // A deliberate Rust panic in the page's replica, so tests can check the page recovers.
    debugPanic: () => guard((lab) => lab.debugPanic()),
    // The engine's worker ended as a crash would, or its wasm panicking on purpose: the page
    // must say so and start another with every setting kept.
    debugKillEngine: killEngine,
    debugPanicEngine: panicEngine,
    engineRestarts,
    // Messages the embedding API ignored because their origin is not trusted (#21).
    embedIgnored,
    // Minibatches trained by the page's own wasm instance: always 0, training is the engine's.
    trainingStepsHere,
    // The lockstep step whose masks the diagram shows (Calm holds it up to half a second).
    diagramStep: () => engine.lab?.diagramStep(),
    // The text-fit record (#19): every canvas label fitted between the two calls, to check
    // that each comes from the catalog and fits its box in every language.
    watchLabels,
    watchedLabels,
    // The runs list refreshed once, with its calls across the boundary counted (#18: one),
    // and the list as the core writes it, to compare with what the page shows.
    refreshRunsCalls: () => countLabCalls(() => refreshRuns(changed)),
    // Any action's calls across the boundary (#18: a slider's input event makes at most two).
    countCalls: countLabCalls,
    runsList: (retain) => engine.lab.runsList(retain),
  };
}

// How many times `action` calls a method of the page's Lab (its class's prototype is wrapped
// for the duration, so every path the action takes is counted).
function countLabCalls(action) {
  const proto = Object.getPrototypeOf(engine.lab);
  const saved = [];
  let calls = 0;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const { value } = Object.getOwnPropertyDescriptor(proto, name);
    if (typeof value !== 'function' || name === 'constructor') continue;
    saved.push([name, value]);
    proto[name] = function counted(...args) {
      calls += 1;
      return value.apply(this, args);
    };
  }
  try {
    action();
  } finally {
    for (const [name, value] of saved) proto[name] = value;
  }
  return calls;
}

// Mean (and worst) milliseconds per frame spent on training (the page's share since #18:
// sending the engine its tick and applying its images), drawing and updating the page over
// the last 120 frames, and the size of the engine's last image.
function frameCost() {
  const n = Math.max(1, ui.timing.length);
  const sum = ui.timing.reduce((a, [t, d, o]) => [a[0] + t, a[1] + d, a[2] + o], [0, 0, 0]);
  const worst = ui.timing.reduce((a, [t, d, o]) => [Math.max(a[0], t), Math.max(a[1], d), Math.max(a[2], o)], [0, 0, 0]);
  return { trainMs: sum[0] / n, drawMs: sum[1] / n, otherMs: sum[2] / n, worst, frames: ui.timing.length, imageBytes: ui.imageBytes ?? 0 };
}
