// The page's side of the engine (#18). The page keeps a replica of the Lab: every getter,
// `draw`, the snapshot and the Inside views read it synchronously, but it never trains. Each
// call that changes the experiment (engine-schema.js MIRRORED) is applied to the replica at
// once and queued for the engine, a Web Worker holding the real Lab; once per animation frame
// the queue goes out in one `tick`, and the engine's `frame` brings back the image of its Lab,
// which overwrites the replica. Commands queued since that tick are applied again on top, so
// the slider never jumps back.
//
// If the engine dies (an error, a panic, or `debugKillEngine`) the page says so, starts a new
// one and gives it the replica's image and a Reset: every setting and run the class set is
// kept, and the race starts again from epoch 0, as the same seeds reproduce it.
//
// A `step` is answered with the steps trained for it, and 0 only when nothing could train. A
// step still waiting when its engine dies or its lab is replaced (a link applied, a setting
// file, the page's crash recovery) is asked again of the new engine, after the commands that
// set the new lab up: answering it 0 made a script (and a test) see "nothing could train" for a
// lab that trains well (#18, the step race).

import { say } from './l10n.js';
import { Lab, languageNow } from '../pkg/dropout_lab.js';
import { showBanner } from './banner.js';
import { ENGINE_ONLY, ENGINE_SCHEMA_VERSION, MESSAGES, MIRRORED } from './engine-schema.js';
import { SPEEDS, ui, wake } from './shared.js';
import { wasmModule } from './wasm-source.js';

// An engine that dies this many times in a row without answering once (it cannot even start,
// say) is not started again: the page says so instead of looping.
const MAX_FAILED_STARTS = 3;

// The one-file bundle puts the worker's source (glue included, one classic script) here.
const BUNDLED_WORKER = 'DROPOUT_LAB_ENGINE_WORKER';

const link = {
  worker: null,
  replica: null, // the page's own Lab (unwrapped)
  args: null, // its constructor's arguments, for a restart
  generation: 0,
  ready: false, // the start message of this generation is posted
  queue: [], // [method, ...args] applied to the replica, not yet sent
  inflight: null, // id of the tick awaiting its frame
  nextId: 1,
  steps: new Map(), // tick id -> its `step` commands' { n, resolve }, in order
  pending: [], // { n, resolve } of the `step` commands still in the queue
  carried: [], // { n, resolve } of steps whose engine or lab went, for the next engine
  trained: 0, // lockstep steps the engine reported, not yet counted by the frame loop
  applyMs: 0, // time spent applying images, not yet counted by the frame loop
  restarts: 0,
  failedStarts: 0, // deaths since the engine last answered a tick
  imageBytes: 0, // size of the last image applied
};

/** A new replica Lab built from `args` (throws as the constructor does), with a new engine lab. */
export function replicaLab(args) {
  const lab = new Lab(...args);
  carryWaitingSteps();
  Object.assign(link, { replica: lab, args, queue: [], inflight: null, ready: false });
  link.generation += 1;
  startEngine([]);
  return wrap(lab);
}

// The replica as the page's modules see it: mirrored calls are queued, `step` goes to the
// engine and returns a Promise, everything else is the replica's own method.
function wrap(lab) {
  return new Proxy(lab, {
    get(target, name) {
      if (ENGINE_ONLY.includes(name)) return (...args) => engineCall(name, args);
      const value = Reflect.get(target, name);
      if (typeof value !== 'function') return value;
      if (!MIRRORED.includes(name)) return value.bind(target);
      return (...args) => {
        const result = value.apply(target, args); // a refusal throws before anything is queued
        if (target === link.replica) queue([name, ...args]);
        return result;
      };
    },
  });
}

// A call only the engine makes; resolves with its result once its frame is applied. A step is
// what a script or the Step button waits for: it goes out at once when no tick is in flight,
// rather than at the next animation frame (a script stepping 200 times would otherwise wait
// 200 frames; a slow browser draws 15 a second).
function engineCall(name, args) {
  return new Promise((resolve) => {
    queue([name, ...args]);
    if (name === 'step') link.pending.push({ n: args[0], resolve });
    else resolve(undefined);
    queueMicrotask(flushSteps);
  });
}

// A command for the engine: the next frame sends it (the loop may be resting).
function queue(command) {
  link.queue.push(command);
  wake();
}

function flushSteps() {
  if (link.pending.length) tickEngine(ui.playing, SPEEDS[ui.speed]);
}

function newWorker() {
  const source = globalThis[BUNDLED_WORKER];
  if (typeof source === 'string') {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    worker.blobUrl = url; // revoked when the worker ends (revoking now may beat its loading)
    return worker;
  }
  return new Worker(new URL('./engine-worker.js', import.meta.url), { type: 'module' });
}

// Posts `start` for the current generation once the wasm is compiled, then `restore` commands,
// then the steps carried over. Both go in when the start is posted, a microtask after the
// caller's task: the commands that set the new lab up (createLab's) are queued by then, so a
// step carried over trains the lab as the class set it.
function startEngine(restore) {
  if (!link.worker) {
    link.worker = newWorker();
    link.worker.addEventListener('message', (e) => onMessage(e.data));
    link.worker.addEventListener('error', (e) => {
      e.preventDefault();
      died(e.message || 'its worker failed to load or threw');
    });
  }
  const { worker, generation, args } = link;
  wasmModule().then(
    (module) => {
      if (worker !== link.worker || generation !== link.generation) return;
      worker.postMessage({ type: MESSAGES.start, version: ENGINE_SCHEMA_VERSION, generation, module, args });
      link.queue.unshift(...restore);
      askAgain();
      link.ready = true;
      wake(); // what waited for the engine goes in the next tick
      flushSteps();
    },
    (err) => showBanner(say('engine-load-failed', { error: err?.message ?? String(err) })),
  );
}

