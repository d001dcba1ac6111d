//! Exports of the current view, pure: the filtered events as ACLED-like CSV and as JSON,
//! the entities with their mention counts as CSV, and the events as TimelineJS JSON; plus
//! a safe file name for each. Rows are indices into `library.index.events` (what
//! `query::Index::run(filter).rows` gives), documents indices into `library.documents`.

use crate::extract::{EntityKind, EventOut, FigureKind, Precision};
use crate::gazetteer;
use crate::query::type_name;
use crate::state::Library;
use crate::timeline;
use chrono::Datelike;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Events, one row each, with ACLED-like columns.
    AcledCsv,
    /// Events as a JSON array, the CLI's event shape plus the document.
    EventsJson,
    /// Entities (canonical name, kind, mentions, documents, aliases).
    EntitiesCsv,
    /// A TimelineJS story timeline.
    TimelineJs,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::AcledCsv, Format::EventsJson, Format::EntitiesCsv, Format::TimelineJs];

    /// The name used on the command line: `acled-csv`, `events-json`, `entities-csv`, `timelinejs`.
    pub fn key(self) -> &'static str {
        match self {
            Format::AcledCsv => "acled-csv",
            Format::EventsJson => "events-json",
            Format::EntitiesCsv => "entities-csv",
            Format::TimelineJs => "timelinejs",
        }
    }

    pub fn parse(key: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.key() == key)
    }

    /// The media type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::AcledCsv | Format::EntitiesCsv => "text/csv;charset=utf-8",
            Format::EventsJson | Format::TimelineJs => "application/json",
        }
    }

    fn stem_and_extension(self) -> (&'static str, &'static str) {
        match self {
            Format::AcledCsv => ("events", "csv"),
            Format::EventsJson => ("events", "json"),
            Format::EntitiesCsv => ("entities", "csv"),
            Format::TimelineJs => ("timeline", "json"),
        }
    }
}

/// Runs one export: events formats use `rows`, the entities format `docs`.
pub fn export(format: Format, lib: &Library, rows: &[usize], docs: &[usize]) -> String {
    match format {
        Format::AcledCsv => acled_csv(lib, rows),
        Format::EventsJson => events_json(lib, rows),
        Format::EntitiesCsv => entities_csv(lib, docs),
        Format::TimelineJs => timelinejs(lib, rows, "Chronicle"),
    }
}

/// A download name such as `chronicle-events-2022-01.csv`: `scope` (see [`scope`]) is
/// reduced to lower-case ASCII letters, digits and single dashes.
pub fn file_name(format: Format, scope: &str) -> String {
    let (stem, ext) = format.stem_and_extension();
    let mut safe = String::new();
    for c in scope.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            safe.push(c);
        } else if !safe.is_empty() && !safe.ends_with('-') {
            safe.push('-');
        }
        if safe.len() >= 60 {
            break;
        }
    }
    let safe = safe.trim_matches('-');
    if safe.is_empty() {
        format!("chronicle-{stem}.{ext}")
    } else {
        format!("chronicle-{stem}-{safe}.{ext}")
    }
}

/// The dates the rows cover, for a file name: `2022-01-05`, `2022-01`, `2022`, `2021-2022`,
/// or empty when no row has a calendar date.
pub fn scope(lib: &Library, rows: &[usize]) -> String {
    let spans = rows.iter().filter_map(|r| lib.index.events.get(*r)?.span);
    let Some((a, b)) = spans.fold(None, |acc: Option<(i32, i32)>, (s, e)| Some(acc.map_or((s, e), |(x, y)| (x.min(s), y.max(e)))))
    else {
        return String::new();
    };
    let (Some(a), Some(b)) = (timeline::date(a), timeline::date(b)) else {
        return String::new();
    };
    if a == b {
        a.to_string()
    } else if (a.year(), a.month()) == (b.year(), b.month()) {
        format!("{}-{:02}", a.year(), a.month())
    } else if a.year() == b.year() {
        a.year().to_string()
    } else {
        format!("{}-{}", a.year(), b.year())
    }
}

