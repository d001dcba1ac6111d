//! The document list: date, title (first sentence) and word count of every document.

use crate::state::Library;
use std::rc::Rc;
use yew::prelude::*;

/// Documents rendered at first; "show more" adds as many again.
const PAGE: usize = 12;

#[derive(Properties, PartialEq)]
pub struct DocListProps {
    pub library: Rc<Library>,
    /// The documents to list (those passing the filter), in any order.
    pub docs: Rc<Vec<usize>>,
    pub selected: Option<usize>,
    pub on_open: Callback<usize>,
}

#[function_component]
pub fn DocList(props: &DocListProps) -> Html {
    let lib = &props.library;
    let limit = use_state(|| PAGE);
    let by_date = use_memo(lib.clone(), |lib| lib.by_date());
    // Word counts read every document's body: counted once per card shown, then kept
    // (a filter change shows other cards of the same library).
    let words = use_memo(lib.clone(), |lib| std::cell::RefCell::new(vec![None::<usize>; lib.documents.len()]));
    let mut wanted = vec![false; lib.documents.len()];
    for d in props.docs.iter() {
        if let Some(w) = wanted.get_mut(*d) {
            *w = true;
        }
    }
    let total = props.docs.len();
    let items = by_date.iter().copied().filter(|i| wanted[*i]).take(*limit).map(|i| {
        let doc = &lib.documents[i];
        let on_open = props.on_open.clone();
        let selected = props.selected == Some(i);
        let date = doc.date.map_or_else(|| "undated".to_string(), |d| d.format("%-d %b %Y").to_string());
        let events = lib.analyses.get(i).map_or(0, |a| a.events.len());
        html! {
            // Not keyed: cards are patched in place when the filter changes.
            <li>
                <button
                    class={classes!("doc-card", selected.then_some("selected"))}
                    aria-current={selected.then_some("true")}
                    data-testid="doc-card"
                    onclick={move |_| on_open.emit(i)}
                >
                    <span class="doc-meta">
                        <time class="doc-date">{date}</time>
                        <span class="doc-words">{format!("{} words", *words.borrow_mut()[i].get_or_insert_with(|| doc.word_count()))}</span>
                        if events > 0 { <span class="doc-events">{format!("{events} event{}", super::plural(events))}</span> }
                    </span>
                    <span class="doc-title">{super::clip(lib.title(i), 180)}</span>
                    if !doc.warnings.is_empty() {
                        <span class="doc-warning">{format!("⚠ {}", doc.warnings[0].message())}</span>
                    }
                </button>
            </li>
        }
    });
    html! {
        <nav class="doc-list" aria-label="Documents">
            <h2 class="pane-title">{format!("Documents · {}", props.docs.len())}</h2>
            <ul>{for items}</ul>
            if total > *limit {
                <p class="more-note">{format!("Showing {} of {total}. ", *limit)}
                    <button class="link" onclick={let l = limit.clone(); move |_| l.set(*l + PAGE)}>{"Show more"}</button>
                </p>
            }
        </nav>
    }
}

