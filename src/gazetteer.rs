//! Gazetteer: the bundled table of places (countries, regions, towns, features) with their
//! aliases, country, admin1 region and coordinates, and name look-up over it.
//!
//! The data is `data/gazetteer.tsv` (GeoNames, CC BY 4.0, plus a hand-curated supplement;
//! see `data/README.md`), embedded at compile time and parsed once, lazily, on first use.
//! Look-up is case-, diacritic-, hyphen- and apostrophe-insensitive: `aqtau`, `Aqtau` and
//! `AKTAU` all resolve to the canonical `Aktau`. A name shared by several places resolves
//! to the most important one (the file lists curated places first, then by population).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// A fast hash for the short keys of look-up tables, eight bytes at a step (no
/// untrusted-input DoS concern: the tables are built from bundled data or one document).
pub type FastHasher = rustc_hash::FxHasher;

/// A `HashMap` with [`FastHasher`] hashing.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

static DATA: &str = include_str!("../data/gazetteer.tsv");

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Country,
    Region,
    City,
    Feature,
}

/// One place of the gazetteer.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The canonical name, e.g. `Aktau`.
    pub name: &'static str,
    /// Other names, `|`-separated (`Aqtau`); see [`Place::aliases`].
    aliases: &'static str,
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 code, empty for features spanning countries (`Caspian Sea`).
    pub country: &'static str,
    /// First-level region (`Mangystau`), empty where unknown or for countries.
    pub admin1: &'static str,
    pub lat: f32,
    pub lon: f32,
    /// The name is also a common English word (`Nice`, `Split`, `Metro`): text that
    /// capitalises it is weaker evidence of the place.
    pub common_word: bool,
    /// A country's capital as GeoNames names it (`Minsk`), or the town a spot lies in (a
    /// square, an avenue, a landmark: `Galle Face` in `Colombo`); empty for other places.
    pub seat: &'static str,
}

impl Place {
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> {
        self.aliases.split('|').filter(|a| !a.is_empty())
    }

    /// The town this place lies in when it is a spot inside one (`Galle Face`: `Colombo`).
    pub fn spot_town(&self) -> Option<&'static str> {
        (self.kind == PlaceKind::Feature && !self.seat.is_empty()).then_some(self.seat)
    }
}

struct Gazetteer {
    places: Vec<Place>,
    /// Normalised name or alias → index of the most important place with it.
    index: FastMap<&'static str, u32>,
    /// Canonical name (exact) → index.
    canonical: FastMap<&'static str, u32>,
    /// Largest number of words in any name or alias.
    max_words: usize,
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| parse(DATA))
}