/// A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a leading tab
/// or carriage return) gets a leading `'`.
fn guard(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// White space runs (line breaks included) as one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn csv_of(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// ACLED's time precision: 1 a day, 2 a week or month, 3 anything vaguer.
fn time_precision(p: Option<Precision>) -> &'static str {
    match p {
        Some(Precision::Day) => "1",
        Some(Precision::Week | Precision::Month) => "2",
        Some(_) => "3",
        None => "",
    }
}


/// The events as CSV with the columns `event_date, time_precision, event_type, actor1,
/// assoc_actors, location, admin1, country, latitude, longitude, fatalities, notes, source`.
pub fn acled_csv(lib: &Library, rows: &[usize]) -> String {
    const HEADER: [&str; 13] = [
        "event_date", "time_precision", "event_type", "actor1", "assoc_actors", "location", "admin1", "country",
        "latitude", "longitude", "fatalities", "notes", "source",
    ];
    let lines = rows.iter().filter_map(|&row| {
        let r = lib.index.events.get(row)?;
        let e = lib.event(row)?;
        let doc = lib.documents.get(r.doc)?;
        let date = r.span.and_then(|(a, _)| timeline::date(a)).map(|d| d.to_string()).unwrap_or_default();
        let place = e.place.as_deref().and_then(gazetteer::place);
        let country = place.and_then(|p| gazetteer::country_named(p.country).or(Some(p.country))).unwrap_or("");
        let fatalities = e
            .figures
            .iter()
            .filter(|f| f.kind == FigureKind::Killed)
            .filter_map(|f| f.min)
            .fold(0.0f64, f64::max);
        let coord = |v: Option<f32>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
        Some(vec![
            date,
            time_precision(if r.span.is_some() { e.precision } else { None }).to_string(),
            type_name(e.kind).to_string(),
            guard(e.actors.first().map_or("", String::as_str)),
            guard(&e.actors.iter().skip(1).map(String::as_str).collect::<Vec<_>>().join("; ")),
            guard(e.place.as_deref().unwrap_or("")),
            guard(place.map_or("", |p| p.admin1)),
            guard(country),
            coord(place.map(|p| p.lat)),
            coord(place.map(|p| p.lon)),
            format!("{}", fatalities.max(0.0).floor() as u64),
            guard(&one_line(doc.slice(e.sentence))),
            guard(&doc.id),
        ])
    });
    csv_of(&HEADER, lines)
}

#[derive(Serialize)]
struct EventJson<'a> {
    document: &'a str,
    document_date: Option<String>,
    #[serde(flatten)]
    event: EventOut<'a>,
    /// The sentence that holds the evidence.
    sentence: &'a str,
}

/// The events as a JSON array: each is the CLI's event (`type`, `date`, `precision`,
/// `place`, `actors`, `figures`, `evidence`) plus `document`, `document_date`, `sentence`.
pub fn events_json(lib: &Library, rows: &[usize]) -> String {
    let events: Vec<EventJson> = rows
        .iter()
        .filter_map(|&row| {
            let r = lib.index.events.get(row)?;
            let e = lib.event(row)?;
            let doc = lib.documents.get(r.doc)?;
            Some(EventJson {
                document: &doc.id,
                document_date: doc.date.map(|d| d.to_string()),
                event: EventOut::new(doc, lib.analyses.get(r.doc).map_or(&[][..], |a| &a.mentions), e),
                sentence: doc.slice(e.sentence),
            })
        })
        .collect();
    serde_json::to_string_pretty(&events).unwrap_or_default()
}

fn kind_name(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "person",
        EntityKind::Organization => "organization",
        EntityKind::Place => "place",
    }
}

