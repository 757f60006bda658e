//! CSV for a spreadsheet. Dutch Excel expects `;` and recognises UTF-8 only with a byte
//! order mark; with another delimiter (`,`) the BOM is left out, as tools elsewhere
//! expect. Fields are quoted (RFC 4180) only where they must be.
//!
//! CSV is data, whatever `--lang` says: the column names are what `import` reads back,
//! and the cells that name a status, owner, track, phase or kind hold the same codes as
//! JSON (`overdue`, `doorstroompunt`, `pro`, `yes`), so that a script or a spreadsheet
//! filter matches them in any language. Only `title`, a sentence for a person, follows
//! the language.

use super::{DueList, ListRow};
use std::io::{self, Write};

pub(crate) fn field(out: &mut dyn Write, s: &str, delimiter: char) -> io::Result<()> {
    let guarded;
    let s = if runs_as_formula(s) {
        guarded = format!("'{s}");
        guarded.as_str()
    } else {
        s
    };
    if s.contains([delimiter, '"', '\n', '\r']) {
        write!(out, "\"{}\"", s.replace('"', "\"\""))
    } else {
        out.write_all(s.as_bytes())
    }
}

/// Whether a spreadsheet would run a cell as a formula (a name typed as
/// `=HYPERLINK(…)`): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
/// Such a cell is written with a leading `'` (OWASP, "CSV Injection"); a plain
/// negative number (`-3`, `-2.5`) stays a number.
fn runs_as_formula(s: &str) -> bool {
    match s.as_bytes() {
        [b'-', rest @ ..] => !is_plain_number(rest),
        [b'=' | b'+' | b'@' | b'\t' | b'\r', ..] => true,
        _ => false,
    }
}

/// Digits, with at most one decimal point or comma between digits.
fn is_plain_number(s: &[u8]) -> bool {
    let mut parts = s.splitn(2, |&b| b == b'.' || b == b',');
    let whole = parts.next().unwrap_or_default();
    let digits = |p: &[u8]| !p.is_empty() && p.iter().all(u8::is_ascii_digit);
    digits(whole) && parts.next().is_none_or(digits)
}

pub(crate) fn record(out: &mut dyn Write, fields: &[&str], delimiter: char) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            write!(out, "{delimiter}")?;
        }
        field(out, f, delimiter)?;
    }
    out.write_all(b"\r\n")
}

/// The columns of an action, in `due` and in `export --what actions` (which adds when
/// and by what it was closed).
pub(crate) const ACTION_COLUMNS: &[&str] = &[
    "due", "status", "owner", "case", "name", "rule", "title", "opens", "kind", "school",
];

pub fn due(out: &mut dyn Write, list: &DueList, lang: crate::Lang, delimiter: char) -> io::Result<()> {
    let roles = super::contact_roles(list.cases.iter().flat_map(|c| c.contacts().map(|(r, _)| r)));
    header(out, ACTION_COLUMNS, &roles, delimiter)?;
    for r in list.rows() {
        let rule = r.act.rule();
        let (due, opens) = (r.act.due.to_string(), r.act.opens.to_string());
        let cells = [
            due.as_str(),
            r.act.status.name(),
            rule.owner.name(),
            r.case.id(),
            r.case.name(),
            rule.id,
            r.act.title.get(lang),
            opens.as_str(),
            rule.kind.name(),
            r.case.school().unwrap_or(""),
        ];
        row(out, &cells, &roles, |role| r.case.contact(role), delimiter)?;
    }
    Ok(())
}

pub fn list(out: &mut dyn Write, rows: &[ListRow], delimiter: char) -> io::Result<()> {
    let columns = [
        "id",
        "name",
        "track",
        "phase",
        "vsv",
        "in_region",
        "next_rule",
        "next_due",
        "school",
        "municipality",
    ];
    let roles = super::contact_roles(rows.iter().flat_map(|r| r.case.contacts().map(|(k, _)| k)));
    header(out, &columns, &roles, delimiter)?;
    for r in rows {
        let (rule, due) = match r.next {
            Some((rule, _, due, _)) => (rule.id, due.to_string()),
            None => ("", String::new()),
        };
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let cells = [
            r.case.id(),
            r.case.name(),
            r.case.track.name(),
            r.phase.name(),
            yes_no(r.vsv),
            yes_no(r.in_region),
            rule,
            &due,
            r.case.school().unwrap_or(""),
            r.case.municipality().unwrap_or(""),
        ];
        row(out, &cells, &roles, |role| r.case.contact(role), delimiter)?;
    }
    Ok(())
}

/// Begins a table: a byte order mark when it is `;`-separated (Dutch Excel reads UTF-8
/// only with one), then the header: `columns`, and a column per contact role.
pub(crate) fn header(
    out: &mut dyn Write,
    columns: &[&str],
    roles: &[String],
    delimiter: char,
) -> io::Result<()> {
    if delimiter == ';' {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let contacts = contact_columns(roles);
    let mut header = columns.to_vec();
    header.extend(contacts.iter().map(String::as_str));
    record(out, &header, delimiter)
}

/// A row of a table that `header` began: `cells`, in the order of its columns, then
/// each role's contact (`contact` gives "" for a role the row has nobody for).
pub(crate) fn row<'a, S: AsRef<str>>(
    out: &mut dyn Write,
    cells: &[S],
    roles: &[String],
    contact: impl Fn(&str) -> &'a str,
    delimiter: char,
) -> io::Result<()> {
    let mut row: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
    row.extend(roles.iter().map(|role| contact(role)));
    record(out, &row, delimiter)
}

/// Column names for contact roles: `contacts.mentor`, as `import` reads them back.
fn contact_columns(roles: &[String]) -> Vec<String> {
    roles.iter().map(|r| format!("contacts.{r}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(s: &str) -> String {
        let mut v = Vec::new();
        field(&mut v, s, ';').unwrap();
        String::from_utf8(v).unwrap()
    }

    /// Issue 10 item 7: a name like `=HYPERLINK(…)` was written as is, and a spreadsheet
    /// opening the file runs it. OWASP "CSV Injection": prefix such cells with `'`.
    #[test]
    fn cells_a_spreadsheet_would_run_are_defused() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(cell("+31 6 12345678"), "'+31 6 12345678");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("-1+cmd|' /C calc'!A0"), "'-1+cmd|' /C calc'!A0");
        assert_eq!(cell("\t=1"), "'\t=1");
        assert_eq!(cell("\r=1"), "\"'\r=1\"");
        assert_eq!(cell("-"), "'-");
        // Dates, plain numbers and ordinary text stay as they are.
        for plain in [
            "2026-07-10",
            "-3",
            "-2.5",
            "-2,5",
            "12",
            "Sem de Vries",
            "Jan-Willem",
            "a=b",
        ] {
            assert_eq!(cell(plain), plain);
        }
    }

    #[test]
    fn quotes_only_where_needed() {
        let mut v = Vec::new();
        record(&mut v, &["a", "b;c", "say \"hi\"", "x\ny", "d,e"], ';').unwrap();
        assert_eq!(
            String::from_utf8(v).unwrap(),
            "a;\"b;c\";\"say \"\"hi\"\"\";\"x\ny\";d,e\r\n"
        );
    }
}
