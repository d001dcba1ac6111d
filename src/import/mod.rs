//! Import: any file a user brings, as bytes, to documents. One entry point,
//! [`read_file`], for the page and the CLI alike; pure (no IO) and total (any bytes give
//! documents, rejected files with a reason, and notes — never a panic).
//!
//! The format follows the file's extension, never a guess from its content (a `.txt`
//! holding HTML stays text); only the text encoding is sniffed:
//! - `.txt`, `.md` and anything else: the document format (`date YYYY-MM-DD` header then
//!   text); without a header the date comes from a `YYYY-MM-DD` in the file name, else from
//!   the first date line of the text, else the document is undated;
//! - `.html`, `.htm`, `.xhtml`: the visible text ([`html`]);
//! - `.json`, `.jsonl` / `.ndjson`, `.csv`, `.tsv`: records ([`records`]);
//! - `.zip`: every entry, one level of nested archives ([`archive`]);
//! - `.pdf`, `.docx`, …: refused with a message saying so.

mod archive;
pub mod dates;
pub mod decode;
pub mod html;
pub mod records;

use crate::corpus::{base_name, header_date, stem, Document, RejectReason, Rejected, Warning};
use chrono::NaiveDate;
use dates::Found;
use serde::Serialize;

pub use archive::clean_name;

/// What one file yielded.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Imported {
    /// Documents in the order they were found (records in file order, entries in archive order).
    pub documents: Vec<Document>,
    /// Files, archive entries and record lines that could not be used, with the reason.
    pub rejected: Vec<Rejected>,
    /// Things the user may want to know that did not stop anything: which columns were
    /// used, records skipped, the encoding guessed. Each starts with the file name.
    pub notes: Vec<String>,
}

impl Imported {
    /// Appends another file's outcome.
    pub fn extend(&mut self, other: Imported) {
        self.documents.extend(other.documents);
        self.rejected.extend(other.rejected);
        self.notes.extend(other.notes);
    }
}

/// How much an import may take in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest file, or archive entry once inflated, in bytes.
    pub max_file: u64,
    /// Most bytes all the archives of one file may inflate to, together.
    pub max_archive_total: u64,
    /// Most entries an archive may hold.
    pub max_entries: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { max_file: 64 << 20, max_archive_total: 512 << 20, max_entries: 10_000 }
    }
}

/// Reads one file with the default [`Limits`]. `name` is its file name (a path is cut to
/// the last component); the extension chooses the format.
pub fn read_file(name: &str, bytes: &[u8]) -> Imported {
    read_file_with(name, bytes, &Limits::default())
}

/// [`read_file`] with other limits.
pub fn read_file_with(name: &str, bytes: &[u8], limits: &Limits) -> Imported {
    let mut reader = Reader { limits: *limits, unpacked: 0, out: Imported::default() };
    reader.read_into(base_name(name), bytes, 0);
    reader.out
}

/// `name` without the invisible characters that reorder text (bidi embeddings, overrides,
/// isolates and marks): in a file name they only serve to disguise it, as
/// `report-\u{202E}txt.exe` shown as `report-exe.txt`.
fn plain_name(name: &str) -> std::borrow::Cow<'_, str> {
    let reorders = |c: char| matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if name.contains(reorders) {
        name.replace(reorders, "").into()
    } else {
        name.into()
    }
}

/// The formats, as the extension says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Json,
    Jsonl,
    Csv,
    Tsv,
    Zip,
    Unsupported(&'static str),
}

fn format_of(name: &str) -> Format {
    let base = base_name(name);
    let ext = match base.rfind('.') {
        Some(i) if i > 0 => base[i + 1..].to_ascii_lowercase(),
        _ => String::new(),
    };
    match ext.as_str() {
        "html" | "htm" | "xhtml" => Format::Html,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::Jsonl,
        "csv" => Format::Csv,
        "tsv" | "tab" => Format::Tsv,
        "zip" => Format::Zip,
        "pdf" => Format::Unsupported("PDF"),
        "doc" | "docx" | "odt" | "rtf" | "pages" => Format::Unsupported("Word-processor"),
        "xls" | "xlsx" | "ods" | "numbers" => Format::Unsupported("Spreadsheet"),
        "epub" => Format::Unsupported("EPUB"),
        "gz" | "tgz" | "7z" | "rar" | "tar" | "bz2" | "xz" => Format::Unsupported("gzip, 7z, rar or tar"),
        _ => Format::Text,
    }
}

