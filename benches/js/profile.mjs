// Summarises a V8 .cpuprofile: self and inclusive time per function, most first.
//
// usage: node profile.mjs FILE.cpuprofile [--top N]
// Make one with node (`node --cpu-prof --cpu-prof-dir /tmp/prof peer.mjs wasm-node w1 --pkg DIR`)
// or from the page (`node page.mjs --profile /tmp/page.cpuprofile`). WASM frames carry Rust
// names as long as the module keeps its name section (the bench module does; dist/ strips it).

import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node profile.mjs FILE.cpuprofile [--top N]');
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;

const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (id) => nodes.get(id).callFrame.functionName || '(anonymous)';

const hits = new Map();
for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const self = new Map();
const inclusive = new Map();
for (const [id, count] of hits) {
  self.set(name(id), (self.get(name(id)) ?? 0) + count);
  // Each function once per sample, however often it recurses.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const fn = name(at);
    if (!seen.has(fn)) inclusive.set(fn, (inclusive.get(fn) ?? 0) + count);
    seen.add(fn);
  }
}
const total = profile.samples.length;
const show = (title, table) => {
  console.log(`${title} (${total} samples)`);
  const rows = [...table].filter(([fn]) => fn !== '(root)').sort((a, b) => b[1] - a[1]);
  for (const [fn, count] of rows.slice(0, top)) {
    console.log(`${((100 * count) / total).toFixed(1).padStart(5)}%  ${fn.slice(0, 110)}`);
  }
};
show('self time', self);
show('\ninclusive time', inclusive);
