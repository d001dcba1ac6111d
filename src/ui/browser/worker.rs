//! The import worker, both sides. In the page, [`Worker`] starts it from the blob URL and
//! compiled module that boot.js prepared, sends it requests with the chosen files and
//! hands back its answers. Inside the worker, [`worker_main`] reads the files, runs
//! `ingest::build` (parsing and extraction stay off the page's thread), keeps the corpora
//! in IndexedDB (`store`) and reports progress.

use super::store;
use crate::corpus::Document;
use crate::extract::Analysis;
use crate::ingest::{self, Built, CorpusMeta, ImportReport, Phase, Progress, Request, Response};
use crate::query::IndexBuilder;
use crate::state::Library;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// What the page gets from the worker: its answers, with a ready corpus already taken
/// over part by part (decoded and indexed a part per task, so no task runs long).
pub enum Answer {
    Plain(Response),
    Ready { corpus: CorpusMeta, library: Library, report: ImportReport },
}

/// The parts of a corpus received so far.
#[derive(Default)]
struct Assembly {
    documents: Vec<Document>,
    analyses: Vec<Analysis>,
    index: IndexBuilder,
}

impl Assembly {
    fn add(&mut self, documents: Vec<Document>, analyses: Vec<Analysis>) {
        for (d, a) in documents.into_iter().zip(analyses) {
            self.index.add(&d, &a);
            self.documents.push(d);
            self.analyses.push(a);
        }
    }

    fn finish(mut self, corpus: CorpusMeta, built: Built) -> Answer {
        let Built { documents, analyses, rejected, report, .. } = built;
        self.add(documents, analyses);
        let library = Library::from_parts(self.documents, self.analyses, rejected, self.index.finish());
        Answer::Ready { corpus, library, report }
    }
}

/// The page's handle on a running worker; dropping it stops the worker at once, which is
/// how an import is cancelled (its storage transaction never commits).
pub struct Worker {
    inner: web_sys::Worker,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

impl Worker {
    /// Starts a worker; `on_answer` gets each of its answers.
    pub fn spawn(on_answer: impl Fn(Answer) + 'static) -> Result<Worker, String> {
        let chronicle = get(&super::window(), "__chronicle");
        let url = get(&chronicle, "workerUrl").as_string().ok_or("the page has no import worker")?;
        let inner = web_sys::Worker::new(&url).map_err(|e| format!("the import worker could not start ({e:?})"))?;
        let on_answer = std::rc::Rc::new(on_answer);
        let respond = on_answer.clone();
        let assembly = std::cell::RefCell::new(Assembly::default());
        let on_message = Closure::<dyn FnMut(_)>::new(move |e: web_sys::MessageEvent| {
            let t0 = super::now();
            let text = e.data().as_string().unwrap_or_default();
            let response = serde_json::from_str(&text).unwrap_or_else(|err| Response::Failed {
                message: format!("the import worker sent something unreadable ({err})"),
            });
            match response {
                Response::Part { documents, analyses } => {
                    let t1 = super::now();
                    super::phase("page: decode parts", t1 - t0);
                    assembly.borrow_mut().add(documents, analyses);
                    super::phase("page: index parts", super::now() - t1);
                    // The longest take-over step, for the import benchmark.
                    super::record_max("partMs", super::now() - t0);
                }
                Response::Ready { corpus, built } => {
                    let answer = assembly.take().finish(corpus, *built);
                    super::record("readyMs", super::now() - t0);
                    super::phase("page: last part, library", super::now() - t0);
                    super::mark("ready");
                    respond(answer);
                }
                Response::Timings { phases } => {
                    for (name, ms) in phases {
                        super::phase(&format!("worker: {name}"), ms);
                    }
                }
                other => {
                    if matches!(other, Response::Failed { .. }) {
                        assembly.take();
                    }
                    respond(Answer::Plain(other))
                }
            }
        });
        let on_error = Closure::<dyn FnMut(_)>::new(move |e: web_sys::ErrorEvent| {
            on_answer(Answer::Plain(Response::Failed { message: format!("the import worker stopped ({})", e.message()) }));
        });
        inner.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        inner.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let hello = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&hello, &"module".into(), &get(&chronicle, "module"));
        inner.post_message(&hello).map_err(|e| format!("{e:?}"))?;
        Ok(Worker { inner, _on_message: on_message, _on_error: on_error })
    }

