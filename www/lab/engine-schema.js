// The one message schema between the page and the engine (#18): the page's thread draws and
// handles input, the engine's Web Worker trains. Both sides import this file; a page and an
// engine of different versions refuse each other's messages instead of misreading them.
//
// At most one tick in flight, and at most one message each way per animation frame while the
// race plays: the page posts one `tick` per frame (and only while it has something to say), the
// engine answers each tick with one `frame`. A step a script or the Step button asks for goes out
// at once when no tick is in flight, so a script stepping in a loop is not paced by the frames. The
// engine trains on its own clock between messages and never waits for the page.

export const ENGINE_SCHEMA_VERSION = 3;

export const MESSAGES = {
  // Page → engine.
  // { type, version, generation, module, args }: build the engine's Lab. `module` is the
  // compiled WebAssembly.Module (compiled once, on the page); `args` the Lab constructor's
  // arguments (rebuild.js labArgs). `generation` numbers the labs: a frame of an older lab
  // is dropped by the page.
  start: 'start',
  // { type, version, generation, id, commands, playing, stepsPerSecond, wantImage }: `commands`
  // is [[method, ...args], …] in the order the page applied them to its replica; `playing` and
  // `stepsPerSecond` (Infinity: as fast as the engine can) set the engine's own clock;
  // `wantImage` (since version 2) false: answer without an image this time (a page whose frames
  // run late takes an image every other frame, leaving the CPU to drawing and training).
  // `lang` (optional, #19): the page's language tag; the engine's refusals speak it.
  // `frameMs` (since version 3): how long after the page's previous animation frame this one
  // came (0: unknown); the engine rests after the tick while frames come late (core::pace).
  tick: 'tick',
  // Engine → page.
  // { type, version, generation, id, image, trained, stepped, refused }: `image` is the Lab's
  // image (an ArrayBuffer, transferred), or null when nothing changed since the last frame;
  // `trained` the lockstep steps since the last frame; `stepped` what each `step` command of
  // the tick returned; `refused` the messages of commands the engine's Lab refused.
  frame: 'frame',
  // { type, version, message }: the engine's wasm trapped (a Rust panic). The worker is dead;
  // the page starts another.
  crash: 'crash',
};

// The Lab methods that change the experiment: the page applies each to its replica at once (the
// read-out and the diagram follow the finger in the same frame) and queues it for the engine.
// A method added to the binding that changes the experiment must be listed here.
export const MIRRORED = [
  'setDropRate',
  'setRunRates',
  'setHiddenRate',
  'setFocusedHiddenRate',
  'setFocusedInputRate',
  'addRun',
  'removeRun',
  'setFocused',
  'setRunVariant',
  'setClassic',
  'setLearningRate',
  'setStopEpoch',
  'reset',
];

// Methods only the engine runs: they train (the page never does).
export const ENGINE_ONLY = ['step'];

// Every command the engine accepts: the mirrored ones, its own, `applyImage` (a restarted
// engine takes the replica's image, then `reset`, to race again with every setting kept) and
// `debugPanic` (a test crashes the engine on purpose).
export const ENGINE_COMMANDS = new Set([...MIRRORED, ...ENGINE_ONLY, 'applyImage', 'debugPanic']);
