// The engine (#18): a Web Worker that holds the real Lab and trains it, so the page's thread
// only draws and handles input. It applies the commands the page's replica already applied,
// trains on its own clock in slices of a few milliseconds (reading its messages in between),
// and answers each tick with one frame carrying the Lab's image.
//
// Served, this is a module worker; in the one-file bundle the build links it with the
// wasm-bindgen glue into one classic script, run from a Blob URL (a module worker cannot start
// from file://).

import { EnginePace, initSync, Lab, setLanguage, t } from '../pkg/dropout_lab.js';
import { ENGINE_COMMANDS, ENGINE_SCHEMA_VERSION, MESSAGES } from './engine-schema.js';

// At full speed the engine trains this long, then looks at its messages: a tick waits at most
// this long for its frame.
const SLICE_MS = 8;
// At a set speed, steps owed after a stall are forgotten beyond this much time's worth.
const MAX_BACKLOG_S = 0.25;

const state = {
  lab: null,
  generation: 0,
  loaded: false,
  playing: false,
  perSecond: Infinity,
  due: 0, // steps owed at a set speed
  clock: 0,
  trained: 0, // lockstep steps since the last frame
  changed: false, // the Lab changed since the last image
  scheduled: false,
  lang: 'en', // the language its refusals speak: the page's, as the last tick said
  pace: null, // the rest after each tick (core::pace), adapted to the page's frames
  restUntil: 0, // no slice starts before this time (performance.now())
};

function start(msg) {
  if (!state.loaded) {
    initSync({ module: msg.module });
    state.loaded = true;
    state.pace = new EnginePace();
  }
  state.lab?.free();
  state.lab = new Lab(...msg.args);
  Object.assign(state, { generation: msg.generation, playing: false, trained: 0, changed: true });
}

function tick(msg) {
  if (msg.generation !== state.generation || !state.lab) return; // for a lab since replaced
  if (msg.lang && msg.lang !== state.lang) state.lang = setLanguage([msg.lang]); // its refusals' language
  const stepped = [];
  const refused = [];
  for (const [name, ...args] of msg.commands) {
    if (!ENGINE_COMMANDS.has(name)) {
      refused.push(t('engine-no-command', { name }));
      continue;
    }
    try {
      const result = state.lab[name](...args);
      if (name === 'step') stepped.push(result);
    } catch (err) {
      if (err instanceof WebAssembly.RuntimeError) throw err; // a panic: the engine is dead
      if (name === 'step') stepped.push(0);
      refused.push(err?.message ?? String(err));
    }
    state.changed = true;
  }
  if (msg.playing !== state.playing || msg.stepsPerSecond !== state.perSecond) {
    Object.assign(state, { playing: msg.playing, perSecond: msg.stepsPerSecond, due: 0, clock: performance.now() });
  }
  // A step or a refused command is answered with its picture whatever the page asked.
  reply(msg.id, stepped, refused, msg.wantImage !== false || stepped.length > 0 || refused.length > 0);
  // The page's frame runs now: rest (core::pace; no rest while its frames come on time).
  if (msg.playing) state.restUntil = performance.now() + state.pace.afterFrame(msg.frameMs ?? 0);
  schedule(0);
}

function reply(id, stepped, refused, wantImage) {
  // A fresh Uint8Array of exactly the image's length: its buffer can be transferred. An image
  // not wanted now stays owed (`changed`) for the next tick.
  const image = state.changed && wantImage ? state.lab.image() : null;
  if (image) state.changed = false;
  const message = { type: MESSAGES.frame, version: ENGINE_SCHEMA_VERSION, generation: state.generation, id, image: image?.buffer ?? null, trained: state.trained, stepped, refused };
  state.trained = 0;
  self.postMessage(message, image ? [image.buffer] : []);
}

// Training yields to the message queue between slices through a MessageChannel: a zero
// setTimeout is clamped to 4 ms once nested, which would idle the engine a third of the time.
const channel = new MessageChannel();
channel.port1.onmessage = () => safely(slice);

function schedule(delayMs) {
  if (state.scheduled || !state.playing || !state.lab) return;
  state.scheduled = true;
  if (delayMs > 0) setTimeout(() => safely(slice), delayMs);
  else channel.port2.postMessage(null);
}

function slice() {
  state.scheduled = false;
  if (!state.playing || !state.lab) return;
  const resting = state.restUntil - performance.now();
  if (resting >= 1) return schedule(resting);
  let max = 1e9;
  if (state.perSecond !== Infinity) {
    const now = performance.now();
    const owed = state.due + (state.perSecond * (now - state.clock)) / 1000;
    state.due = Math.min(owed, Math.max(1, state.perSecond * MAX_BACKLOG_S));
    state.clock = now;
    max = Math.floor(state.due);
    if (max < 1) return schedule(Math.ceil(((1 - state.due) * 1000) / state.perSecond));
  }
  const done = state.lab.trainFor(SLICE_MS, max);
  state.due = Math.max(0, state.due - done);
  state.trained += done;
  if (done > 0) state.changed = true;
  // Nothing could train (every run at the stop epoch or diverged): idle until the next tick.
  if (done > 0) schedule(0);
}

// Any error but a refused command means this engine can no longer be trusted: say so and stop;
// the page starts another from its settings.
function safely(action) {
  try {
    action();
  } catch (err) {
    self.postMessage({ type: MESSAGES.crash, version: ENGINE_SCHEMA_VERSION, message: err?.message ?? String(err) });
    self.close();
  }
}

self.addEventListener('message', (e) => {
  const msg = e.data;
  if (msg.version !== ENGINE_SCHEMA_VERSION) {
    safely(() => {
      throw new Error(`the page speaks engine schema ${msg.version}, this engine ${ENGINE_SCHEMA_VERSION}`);
    });
  } else if (msg.type === MESSAGES.start) safely(() => start(msg));
  else if (msg.type === MESSAGES.tick) safely(() => tick(msg));
});