// (Not inlined: run once, and seen on its own in a profile.)
#[inline(never)]
fn parse(data: &'static str) -> Gazetteer {
    let mut places = Vec::with_capacity(11_200);
    let mut canonical = FastMap::with_capacity_and_hasher(11_200, Default::default());
    let mut max_words = 1;
    // Every name's and alias's key, normalised one after the other into one buffer (no
    // string per key): `(start, end, place)` of each, indexed once the buffer is complete.
    let mut keys = String::with_capacity(data.len() / 2);
    let mut spans: Vec<(usize, usize, u32)> = Vec::with_capacity(25_000);
    for line in fields(data, b'\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut f = fields(line, b'\t');
        let (Some(kind), Some(country), Some(admin1), Some(lat), Some(lon), Some(name)) =
            (f.next(), f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let aliases = f.next().unwrap_or("");
        let seat = f.next().unwrap_or("");
        let common_word = kind.bytes().all(|b| b.is_ascii_lowercase());
        let kind = match kind {
            "C" | "c" => PlaceKind::Country,
            "R" | "r" => PlaceKind::Region,
            "T" | "t" => PlaceKind::City,
            _ => PlaceKind::Feature,
        };
        let i = places.len() as u32;
        places.push(Place {
            name,
            aliases,
            kind,
            country,
            admin1,
            lat: coordinate(lat),
            lon: coordinate(lon),
            common_word,
            seat,
        });
        canonical.entry(name).or_insert(i);
        for n in std::iter::once(name).chain(fields(aliases, b'|')) {
            if n.is_empty() {
                continue;
            }
            let start = keys.len();
            push_key(n, &mut keys);
            let key = keys.get(start..).unwrap_or("");
            if key.is_empty() {
                continue;
            }
            // (A key of `w` words has at least `2w - 1` bytes: most are too short to count.)
            if key.len() > 2 * max_words {
                max_words = max_words.max(1 + key.bytes().filter(|&b| b == b' ').count());
            }
            spans.push((start, keys.len(), i));
            // (`Saint Paul` is written `St. Paul` as often: both keys find it)
            if let Some(rest) = keys.get(start..).and_then(|k| k.strip_prefix("saint ")).map(str::to_owned) {
                let alt = keys.len();
                keys.push_str("st ");
                keys.push_str(&rest);
                spans.push((alt, keys.len(), i));
            }
        }
    }
    // (The table lives as long as the program: so may the buffer its keys point into.)
    let keys: &'static str = keys.leak();
    let mut index = FastMap::with_capacity_and_hasher(spans.len(), Default::default());
    for (start, end, i) in spans {
        // The first place with a key is the most important one.
        index.entry(keys.get(start..end).unwrap_or("")).or_insert(i);
    }
    Gazetteer {
        places,
        index,
        canonical,
        max_words,
    }
}

/// The parts of `s` between the ASCII bytes `sep`, like `s.split(sep)`.
fn fields(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match find_byte(r.as_bytes(), sep) {
            Some(k) => {
                rest = r.get(k + 1..);
                r.get(..k)
            }
            None => rest.take(),
        }
    })
}

/// The position of the first byte `b` in `s`: eight bytes at a step (the lines and fields
/// searched are short, where a call to `memchr` costs more than the search).
fn find_byte(s: &[u8], b: u8) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    let pattern = ONES * u64::from(b);
    let mut chunks = s.chunks_exact(8);
    for (k, c) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(c.try_into().unwrap_or_default()) ^ pattern;
        // A zero byte of `x` is a `b` of `s`: the lowest bit set marks the first.
        let zero = x.wrapping_sub(ONES) & !x & HIGH;
        if zero != 0 {
            return Some(8 * k + zero.trailing_zeros() as usize / 8);
        }
    }
    let tail = chunks.remainder();
    tail.iter().position(|&x| x == b).map(|p| s.len() - tail.len() + p)
}

