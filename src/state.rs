//! The explorer's view state: what is selected and shown, changed only through [`Action`]s
//! by the pure [`State::reduce`]. The Yew shell (`ui`) holds one `State` and renders it.

use crate::corpus::{Corpus, Document, Rejected};
use crate::extract::{analyze_corpus, Analysis};
use std::rc::Rc;

/// The documents and what was extracted from them; shared, never mutated in place.
#[derive(Debug, Default)]
pub struct Library {
    pub documents: Vec<Document>,
    pub analyses: Vec<Analysis>,
    pub rejected: Vec<Rejected>,
}

/// Libraries compare by identity: one is never changed in place, a change makes a new one.
/// This keeps Yew's prop comparison O(1).
impl PartialEq for Library {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Library {
    pub fn new(corpus: Corpus) -> Library {
        let analyses = analyze_corpus(&corpus.documents);
        Library { documents: corpus.documents, analyses, rejected: corpus.rejected }
    }

    /// Document indices, newest first; undated documents last, then by name.
    pub fn by_date(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.documents.len()).collect();
        order.sort_by(|&a, &b| {
            let (da, db) = (&self.documents[a], &self.documents[b]);
            db.date.cmp(&da.date).then_with(|| da.name.cmp(&db.name))
        });
        order
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub library: Rc<Library>,
    /// Index into `library.documents` of the document open in the reader.
    pub selected: Option<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open a document in the reader (ignored if out of range).
    Open(usize),
    /// Close the reader.
    Close,
}

impl State {
    pub fn new(library: Library) -> State {
        State { library: Rc::new(library), selected: None }
    }

    pub fn reduce(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Open(i) if i < self.library.documents.len() => next.selected = Some(i),
            Action::Open(_) => {}
            Action::Close => next.selected = None,
        }
        next
    }
}



#[cfg(test)]
mod tests {
    use super::*;

    fn library() -> Library {
        Library::new(Corpus::read([
            ("old.txt", &b"date 2001-05-01\nOld news."[..]),
            ("new.txt", &b"date 2022-01-02\nNew news."[..]),
            ("none.txt", &b"Undated note."[..]),
        ]))
    }

    #[test]
    fn documents_are_listed_newest_first_undated_last() {
        let lib = library();
        let names: Vec<&str> = lib.by_date().iter().map(|&i| lib.documents[i].name.as_str()).collect();
        assert_eq!(names, ["new.txt", "old.txt", "none.txt"]);
    }

    #[test]
    fn open_and_close_a_document() {
        let s = State::new(library());
        let s = s.reduce(Action::Open(1));
        assert_eq!(s.selected, Some(1));
        assert_eq!(s.reduce(Action::Open(99)).selected, Some(1), "out of range is ignored");
        assert_eq!(s.reduce(Action::Close).selected, None);
    }
}
