// Starts the wasm app. `init` (the wasm-bindgen glue), `WASM` (the module, base64) and
// `WORKER` (the import worker's source) are defined just above this code by the build. Failures are shown in the page, never
// as a blank screen; nothing here touches the network.
const chronicle = (window.__chronicle = { cspViolations: [], errors: [] });
document.addEventListener('securitypolicyviolation', (e) => {
  chronicle.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
});

function notice(title, text) {
  const box = document.createElement('div');
  box.className = 'fatal';
  box.setAttribute('role', 'alert');
  const h = document.createElement('strong');
  h.textContent = title;
  const p = document.createElement('span');
  p.textContent = ' ' + text;
  box.append(h, p);
  document.body.prepend(box);
}

function crashed(err) {
  chronicle.errors.push(String(err));
  if (!document.querySelector('.fatal')) {
    notice('Something went wrong inside Chronicle.',
      'Nothing was sent anywhere and your documents are untouched. Reload the page to continue.');
  }
}
window.addEventListener('error', (e) => crashed(e.message));
window.addEventListener('unhandledrejection', (e) => crashed(e.reason));

function decode(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

try {
  if (typeof WebAssembly !== 'object') throw new Error('this browser has no WebAssembly');
  const module = await WebAssembly.compile(decode(WASM));
  // The import worker runs the same module; the page hands it over when it starts one.
  chronicle.module = module;
  chronicle.workerUrl = URL.createObjectURL(new Blob([WORKER], { type: 'text/javascript' }));
  chronicle.workerSource = WORKER;
  await init({ module_or_path: module });
} catch (err) {
  chronicle.errors.push(String(err));
  document.getElementById('app').replaceChildren();
  notice('Chronicle could not start.', `This browser could not run it (${err}). A recent Chromium, Firefox or Safari works.`);
}
