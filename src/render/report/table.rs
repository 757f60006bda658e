//! `report` for a terminal: a few small tables, one per group of figures.

use super::{Meta, Words, words};
use crate::read::Named;
use crate::report::{AFTER_YEARS, Figures, Group, school_year_name};
use crate::rules::Owner;
use crate::student::{Destination, Diploma, Track};
use crate::text::clean;
use comfy_table::{Cell, CellAlignment, LineStyle, Table, TableStyle};

/// A line under the header and nothing else, as `due` and `list` have it.
const STYLE: TableStyle = TableStyle::new().header_separator(LineStyle::none().fill('─').junction(' '));

/// A table of a few numbers: it is as wide as its content (at most 80 columns, see
/// [`numbers_table`]), so it needs no layout for the terminal's width.
fn new_table(color: bool, header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(STYLE).set_header(header.iter().map(|h| {
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
use std::io::{self, Write};

/// A table whose first column is text and the others numbers, right-aligned, two
/// spaces apart. Long headings break over two lines (`sheltered` / `work`), so the
/// widest table fits 80 columns.
fn numbers_table(color: bool, header: &[&str]) -> Table {
    let header: Vec<String> = header
        .iter()
        .map(|h| {
            if h.len() > 8 {
                h.replacen(' ', "\n", 1)
            } else {
                h.to_string()
            }
        })
        .collect();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = new_table(color, &header);
    for (i, c) in t.column_iter_mut().enumerate() {
        if i == 0 {
            c.set_padding((0, 0));
        } else {
            c.set_cell_alignment(CellAlignment::Right);
            c.set_padding((2, 0));
        }
    }
    t
}

fn heading(out: &mut dyn Write, text: &str, color: bool) -> io::Result<()> {
    if color {
        writeln!(out, "\n\x1b[1m{text}\x1b[0m")
    } else {
        writeln!(out, "\n{text}")
    }
}

/// `text` broken into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        let n = word.chars().count();
        if line > 0 && line + 1 + n > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += n;
    }
    out
}

pub fn write(out: &mut dyn Write, f: &Figures, meta: &Meta, color: bool) -> io::Result<()> {
    let w: &Words = &words();
    writeln!(out, "{} — {} {}", w.title, w.made_for, f.made_for)?;
    write!(
        out,
        "{} {} · {} {}",
        w.folder,
        clean(&meta.folder),
        w.region,
        clean(&meta.region)
    )?;
    if let Some(filters) = meta.filters(w) {
        write!(out, " · {} {}", w.only, clean(&filters))?;
    }
    writeln!(out)?;

    heading(out, w.leavers_heading, color)?;
    if f.years.is_empty() {
        writeln!(out, "{}", w.no_leavers)?;
    } else {
        let mut header = vec![w.school_year, w.leavers];
        header.extend(Track::ALL.iter().map(|t| super::track(*t)));
        header.push(w.vsv);
        let mut t = numbers_table(color, &header);
        for (sy, y) in &f.years {
            let mut row = vec![school_year_name(*sy), y.leavers.to_string()];
            row.extend(y.by_track.iter().map(u64::to_string));
            row.push(y.vsv.to_string());
            t.add_row(row);
        }
        writeln!(out, "{t}")?;

        heading(out, w.destinations_heading, color)?;
        let any_missing = f.years.values().any(|y| y.no_destination > 0);
        let mut header = vec![w.school_year];
        header.extend(Destination::ALL.iter().map(|d| super::destination(*d)));
        if any_missing {
            header.push(w.no_destination);
        }
        let mut t = numbers_table(color, &header);
        for (sy, y) in &f.years {
            let mut row = vec![school_year_name(*sy)];
            row.extend(y.by_destination.iter().map(u64::to_string));
            if any_missing {
                row.push(y.no_destination.to_string());
            }
            t.add_row(row);
        }
        writeln!(out, "{t}")?;

        heading(out, w.diplomas_heading, color)?;
        let mut header = vec![w.school_year];
        header.extend(Diploma::ALL.iter().map(|d| super::diploma(*d)));
        let mut t = numbers_table(color, &header);
        for (sy, y) in &f.years {
            let mut row = vec![school_year_name(*sy)];
            row.extend(y.by_diploma.iter().map(u64::to_string));
            t.add_row(row);
        }
        writeln!(out, "{t}")?;

        heading(out, w.in_place_heading, color)?;
        let columns: Vec<String> = AFTER_YEARS
            .iter()
            .flat_map(|n| Group::ALL.iter().map(move |g| super::in_place_column(*n, *g)))
            .collect();
        let mut header = vec![w.school_year];
        header.extend(columns.iter().map(String::as_str));
        let mut t = numbers_table(color, &header);
        for (sy, y) in &f.years {
            let mut row = vec![school_year_name(*sy)];
            for cells in &y.in_place {
                row.extend(
                    cells
                        .iter()
                        .zip(y.group_leavers)
                        .map(|(c, leavers)| super::in_place_text(*c, leavers, w)),
                );
            }
            t.add_row(row);
        }
        writeln!(out, "{t}")?;
        writeln!(out, "{}", wrap(w.in_place_note, 80))?;
    }

    heading(out, w.caseload_heading, color)?;
    let mut t = numbers_table(color, &[w.owner, w.open, w.overdue, w.oldest_overdue]);
    for (owner, load) in Owner::ALL.iter().zip(&f.caseload) {
        t.add_row(vec![
            super::owner(*owner).to_string(),
            load.open.to_string(),
            load.overdue.to_string(),
            load.oldest_overdue
                .map_or_else(|| "-".to_string(), |d| d.to_string()),
        ]);
    }
    writeln!(out, "{t}")?;
    writeln!(out, "{}: {}", w.monitoring, f.monitoring)?;

    heading(out, w.in_view_heading, color)?;
    let v = &f.in_view;
    writeln!(out, "{}: {}", w.followed, v.followed)?;
    writeln!(out, "{}: {}", w.in_view, v.in_view)?;
    let note = w
        .out_of_view_note
        .replace("{months}", &meta.in_view_months.to_string());
    writeln!(out, "{} ({note}): {}", w.out_of_view, v.out_of_view.len())?;
    for o in &v.out_of_view {
        if meta.with_names {
            writeln!(out, "  {}  {}", o.id, clean(&o.name))?;
        } else {
            writeln!(out, "  {}", o.id)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_at_spaces() {
        assert_eq!(wrap("aa bb cc", 5), "aa bb\ncc");
        assert_eq!(wrap("aaaaaa bb", 5), "aaaaaa\nbb");
        assert_eq!(wrap("", 5), "");
    }
}
