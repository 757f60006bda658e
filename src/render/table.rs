//! Tables for a person at a terminal (comfy-table), coloured by status, fitted to the
//! terminal's width whether or not colour is on.
//!
//! Fitting, as `gh` and `jj` do it: every column gets the width of its content; when the
//! table is wider than the terminal, the columns that can wrap (names, titles) wrap at
//! word boundaries, never inside a word; when even that does not fit, the least needed
//! columns are left out (the owner, then the rule id), and only on a terminal too narrow
//! for the rest does the table keep its full width and let the terminal wrap.

use super::{DueList, ListRow, clean};
use crate::i18n::messages::due as m;
use crate::i18n::terms;
use crate::rules::Status;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, LineStyle, Table, TableStyle, Width};
use unicode_width::UnicodeWidthStr;

/// A line under the header and nothing else: rows read like `ls -l`, not a spreadsheet.
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// Space between two columns.
const GAP: u16 = 2;

/// The narrowest a wrapping column is made (unless its longest word is wider).
const MIN_WRAP: usize = 10;

/// How wide a wrapping column should be to read well; a column is left out sooner than
/// a title squeezed below this (a name below 12, a title below 30).
const COMFORT_NAME: usize = 12;
const COMFORT_TITLE: usize = 30;

/// A column of a table: its heading, each row's text (and colour), whether it may wrap,
/// and when it is left out on a narrow terminal (lower first; `None`: never).
struct Column {
    header: &'static str,
    cells: Vec<(String, Option<Color>)>,
    /// `Some(width it reads well at)` for a column that may wrap.
    wraps: Option<usize>,
    drop: Option<u8>,
}

impl Column {
    fn new(header: &'static str, wraps: Option<usize>, drop: Option<u8>) -> Column {
        Column {
            header,
            cells: Vec::new(),
            wraps,
            drop,
        }
    }

    /// The width it reads well at: at least its minimum, at most its natural width.
    fn comfortable(&self) -> usize {
        match self.wraps {
            Some(c) => c.clamp(self.minimum(), self.natural().max(self.minimum())),
            None => self.natural(),
        }
    }

    /// The width of its widest line.
    fn natural(&self) -> usize {
        self.cells
            .iter()
            .map(|(t, _)| t.width())
            .chain([self.header.width()])
            .max()
            .unwrap_or(0)
    }

    /// The narrowest it can be: its longest word when it wraps, else its natural width.
    fn minimum(&self) -> usize {
        if self.wraps.is_none() {
            return self.natural();
        }
        let longest = self
            .cells
            .iter()
            .flat_map(|(t, _)| t.split_whitespace())
            .chain([self.header])
            .map(UnicodeWidthStr::width)
            .max()
            .unwrap_or(0);
        longest.max(MIN_WRAP.min(self.natural()))
    }
}

/// Which columns to show and how wide each is, for a terminal `width` wide.
fn layout(cols: &[Column], width: Option<usize>) -> Vec<(usize, usize)> {
    let all: Vec<(usize, usize)> = cols.iter().enumerate().map(|(i, c)| (i, c.natural())).collect();
    // A line as wide as the terminal makes some terminals wrap into an empty line.
    let Some(avail) = width.map(|w| w.saturating_sub(1)) else {
        return all;
    };
    let total = |widths: &[(usize, usize)]| -> usize {
        widths.iter().map(|(_, w)| w).sum::<usize>() + usize::from(GAP) * widths.len().saturating_sub(1)
    };
    if total(&all) <= avail {
        return all;
    }
    // Leave out columns, least needed first, until the rest fits with its wrapping
    // columns at a comfortable width; failing that, at their narrowest (no word cut).
    let mut droppable: Vec<(u8, usize)> = cols
        .iter()
        .enumerate()
        .filter_map(|(i, c)| c.drop.map(|d| (d, i)))
        .collect();
    droppable.sort_unstable();
    let fit = |least: &dyn Fn(&Column) -> usize| -> Option<Vec<usize>> {
        let mut kept: Vec<usize> = (0..cols.len()).collect();
        let mut drops = droppable.iter();
        loop {
            let need: Vec<(usize, usize)> = kept.iter().map(|&i| (i, least(&cols[i]))).collect();
            if total(&need) <= avail {
                return Some(kept);
            }
            let &(_, i) = drops.next()?;
            kept.retain(|&k| k != i);
        }
    };
    let Some(kept) = fit(&Column::comfortable).or_else(|| fit(&Column::minimum)) else {
        // Too narrow for the essentials: full width, and the terminal wraps.
        return all;
    };
    let minimum =
        |kept: &[usize]| -> Vec<(usize, usize)> { kept.iter().map(|&i| (i, cols[i].minimum())).collect() };
    // Share out what is left among the wrapping columns, in proportion to what each
    // lacks of its natural width (a long title gets more than a short name).
    let mut widths = minimum(&kept);
    let spare = avail - total(&widths);
    let lack: Vec<usize> = widths
        .iter()
        .map(|&(i, w)| {
            if cols[i].wraps.is_some() {
                cols[i].natural() - w
            } else {
                0
            }
        })
        .collect();
    let all_lack: usize = lack.iter().sum();
    let mut left = spare.min(all_lack);
    for (k, &l) in lack.iter().enumerate() {
        let add = (spare * l).checked_div(all_lack).unwrap_or(0).min(l).min(left);
        widths[k].1 += add;
        left -= add;
    }
    // What rounding left over goes to the first column that can still grow.
    let least = minimum(&kept);
    for (k, &l) in lack.iter().enumerate() {
        let room = l.saturating_sub(widths[k].1 - least[k].1);
        let add = room.min(left);
        widths[k].1 += add;
        left -= add;
    }
    widths
}

