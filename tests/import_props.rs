//! Properties of the import over arbitrary input: `import::read_file` never panics,
//! whatever the bytes and the extension, every document it yields has its spans inside
//! its text on character boundaries, and it is deterministic.

use chronicle::corpus::{Document, Span};
use chronicle::import::{read_file, read_file_with, Limits};
use proptest::prelude::*;
use std::io::Write;

const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "json", "jsonl", "csv", "tsv", "zip", "pdf", ""];

/// Pieces that make the parsers take their less common paths.
const PIECES: &[&str] = &[
    "date 2022-01-05\n", "date 2022-13-45 ", "Date: 5 January 2022\n", "<p>", "</p>", "<script>", "</script>",
    "<style>", "<!--", "-->", "<title>", "&amp;", "&#x0;", "&nosuch;", "<meta property=\"article:published_time\" content=\"",
    "<time datetime=\"10000-01-01\">", "{", "}", "[", "]", "\"text\":", "\"date\":", "\"", ",", ":", "\n", "\r\n", "\t", ";",
    "date,text,title\n", "\"a\nb\"", "1641376800", "0000-01-01", "Workers went on strike in Aktau on 4 January.",
    "\u{FEFF}", "é", "€", "\u{FFFD}", "日本", "🙂", "\\", "\0", "PK\u{3}\u{4}",
];

fn structured() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::sample::select(PIECES).prop_map(|s| s.as_bytes().to_vec()),
            1 => proptest::collection::vec(any::<u8>(), 0..8),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        2 => structured(),
        1 => proptest::collection::vec(any::<u8>(), 0..400),
        // UTF-16 of structured text, with or without a byte-order mark
        1 => (structured(), any::<bool>()).prop_map(|(b, bom)| {
            let s = String::from_utf8_lossy(&b).into_owned();
            let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
            v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
            v
        }),
    ]
}

/// A zip of a few entries with arbitrary names and contents, perhaps with one byte flipped.
fn zip_bytes() -> impl Strategy<Value = Vec<u8>> {
    let entry = (proptest::sample::select(EXTENSIONS), "[a-z./\\\\]{0,12}", bytes());
    (proptest::collection::vec(entry, 0..4), any::<bool>(), any::<prop::sample::Index>(), any::<u8>()).prop_map(
        |(entries, corrupt, at, byte)| {
            let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            for (ext, name, content) in entries {
                if w.start_file(format!("{name}.{ext}"), opts).is_ok() {
                    let _ = w.write_all(&content);
                }
            }
            let mut z = w.finish().map(|c| c.into_inner()).unwrap_or_default();
            if corrupt && !z.is_empty() {
                let i = at.index(z.len());
                z[i] ^= byte | 1;
            }
            z
        },
    )
}

fn on_boundary(text: &str, s: Span) -> bool {
    s.start <= s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
}

fn check_document(d: &Document) -> Result<(), TestCaseError> {
    prop_assert!(on_boundary(&d.text, d.body), "body {:?}", d.body);
    prop_assert!(!d.body.is_empty());
    for p in &d.paragraphs {
        prop_assert!(on_boundary(&d.text, *p) && d.body.contains(*p), "paragraph {p:?}");
    }
    for s in &d.sentences {
        prop_assert!(on_boundary(&d.text, *s), "sentence {s:?}");
        prop_assert!(d.paragraphs.iter().any(|p| p.contains(*s)), "sentence {s:?} outside every paragraph");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes_with_any_extension(ext in proptest::sample::select(EXTENSIONS), bytes in bytes()) {
        let name = format!("f.{ext}");
        let got = read_file(&name, &bytes);
        for d in &got.documents {
            check_document(d)?;
        }
        for r in &got.rejected {
            prop_assert!(!r.message().is_empty());
        }
        let again = read_file(&name, &bytes);
        prop_assert_eq!(serde_json::to_string(&got).unwrap(), serde_json::to_string(&again).unwrap());
    }

    #[test]
    fn any_zip(z in zip_bytes()) {
        let limits = Limits { max_file: 4096, max_archive_total: 16_384, max_entries: 8 };
        let got = read_file_with("a.zip", &z, &limits);
        for d in &got.documents {
            check_document(d)?;
            prop_assert!(d.name.starts_with("a.zip/"));
            prop_assert!(!d.name.contains("/../") && !d.name.contains("\\"), "{}", d.name);
            prop_assert!(d.text.len() <= 4 * 4096, "an entry is bounded by the limit");
        }
    }
}

#[test]
fn huge_single_line_and_deep_nesting_are_handled() {
    let line = "a".repeat(8 << 20);
    for ext in ["txt", "html", "csv", "jsonl"] {
        let got = read_file(&format!("big.{ext}"), line.as_bytes());
        assert!(got.documents.len() + got.rejected.len() >= 1, "{ext}");
    }
    let deep = "[".repeat(1 << 20);
    let got = read_file("deep.json", deep.as_bytes());
    assert!(got.rejected[0].message().contains("malformed JSON"), "{:?}", got.rejected);
    let deep_obj = "{\"a\":".repeat(1 << 18);
    let got = read_file("deep.jsonl", deep_obj.as_bytes());
    assert!(got.documents.is_empty());
}
