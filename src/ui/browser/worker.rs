//! The import worker, both sides. In the page, [`Worker`] starts it from the blob URL and
//! compiled module that boot.js prepared, sends it requests with the chosen files and
//! hands back its answers, taking a corpus over a binary part at a time. Inside the
//! worker, [`worker_main`] reads the files, runs `ingest::gather` and has helper workers
//! of its own ([`helper_main`], one per core) analyse the documents (parsing and
//! extraction stay off the page's thread), keeps the corpora in IndexedDB (`store`) and
//! reports progress.

use super::store;
use crate::corpus::Document;
use crate::extract::Analysis;
use crate::ingest::{self, Built, CorpusMeta, ImportReport, Kept, Phase, Progress, Request, Response};
use crate::geo::{Located, LocatedBuilder};
use crate::query::{Index, IndexBuilder};
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
    Ready { corpus: CorpusMeta, library: Box<Library>, report: ImportReport },
}

/// The parts of a corpus received so far; once the last has come (an empty part), the
/// index finished, so that the `Ready` that follows is a short task.
#[derive(Default)]
struct Assembly {
    documents: Vec<Document>,
    analyses: Vec<Analysis>,
    index: IndexBuilder,
    located: LocatedBuilder,
    sealed: Option<(Index, Located)>,
}

impl Assembly {
    fn add(&mut self, documents: Vec<Document>, analyses: Vec<Analysis>) {
        if documents.is_empty() {
            return self.seal();
        }
        if self.sealed.take().is_some() {
            // More documents after the end after all (the worker sends none): index again.
            (self.index, self.located) = Default::default();
            for (d, a) in self.documents.iter().zip(&self.analyses) {
                self.index.add(d, a);
                self.located.add(a);
            }
        }
        for (d, a) in documents.into_iter().zip(analyses) {
            self.index.add(&d, &a);
            self.located.add(&a);
            self.documents.push(d);
            self.analyses.push(a);
        }
    }

    fn seal(&mut self) {
        if self.sealed.is_none() {
            let (index, located) = (std::mem::take(&mut self.index), std::mem::take(&mut self.located));
            self.sealed = Some((index.finish(), located.finish()));
        }
    }