/// Renders the columns fitted to `width`; lines carry no trailing spaces.
fn render(cols: Vec<Column>, color: bool, width: Option<usize>) -> String {
    let widths = layout(&cols, width);
    let mut t = Table::new();
    t.load_style(STYLE);
    // The widths are computed above; comfy-table only wraps within them.
    t.set_content_arrangement(ContentArrangement::Dynamic);
    t.set_width(u16::try_from(total_width(&widths)).unwrap_or(u16::MAX));
    t.set_header(widths.iter().map(|&(i, _)| {
        let c = Cell::new(cols[i].header);
        if color {
            c.add_attribute(comfy_table::Attribute::Bold)
        } else {
            c
        }
    }));
    let rows = cols.first().map_or(0, |c| c.cells.len());
    for r in 0..rows {
        t.add_row(widths.iter().map(|&(i, _)| {
            let (text, fg) = &cols[i].cells[r];
            match fg {
                Some(fg) if color => Cell::new(text).fg(*fg),
                _ => Cell::new(text),
            }
        }));
    }
    if !color {
        t.force_no_tty();
    }
    let last = widths.len().saturating_sub(1);
    for (k, c) in t.column_iter_mut().enumerate() {
        // The gap after each column but the last: comfy-table's one-space column separator
        // and the rest as padding.
        let pad = if k == last { 0 } else { GAP - 1 };
        c.set_padding((0, pad));
        let w = u16::try_from(widths[k].1).unwrap_or(u16::MAX);
        c.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w + pad)));
    }
    let mut out = String::new();
    for line in t.lines() {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn total_width(widths: &[(usize, usize)]) -> usize {
    widths.iter().map(|(_, w)| w).sum::<usize>() + usize::from(GAP) * widths.len().saturating_sub(1)
}

fn status_color(s: Status) -> Option<Color> {
    match s {
        Status::Overdue => Some(Color::Red),
        Status::Open => Some(Color::Yellow),
        Status::Done | Status::Waived => Some(Color::Green),
        Status::Upcoming => None,
    }
}

/// `show_owner`: false when the list is one owner's (`--owner`), to leave the width to
/// names and titles. `width`: the terminal's (`Env::width`). Headings, status and owner
/// words are in the language of the run.
pub fn due(list: &DueList, color: bool, show_owner: bool, width: Option<usize>) -> String {
    let lang = crate::i18n::lang();
    // Left out on a narrow terminal: first the owner (the title says who), then the rule
    // id (`show` and `why` name it).
    let mut cols = vec![
        Column::new(m::HEAD_DUE.text(), None, None),
        Column::new(m::HEAD_STATUS.text(), None, None),
        Column::new(m::HEAD_OWNER.text(), None, Some(0)),
        Column::new(m::HEAD_CASE.text(), None, None),
        Column::new(m::HEAD_NAME.text(), Some(COMFORT_NAME), None),
        Column::new(m::HEAD_RULE.text(), None, Some(1)),
        Column::new(m::HEAD_ACTION.text(), Some(COMFORT_TITLE), None),
    ];
    for r in list.rows() {
        let rule = r.act.rule();
        let cells = [
            (r.act.due.to_string(), None),
            (
                terms::status(r.act.status).to_string(),
                status_color(r.act.status),
            ),
            (terms::owner(rule.owner).to_string(), None),
            (r.case.id().to_string(), None),
            (clean(r.case.name()).into_owned(), None),
            (rule.id.to_string(), None),
            (r.act.title.get(lang).to_string(), None),
        ];
        for (c, cell) in cols.iter_mut().zip(cells) {
            c.cells.push(cell);
        }
    }
    if !show_owner {
        cols.remove(2);
    }
    render(cols, color, width)
}

pub fn list(rows: &[ListRow], color: bool, width: Option<usize>) -> String {
    // Left out on a narrow terminal: the track, then the phase (`show` has both).
    let mut cols = vec![
        Column::new(m::HEAD_CASE.text(), None, None),
        Column::new(m::HEAD_NAME.text(), Some(COMFORT_NAME), None),
        Column::new(m::HEAD_TRACK.text(), None, Some(0)),
        Column::new(m::HEAD_PHASE.text(), None, Some(1)),
        Column::new(m::HEAD_FLAGS.text(), Some(MIN_WRAP), None),
        Column::new(m::HEAD_NEXT_ACTION.text(), None, None),
        Column::new(m::HEAD_DUE.text(), None, None),
    ];
    for r in rows {
        let mut flags = Vec::new();
        if r.vsv {
            flags.push("vsv");
        }
        if !r.in_region {
            flags.push(m::FLAG_OUTSIDE_REGION.text());
        }
        let (next, due) = match r.next {
            Some((rule, _, due, status)) => (
                (rule.id.to_string(), None),
                (due.to_string(), (status == Status::Overdue).then_some(Color::Red)),
            ),
            None => (("-".to_string(), None), (String::new(), None)),
        };
        let cells = [
            (r.case.id().to_string(), None),
            (clean(r.case.name()).into_owned(), None),
            (terms::track(r.case.track).to_string(), None),
            (terms::phase(r.phase).to_string(), None),
            (flags.join(", "), None),
            next,
            due,
        ];
        for (c, cell) in cols.iter_mut().zip(cells) {
            c.cells.push(cell);
        }
    }
    render(cols, color, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(header: &'static str, wraps: Option<usize>, drop: Option<u8>, cells: &[&str]) -> Column {
        let mut c = Column::new(header, wraps, drop);
        c.cells = cells.iter().map(|s| (s.to_string(), None)).collect();
        c
    }

    fn sample() -> Vec<Column> {
        vec![
            column("Due", None, None, &["2026-07-10"]),
            column("Owner", None, Some(0), &["doorstroompunt"]),
            column("Name", Some(12), None, &["Youssef El Amrani"]),
            column(
                "Action",
                Some(30),
                None,
                &["Warm handover with support question to Jongerenpunt Check-In"],
            ),
        ]
    }

    #[test]
    fn a_table_that_fits_is_left_alone() {
        let widths = layout(&sample(), Some(200));
        assert_eq!(widths, [(0, 10), (1, 14), (2, 17), (3, 60)]);
        assert_eq!(layout(&sample(), None), widths);
    }

    #[test]
    fn names_and_titles_wrap_before_a_column_goes() {
        let widths = layout(&sample(), Some(80));
        assert_eq!(total_width(&widths), 79);
        assert_eq!(widths.iter().map(|w| w.0).collect::<Vec<_>>(), [0, 1, 2, 3]);
        let widths = layout(&sample(), Some(50));
        // The owner goes; no word is cut: "Jongerenpunt" (12) fits its column.
        assert_eq!(widths.iter().map(|w| w.0).collect::<Vec<_>>(), [0, 2, 3]);
        assert!(widths.iter().all(|&(i, w)| w >= sample()[i].minimum()));
        assert!(total_width(&widths) <= 49);
    }

    #[test]
    fn a_terminal_too_narrow_for_the_essentials_gets_full_lines() {
        assert_eq!(layout(&sample(), Some(20)), layout(&sample(), None));
    }

    #[test]
    fn rendered_lines_have_the_computed_width_and_no_trailing_spaces() {
        let out = render(sample(), false, Some(50));
        for line in out.lines() {
            assert!(line.width() <= 49, "{line:?}");
            assert_eq!(line, line.trim_end());
        }
        assert!(out.contains("Jongerenpunt"), "{out}");
        assert!(!out.contains("doorstroompunt"), "{out}");
    }
}
