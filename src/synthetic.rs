//! Synthetic corpora for benchmarks: given real documents, repeats them with shifted
//! header dates and varied place names until a size is reached. Pure; callers read the
//! source files.

/// Places swapped in turn for the ones the sources name, so facets and lanes fill up.
const PLACES: &[&str] = &[
    "Almaty", "Shymkent", "Karaganda", "Atyrau", "Oral", "Kostanay", "Pavlodar", "Semey", "Taraz", "Aktobe",
    "Colombo", "Kandy", "Santiago", "Valparaiso", "Tehran", "Mashhad", "Minsk", "Gomel", "Leeds", "Detroit",
];
const SWAPPED: &[&str] = &["Zhanaozen", "Aktau", "Zhezkazgan", "Balkhash", "Tengiz"];

/// Splits a document into its header date `YYYY-MM-DD` and the text after it.
pub fn split_header(text: &str) -> Option<(&str, &str)> {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let rest = t.strip_prefix("date ")?;
    let date = rest.get(..10)?;
    let ok = date.len() == 10 && date.as_bytes()[4] == b'-' && date.as_bytes()[7] == b'-';
    ok.then(|| (date, &rest[10..]))
}

/// Repeats `sources` (`(name, text)` with a date header) until there are at least
/// `min_docs` documents and `min_bytes` bytes. Round `r` moves the header date by `r`
/// months and renames the places the seed mentions.
pub fn corpus(sources: &[(String, String)], min_docs: usize, min_bytes: usize) -> Vec<(String, String)> {
    let usable: Vec<(&str, &str)> = sources
        .iter()
        .filter_map(|(n, t)| split_header(t).map(|(_, body)| (n.as_str(), body)))
        .collect();
    let mut out = Vec::new();
    let mut bytes = 0;
    let mut round = 0usize;
    while !usable.is_empty() && (out.len() < min_docs || bytes < min_bytes) {
        for (name, body) in &usable {
            let year = 2000 + (round / 12) % 25;
            let month = round % 12 + 1;
            let mut text = format!("date {year}-{month:02}-15{body}");
            for (i, p) in SWAPPED.iter().enumerate() {
                let to = PLACES[(round * 3 + i) % PLACES.len()];
                if round > 0 {
                    text = text.replace(p, to);
                }
            }
            bytes += text.len();
            out.push((format!("{round:05}-{name}"), text));
        }
        round += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_with_shifted_dates_and_places() {
        let src = vec![("a.txt".to_string(), " date 2022-08-10 Strike in Zhanaozen.".to_string()),
                       ("bad.txt".to_string(), "no header".to_string())];
        let c = corpus(&src, 3, 0);
        assert_eq!(c.len(), 3);
        assert_eq!(c[0].1, "date 2000-01-15 Strike in Zhanaozen.");
        assert_eq!(c[1].1, "date 2000-02-15 Strike in Atyrau.");
        assert!(c.iter().all(|(n, _)| !n.contains("bad")));
        assert!(corpus(&[], 10, 10).is_empty());
    }
}
