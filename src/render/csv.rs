//! CSV for a spreadsheet. Dutch Excel expects `;` and recognises UTF-8 only with a byte
//! order mark; with another delimiter (`,`) the BOM is left out, as tools elsewhere
//! expect. Fields are quoted (RFC 4180) only where they must be.

use super::{DueList, ListRow};
use std::io::{self, Write};

pub(crate) fn field(out: &mut dyn Write, s: &str, delimiter: char) -> io::Result<()> {
    if s.contains([delimiter, '"', '\n', '\r']) {
        write!(out, "\"{}\"", s.replace('"', "\"\""))
    } else {
        out.write_all(s.as_bytes())
    }
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

pub fn due(out: &mut dyn Write, list: &DueList, lang: crate::Lang, delimiter: char) -> io::Result<()> {
    if delimiter == ';' {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let roles = super::contact_roles(
        list.cases
            .iter()
            .flat_map(|c| c.contacts.iter().map(|(r, _)| &**r)),
    );
    let columns = contact_columns(&roles);
    let mut header = vec![
        "due", "status", "owner", "case", "name", "rule", "title", "opens", "kind", "school",
    ];
    header.extend(columns.iter().map(String::as_str));
    record(out, &header, delimiter)?;
    for r in list.rows() {
        let rule = r.act.rule();
        let (due, opens) = (r.act.due.to_string(), r.act.opens.to_string());
        let row = [
            due.as_str(),
            r.act.status.name(),
            rule.owner.name(),
            &r.case.id,
            &r.case.name,
            rule.id,
            r.act.title.get(lang),
            opens.as_str(),
            rule.kind.name(),
            r.case.school.as_deref().unwrap_or(""),
        ];
        let mut row = row.to_vec();
        row.extend(roles.iter().map(|role| super::contact(&r.case.contacts, role)));
        record(out, &row, delimiter)?;
    }
    Ok(())
}

pub fn list(out: &mut dyn Write, rows: &[ListRow], delimiter: char) -> io::Result<()> {
    if delimiter == ';' {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let header = [
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
    let roles = super::contact_roles(
        rows.iter()
            .flat_map(|r| r.contacts.iter().map(|(k, _)| k.as_str())),
    );
    let columns = contact_columns(&roles);
    let mut header = header.to_vec();
    header.extend(columns.iter().map(String::as_str));
    record(out, &header, delimiter)?;
    for r in rows {
        let (rule, due) = match r.next {
            Some((rule, _, due, _)) => (rule.id, due.to_string()),
            None => ("", String::new()),
        };
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        let row = [
            r.id.as_str(),
            &r.name,
            crate::read::Named::name(r.track),
            r.phase.name(),
            yes_no(r.vsv),
            yes_no(r.in_region),
            rule,
            &due,
            r.school.as_deref().unwrap_or(""),
            r.municipality.as_deref().unwrap_or(""),
        ];
        let mut row = row.to_vec();
        row.extend(roles.iter().map(|role| super::contact(&r.contacts, role)));
        record(out, &row, delimiter)?;
    }
    Ok(())
}

/// Column names for contact roles: `contacts.mentor`, as `import` reads them back.
pub(crate) fn contact_columns(roles: &[String]) -> Vec<String> {
    roles.iter().map(|r| format!("contacts.{r}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
