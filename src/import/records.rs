//! Record files: a JSON array of objects (or an object holding one), JSON Lines, and CSV
//! / TSV with a header row. Each record with text becomes a document: its title, a blank
//! line, its body; its date and id come from columns chosen by their usual names.

use super::dates::{self, Found};
use super::Imported;
use crate::corpus::{stem, Document, RejectReason, Rejected, Warning};
use serde_json::Value;

/// Column names for each role, best first, compared after [`normalize`].
const DATE_NAMES: &[&str] = &[
    "date", "published", "published_at", "publish_date", "publication_date", "pub_date", "pubdate",
    "date_published", "datepublished", "event_date", "created", "created_at", "timestamp", "datetime",
    "time", "updated", "modified", "day",
];
const TEXT_NAMES: &[&str] = &[
    "text", "body", "content", "full_text", "fulltext", "article", "article_text", "story", "description",
    "summary", "notes", "message", "abstract", "lead",
];
const TITLE_NAMES: &[&str] = &["title", "headline", "heading", "subject"];
const ID_NAMES: &[&str] = &["id", "doc_id", "document_id", "uuid", "guid", "slug", "url", "link", "permalink"];

/// Malformed JSON Lines reported one by one; the rest are counted in one message.
const MAX_LINE_REJECTS: usize = 10;
/// Distinct keys looked at across JSON records.
const MAX_KEYS: usize = 256;

/// `Published At` → `published_at`.
fn normalize(header: &str) -> String {
    let mut s = String::with_capacity(header.len());
    for c in header.trim().chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('_') {
            s.push('_');
        }
    }
    s.trim_matches('_').to_string()
}

/// Which column plays which role (indices into the headers).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    pub date: Option<usize>,
    pub text: Option<usize>,
    pub title: Option<usize>,
    pub id: Option<usize>,
}

/// Chooses the date, text, title and id columns by name; notes say which were chosen
/// and where a role had several candidates. `rows` serve the last resort for the text:
/// the column with the longest values.
pub fn choose_columns(headers: &[String], rows: &[Vec<Option<String>>]) -> (Roles, Vec<String>) {
    let norm: Vec<String> = headers.iter().map(|h| normalize(h)).collect();
    let mut notes = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    let mut pick = |role: &str, names: &[&str], fuzzy: &[&str], notes: &mut Vec<String>| -> Option<usize> {
        let mut exact: Vec<(usize, usize)> = norm
            .iter()
            .enumerate()
            .filter(|(i, _)| !taken.contains(i))
            .filter_map(|(i, h)| names.iter().position(|n| n == h).map(|rank| (rank, i)))
            .collect();
        exact.sort();
        let chosen = match exact.as_slice() {
            [] => norm
                .iter()
                .enumerate()
                .find(|(i, h)| !taken.contains(i) && fuzzy.iter().any(|f| h.contains(f)))
                .map(|(i, _)| i),
            [(_, i)] => Some(*i),
            [(_, i), ..] => {
                let all: Vec<String> = exact.iter().map(|(_, j)| format!("`{}`", headers[*j])).collect();
                notes.push(format!("several possible {role} columns ({}): used `{}`", all.join(", "), headers[*i]));
                Some(*i)
            }
        };
        if let Some(i) = chosen {
            taken.push(i);
        }
        chosen
    };
    let text = pick("text", TEXT_NAMES, &["text", "body", "content"], &mut notes);
    let date = pick("date", DATE_NAMES, &["date"], &mut notes);
    let title = pick("title", TITLE_NAMES, &["title", "headline"], &mut notes);
    let id = pick("id", ID_NAMES, &[], &mut notes).or(title);
    let text = text.or_else(|| {
        let longest = longest_column(headers.len(), rows, &[date, title, id]);
        if let Some(i) = longest {
            notes.push(format!(
                "no column is named like text, body or content: used `{}`, the column with the longest values",
                headers[i]
            ));
        }
        longest
    });
    (Roles { date, text, title, id }, notes)
}

/// The column (not already used) with the most characters in the first rows, if its
/// values are long enough to be prose.
fn longest_column(n: usize, rows: &[Vec<Option<String>>], used: &[Option<usize>]) -> Option<usize> {
    let sample = &rows[..rows.len().min(200)];
    let mut best: Option<(usize, usize)> = None;
    for c in (0..n).filter(|c| !used.contains(&Some(*c))) {
        let total: usize = sample.iter().filter_map(|r| r.get(c)?.as_ref()).map(|v| v.chars().count()).sum();
        let words: usize = sample.iter().filter_map(|r| r.get(c)?.as_ref()).map(|v| v.split_whitespace().count()).sum();
        if words >= 5 * sample.len().max(1) && best.is_none_or(|(t, _)| total > t) {
            best = Some((total, c));
        }
    }
    best.map(|(_, c)| c)
}