/// The entities of these documents as CSV: `canonical, kind, mentions, documents,
/// aliases` (other spellings met, `; `-separated); most mentioned first.
pub fn entities_csv(lib: &Library, docs: &[usize]) -> String {
    #[derive(Default)]
    struct Tally<'a> {
        mentions: usize,
        docs: BTreeSet<usize>,
        aliases: BTreeSet<&'a str>,
    }
    let mut tally: BTreeMap<(&str, EntityKind), Tally> = BTreeMap::new();
    for &d in docs.iter().collect::<BTreeSet<_>>() {
        let (Some(doc), Some(a)) = (lib.documents.get(d), lib.analyses.get(d)) else { continue };
        for m in &a.mentions {
            let t = tally.entry((m.canonical.as_str(), m.kind)).or_default();
            t.mentions += 1;
            t.docs.insert(d);
            let text = doc.slice(m.span);
            if text != m.canonical {
                t.aliases.insert(text);
            }
        }
    }
    let mut list: Vec<_> = tally.into_iter().collect();
    list.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then_with(|| a.0.cmp(&b.0)));
    let lines = list.into_iter().map(|((name, kind), t)| {
        vec![
            guard(name),
            kind_name(kind).to_string(),
            t.mentions.to_string(),
            t.docs.len().to_string(),
            guard(&t.aliases.into_iter().map(one_line).collect::<Vec<_>>().join("; ")),
        ]
    });
    csv_of(&["canonical", "kind", "mentions", "documents", "aliases"], lines)
}

/// Text for HTML: TimelineJS renders its text fields as HTML.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[derive(Serialize)]
struct TlDate {
    year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<u32>,
}

#[derive(Serialize)]
struct TlText {
    headline: String,
    text: String,
}

#[derive(Serialize)]
struct TlEvent {
    start_date: TlDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<TlDate>,
    text: TlText,
    group: &'static str,
}

#[derive(Serialize)]
struct TlSlide {
    text: TlText,
}

#[derive(Serialize)]
struct Timeline {
    title: TlSlide,
    events: Vec<TlEvent>,
}

/// The date fields TimelineJS shows for a day of a span at a precision.
fn tl_date(day: timeline::Day, precision: Option<Precision>) -> Option<TlDate> {
    let d = timeline::date(day)?;
    let (month, day) = match precision {
        Some(Precision::Day | Precision::Week) => (Some(d.month()), Some(d.day())),
        Some(Precision::Month | Precision::Season | Precision::Quarter) => (Some(d.month()), None),
        _ => (None, None),
    };
    Some(TlDate { year: d.year(), month, day })
}

/// `Strike in Oakvale`, `Protest`.
fn headline(kind: &str, place: Option<&str>) -> String {
    let mut h: String = kind.chars().take(1).flat_map(char::to_uppercase).chain(kind.chars().skip(1)).collect();
    if let Some(p) = place {
        h.push_str(" in ");
        h.push_str(p);
    }
    h
}