/// A coordinate of the table (`-2.50`) as `str::parse::<f32>` reads it (0 when it cannot):
/// up to seven digits at once, as an exact integer over an exact power of ten, which one
/// correctly rounded division makes the same float; anything else by the parser.
fn coordinate(s: &str) -> f32 {
    const POW10: [f32; 8] = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7];
    let (negative, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let (mut m, mut n, mut decimals) = (0u32, 0usize, None::<usize>);
    for b in digits.bytes() {
        match b {
            b'0'..=b'9' if n < 7 => {
                m = m * 10 + u32::from(b - b'0');
                n += 1;
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return s.parse().unwrap_or(0.0),
        }
    }
    match POW10.get(decimals.unwrap_or(0)) {
        Some(&p) if n > 0 => {
            let v = m as f32 / p;
            if negative {
                -v
            } else {
                v
            }
        }
        _ => s.parse().unwrap_or(0.0),
    }
}

/// Folds a Latin letter with a diacritic to its base letter(s), lowercased.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let base = match c {
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'Ă' | 'ą' | 'Ą' => 'a',
        'æ' | 'Æ' => {
            out.push_str("ae");
            return;
        }
        'ç' | 'Ç' | 'ć' | 'Ć' | 'č' | 'Č' | 'ĉ' | 'ċ' => 'c',
        'ď' | 'Ď' | 'đ' | 'Đ' | 'ð' | 'Ð' => 'd',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ė' | 'Ė' | 'ę' | 'Ę' | 'ě' | 'Ě' | 'ə' | 'Ə' => {
            'e'
        }
        'ğ' | 'Ğ' | 'ģ' | 'Ģ' | 'ġ' => 'g',
        'ħ' | 'Ħ' => 'h',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'ı' | 'İ' | 'į' | 'Į' => 'i',
        'ķ' | 'Ķ' => 'k',
        'ł' | 'Ł' | 'ľ' | 'Ľ' | 'ĺ' | 'ļ' => 'l',
        'ñ' | 'Ñ' | 'ń' | 'Ń' | 'ň' | 'Ň' | 'ņ' => 'n',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'Ø' | 'ō' | 'Ō' | 'ő' | 'Ő' | 'ǒ' => 'o',
        'œ' | 'Œ' => {
            out.push_str("oe");
            return;
        }
        'ř' | 'Ř' | 'ŕ' => 'r',
        'ś' | 'Ś' | 'š' | 'Š' | 'ş' | 'Ş' | 'ș' | 'Ș' => 's',
        'ß' => {
            out.push_str("ss");
            return;
        }
        'ť' | 'Ť' | 'ţ' | 'Ţ' | 'ț' | 'Ț' => 't',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ů' | 'Ů' | 'ű' | 'Ű' | 'ų' | 'ŭ' => 'u',
        'ý' | 'Ý' | 'ÿ' | 'Ÿ' => 'y',
        'ź' | 'Ź' | 'ż' | 'Ż' | 'ž' | 'Ž' => 'z',
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push(base);
}

/// The look-up key of a name: lowercase, without diacritics, apostrophes or full stops,
/// with runs of spaces and hyphens made one space. `Nur-Sultan` → `nur sultan`.
pub fn normalize_into(name: &str, out: &mut String) {
    out.clear();
    push_key(name, out);
}

/// What [`push_key`] does with a byte: keeps it ([`KEEP`]), drops it (`'`, `` ` ``, `.`),
/// makes it a separator (`-`, `_` and the ASCII white space), or leaves the name to the
/// character rules (a byte outside ASCII).
static KEY_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = match b as u8 {
            b'-' | b'_' | b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => SEPARATOR,
            b'\'' | b'`' | b'.' => DROP,
            0x80..=0xff => NON_ASCII,
            _ => KEEP,
        };
        b += 1;
    }
    t
};
const KEEP: u8 = 0;

/// Whether [`normalize_into`] keeps the byte `b` as it is (less ASCII case): an ASCII
/// byte that is no separator and is not dropped.
#[inline]
pub fn is_key_byte(b: u8) -> bool {
    KEY_BYTE.get(usize::from(b)) == Some(&KEEP)
}
const DROP: u8 = 1;
const SEPARATOR: u8 = 2;
const NON_ASCII: u8 = 3;

/// Appends the key of `name` (see [`normalize_into`]) to `out`.
fn push_key(name: &str, out: &mut String) {
    let start = out.len();
    // ASCII (most names): runs of kept bytes copied at once, lowercased at the end.
    let (mut run, mut space) = (0, true);
    for (i, &b) in name.as_bytes().iter().enumerate() {
        let class = KEY_BYTE.get(usize::from(b)).copied().unwrap_or(KEEP);
        if class == KEEP {
            continue;
        }
        if class == NON_ASCII {
            out.truncate(start);
            push_key_chars(name, out);
            return;
        }
        if run < i {
            out.push_str(name.get(run..i).unwrap_or(""));
            space = false;
        }
        run = i + 1;
        if class == SEPARATOR && !space {
            out.push(' ');
            space = true;
        }
    }
    if run < name.len() {
        out.push_str(name.get(run..).unwrap_or(""));
    } else if space && out.len() > start {
        out.pop(); // a trailing separator
    }
    if let Some(key) = out.get_mut(start..) {
        key.make_ascii_lowercase();
    }
}