/// A table of records: header names and, per record, its cells (None when missing or
/// empty) with the record's line number for messages.
struct Table {
    headers: Vec<String>,
    rows: Vec<Vec<Option<String>>>,
}

/// Turns a table into documents; reports the columns, skipped records, or why none is usable.
fn documents(name: &str, table: Table, out: &mut Imported) {
    let (roles, notes) = choose_columns(&table.headers, &table.rows);
    for n in notes {
        out.notes.push(format!("{name}: {n}"));
    }
    let Some(text_col) = roles.text else {
        let mut shown: Vec<&str> = table.headers.iter().take(12).map(String::as_str).collect();
        if table.headers.len() > 12 {
            shown.push("…");
        }
        let detail = if table.headers.is_empty() {
            "it holds no records".to_string()
        } else {
            format!("no text column among {}", shown.join(", "))
        };
        out.rejected.push(Rejected::new(name, RejectReason::NoText { detail }));
        return;
    };
    let col = |i: Option<usize>| i.map(|i| format!("`{}`", table.headers[i]));
    let described: Vec<String> = [("date", col(roles.date)), ("text", col(roles.text)), ("title", col(roles.title)), ("id", col(roles.id))]
        .into_iter()
        .filter_map(|(role, c)| Some(format!("{role} {}", c?)))
        .collect();
    out.notes.push(format!("{name}: {} record{}, columns: {}", table.rows.len(), plural(table.rows.len()), described.join(", ")));
    let file_stem = stem(crate::corpus::base_name(name));
    let mut without_text = 0;
    let before = out.documents.len();
    for (n, mut row) in table.rows.into_iter().enumerate() {
        // The text cell is taken out of the row, so that it can become the document's text
        // without a copy.
        let mut body_cell = row.get_mut(text_col).and_then(Option::take);
        let cell = |i: Option<usize>| i.and_then(|i| row.get(i)?.as_deref()).map(str::trim).filter(|s| !s.is_empty());
        let body = body_cell.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let title = cell(roles.title);
        let text = match (title, body) {
            (Some(t), Some(b)) if !b.starts_with(t) => format!("{t}\n\n{b}"),
            (_, Some(b)) if b.len() == body_cell.as_ref().map_or(0, String::len) => body_cell.take().unwrap_or_default(),
            (_, Some(b)) => b.to_string(),
            _ => {
                without_text += 1;
                continue;
            }
        };
        let id = cell(roles.id).map(|s| truncate(s, 120)).unwrap_or_else(|| format!("{file_stem}#{}", n + 1));
        let mut warnings = Vec::new();
        let date = match cell(roles.date) {
            Some(v) => match dates::parse_field(v) {
                Found::Date(d) => Some(d),
                Found::OutOfRange => {
                    warnings.push(Warning::DateOutOfRange { found: truncate(v, 40) });
                    None
                }
                Found::NotADate => {
                    warnings.push(Warning::UnreadableDate { found: truncate(v, 40) });
                    None
                }
            },
            None => super::date_from_text(&text, &mut warnings).0,
        };
        if let Ok(d) = Document::build(&format!("{name}#{}", n + 1), &id, date, text, 0, warnings) {
            out.documents.push(d);
        }
    }
    if without_text > 0 {
        out.notes.push(format!("{name}: {without_text} record{} without text skipped", plural(without_text)));
    }
    if out.documents.len() == before {
        out.rejected.push(Rejected::new(name, RejectReason::NoText { detail: format!("every `{}` cell is empty", table.headers[text_col]) }));
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn truncate(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// A JSON value as a cell: strings and numbers as text, a list of strings as paragraphs.
fn cell(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        _ => None,
    }
}

/// Builds a table from JSON objects (their values moved, not copied): the headers are
/// their keys in first-seen order.
fn table_of(objects: Vec<serde_json::Map<String, Value>>) -> Table {
    let mut headers: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for o in &objects {
        for k in o.keys() {
            if headers.len() < MAX_KEYS && seen.insert(k.as_str()) {
                headers.push(k.clone());
            }
        }
    }
    let rows = objects.into_iter().map(|mut o| headers.iter().map(|h| o.remove(h).and_then(cell)).collect()).collect();
    Table { headers, rows }
}

/// `message at line 3 column 7` → `line 3, column 7: message`.
fn json_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let msg = msg.rsplit_once(" at line ").map_or(msg.as_str(), |(m, _)| m);
    format!("line {}, column {}: {msg}", e.line(), e.column())
}

/// A `.json` file: an array of objects, an object with such an array, or one object.
pub fn json(name: &str, text: &str, out: &mut Imported) {
    let value: Value = match serde_json::from_str(text.trim_start_matches('\u{FEFF}')) {
        Ok(v) => v,
        Err(e) => {
            let detail = json_error(&e);
            out.rejected.push(Rejected::new(name, RejectReason::Malformed { format: "JSON".into(), detail }));
            return;
        }
    };
    let items: Vec<Value> = match value {
        Value::Array(a) => a,
        Value::Object(mut o) => {
            let list = o
                .iter()
                .filter_map(|(k, v)| Some((k, v.as_array()?)))
                .filter(|(_, a)| a.iter().any(Value::is_object))
                .max_by_key(|(_, a)| a.len())
                .map(|(k, _)| k.clone());
            match list.and_then(|k| Some((o.remove(&k)?, k))) {
                Some((Value::Array(a), k)) => {
                    out.notes.push(format!("{name}: records read from the field `{k}`"));
                    a
                }
                _ => vec![Value::Object(o)],
            }
        }
        _ => Vec::new(),
    };
    let count = items.len();
    let objects: Vec<_> = items
        .into_iter()
        .filter_map(|v| match v {
            Value::Object(o) => Some(o),
            _ => None,
        })
        .collect();
    if objects.len() < count {
        let n = count - objects.len();
        let what = if n == 1 { "item that is not an object" } else { "items that are not objects" };
        out.notes.push(format!("{name}: {n} {what} skipped"));
    }
    documents(name, table_of(objects), out);
}

/// A `.jsonl` file: one JSON object per line; a malformed line is reported and skipped.
pub fn jsonl(name: &str, text: &str, out: &mut Imported) {
    let mut values = Vec::new();
    let mut bad = 0usize;
    for (i, line) in text.trim_start_matches('\u{FEFF}').lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let detail = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(o)) => {
                values.push(o);
                continue;
            }
            Ok(_) => "not an object".to_string(),
            Err(e) => json_error(&e).split_once(", ").map_or(String::new(), |(_, rest)| rest.to_string()),
        };
        bad += 1;
        if bad <= MAX_LINE_REJECTS {
            let line_name = format!("{name} line {}", i + 1);
            out.rejected.push(Rejected::new(&line_name, RejectReason::Malformed { format: "JSON".into(), detail }));
        }
    }
    if bad > MAX_LINE_REJECTS {
        let more = bad - MAX_LINE_REJECTS;
        out.notes.push(format!("{name}: {more} more malformed line{} skipped", plural(more)));
    }
    documents(name, table_of(values), out);
}