/// The events as a TimelineJS JSON file (`title` slide, then one slide per dated event,
/// grouped by type). Every text from the documents is HTML-escaped; undated events are
/// left out and counted on the title slide.
pub fn timelinejs(lib: &Library, rows: &[usize], title: &str) -> String {
    let mut events = Vec::new();
    let mut undated = 0;
    for &row in rows {
        let (Some(r), Some(e)) = (lib.index.events.get(row), lib.event(row)) else { continue };
        let Some(doc) = lib.documents.get(r.doc) else { continue };
        let Some((a, b)) = r.span else {
            undated += 1;
            continue;
        };
        let Some(start_date) = tl_date(a, e.precision) else { continue };
        let wide = matches!(e.precision, Some(Precision::Week | Precision::Season | Precision::Quarter | Precision::Decade | Precision::Century));
        let end_date = if wide { tl_date(b, e.precision) } else { None };
        let mut text = format!("<p>{}</p>", escape_html(&one_line(doc.slice(e.sentence))));
        if !e.actors.is_empty() {
            text.push_str(&format!("<p>Actors: {}</p>", escape_html(&e.actors.join(", "))));
        }
        let source = match doc.date {
            Some(d) => format!("{} ({d})", doc.id),
            None => doc.id.clone(),
        };
        text.push_str(&format!("<p>Source: {}</p>", escape_html(&source)));
        events.push(TlEvent {
            start_date,
            end_date,
            text: TlText { headline: escape_html(&headline(type_name(e.kind), e.place.as_deref())), text },
            group: type_name(e.kind),
        });
    }
    let n = events.len();
    let mut intro = format!("{n} event{} from {} document{}", plural(n), lib.documents.len(), plural(lib.documents.len()));
    if undated > 0 {
        intro.push_str(&format!("; {undated} undated event{} not shown", plural(undated)));
    }
    let timeline = Timeline { title: TlSlide { text: TlText { headline: escape_html(title), text: escape_html(&intro) } }, events };
    serde_json::to_string_pretty(&timeline).unwrap_or_default()
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::query::Filter;

    fn library() -> Library {
        Library::new(Corpus::read([
            (
                "aktau.txt",
                &b"date 2022-01-05\nThousands of protesters rallied in Aktau on 4 January. \
                   Police said at least 3 people were killed in clashes in Almaty on 5 January."[..],
            ),
            ("formula.txt", &b"date 2021-03-01\n=HYPERLINK(\"x\") workers went on strike in Aktau in March 2021."[..]),
        ]))
    }

    fn all_rows(lib: &Library) -> Vec<usize> {
        lib.index.run(&Filter::default()).rows
    }

    #[test]
    fn acled_columns_coordinates_fatalities_and_formula_guard() {
        let lib = library();
        let csv = acled_csv(&lib, &all_rows(&lib));
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], "event_date,time_precision,event_type,actor1,assoc_actors,location,admin1,country,latitude,longitude,fatalities,notes,source");
        assert!(lines.iter().any(|l| l.starts_with("2022-01-04,1,protest,") && l.contains(",Aktau,") && l.contains(",Kazakhstan,")), "{csv}");
        assert!(lines.iter().any(|l| l.contains(",3,") && l.contains("killed")), "{csv}");
        let strike = lines.iter().find(|l| l.contains("strike")).expect("a strike row");
        assert!(strike.starts_with("2021-03-01,2,strike,"), "{strike}");
        assert!(strike.contains("\"'=HYPERLINK(\"\"x\"\") workers"), "formula cells are defused: {strike}");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name(Format::AcledCsv, "2022-01"), "chronicle-events-2022-01.csv");
        assert_eq!(file_name(Format::TimelineJs, "../Ünïcode  & /etc/passwd"), "chronicle-timeline-n-code-etc-passwd.json");
        assert_eq!(file_name(Format::EntitiesCsv, ""), "chronicle-entities.csv");
        let lib = library();
        assert_eq!(scope(&lib, &all_rows(&lib)), "2021-2022");
        assert_eq!(scope(&lib, &[]), "");
    }

    #[test]
    fn timelinejs_escapes_document_text() {
        let lib = Library::new(Corpus::read([(
            "x.txt",
            &b"date 2022-01-05\n<img src=x onerror=alert(1)> Workers went on strike in Aktau on 5 January."[..],
        )]));
        let json = timelinejs(&lib, &all_rows(&lib), "My <story>");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["title"]["text"]["headline"], "My &lt;story&gt;");
        let ev = &v["events"][0];
        assert_eq!(ev["start_date"], serde_json::json!({"year": 2022, "month": 1, "day": 5}));
        assert_eq!(ev["group"], "strike");
        assert_eq!(ev["text"]["headline"], "Strike in Aktau");
        let text = ev["text"]["text"].as_str().unwrap();
        assert!(text.contains("&lt;img src=x onerror=alert(1)&gt;") && !text.contains("<img"), "{text}");
    }

    #[test]
    fn entities_count_mentions_documents_and_aliases() {
        let lib = library();
        let csv = entities_csv(&lib, &[0, 1]);
        let aktau = csv.lines().find(|l| l.starts_with("Aktau,")).expect("Aktau");
        assert_eq!(aktau, "Aktau,place,2,2,");
    }
}