    /// Sends a request, with the files of an import (read inside the worker).
    pub fn send(&self, request: &Request, files: &[web_sys::File]) {
        let msg = js_sys::Object::new();
        let text = serde_json::to_string(request).unwrap_or_default();
        let _ = js_sys::Reflect::set(&msg, &"request".into(), &text.into());
        let list: js_sys::Array = files.iter().collect();
        let _ = js_sys::Reflect::set(&msg, &"files".into(), &list);
        let _ = self.inner.post_message(&msg);
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.inner.terminate();
    }
}

// ---- inside the worker ----

thread_local! {
    /// The stored corpus the worker last opened or grew, with its documents.
    static CURRENT: RefCell<Option<(CorpusMeta, Vec<Document>)>> = const { RefCell::new(None) };
}

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Milliseconds since the worker started.
fn clock() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"performance".into())
        .ok()
        .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// Times the phases of a job, one after the other.
struct Lap {
    last: f64,
    phases: Vec<(String, f64)>,
}

impl Lap {
    fn start() -> Lap {
        Lap { last: clock(), phases: Vec::new() }
    }

    /// Ends the phase `name`, which began where the last one ended.
    fn lap(&mut self, name: &str) {
        let now = clock();
        self.phases.push((name.to_string(), now - self.last));
        self.last = now;
    }

    /// Sends the phases to the page (before the `Ready` they led to).
    fn send(self) {
        post(&Response::Timings { phases: self.phases });
    }
}

fn post(r: &Response) {
    let _ = scope().post_message(&serde_json::to_string(r).unwrap_or_default().into());
}

