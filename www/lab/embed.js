// The embedding API (#21): a course page, a learning platform or a slide tool that shows the
// lab in an iframe drives it with postMessage. Who is trusted, what a request may say and
// every refusal are the core's (src/core/embed/); this module carries messages between the
// window and the core and calls the page's own paths (window.lab, applySettings), so a host
// does exactly what a click or a script would. Nothing a host sends is run, fetched or put into
// the page as HTML: a request is data, read by Rust, and the page only ever calls the handlers
// below. README "Embedding the lab" documents the protocol.

import { embedOrigins, embedProtocol, embedRead, embedTrusts, embedVersion } from '../pkg/dropout_lab.js';
import { applySettings } from './apply.js';
import { showSettings } from './setup-file.js';
import { eachFrame, engine } from './shared.js';

const embed = {
  link: '', // the link the page opened with: trust is its alone, nothing later widens it
  subscribers: new Map(), // window -> {origin, after: last epoch sent, lab, iteration}
  ignored: 0, // messages from origins not trusted (the tests wait on it)
};

/** Listens for hosts' requests and tells the trusted parent the lab is ready for them. */
export function wireEmbed() {
  embed.link = location.search;
  window.addEventListener('message', onMessage);
  if (window.parent === window) return;
  const ready = { ...envelope(), type: 'ready' };
  // postMessage with a target origin delivers only if the parent is that origin: an untrusted
  // parent never hears of the lab. '/' is the lab's own origin.
  for (const origin of ['/', ...embedOrigins(embed.link)]) window.parent.postMessage(ready, origin);
}

/** Messages ignored because their origin is not trusted. */
export function embedIgnored() {
  return embed.ignored;
}

function envelope() {
  return { protocol: embedProtocol(), version: embedVersion() };
}

async function onMessage(event) {
  if (!embedTrusts(event.origin, location.origin, embed.link)) {
    embed.ignored += 1;
    return;
  }
  let text = '';
  try {
    text = JSON.stringify(event.data) ?? '';
  } catch {
    // A BigInt or a cycle: no JSON, so no request (the core says it is not ours).
  }
  const read = JSON.parse(embedRead(text));
  if (!read.ours) return;
  const reply = (body) => event.source?.postMessage({ ...envelope(), id: read.id, ...body }, event.origin);
  if (read.error) {
    reply({ ok: false, error: read.error });
    return;
  }
  try {
    reply({ ok: true, result: (await HANDLERS[read.type](read, event)) ?? null });
  } catch (err) {
    // The core's refusal of a change (it names the bound), or a lab it could not build.
    reply({ ok: false, error: { code: 'refused', message: err?.message ?? String(err) } });
  }
}

// One handler per message type the core reads; each calls what a click or window.lab calls.
const HANDLERS = {
  settings: (read) => {
    const changed = applySettings(Object.fromEntries(new URLSearchParams(read.change)));
    showSettings();
    return { changed };
  },
  play: () => {
    window.lab.play();
    return { playing: true };
  },
  pause: async () => {
    await window.lab.pause();
    return { playing: false };
  },
  step: async (read) => ({ steps: await window.lab.step(read.n) }),
  reset: async () => {
    window.lab.reset();
    await window.lab.sync();
  },
  snapshot: () => window.lab.snapshot(),
  subscribe: (read, event) => {
    const lab = engine.lab;
    const epoch = lab.epoch();
    embed.subscribers.set(event.source, { origin: event.origin, after: epoch, lab, iteration: lab.iteration() });
    eachFrame(sendEpochs);
    return { epoch };
  },
  unsubscribe: (read, event) => ({ subscribed: embed.subscribers.delete(event.source) }),
};

// At the end of each frame while anyone listens: every epoch the replica's image recorded since
// the last event, one event each (the core's numbers, from the same history the chart draws).
// New epochs come only with the engine's images, which wake the lab's frame loop. The frame's
// jobs are a set: a second subscriber does not add a second sender.
function sendEpochs() {
  for (const [target, sub] of embed.subscribers) {
    // A host that navigated away or closed hears nothing more.
    if (!target || target.closed) embed.subscribers.delete(target);
    else send(target, sub);
  }
  return embed.subscribers.size > 0;
}

function send(target, sub) {
  const lab = engine.lab;
  // A rebuilt lab (new settings) or a reset starts its history again: so do the events.
  if (lab !== sub.lab || lab.iteration() < sub.iteration) sub.after = 0;
  sub.lab = lab;
  sub.iteration = lab.iteration();
  const epochs = JSON.parse(lab.epochsAfter(sub.after));
  for (const body of epochs) target.postMessage({ ...envelope(), type: 'epoch', ...body }, sub.origin);
  if (epochs.length) sub.after = epochs[epochs.length - 1].epoch;
}
