//! The event table beside the timeline: date, type, place, actors, figures, document;
//! sortable by column, a click selects the event.

use super::timeline::{figures_text, human_date, title_case};
use crate::query::type_name;
use crate::state::{first_in_order, Action, Column, Library};
use std::rc::Rc;
use yew::prelude::*;

/// Rows rendered at first; "show more" adds as many again.
const PAGE: usize = 25;

#[derive(Properties, PartialEq)]
pub struct EventTableProps {
    pub library: Rc<Library>,
    pub rows: Rc<Vec<usize>>,
    pub sort: (Column, bool),
    pub selected: Option<usize>,
    pub dispatch: Callback<Action>,
}

#[function_component]
pub fn EventTable(props: &EventTableProps) -> Html {
    let lib = &props.library;
    let limit = use_state(|| PAGE);
    // Every event in the table's order, once per library and sort; a filter change then
    // picks the first matching rows from it (no sort of every matching event per click).
    let order = use_memo((lib.clone(), props.sort), |(lib, sort)| lib.table_order(*sort));
    let rows = use_memo((order, props.rows.clone(), *limit), |(order, rows, limit)| first_in_order(order, rows, *limit));
    let total = props.rows.len();
    let header = |label: &str, col: Column| {
        let (sorted, asc) = (props.sort.0 == col, props.sort.1);
        let aria = if sorted { if asc { "ascending" } else { "descending" } } else { "none" };
        let arrow = if sorted { if asc { " ▲" } else { " ▼" } } else { "" };
        html! {
            <th aria-sort={aria} scope="col">
                <button class="sort" onclick={props.dispatch.reform(move |_| Action::Sort(col))}>{label}{arrow}</button>
            </th>
        }
    };
    html! {
        <section class="events" aria-label="Events">
            <h2 class="pane-title">{format!("Events · {total}")}</h2>
            if total == 0 {
                <p class="empty-hint">{"No events match."}</p>
            } else {
                <div class="table-wrap">
                <table class="event-table" data-testid="event-table">
                    <thead><tr>
                        { header("Date", Column::Date) }
                        { header("Type", Column::Type) }
                        { header("Place", Column::Place) }
                        <th scope="col">{"Actors"}</th>
                        <th scope="col">{"Figures"}</th>
                        { header("Document", Column::Document) }
                    </tr></thead>
                    <tbody>
                    for row in rows.iter().copied() {
                        { event_row(lib, row, props.selected == Some(row), &props.dispatch) }
                    }
                    </tbody>
                </table>
                </div>
                if total > *limit {
                    <p class="more-note">{format!("Showing {} of {total}. ", *limit)}
                        <button class="link" onclick={let l = limit.clone(); move |_| l.set(*l + PAGE)}>{"Show more"}</button>
                    </p>
                }
            }
        </section>
    }
}

/// One row. Rows are not keyed: after a filter change most rows are new, and patching
/// the existing `<tr>`s in place costs far less than removing and creating them.
fn event_row(lib: &Library, row: usize, selected: bool, dispatch: &Callback<Action>) -> Html {
    let Some(e) = lib.event(row) else { return html! {} };
    let doc = &lib.documents[lib.index.events[row].doc];
    let onclick = dispatch.reform(move |_: MouseEvent| Action::SelectEvent(row));
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |k: KeyboardEvent| {
            if k.key() == "Enter" {
                dispatch.emit(Action::SelectEvent(row))
            }
        })
    };
    html! {
        <tr class={classes!(selected.then_some("selected"))} tabindex="0" {onclick} {onkeydown}
            data-row={row.to_string()} aria-selected={selected.to_string()}>
            <td class="nowrap">{ e.date.as_deref().map_or("undated".to_string(), human_date) }</td>
            <td><span class={classes!("type-dot", format!("t-{}", type_name(e.kind)))} aria-hidden="true"></span>{ title_case(type_name(e.kind)) }</td>
            <td>{ e.place.clone().unwrap_or_default() }</td>
            <td>{ e.actors.join(", ") }</td>
            <td>{ figures_text(e) }</td>
            <td class="doc-cell" title={lib.title(lib.index.events[row].doc).to_string()}>{ doc.date.map(|d| d.to_string()).unwrap_or_else(|| doc.name.clone()) }</td>
        </tr>
    }
}