    fn finish(mut self, corpus: CorpusMeta, built: Built) -> Answer {
        let Built { documents, analyses, rejected, report, .. } = built;
        self.add(documents, analyses);
        self.seal();
        let (index, located) = self.sealed.take().unwrap_or_default();
        let library = Library::from_parts(self.documents, self.analyses, rejected, index).with_located(located);
        Answer::Ready { corpus, library: Box::new(library), report }
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
            let data = e.data();
            if let Some(buffer) = data.dyn_ref::<js_sys::ArrayBuffer>() {
                // A part of a corpus about to be ready (see `ingest::encode`).
                match ingest::decode(&js_sys::Uint8Array::new(buffer).to_vec()) {
                    Ok((documents, analyses)) => {
                        let t1 = super::now();
                        super::phase("page: decode parts", t1 - t0);
                        assembly.borrow_mut().add(documents, analyses);
                        super::phase("page: index parts", super::now() - t1);
                        // The longest take-over step, for the import benchmark.
                        super::record_max("partMs", super::now() - t0);
                    }
                    Err(e) => {
                        assembly.take();
                        respond(Answer::Plain(Response::Failed { message: format!("the import worker sent something unreadable ({e})") }));
                    }
                }
                return;
            }
            let text = data.as_string().unwrap_or_default();
            let response = serde_json::from_str(&text).unwrap_or_else(|err| Response::Failed {
                message: format!("the import worker sent something unreadable ({err})"),
            });
            match response {
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
        // The worker starts helpers of its own from the same source.
        let _ = js_sys::Reflect::set(&hello, &"workerSource".into(), &get(&chronicle, "workerSource"));
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
    /// The stored corpus the worker last opened or grew, with its documents and their
    /// analyses (so that adding files to it analyses only the new documents).
    static CURRENT: RefCell<Option<(CorpusMeta, Vec<Document>, Kept)>> = const { RefCell::new(None) };
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

/// Bytes into a new `ArrayBuffer`, to be transferred (not copied) with a message.
fn buffer(bytes: &[u8]) -> js_sys::ArrayBuffer {
    let array = js_sys::Uint8Array::new_with_length(bytes.len() as u32);
    array.copy_from(bytes);
    array.buffer()
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

/// The engine's speed in wasm, for `cargo xtask bench wasm` (which calls it under Node):
/// reads the files laid end to end in `bytes` (`lengths` says where each ends) as a
/// corpus and analyses it, as the import's helpers do; returns the number of events.
#[wasm_bindgen]
pub fn measure_engine(bytes: &[u8], lengths: &[u32]) -> u32 {
    let mut files = Vec::with_capacity(lengths.len());
    let mut at = 0usize;
    for (i, &len) in lengths.iter().enumerate() {
        let end = (at + len as usize).min(bytes.len());
        files.push((format!("file-{i}.txt"), &bytes[at..end]));
        at = end;
    }
    let corpus = crate::corpus::Corpus::read(files.iter().map(|(n, b)| (n.as_str(), *b)));
    crate::extract::analyze_corpus(&corpus.documents).iter().map(|a| a.events.len() as u32).sum()
}

/// Runs in a helper the import worker started: every message is a chunk of documents
/// (`{ chunk, bytes }`, see `ingest::encode`) to analyse; the answer is
/// `{ chunk, ms, bytes }` with their analyses (names not merged yet) and the time they
/// took, or `{ chunk, ms, error }`.
#[wasm_bindgen]
pub fn helper_main() {
    let on_message = Closure::<dyn FnMut(_)>::new(|e: web_sys::MessageEvent| {
        let data = e.data();
        let chunk = get(&data, "chunk");
        let bytes = get(&data, "bytes").dyn_into::<js_sys::ArrayBuffer>().map(|b| js_sys::Uint8Array::new(&b).to_vec());
        let answer = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&answer, &"chunk".into(), &chunk);
        let t0 = clock();
        let analysed = bytes
            .map_err(|_| "no documents".to_string())
            .and_then(|b| ingest::decode(&b))
            .map(|(docs, _)| ingest::encode_analyses(&crate::extract::analyze_unmerged(&docs, &mut |_| {})));
        let _ = js_sys::Reflect::set(&answer, &"ms".into(), &(clock() - t0).into());
        let transfer = js_sys::Array::new();
        match analysed {
            Ok(bytes) => {
                let b = buffer(&bytes);
                transfer.push(&b);
                let _ = js_sys::Reflect::set(&answer, &"bytes".into(), &b);
            }
            Err(e) => {
                let _ = js_sys::Reflect::set(&answer, &"error".into(), &e.into());
            }
        }
        let _ = scope().post_message_with_transfer(&answer, &transfer);
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget(); // lives as long as the helper
}

async fn handle(request: Request, files: Vec<web_sys::File>) {
    let result = match request {
        Request::List => Ok(()),
        Request::Open { corpus } => open(&corpus).await,
        Request::Import { corpus, name, refused } => import(corpus, name, refused, files).await,
        Request::Rename { corpus, name } => store::rename(&corpus, &name).await,
        Request::Delete { corpus } => {
            CURRENT.with(|c| c.borrow_mut().take_if(|(m, ..)| m.id == corpus));
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

/// Hands a corpus to the page: its documents in binary parts (transferred, not copied),
/// then the rest once `stored` (the storage transaction, if any) has finished. Gives
/// the documents and their analyses back.
async fn send_ready(
    corpus: CorpusMeta,
    mut built: Built,
    stored: Option<store::Saving>,
    mut lap: Lap,
) -> (Vec<Document>, Vec<Analysis>) {
    let documents = std::mem::take(&mut built.documents);
    let analyses = std::mem::take(&mut built.analyses);
    // The parts, then an empty one: the page finishes its index meanwhile.
    for r in ingest::chunks(&documents, PART_BYTES).into_iter().chain(std::iter::once(0..0)) {
        let b = buffer(&ingest::encode(&documents[r.clone()], &analyses[r]));
        let _ = scope().post_message_with_transfer(&b, &js_sys::Array::of1(&b));
    }
    lap.lap("hand over (encode + post)");
    if let Some(saving) = stored {
        if let Err(e) = saving.finish().await {
            built.report.storage = Some(format!(
                "{e}. The {} new document{} can be read in this tab but were not saved; what was stored before is unchanged.",
                built.added,
                crate::ui::plural(built.added)
            ));
        }
        lap.lap("store (IndexedDB commit, after the hand-over)");
    }
    lap.send();
    post(&Response::Ready { corpus, built: Box::new(built) });
    (documents, analyses)
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

/// The documents of a stored corpus: the worker's copy, with their analyses, if it has
/// it (taken, not copied: every job that asks for them puts the new set back), else
/// from storage, with no analyses yet.
async fn documents(corpus: &str) -> Result<(CorpusMeta, Vec<Document>, Kept), String> {
    let cached = CURRENT.with(|c| c.borrow_mut().take_if(|(m, ..)| m.id == corpus));
    match cached {
        Some(c) => Ok(c),
        None => store::load(corpus).await.map(|(meta, docs)| (meta, docs, Kept::default())),
    }
}

/// `ingest::build`, with the analysis spread over helper workers when it is worth it:
/// only the documents that `kept` has no analyses for are analysed.
async fn build(
    existing: Vec<Document>,
    mut kept: Kept,
    files: &[(String, Vec<u8>)],
    refused: Vec<String>,
    lap: &mut Lap,
) -> (Built, Kept) {
    let mut report = reporter();
    let old = existing.len();
    let gathered = ingest::gather(existing, files, refused, &mut report);
    lap.lap("parse + dedupe");
    let analyses = if gathered.unchanged {
        Vec::new()
    } else {
        if kept.len() != old {
            kept = Kept::default();
        }
        let new = analyze(&gathered.documents[kept.len()..], &mut report, lap).await;
        kept.extend(new);
        kept.take()
    };
    let ingest::Gathered { documents, rejected, added, report, .. } = gathered;
    (Built { documents, analyses, rejected, added, report }, kept)
}

/// Analyses documents (names not merged across them yet) in the helper workers, or
/// here if they cannot start.
async fn analyze(documents: &[Document], report: &mut dyn FnMut(Progress), lap: &mut Lap) -> Vec<Analysis> {
    match helpers::analyze(documents, report).await {
        Ok((analyses, n, busy)) => {
            lap.lap(&format!("analyse ({n} helper workers, {:.1} s of work)", busy / 1000.0));
            analyses
        }
        Err(why) => {
            let analyses = ingest::analyze_unmerged(documents, report);
            lap.lap(&format!("analyse (in this worker: {why})"));
            analyses
        }
    }
}

async fn open(corpus: &str) -> Result<(), String> {
    let mut lap = Lap::start();
    let (meta, docs, kept) = documents(corpus).await?;
    lap.lap("load stored documents");
    let (built, mut kept) = build(docs, kept, &[], Vec::new(), &mut lap).await;
    let (documents, analyses) = send_ready(meta.clone(), built, None, lap).await;
    kept.keep(analyses);
    CURRENT.with(|c| *c.borrow_mut() = Some((meta, documents, kept)));
    Ok(())
}

fn read(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let reader = web_sys::FileReaderSync::new().map_err(|e| format!("{e:?}"))?;
    let buf = reader.read_as_array_buffer(file).map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

async fn import(corpus: Option<String>, name: String, mut refused: Vec<String>, files: Vec<web_sys::File>) -> Result<(), String> {
    let mut lap = Lap::start();
    let (meta, existing, kept) = match &corpus {
        Some(id) => documents(id).await?,
        None => {
            let id = format!("c{:013}", js_sys::Date::now() as u64);
            (CorpusMeta { id, name, documents: 0, bytes: 0 }, Vec::new(), Kept::default())
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
    let (built, mut kept) = build(existing, kept, &read_files, refused, &mut lap).await;
    drop(read_files);
    if built.added == 0 {
        // Nothing usable or new: no corpus is made or changed; the report says why.
        if corpus.is_some() {
            CURRENT.with(|c| *c.borrow_mut() = Some((meta, built.documents, kept)));
        }
        post(&Response::Unchanged { report: built.report });
        return Ok(());
    }
    let meta = CorpusMeta {
        documents: built.documents.len(),
        bytes: built.documents.iter().map(|d| d.text.len() as u64).sum(),
        ..meta
    };
    post(&Response::Progress(Progress { phase: Phase::Saving, done: 0, total: built.added, bytes_done: 0, bytes_total: 0 }));
    let mut stored = None;
    if built.added > 0 {
        // Queued and committing while the corpus is handed over; `send_ready` awaits
        // the outcome before it says the corpus is ready.
        match store::save(&meta, &built.documents[old..], old).await {
            Ok(saving) => stored = Some(saving),
            Err(e) => stored = Some(store::Saving::failed(e)),
        }
        lap.lap("store (IndexedDB: encode + queue)");
    }
    let (documents, analyses) = send_ready(meta.clone(), built, stored, lap).await;
    kept.keep(analyses);
    CURRENT.with(|c| *c.borrow_mut() = Some((meta, documents, kept)));
    Ok(())
}

/// Analysis in helper workers: the import worker starts as many as the machine has
/// cores (the same module, from the same source) and hands them chunks of documents
/// one at a time, each helper getting the next as soon as it is done; names are merged
/// across the corpus once every chunk is back (by the caller, `ingest::Kept`).
/// Terminating the import worker (a cancel) terminates its helpers.
mod helpers {
    use super::{get, ingest, scope, Analysis, Document, Progress};
    use crate::ingest::Phase;
    use std::cell::RefCell;
    use std::collections::VecDeque;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// Text bytes per chunk handed to a helper.
    const CHUNK_BYTES: usize = 256 * 1024;
    /// At most this many helpers.
    const MAX_HELPERS: usize = 4;

    /// Messages from the helpers not handled yet, and the waiting loop's wake-up call.
    #[derive(Default)]
    struct Inbox {
        queue: RefCell<VecDeque<Result<JsValue, String>>>,
        wake: RefCell<Option<js_sys::Function>>,
    }

    impl Inbox {
        fn push(&self, m: Result<JsValue, String>) {
            self.queue.borrow_mut().push_back(m);
            if let Some(wake) = self.wake.borrow_mut().take() {
                let _ = wake.call0(&JsValue::NULL);
            }
        }

        async fn next(&self) -> Result<JsValue, String> {
            loop {
                if let Some(m) = self.queue.borrow_mut().pop_front() {
                    return m;
                }
                let p = js_sys::Promise::new(&mut |resolve, _| *self.wake.borrow_mut() = Some(resolve));
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            }
        }
    }

    /// A helper worker; dropping it terminates it.
    struct Helper {
        worker: web_sys::Worker,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
        _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
    }

    impl Drop for Helper {
        fn drop(&mut self) {
            self.worker.terminate();
        }
    }

    impl Helper {
        fn start(id: usize, inbox: &Rc<Inbox>) -> Result<Helper, String> {
            let setup = get(&js_sys::global(), "__chronicle");
            let url = get(&setup, "workerUrl").as_string().ok_or("no worker source")?;
            let worker = web_sys::Worker::new(&url).map_err(|e| format!("a helper could not start ({e:?})"))?;
            let i = inbox.clone();
            let on_message = Closure::<dyn FnMut(_)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let _ = js_sys::Reflect::set(&data, &"helper".into(), &(id as f64).into());
                i.push(Ok(data));
            });
            let i = inbox.clone();
            let on_error = Closure::<dyn FnMut(_)>::new(move |e: web_sys::ErrorEvent| {
                i.push(Err(format!("a helper stopped ({})", e.message())));
            });
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            let hello = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&hello, &"module".into(), &get(&setup, "module"));
            let _ = js_sys::Reflect::set(&hello, &"helper".into(), &true.into());
            worker.post_message(&hello).map_err(|e| format!("{e:?}"))?;
            Ok(Helper { worker, _on_message: on_message, _on_error: on_error })
        }

        fn send(&self, chunk: usize, documents: &[Document]) -> Result<(), String> {
            let msg = js_sys::Object::new();
            let b = super::buffer(&ingest::encode(documents, &[]));
            let _ = js_sys::Reflect::set(&msg, &"chunk".into(), &(chunk as f64).into());
            let _ = js_sys::Reflect::set(&msg, &"bytes".into(), &b);
            self.worker.post_message_with_transfer(&msg, &js_sys::Array::of1(&b)).map_err(|e| format!("{e:?}"))
        }
    }

    /// How many helpers this machine warrants (none on one core).
    fn wanted() -> usize {
        let cores = get(&get(&scope(), "navigator"), "hardwareConcurrency").as_f64().unwrap_or(1.0) as usize;
        cores.clamp(1, MAX_HELPERS)
    }

    /// The documents' analyses (names not merged across them yet), how many helpers
    /// made them and the milliseconds they worked in all; or why no helpers were used (the caller then
    /// analyses the documents itself).
    pub async fn analyze(documents: &[Document], progress: &mut dyn FnMut(Progress)) -> Result<(Vec<Analysis>, usize, f64), String> {
        let chunks = ingest::chunks(documents, CHUNK_BYTES);
        let n = wanted().min(chunks.len());
        if n < 2 {
            return Err(if chunks.len() < 2 { "a small job".into() } else { "one core".into() });
        }
        let inbox = Rc::new(Inbox::default());
        let helpers = (0..n).map(|i| Helper::start(i, &inbox)).collect::<Result<Vec<_>, _>>()?;
        let total = documents.len();
        let bytes_total: u64 = documents.iter().map(|d| d.text.len() as u64).sum();
        let (mut done, mut bytes_done, mut work) = (0, 0, 0.0);
        let mut results: Vec<Option<Vec<Analysis>>> = (0..chunks.len()).map(|_| None).collect();
        let mut next = 0;
        for h in &helpers {
            h.send(next, &documents[chunks[next].clone()])?;
            next += 1;
        }
        let mut busy = helpers.len();
        while busy > 0 {
            let m = inbox.next().await?;
            if let Some(e) = get(&m, "error").as_string() {
                return Err(e);
            }
            work += get(&m, "ms").as_f64().unwrap_or(0.0);
            let chunk = get(&m, "chunk").as_f64().map_or(usize::MAX, |c| c as usize);
            let helper = get(&m, "helper").as_f64().map_or(usize::MAX, |h| h as usize);
            let range = chunks.get(chunk).ok_or("a helper answered for no chunk")?.clone();
            let bytes = get(&m, "bytes").dyn_into::<js_sys::ArrayBuffer>().map_err(|_| "a helper sent no analyses")?;
            let analyses = ingest::decode_analyses(&js_sys::Uint8Array::new(&bytes).to_vec())?;
            if analyses.len() != range.len() {
                return Err("a helper lost documents".into());
            }
            done += range.len();
            bytes_done += documents[range].iter().map(|d| d.text.len() as u64).sum::<u64>();
            results[chunk] = Some(analyses);
            progress(Progress { phase: Phase::Extracting, done, total, bytes_done, bytes_total });
            match helpers.get(helper) {
                Some(h) if next < chunks.len() => {
                    h.send(next, &documents[chunks[next].clone()])?;
                    next += 1;
                }
                _ => busy -= 1,
            }
        }
        drop(helpers);
        let out: Vec<Analysis> = results.into_iter().flatten().flatten().collect();
        if out.len() != total {
            return Err("a chunk went missing".into());
        }
        Ok((out, n, work))
    }
}
