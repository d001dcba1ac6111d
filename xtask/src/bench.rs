//! Inputs for the benchmarks: the synthetic corpus built from the seed and the test
//! documents (see `chronicle::synthetic`), written to a folder.

use crate::{root, Result};
use std::path::Path;

/// The seed and every golden test document, as `(name, text)`.
pub fn sources() -> Vec<(String, String)> {
    let mut dirs = vec![root().join("seeds")];
    for aspect in ["timexes", "entities", "figures", "events"] {
        dirs.push(root().join("tests/data").join(aspect));
    }
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        files.sort();
        for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
            if let Ok(text) = std::fs::read_to_string(f) {
                // Prefixed with the folder: the same file name recurs across aspects.
                let folder = dir.file_name().unwrap_or_default().to_string_lossy();
                out.push((format!("{folder}-{}", f.file_name().unwrap_or_default().to_string_lossy()), text));
            }
        }
    }
    out
}

/// Writes synthetic documents into `dir` (emptied first): exactly `docs` of them, or
/// with `docs == 0` as many as make `min_bytes`. Returns how many and their bytes.
pub fn write_synthetic_corpus(dir: &Path, docs: usize, min_bytes: usize) -> Result<(usize, usize)> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files = chronicle::synthetic::corpus(&sources(), docs, min_bytes);
    if docs > 0 {
        files.truncate(docs);
    }
    let mut bytes = 0;
    for (name, text) in &files {
        bytes += text.len();
        std::fs::write(dir.join(name), text).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok((files.len(), bytes))
}

/// Writes a JSON Lines file of `docs` synthetic documents (`{"id","date","text"}` a line),
/// repeated until it holds at least `min_bytes`. Returns how many and the file's bytes.
pub fn write_synthetic_jsonl(file: &Path, docs: usize, min_bytes: usize) -> Result<(usize, usize)> {
    if let Some(dir) = file.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    // Bodies long enough that `docs` of them make `min_bytes`.
    let mut files = chronicle::synthetic::corpus(&sources(), docs, min_bytes);
    files.truncate(docs);
    let mut out = String::new();
    for (name, text) in &files {
        let (date, body) = chronicle::synthetic::split_header(text).unwrap_or(("", text));
        let repeat = (min_bytes / docs.max(1) / body.len().max(1)).max(1);
        // A first sentence of its own, so that no two documents are the same text.
        let text = format!("Report {name} of {date}.\n\n{}", body.trim().repeat(repeat));
        let line = serde_json::json!({ "id": name, "date": date, "text": text });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    std::fs::write(file, &out).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok((files.len(), out.len()))
}

/// A hostile file's name and what writes its bytes (called only when the file is missing).
type HostileFile<'a> = (&'a str, Box<dyn Fn() -> Vec<u8> + 'a>);

/// Writes the hostile files of `cargo xtask bench hostile` into `dir` (kept between runs):
/// what the hardening issue lists, at sizes the page must live through. Returns their paths.
pub fn write_hostile_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let sentence = "Workers in Leeds went on strike on 4 May and police detained 12 of them. ";
    let mut files: Vec<HostileFile> = vec![
        ("single-line-200mb.txt", Box::new(|| format!("date 2023-05-04 {}", sentence.repeat(200_000_000 / sentence.len())).into_bytes())),
        ("single-line-60mb.txt", Box::new(|| {
            // Every sentence different, so that no part of it is a duplicate of another.
            let line: String = (0..60_000_000 / (sentence.len() + 8)).map(|i| format!("{} ({i}). ", sentence.trim_end().trim_end_matches('.'))).collect();
            format!("date 2023-05-04 {line}").into_bytes()
        })),
        ("deep.json", Box::new(|| "[".repeat(1_000_000).into_bytes())),
        ("noise.png", Box::new(|| {
            let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
            (0..8_000_000).map(|_| { x ^= x << 13; x ^= x >> 7; x ^= x << 17; x as u8 }).collect()
        })),
        ("ragged.csv", Box::new(|| {
            let mut s = String::from("date,text,source\n");
            for i in 0..100_000 {
                match i % 3 {
                    0 => s.push_str(&format!("2023-05-{:02},\"{sentence}\n{sentence}\",wire\n", i % 28 + 1)),
                    1 => s.push_str(&format!("2023-06-{:02},{}\n", i % 28 + 1, sentence.trim())),
                    _ => s.push_str(&format!("2023-07-01,\"{sentence}\",a,b,c,d\n")),
                }
            }
            s.into_bytes()
        })),
        ("tiny-records.jsonl", Box::new(|| {
            (0..100_000).map(|i| format!("{{\"date\":\"2023-05-{:02}\",\"text\":\"Strike {i} in Leeds.\"}}\n", i % 28 + 1)).collect::<String>().into_bytes()
        })),
    ];
    files.push(("bomb.zip", Box::new(|| {
        // 20 entries of 64 MiB of zeros each: 1.3 GB inflated from about 1.3 MB.
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let zeros = vec![0u8; 64 << 20];
        for i in 0..20 {
            let _ = zip.start_file(format!("zeros-{i}.txt"), options);
            let _ = std::io::Write::write_all(&mut zip, &zeros);
        }
        let _ = zip.finish();
        out.into_inner()
    })));
    let mut paths = Vec::new();
    for (name, make) in files {
        let path = dir.join(name);
        if !path.exists() {
            std::fs::write(&path, make()).map_err(|e| format!("{}: {e}", path.display()))?;
        }
        paths.push(path);
    }
    Ok(paths)
}
