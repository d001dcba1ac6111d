//! The Yew shell: mounts the app, holds the [`State`], keeps it in the URL hash, and lays
//! out the facets, timeline, event table, document list and reader. Components only
//! render and send [`Action`]s; all filtering and counting happen in `query`.

mod browser;
mod corpora;
mod doc_list;
mod event_table;
mod exports;
mod facets;
mod map;
mod reader;
mod timeline;

use crate::ingest::{ImportReport, Request, Response};
use crate::query::{Facet, FacetValue};
use crate::state::{Action, Library, State};
use browser::worker::Worker;
use corpora::{Ask, CorpusBar};
use std::cell::RefCell;
use doc_list::DocList;
use event_table::EventTable;
use facets::FacetBox;
use reader::Reader;
use std::rc::Rc;
use timeline::Timeline;
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

/// What the filter selects, computed only when the library or the filter changes.
#[derive(PartialEq)]
struct Derived {
    rows: Rc<Vec<usize>>,
    docs: Rc<Vec<usize>>,
    facets: Vec<(Facet, Rc<Vec<FacetValue>>)>,
}

#[function_component]
fn App() -> Html {
    let state = use_reducer(|| {
        let t0 = browser::now();
        let corpus = crate::seeds::corpus();
        let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        let s = State::new(Library::new(corpus));
        // Read + extract + index time of the bundled corpus, for the page benchmark.
        browser::record("loadMs", browser::now() - t0);
        browser::record("loadBytes", bytes as f64);
        AppState(s.with_hash(&browser::hash()))
    });
    // One callback for the app's lifetime: children whose other props did not change
    // are not rendered again.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |a: Action| dispatcher.dispatch(a)))).clone()
    };
    let s = &state.0;

    // The view lives in the URL hash: written once changes pause (after the page is
    // redrawn; a burst of changes makes one history entry), read on back/forward.
    {
        let hash = s.to_hash();
        use_effect_with(hash, |h| {
            let pending = browser::push_hash_soon(h.clone());
            move || drop(pending)
        });
    }
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let d2 = dispatch.clone();
            let listeners = browser::on_hash_change(move |h| dispatch.emit(Action::FromHash(h)));
            let keys = browser::on_key(move |k| {
                if k.key() == "Escape" {
                    d2.emit(Action::Escape);
                }
            });
            move || drop((listeners, keys))
        });
    }

    // A large library is drawn a pane per task (the filter pass and the facets, the
    // timeline, the map, the event table, the document list and the import report), so
    // that no task runs long; a small one at once.
    let staged = use_mut_ref(|| (s.library.clone(), PANES));
    if !Rc::ptr_eq(&staged.borrow().0, &s.library) {
        let first = if s.library.index.events.len() > STAGED_EVENTS { 0 } else { PANES };
        *staged.borrow_mut() = (s.library.clone(), first);
    }
    let stage = staged.borrow().1;
    {
        let (staged, force) = (staged.clone(), use_force_update());
        use_effect_with((s.library.clone(), stage), move |(_, stage)| {
            let next = (*stage < PANES).then(|| {
                gloo::timers::callback::Timeout::new(0, move || {
                    staged.borrow_mut().1 += 1;
                    force.force_update();
                })
            });
            if *stage == PANES {
                browser::phase_since("page: first render", "ready");
                browser::record_memory();
            }
            move || drop(next)
        });
    }
    // The import worker: started once, started again after a cancel.
    let worker: Rc<RefCell<Option<Worker>>> = use_mut_ref(|| None);
    let respawn = {
        let (worker, dispatch) = (worker.clone(), dispatch.clone());
        Rc::new(move || {
            *worker.borrow_mut() = None; // stops the old one, if any
            let d = dispatch.clone();
            let on_answer = move |r| {
                if let Some(a) = on_response(r) {
                    if matches!(a, Action::Ready { .. } | Action::JobEnded(_)) {
                        browser::import_marker(None); // the import finished, one way or another
                    }
                    d.emit(a)
                }
            };
            match Worker::spawn(on_answer) {
                Ok(w) => {
                    w.send(&Request::List, &[]);
                    *worker.borrow_mut() = Some(w);
                }
                Err(e) => dispatch.emit(Action::Corpora { list: Vec::new(), error: Some(e) }),
            }
        })
    };
    {
        let (respawn, dispatch) = (respawn.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            // An import still marked as running was cut short by a reload or a closed tab.
            if let Some(label) = browser::import_marker(None) {
                dispatch.emit(Action::JobEnded(ImportReport {
                    problems: vec![format!(
                        "Interrupted: “{label}” did not finish (the page was reloaded or closed). Nothing from it was \
                         stored; every corpus stored before is intact. Add the files again to import them."
                    )],
                    ..ImportReport::default()
                }));
            }
            respawn()
        });
    }
    let send = {
        let worker = worker.clone();
        move |r: Request, files: &[web_sys::File]| {
            if let Some(w) = worker.borrow().as_ref() {
                w.send(&r, files);
            }
        }
    };
    // A corpus named by the URL (a reload, a bookmark, back / forward) is opened.
    {
        let (send, dispatch) = (send.clone(), dispatch.clone());
        let wanted = s.shelf.wanted.as_ref().map(|w| w.0.clone());
        use_effect_with(wanted, move |w| {
            if let Some(id) = w {
                dispatch.emit(Action::JobStarted { label: "Opening the corpus".into(), at: browser::now() });
                send(Request::Open { corpus: id.clone() }, &[]);
            }
        });
    }
    let on_ask = {
        let (send, dispatch) = (send.clone(), dispatch.clone());
        use_callback(s.shelf.clone(), move |ask: Ask, shelf| match ask {
            Ask::Show(None) => dispatch.emit(Action::ShowSample),
            Ask::Show(Some(id)) => {
                let name = shelf.corpora.iter().find(|c| c.id == id).map_or(String::new(), |c| c.name.clone());
                dispatch.emit(Action::JobStarted { label: format!("Opening “{name}”"), at: browser::now() });
                send(Request::Open { corpus: id }, &[]);
            }
            Ask::Rename(corpus, name) => send(Request::Rename { corpus, name }, &[]),
            Ask::Delete(corpus) => {
                dispatch.emit(Action::ShowSample);
                send(Request::Delete { corpus }, &[]);
            }
            Ask::Add(files) => {
                if files.is_empty() || shelf.job.is_some() {
                    return;
                }
                let sizes: Vec<(String, u64)> = files.iter().map(|f| (f.name(), f.size() as u64)).collect();
                let stored = shelf.active.as_ref().map_or(0, |c| c.bytes);
                let (take, refused) = crate::ingest::BUDGET.admit(&sizes, stored);
                let ok: Vec<web_sys::File> = take.into_iter().map(|i| files[i].clone()).collect();
                let n = ok.len();
                dispatch.emit(Action::JobStarted { label: format!("Importing {n} file{}", plural(n)), at: browser::now() });
                let corpus = shelf.active.as_ref().map(|c| c.id.clone());
                browser::import_marker(Some(&format!("Importing {n} file{}", plural(n))));
                send(Request::Import { corpus, name: browser::new_corpus_name(&ok), refused }, &ok);
            }
            Ask::Cancel => {
                browser::import_marker(None);
                respawn();
                dispatch.emit(Action::JobEnded(ImportReport {
                    problems: vec!["Cancelled: nothing was added or stored, and every corpus is as it was.".into()],
                    ..ImportReport::default()
                }));
            }
        })
    };

    // Nothing filtered in the first task of a staged drawing (see above).
    let derived = use_memo((s.library.clone(), s.filter.clone(), stage >= 1), |(lib, filter, ready)| {
        if !*ready {
            return Derived { rows: Rc::default(), docs: Rc::default(), facets: Vec::new() };
        }
        let outcome = lib.index.run(filter);
        Derived {
            docs: Rc::new(lib.index.documents(filter, &outcome)),
            facets: Facet::ALL.iter().map(|f| (*f, Rc::new(lib.index.facet(filter, *f, &outcome)))).collect(),
            rows: Rc::new(outcome.rows),
        }
    });

    let lib = &s.library;
    let total_events = lib.index.events.len();
    let docs = lib.documents.len();
    let shown = derived.rows.len();
    let on_search = dispatch.reform(|e: InputEvent| Action::Search(browser::input_value(&e)));
    let on_drop = {
        let on_ask = on_ask.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            let on_ask = on_ask.clone();
            browser::dropped_files(&e, move |files| on_ask.emit(Ask::Add(files)));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_toggle = use_action(&dispatch, |(f, v): (Facet, String)| Action::ToggleFacet(f, v));
    let on_clear = use_action(&dispatch, Action::ClearFacet);
    let on_place = use_action(&dispatch, |p| Action::ToggleFacet(Facet::Places, p));
    let on_map_view = use_action(&dispatch, Action::MapView);
    let on_size_by = use_action(&dispatch, Action::MapSizeBy);
    let on_open = use_action(&dispatch, Action::Open);
    let filtered = !s.filter.is_empty();
    let selected_in_open = s
        .selected_event
        .filter(|r| lib.index.events.get(*r).is_some_and(|row| Some(row.doc) == s.open_doc));
    html! {
        <div class="app" ondrop={on_drop} ondragover={on_drag_over}>
            <header class="masthead">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"◷"}</span>
                    <h1>{"Chronicle"}</h1>
                </div>
                <p class="stats" data-testid="stats">
                    {format!("{docs} document{} · {total_events} event{}", plural(docs), plural(total_events))}
                    if filtered { <strong>{format!(" · {shown} shown")}</strong> }
                </p>
                <label class="search">
                    <span class="visually-hidden">{"Search documents and names"}</span>
                    <input type="search" placeholder="Search words and names…" value={s.filter.search.clone()}
                        oninput={on_search} data-testid="search" />
                </label>
                <p class="privacy" title="This page makes no network connections. Documents stay on this machine.">
                    {"Offline · nothing leaves this page"}
                </p>
            </header>
            <CorpusBar shelf={s.shelf.clone()} now={if s.shelf.job.is_some() { browser::now() } else { 0.0 }} on_ask={on_ask} />
            if let Some(report) = s.import.as_ref().filter(|_| stage >= PANES) {
                { import_report(report, &dispatch) }
            }
            if filtered {
                { chips(s, &dispatch) }
            }
            <main class="layout">
                <aside class="sidebar" aria-label="Filters">
                    for (facet, values) in derived.facets.iter() {
                        <FacetBox facet={*facet} values={values.clone()} on_toggle={on_toggle.clone()} on_clear={on_clear.clone()} />
                    }
                </aside>
                <div class="center">
                    if filtered && shown == 0 && stage >= 1 {
                        <div class="empty-result" role="status">
                            <p>{"No events match these filters."}</p>
                            <button onclick={dispatch.reform(|_| Action::ClearAll)}>{"Clear all filters"}</button>
                        </div>
                    }
                    if stage >= 2 {
                        <Timeline library={lib.clone()} rows={derived.rows.clone()} view={s.visible_days()} lanes={s.lanes}
                            selected={s.selected_event} brush={s.filter.range} dispatch={dispatch.clone()} />
                    }
                    // Map (issue 7): the places of the matching events.
                    if stage >= 3 {
                        <map::Map library={lib.clone()} rows={derived.rows.clone()} view={s.map.0} size_by={s.map.1}
                            selected={s.filter.places.iter().cloned().collect::<Vec<_>>()}
                            {on_place} on_view={on_map_view} {on_size_by} />
                    }
                    if stage >= 4 {
                        <exports::Exports library={lib.clone()} rows={derived.rows.clone()} docs={derived.docs.clone()} />
                        <EventTable library={lib.clone()} rows={derived.rows.clone()} sort={s.sort}
                            selected={s.selected_event} dispatch={dispatch.clone()} />
                    }
                    if stage >= 5 {
                        <DocList library={lib.clone()} docs={derived.docs.clone()} selected={s.open_doc} {on_open} />
                    }
                </div>
                <Reader library={lib.clone()} open={s.open_doc} selected_event={selected_in_open}
                    search={s.filter.search.clone()} dispatch={dispatch.clone()} />
            </main>
        </div>
    }
}

