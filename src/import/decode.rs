//! Text decoding for imported files: UTF-8 (a leading byte-order mark is kept as white
//! space, so offsets stay file offsets), UTF-16 LE/BE with a byte-order mark or recognised
//! by its NUL pattern, Windows-1252 for single-byte Latin text, else lossy UTF-8.

use crate::corpus::{count_invalid_sequences, RejectReason, Warning};

/// Bytes looked at to tell binary, UTF-16 and text apart.
const SNIFF: usize = 8192;

/// Which encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

/// Decoded text, the warnings of the decoding, and the encoding used.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<Warning>,
    pub encoding: Encoding,
}

impl Decoded {
    /// A note for the user when the encoding was not plain UTF-8.
    pub fn note(&self) -> Option<&'static str> {
        match self.encoding {
            Encoding::Utf8 => None,
            Encoding::Utf16Le => Some("decoded as UTF-16 (little-endian)"),
            Encoding::Utf16Be => Some("decoded as UTF-16 (big-endian)"),
            Encoding::Windows1252 => Some("not UTF-8: decoded as Windows-1252 (Western European); check accented letters"),
        }
    }
}

/// Decodes a file's bytes; binary and undecodable files are refused with the reason.
pub fn decode(bytes: &[u8]) -> Result<Decoded, RejectReason> {
    match bytes {
        [0xFF, 0xFE, rest @ ..] => return Ok(utf16(rest, Encoding::Utf16Le)),
        [0xFE, 0xFF, rest @ ..] => return Ok(utf16(rest, Encoding::Utf16Be)),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.contains(&0) {
        return match utf16_without_bom(head) {
            Some(enc) => {
                let d = utf16(bytes, enc);
                if looks_like_text(&d.text) { Ok(d) } else { Err(RejectReason::Binary) }
            }
            None => Err(RejectReason::Binary),
        };
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok(Decoded { text: s.to_string(), warnings: Vec::new(), encoding: Encoding::Utf8 });
    }
    let (valid_multibyte, invalid) = utf8_tally(bytes);
    if valid_multibyte <= invalid && looks_like_latin(bytes) {
        return Ok(Decoded { text: windows_1252(bytes), warnings: Vec::new(), encoding: Encoding::Windows1252 });
    }
    // Mostly replacement characters is not a text with a few bad bytes.
    if invalid > 16 && invalid * 10 > bytes.len() {
        return Err(RejectReason::Undecodable);
    }
    let replaced = count_invalid_sequences(bytes);
    Ok(Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        warnings: vec![Warning::InvalidUtf8 { replaced }],
        encoding: Encoding::Utf8,
    })
}