/// A `.csv` or `.tsv` file with a header row; quoted cells may hold separators and line
/// breaks; short rows are padded, long ones cut.
pub fn csv(name: &str, text: &str, tab: bool, out: &mut Imported) {
    let text = text.trim_start_matches('\u{FEFF}');
    let delimiter = if tab { b'\t' } else { sniff_delimiter(text) };
    if delimiter == b';' {
        out.notes.push(format!("{name}: cells separated by semicolons"));
    }
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).has_headers(false).from_reader(text.as_bytes());
    let mut headers: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                out.rejected.push(Rejected::new(name, RejectReason::Malformed { format: "CSV".into(), detail: format!("line {line}: {e}") }));
                return;
            }
        };
        match &headers {
            None => headers = Some(record.iter().map(str::to_string).collect()),
            Some(h) => rows.push(
                (0..h.len()).map(|i| record.get(i).map(str::to_string).filter(|c| !c.trim().is_empty())).collect(),
            ),
        }
    }
    documents(name, Table { headers: headers.unwrap_or_default(), rows }, out);
}

/// Comma unless the header line has more semicolons (or tabs) than commas.
fn sniff_delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let first = &first.as_bytes()[..first.len().min(65_536)];
    let count = |d: u8| first.iter().filter(|b| **b == d).count();
    [b',', b';', b'\t'].into_iter().max_by_key(|d| (count(*d), *d == b',')).unwrap_or(b',')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn columns_are_chosen_by_name_and_ambiguity_is_reported() {
        let (r, notes) = choose_columns(&headers(&["URL", "Headline", "Published At", "Body", "Text"]), &[]);
        assert_eq!(r, Roles { date: Some(2), text: Some(4), title: Some(1), id: Some(0) });
        assert_eq!(notes, ["several possible text columns (`Text`, `Body`): used `Text`"]);
        let (r, notes) = choose_columns(&headers(&["date", "created_at", "content"]), &[]);
        assert_eq!((r.date, r.text), (Some(0), Some(2)));
        assert!(notes[0].contains("date columns (`date`, `created_at`)"), "{notes:?}");
    }

    #[test]
    fn without_a_text_name_the_longest_column_is_used_and_said() {
        let rows = vec![vec![Some("2022-01-05".to_string()), Some("Dock workers in Oakvale walked out over pay".to_string()), Some("x".into())]];
        let (r, notes) = choose_columns(&headers(&["when", "report", "code"]), &rows);
        assert_eq!(r.text, Some(1));
        assert!(notes[0].contains("`report`, the column with the longest values"), "{notes:?}");
        let (r, _) = choose_columns(&headers(&["a", "b"]), &[vec![Some("x".into()), Some("y".into())]]);
        assert_eq!(r.text, None, "short values are not prose");
    }

    #[test]
    fn csv_with_ragged_rows_embedded_newlines_and_semicolons() {
        let mut out = Imported::default();
        csv("r.csv", "date;text;extra\n2022-01-05;\"Workers struck;\nthen marched.\"\n2022-01-06\n;Undated note here.;1;2\n", false, &mut out);
        let texts: Vec<&str> = out.documents.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["Workers struck;\nthen marched.", "Undated note here."]);
        assert_eq!(out.documents[0].id, "r#1");
        assert_eq!(out.documents[1].name, "r.csv#3");
        assert!(out.notes.iter().any(|n| n.contains("1 record without text skipped")), "{:?}", out.notes);
        assert!(out.notes.iter().any(|n| n.contains("semicolons")));
    }

    #[test]
    fn json_shapes_and_errors() {
        let mut out = Imported::default();
        json("a.json", r#"{"meta": 1, "articles": [{"title": "T", "body": ["P1", "P2"], "date": 1641376800, "id": 7}, 3]}"#, &mut out);
        assert_eq!(out.documents[0].text, "T\n\nP1\n\nP2");
        assert_eq!(out.documents[0].id, "7");
        assert_eq!(out.documents[0].date.map(|d| d.to_string()).as_deref(), Some("2022-01-05"));
        assert!(out.notes.iter().any(|n| n.contains("field `articles`")));
        assert!(out.notes.iter().any(|n| n.contains("1 item that is not an object skipped")));
        let mut out = Imported::default();
        json("b.json", &("[".repeat(5000) + "]"), &mut out);
        assert!(out.rejected[0].message().contains("recursion limit"), "{}", out.rejected[0].message());
        let mut out = Imported::default();
        json("c.json", "[{\"text\": \"cut", &mut out);
        assert_eq!(out.rejected[0].message(), "c.json: malformed JSON (line 1, column 14: EOF while parsing a string), skipped");
    }

    #[test]
    fn jsonl_reports_bad_lines_and_keeps_the_rest() {
        let mut out = Imported::default();
        let mut text = String::from("{\"text\": \"First.\", \"date\": \"0000-01-01\"}\n{broken\n");
        text.push_str(&"nope\n".repeat(12));
        text.push_str("{\"text\": \"Second.\", \"date\": \"soon\"}\n");
        jsonl("l.jsonl", &text, &mut out);
        assert_eq!(out.documents.len(), 2);
        assert_eq!(out.documents[0].warnings, [Warning::DateOutOfRange { found: "0000-01-01".into() }]);
        assert_eq!(out.documents[1].warnings, [Warning::UnreadableDate { found: "soon".into() }]);
        assert_eq!(out.rejected.len(), MAX_LINE_REJECTS);
        assert_eq!(out.rejected[0].name, "l.jsonl line 2");
        assert!(out.rejected[0].message().contains("malformed JSON (column 2: key must be a string)"), "{}", out.rejected[0].message());
        assert!(out.notes.iter().any(|n| n == "l.jsonl: 3 more malformed lines skipped"), "{:?}", out.notes);
    }
}
