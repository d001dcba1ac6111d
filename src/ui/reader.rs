//! The reader: the selected document's paragraphs, as text (never as HTML).

use crate::state::Library;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub library: Rc<Library>,
    pub selected: Option<usize>,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let Some(doc) = props.selected.and_then(|i| props.library.documents.get(i)) else {
        return html! {
            <article class="reader empty" aria-label="Reader">
                <p class="empty-hint">{"Select a document to read it here."}</p>
            </article>
        };
    };
    let date = doc.date.map_or_else(|| "Undated".to_string(), |d| d.format("%-d %B %Y").to_string());
    let on_close = props.on_close.clone();
    html! {
        <article class="reader" aria-label="Reader" data-testid="reader">
            <header class="reader-head">
                <p class="reader-meta">
                    <time>{date}</time>
                    <span>{format!(" · {} words · {}", doc.word_count(), doc.name)}</span>
                </p>
                <button class="close" aria-label="Close the reader" onclick={move |_| on_close.emit(())}>{"×"}</button>
            </header>
            for w in doc.warnings.iter() {
                <p class="notice" role="status">{w.message()}</p>
            }
            <div class="reader-body">
                for p in doc.paragraphs.iter() {
                    <p class="para">{doc.slice(*p)}</p>
                }
            </div>
        </article>
    }
}
