//! The corpus bar: which corpus is shown (the bundled sample or one kept in this
//! browser), rename / delete, adding files or a folder, and the import progress with
//! its Cancel button.

use super::browser;
use crate::ingest::Phase;
use crate::state::Shelf;
use yew::prelude::*;

/// What the user asked of the corpus bar; the App turns these into worker requests.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// `None`: the sample.
    Show(Option<String>),
    Rename(String, String),
    Delete(String),
    Add(Vec<web_sys::File>),
    Cancel,
}

#[derive(Properties, PartialEq)]
pub struct CorpusBarProps {
    pub shelf: Shelf,
    /// `performance.now()` at the last render, for the time left.
    pub now: f64,
    pub on_ask: Callback<Ask>,
}

const SAMPLE: &str = "sample";

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

#[function_component]
pub fn CorpusBar(props: &CorpusBarProps) -> Html {
    let shelf = &props.shelf;
    let active = shelf.active.clone();
    let busy = shelf.job.is_some();
    // What the browser lets this page store, asked again whenever the stored corpora change.
    let estimate = use_state(|| None);
    {
        let estimate = estimate.clone();
        use_effect_with(shelf.corpora.clone(), move |_| {
            wasm_bindgen_futures::spawn_local(async move { estimate.set(browser::storage_estimate().await) });
        });
    }
    let on_pick = props.on_ask.reform(|e: Event| {
        let v = browser::input_value(&e);
        Ask::Show((v != SAMPLE).then_some(v))
    });
    let on_files = props.on_ask.reform(|e: Event| Ask::Add(browser::input_files(&e)));
    let on_rename = {
        let (active, on_ask) = (active.clone(), props.on_ask.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = &active {
                let name = browser::prompt("New name for this corpus", &a.name).unwrap_or_default();
                if !name.trim().is_empty() {
                    on_ask.emit(Ask::Rename(a.id.clone(), name.trim().to_string()));
                }
            }
        })
    };
    let on_delete = {
        let (active, on_ask) = (active.clone(), props.on_ask.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(a) = &active {
                let q = format!("Delete “{}” and its documents from this browser? This cannot be undone.", a.name);
                if browser::confirm(&q) {
                    on_ask.emit(Ask::Delete(a.id.clone()));
                }
            }
        })
    };
    html! {
        <section class="corpus-bar" aria-label="Corpus">
            <label class="corpus-pick">
                <span>{"Corpus"}</span>
                <select onchange={on_pick} disabled={busy} data-testid="corpus-select">
                    <option value={SAMPLE} selected={active.is_none()}>{"Sample: Qandy Qantar (bundled)"}</option>
                    for c in shelf.corpora.iter() {
                        <option value={c.id.clone()} selected={active.as_ref().is_some_and(|a| a.id == c.id)}>
                            {format!("{} · {} doc{}", c.name, c.documents, super::plural(c.documents))}
                        </option>
                    }
                    if let Some(a) = active.as_ref().filter(|a| !shelf.corpora.iter().any(|c| c.id == a.id)) {
                        <option value={a.id.clone()} selected=true>{format!("{} (not saved)", a.name)}</option>
                    }
                </select>
            </label>
            if active.is_some() {
                <button class="link" onclick={on_rename} disabled={busy} data-testid="rename-corpus">{"Rename"}</button>
                <button class="link danger" onclick={on_delete} disabled={busy} data-testid="delete-corpus">{"Delete"}</button>
            }
            <label class={classes!("add-docs", busy.then_some("disabled"))}
                title="Corpus files, .txt, .md, .html, .json, .jsonl, .csv or .zip: read inside this page, never sent anywhere">
                {"Add files"}
                <input type="file" multiple=true class="visually-hidden" disabled={busy}
                    onchange={on_files.clone()} data-testid="add-files" />
            </label>
            <label class={classes!("add-docs", busy.then_some("disabled"))} title="Every file in a folder and its subfolders">
                {"Add a folder"}
                <input type="file" multiple=true webkitdirectory=true class="visually-hidden" disabled={busy}
                    onchange={on_files} data-testid="add-folder" />
            </label>
            if active.is_none() && !busy {
                <span class="hint">{"Files you add start a new corpus kept in this browser."}</span>
            }
            <span class="hint limits" data-testid="limits" title={limits(*estimate)}>{limits(*estimate)}</span>
            if let Some(e) = &shelf.storage_error {
                <span class="warn" role="status">{format!("Storage unavailable: {e}. Added documents last only while this tab is open.")}</span>
            }
            if let Some(job) = &shelf.job {
                { progress(job, props.now, &props.on_ask) }
            }
        </section>
    }
}

/// How much the page holds: the memory budget, and the storage the browser grants.
fn limits(estimate: Option<(f64, f64)>) -> String {
    let b = crate::ingest::BUDGET;
    let budget = format!("Holds up to {} MiB a file, {} MiB a corpus", b.max_file >> 20, b.max_corpus >> 20);
    match estimate {
        Some((used, quota)) => format!("{budget} · storage {} used of {}.", size(used), size(quota)),
        None => format!("{budget}."),
    }
}

/// A size in bytes as people say it: 3.4 MB, 1.2 GB.
fn size(bytes: f64) -> String {
    if bytes >= 1e9 {
        format!("{:.1} GB", bytes / 1e9)
    } else {
        format!("{:.1} MB", bytes / 1e6)
    }
}

/// The running job: a bar, what is done, and the time left; Cancel stops it.
fn progress(job: &crate::state::Job, now: f64, on_ask: &Callback<Ask>) -> Html {
    let (fraction, detail) = match &job.progress {
        None => (None, "starting…".to_string()),
        Some(p) => {
            let what = match p.phase {
                Phase::Reading => format!("reading files {} / {}", p.done, p.total),
                Phase::Extracting => format!("extracting {} / {} documents", p.done, p.total),
                Phase::Saving => "saving in this browser".to_string(),
            };
            let bytes = if p.bytes_total > 0 { format!(" · {} of {}", mb(p.bytes_done), mb(p.bytes_total)) } else { String::new() };
            let eta = p.eta_ms(now - job.started).map(|ms| format!(" · about {:.0} s left", (ms / 1000.0).ceil())).unwrap_or_default();
            (Some(p.fraction()), format!("{what}{bytes}{eta}"))
        }
    };
    html! {
        <div class="job" role="status" aria-live="polite" data-testid="import-progress">
            <strong>{&job.label}</strong>
            if let Some(f) = fraction {
                <progress max="1" value={format!("{f:.3}")} aria-label="Progress"></progress>
            } else {
                <progress aria-label="Progress"></progress>
            }
            <span class="detail">{detail}</span>
            <button onclick={on_ask.reform(|_| Ask::Cancel)} data-testid="cancel-import">{"Cancel"}</button>
        </div>
    }
}
