//! Tables for a person at a terminal (comfy-table), coloured by status.

use super::{DueList, ListRow, clean};
use crate::rules::Status;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width};

/// A line under the header and nothing else: rows read like `ls -l`, not a spreadsheet.
pub(crate) const STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

fn status_cell(s: Status, color: bool) -> Cell {
    let c = Cell::new(s.name());
    if !color {
        return c;
    }
    match s {
        Status::Overdue => c.fg(Color::Red),
        Status::Open => c.fg(Color::Yellow),
        Status::Done | Status::Waived => c.fg(Color::Green),
        Status::Upcoming => c,
    }
}

pub(crate) fn new_table(color: bool, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(STYLE)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.iter().map(|h| {
            let c = Cell::new(h);
            if color {
                c.add_attribute(comfy_table::Attribute::Bold)
            } else {
                c
            }
        }));
    if !color {
        t.force_no_tty();
    }
    t
}

/// Dates, statuses, owners, ids and rule ids never wrap; names and titles take what is
/// left of the terminal's width, and at least a readable minimum.
fn constrain(t: &mut Table, wrapping: &[usize]) {
    // A terminal narrower than the fixed columns: print at full width and let it wrap.
    if t.width().is_some_and(|w| w < 60) {
        t.set_content_arrangement(ContentArrangement::Disabled);
    }
    // One space between columns, and one column short of the terminal: a line exactly as
    // wide as the terminal would wrap into an empty one.
    for c in t.column_iter_mut() {
        c.set_padding((0, 1));
    }
    if let Some(w) = t.width() {
        t.set_width(w.saturating_sub(1));
    }
    let columns = t.column_count();
    let constraints = (0..columns).map(|i| {
        if wrapping.contains(&i) {
            ColumnConstraint::LowerBoundary(Width::Fixed(12))
        } else {
            ColumnConstraint::ContentWidth
        }
    });
    t.set_constraints(constraints);
}

/// `show_owner`: false when the list is one owner's (`--owner`), to leave the width to
/// names and titles.
pub fn due(list: &DueList, color: bool, lang: crate::Lang, show_owner: bool) -> String {
    let header: &[&str] = match lang {
        crate::Lang::En => &["Due", "Status", "Owner", "Case", "Name", "Rule", "Action"],
        crate::Lang::Nl => &["Datum", "Status", "Eigenaar", "Dossier", "Naam", "Regel", "Actie"],
    };
    let keep = |i: usize| show_owner || i != 2;
    let header: Vec<&str> = header
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .map(|(_, h)| *h)
        .collect();
    let mut t = new_table(color, &header);
    for r in list.rows() {
        let rule = r.act.rule();
        let cells = vec![
            Cell::new(r.act.due),
            status_cell(r.act.status, color),
            Cell::new(rule.owner.name()),
            Cell::new(&r.case.id),
            Cell::new(clean(&r.case.name)),
            Cell::new(rule.id),
            Cell::new(r.act.title.get(lang)),
        ];
        t.add_row(
            cells
                .into_iter()
                .enumerate()
                .filter(|(i, _)| keep(*i))
                .map(|(_, c)| c)
                .collect::<Vec<_>>(),
        );
    }
    let n = header.len();
    constrain(&mut t, &[n - 3, n - 1]);
    format!("{t}\n")
}

pub fn list(rows: &[ListRow], color: bool, lang: crate::Lang) -> String {
    let header: &[&str] = match lang {
        crate::Lang::En => &["Case", "Name", "Track", "Phase", "Flags", "Next action", "Due"],
        crate::Lang::Nl => &[
            "Dossier",
            "Naam",
            "Route",
            "Fase",
            "Kenmerken",
            "Volgende actie",
            "Datum",
        ],
    };
    let mut t = new_table(color, header);
    for r in rows {
        let mut flags = Vec::new();
        if r.vsv {
            flags.push("vsv");
        }
        if !r.in_region {
            flags.push("outside region");
        }
        let (next, due) = match r.next {
            Some((rule, _, due, status)) => {
                let cell = Cell::new(due);
                let cell = if color && status == Status::Overdue {
                    cell.fg(Color::Red)
                } else {
                    cell
                };
                (Cell::new(rule.id), cell)
            }
            None => (Cell::new("-"), Cell::new("")),
        };
        t.add_row(vec![
            Cell::new(&r.id),
            Cell::new(clean(&r.name)),
            Cell::new(r.track),
            Cell::new(r.phase.name()),
            Cell::new(flags.join(", ")),
            next,
            due,
        ]);
    }
    constrain(&mut t, &[1]);
    format!("{t}\n")
}
