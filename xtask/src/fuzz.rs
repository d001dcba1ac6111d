//! `cargo xtask fuzz`: seeds the libFuzzer corpora of `fuzz/` from the project's own test
//! documents and runs a target with cargo-fuzz (installed from crates.io when missing),
//! niced, with the limits the hardening issue sets: inputs up to 64 KiB, 1 s per input.

use crate::{root, run, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Every target in `fuzz/fuzz_targets/`.
pub const TARGETS: [&str; 7] =
    ["corpus_read", "extract", "import_json", "import_jsonl", "import_csv", "import_html", "import_zip"];

/// Largest input the fuzzer is given (`-max_len`), and so the largest seed kept.
const MAX_LEN: usize = 65_536;

pub const HELP: &str = "\
cargo xtask fuzz                       list the targets
cargo xtask fuzz seed                  (re)write fuzz/corpus/TARGET/ from seeds/ and tests/data/
cargo xtask fuzz TARGET [SECONDS] [-- LIBFUZZER-ARGS]
                                       seed TARGET if its corpus is empty, then run it (default 1200 s)
";

pub fn fuzz(args: &[String]) -> Result {
    let (ours, extra) = match args.iter().position(|a| a == "--") {
        Some(i) => (&args[..i], &args[i + 1..]),
        None => (args, &[][..]),
    };
    match ours.first().map(String::as_str) {
        None => {
            print!("{HELP}\ntargets: {}\n", TARGETS.join(", "));
            Ok(())
        }
        Some("seed") => {
            for t in TARGETS {
                let n = seed(t)?;
                eprintln!("fuzz/corpus/{t}: {n} seeds");
            }
            Ok(())
        }
        Some(target) if TARGETS.contains(&target) => {
            let seconds: u64 = match ours.get(1) {
                Some(s) => s.parse().map_err(|_| format!("`{s}` is not a number of seconds\n\n{HELP}"))?,
                None => 1200,
            };
            let corpus = corpus_dir(target);
            if !corpus.exists() || std::fs::read_dir(&corpus).map_err(|e| e.to_string())?.next().is_none() {
                let n = seed(target)?;
                eprintln!("fuzz/corpus/{target}: {n} seeds");
            }
            cargo_fuzz()?;
            let regressions = root().join("tests/data/fuzz").join(target);
            let mut cmd = Command::new("nice");
            cmd.args(["-n", "19", "cargo", "fuzz", "run", target])
                .arg(&corpus)
                .current_dir(root())
                // cargo-fuzz passes nightly-only flags (-Z sanitizer…); this lets a stable
                // toolchain accept them.
                .env("RUSTC_BOOTSTRAP", "1");
            if regressions.is_dir() {
                cmd.arg(&regressions);
            }
            cmd.arg("--")
                .arg(format!("-max_len={MAX_LEN}"))
                .arg("-timeout=1")
                .arg(format!("-max_total_time={seconds}"))
                .arg("-print_final_stats=1")
                .args(extra);
            run(&mut cmd)
        }
        Some(other) => Err(format!("unknown fuzz target `{other}`; targets: {}\n\n{HELP}", TARGETS.join(", "))),
    }
}

/// cargo-fuzz, installed from crates.io if missing.
fn cargo_fuzz() -> Result {
    let ok = Command::new("cargo").args(["fuzz", "--version"]).output().is_ok_and(|o| o.status.success());
    if ok {
        return Ok(());
    }
    run(Command::new("cargo").args(["install", "cargo-fuzz", "--locked"]))
}

fn corpus_dir(target: &str) -> PathBuf {
    root().join("fuzz/corpus").join(target)
}

/// Files with one of `exts` under `dir`, recursively, sorted.
fn files(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            files(&p, exts, out);
        } else if exts.is_empty() || p.extension().is_some_and(|x| exts.iter().any(|e| x == *e)) {
            out.push(p);
        }
    }
}

