// The import worker's start-up, and its helpers'. The build puts the wasm-bindgen glue
// (no-modules target, which defines `wasm_bindgen`) just above this code. The first
// message carries the compiled WebAssembly module (and, from the page, this very source,
// from which the import worker starts its helpers: a blob URL the page made cannot be
// opened from a worker of a file:// page, one the worker makes can); from then on the
// Rust side (`ui::browser::worker`) handles every message.
self.onmessage = (e) => {
  try {
    const source = e.data.workerSource;
    const workerUrl = source ? URL.createObjectURL(new Blob([source], { type: 'text/javascript' })) : undefined;
    self.__chronicle = { module: e.data.module, workerUrl };
    wasm_bindgen.initSync({ module: e.data.module });
    if (e.data.helper) wasm_bindgen.helper_main();
    else wasm_bindgen.worker_main();
  } catch (err) {
    self.postMessage(JSON.stringify({ kind: 'failed', message: `the import worker could not start (${err})` }));
  }
};
