//! The bundled sample corpus (`seeds/*.txt`), embedded at build time by `build.rs`.

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// Reads the bundled corpus.
pub fn corpus() -> crate::corpus::Corpus {
    crate::corpus::Corpus::read(SEEDS.iter().map(|(name, bytes)| (*name, *bytes)))
}