/// One import in progress: the limits, the bytes inflated so far, what was found.
pub(crate) struct Reader {
    limits: Limits,
    unpacked: u64,
    out: Imported,
}

impl Reader {
    /// Reads one file or archive entry shown as `name` (its extension chooses the format).
    fn read_into(&mut self, name: &str, bytes: &[u8], depth: usize) {
        let name = &*plain_name(name);
        let format = format_of(name);
        let size_limit = if format == Format::Zip { self.limits.max_archive_total } else { self.limits.max_file };
        let reject = |reason| Rejected::new(name, reason);
        if bytes.len() as u64 > size_limit {
            self.out.rejected.push(reject(RejectReason::TooLarge { limit: size_limit }));
            return;
        }
        if bytes.iter().all(u8::is_ascii_whitespace) {
            self.out.rejected.push(reject(RejectReason::Empty));
            return;
        }
        // a binary format is named unless the file is plainly text after all
        let plainly_text = |b: &[u8]| !b.contains(&0) && std::str::from_utf8(b).map_or_else(|e| e.error_len().is_none(), |_| true);
        match format {
            Format::Zip => return archive::read(self, name, bytes, depth),
            Format::Unsupported(what) if !plainly_text(&bytes[..bytes.len().min(4096)]) => {
                self.out.rejected.push(reject(RejectReason::Unsupported { format: what.to_string() }));
                return;
            }
            _ => {}
        }
        let decoded = match decode::decode(bytes) {
            Ok(d) => d,
            Err(reason) => {
                self.out.rejected.push(reject(reason));
                return;
            }
        };
        if let Some(note) = decoded.note() {
            self.out.notes.push(format!("{name}: {note}"));
        }
        let out = &mut self.out;
        let (text, warnings) = (decoded.text, decoded.warnings);
        match format {
            Format::Json | Format::Jsonl | Format::Csv | Format::Tsv => {
                for w in &warnings {
                    out.notes.push(format!("{name}: {}", w.message()));
                }
                match format {
                    Format::Json => records::json(name, &text, out),
                    Format::Jsonl => records::jsonl(name, &text, out),
                    _ => records::csv(name, &text, format == Format::Tsv, out),
                }
            }
            Format::Html => push(out, html_document(name, &text, warnings)),
            _ => push(out, text_document(name, text, warnings)),
        }
    }
}

fn push(out: &mut Imported, r: Result<Document, Rejected>) {
    match r {
        Ok(d) => out.documents.push(d),
        Err(r) => out.rejected.push(r),
    }
}

/// The document id for a file shown as `name` (perhaps `archive.zip/dir/a.txt`): `a`.
fn id_of(name: &str) -> &str {
    stem(base_name(name))
}

/// A text file: the document format, or a headerless text dated from its name or lines.
fn text_document(name: &str, text: String, mut warnings: Vec<Warning>) -> Result<Document, Rejected> {
    match header_date(&text) {
        Some((Some(date), end, _)) => Document::build(name, id_of(name), Some(date), text, end, warnings),
        Some((None, end, problem)) => {
            // `Date: 5 January 2022` is a header in another form
            if let Some((Found::Date(d), _, Some(line_end))) = dates::first_date_line(&text) {
                return Document::build(name, id_of(name), Some(d), text, line_end, warnings);
            }
            warnings.splice(0..0, problem);
            Document::build(name, id_of(name), None, text, end, warnings)
        }
        None => {
            let (date, end) = date_from_name_or_text(name, &text, &mut warnings);
            Document::build(name, id_of(name), date, text, end, warnings)
        }
    }
}

/// A web page: its visible text, dated by its metadata, else as a headerless text.
fn html_document(name: &str, html: &str, mut warnings: Vec<Warning>) -> Result<Document, Rejected> {
    let page = html::page(html.trim_start_matches('\u{FEFF}'));
    let meta = page.date.as_deref().map(dates::parse_field);
    let (date, end) = match meta {
        Some(Found::Date(d)) => (Some(d), 0),
        _ => date_from_name_or_text(name, &page.text, &mut warnings),
    };
    Document::build(name, id_of(name), date, page.text, end, warnings)
}