/// Runs in the worker after the glue has instantiated the module: from now on every
/// message is a request.
#[wasm_bindgen]
pub fn worker_main() {
    let on_message = Closure::<dyn FnMut(_)>::new(|e: web_sys::MessageEvent| {
        let data = e.data();
        let request = get(&data, "request").as_string().and_then(|s| serde_json::from_str::<Request>(&s).ok());
        let files: Vec<web_sys::File> =
            js_sys::Array::from(&get(&data, "files")).iter().filter_map(|f| f.dyn_into().ok()).collect();
        match request {
            Some(r) => wasm_bindgen_futures::spawn_local(handle(r, files)),
            None => post(&Response::Failed { message: "the import worker got a request it does not know".into() }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // lives as long as the worker
}

async fn handle(request: Request, files: Vec<web_sys::File>) {
    let result = match request {
        Request::List => Ok(()),
        Request::Open { corpus } => open(&corpus).await,
        Request::Import { corpus, name, refused } => import(corpus, name, refused, files).await,
        Request::Rename { corpus, name } => store::rename(&corpus, &name).await,
        Request::Delete { corpus } => {
            CURRENT.with(|c| c.borrow_mut().take_if(|(m, _)| m.id == corpus));
            store::delete(&corpus).await
        }
    };
    if let Err(message) = result {
        post(&Response::Failed { message });
    }
    let (corpora, error) = match store::list().await {
        Ok(list) => (list, None),
        Err(e) => (Vec::new(), Some(e)),
    };
    post(&Response::Corpora { corpora, error });
}

/// Text bytes per part when a corpus is handed to the page.
const PART_BYTES: usize = 64 * 1024;

/// Hands a corpus to the page: its documents in parts, then the rest.
fn send_ready(corpus: CorpusMeta, mut built: Built, mut lap: Lap) {
    let documents = std::mem::take(&mut built.documents);
    let analyses = std::mem::take(&mut built.analyses);
    for (documents, analyses) in ingest::parts(documents, analyses, PART_BYTES) {
        post(&Response::Part { documents, analyses });
    }
    lap.lap("hand over (encode + post)");
    lap.send();
    post(&Response::Ready { corpus, built: Box::new(built) });
}

/// Progress reports, at most one every 100 ms (and always the last one).
fn reporter() -> impl FnMut(Progress) {
    let mut last = 0.0;
    move |p: Progress| {
        let now = js_sys::Date::now();
        if now - last > 100.0 || p.done == p.total {
            last = now;
            post(&Response::Progress(p));
        }
    }
}

/// The documents of a stored corpus: the worker's copy if it has it (taken, not copied:
/// every job that asks for them puts the new set back), else from storage.
async fn documents(corpus: &str) -> Result<(CorpusMeta, Vec<Document>), String> {
    let cached = CURRENT.with(|c| c.borrow_mut().take_if(|(m, _)| m.id == corpus));
    match cached {
        Some(c) => Ok(c),
        None => store::load(corpus).await,
    }
}

async fn open(corpus: &str) -> Result<(), String> {
    let mut lap = Lap::start();
    let (meta, docs) = documents(corpus).await?;
    lap.lap("load stored documents");
    let built = ingest::build(docs, &[], Vec::new(), &mut reporter());
    lap.lap("analyse");
    CURRENT.with(|c| *c.borrow_mut() = Some((meta.clone(), built.documents.clone())));
    send_ready(meta, built, lap);
    Ok(())
}

fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let reader = web_sys::FileReaderSync::new().map_err(|e| format!("{e:?}"))?;
    let buf = reader.read_as_array_buffer(file).map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

async fn import(corpus: Option<String>, name: String, mut refused: Vec<String>, files: Vec<web_sys::File>) -> Result<(), String> {
    let mut lap = Lap::start();
    let (meta, existing) = match &corpus {
        Some(id) => documents(id).await?,
        None => {
            let id = format!("c{:013}", js_sys::Date::now() as u64);
            (CorpusMeta { id, name, documents: 0, bytes: 0 }, Vec::new())
        }
    };
    let mut read_files = Vec::with_capacity(files.len());
    for f in &files {
        match read(f) {
            Ok(bytes) => read_files.push((f.name(), bytes)),
            Err(e) => refused.push(format!("{}: the browser could not read the file ({e})", f.name())),
        }
    }
    let old = existing.len();
    lap.lap("read files");
    let mut report = reporter();
    let gathered = ingest::gather(existing, &read_files, refused, &mut report);
    drop(read_files);
    lap.lap("parse + dedupe");
    let analyses = ingest::analyze(&gathered.documents, &mut report);
    lap.lap("analyse");
    let ingest::Gathered { documents, rejected, added, report } = gathered;
    let mut built = Built { documents, analyses, rejected, added, report };
    if built.added == 0 && corpus.is_none() {
        // Nothing usable: no empty corpus is made; the report says why.
        send_ready(meta, built, lap);
        return Ok(());
    }
    let meta = CorpusMeta {
        documents: built.documents.len(),
        bytes: built.documents.iter().map(|d| d.text.len() as u64).sum(),
        ..meta
    };
    post(&Response::Progress(Progress { phase: Phase::Saving, done: 0, total: built.added, bytes_done: 0, bytes_total: 0 }));
    if built.added > 0 {
        if let Err(e) = store::save(&meta, &built.documents[old..], old).await {
            built.report.storage = Some(format!(
                "{e}. The {} new document{} can be read in this tab but were not saved; what was stored before is unchanged.",
                built.added,
                crate::ui::plural(built.added)
            ));
        }
    }
    lap.lap("store (IndexedDB)");
    CURRENT.with(|c| *c.borrow_mut() = Some((meta.clone(), built.documents.clone())));
    lap.lap("keep a copy");
    send_ready(meta, built, lap);
    Ok(())
}