/// UTF-16 without a byte-order mark: text in a Latin script has a NUL in nearly every
/// other byte (the high byte of each code unit) and almost none in the others.
fn utf16_without_bom(head: &[u8]) -> Option<Encoding> {
    let pairs = head.len() / 2;
    if pairs < 2 {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for p in head.chunks_exact(2) {
        even += usize::from(p[0] == 0);
        odd += usize::from(p[1] == 0);
    }
    let mostly = |n: usize| n * 10 >= pairs * 3;
    let rarely = |n: usize| n * 20 <= pairs;
    if mostly(odd) && rarely(even) {
        Some(Encoding::Utf16Le)
    } else if mostly(even) && rarely(odd) {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn utf16(bytes: &[u8], enc: Encoding) -> Decoded {
    let units = bytes.chunks_exact(2).map(|p| match enc {
        Encoding::Utf16Be => u16::from_be_bytes([p[0], p[1]]),
        _ => u16::from_le_bytes([p[0], p[1]]),
    });
    let mut text = String::with_capacity(bytes.len() / 2 + 4);
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    for c in char::decode_utf16(units) {
        text.push(c.unwrap_or_else(|_| {
            replaced += 1;
            '\u{FFFD}'
        }));
    }
    if bytes.len() % 2 == 1 {
        text.push('\u{FFFD}');
    }
    let warnings = if replaced > 0 { vec![Warning::InvalidUtf16 { replaced }] } else { Vec::new() };
    Decoded { text, warnings, encoding: enc }
}

/// Decoded UTF-16 that is mostly control characters is binary that happened to match.
fn looks_like_text(text: &str) -> bool {
    let sample = text.chars().take(SNIFF);
    let (mut n, mut bad) = (0usize, 0usize);
    for c in sample {
        n += 1;
        bad += usize::from((c.is_control() && !c.is_whitespace()) || c == '\u{FFFD}');
    }
    bad * 20 <= n
}

/// Characters of more than one byte that are valid UTF-8, and invalid sequences.
fn utf8_tally(bytes: &[u8]) -> (usize, usize) {
    let (mut valid, mut invalid) = (0, 0);
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().bytes().filter(|b| *b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (valid, invalid)
}

/// Single-byte Latin text: no control characters but tab, line ends and form feed, no
/// byte Windows-1252 leaves undefined, and letters above 0x7F a minority.
fn looks_like_latin(bytes: &[u8]) -> bool {
    let mut high = 0usize;
    for &b in bytes {
        match b {
            b'\t' | b'\n' | b'\r' | 0x0C => {}
            0..=0x1F | 0x7F | 0x81 | 0x8D | 0x8F | 0x90 | 0x9D => return false,
            0x80..=0xFF => high += 1,
            _ => {}
        }
    }
    high * 3 <= bytes.len()
}

/// Windows-1252 bytes 0x80..=0x9F; the rest of the code page is Latin-1 (= U+00XX).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(s: &str, bom: bool) -> Vec<u8> {
        let mut v = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        v.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        v
    }

    #[test]
    fn utf8_is_kept_as_is_with_its_bom() {
        let d = decode("\u{FEFF}date 2022-01-05 Grève à Lyon.".as_bytes()).unwrap();
        assert_eq!(d.text, "\u{FEFF}date 2022-01-05 Grève à Lyon.");
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.warnings.is_empty() && d.note().is_none());
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let s = "date 2022-01-05\nStrike in Żary: workers walked out.";
        for bom in [true, false] {
            let d = decode(&utf16le(s, bom)).unwrap();
            assert_eq!(d.text, s, "bom {bom}");
            assert_eq!(d.encoding, Encoding::Utf16Le);
        }
        let mut be = vec![0xFE, 0xFF];
        be.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, s);
        let no_bom_be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&no_bom_be).unwrap().encoding, Encoding::Utf16Be);
    }

    #[test]
    fn broken_utf16_is_replaced_and_counted() {
        let mut b = utf16le("ab", true);
        b.extend([0x00, 0xD8]); // a lone high surrogate
        b.extend(utf16le("cd", false));
        b.push(b'x'); // odd last byte
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(d.warnings, [Warning::InvalidUtf16 { replaced: 2 }]);
    }

    #[test]
    fn latin1_text_is_read_as_windows_1252() {
        let b = b"date 2022-01-05\nGr\xe8ve \xe0 Montr\xe9al \x96 \x93tous\x94 dehors.";
        let d = decode(b).unwrap();
        assert_eq!(d.text, "date 2022-01-05\nGrève à Montréal – “tous” dehors.");
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert!(d.note().unwrap().contains("Windows-1252"));
    }

    #[test]
    fn a_utf8_file_with_a_bad_byte_stays_utf8() {
        let d = decode("Grève à Montréal \u{2013} tous dehors".as_bytes().iter().copied().chain([0xFF, b'!']).collect::<Vec<_>>().as_slice()).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.text.ends_with("dehors\u{FFFD}!"));
        assert_eq!(d.warnings, [Warning::InvalidUtf8 { replaced: 1 }]);
    }

    #[test]
    fn binary_and_noise_are_refused() {
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"), Err(RejectReason::Binary));
        // NULs at every other byte but the rest is control characters: not UTF-16 text
        let fake: Vec<u8> = (0..200u8).flat_map(|i| [i % 8 + 1, 0]).collect();
        assert_eq!(decode(&fake), Err(RejectReason::Binary));
        let noise: Vec<u8> = (0..400u32).map(|i| [0x01, 0xFF, 0x9D, 0xC3][(i % 4) as usize]).collect();
        assert_eq!(decode(&noise), Err(RejectReason::Undecodable));
    }
}
