//! `chronicle`: the native command-line tool over the same engine the page uses.

use chronicle::corpus::{read_document, Document};
use chronicle::extract::{analyze_corpus, Report};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const HELP: &str = "\
chronicle: find what happened, when, where and who was involved in dated documents

USAGE:
    chronicle extract PATH...     print JSON extraction results for files or folders
    chronicle --help | --version

A document is a text file that starts with a header `date YYYY-MM-DD` followed by its
text (the header may share its line with the first sentence). Folders are searched
recursively for *.txt and *.md files (a folder's README, LICENSE or CHANGELOG is skipped);
files named directly are read whatever their name.

`extract` prints a JSON array with one object per document:
  {\"id\", \"date\", \"timexes\": [{\"text\",\"start\",\"end\",\"type\",\"value\"}],
   \"entities\": [{\"text\",\"start\",\"end\",\"kind\",\"canonical\"}],
   \"figures\": [{\"text\",\"start\",\"end\",\"kind\",\"min\",\"max\",\"approximate\",\"unit\"}],
   \"events\": [{\"type\",\"date\",\"precision\",\"place\",\"actors\",\"figures\",\"evidence\"}],
   \"warnings\": [...]}
Offsets are UTF-8 byte offsets into the whole file, header included. Files that cannot
be used (empty, binary) are reported on standard error and skipped.

EXIT STATUS: 0 on success, 2 when a path cannot be read or the usage is wrong.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("chronicle {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("extract") => {
            let paths = &args[1..];
            if paths.iter().any(|a| a == "-h" || a == "--help") {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            if paths.is_empty() {
                eprintln!("chronicle extract: give at least one file or folder (see --help)");
                return ExitCode::from(2);
            }
            match extract(paths) {
                Ok(()) => ExitCode::SUCCESS,
                Err(msg) => {
                    eprintln!("chronicle extract: {msg}");
                    ExitCode::from(2)
                }
            }
        }
        Some(other) => {
            eprintln!("chronicle: unknown command `{other}` (see --help)");
            ExitCode::from(2)
        }
    }
}

fn extract(paths: &[String]) -> Result<(), String> {
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), true, &mut files)?;
    }
    let mut docs: Vec<Document> = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).map_err(|e| format!("cannot read `{}`: {e}", f.display()))?;
        match read_document(&f.to_string_lossy(), &bytes) {
            Ok(d) => {
                for w in &d.warnings {
                    eprintln!("warning: {}: {}", d.name, w.message());
                }
                docs.push(d);
            }
            Err(r) => eprintln!("warning: {}", r.message()),
        }
    }
    let analyses = analyze_corpus(&docs);
    let reports: Vec<Report> = docs.iter().zip(&analyses).map(|(d, a)| Report::new(d, a)).collect();
    let json = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

/// A folder's own README or LICENSE describes the folder; it is not a document.
fn is_readme(path: &Path) -> bool {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_ascii_uppercase()).unwrap_or_default();
    matches!(stem.as_str(), "README" | "LICENSE" | "LICENCE" | "CHANGELOG")
}

fn collect(path: &Path, named: bool, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    if meta.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("cannot list `{}`: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        for e in entries {
            collect(&e, false, out)?;
        }
    } else if named || (path.extension().is_some_and(|x| x == "txt" || x == "md") && !is_readme(path)) {
        out.push(path.to_path_buf());
    }
    Ok(())
}