/// The date in a file name, else [`date_from_text`].
fn date_from_name_or_text(name: &str, text: &str, warnings: &mut Vec<Warning>) -> (Option<NaiveDate>, usize) {
    match dates::in_name(base_name(name)) {
        Found::Date(d) => (Some(d), 0),
        Found::OutOfRange => {
            warnings.push(Warning::DateOutOfRange { found: base_name(name).to_string() });
            (None, 0)
        }
        Found::NotADate => date_from_text(text, warnings),
    }
}

/// The first date line of a text (and, when it is the first line, where the body
/// starts after it); else a [`Warning::NoDate`].
pub(crate) fn date_from_text(text: &str, warnings: &mut Vec<Warning>) -> (Option<NaiveDate>, usize) {
    match dates::first_date_line(text) {
        Some((Found::Date(d), _, end)) => (Some(d), end.unwrap_or(0)),
        Some((_, line, _)) => {
            warnings.push(Warning::DateOutOfRange { found: line });
            (None, 0)
        }
        None => {
            warnings.push(Warning::NoDate);
            (None, 0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(name: &str, bytes: &[u8]) -> Document {
        let got = read_file(name, bytes);
        assert!(got.rejected.is_empty(), "{:?}", got.rejected);
        got.documents.into_iter().next().expect("a document")
    }

    #[test]
    fn names_lose_the_characters_that_would_disguise_them() {
        let d = one("report-\u{202E}txt.exe.txt", b"date 2023-06-01\nText.");
        assert_eq!((d.name.as_str(), d.id.as_str()), ("report-txt.exe.txt", "report-txt.exe"));
        let r = read_file("\u{2067}a\u{2069}.exe", b"MZ\0\0");
        assert!(r.rejected[0].message().starts_with("a.exe: "), "{:?}", r.rejected);
    }

    #[test]
    fn corpus_format_is_read_as_before() {
        let bytes = b"date 2022-01-05\nDock workers struck in Oakvale.";
        let d = one("a/b/strike.txt", bytes);
        assert_eq!(d, crate::corpus::read_document("strike.txt", bytes).unwrap());
    }

    #[test]
    fn headerless_text_is_dated_from_its_name_then_its_first_lines() {
        let d = one("notes-2022-01-05.md", b"# Strike\n\nWorkers walked out.");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 1, 5));
        assert!(d.warnings.is_empty());
        assert_eq!(d.title(), "# Strike");
        let d = one("notes.md", b"Date: 5 January 2022\n\nWorkers walked out.");
        assert_eq!(d.date, NaiveDate::from_ymd_opt(2022, 1, 5));
        assert_eq!(d.title(), "Workers walked out.", "the date line is a header");
        let d = one("notes.txt", b"Workers walked out.");
        assert_eq!((d.date, d.warnings.as_slice()), (None, &[Warning::NoDate][..]));
        let d = one("0000-01-01.txt", b"Workers walked out.");
        assert_eq!(d.warnings, [Warning::DateOutOfRange { found: "0000-01-01.txt".into() }]);
    }

    #[test]
    fn a_txt_holding_html_stays_text() {
        let d = one("page.txt", b"<p>date 2022-01-05</p><script>x()</script>");
        assert!(d.text.contains("<script>"));
        assert_eq!(d.date, None);
    }

    #[test]
    fn unusable_files_say_why() {
        let msg = |name: &str, bytes: &[u8]| read_file(name, bytes).rejected.iter().map(Rejected::message).collect::<Vec<_>>();
        assert_eq!(msg("e.txt", b" \n\t"), ["e.txt: the file is empty and was skipped"]);
        assert_eq!(msg("x.pdf", b"%PDF-1.7\n\x00\xff"), ["x.pdf: PDF files cannot be read (save it as text, HTML, CSV or JSON, or a zip of those); skipped"]);
        assert_eq!(msg("img.bin", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), ["img.bin: the file is binary (it contains NUL bytes), not text, and was skipped"]);
        let limits = Limits { max_file: 10, ..Limits::default() };
        let got = read_file_with("big.txt", &[b'a'; 11], &limits);
        assert_eq!(got.rejected[0].reason, RejectReason::TooLarge { limit: 10 });
    }
}
