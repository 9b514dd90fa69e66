// The engine's wasm, compiled from the moment its bytes arrive: a classic script, so it runs
// before the page's module script has even been parsed (a quarter of a megabyte), and the
// compile overlaps that instead of following it. It is loaded without `async` on purpose: an
// async script may run after the module, which then fetched the wasm a second time (CI saw it
// under load); a few hundred bytes from the same server hold the parser for no time that counts. `wasm-source.js` takes the promise up. From
// file:// the fetch fails; the handler keeps that from being an unhandled rejection (the page
// says what to do instead, see file-warning.js). The one-file bundle leaves this script out:
// it carries the wasm inside.
'use strict';
globalThis.DROPOUT_LAB_WASM_EARLY = WebAssembly.compileStreaming(
  fetch(new URL('../pkg/dropout_lab_bg.wasm', document.currentScript.src)),
);
globalThis.DROPOUT_LAB_WASM_EARLY.catch(() => {});
