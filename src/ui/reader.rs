//! The reader: the open document as text (never as HTML), with what was found highlighted
//! by kind, hover titles with normalised values and canonical names, a click on a name
//! filtering by it, and the selected event's evidence scrolled into view.

use super::browser;
use crate::corpus::{Document, Span};
use crate::extract::{Analysis, EntityKind};
use crate::query::Facet;
use crate::state::{Action, Library};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub library: Rc<Library>,
    pub open: Option<usize>,
    /// The selected event's row, if it is in this document.
    pub selected_event: Option<usize>,
    pub search: String,
    pub dispatch: Callback<Action>,
}

/// What covers a stretch of text.
#[derive(Clone, Default, PartialEq)]
struct Marks {
    /// Entity kind, canonical name.
    entity: Option<(EntityKind, String)>,
    /// TIMEX value.
    date: Option<String>,
    figure: Option<String>,
    /// Inside some event's evidence; `true` when it is the selected event's.
    evidence: Option<bool>,
    search: bool,
}

/// A span of the text and how it marks the characters in it.
type Layer<'a> = (Span, Box<dyn Fn(&mut Marks) + 'a>);

fn paint(doc: &Document, a: &Analysis, selected: Option<Span>, hits: &[Span], para: Span) -> Vec<(Span, Marks)> {
    let mut cuts = vec![para.start, para.end];
    let mut layers: Vec<Layer> = Vec::new();
    for e in &a.events {
        let active = Some(e.evidence) == selected;
        layers.push((e.evidence, Box::new(move |m: &mut Marks| m.evidence = Some(m.evidence.unwrap_or(false) || active))));
    }
    for t in &a.timexes {
        layers.push((t.span, Box::new(move |m: &mut Marks| m.date = Some(t.value.clone()))));
    }
    for f in &a.figures {
        let label = format!("{:?}", f.kind).to_lowercase();
        layers.push((f.span, Box::new(move |m: &mut Marks| m.figure = Some(label.clone()))));
    }
    for me in &a.mentions {
        layers.push((me.span, Box::new(move |m: &mut Marks| m.entity = Some((me.kind, me.canonical.clone())))));
    }
    for h in hits {
        layers.push((*h, Box::new(|m: &mut Marks| m.search = true)));
    }
    layers.retain(|(s, _)| s.overlaps(para));
    for (s, _) in &layers {
        cuts.push(s.start.clamp(para.start, para.end));
        cuts.push(s.end.clamp(para.start, para.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<(Span, Marks)> = Vec::new();
    for w in cuts.windows(2) {
        let seg = Span::new(w[0], w[1]);
        if seg.is_empty() || !doc.text.is_char_boundary(seg.start) || !doc.text.is_char_boundary(seg.end) {
            continue;
        }
        let mut m = Marks::default();
        for (s, apply) in &layers {
            if s.contains(seg) {
                apply(&mut m);
            }
        }
        match out.last_mut() {
            Some((prev, pm)) if *pm == m => prev.end = seg.end,
            _ => out.push((seg, m)),
        }
    }
    out
}

fn kind_class(k: EntityKind) -> &'static str {
    match k {
        EntityKind::Person => "hl-person",
        EntityKind::Organization => "hl-org",
        EntityKind::Place => "hl-place",
    }
}

fn kind_facet(k: EntityKind) -> Facet {
    match k {
        EntityKind::Person => Facet::People,
        EntityKind::Organization => Facet::Organizations,
        EntityKind::Place => Facet::Places,
    }
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let lib = &props.library;
    let selected_span = props.selected_event.and_then(|r| lib.event(r)).map(|e| e.evidence);
    {
        let key = (props.open, props.selected_event);
        use_effect_with(key, move |(_, ev)| {
            if ev.is_some() {
                browser::scroll_to_id("evidence");
            }
        });
    }
    let Some((doc, analysis)) = props.open.and_then(|i| Some((lib.documents.get(i)?, lib.analyses.get(i)?))) else {
        return html! {
            <article class="reader empty" aria-label="Reader">
                <p class="empty-hint">{"Select a document or an event to read it here."}</p>
            </article>
        };
    };
    let doc_index = props.open.unwrap_or(0);
    let hits = if props.search.trim().is_empty() { Vec::new() } else { lib.index.folded[doc_index].find_all(&doc.text, &props.search) };
    let date = doc.date.map_or_else(|| "Undated".to_string(), |d| d.format("%-d %B %Y").to_string());
    let mut first_active = true;
    let paragraphs = doc.paragraphs.iter().map(|p| {
        let segs = paint(doc, analysis, selected_span, &hits, *p);
        let spans = segs.into_iter().map(|(s, m)| {
            let text = doc.slice(s).to_string();
            if m == Marks::default() {
                return html! { {text} };
            }
            let mut classes = Classes::new();
            let mut title = Vec::new();
            let mut onclick = None;
            if let Some((k, canonical)) = &m.entity {
                classes.push(kind_class(*k));
                title.push(format!("{:?}: {canonical} (click to filter)", k));
                let (facet, value) = (kind_facet(*k), canonical.clone());
                onclick = Some(props.dispatch.reform(move |_: MouseEvent| Action::ToggleFacet(facet, value.clone())));
            }
            if let Some(v) = &m.date {
                classes.push("hl-date");
                title.push(format!("Date: {v}"));
            }
            if let Some(f) = &m.figure {
                classes.push("hl-figure");
                title.push(format!("Figure: {f}"));
            }
            let mut id = None;
            match m.evidence {
                Some(true) => {
                    classes.push("hl-event");
                    classes.push("active");
                    if first_active {
                        id = Some("evidence");
                        first_active = false;
                    }
                }
                Some(false) => classes.push("hl-event"),
                None => {}
            }
            if m.search {
                classes.push("hl-search");
            }
            let title = (!title.is_empty()).then(|| title.join(" · "));
            html! { <span class={classes} {title} {id} {onclick}>{text}</span> }
        });
        html! { <p class="para">{ for spans }</p> }
    });
    let on_close = props.dispatch.reform(|_: MouseEvent| Action::Close);
    html! {
        <article class="reader" aria-label="Reader" data-testid="reader">
            <header class="reader-head">
                <p class="reader-meta">
                    <time>{date}</time>
                    <span>{format!(" · {} words · {}", doc.word_count(), doc.name)}</span>
                    if !hits.is_empty() {
                        <span class="hit-count">{format!(" · {} match{}", hits.len(), if hits.len() == 1 { "" } else { "es" })}</span>
                    }
                </p>
                <button class="close" aria-label="Close the reader" onclick={on_close}>{"×"}</button>
            </header>
            <ul class="legend" aria-label="Highlight legend">
                <li><span class="hl-person">{"person"}</span></li>
                <li><span class="hl-org">{"organisation"}</span></li>
                <li><span class="hl-place">{"place"}</span></li>
                <li><span class="hl-date">{"date"}</span></li>
                <li><span class="hl-figure">{"figure"}</span></li>
                <li><span class="hl-event">{"event"}</span></li>
            </ul>
            for w in doc.warnings.iter() {
                <p class="notice" role="status">{w.message()}</p>
            }
            <div class="reader-body">{ for paragraphs }</div>
        </article>
    }
}
