//! Events: protests, strikes, killings, arrests with their date, place, actors and figures.

use crate::corpus::Document;
use crate::extract::{Event, Figure, Mention, Timex};

pub fn find(_doc: &Document, _t: &[Timex], _m: &[Mention], _f: &[Figure]) -> Vec<Event> {
    Vec::new()
}
