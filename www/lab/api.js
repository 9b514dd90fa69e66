// window.lab: for teachers who script a demo, and for the tests. Every call goes through the
// same paths as the page's own controls, so a script sees what a click would do.

import { guard } from './banner.js';
import { addRate, changed } from './controls.js';
import { writeUrl } from './link.js';
import { snapshot } from './readings.js';
import { engine, ui } from './shared.js';
import { reset, setPlaying, setSpeed } from './transport.js';

export function exposeApi() {
  window.lab = {
    snapshot,
    step: (n = 1) => guard((lab) => lab.step(n), 0),
    play: () => setPlaying(true),
    pause: () => setPlaying(false),
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
    // A deliberate Rust panic, so tests can check the page recovers from a crashed engine.
    debugPanic: () => guard((lab) => lab.debugPanic()),
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
