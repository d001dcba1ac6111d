//! Figures: numbers tied to what they count (killed, injured, detained, workers, …).

use crate::corpus::Document;
use crate::extract::Figure;

pub fn find(_doc: &Document) -> Vec<Figure> {
    Vec::new()
}
