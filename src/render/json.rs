//! JSON output. `due` and `list` are contracts (SPEC.md, contracts/*.schema.json):
//! keys may be added, never renamed.

use super::{DueRow, ListRow};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct DueJson<'a> {
    case: &'a str,
    name: &'a str,
    rule: &'a str,
    kind: &'a str,
    owner: &'a str,
    title: &'a str,
    opens: crate::dates::Date,
    due: crate::dates::Date,
    status: &'a str,
    track: &'a str,
    school: Option<&'a str>,
}

/// A JSON array with one element per line: readable, and streamed without building
/// a document in memory.
fn array<T>(
    out: &mut dyn Write,
    items: &[T],
    mut each: impl FnMut(&mut dyn Write, &T) -> io::Result<()>,
) -> io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]\n");
    }
    out.write_all(b"[\n")?;
    for (i, item) in items.iter().enumerate() {
        out.write_all(if i == 0 { b"  " } else { b",\n  " })?;
        each(out, item)?;
    }
    out.write_all(b"\n]\n")
}

pub fn due(out: &mut dyn Write, rows: &[DueRow], lang: crate::Lang) -> io::Result<()> {
    array(out, rows, |out, r| {
        let j = DueJson {
            case: &r.case,
            name: &r.name,
            rule: r.rule.id,
            kind: r.rule.kind.name(),
            owner: r.rule.owner.name(),
            title: r.title.get(lang),
            opens: r.opens,
            due: r.due,
            status: r.status.name(),
            track: crate::read::Named::name(r.track),
            school: r.school.as_deref(),
        };
        serde_json::to_writer(&mut *out, &j).map_err(io::Error::other)
    })
}

#[derive(Serialize)]
struct Next<'a> {
    rule: &'a str,
    due: crate::dates::Date,
    title: &'a str,
    status: &'a str,
}

#[derive(Serialize)]
struct ListJson<'a> {
    id: &'a str,
    name: &'a str,
    track: &'a str,
    phase: &'a str,
    vsv: bool,
    in_region: bool,
    next: Option<Next<'a>>,
    school: Option<&'a str>,
    municipality: Option<&'a str>,
    monitoring_ended: bool,
}

pub fn list(out: &mut dyn Write, rows: &[ListRow], lang: crate::Lang) -> io::Result<()> {
    array(out, rows, |out, r| {
        let j = ListJson {
            id: &r.id,
            name: &r.name,
            track: crate::read::Named::name(r.track),
            phase: r.phase.name(),
            vsv: r.vsv,
            in_region: r.in_region,
            next: r.next.map(|(rule, title, due, status)| Next {
                rule: rule.id,
                due,
                title: title.get(lang),
                status: status.name(),
            }),
            school: r.school.as_deref(),
            municipality: r.municipality.as_deref(),
            monitoring_ended: r.monitoring_ended,
        };
        serde_json::to_writer(&mut *out, &j).map_err(io::Error::other)
    })
}
