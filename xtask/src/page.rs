//! Assembles the page: `dist/index.html` with its scripts beside it (for serving), and
//! `dist/chronicle.html`, one self-contained file that works from `file://`. Both carry
//! a Content-Security-Policy that forbids every network connection.

use crate::{root, Result};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The policy: nothing may be fetched or connected to; scripts and styles are only the
/// page's own (by hash when inline), and wasm may be compiled.
fn csp(script_src: &str, style: &str) -> String {
    format!(
        "default-src 'none'; script-src {script_src} 'wasm-unsafe-eval'; style-src {}; \
         img-src data:; worker-src blob:; base-uri 'none'; form-action 'none'",
        csp_hash(style)
    )
}

fn render(template: &str, csp: &str, style: &str, scripts: &str) -> String {
    template
        .replace("{{CSP}}", csp)
        .replace("{{STYLE}}", style)
        .replace("{{SCRIPTS}}", scripts)
}

fn read(rel: &str) -> Result<String> {
    let p = root().join(rel);
    std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let _ = enc.write_all(bytes);
    enc.finish().map(|v| v.len()).unwrap_or(0)
}

fn kib(n: usize) -> String {
    format!("{:.1} KiB", n as f64 / 1024.0)
}

pub fn write_dist(dist: &Path, glue: &str, worker_glue: &str, wasm: &[u8]) -> Result {
    let template = read("www/index.html")?;
    let style = read("www/style.css")?;
    let boot = read("www/boot.js")?;
    // The import worker's whole source, started from a blob: the no-modules glue, then
    // the worker's own start-up code.
    let worker = serde_json::to_string(&format!("{worker_glue}\n{}", read("www/worker.js")?)).map_err(|e| e.to_string())?;
    let wasm_b64 = base64::engine::general_purpose::STANDARD.encode(wasm);
    if glue.contains("</script") || boot.contains("</script") || worker.contains("</script") {
        return Err("a script contains `</script`, which cannot be inlined".into());
    }
    let _ = std::fs::remove_dir_all(dist);
    std::fs::create_dir_all(dist).map_err(|e| format!("{}: {e}", dist.display()))?;

    // Served: module scripts from the same origin; the wasm travels inside a module so
    // that the page needs no fetch() and the policy can forbid every connection.
    write(&dist.join("chronicle.js"), glue.as_bytes())?;
    write(&dist.join("chronicle_bg.wasm"), wasm)?;
    write(&dist.join("chronicle_wasm.js"), format!("export default \"{wasm_b64}\";\n").as_bytes())?;
    write(&dist.join("chronicle_worker.js"), format!("export default {worker};\n").as_bytes())?;
    let served_boot = format!(
        "import init from './chronicle.js';\nimport WASM from './chronicle_wasm.js';\nimport WORKER from './chronicle_worker.js';\n{boot}"
    );
    write(&dist.join("boot.js"), served_boot.as_bytes())?;
    let index = render(
        &template,
        &csp("'self'", &style),
        &style,
        "<script type=\"module\" src=\"./boot.js\"></script>",
    );
    write(&dist.join("index.html"), index.as_bytes())?;

    // Single file: glue, wasm and boot inlined in one module script, allowed by its hash.
    let inline = format!("\n{glue}\nconst init = __wbg_init;\nconst WASM = \"{wasm_b64}\";\nconst WORKER = {worker};\n{boot}");
    let single = render(
        &template,
        &csp(&csp_hash(&inline), &style),
        &style,
        &format!("<script type=\"module\">{inline}</script>"),
    );
    write(&dist.join("chronicle.html"), single.as_bytes())?;

    println!("dist/ written to {}", dist.display());
    println!("  chronicle_bg.wasm  {:>10} raw  {:>10} gzipped", kib(wasm.len()), kib(gzip_len(wasm)));
    println!("  chronicle.js       {:>10} raw  {:>10} gzipped", kib(glue.len()), kib(gzip_len(glue.as_bytes())));
    println!(
        "  chronicle.html     {:>10} raw  {:>10} gzipped  (single file: open it from any folder)",
        kib(single.len()),
        kib(gzip_len(single.as_bytes()))
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_forbids_connections_and_pins_inline_code() {
        let p = csp("'self'", "body{}");
        assert!(p.starts_with("default-src 'none';"));
        assert!(!p.contains("connect-src"));
        assert!(p.contains("'wasm-unsafe-eval'"));
        assert!(!p.contains("unsafe-inline"));
        // The hash of `body{}` as a browser computes it.
        assert!(p.contains(&csp_hash("body{}")));
        assert_eq!(csp_hash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
