//! `cargo xtask`: builds the page (`dist`), serves it (`serve`), runs every test (`test`),
//! the benchmarks (`bench`) and the fuzz targets (`fuzz`), installing what each needs on a
//! fresh Debian machine.

mod bench;
mod fuzz;
mod page;
mod server;
mod setup;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const HELP: &str = "\
cargo xtask COMMAND

COMMANDS:
    dist     build the page into dist/ (index.html + JS + wasm, and the single-file dist/chronicle.html)
    serve    build, then serve dist/ on http://127.0.0.1:8080 (PORT=... to change)
    test     run every test: native unit and golden tests, the wasm build, browser end-to-end tests
    bench    run the benchmarks: `engine` (criterion, extraction MB/s), `wasm` (the same
             extraction in the page's WebAssembly, under Node), `page` (headless Chromium over
             2,000 synthetic documents: facet click and zoom step), `import` (20,000 documents
             imported into the page: MB/s, longest task, memory, phases), `hostile` (hostile
             files imported into the page), or all
    fuzz     seed and run the libFuzzer targets of fuzz/ (`cargo xtask fuzz` lists them)
";

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => dist().map(|_| ()),
        Some("serve") => serve(),
        Some("test") => test(),
        Some("bench") => bench(&args[1..]),
        Some("fuzz") => fuzz::fuzz(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(other) => Err(format!("unknown command `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the folder holding the top-level Cargo.toml).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

/// Where cargo writes what it builds: `CARGO_TARGET_DIR` when set (relative to the
/// workspace, as cargo reads it from there), else the workspace's `target/`.
fn cargo_target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").filter(|d| !d.is_empty()) {
        Some(d) => root().join(d),
        None => root().join("target"),
    }
}

/// Runs a command, echoing it, and fails with its exit status.
pub fn run(cmd: &mut Command) -> Result {
    eprintln!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("cannot start `{}`: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

fn describe(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|s| s.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    c.current_dir(root());
    c
}

/// Builds the wasm, runs wasm-bindgen and wasm-opt, and writes dist/.
fn dist() -> Result<PathBuf> {
    build_page(&root().join("dist"), None)
}

/// Builds the page into `out`, bundling `seeds` (a folder of documents) instead of
/// `seeds/` when given.
fn build_page(out: &Path, seeds: Option<&Path>) -> Result<PathBuf> {
    setup::wasm_target()?;
    let wasm_opt = setup::wasm_opt()?;
    let mut build = cargo();
    match seeds {
        Some(dir) => build.env("CHRONICLE_SEEDS", dir),
        None => build.env_remove("CHRONICLE_SEEDS"),
    };
    run(build.args([
        "rustc",
        "--package",
        "chronicle",
        "--lib",
        "--crate-type",
        "cdylib",
        "--profile",
        "wasm",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let target = cargo_target_dir();
    let raw = target.join("wasm32-unknown-unknown/wasm/chronicle.wasm");
    // The page loads the module as an ES module; the import worker (a classic worker
    // made from a blob, the only kind a file:// page may start) needs the no-modules glue
    // for the very same wasm.
    let bindgen_out = target.join("wasm-bindgen");
    let worker_out = target.join("wasm-bindgen-worker");
    for (dir, web) in [(&bindgen_out, true), (&worker_out, false)] {
        let _ = std::fs::remove_dir_all(dir);
        eprintln!("$ wasm-bindgen --target {} {}", if web { "web" } else { "no-modules" }, raw.display());
        let mut b = wasm_bindgen_cli_support::Bindgen::new();
        b.input_path(&raw);
        if web { b.web(true) } else { b.no_modules(true) }.map_err(|e| e.to_string())?;
        b.out_name("chronicle").typescript(false).generate(dir).map_err(|e| format!("wasm-bindgen: {e}"))?;
        if dir.join("snippets").exists() {
            return Err("wasm-bindgen produced JS snippets; page.rs cannot inline them yet".into());
        }
    }
    if std::fs::read(bindgen_out.join("chronicle_bg.wasm")).ok() != std::fs::read(worker_out.join("chronicle_bg.wasm")).ok() {
        return Err("the page's and the worker's wasm differ; they must share one module".into());
    }
    let optimized = bindgen_out.join("chronicle_opt.wasm");
    run(Command::new(&wasm_opt)
        .arg(bindgen_out.join("chronicle_bg.wasm"))
        .args(["-Oz", "--enable-bulk-memory", "--enable-reference-types", "--enable-nontrapping-float-to-int"])
        .args(["--enable-sign-ext", "--enable-mutable-globals", "--enable-multivalue", "--strip-debug", "--strip-producers", "-o"])
        .arg(&optimized))?;
    let glue = read_string(&bindgen_out.join("chronicle.js"))?;
    let worker_glue = read_string(&worker_out.join("chronicle.js"))?;
    let wasm = std::fs::read(&optimized).map_err(|e| e.to_string())?;
    page::write_dist(out, &glue, &worker_glue, &wasm)?;
    Ok(out.to_path_buf())
}

fn read_string(p: &Path) -> Result<String> {
    std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))
}

fn serve() -> Result {
    let dist = dist()?;
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(8080);
    let server = server::Static::start(&dist, port, false)?;
    println!();
    println!("Chronicle is served at  {}/", server.url());
    println!("Single-file version:    {} (open it from any folder, no server needed)", dist.join("chronicle.html").display());
    println!("Press Ctrl-C to stop.");
    server.join();
    Ok(())
}

fn test() -> Result {
    let started = std::time::Instant::now();
    setup::wasm_target()?;
    let browser = setup::browser()?;
    // Native: unit tests, golden tests, property tests, the CLI, the build helper.
    run(cargo().args(["test", "--package", "chronicle", "--package", "xtask"]))?;
    // The wasm build of the whole page.
    let dist = dist()?;
    // End-to-end tests in headless Chromium against the built page.
    run(cargo()
        .args(["test", "--package", "chronicle-e2e", "--", "--test-threads=1"])
        .env("CHRONICLE_DIST", &dist)
        .env("CHROMIUM", &browser.chromium)
        .env("CHROMEDRIVER", &browser.chromedriver))?;
    eprintln!("xtask test: all green in {:.0} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// Runs `page-bench` (tests/e2e) in release mode against the page in `dist` with `args`.
fn page_bench(dist: &Path, browser: &setup::Browser, args: impl IntoIterator<Item = std::ffi::OsString>) -> Result {
    run(cargo()
        .args(["run", "--release", "--package", "chronicle-e2e", "--bin", "page-bench", "--"])
        .args(args)
        .env("CHRONICLE_DIST", dist)
        .env("CHROMIUM", &browser.chromium)
        .env("CHROMEDRIVER", &browser.chromedriver))
}

/// Writes the ≥ 10 MiB synthetic corpus the engine benchmarks (native and wasm) read.
fn engine_corpus() -> Result<PathBuf> {
    let corpus = root().join("target/bench-corpus-engine");
    let (docs, bytes) = bench::write_synthetic_corpus(&corpus, 0, 10 * 1024 * 1024)?;
    eprintln!("synthetic corpus: {docs} documents, {:.1} MiB in {}", bytes as f64 / 1048576.0, corpus.display());
    Ok(corpus)
}

fn bench(args: &[String]) -> Result {
    let which = args.first().map(String::as_str).unwrap_or("all");
    if matches!(which, "engine" | "all") {
        let corpus = engine_corpus()?;
        run(cargo()
            .args(["bench", "--package", "chronicle", "--bench", "extract"])
            .env("CHRONICLE_BENCH_CORPUS", &corpus))?;
    }
    if matches!(which, "wasm" | "all") {
        let corpus = engine_corpus()?;
        setup::wasm_opt()?; // node comes with it
        run(Command::new("node").arg(root().join("xtask/wasm-bench.js")).arg(dist()?).arg(&corpus))?;
    }
    if matches!(which, "page" | "all") {
        let browser = setup::browser()?;
        let corpus = root().join("target/bench-corpus");
        let (docs, bytes) = bench::write_synthetic_corpus(&corpus, 2000, 0)?;
        eprintln!("synthetic corpus: {docs} documents, {:.1} MiB in {}", bytes as f64 / 1048576.0, corpus.display());
        let dist = build_page(&root().join("target/bench-dist"), Some(&corpus))?;
        page_bench(&dist, &browser, std::iter::empty())?;
    }
    if matches!(which, "import" | "all") {
        let browser = setup::browser()?;
        let file = root().join("target/bench-import/synthetic-20000.jsonl");
        let (docs, bytes) = bench::write_synthetic_jsonl(&file, 20_000, 50_000_000)?;
        eprintln!("synthetic import: {docs} documents, {:.1} MB in {}", bytes as f64 / 1e6, file.display());
        page_bench(&dist()?, &browser, std::iter::once("import".into()).chain([file.into_os_string()]))?;
    }
    if matches!(which, "hostile" | "all") {
        let browser = setup::browser()?;
        let files = bench::write_hostile_files(&root().join("target/bench-hostile"))?;
        page_bench(&dist()?, &browser, std::iter::once("hostile".into()).chain(files.into_iter().map(|f| f.into_os_string())))?;
    }
    if !matches!(which, "engine" | "wasm" | "page" | "import" | "hostile" | "all") {
        return Err(format!("unknown benchmark `{which}`: engine, wasm, page, import, hostile or nothing for all five"));
    }
    Ok(())
}