/// How many panes a large library's first drawing is spread over (see `App`).
const PANES: usize = 5;
/// Libraries with more events than this are drawn a pane per task.
const STAGED_EVENTS: usize = 10_000;

/// `dispatch.reform(f)`, made once: a callback prop that stays equal across renders.
#[hook]
fn use_action<T: 'static>(dispatch: &Callback<Action>, f: fn(T) -> Action) -> Callback<T> {
    let dispatch = dispatch.clone();
    (*use_memo((), move |_| dispatch.reform(f))).clone()
}

/// The width in CSS pixels of the element behind `node`, measured after the first render
/// and on every resize (`initial` until then), and whether it was measured yet.
#[hook]
fn use_width(node: &NodeRef, initial: f64) -> (f64, bool) {
    let width = use_state(|| None);
    {
        let (node, width) = (node.clone(), width.clone());
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(el) = node.cast::<web_sys::Element>() {
                    let (_, w) = browser::left_and_width(&el);
                    if w > 0.0 {
                        width.set(Some(w));
                    }
                }
            };
            measure();
            let listener = browser::on_resize(measure);
            move || drop(listener)
        });
    }
    (width.unwrap_or(initial), width.is_some())
}

/// The action for an answer from the import worker, if it calls for one.
fn on_response(a: browser::worker::Answer) -> Option<Action> {
    use browser::worker::Answer;
    Some(match a {
        Answer::Plain(Response::Progress(p)) => Action::JobProgress(p),
        Answer::Plain(Response::Corpora { corpora, error }) => Action::Corpora { list: corpora, error },
        Answer::Plain(Response::Unchanged { report }) => Action::JobEnded(report),
        Answer::Plain(Response::Failed { message }) => {
            Action::JobEnded(ImportReport { problems: vec![message], ..ImportReport::default() })
        }
        // The end of a corpus and the timings are taken by the worker's handle.
        Answer::Plain(Response::Ready { .. } | Response::Timings { .. }) => return None,
        Answer::Ready { corpus, library, report } => {
            let imported = report != ImportReport::default();
            Action::Ready { corpus, library: Rc::new(*library), report: imported.then_some(report) }
        }
    })
}

