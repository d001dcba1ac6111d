//! Hostile input, natively: each class of file a user (or an attacker handing a user a
//! file) may bring, through the same functions the page's import worker runs
//! (`import::read_file`, `ingest::build`), asserting the exact message the user reads in
//! the import report — or, where the file is fine, that it is read safely.

use chronicle::corpus::{Document, Rejected};
use chronicle::extract::analyze_corpus;
use chronicle::import::{read_file, Imported};
use chronicle::ingest::{build, ImportReport};
use std::io::Write;

/// What the import report shows for these files, imported into an empty corpus.
fn report(files: &[(&str, &[u8])]) -> ImportReport {
    let files: Vec<(String, Vec<u8>)> = files.iter().map(|(n, b)| (n.to_string(), b.to_vec())).collect();
    build(Vec::new(), &files, Vec::new(), &mut |_| {}).report
}

/// The problems the report lists for one file.
fn problems(name: &str, bytes: &[u8]) -> Vec<String> {
    report(&[(name, bytes)]).problems
}

fn messages(got: &Imported) -> Vec<String> {
    got.rejected.iter().map(Rejected::message).collect()
}

fn only_document(got: Imported) -> Document {
    assert!(got.rejected.is_empty(), "{:?}", messages(&got));
    assert_eq!(got.documents.len(), 1);
    got.documents.into_iter().next().unwrap()
}

/// Every span of the analysis lies in the document's text on character boundaries.
fn analysed_safely(docs: &[Document]) {
    let analyses = analyze_corpus(docs);
    for (d, a) in docs.iter().zip(&analyses) {
        let spans = a.timexes.iter().map(|t| t.span).chain(a.mentions.iter().map(|m| m.span)).chain(a.figures.iter().map(|f| f.span));
        for s in spans.chain(a.events.iter().flat_map(|e| [e.evidence, e.sentence])) {
            assert!(d.text.get(s.start..s.end).is_some(), "{s:?} in {:?}", d.name);
        }
    }
}

fn utf16le(s: &str, bom: bool) -> Vec<u8> {
    let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
    v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
    v
}

#[test]
fn empty_files() {
    for bytes in [&b""[..], b"   \n\t\r\n", b"\xEF\xBB\xBF"] {
        assert_eq!(problems("empty.txt", bytes), ["empty.txt: the file is empty and was skipped"], "{bytes:?}");
    }
    assert_eq!(problems("header-only.txt", b"date 2022-01-05\n\n"), ["header-only.txt: the file is empty and was skipped"]);
    assert_eq!(problems("e.json", b""), ["e.json: the file is empty and was skipped"]);
    assert_eq!(problems("e.json", b"[]"), ["e.json: no text to read (it holds no records); skipped"]);
    assert_eq!(problems("e.csv", b"date,text\n"), ["e.csv: no text to read (every `text` cell is empty); skipped"]);
    assert_eq!(problems("e.html", b"<html><body><script>x()</script></body></html>"), ["e.html: the file is empty and was skipped"]);
}

#[test]
fn binary_files_and_images() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0\x1f\xf3\xffa";
    let jpeg = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xDB\0C\0";
    let binary = "the file is binary (it contains NUL bytes), not text, and was skipped";
    assert_eq!(problems("photo.png", png), [format!("photo.png: {binary}")]);
    assert_eq!(problems("photo.jpg", jpeg), [format!("photo.jpg: {binary}")]);
    // the format follows the extension: a renamed image is still refused, wherever it is
    for name in ["photo.txt", "photo.json", "photo.jsonl", "photo.csv", "photo.html"] {
        assert_eq!(problems(name, png), [format!("{name}: {binary}")]);
    }
    assert_eq!(problems("notes.txt", b"Workers struck\0 in Aktau."), [format!("notes.txt: {binary}")]);
    assert_eq!(
        problems("photo.zip", png),
        ["photo.zip: not a readable zip archive (invalid Zip archive: Could not find EOCD); skipped"]
    );
    assert_eq!(
        problems("scan.pdf", b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< >>\n\0"),
        ["scan.pdf: PDF files cannot be read (save it as text, HTML, CSV or JSON, or a zip of those); skipped"]
    );
    // random bytes without NULs: too many invalid sequences to be text
    let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8 | 0x80).collect();
    assert_eq!(problems("noise.txt", &noise), ["noise.txt: the file is not text in UTF-8, UTF-16 or Windows-1252 and was skipped"]);
}

