//! The page benchmarks. `cargo xtask bench page`: opens a page bundling 2,000 synthetic
//! documents in headless Chromium and measures, inside the page, the time from a facet
//! click to the updated DOM and from a zoom step to the redrawn timeline (medians).
//! `cargo xtask bench import`: imports a large synthetic file (`page-bench import FILE`)
//! into the plain page and reports throughput, the longest main-thread task and memory.
//! `cargo xtask bench hostile`: imports each hostile file (`page-bench hostile FILE…`) and
//! reports the longest main-thread task while it is handled, and what the page said.
//! `page-bench probe [CSS…]` (against the page of `bench page`, `CHRONICLE_DIST=target/bench-dist`):
//! DOM nodes per pane, long animation frames of 20 clicks, and the click median with each
//! CSS variant added (each pane hidden in turn by default), alternating with none.
//! `CHRONICLE_BENCH_N` sets how many updates `bench page` times (40).

use chronicle_e2e::{Page, Via};

/// Runs `action` (JS that triggers one update) `n` times; each time measures from the
/// trigger until the app's render has run (a macrotask after Yew's microtask render).
const MEASURE: &str = r#"
    const [selector, n] = arguments;
    const tick = () => new Promise(r => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); });
    const times = [];
    for (let i = 0; i < n; i++) {
        const el = document.querySelector(selector[i % selector.length]);
        const t0 = performance.now();
        el.click();
        await tick();
        times.push(performance.now() - t0);
        await new Promise(r => requestAnimationFrame(() => r()));
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], p90: times[Math.floor(times.length * 0.9)], n: times.length };
"#;

async fn measure(page: &Page, selectors: &[&str], n: usize) -> serde_json::Value {
    let script = format!("return (async () => {{ {MEASURE} }})(...arguments)");
    page.client
        .execute(&script, vec![serde_json::json!(selectors), serde_json::json!(n)])
        .await
        .expect("measurement runs")
}


/// `page-bench probe`: DOM nodes per pane, and where a facet click's time goes (the Long
/// Animation Frames API: script, forced style/layout, and the frame's own style/layout/paint).
const PROBE: &str = r#"
    const count = sel => { const e = document.querySelector(sel); return e ? e.getElementsByTagName('*').length : 0; };
    const nodes = { all: document.getElementsByTagName('*').length, sidebar: count('.sidebar'), timeline: count('.timeline'),
        map: count('.map'), events: count('.events'), docs: count('.doc-list'), reader: count('.reader') };
    const frames = [];
    const obs = new PerformanceObserver(l => { for (const e of l.getEntries()) frames.push(e); });
    obs.observe({ type: 'long-animation-frame', buffered: false });
    const sels = ['.facet[data-facet=type] li:first-child button', '.facet[data-facet=place] li:nth-child(2) button'];
    const full = [];
    for (let i = 0; i < 20; i++) {
        const el = document.querySelector(sels[i % 2]);
        const t0 = performance.now();
        el.click();
        await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
        full.push(performance.now() - t0);
        await new Promise(r => setTimeout(r, 30));
    }
    await new Promise(r => setTimeout(r, 100));
    obs.disconnect();
    full.sort((a, b) => a - b);
    const f = frames.map(e => ({ dur: Math.round(e.duration), blocking: Math.round(e.blockingDuration),
        script: Math.round(e.scripts.reduce((a, s) => a + s.duration, 0)),
        forced: Math.round(e.scripts.reduce((a, s) => a + s.forcedStyleAndLayoutDuration, 0)),
        render: Math.round(e.startTime + e.duration - e.renderStart), style: Math.round(e.startTime + e.duration - e.styleAndLayoutStart) }));
    return { nodes, full_median: full[10], full: full.map(Math.round), frames: f };
"#;

