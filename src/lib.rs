//! Chronicle: an offline explorer for a corpus of dated documents.
//!
//! The engine (every module but `ui`) is pure: it does no IO, never panics on any input,
//! and builds and tests natively and for wasm32. The `ui` module is the Yew shell, compiled
//! for wasm32 only. See ARCHITECTURE.md for the map.

pub mod corpus;
pub mod entities;
pub mod events;
pub mod export;
pub mod extract;
pub mod figures;
pub mod gazetteer;
pub mod geo;
pub mod import;
pub mod layout;
pub mod ingest;
pub mod lexicon;
pub mod query;
pub mod seeds;
pub mod state;
pub mod synthetic;
pub mod timeline;
pub mod timex;
pub mod tokens;

#[cfg(target_arch = "wasm32")]
mod ui;
