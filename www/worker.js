// The import worker's start-up. The build puts the wasm-bindgen glue (no-modules target,
// which defines `wasm_bindgen`) just above this code. The page's first message carries
// the compiled WebAssembly module; from then on the Rust side (`ui::browser::worker`)
// handles every message.
self.onmessage = (e) => {
  try {
    wasm_bindgen.initSync({ module: e.data.module });
    wasm_bindgen.worker_main();
  } catch (err) {
    self.postMessage(JSON.stringify({ kind: 'failed', message: `the import worker could not start (${err})` }));
  }
};