/// Watches main-thread tasks over 50 ms (the Long Tasks API) from now on.
const WATCH_LONG_TASKS: &str = r#"
    window.__long = [];
    new PerformanceObserver(l => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
    return true;
"#;

async fn import(file: &str) {
    let bytes = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) as f64;
    let page = Page::open(Via::File, 1366, 768).await;
    page.js(WATCH_LONG_TASKS).await;
    let t0 = std::time::Instant::now();
    page.choose_files("[data-testid=add-files]", &[file.to_string()]).await;
    page.wait_for_import("the import to finish").await;
    let secs = t0.elapsed().as_secs_f64();
    let report = page.text("[data-testid=import-report]").await;
    let stats = page.text("[data-testid=stats]").await;
    let m = page
        .js("return { long: Math.max(0, ...window.__long), count: window.__long.length, top: [...window.__long].sort((a, b) => b - a).slice(0, 5).map(Math.round), heap: performance.memory ? performance.memory.usedJSHeapSize : 0, wasm: window.__chronicle.wasmBytes || 0, c: window.__chronicle, phases: Object.entries(window.__chronicle.phases || {}) }")
        .await;
    println!("import benchmark, headless Chromium, {} cores", std::thread::available_parallelism().map_or(0, |n| n.get()));
    println!("  {} ({:.1} MB): {}", file, bytes / 1e6, report.lines().next().unwrap_or_default());
    println!("  page now shows: {stats}");
    println!("  choose file -> corpus shown and stored: {secs:.1} s = {:.2} MB/s", bytes / 1e6 / secs);
    println!(
        "  longest main-thread task: {:.0} ms ({} tasks over 50 ms; longest five {})",
        m["long"].as_f64().unwrap_or(f64::NAN),
        m["count"],
        m["top"]
    );
    println!(
        "  taking the corpus over on the page's thread: longest part (decode + index) {:.0} ms, last step {:.0} ms",
        m["c"]["partMs"].as_f64().unwrap_or(f64::NAN),
        m["c"]["readyMs"].as_f64().unwrap_or(f64::NAN)
    );
    println!(
        "  memory after import: JS heap {:.0} MB, wasm memory {:.0} MB",
        m["heap"].as_f64().unwrap_or(0.0) / 1e6,
        m["wasm"].as_f64().unwrap_or(0.0) / 1e6
    );
    println!("  where the time went (ms; worker phases run one after the other, page phases summed over parts):");
    for phase in m["phases"].as_array().into_iter().flatten() {
        println!("    {:<40} {:>8.0}", phase[0].as_str().unwrap_or_default(), phase[1].as_f64().unwrap_or(f64::NAN));
    }
    page.screenshot("bench-import").await;

    // One more small file into the corpus just imported: only it is analysed.
    let dir = chronicle_e2e::TempDir::new("bench-one-more");
    let one = dir.file("one-more.txt", b"date 2023-02-01\nDock workers in Port Velan went on strike on 30 January. Police detained 12 strikers.");
    let t0 = std::time::Instant::now();
    page.choose_files("[data-testid=add-files]", &[one]).await;
    page.wait_until("the small import", "return /Added 1 document/.test(document.querySelector('[data-testid=import-report]')?.textContent || '')").await;
    println!("  one more small file into that corpus -> shown and stored: {:.1} s", t0.elapsed().as_secs_f64());
    page.close().await;
}