#[test]
fn invalid_utf8_is_replaced_and_said() {
    let bytes = "date 2022-01-05\nGrève à Montréal: les dockers d’Aktau".bytes().chain(*b"\xFF\xFE en gr\xC3ve.").collect::<Vec<u8>>();
    assert_eq!(problems("bad.txt", &bytes), ["bad.txt: 3 invalid UTF-8 sequences were replaced with \u{FFFD}"]);
    let d = only_document(read_file("bad.txt", &bytes));
    assert!(d.text.ends_with("d’Aktau\u{FFFD}\u{FFFD} en gr\u{FFFD}ve."), "{}", d.text);
    analysed_safely(&[d]);
    // bytes above 0x7F in otherwise plain text are single-byte Latin text, and said so
    let latin = b"date 2022-01-05\nWorkers struck in Akta\xFF\xFEu on 4 January, \xC3 then marched.";
    let r = report(&[("latin.txt", latin)]);
    assert_eq!((r.problems.len(), r.notes.as_slice()), (0, &["latin.txt: not UTF-8: decoded as Windows-1252 (Western European); check accented letters".to_string()][..]));
    // in a record file the note is about the file, then each record is read
    let got = read_file("bad.jsonl", "{\"text\": \"Grève à Aktau".bytes().chain(*b"\xFF.\"}\n").collect::<Vec<u8>>().as_slice());
    assert_eq!(got.notes[0], "bad.jsonl: 1 invalid UTF-8 sequence was replaced with \u{FFFD}");
    assert_eq!(got.documents[0].text, "Grève à Aktau\u{FFFD}.");
}

#[test]
fn utf16_with_and_without_byte_order_mark() {
    let text = "date 2022-01-05\nDock workers struck in Żary on 4 January.";
    for (bom, bytes) in [(true, utf16le(text, true)), (false, utf16le(text, false))] {
        let r = report(&[("u16.txt", &bytes)]);
        assert_eq!(r.notes, ["u16.txt: decoded as UTF-16 (little-endian)"], "bom {bom}");
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        let d = only_document(read_file("u16.txt", &bytes));
        assert_eq!((d.text.as_str(), d.date.map(|d| d.to_string())), (text, Some("2022-01-05".into())));
    }
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(report(&[("be.txt", &be)]).notes, ["be.txt: decoded as UTF-16 (big-endian)"]);
    // a lone surrogate and an odd last byte
    let mut broken = utf16le("date 2022-01-05\nWorkers struck", true);
    broken.extend([0x00, 0xD8]);
    broken.extend(utf16le(" in Aktau.", false));
    broken.push(b'!');
    assert_eq!(problems("broken16.txt", &broken), ["broken16.txt: 2 invalid UTF-16 code units were replaced with \u{FFFD}"]);
    // UTF-16 records
    let csv = utf16le("date,text\n2022-01-05,Workers struck in Aktau.\n", true);
    let got = read_file("u16.csv", &csv);
    assert_eq!(got.documents[0].text, "Workers struck in Aktau.");
    assert_eq!(got.notes[0], "u16.csv: decoded as UTF-16 (little-endian)");
}

#[test]
fn a_200_mb_single_line_is_refused_with_a_clear_message() {
    let mut line = vec![b'a'; 200 << 20];
    line[..16].copy_from_slice(b"date 2022-01-05 ");
    let files = vec![("huge.txt".to_string(), line)];
    assert_eq!(
        build(Vec::new(), &files, Vec::new(), &mut |_| {}).report.problems,
        ["huge.txt: the file is larger than 64 MiB, too large for the memory available, and was skipped"]
    );
    for name in ["huge.json", "huge.csv", "huge.html", "huge.zip"] {
        let got = read_file(name, &files[0].1);
        if name == "huge.zip" {
            // an archive may be larger: it is refused as what it is, not for its size
            assert_eq!(messages(&got), ["huge.zip: not a readable zip archive (invalid Zip archive: Could not find EOCD); skipped"]);
            continue;
        }
        assert_eq!(messages(&got), [format!("{name}: the file is larger than 64 MiB, too large for the memory available, and was skipped")]);
    }
    drop(files);
    // a long line the import does take (4 MB, no sentence end) is read and analysed whole
    let mut text = String::from("date 2022-01-05 ");
    while text.len() < 4 << 20 {
        text.push_str("workers in Aktau went on strike and 12 were detained ");
    }
    let d = only_document(read_file("long.txt", text.as_bytes()));
    assert_eq!(d.sentences.len(), 1);
    analysed_safely(&[d]);
}

