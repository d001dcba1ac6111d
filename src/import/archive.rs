//! Zip archives: every entry is read as a file of its own. Bounded before and while
//! inflating: the entry count and the declared sizes are checked first, then each entry
//! is inflated through a reader that stops one byte past what is left of the budget, so a
//! zip bomb is refused without filling memory. Nothing is ever written anywhere; entry
//! names are shown as their path inside the archive with `..` and absolute parts removed.

use super::{Limits, Reader};
use crate::corpus::{RejectReason, Rejected};
use std::io::Read;

/// Files that archivers add beside the real ones.
fn is_metadata(path: &str) -> bool {
    let base = path.rsplit('/').next().unwrap_or(path);
    path.starts_with("__MACOSX/") || base.starts_with("._") || matches!(base, ".DS_Store" | "Thumbs.db" | "desktop.ini")
}

/// The entry's path without empty, `.`, `..` or drive parts, and without control characters.
pub fn clean_name(raw: &str) -> String {
    // (Control characters go first: `..` + NUL is `..` too.)
    let parts: Vec<String> = raw
        .split(['/', '\\'])
        .map(|p| p.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|p| !matches!(p.as_str(), "" | "." | ".."))
        .filter(|p| !(p.len() == 2 && p.ends_with(':')))
        .collect();
    parts.join("/")
}

fn u16_at(b: &[u8], i: usize) -> u64 {
    b.get(i..i + 2).map_or(0, |s| u64::from(u16::from_le_bytes([s[0], s[1]])))
}

fn u64_at(b: &[u8], i: usize) -> u64 {
    b.get(i..i + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes)
}

/// The largest entry count any end-of-central-directory record declares (the classic
/// ones near the end, and every zip64 one), looked at before the zip library sizes its
/// tables from it.
fn declared_entries(bytes: &[u8]) -> u64 {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ZIP64_EOCD: [u8; 4] = [0x50, 0x4b, 0x06, 0x06];
    const ZIP64_LOCATOR: [u8; 4] = [0x50, 0x4b, 0x06, 0x07];
    let tail = bytes.len().saturating_sub(22 + 65_535 + 20);
    let mut max = 0;
    let mut zip64 = false;
    for i in tail..bytes.len().saturating_sub(3) {
        match <[u8; 4]>::try_from(&bytes[i..i + 4]).unwrap_or_default() {
            EOCD => max = max.max(u16_at(bytes, i + 10)),
            ZIP64_LOCATOR => zip64 = true,
            _ => {}
        }
    }
    if zip64 {
        for i in 0..bytes.len().saturating_sub(3) {
            if bytes[i..i + 4] == ZIP64_EOCD {
                max = max.max(u64_at(bytes, i + 32));
            }
        }
    }
    max
}

fn refuse(name: &str, detail: String) -> Rejected {
    Rejected::new(name, RejectReason::Archive { detail })
}

fn mib(bytes: u64) -> u64 {
    bytes >> 20
}

