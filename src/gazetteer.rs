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
}

impl Place {
    pub fn aliases(&self) -> impl Iterator<Item = &'static str> {
        self.aliases.split('|').filter(|a| !a.is_empty())
    }
}

struct Gazetteer {
    places: Vec<Place>,
    /// Normalised name or alias → index of the most important place with it.
    index: FastMap<String, u32>,
    /// Canonical name (exact) → index.
    canonical: FastMap<&'static str, u32>,
    /// Largest number of words in any name or alias.
    max_words: usize,
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| parse(DATA))
}

fn parse(data: &'static str) -> Gazetteer {
    let mut places = Vec::with_capacity(16_000);
    let mut index = FastMap::with_capacity_and_hasher(48_000, Default::default());
    let mut canonical = FastMap::with_capacity_and_hasher(16_000, Default::default());
    let mut max_words = 1;
    let mut key = String::new();
    for line in data.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let mut f = line.split('\t');
        let (Some(kind), Some(country), Some(admin1), Some(lat), Some(lon), Some(name)) =
            (f.next(), f.next(), f.next(), f.next(), f.next(), f.next())
        else {
            continue;
        };
        let aliases = f.next().unwrap_or("");
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
            lat: lat.parse().unwrap_or(0.0),
            lon: lon.parse().unwrap_or(0.0),
            common_word,
        });
        canonical.entry(name).or_insert(i);
        for n in std::iter::once(name).chain(aliases.split('|')) {
            if n.is_empty() {
                continue;
            }
            normalize_into(n, &mut key);
            if key.is_empty() {
                continue;
            }
            max_words = max_words.max(key.split(' ').count());
            if !index.contains_key(key.as_str()) {
                index.insert(key.clone(), i);
            }
        }
    }
    Gazetteer {
        places,
        index,
        canonical,
        max_words,
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
    let mut space = true;
    if name.is_ascii() {
        let bytes = name.as_bytes();
        // Most names are words with single spaces between them: their key is the name
        // in lower case, copied at once.
        let mut after_space = true;
        let plain = bytes.iter().all(|&b| {
            let ok = if b == b' ' {
                !after_space
            } else {
                !matches!(b, b'-' | b'_' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'\'' | b'`' | b'.')
            };
            after_space = b == b' ';
            ok
        }) && !after_space;
        if plain {
            out.push_str(name);
            out.make_ascii_lowercase();
            return;
        }
        // Else the same rules, on runs of ordinary bytes.
        out.reserve(name.len());
        let mut run = 0;
        for (i, &b) in bytes.iter().enumerate() {
            // `-`, `_` and the ASCII characters that `char::is_whitespace` accepts.
            let sep = matches!(b, b'-' | b'_' | b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r');
            if sep || matches!(b, b'\'' | b'`' | b'.') {
                if run < i {
                    out.push_str(name.get(run..i).unwrap_or(""));
                    space = false;
                }
                run = i + 1;
                if sep && !space {
                    out.push(' ');
                    space = true;
                }
            }
        }
        if run < bytes.len() {
            out.push_str(name.get(run..).unwrap_or(""));
        }
        out.make_ascii_lowercase();
        if out.ends_with(' ') {
            out.pop();
        }
        return;
    }
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
    if out.ends_with(' ') {
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
    fn shared_names_list_every_place_most_important_first() {
        let georgia: Vec<_> = candidates("georgia").iter().map(|p| (p.kind, p.country)).collect();
        assert_eq!(georgia[..2], [(PlaceKind::Country, "GE"), (PlaceKind::Region, "US")]);
        assert_eq!(candidates("Aqtau").iter().map(|p| p.name).collect::<Vec<_>>(), ["Aktau"]);
        assert!(candidates("Nowhereville").is_empty());
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