/// The test documents: the seed corpus and every text fixture.
fn texts() -> Vec<(String, String)> {
    let mut paths = Vec::new();
    files(&root().join("seeds"), &["txt"], &mut paths);
    files(&root().join("tests/data"), &["txt", "md"], &mut paths);
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            Some((label(&p), String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

/// `tests/data/corpus/bom.txt` → `tests_data_corpus_bom.txt`.
fn label(p: &Path) -> String {
    let rel = p.strip_prefix(root()).unwrap_or(p);
    rel.to_string_lossy().replace(['/', '\\'], "_")
}

/// The first date header of a text (for the record formats' date field), else a fixed one.
fn split_header(text: &str) -> (String, String) {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    match t.strip_prefix("date ") {
        Some(rest) => {
            let date: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
            (date.clone(), rest[date.len()..].trim().to_string())
        }
        None => ("2022-01-05".to_string(), t.to_string()),
    }
}

fn csv_cell(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Writes the seeds of one target into `fuzz/corpus/TARGET/` (emptied first) and returns
/// how many there are. Record formats, pages and archives are made from the test
/// documents, next to the import fixtures of that format.
fn seed(target: &str) -> Result<usize> {
    let dir = corpus_dir(target);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut seeds: Vec<(String, Vec<u8>)> = Vec::new();
    let fixtures = |exts: &[&str]| {
        let mut paths = Vec::new();
        files(&root().join("tests/data/import/files"), exts, &mut paths);
        paths.into_iter().filter_map(|p| Some((label(&p), std::fs::read(&p).ok()?))).collect::<Vec<_>>()
    };
    let texts = texts();
    match target {
        "corpus_read" => {
            seeds.extend(texts.iter().map(|(n, t)| (n.clone(), t.clone().into_bytes())));
            seeds.extend(fixtures(&[]));
        }
        "extract" => {
            // four bytes of date (mode 1: year 1 + 2021 = 2022, day 4 + 1 = 5 January), then the text
            for (n, t) in &texts {
                let mut b = vec![1, 0x07, 0xE5, 4];
                b.extend(t.as_bytes());
                seeds.push((n.clone(), b));
            }
            let joined: Vec<&str> = texts.iter().take(6).map(|(_, t)| t.as_str()).collect();
            let mut b = vec![1, 0x07, 0xE5, 4];
            b.extend(joined.join("\u{1e}").as_bytes());
            seeds.push(("several_documents".into(), b));
        }
        "import_json" | "import_jsonl" => {
            let records: Vec<serde_json::Value> = texts
                .iter()
                .map(|(n, t)| {
                    let (date, body) = split_header(t);
                    serde_json::json!({ "id": n, "date": date, "title": body.lines().next().unwrap_or(""), "text": body })
                })
                .collect();
            if target == "import_json" {
                seeds.extend(fixtures(&["json"]));
                for (i, chunk) in records.chunks(4).enumerate() {
                    seeds.push((format!("records_{i}.json"), serde_json::to_vec_pretty(chunk).map_err(|e| e.to_string())?));
                }
                let wrapped = serde_json::json!({ "articles": records.iter().take(3).collect::<Vec<_>>() });
                seeds.push(("wrapped.json".into(), serde_json::to_vec(&wrapped).map_err(|e| e.to_string())?));
            } else {
                seeds.extend(fixtures(&["jsonl"]));
                for (i, chunk) in records.chunks(4).enumerate() {
                    let lines: Vec<String> = chunk.iter().map(|r| r.to_string()).collect();
                    seeds.push((format!("records_{i}.jsonl"), lines.join("\n").into_bytes()));
                }
            }
        }
        "import_csv" => {
            seeds.extend(fixtures(&["csv", "tsv"]));
            let mut paths = Vec::new();
            files(&root().join("tests/data/export"), &["csv"], &mut paths);
            seeds.extend(paths.into_iter().filter_map(|p| Some((label(&p), std::fs::read(&p).ok()?))));
            for (i, chunk) in texts.chunks(4).enumerate() {
                let mut csv = String::from("date,title,text\r\n");
                for (_, t) in chunk {
                    let (date, body) = split_header(t);
                    let title = body.lines().next().unwrap_or("");
                    csv.push_str(&format!("{},{},{}\r\n", csv_cell(&date), csv_cell(title), csv_cell(&body)));
                }
                seeds.push((format!("records_{i}.csv"), csv.into_bytes()));
            }
        }
        "import_html" => {
            seeds.extend(fixtures(&["html", "htm"]));
            for (n, t) in &texts {
                let (date, body) = split_header(t);
                let paras: String = body.split("\n\n").map(|p| format!("<p>{}</p>\n", html_escape(p))).collect();
                let page = format!(
                    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{}</title>\
                     <meta property=\"article:published_time\" content=\"{date}T10:00:00Z\">\
                     <style>p {{ margin: 0 }}</style><script>var x = '<p>';</script></head>\n\
                     <body><nav><a href=\"/\">Home</a></nav><article><h1>{}</h1><time datetime=\"{date}\">{date}</time>\n{paras}\
                     </article><!-- comment --><footer>&copy; 2022</footer></body></html>\n",
                    html_escape(body.lines().next().unwrap_or("")),
                    html_escape(body.lines().next().unwrap_or("")),
                );
                seeds.push((format!("{n}.html"), page.into_bytes()));
            }
        }
        "import_zip" => {
            seeds.extend(fixtures(&["zip"]));
            let all = fixtures(&["txt", "md", "html", "json", "jsonl", "csv"]);
            for (method, label) in [(zip::CompressionMethod::Deflated, "deflated"), (zip::CompressionMethod::Stored, "stored")] {
                let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                let opts = zip::write::SimpleFileOptions::default().compression_method(method);
                for (name, bytes) in &all {
                    w.start_file(format!("docs/{name}"), opts).map_err(|e| e.to_string())?;
                    w.write_all(bytes).map_err(|e| e.to_string())?;
                }
                let z = w.finish().map_err(|e| e.to_string())?.into_inner();
                seeds.push((format!("fixtures_{label}.zip"), z));
            }
        }
        _ => return Err(format!("no seeds for `{target}`")),
    }
    let mut n = 0;
    for (name, bytes) in seeds.iter().filter(|(_, b)| b.len() <= MAX_LEN) {
        let path = dir.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        n += 1;
    }
    Ok(n)
}
