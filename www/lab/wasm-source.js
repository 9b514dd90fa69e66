// Where the engine's wasm comes from. The served page fetches pkg/dropout_lab_bg.wasm (the
// wasm-bindgen glue knows its URL). The one-file bundle (`cargo xtask bundle`) cannot fetch
// anything from file://, so it carries the wasm gzipped and base64-encoded in a global, which
// is unpacked here with the browser's own gzip decoder.

const BUNDLED = 'DROPOUT_LAB_WASM_GZIP_BASE64';
// The served page's compile, started by `wasm-early.js` before this module was parsed.
const EARLY = 'DROPOUT_LAB_WASM_EARLY';

// The two workers' classic scripts, which the bundle also carries gzipped (each holds its own
// copy of wasm-bindgen's glue: plain text, they made the file a quarter larger).
const BUNDLED_WORKERS = ['DROPOUT_LAB_ENGINE_WORKER', 'DROPOUT_LAB_SWEEP_WORKER'];
const PACKED = '_GZIP_BASE64';

/** Base64 text of gzipped bytes -> the bytes, with the browser's own gzip decoder. */
async function gunzip(packed) {
  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

// The argument for wasm-bindgen's init(): undefined for the served page, the bytes in a bundle.
export async function wasmSource() {
  const packed = globalThis[BUNDLED];
  if (typeof packed !== 'string') return undefined;
  return { module_or_path: await gunzip(packed) };
}

// In a bundle, sets each worker's global to its unpacked source, which engine.js and
// sweep-pool.js turn into a Blob URL; the served page has none and loads the worker files.
async function unpackWorkers() {
  for (const name of BUNDLED_WORKERS) {
    const packed = globalThis[name + PACKED];
    if (typeof packed === 'string' && typeof globalThis[name] !== 'string') {
      globalThis[name] = new TextDecoder().decode(await gunzip(packed));
    }
  }
}

// The engine compiled once, for the page's replica and the engine's worker alike: a compiled
// WebAssembly.Module can be posted to a worker, which then only instantiates it.
let compiled = null;

/**
 * The compiled wasm module (a Promise, made on first use, or already started by
 * `wasm-early.js` on the served page). The page awaits it before it makes any worker, so in a
 * bundle the workers' sources are unpacked here too.
 */
export function wasmModule() {
  compiled ??= globalThis[EARLY] ?? unpackWorkers().then(wasmSource).then((source) =>
    source
      ? WebAssembly.compile(source.module_or_path)
      : WebAssembly.compileStreaming(fetch(new URL('../pkg/dropout_lab_bg.wasm', import.meta.url))),
  );
  return compiled;
}