/// Imports each hostile file in turn into one page, and reports how long the page's
/// thread was ever busy at once while it was handled, and what the page said.
async fn hostile(files: &[String]) {
    let page = Page::open(Via::File, 1366, 768).await;
    println!("hostile-file benchmark, headless Chromium, {} cores", std::thread::available_parallelism().map_or(0, |n| n.get()));
    println!("  | file | MB | handled in | longest main-thread task | tasks > 50 ms | the page says |");
    println!("  | --- | --- | --- | --- | --- | --- |");
    for file in files {
        let mb = std::fs::metadata(file).map(|m| m.len()).unwrap_or(0) as f64 / 1e6;
        page.js(WATCH_LONG_TASKS).await;
        let t0 = std::time::Instant::now();
        page.choose_files("[data-testid=add-files]", std::slice::from_ref(file)).await;
        page.wait_for_import("the import to finish").await;
        let secs = t0.elapsed().as_secs_f64();
        let said = page.js("return [...document.querySelectorAll('[data-testid=import-report] strong, [data-testid=import-report] li')].map(e => e.textContent).join(' / ')").await;
        let long = page.js("return { long: Math.max(0, ...window.__long), count: window.__long.length }").await;
        let name = std::path::Path::new(file).file_name().map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let said: String = said.as_str().unwrap_or_default().chars().take(160).collect();
        println!(
            "  | {name} | {mb:.1} | {secs:.1} s | {:.0} ms | {} | {said} |",
            long["long"].as_f64().unwrap_or(f64::NAN),
            long["count"]
        );
        page.js("const b = document.querySelector('[data-testid=import-report] .close'); if (b) b.click(); return true").await;
    }
    page.screenshot("bench-hostile").await;
    page.assert_private_and_healthy().await;
    page.close().await;
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [mode, file] = args.as_slice() {
        if mode == "import" {
            return import(file).await;
        }
    }
    if args.first().is_some_and(|m| m == "probe") {
        let page = Page::open(Via::File, 1366, 768).await;
        let script = format!("return (async () => {{ {PROBE} }})(...arguments)");
        let r = page.client.execute(&script, vec![]).await.expect("probe runs");
        println!("{}", serde_json::json!({"nodes": r["nodes"], "full_median": r["full_median"]}));
        for f in r["frames"].as_array().into_iter().flatten() {
            println!("  frame {f}");
        }
        // Which pane's drawing costs what: each hidden in turn (the app still renders it),
        // or any CSS given on the command line, alternating with none.
        let extra: Vec<String> = args[1..].to_vec();
        let hides = [".sidebar", ".timeline", ".map", ".events", ".doc-list", ".sidebar, .timeline, .map, .events, .doc-list"];
        let variants: Vec<String> = if extra.is_empty() {
            hides.iter().map(|h| format!("{h} {{ display: none !important }}")).collect()
        } else {
            extra
        };
        for _round in 0..2 {
            for css in std::iter::once(String::new()).chain(variants.iter().cloned()) {
                page.client.execute("if (!window.__probe) { window.__probe = new CSSStyleSheet(); document.adoptedStyleSheets = [window.__probe]; } window.__probe.replaceSync(arguments[0]); return true", vec![serde_json::json!(css)]).await.ok();
                let mut meds = Vec::new();
                for _ in 0..3 {
                    let facet = ".facet[data-facet=type] li:first-child button";
                    let place = ".facet[data-facet=place] li:nth-child(2) button";
                    let m = measure(&page, &[facet, place, facet, place], 20).await;
                    meds.push(m["median"].as_f64().unwrap_or(f64::NAN));
                }
                meds.sort_by(f64::total_cmp);
                println!("  {css:?}: medians {meds:.1?}");
            }
        }
        page.close().await;
        return;
    }
    if let [mode, files @ ..] = args.as_slice() {
        if mode == "hostile" {
            return hostile(files).await;
        }
    }
    let started = std::time::Instant::now();
    let page = Page::open(Via::File, 1366, 768).await;
    let load = started.elapsed();
    let stats = page.text("[data-testid=stats]").await;
    let facet = ".facet[data-facet=type] li:first-child button";
    let place = ".facet[data-facet=place] li:nth-child(2) button";
    // CHRONICLE_BENCH_N: more updates than the default 40, for comparisons on a busy machine.
    let n = std::env::var("CHRONICLE_BENCH_N").ok().and_then(|n| n.parse().ok()).unwrap_or(40);
    let click = measure(&page, &[facet, place, facet, place], n).await;
    let zoom = measure(&page, &[".tools button[aria-label='Zoom in']", ".tools button[aria-label='Zoom out']"], n).await;
    println!("page benchmark ({stats}), headless Chromium, {} cores", std::thread::available_parallelism().map_or(0, |n| n.get()));
    println!("  open to first render (incl. extraction of the corpus): {:.1} s", load.as_secs_f64());
    let health = page.js("return window.__chronicle").await;
    let (ms, bytes) = (health["loadMs"].as_f64().unwrap_or(f64::NAN), health["loadBytes"].as_f64().unwrap_or(f64::NAN));
    println!(
        "  wasm engine: read + extract + index {:.1} MiB in {:.0} ms = {:.1} MiB/s",
        bytes / 1048576.0,
        ms,
        bytes / 1048576.0 / (ms / 1000.0)
    );
    println!("  facet click -> updated page: median {:.1} ms, p90 {:.1} ms over {}", click["median"].as_f64().unwrap_or(f64::NAN), click["p90"].as_f64().unwrap_or(f64::NAN), click["n"]);
    println!("  zoom step -> redrawn timeline: median {:.1} ms, p90 {:.1} ms over {}", zoom["median"].as_f64().unwrap_or(f64::NAN), zoom["p90"].as_f64().unwrap_or(f64::NAN), zoom["n"]);
    page.screenshot("bench-page").await;
    page.close().await;
}
