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
