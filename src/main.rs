//! `chronicle`: the native command-line tool over the same engine the page uses.

use chronicle::corpus::{Corpus, Document};
use chronicle::export::{self, Format};
use chronicle::extract::{analyze_corpus, Report};
use chronicle::import;
use chronicle::state::Library;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The engine allocates many small strings and lists; mimalloc serves them faster than
/// the system allocator (the page's wasm keeps Rust's own).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
chronicle: find what happened, when, where and who was involved in dated documents

USAGE:
    chronicle extract PATH...                  print JSON extraction results for files or folders
    chronicle export --format FORMAT PATH...   print the events or entities as CSV or JSON
    chronicle --help | --version

Run `chronicle extract --help` or `chronicle export --help` for details.
";

const FORMATS_HELP: &str = "\
FILES:
    Every file goes through the same import as the page:
      .txt .md (and any other name)  the document format: a header `date YYYY-MM-DD`, then
                                     the text (the header may share its line with the first
                                     sentence). Without a header, the date comes from a
                                     YYYY-MM-DD in the file name, else from a date line among
                                     the first lines (`Date: 5 January 2022`), else the
                                     document is kept as undated.
      .html .htm                     the visible text (scripts, styles, frames dropped), the
                                     <title> first; dated by its metadata or as above.
      .json .jsonl .ndjson           records (objects): the text, date, title and id fields
                                     are chosen by their usual names (text/body/content,
                                     date/published/…, title/headline, id/url/slug).
      .csv .tsv                      the same, with a header row.
      .zip                           every entry of the archive (one level of nesting).
    Text may be UTF-8, UTF-16 or Windows-1252. Folders are searched recursively for files
    with these extensions (a folder's README, LICENSE or CHANGELOG is skipped); files named
    directly are read whatever their name. Files that cannot be used (empty, binary,
    malformed, too large) are reported on standard error with the reason and skipped;
    notes (columns chosen, encoding guessed) go to standard error too.
";

const EXTRACT_HELP: &str = "\
chronicle extract PATH...

Prints a JSON array with one object per document:
  {\"id\", \"date\", \"timexes\": [{\"text\",\"start\",\"end\",\"type\",\"value\"}],
   \"entities\": [{\"text\",\"start\",\"end\",\"kind\",\"canonical\"}],
   \"figures\": [{\"text\",\"start\",\"end\",\"kind\",\"min\",\"max\",\"approximate\",\"unit\"}],
   \"events\": [{\"type\",\"date\",\"precision\",\"place\",\"actors\",\"figures\",\"evidence\"}],
   \"warnings\": [...]}
Offsets are UTF-8 byte offsets into the document's text: for a UTF-8 file in the
document format, the whole file, header included.

EXIT STATUS: 0 on success, 2 when a path cannot be read or the usage is wrong.
";

const EXPORT_HELP: &str = "\
chronicle export --format FORMAT PATH...

Reads the files as `extract` does and prints every event (or entity) to standard output:
  --format acled-csv     one row per event: event_date, time_precision (1 day, 2 week or
                         month, 3 vaguer), event_type, actor1, assoc_actors, location, admin1,
                         country, latitude, longitude (where the place is known), fatalities
                         (lower bound of the killed figure, else 0), notes (the evidence
                         sentence), source (the document id)
  --format events-json   a JSON array: the events of `extract` plus document, document_date
                         and sentence
  --format entities-csv  canonical, kind, mentions, documents, aliases
  --format timelinejs    a TimelineJS story timeline (JSON), one slide per dated event

EXIT STATUS: 0 on success, 2 when a path cannot be read or the usage is wrong.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wants_help = |rest: &[String]| rest.iter().any(|a| a == "-h" || a == "--help");
    let result = match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{HELP}\n{FORMATS_HELP}");
            return ExitCode::SUCCESS;
        }
        Some("-V" | "--version") => {
            println!("chronicle {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some("extract") if wants_help(&args[1..]) => {
            print!("{EXTRACT_HELP}\n{FORMATS_HELP}");
            return ExitCode::SUCCESS;
        }
        Some("export") if wants_help(&args[1..]) => {
            print!("{EXPORT_HELP}\n{FORMATS_HELP}");
            return ExitCode::SUCCESS;
        }
        Some("extract") => extract(&args[1..]),
        Some("export") => export_command(&args[1..]),
        Some(other) => Err(format!("unknown command `{other}` (see --help)")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            let command = args.first().map_or("", String::as_str);
            eprintln!("chronicle {command}: {msg}");
            ExitCode::from(2)
        }
    }
}

fn extract(paths: &[String]) -> Result<(), String> {
    let docs = read_paths(paths)?;
    let analyses = analyze_corpus(&docs);
    let reports: Vec<Report> = docs.iter().zip(&analyses).map(|(d, a)| Report::new(d, a)).collect();
    let json = serde_json::to_string_pretty(&reports).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

fn export_command(args: &[String]) -> Result<(), String> {
    let mut format = None;
    let mut paths = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = match a.strip_prefix("--format") {
            Some("") => it.next().cloned(),
            Some(v) if v.starts_with('=') => Some(v[1..].to_string()),
            _ => {
                paths.push(a.clone());
                continue;
            }
        };
        let known: Vec<&str> = Format::ALL.iter().map(|f| f.key()).collect();
        let value = value.ok_or_else(|| format!("--format needs one of {}", known.join(", ")))?;
        format = Some(Format::parse(&value).ok_or_else(|| format!("unknown format `{value}`: use one of {}", known.join(", ")))?);
    }
    let format = format.ok_or("give --format (see --help)")?;
    let docs = read_paths(&paths)?;
    let lib = Library::new(Corpus { documents: docs, rejected: Vec::new() });
    let rows: Vec<usize> = (0..lib.index.events.len()).collect();
    let all_docs: Vec<usize> = (0..lib.documents.len()).collect();
    print!("{}", export::export(format, &lib, &rows, &all_docs));
    if matches!(format, Format::EventsJson | Format::TimelineJs) {
        println!();
    }
    Ok(())
}

/// Reads every file under the paths through the import, reporting rejects and notes on
/// standard error.
fn read_paths(paths: &[String]) -> Result<Vec<Document>, String> {
    if paths.is_empty() {
        return Err("give at least one file or folder (see --help)".into());
    }
    let mut files = Vec::new();
    for p in paths {
        collect(Path::new(p), true, &mut files)?;
    }
    let mut docs: Vec<Document> = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).map_err(|e| format!("cannot read `{}`: {e}", f.display()))?;
        let got = import::read_file(&f.to_string_lossy(), &bytes);
        for n in &got.notes {
            eprintln!("note: {n}");
        }
        for r in &got.rejected {
            eprintln!("warning: {}", r.message());
        }
        for d in got.documents {
            for w in &d.warnings {
                eprintln!("warning: {}: {}", d.name, w.message());
            }
            docs.push(d);
        }
    }
    Ok(docs)
}

/// A folder's own README or LICENSE describes the folder; it is not a document.
fn is_readme(path: &Path) -> bool {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_ascii_uppercase()).unwrap_or_default();
    matches!(stem.as_str(), "README" | "LICENSE" | "LICENCE" | "CHANGELOG")
}

/// Extensions read when a folder is searched.
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "csv", "tsv", "zip"];

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
    } else if named || (is_importable(path) && !is_readme(path)) {
        out.push(path.to_path_buf());
    }
    Ok(())
}

fn is_importable(path: &Path) -> bool {
    path.extension().is_some_and(|x| EXTENSIONS.iter().any(|e| x.eq_ignore_ascii_case(e)))
}
