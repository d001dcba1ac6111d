//! The corpora kept in the browser (IndexedDB), used from the import worker. Two object
//! stores: `corpora` (a `CorpusMeta` per corpus id, JSON) and `documents`, keyed
//! `corpus id/sequence` where the sequence is the number of the first document in the
//! value: a run of documents of about a megabyte in binary (`ingest::encode`), or, as
//! stored before, one document in JSON. Every change is one transaction: it lands whole
//! or not at all, so a failed import, a cancel or a reload never leaves half a corpus
//! behind.

use crate::corpus::Document;
use crate::ingest::CorpusMeta;
use idb::{Database, DatabaseEvent, Factory, KeyRange, ObjectStoreParams, Query, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::IdbTransaction;

const DB: &str = "chronicle";
const CORPORA: &str = "corpora";
const DOCUMENTS: &str = "documents";

/// A storage error as a user can read it (`QuotaExceededError: …` stays recognisable).
fn message(e: impl std::fmt::Display) -> String {
    let s = e.to_string();
    if s.contains("QuotaExceeded") {
        format!("the browser's storage is full ({s})")
    } else {
        s
    }
}

async fn open() -> Result<Database, String> {
    let factory = Factory::new().map_err(|e| format!("this browser offers no storage here ({e})"))?;
    let mut req = factory.open(DB, Some(1)).map_err(message)?;
    req.on_upgrade_needed(|event| {
        if let Ok(db) = event.database() {
            let _ = db.create_object_store(CORPORA, ObjectStoreParams::new());
            let _ = db.create_object_store(DOCUMENTS, ObjectStoreParams::new());
        }
    });
    req.await.map_err(message)
}

fn doc_key(corpus: &str, seq: usize) -> JsValue {
    JsValue::from(format!("{corpus}/{seq:08}"))
}

/// Every document key of a corpus: `id/` up to `id/` followed by the last character.
fn corpus_range(corpus: &str) -> Result<Query, String> {
    let range = KeyRange::bound(&format!("{corpus}/").into(), &format!("{corpus}/\u{10FFFF}").into(), None, None)
        .map_err(message)?;
    Ok(Query::KeyRange(range))
}

fn parse<T: serde::de::DeserializeOwned>(v: &JsValue) -> Option<T> {
    v.as_string().and_then(|s| serde_json::from_str(&s).ok())
}

fn json(v: &impl serde::Serialize) -> JsValue {
    JsValue::from(serde_json::to_string(v).unwrap_or_default())
}

/// The stored corpora, oldest first.
pub async fn list() -> Result<Vec<CorpusMeta>, String> {
    let db = open().await?;
    let tx = db.transaction(&[CORPORA], TransactionMode::ReadOnly).map_err(message)?;
    let store = tx.object_store(CORPORA).map_err(message)?;
    let values = store.get_all(None, None).map_err(message)?.await.map_err(message)?;
    let mut list: Vec<CorpusMeta> = values.iter().filter_map(parse).collect();
    list.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(list)
}

/// A stored corpus and its documents in the order they were added.
pub async fn load(corpus: &str) -> Result<(CorpusMeta, Vec<Document>), String> {
    let db = open().await?;
    let tx = db.transaction(&[CORPORA, DOCUMENTS], TransactionMode::ReadOnly).map_err(message)?;
    let meta = tx.object_store(CORPORA).map_err(message)?.get(JsValue::from(corpus)).map_err(message)?.await;
    let meta: CorpusMeta = meta.map_err(message)?.as_ref().and_then(parse).ok_or("this corpus is no longer stored")?;
    let docs = tx.object_store(DOCUMENTS).map_err(message)?.get_all(Some(corpus_range(corpus)?), None);
    let values = docs.map_err(message)?.await.map_err(message)?;
    let mut docs = Vec::new();
    for v in &values {
        match v.dyn_ref::<js_sys::Uint8Array>() {
            Some(bytes) => docs.extend(crate::ingest::decode(&bytes.to_vec())?.0),
            None => docs.extend(parse::<Document>(v)),
        }
    }
    Ok((meta, docs))
}

/// Text bytes of documents per stored value.
const RUN_BYTES: usize = 1024 * 1024;

/// A storage transaction under way (see [`save`]): its outcome is listened for from the
/// start, so it cannot be missed whatever the caller does meanwhile.
pub struct Saving(Result<(idb::TransactionFuture, IdbTransaction), String>);

impl Saving {
    /// A save that could not even start.
    pub fn failed(e: String) -> Saving {
        Saving(Err(e))
    }

    /// Waits for the transaction's outcome.
    pub async fn finish(self) -> Result<(), String> {
        let (outcome, raw) = self.0?;
        outcome_of(outcome.await, &raw)
    }
}

/// Writes a corpus's description and its new documents, numbered from `first`, in one
/// transaction, and asks the browser to commit it at once: the caller may do other work
/// meanwhile and await the outcome with [`Saving::finish`]. If a write cannot even be
/// queued, the transaction is aborted, so what was queued before it is rolled back too.
pub async fn save(meta: &CorpusMeta, new: &[Document], first: usize) -> Result<Saving, String> {
    let db = open().await?;
    let tx = db.transaction(&[CORPORA, DOCUMENTS], TransactionMode::ReadWrite).map_err(message)?;
    // Requests are queued on the transaction; its outcome is awaited once.
    let queued = (|| -> Result<(), idb::Error> {
        let docs = tx.object_store(DOCUMENTS)?;
        for run in crate::ingest::chunks(new, RUN_BYTES) {
            let key = doc_key(&meta.id, first + run.start);
            let value = js_sys::Uint8Array::from(&crate::ingest::encode(&new[run], &[])[..]);
            docs.put(&value, Some(&key))?;
        }
        tx.object_store(CORPORA)?.put(&json(meta), Some(&JsValue::from(&meta.id)))?;
        Ok(())
    })();
    let raw = IdbTransaction::from(tx);
    if let Err(e) = queued {
        let cause = cause(&raw).unwrap_or_else(|| e.to_string());
        let _ = raw.abort();
        return Err(message(cause));
    }
    let outcome = std::future::IntoFuture::into_future(idb::Transaction::from(raw.clone()));
    // `commit()` is back in IndexedDB 3.0 and in every current browser.
    #[allow(deprecated)]
    let _ = raw.commit();
    Ok(Saving(Ok((outcome, raw))))
}

/// Why a transaction failed, as the browser tells it (`QuotaExceededError: …`).
fn cause(tx: &IdbTransaction) -> Option<String> {
    tx.error().map(|e| format!("{}: {}", e.name(), e.message()))
}

/// Awaits a transaction; a failure says why, from the transaction's own error when the
/// browser gives one (a full storage aborts the transaction at commit).
async fn finish(tx: impl Into<IdbTransaction>) -> Result<(), String> {
    let raw: IdbTransaction = tx.into();
    let outcome = idb::Transaction::from(raw.clone()).await;
    outcome_of(outcome, &raw)
}

fn outcome_of(outcome: Result<idb::TransactionResult, idb::Error>, raw: &IdbTransaction) -> Result<(), String> {
    match outcome {
        Ok(idb::TransactionResult::Committed) => Ok(()),
        Ok(idb::TransactionResult::Aborted) => Err(message(
            cause(raw).unwrap_or_else(|| "the browser refused to store it (the change was rolled back)".into()),
        )),
        Err(e) => Err(message(cause(raw).unwrap_or_else(|| e.to_string()))),
    }
}

/// Gives a stored corpus a new name.
pub async fn rename(corpus: &str, name: &str) -> Result<(), String> {
    let (mut meta, _) = load(corpus).await?;
    meta.name = name.to_string();
    let db = open().await?;
    let tx = db.transaction(&[CORPORA], TransactionMode::ReadWrite).map_err(message)?;
    let _ = tx.object_store(CORPORA).map_err(message)?.put(&json(&meta), Some(&JsValue::from(corpus))).map_err(message)?;
    finish(tx).await
}

/// Removes a corpus and its documents.
pub async fn delete(corpus: &str) -> Result<(), String> {
    let db = open().await?;
    let tx = db.transaction(&[CORPORA, DOCUMENTS], TransactionMode::ReadWrite).map_err(message)?;
    let _ = tx.object_store(DOCUMENTS).map_err(message)?.delete(corpus_range(corpus)?).map_err(message)?;
    let _ = tx.object_store(CORPORA).map_err(message)?.delete(JsValue::from(corpus)).map_err(message)?;
    finish(tx).await
}
