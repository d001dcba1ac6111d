//! HTML pages to plain text: the visible text only, with block elements as paragraph
//! breaks and the `<title>` as the first line, plus the publication date from the page's
//! metadata. Tokenised by `html5gum` (a WHATWG tokenizer: no tree, no recursion, linear);
//! nothing is ever run, and no markup or attribute survives — only text.

use html5gum::{DefaultEmitter, Token, Tokenizer};

/// What a page yields: its text (title, blank line, paragraphs) and the date value
/// found in its metadata, unparsed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    pub text: String,
    pub date: Option<String>,
}

/// Elements whose content is never shown (or never kept: frames load other pages).
const HIDDEN: &[&[u8]] = &[b"script", b"style", b"template", b"noscript", b"iframe", b"object", b"svg", b"math", b"select", b"textarea", b"noembed", b"noframes"];

/// Elements that start and end a paragraph.
const BLOCKS: &[&[u8]] = &[
    b"p", b"div", b"hr", b"h1", b"h2", b"h3", b"h4", b"h5", b"h6", b"li", b"ul", b"ol", b"dl", b"dt", b"dd",
    b"table", b"tr", b"caption", b"blockquote", b"pre", b"section", b"article", b"header", b"footer", b"aside",
    b"nav", b"main", b"figure", b"figcaption", b"address", b"form", b"fieldset", b"details", b"summary", b"body",
    b"html", b"center", b"legend",
];

/// Cells are separated by a space within their row.
const CELLS: &[&[u8]] = &[b"td", b"th"];

/// `<meta>` names and properties that hold the publication date, best first.
const DATE_META: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "citation_publication_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
];

/// Extracts a page's visible text and its date value.
pub fn page(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = Builder::default();
    let mut hidden = 0usize;
    let mut in_title = false;
    let mut title = String::new();
    let mut meta_date: Option<(usize, String)> = None;
    let mut time_date: Option<String> = None;
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                let attr = |k: &[u8]| {
                    tag.attributes.get(k).map(|v| String::from_utf8_lossy(&v.value).trim().to_string())
                };
                match name {
                    b"title" if !tag.self_closing => in_title = true,
                    b"meta" => {
                        let key = attr(b"property").or_else(|| attr(b"name")).or_else(|| attr(b"itemprop"));
                        let rank = key.and_then(|k| DATE_META.iter().position(|m| m.eq_ignore_ascii_case(&k)));
                        if let (Some(rank), Some(content)) = (rank, attr(b"content").filter(|c| !c.is_empty())) {
                            if meta_date.as_ref().is_none_or(|(r, _)| rank < *r) {
                                meta_date = Some((rank, content));
                            }
                        }
                    }
                    b"time" if time_date.is_none() => time_date = attr(b"datetime").filter(|c| !c.is_empty()),
                    _ if HIDDEN.contains(&name) && !tag.self_closing => hidden += 1,
                    _ if BLOCKS.contains(&name) => out.paragraph(),
                    _ if CELLS.contains(&name) => out.space(),
                    b"br" => out.line_break(),
                    b"img" if hidden == 0 => {
                        // an image's alternative text is what a reader without it sees
                        if let Some(alt) = attr(b"alt").filter(|a| !a.is_empty()) {
                            out.text(&alt);
                            out.space();
                        }
                    }
                    _ => {}
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.as_slice();
                match name {
                    b"title" => in_title = false,
                    _ if HIDDEN.contains(&name) => hidden = hidden.saturating_sub(1),
                    _ if BLOCKS.contains(&name) => out.paragraph(),
                    _ if CELLS.contains(&name) => out.space(),
                    _ => {}
                }
            }
            Token::String(s) if in_title && title.len() < 1000 => title.push_str(&String::from_utf8_lossy(&s.value)),
            Token::String(_) if in_title => {}
            Token::String(s) if hidden == 0 => out.text(&String::from_utf8_lossy(&s.value)),
            _ => {}
        }
    }
    let title = collapse(&title);
    let mut paragraphs = out.finish();
    if paragraphs.first().is_some_and(|p| *p == title) {
        paragraphs.remove(0);
    }
    let mut text = title;
    for p in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&p);
    }
    Page { text, date: meta_date.map(|(_, d)| d).or(time_date) }
}