/// Problems listed one by one in an import report; the rest are counted.
const SHOWN_PROBLEMS: usize = 30;

/// Up to five names, then how many more.
fn first_few(names: &[String]) -> String {
    let mut s = names.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
    if names.len() > 5 {
        s.push_str(&format!(" and {} more", names.len() - 5));
    }
    s
}

/// What the last import did: added, already there, and every problem with its file.
fn import_report(r: &ImportReport, dispatch: &Callback<Action>) -> Html {
    let n = r.added.len();
    html! {
        <section class={classes!("import-report", (!r.problems.is_empty()).then_some("has-problems"))} role="status" data-testid="import-report">
            <p>
                <strong>{format!("Added {n} document{}", plural(n))}</strong>
                if !r.duplicates.is_empty() {
                    {format!(" · {} already here, not added again ({})", r.duplicates.len(), first_few(&r.duplicates))}
                }
                if n > 0 && r.storage.is_none() {
                    {" · saved in this browser."}
                }
            </p>
            if let Some(e) = &r.storage {
                <p class="warn" data-testid="storage-problem">{format!("Not saved: {e}")}</p>
            }
            if !r.notes.is_empty() {
                <ul class="notes">
                    for m in r.notes.iter() { <li>{m}</li> }
                </ul>
            }
            if !r.problems.is_empty() {
                <ul>
                    for m in r.problems.iter().take(SHOWN_PROBLEMS) { <li>{m}</li> }
                </ul>
                if r.problems.len() > SHOWN_PROBLEMS {
                    <p class="more-note">{format!("… and {} more problems of the same kinds.", r.problems.len() - SHOWN_PROBLEMS)}</p>
                }
            }
            <button class="close" aria-label="Dismiss the import report" onclick={dispatch.reform(|_| Action::DismissImport)}>{"×"}</button>
        </section>
    }
}

