// The demo host page: what a course page writes to drive an embedded lab (README "Embedding
// the lab"). It frames the lab with embed= naming this page's origin, waits for the lab's
// `ready`, subscribes to epoch events, and sends one request per button. `?lab=URL` frames a
// lab served elsewhere (the page tests serve this host and the lab from different origins).

const $ = (id) => document.getElementById(id);
const PROTOCOL = 'dropout-lab';
const VERSION = 1;

/** The lab's address: `?lab=` (http or https only) or the lab next to this page. */
function labUrl() {
  const given = new URLSearchParams(location.search).get('lab');
  const url = new URL(given ?? './', location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not a lab address: ${given}`);
  // The lab trusts the pages its link names; a page on the lab's own origin needs no name.
  if (url.origin !== location.origin) url.searchParams.set('embed', location.origin);
  return url;
}

const lab = { url: null, window: null, nextId: 1, pending: new Map(), labels: [] };

/** Sends a request; resolves to the lab's reply `{ok, result | error}`. */
function ask(type, fields = {}) {
  const id = lab.nextId++;
  return new Promise((resolve) => {
    lab.pending.set(id, resolve);
    lab.window.postMessage({ protocol: PROTOCOL, version: VERSION, id, type, ...fields }, lab.url.origin);
  });
}

function onMessage(event) {
  // Only the framed lab speaks here, and only in its protocol.
  if (event.source !== lab.window || event.origin !== lab.url.origin) return;
  const msg = event.data;
  if (msg?.protocol !== PROTOCOL) return;
  if (msg.type === 'ready') ready();
  else if (msg.type === 'epoch') showEpoch(msg);
  else if (lab.pending.has(msg.id)) {
    lab.pending.get(msg.id)(msg);
    lab.pending.delete(msg.id);
  }
}

async function ready() {
  for (const id of ['play', 'pause', 'step', 'reset', 'rate', 'apply']) $(id).disabled = false;
  await readLabels();
  const reply = await ask('subscribe');
  say(reply.ok ? 'The lab is ready; epoch events arrive below.' : `Could not subscribe: ${reply.error.message}`);
}

/** The runs' names as the lab writes them (`p = 0.50`), from its snapshot. */
async function readLabels() {
  const reply = await ask('snapshot');
  if (reply.ok) lab.labels = reply.result.runs.map((run) => run.label);
}

function showEpoch(event) {
  $('epoch').textContent = String(event.epoch);
  const rows = event.runs.map((run, i) => {
    const row = document.createElement('tr');
    for (const text of [lab.labels[i] ?? `Run ${i + 1}`, fixed(run.trainLossEval), fixed(run.valLoss)]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    return row;
  });
  $('losses').replaceChildren(...rows);
}

const fixed = (v) => (v === null ? '–' : v.toFixed(4));

function say(text) {
  $('status').textContent = text;
}

/** A button's request, with what the lab answered in the status line. */
function wire(id, type, fields, done) {
  $(id).addEventListener('click', async () => {
    const reply = await ask(type, typeof fields === 'function' ? fields() : fields);
    if (reply.ok && type === 'settings') await readLabels();
    say(reply.ok ? done(reply.result) : `The lab refused: ${reply.error.message}`);
  });
}

function main() {
  window.addEventListener('message', onMessage);
  lab.url = labUrl();
  const frame = $('lab');
  lab.window = frame.contentWindow;
  frame.src = lab.url.href;
  wire('play', 'play', {}, () => 'Playing.');
  wire('pause', 'pause', {}, () => 'Paused.');
  wire('step', 'step', { n: 10 }, (r) => `Trained ${r.steps} steps.`);
  wire('reset', 'reset', {}, () => 'Every run is back at its initial weights.');
  // The lab's own check reads the rate: a p out of range comes back as its refusal.
  wire('apply', 'settings', () => ({ settings: { rates: [0, $('rate').value] } }), (r) => `Settings applied (${r.changed.join(', ') || 'nothing changed'}).`);
  window.demo = { ask }; // for a console, and the page tests
}

try {
  main();
} catch (err) {
  say(`This page cannot frame the lab: ${err.message}`);
}
