// The project's Rust core compiled to WASM (benches/wasm-bench), in node or Chromium.
//
// `glue` is the wasm-bindgen `--target web` module, `bytes` the .wasm file; the `Trainer` handle
// owns the network and data in linear memory, so one boundary call runs n training steps.

export function setupWasmCore(glue, bytes, w, seed = 7) {
  glue.initSync({ module: bytes });
  const trainer = new glue.Trainer(w.id, seed);
  return {
    note: `dropout-lab core, ${glue.build_info()}`,
    step(n) {
      return trainer.run(n);
    },
  };
}