/// The active filters as removable chips, and "clear all".
fn chips(s: &State, dispatch: &Callback<Action>) -> Html {
    let mut items = Vec::new();
    for facet in Facet::ALL {
        for v in s.filter.selected(facet) {
            let label = match facet {
                Facet::Documents => s.library.documents.iter().find(|d| d.id == v).map_or(v.clone(), |d| d.name.clone()),
                Facet::Months => crate::query::month_label(&v).unwrap_or_else(|| v.clone()),
                _ => v.clone(),
            };
            let label = clip(&label, 80);
            let value = v.clone();
            items.push(html! {
                <li><button class="chip" onclick={dispatch.reform(move |_| Action::ToggleFacet(facet, value.clone()))}
                    aria-label={format!("Remove filter {label}")}>{label}<span aria-hidden="true">{" ×"}</span></button></li>
            });
        }
    }
    if let Some((a, b)) = s.filter.range {
        let (a, b) = (crate::timeline::date(a), crate::timeline::date(b));
        if let (Some(a), Some(b)) = (a, b) {
            items.push(html! {
                <li><button class="chip" onclick={dispatch.reform(|_| Action::Brush(None))}>
                    {format!("{} – {}", a.format("%-d %b %Y"), b.format("%-d %b %Y"))}<span aria-hidden="true">{" ×"}</span>
                </button></li>
            });
        }
    }
    if !s.filter.search.is_empty() {
        items.push(html! {
            <li><button class="chip" onclick={dispatch.reform(|_| Action::Search(String::new()))}>
                {format!("“{}”", s.filter.search)}<span aria-hidden="true">{" ×"}</span>
            </button></li>
        });
    }
    html! {
        <nav class="chips" aria-label="Active filters">
            <ul>{ for items }</ul>
            <button class="link" onclick={dispatch.reform(|_| Action::ClearAll)} data-testid="clear-all">{"Clear all"}</button>
        </nav>
    }
}

/// `s` cut to its first `max` characters with an ellipsis: names and titles from documents
/// can be any length, and a label must not grow with them.
pub(crate) fn clip(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Entry point, run by the JS glue once the wasm is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    if web_sys::window().is_none() {
        return; // the import worker runs the same module; it has no page to draw
    }
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