/**
 * Called once per animation frame: sends the queued commands and the transport's state in one
 * tick, unless the last tick's frame has not come back yet (then they wait for the next).
 */
export function tickEngine(playing, stepsPerSecond, wantImage = true, frameMs = 0) {
  const quiet = link.queue.length === 0 && !playing && !link.wasPlaying;
  if (!link.ready || link.inflight !== null || quiet) return;
  const id = link.nextId++;
  const commands = link.queue;
  link.queue = [];
  link.steps.set(id, link.pending);
  link.pending = [];
  link.inflight = id;
  link.wasPlaying = playing;
  const lang = languageNow()[0]; // the engine refuses in the page's language
  const message = { type: MESSAGES.tick, version: ENGINE_SCHEMA_VERSION, generation: link.generation, id, commands, playing, stepsPerSecond, wantImage, lang, frameMs };
  link.worker.postMessage(message);
}

function onMessage(msg) {
  if (msg.version !== ENGINE_SCHEMA_VERSION) return died(`it speaks schema ${msg.version}, the page ${ENGINE_SCHEMA_VERSION}`);
  if (msg.type === MESSAGES.crash) return died(msg.message);
  if (msg.type !== MESSAGES.frame || msg.generation !== link.generation) return;
  link.failedStarts = 0;
  wake(); // the next frame shows what the engine did
  if (msg.id === link.inflight) link.inflight = null;
  const started = performance.now();
  if (msg.image) applyImage(msg.image);
  link.imageBytes = msg.image?.byteLength ?? link.imageBytes;
  link.applyMs += performance.now() - started;
  link.trained += msg.trained;
  const asked = link.steps.get(msg.id) ?? [];
  link.steps.delete(msg.id);
  asked.forEach(({ resolve }, i) => resolve(msg.stepped[i] ?? 0));
  if (msg.refused.length) showBanner(msg.refused.join(' '));
  flushSteps();
}

function applyImage(buffer) {
  const replica = link.replica;
  replica.applyImage(new Uint8Array(buffer));
  // What the page did since that tick, again on top (the engine has not seen it yet).
  for (const [name, ...args] of link.queue) {
    if (!MIRRORED.includes(name)) continue;
    try {
      replica[name](...args);
    } catch (err) {
      console.warn(`replaying ${name} on the replica:`, err);
    }
  }
  ui.behind = true; // the canvases have something new to draw
}

// Every step not answered yet, in the order asked (those sent, tick by tick, then those still
// queued), is kept for the next engine; none is left waiting on this one.
function carryWaitingSteps() {
  link.carried.push(...[...link.steps.values()].flat(), ...link.pending);
  link.steps.clear();
  link.pending = [];
}

// The steps carried over, queued for the engine just started.
function askAgain() {
  for (const step of link.carried) {
    link.queue.push(['step', step.n]);
    link.pending.push(step);
  }
  link.carried = [];
}

// The engine is gone: say so, and race again on a new one with every setting of the replica.
function died(why) {
  if (!link.worker) return;
  link.worker.terminate();
  if (link.worker.blobUrl) URL.revokeObjectURL(link.worker.blobUrl);
  link.worker = null;
  carryWaitingSteps();
  console.warn('engine stopped:', why);
  link.failedStarts += 1;
  if (link.failedStarts > MAX_FAILED_STARTS) {
    showBanner(say('engine-stopped-dead', { why }));
    link.carried.forEach(({ resolve }) => resolve(0)); // no engine will train them
    link.carried = [];
    return;
  }
  link.restarts += 1;
  showBanner(say('engine-stopped-restarted', { why }));
  Object.assign(link, { queue: [], inflight: null, ready: false, wasPlaying: false });
  link.generation += 1;
  startEngine([['applyImage', link.replica.image()], ['reset']]);
}

/**
 * Lockstep steps the engine trained since the last call, ms spent applying its images, and the
 * size of the last image.
 */
export function takeEngineReport() {
  const report = { trained: link.trained, applyMs: link.applyMs, imageBytes: link.imageBytes };
  link.trained = 0;
  link.applyMs = 0;
  return report;
}

/** Test hook: a Rust panic in the engine's wasm, on purpose (the worker reports it). */
export function panicEngine() {
  queue(['debugPanic']);
}

/**
 * Whether the page owes the engine a tick (commands queued, a pause not yet told) or waits for
 * its answer: the frame loop keeps running until the conversation is over.
 */
export function engineBusy() {
  return link.queue.length > 0 || link.inflight !== null || Boolean(link.wasPlaying);
}

/** Test hook: ends the engine's worker as a crash would. */
export function killEngine() {
  link.worker?.terminate();
  died('debugKillEngine ended it');
}

/** How many times the engine was restarted since the page loaded. */
export function engineRestarts() {
  return link.restarts;
}
