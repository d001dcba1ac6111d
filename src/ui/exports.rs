//! The export bar: the events the filters select as ACLED-like CSV, JSON or TimelineJS,
//! and the entities of the selected documents as CSV — files made in the page and saved
//! by the browser, never sent anywhere.

use super::browser;
use crate::export::{self, Format};
use crate::state::Library;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportsProps {
    pub library: Rc<Library>,
    pub rows: Rc<Vec<usize>>,
    pub docs: Rc<Vec<usize>>,
}

fn label(f: Format) -> &'static str {
    match f {
        Format::AcledCsv => "Events CSV (ACLED)",
        Format::EventsJson => "Events JSON",
        Format::TimelineJs => "TimelineJS",
        Format::EntitiesCsv => "Entities CSV",
    }
}

#[function_component]
pub fn Exports(props: &ExportsProps) -> Html {
    let n = props.rows.len();
    let button = |f: Format| {
        let (lib, rows, docs) = (props.library.clone(), props.rows.clone(), props.docs.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let text = export::export(f, &lib, &rows, &docs);
            let name = export::file_name(f, &export::scope(&lib, &rows));
            browser::download(&name, f.mime(), text.as_bytes());
        });
        html! { <button {onclick} data-testid={format!("export-{}", f.key())}>{label(f)}</button> }
    };
    html! {
        <nav class="exports" aria-label="Export">
            <span>{format!("Export the {n} event{} shown:", super::plural(n))}</span>
            { button(Format::AcledCsv) }
            { button(Format::EventsJson) }
            { button(Format::TimelineJs) }
            <span class="sep" aria-hidden="true">{"·"}</span>
            { button(Format::EntitiesCsv) }
        </nav>
    }
}