/// Reads every entry of the zip archive `bytes` (shown as `name`) into `reader`;
/// `depth` is 0 for a file the user gave, 1 for an archive inside one.
pub(super) fn read(reader: &mut Reader, name: &str, bytes: &[u8], depth: usize) {
    let limits: Limits = reader.limits;
    if declared_entries(bytes) > limits.max_entries as u64 {
        reader.out.rejected.push(refuse(name, format!("the archive holds more than {} entries", limits.max_entries)));
        return;
    }
    let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            reader.out.rejected.push(refuse(name, format!("not a readable zip archive ({e})")));
            return;
        }
    };
    if archive.len() > limits.max_entries {
        reader.out.rejected.push(refuse(name, format!("the archive holds more than {} entries", limits.max_entries)));
        return;
    }
    let left = limits.max_archive_total.saturating_sub(reader.unpacked);
    if archive.decompressed_size().is_some_and(|s| s > u128::from(left)) {
        let detail = format!("the archive would unpack to more than {} MiB", mib(limits.max_archive_total));
        reader.out.rejected.push(refuse(name, detail));
        return;
    }
    let mut metadata = 0;
    for i in 0..archive.len() {
        let path = archive.name_for_index(i).map(clean_name).unwrap_or_else(|| format!("entry {}", i + 1));
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                reader.out.rejected.push(refuse(&format!("{name}/{path}"), format!("the entry cannot be read ({e})")));
                continue;
            }
        };
        if entry.is_dir() || path.is_empty() {
            continue;
        }
        if is_metadata(&path) {
            metadata += 1;
            continue;
        }
        let shown = format!("{name}/{path}");
        if entry.size() > limits.max_file {
            reader.out.rejected.push(Rejected::new(&shown, RejectReason::TooLarge { limit: limits.max_file }));
            continue;
        }
        let is_zip = path.rsplit('.').next().is_some_and(|x| x.eq_ignore_ascii_case("zip"));
        if is_zip && depth >= 1 {
            let detail = "archives nested more than one level deep are not read".to_string();
            reader.out.rejected.push(refuse(&shown, detail));
            continue;
        }
        let left = limits.max_archive_total.saturating_sub(reader.unpacked);
        let cap = limits.max_file.min(left);
        let mut data = Vec::with_capacity(entry.size().min(cap).min(1 << 20) as usize);
        if let Err(e) = (&mut entry).take(cap.saturating_add(1)).read_to_end(&mut data) {
            reader.out.rejected.push(refuse(&shown, format!("the entry is damaged ({e})")));
            continue;
        }
        let got = data.len() as u64;
        reader.unpacked = reader.unpacked.saturating_add(got.min(cap));
        if got > cap {
            if cap == limits.max_file {
                reader.out.rejected.push(Rejected::new(&shown, RejectReason::TooLarge { limit: limits.max_file }));
                continue;
            }
            let detail = format!(
                "the archive unpacks to more than {} MiB: this entry and the ones after it were skipped",
                mib(limits.max_archive_total)
            );
            reader.out.rejected.push(refuse(&shown, detail));
            return;
        }
        reader.read_into(&shown, &data, depth + usize::from(is_zip));
    }
    if metadata > 0 {
        reader.out.notes.push(format!("{name}: {metadata} system file{} (macOS metadata, thumbnails) ignored", if metadata == 1 { "" } else { "s" }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::{read_file, read_file_with, Imported};
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    fn messages(i: &Imported) -> Vec<String> {
        i.rejected.iter().map(|r| r.message()).collect()
    }

    #[test]
    fn a_dot_dot_part_hidden_by_a_control_character_is_dropped() {
        assert_eq!(clean_name("a/..\0/.html"), "a/.html");
        assert_eq!(clean_name(".\u{7}/../b\\..\u{1b}\\c.txt"), "b/c.txt");
    }

    #[test]
    fn entries_are_read_with_clean_names() {
        let z = zip_of(&[
            ("../evil.txt", b"date 2022-01-05\nWorkers struck in Oakvale."),
            ("/abs/C:/x/./b.md", b"date 2022-01-06\nA rally."),
            ("__MACOSX/._b.md", b"\0\x05\x16\x07"),
            ("dir/", b""),
        ]);
        let got = read_file("bundle.zip", &z);
        let names: Vec<&str> = got.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["bundle.zip/evil.txt", "bundle.zip/abs/x/b.md"]);
        assert_eq!(got.documents[0].id, "evil");
        assert!(got.rejected.is_empty(), "{:?}", messages(&got));
        assert_eq!(got.notes, ["bundle.zip: 1 system file (macOS metadata, thumbnails) ignored"]);
    }

    #[test]
    fn a_zip_bomb_is_refused_before_it_fills_memory() {
        let zeros = vec![b'a'; 3 << 20];
        let z = zip_of(&[("ok.txt", b"date 2022-01-05\nA strike."), ("bomb.txt", &zeros)]);
        assert!(z.len() < 100_000, "compresses well: {}", z.len());
        let limits = Limits { max_file: 1 << 20, max_archive_total: 8 << 20, ..Limits::default() };
        let got = read_file_with("b.zip", &z, &limits);
        assert_eq!(got.documents.len(), 1);
        assert_eq!(messages(&got), ["b.zip/bomb.txt: the file is larger than 1 MiB, too large for the memory available, and was skipped"]);
        // the declared total is over the budget: refused whole, nothing inflated
        let limits = Limits { max_file: 4 << 20, max_archive_total: 2 << 20, ..Limits::default() };
        let got = read_file_with("b.zip", &z, &limits);
        assert!(got.documents.is_empty());
        assert_eq!(messages(&got), ["b.zip: the archive would unpack to more than 2 MiB; skipped"]);
    }

    #[test]
    fn sizes_are_enforced_while_inflating_not_taken_from_headers() {
        let big = vec![b'a'; 3 << 20];
        let mut z = zip_of(&[("lie.txt", &big)]);
        // rewrite the declared uncompressed size (local header at 22, central at 24 from its start) to 10 bytes
        z[22..26].copy_from_slice(&10u32.to_le_bytes());
        let central = z.windows(4).position(|w| w == [0x50, 0x4b, 0x01, 0x02]).unwrap();
        z[central + 24..central + 28].copy_from_slice(&10u32.to_le_bytes());
        let limits = Limits { max_file: 1 << 20, ..Limits::default() };
        let got = read_file_with("lie.zip", &z, &limits);
        assert!(got.documents.is_empty());
        assert_eq!(got.rejected.len(), 1, "{:?}", messages(&got));
        assert!(messages(&got)[0].starts_with("lie.zip/lie.txt: "), "{:?}", messages(&got));
    }

    #[test]
    fn one_level_of_nesting_is_read_and_no_more() {
        let inner = zip_of(&[("a.txt", b"date 2022-01-05\nDock workers struck.")]);
        let middle = zip_of(&[("inner.zip", &inner), ("b.txt", b"date 2022-01-06\nA rally.")]);
        let got = read_file("outer.zip", &middle);
        let names: Vec<&str> = got.documents.iter().map(|d| d.name.as_str()).collect();
        assert_eq!(names, ["outer.zip/inner.zip/a.txt", "outer.zip/b.txt"]);
        let outer = zip_of(&[("middle.zip", &middle)]);
        let got = read_file("outer.zip", &outer);
        assert_eq!(got.documents.len(), 1, "b.txt one level down is read");
        assert_eq!(
            messages(&got),
            ["outer.zip/middle.zip/inner.zip: archives nested more than one level deep are not read; skipped"]
        );
    }

    #[test]
    fn too_many_entries_and_garbage() {
        let many: Vec<(String, Vec<u8>)> = (0..12).map(|i| (format!("{i}.txt"), b"x".to_vec())).collect();
        let refs: Vec<(&str, &[u8])> = many.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
        let limits = Limits { max_entries: 10, ..Limits::default() };
        let got = read_file_with("m.zip", &zip_of(&refs), &limits);
        assert_eq!(messages(&got), ["m.zip: the archive holds more than 10 entries; skipped"]);
        let got = read_file("g.zip", b"PK\x03\x04 not really");
        assert!(messages(&got)[0].starts_with("g.zip: not a readable zip archive"), "{:?}", messages(&got));
        // an end record claiming 65535 entries in a tiny file
        let mut eocd = vec![0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff];
        eocd.extend([0u8; 10]);
        let got = read_file("e.zip", &eocd);
        assert_eq!(messages(&got), ["e.zip: the archive holds more than 10000 entries; skipped"]);
    }
}