/// Collapses runs of white space to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Gathers text into paragraphs, collapsing white space.
#[derive(Default)]
struct Builder {
    paragraphs: Vec<String>,
    current: String,
    /// A space is owed before the next word.
    pending_space: bool,
}

impl Builder {
    fn text(&mut self, s: &str) {
        for (i, word) in s.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space();
            }
            if word.is_empty() {
                continue;
            }
            if self.pending_space && !self.current.is_empty() {
                self.current.push(' ');
            }
            self.pending_space = false;
            self.current.push_str(word);
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn line_break(&mut self) {
        if !self.current.is_empty() && !self.current.ends_with('\n') {
            self.current.push('\n');
        }
        self.pending_space = false;
    }

    fn paragraph(&mut self) {
        if !self.current.is_empty() {
            self.paragraphs.push(std::mem::take(&mut self.current));
        }
        self.pending_space = false;
    }

    fn finish(mut self) -> Vec<String> {
        self.paragraph();
        self.paragraphs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_in_paragraphs_with_the_title_first() {
        let p = page(
            "<!doctype html><html><head><title>Strike in  Oakvale</title>\
             <meta property=\"article:published_time\" content=\"2022-01-05T08:00:00Z\">\
             <style>p { color: red }</style></head><body>\
             <h1>Strike in Oakvale</h1><p>Dock workers walked out on <b>5&nbsp;January</b> &amp; marched.</p>\
             <p>Line one<br>line two</p><ul><li>one</li><li>two</li></ul><table><tr><td>a</td><td>b</td></tr></table></body></html>",
        );
        assert_eq!(p.text, "Strike in Oakvale\n\nDock workers walked out on 5 January & marched.\n\nLine one\nline two\n\none\n\ntwo\n\na b");
        assert_eq!(p.date.as_deref(), Some("2022-01-05T08:00:00Z"));
    }

    #[test]
    fn scripts_handlers_links_and_frames_leave_only_text() {
        let p = page(
            "<p>Before<script>window.__pwned = 1; document.write('<p>injected</p>')</script> after.</p>\
             <img src=x onerror=\"window.__pwned=1\" alt=\"A crowd\">\
             <a href=\"javascript:window.__pwned=1\">read more</a>\
             <iframe src=\"https://evil.example\">frame text</iframe>\
             <noscript><img src=track></noscript><template><p>hidden</p></template>\
             <svg><script>x()</script><text>drawn</text></svg>\
             <p>&lt;script&gt;shown as text&lt;/script&gt;</p>",
        );
        assert_eq!(p.text, "Before after.\n\nA crowd read more\n\n<script>shown as text</script>");
        for bad in ["__pwned", "onerror", "javascript", "injected", "evil", "frame text", "hidden", "drawn", "track"] {
            assert!(!p.text.contains(bad), "{bad} leaked into {:?}", p.text);
        }
    }

    #[test]
    fn date_from_time_element_and_meta_ranking() {
        assert_eq!(page("<p>x <time datetime=\"2021-03-04\">4 March</time></p>").date.as_deref(), Some("2021-03-04"));
        let p = page("<meta name=date content=2020-01-01><meta property=article:published_time content=2021-02-02><time datetime=1999-01-01>");
        assert_eq!(p.date.as_deref(), Some("2021-02-02"));
    }

    #[test]
    fn unclosed_and_deeply_nested_markup_is_fine() {
        let deep = "<div>".repeat(100_000) + "deep text" + &"</div>".repeat(3);
        assert_eq!(page(&deep).text, "deep text");
        assert_eq!(page("<p>open <b>bold <script>never closed").text, "open bold");
    }
}
