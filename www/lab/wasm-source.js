// Where the engine's wasm comes from. The served page fetches pkg/dropout_lab_bg.wasm (the
// wasm-bindgen glue knows its URL). The one-file bundle (`cargo xtask bundle`) cannot fetch
// anything from file://, so it carries the wasm gzipped and base64-encoded in a global, which
// is unpacked here with the browser's own gzip decoder.

const BUNDLED = 'DROPOUT_LAB_WASM_GZIP_BASE64';

// The argument for wasm-bindgen's init(): undefined for the served page, the bytes in a bundle.
export async function wasmSource() {
  const packed = globalThis[BUNDLED];
  if (typeof packed !== 'string') return undefined;
  const gzipped = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
  const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return { module_or_path: await new Response(stream).arrayBuffer() };
}

// The engine compiled once, for the page's replica and the engine's worker alike: a compiled
// WebAssembly.Module can be posted to a worker, which then only instantiates it.
let compiled = null;

/** The compiled wasm module (a Promise, made on first use). */
export function wasmModule() {
  compiled ??= wasmSource().then((source) =>
    source
      ? WebAssembly.compile(source.module_or_path)
      : WebAssembly.compileStreaming(fetch(new URL('../pkg/dropout_lab_bg.wasm', import.meta.url))),
  );
  return compiled;
}