/// [`push_key`] for a name with a character outside ASCII: character by character.
fn push_key_chars(name: &str, out: &mut String) {
    let start = out.len();
    let mut space = true;
    for c in name.chars() {
        match c {
            '\'' | '’' | 'ʼ' | '‘' | '`' | '.' => {}
            '-' | '‑' | '–' | '_' => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
            c if c.is_whitespace() => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
            c => {
                fold_char(c, out);
                space = false;
            }
        }
    }
    if out.len() > start && out.ends_with(' ') {
        out.pop();
    }
}

/// Finds a place by any of its names or aliases, ignoring case and diacritics.
pub fn lookup(name: &str) -> Option<&'static Place> {
    let mut key = String::with_capacity(name.len());
    normalize_into(name, &mut key);
    lookup_key(&key)
}

/// Like [`lookup`], for a key already made by [`normalize_into`].
pub fn lookup_key(key: &str) -> Option<&'static Place> {
    let g = gazetteer();
    g.index.get(key).and_then(|&i| g.places.get(i as usize))
}

/// The place with this exact canonical name.
pub fn place(canonical: &str) -> Option<&'static Place> {
    let g = gazetteer();
    g.canonical
        .get(canonical)
        .and_then(|&i| g.places.get(i as usize))
}

/// Every place a name or alias may mean, most important first: `Georgia` is the country,
/// then the US state. [`lookup`] returns only the first; callers with context (the other
/// places of a document) choose among these. Empty when the name is unknown.
pub fn candidates(name: &str) -> Vec<&'static Place> {
    // Only keys shared by several places are kept: built on first use, from the parsed table.
    static SHARED: OnceLock<FastMap<String, Vec<u32>>> = OnceLock::new();
    let shared = SHARED.get_or_init(|| {
        let mut all: FastMap<String, Vec<u32>> = FastMap::default();
        let mut key = String::new();
        for (i, p) in places().iter().enumerate() {
            for n in std::iter::once(p.name).chain(p.aliases()) {
                normalize_into(n, &mut key);
                let ids = all.entry(key.clone()).or_default();
                if ids.last() != Some(&(i as u32)) {
                    ids.push(i as u32);
                }
            }
        }
        all.retain(|_, ids| ids.len() > 1);
        all
    });
    let mut key = String::with_capacity(name.len());
    normalize_into(name, &mut key);
    match shared.get(key.as_str()) {
        Some(ids) => ids.iter().filter_map(|&i| places().get(i as usize)).collect(),
        None => lookup_key(&key).into_iter().collect(),
    }
}

/// The capital of the country with this canonical name, as GeoNames names it (`Minsk`).
pub fn capital(country: &str) -> Option<&'static str> {
    place(country).map(|p| p.seat).filter(|s| !s.is_empty())
}

/// Whether `p` is the capital of its country ([`capital`]).
pub fn is_capital(p: &Place) -> bool {
    country_named(p.country).and_then(capital) == Some(p.name)
}

/// The name of the country with ISO alpha-2 code `code`: the first country of the table
/// with it (a map built on first use).
pub fn country_named(code: &str) -> Option<&'static str> {
    static NAMES: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut m: FastMap<&'static str, &'static str> = FastMap::default();
        for p in places().iter().filter(|p| p.kind == PlaceKind::Country) {
            m.entry(p.country).or_insert(p.name);
        }
        m
    });
    names.get(code).copied()
}

/// The name of the country with ISO alpha-2 code `code` when it is a city-state (`Hong
/// Kong`, `Singapore`): its capital bears its name and every other place of it lies within
/// 40 km of it, so that its districts and streets are parts of one town (a map built on
/// first use).
pub fn city_state(code: &str) -> Option<&'static str> {
    static STATES: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    let states = STATES.get_or_init(|| {
        let mut m: FastMap<&'static str, &'static str> = FastMap::default();
        for c in places().iter().filter(|p| p.kind == PlaceKind::Country && p.seat == p.name) {
            let near = |p: &Place| {
                let dy = (p.lat - c.lat) * 111.0;
                let dx = (p.lon - c.lon) * 111.0 * c.lat.to_radians().cos();
                dx * dx + dy * dy < 40.0 * 40.0
            };
            if places().iter().filter(|p| p.country == c.country && p.kind != PlaceKind::Country).all(near) {
                m.entry(c.country).or_insert(c.name);
            }
        }
        m
    });
    states.get(code).copied()
}

