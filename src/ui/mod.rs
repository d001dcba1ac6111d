//! The Yew shell: mounts the app, holds the [`State`], and renders the document list
//! and the reader. Components only render and send [`Action`]s.

mod doc_list;
mod reader;

use crate::state::{Action, Library, State};
use doc_list::DocList;
use reader::Reader;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// Yew's reducer wrapper around the pure [`State::reduce`].
#[derive(Clone, PartialEq)]
struct AppState(State);

impl Reducible for AppState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(self.0.reduce(action)))
    }
}

#[function_component]
fn App() -> Html {
    let state = use_reducer(|| AppState(State::new(Library::new(crate::seeds::corpus()))));
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let s = &state.0;
    let lib = &s.library;
    let docs = lib.documents.len();
    let events: usize = lib.analyses.iter().map(|a| a.events.len()).sum();
    html! {
        <div class="app">
            <header class="masthead">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"◷"}</span>
                    <h1>{"Chronicle"}</h1>
                </div>
                <p class="stats" data-testid="stats">
                    {format!("{docs} document{} · {events} event{}", plural(docs), plural(events))}
                </p>
                <p class="privacy" title="This page makes no network connections. Documents stay on this machine.">
                    {"Offline · nothing leaves this page"}
                </p>
            </header>
            <main class="layout">
                <DocList library={lib.clone()} selected={s.selected} on_open={dispatch.reform(Action::Open)} />
                <Reader library={lib.clone()} selected={s.selected} on_close={dispatch.reform(|_| Action::Close)} />
            </main>
        </div>
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Entry point, run by the JS glue once the wasm is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