#[test]
fn a_hundred_thousand_tiny_files() {
    let files: Vec<(String, Vec<u8>)> =
        (0..100_000).map(|i| (format!("n{i}.txt"), format!("date 2022-01-05\nNote {i}.").into_bytes())).collect();
    let mut calls = 0usize;
    let built = build(Vec::new(), &files, Vec::new(), &mut |_| calls += 1);
    assert_eq!(built.added, 100_000);
    assert_eq!(built.documents.len(), 100_000);
    assert_eq!(built.analyses.len(), 100_000);
    assert!(built.report.problems.is_empty() && built.report.duplicates.is_empty());
    assert_eq!(calls, 200_000, "one progress call per file read and per document analysed");
    // the same again: every one is recognised as already there
    let again = build(built.documents, &files[..1000], Vec::new(), &mut |_| {});
    assert_eq!((again.added, again.report.duplicates.len()), (0, 1000));
}

#[test]
fn impossible_header_dates() {
    for (header, shown) in [("2022-02-30", "2022-02-30"), ("2022-13-45", "2022-13-45"), ("2023-02-29", "2023-02-29"), ("0000-01-01", "0000-01-01")] {
        let text = format!("date {header}\nWorkers struck in Aktau.");
        assert_eq!(
            problems("d.txt", text.as_bytes()),
            [format!("d.txt: the header date `{shown}` does not exist: the document is kept as undated")]
        );
        let d = only_document(read_file("d.txt", text.as_bytes()));
        assert_eq!((d.date, d.title()), (None, "Workers struck in Aktau."));
    }
    assert_eq!(
        problems("d.txt", b"date 20220105\nWorkers struck."),
        ["d.txt: the header date `20220105` is not in the form YYYY-MM-DD: the document is kept as undated"]
    );
    // a header in a looser form is still a date
    let d = only_document(read_file("d.txt", b"date 2022-1-5\nWorkers struck."));
    assert_eq!((d.date.map(|d| d.to_string()).as_deref(), d.warnings.len()), (Some("2022-01-05"), 0));
    // in a record, a date field that is no calendar date
    assert_eq!(
        problems("r.json", br#"[{"date": "2022-02-30", "text": "Workers struck."}]"#),
        ["r.json#1: the date `2022-02-30` is not a calendar date between the years 1 and 9999: the document is kept as undated"]
    );
}

#[test]
fn dates_far_in_the_past_or_future() {
    assert_eq!(
        problems("far.txt", b"date 10000-01-01\nWorkers struck."),
        ["far.txt: the header date `10000-01-01` is not in the form YYYY-MM-DD: the document is kept as undated"]
    );
    assert_eq!(
        problems("far.json", br#"[{"date": "10000-01-01", "text": "Workers struck."}, {"date": "5 January 10000", "text": "Miners struck."}]"#),
        [
            "far.json#1: the date `10000-01-01` is not a calendar date between the years 1 and 9999: the document is kept as undated",
            "far.json#2: the date `5 January 10000` is not a calendar date between the years 1 and 9999: the document is kept as undated",
        ]
    );
    assert_eq!(
        problems("far.html", b"<meta name=date content=\"99999-01-01\"><p>Workers struck.</p>"),
        ["far.html: no date found (no header or date field, none in the file name or the first lines): the document is kept as undated"]
    );
    assert_eq!(
        problems("notes-0000-01-01.txt", b"Workers struck."),
        ["notes-0000-01-01.txt: the date `notes-0000-01-01.txt` is not a calendar date between the years 1 and 9999: the document is kept as undated"]
    );
    // years 1 and 9999 are dates: relative expressions on them must not step outside
    let text = "Last year, next year, in the next century, ten years ago and 3,000 years later, \
                workers struck on 31 December and on 1 January 10000, in the year 0 and in 10000 BC.";
    let docs: Vec<Document> = ["0001-01-01", "9999-12-31"]
        .iter()
        .map(|d| only_document(read_file("edge.txt", format!("date {d}\n{text}").as_bytes())))
        .collect();
    assert_eq!(docs[0].date.map(|d| d.to_string()).as_deref(), Some("0001-01-01"));
    assert!(docs.iter().all(|d| d.warnings.is_empty()));
    analysed_safely(&docs);
}

#[test]
fn deeply_nested_or_truncated_json() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    assert_eq!(
        problems("deep.json", deep.as_bytes()),
        ["deep.json: malformed JSON (line 1, column 128: recursion limit exceeded), skipped"]
    );
    let deep_object = "{\"a\":".repeat(50_000) + "1" + &"}".repeat(50_000);
    assert_eq!(
        problems("deep.json", deep_object.as_bytes()),
        ["deep.json: malformed JSON (line 1, column 636: recursion limit exceeded), skipped"]
    );
    let jsonl = format!("{{\"date\": \"2022-01-05\", \"text\": \"Workers struck.\"}}\n{deep}\n");
    assert_eq!(
        problems("deep.jsonl", jsonl.as_bytes()),
        ["deep.jsonl line 2: malformed JSON (column 128: recursion limit exceeded), skipped"]
    );
    assert_eq!(
        problems("cut.json", br#"[{"date": "2022-01-05", "text": "Workers str"#),
        ["cut.json: malformed JSON (line 1, column 44: EOF while parsing a string), skipped"]
    );
    assert_eq!(
        problems("cut.json", b"[{\"text\": \"Workers struck.\"},\n{\"text\": "),
        ["cut.json: malformed JSON (line 2, column 9: EOF while parsing a value), skipped"]
    );
    let r = report(&[("cut.jsonl", b"{\"text\": \"Workers struck.\"}\n{\"text\": \"Miners")]);
    assert_eq!(
        r.problems,
        [
            "cut.jsonl line 2: malformed JSON (column 16: EOF while parsing a string), skipped",
            "cut.jsonl#1: no date found (no header or date field, none in the file name or the first lines): the document is kept as undated",
        ]
    );
    assert_eq!(r.added, ["cut.jsonl#1"]);
}

#[test]
fn csv_with_ragged_rows_and_embedded_newlines() {
    let csv = "date,title,text\n\
               2022-01-05,Strike,\"Dock workers struck.\nThey marched, \"\"peacefully\"\", to the port.\"\n\
               2022-01-06\n\
               2022-01-07,Rally,Miners rallied.,extra,cells,here\n\
               ,,\n\
               2022-01-08,\"Unclosed,\"Workers\n";
    let got = read_file("ragged.csv", csv.as_bytes());
    let texts: Vec<&str> = got.documents.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(
        texts,
        ["Strike\n\nDock workers struck.\nThey marched, \"peacefully\", to the port.", "Rally\n\nMiners rallied."]
    );
    let r = report(&[("ragged.csv", csv.as_bytes())]);
    assert_eq!(r.problems, Vec::<String>::new());
    assert_eq!(
        r.notes,
        ["ragged.csv: 5 records, columns: date `date`, text `text`, title `title`, id `title`", "ragged.csv: 3 records without text skipped"]
    );
    // a quote that never closes swallows the rest of the file into one cell
    let got = read_file("open.csv", b"date,text\n2022-01-05,\"Workers struck.\n2022-01-06,Miners struck.\n");
    assert_eq!(got.documents.len(), 1);
    assert_eq!(got.documents[0].text, "Workers struck.\n2022-01-06,Miners struck.");
}

fn zip_of(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(method).large_file(false);
    for (name, bytes) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A zip of `entries` deflated entries of `mib` MiB of zeros each, built from
/// byte-aligned, fully flushed deflate blocks of 1 MiB (so it is quick to make), whose
/// headers declare `declared` bytes uncompressed each and no checksum (reading stops at
/// a limit before the end, where the checksum would be checked).
fn zeros_zip(entries: usize, mib: usize, declared: u32) -> Vec<u8> {
    use flate2::{Compress, Compression, FlushCompress};
    let mut c = Compress::new(Compression::best(), false);
    let mut block = Vec::with_capacity(4096);
    c.compress_vec(&vec![0u8; 1 << 20], &mut block, FlushCompress::Full).unwrap();
    let mut data = block.repeat(mib);
    data.extend([0x03, 0x00]); // a final, empty, fixed-Huffman block
    let header = |central: bool, name: &[u8], offset: usize, z: &mut Vec<u8>| {
        z.extend(if central { &b"PK\x01\x02\x14\x00"[..] } else { b"PK\x03\x04" }); // signature (and made by 2.0)
        z.extend([20, 0, 0, 0, 8, 0, 0, 0, 0, 0]); // needs 2.0, no flags, deflate, no time or date
        z.extend(0u32.to_le_bytes()); // crc
        z.extend((data.len() as u32).to_le_bytes());
        z.extend(declared.to_le_bytes());
        z.extend((name.len() as u16).to_le_bytes());
        z.extend([0, 0]); // extra field length
        if central {
            z.extend([0; 10]); // comment length, disk, internal and external attributes
            z.extend((offset as u32).to_le_bytes());
        }
        z.extend(name);
    };
    let names: Vec<String> = (0..entries).map(|i| format!("zeros{i}.txt")).collect();
    let mut z = Vec::new();
    let mut offsets = Vec::new();
    for name in &names {
        offsets.push(z.len());
        header(false, name.as_bytes(), 0, &mut z);
        z.extend(&data);
    }
    let central = z.len();
    for (name, offset) in names.iter().zip(offsets) {
        header(true, name.as_bytes(), offset, &mut z);
    }
    let size = z.len() - central;
    z.extend(b"PK\x05\x06\0\0\0\0");
    z.extend((entries as u16).to_le_bytes());
    z.extend((entries as u16).to_le_bytes());
    z.extend((size as u32).to_le_bytes());
    z.extend((central as u32).to_le_bytes());
    z.extend([0, 0]);
    z
}

#[test]
fn zip_bombs_are_refused_before_they_fill_memory() {
    // 3 GiB of zeros in about 3 MB; its headers tell the truth: refused before inflating
    let honest = zeros_zip(1, 3 << 10, 3 << 30);
    assert!(honest.len() < 4 << 20, "{}", honest.len());
    assert_eq!(problems("bomb.zip", &honest), ["bomb.zip: the archive would unpack to more than 512 MiB; skipped"]);
    // the same lying about its size: inflating stops one byte past the 64 MiB a file may have
    let liar = zeros_zip(1, 3 << 10, 1000);
    assert_eq!(
        problems("liar.zip", &liar),
        ["liar.zip/zeros0.txt: the file is larger than 64 MiB, too large for the memory available, and was skipped"]
    );
    // many entries under the file limit that add up past the archive's
    let many = zeros_zip(10, 60, 60 << 20);
    assert_eq!(problems("many.zip", &many), ["many.zip: the archive would unpack to more than 512 MiB; skipped"]);
}

#[test]
fn zip_entries_with_parent_paths_are_read_in_place_and_written_nowhere() {
    let z = zip_of(
        &[
            ("../../etc/passwd.txt", b"date 2022-01-05\nWorkers struck in Aktau."),
            ("..\\..\\windows\\evil.md", b"date 2022-01-06\nMiners rallied."),
            ("/abs/path/x.txt", b"date 2022-01-07\nNurses walked out."),
            ("C:/y.txt", b"date 2022-01-08\nDrivers struck."),
            ("ok/../../z.txt", b"date 2022-01-09\nTeachers struck."),
        ],
        zip::CompressionMethod::Deflated,
    );
    let r = report(&[("paths.zip", &z)]);
    assert_eq!(r.problems, Vec::<String>::new());
    assert_eq!(
        r.added,
        ["paths.zip/etc/passwd.txt", "paths.zip/windows/evil.md", "paths.zip/abs/path/x.txt", "paths.zip/y.txt", "paths.zip/ok/z.txt"]
    );
    // the engine has no way to write (tests/tidy.rs keeps std::fs out of it); the names
    // it keeps never climb out of the archive
    let got = read_file("paths.zip", &z);
    assert!(got.documents.iter().all(|d| !d.name.contains("..") && !d.name.contains('\\')));
}

#[test]
fn html_with_scripts_handlers_javascript_links_and_frames() {
    let page = br#"<!DOCTYPE html><html><head><title>Strike</title>
        <script>alert("head")</script><meta name="date" content="2022-01-05"></head>
        <body onload="alert('body')"><p>Dock workers <img src=x onerror="alert('img')" alt="(photo)"> struck in Aktau.</p>
        <p><a href="javascript:alert('link')">Read more</a> <iframe src="javascript:alert('frame')">inside the frame</iframe></p>
        <svg onload="alert('svg')"><script>alert('svg script')</script></svg>
        <p>A <b onclick="x()">bold</b> claim &lt;script&gt;alert('escaped')&lt;/script&gt;.</p>
        <noscript>Enable scripts</noscript><style>p{}</style><template><p>hidden</p></template>
        </body></html>"#;
    let r = report(&[("xss.html", page)]);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let d = only_document(read_file("xss.html", page));
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2022-01-05"));
    assert_eq!(
        d.text,
        "Strike\n\nDock workers (photo) struck in Aktau.\n\nRead more\n\nA bold claim <script>alert('escaped')</script>."
    );
    // only the escaped text survives, as text: no markup, no handler, no URL
    for gone in ["onerror", "onload", "onclick", "javascript:", "iframe", "inside the frame", "alert(\"head\")", "svg", "hidden", "Enable scripts"] {
        assert!(!d.text.contains(gone), "{gone}");
    }
    // an unclosed script hides the rest of the page rather than showing code
    let d = only_document(read_file("open.html", b"<p>Workers struck.</p><script>alert(1)<p>Never shown."));
    assert_eq!(d.text, "Workers struck.");
}

#[test]
fn right_to_left_overrides_and_zero_width_joiners() {
    let text = "date 2022-01-05\nWorkers in \u{202E}uatkA\u{202C} went on strike. Kassym\u{200D}-Jomart To\u{200B}kayev \
                met \u{2067}Amanat\u{2069} leaders in Ak\u{200D}tau on 4 January.\u{200F} Police detained 12 people.";
    let r = report(&[("bidi.txt", text.as_bytes())]);
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let d = only_document(read_file("bidi.txt", text.as_bytes()));
    assert_eq!(d.sentences.len(), 3);
    analysed_safely(&[d]);
    // A joiner inside a word does not cut it into names: `Le‍eds` is one name, and there
    // is no `Le`, nor `Nur` read as Nur-Sultan.
    let joined = "date 2023-06-01\nNur\u{200D}ses marched in Le\u{200D}eds on 3 June.";
    let a = chronicle::extract::analyze_corpus(&[only_document(read_file("zwj.txt", joined.as_bytes()))]);
    let names: Vec<&str> = a[0].mentions.iter().map(|m| m.canonical.as_str()).collect();
    assert_eq!(names, ["Le\u{200D}eds"]);
    // In a file name the override would disguise it (`report\u{202E}txt.exe` shows as
    // `reportexe.txt`): it is dropped, and the name shows as it really is.
    let r = report(&[("report\u{202E}txt.exe", b"")]);
    assert_eq!(r.problems, ["reporttxt.exe: the file is empty and was skipped"]);
}

#[test]
fn names_ten_thousand_characters_long() {
    let long = "é".repeat(10_000);
    // a file name
    let name = format!("{long}.txt");
    let r = report(&[(&name, b"date 2022-01-05\nWorkers struck in Aktau.")]);
    assert_eq!(r.added, std::slice::from_ref(&name));
    assert_eq!(problems(&name, b""), [format!("{name}: the file is empty and was skipped")]);
    // a person's name and a place's in the text
    let person = "Ab".repeat(5_000);
    let text = format!("date 2022-01-05\nMr {person} and {} {} were detained in {}stan.", "Kassym ".repeat(2_000).trim_end(), person, "Kaz".repeat(3_333));
    let d = only_document(read_file("names.txt", text.as_bytes()));
    analysed_safely(&[d]);
    // a record id and a column name
    let json = format!(r#"[{{"id": "{long}", "{long}": "Workers struck in Aktau on 4 January."}}]"#);
    let got = read_file("long.json", json.as_bytes());
    assert_eq!(got.documents[0].id.chars().count(), 120, "ids are cut to 120 characters");
    assert_eq!(got.notes, [format!("long.json: no column is named like text, body or content: used `{long}`, the column with the longest values"), format!("long.json: 1 record, columns: text `{long}`, id `id`")]);
}