/// Every place, most important first.
pub fn places() -> &'static [Place] {
    &gazetteer().places
}

/// The largest number of words in a name or alias (bounds multi-word matching).
pub fn max_words() -> usize {
    gazetteer().max_words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_resolve_to_the_canonical_place() {
        for (alias, name) in [
            ("Aqtau", "Aktau"),
            ("AKTAU", "Aktau"),
            ("Nur-Sultan", "Astana"),
            ("nur sultan", "Astana"),
            ("Mangistau", "Mangystau"),
            ("Mangystau region", "Mangystau"),
            ("Alma-Ata", "Almaty"),
            ("Caspian sea", "Caspian Sea"),
            ("Tengiz", "Tengiz"),
            ("Zhezkazgan", "Zhezkazgan"),
            ("Valparaiso", "Valparaíso"),
            ("Sri Lanka", "Sri Lanka"),
            ("Britain", "United Kingdom"),
        ] {
            assert_eq!(lookup(alias).map(|p| p.name), Some(name), "{alias}");
        }
    }

    #[test]
    fn places_carry_country_region_and_coordinates() {
        let p = lookup("Aktau").unwrap();
        assert_eq!(
            (p.kind, p.country, p.admin1),
            (PlaceKind::City, "KZ", "Mangystau")
        );
        assert!((p.lat - 43.65).abs() < 0.1 && (p.lon - 51.17).abs() < 0.1);
        assert_eq!(lookup("Kazakhstan").unwrap().kind, PlaceKind::Country);
        assert_eq!(lookup("Colombo").unwrap().country, "LK");
        assert_eq!(lookup("Santiago").unwrap().country, "CL");
        assert_eq!(
            place("Aktau").unwrap().aliases().collect::<Vec<_>>(),
            ["Aqtau"]
        );
        assert!(lookup("Nowhereville").is_none());
        assert!(lookup("Split").unwrap().common_word && !lookup("Aktau").unwrap().common_word);
        assert!(lookup("").is_none());
    }

    #[test]
    fn loads_quickly_and_fits_the_budget() {
        let t = std::time::Instant::now();
        let n = places().len();
        assert!(n > 9_000, "{n} places");
        assert!(DATA.len() <= 700 * 1024, "{} bytes", DATA.len());
        // Generous bound: parsing happens once; a debug build is slow.
        assert!(t.elapsed().as_secs_f64() < 5.0);
        assert!(max_words() >= 3);
    }

    #[test]
    fn ascii_keys_match_the_general_rules() {
        // The ASCII fast path of `normalize_into` agrees with the character rules: a
        // trailing `é` forces the general path and adds an `e`.
        let (mut fast, mut slow) = (String::new(), String::new());
        for b in 0u8..128 {
            let c = char::from(b);
            for name in [format!("A{c}b"), format!("{c}{c}X {c}"), format!("{c}")] {
                normalize_into(&name, &mut fast);
                normalize_into(&format!("{name}é"), &mut slow);
                let expect = if fast.is_empty() {
                    String::from("e")
                } else {
                    format!("{fast}e")
                };
                let sep = slow.strip_suffix('e').is_some_and(|r| r.ends_with(' '))
                    && !fast.ends_with(' ');
                assert!(
                    slow == expect || sep && slow == format!("{fast} e"),
                    "{b}: {fast:?} {slow:?}"
                );
            }
        }
    }

    #[test]
    fn coordinates_read_as_the_float_parser_reads_them() {
        let table = DATA.lines().filter(|l| !l.starts_with('#')).flat_map(|l| l.split('\t').skip(3).take(2));
        let odd = ["", "-", ".", "5.", ".5", "-0.00", "0", "12345678.9", "1.2.3", "+1.5", "1e3", "-179.99", "9999999", "0.1234567"];
        for s in table.chain(odd) {
            let want: f32 = s.parse().unwrap_or(0.0);
            assert_eq!(coordinate(s).to_bits(), want.to_bits(), "{s:?}");
        }
    }

    #[test]
    fn fields_split_like_str_split() {
        let long = "Ab\u{80}\u{80}\u{80}\tcdefghijklmnopq\trstu\t\t\u{100}\u{2009}".repeat(3);
        for s in ["", "a", "a\tb", "\t", "a\t\tb\t", "é\tü", "abcdefgh\t", "abcdefg\th", &long] {
            assert_eq!(fields(s, b'\t').collect::<Vec<_>>(), s.split('\t').collect::<Vec<_>>());
            assert_eq!(fields(s, b'|').collect::<Vec<_>>(), s.split('|').collect::<Vec<_>>());
        }
    }

    #[test]
    fn shared_names_list_every_place_most_important_first() {
        let georgia: Vec<_> = candidates("georgia").iter().map(|p| (p.kind, p.country)).collect();
        assert_eq!(georgia[..2], [(PlaceKind::Country, "GE"), (PlaceKind::Region, "US")]);
        assert_eq!(candidates("Aqtau").iter().map(|p| p.name).collect::<Vec<_>>(), ["Aktau"]);
        assert!(candidates("Nowhereville").is_empty());
        // English cities whose names are surnames or words too: Bristol first in England,
        // Bath a town that wants evidence (`in Bath`), being a common word.
        let bristol: Vec<_> = candidates("Bristol").iter().map(|p| (p.kind, p.country)).collect();
        assert_eq!(bristol[..2], [(PlaceKind::City, "GB"), (PlaceKind::City, "US")]);
        assert!(lookup("Bath").is_some_and(|p| p.country == "GB" && p.common_word));
    }

    #[test]
    fn districts_of_protest_cities_are_features_of_their_town() {
        // (Each in its town's country and region, so that `Borella, Colombo` stands in
        // Colombo; a name that is also a common word is marked so: `f`.)
        for (name, country, town) in [
            ("Borella", "LK", "Colombo"),
            ("Fort", "LK", "Colombo"),
            ("Providencia", "CL", "Santiago"),
            ("La Moneda", "CL", "Santiago"),
            ("Enghelab Square", "IR", "Tehran"),
            ("Independence Avenue", "BY", "Minsk"),
            ("Republic Square", "KZ", "Almaty"),
            ("Whitehall", "GB", "London"),
            ("Lake Street", "US", "Minneapolis"),
        ] {
            let (p, t) = (lookup(name).unwrap(), place(town).unwrap());
            assert_eq!((p.kind, p.country, p.admin1), (PlaceKind::Feature, country, t.admin1), "{name}");
        }
        assert_eq!(lookup("Central").map(|p| (p.kind, p.country, p.common_word)), Some((PlaceKind::Feature, "HK", true)));
        assert!(!lookup("Borella").unwrap().common_word);
        // Two squares of Tehran, a square and an avenue of Minsk: not one another's aliases.
        assert_eq!(lookup("Enghelab Square").unwrap().name, "Enghelab Square");
        assert_eq!(lookup("Independence Avenue").unwrap().name, "Independence Avenue");
        // (A curated town replaces GeoNames' own, here with its region, which GeoNames lacks.)
        assert_eq!(lookup("Maipu").map(|p| (p.kind, p.admin1)), Some((PlaceKind::City, "Santiago Metropolitan")));
    }

    #[test]
    fn ordinary_words_are_not_places() {
        for w in [
            "Police",
            "Union",
            "Independence",
            "Of",
            "The",
            "March",
            "May",
        ] {
            assert!(lookup(w).is_none(), "{w}");
        }
    }
}
