// The engine's speed in WebAssembly, under Node (`cargo xtask bench wasm`): loads the
// page's optimised module (dist/chronicle_bg.wasm) with the import worker's glue, reads
// every file of the synthetic corpus named on the command line into one buffer, and
// times `measure_engine` (read + extract, as an import helper does) several times.
// Prints the median and the spread, in MiB/s.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { pathToFileURL } = require('url');

const [dist, dir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 7);

(async () => {
globalThis.self = globalThis; // the no-modules glue hangs `wasm_bindgen` on it
// dist/chronicle_worker.js exports the worker's source as a string (the page starts it from a blob).
const source = (await import(pathToFileURL(path.join(dist, 'chronicle_worker.js')))).default;
vm.runInThisContext(source + '\n;globalThis.wasm_bindgen = wasm_bindgen;');
self.onmessage = null; // the worker's start-up code, not needed here
wasm_bindgen.initSync({ module: new WebAssembly.Module(fs.readFileSync(path.join(dist, 'chronicle_bg.wasm'))) });

const names = fs.readdirSync(dir).sort();
const parts = names.map((n) => fs.readFileSync(path.join(dir, n)));
const bytes = Buffer.concat(parts);
const lengths = Uint32Array.from(parts.map((p) => p.length));
const mib = bytes.length / 1048576;
console.log(`wasm engine (Node ${process.version}): ${names.length} documents, ${mib.toFixed(1)} MiB`);
const times = [];
let events = 0;
for (let i = 0; i < runs + 1; i++) {
  const t0 = process.hrtime.bigint();
  events = wasm_bindgen.measure_engine(bytes, lengths);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (i > 0) times.push(ms); // the first run warms up
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`  read + extract: median ${median.toFixed(0)} ms = ${(mib / (median / 1000)).toFixed(1)} MiB/s ` +
  `(fastest ${(mib / (times[0] / 1000)).toFixed(1)}, slowest ${(mib / (times[times.length - 1] / 1000)).toFixed(1)}; ${runs} runs; ${events} events)`);
})().catch((e) => { console.error(e); process.exit(1); });
