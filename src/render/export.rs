//! `export`: every student, or every action, for other tools, as JSON (one element per
//! line, like `due` and `list`) or CSV (the column names `import` reads back). Kept in
//! one file because the two formats share their rows; the calendar is `ics.rs`.
//! The shapes are written as JSON Schemas in `contracts/export-*.schema.json`.
//!
//! Both are data, not sentences: keys, column names and values (status, owner, kind,
//! phase, `yes`/`no`) keep their English names whatever `--lang` says, so that scripts,
//! spreadsheets and `import` read them the same from every clone; only an action's
//! title, which a person reads, follows the language.

use super::csv::{self, ACTION_COLUMNS};
use super::{contact, contact_roles};
use crate::dates::Date;
use crate::engine::Derived;
use crate::read::Named;
use crate::rules::{Action, ActionKind, State, Status, Title};
use crate::student::{Exit, Student, TOP_KEYS};
use serde::Serialize;
use std::io::{self, Write};

/// A student with what the engine derives.
pub struct StudentRow {
    pub student: Student,
    pub derived: Derived,
    /// The earliest listed open action (as `list` gives it).
    pub next: Option<(&'static str, &'static Title, Date, Status)>,
    pub open: usize,
    pub overdue: usize,
}

/// One action of one student, open or closed.
pub struct ActionRow<'a> {
    pub student: &'a Student,
    pub action: &'a Action,
    pub status: &'static str,
    pub seq: u8,
}

/// An action's status for export: as in `due`, plus `done` and `waived`, and `passed`
/// for a milestone whose date has gone by (it is information, never overdue).
pub fn status(a: &Action, today: Date) -> &'static str {
    match a.status(today) {
        Status::Overdue if a.rule.kind == ActionKind::Milestone => "passed",
        s => s.name(),
    }
}

/// When and by which kind of event a closed action was closed.
pub fn closed(student: &Student, a: &Action) -> Option<(Date, &'static str)> {
    match a.state {
        State::Done(i) | State::Waived(i) => {
            let e = student.events.get(i as usize)?;
            Some((e.date, e.kind.kind().name()))
        }
        State::Open => None,
    }
}

#[derive(Serialize)]
struct ExitJson<'a> {
    date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    destination: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    diploma: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    job_found: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    wage_subsidy: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours_per_week: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    programme: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    programme_start: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    benefit: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indication_until: Option<Date>,
}

impl<'a> ExitJson<'a> {
    fn of(date: Date, x: &'a Exit) -> Self {
        ExitJson {
            date,
            destination: x.destination.map(Named::name),
            diploma: x.diploma.map(Named::name),
            job_found: x.job_found,
            wage_subsidy: x.wage_subsidy,
            hours_per_week: x.hours_per_week,
            programme: x.programme.as_deref(),
            programme_start: x.programme_start,
            benefit: x.benefit,
            indication_until: x.indication_until,
        }
    }
}

#[derive(Serialize)]
struct NextJson<'a> {
    rule: &'a str,
    due: Date,
    title: &'a str,
    status: &'a str,
}

#[derive(Serialize)]
struct StudentJson<'a> {
    id: &'a str,
    name: &'a str,
    birth_date: Date,
    municipality: Option<&'a str>,
    school: Option<&'a str>,
    track: &'a str,
    profile: Option<&'a str>,
    enrolled: Date,
    planned_exit: Option<Date>,
    year_offset: i32,
    contacts: Contacts<'a>,
    phase: &'a str,
    vsv: bool,
    in_region: bool,
    monitoring_ended: bool,
    cutoff: Date,
    next: Option<NextJson<'a>>,
    open_actions: usize,
    overdue_actions: usize,
    exits: Vec<ExitJson<'a>>,
    last_event: Option<Date>,
}

#[derive(Serialize)]
struct ActionJson<'a> {
    case: &'a str,
    name: &'a str,
    rule: &'a str,
    kind: &'a str,
    owner: &'a str,
    title: &'a str,
    opens: Date,
    due: Date,
    status: &'a str,
    closed_on: Option<Date>,
    closed_by: Option<&'a str>,
    track: &'a str,
    school: Option<&'a str>,
    contacts: Contacts<'a>,
}

/// `[contacts]` as a JSON object in the file's order (a map would sort the roles).
pub struct Contacts<'a>(pub &'a [(String, String)]);

impl Serialize for Contacts<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

fn contacts_json(s: &Student) -> Contacts<'_> {
    Contacts(&s.contacts)
}

/// A JSON array, one element per line.
fn array<T: Serialize>(out: &mut dyn Write, items: impl Iterator<Item = T>) -> io::Result<()> {
    let mut first = true;
    for item in items {
        out.write_all(if first { b"[\n  " } else { b",\n  " })?;
        first = false;
        serde_json::to_writer(&mut *out, &item).map_err(io::Error::other)?;
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })
}

pub fn students_json(out: &mut dyn Write, rows: &[StudentRow], lang: crate::Lang) -> io::Result<()> {
    array(
        out,
        rows.iter().map(|r| {
            let s = &r.student;
            StudentJson {
                id: &s.id,
                name: &s.name,
                birth_date: s.birth_date,
                municipality: s.municipality.as_deref(),
                school: s.school.as_deref(),
                track: s.track.name(),
                profile: s.profile.map(Named::name),
                enrolled: s.enrolled,
                planned_exit: s.planned_exit,
                year_offset: s.year_offset,
                contacts: contacts_json(s),
                phase: r.derived.phase.name(),
                vsv: r.derived.vsv,
                in_region: r.derived.in_region,
                monitoring_ended: r.derived.monitoring_ended,
                cutoff: r.derived.cutoff,
                next: r.next.map(|(rule, title, due, status)| NextJson {
                    rule,
                    due,
                    title: title.get(lang),
                    status: status.name(),
                }),
                open_actions: r.open,
                overdue_actions: r.overdue,
                exits: s.exits().map(|(_, e, x)| ExitJson::of(e.date, x)).collect(),
                last_event: s.events.iter().map(|e| e.date).max(),
            }
        }),
    )
}

pub fn actions_json(out: &mut dyn Write, rows: &[ActionRow<'_>], lang: crate::Lang) -> io::Result<()> {
    array(
        out,
        rows.iter().map(|r| {
            let (s, a) = (r.student, r.action);
            let closed = closed(s, a);
            ActionJson {
                case: &s.id,
                name: &s.name,
                rule: a.rule.id,
                kind: a.rule.kind.name(),
                owner: a.rule.owner.name(),
                title: a.title.get(lang),
                opens: a.opens,
                due: a.due,
                status: r.status,
                closed_on: closed.map(|c| c.0),
                closed_by: closed.map(|c| c.1),
                track: s.track.name(),
                school: s.school.as_deref(),
                contacts: contacts_json(s),
            }
        }),
    )
}

/// The contact roles of these students, a CSV column each.
fn student_roles<'a>(students: impl Iterator<Item = &'a Student>) -> Vec<String> {
    contact_roles(students.flat_map(|s| s.contacts.iter().map(|(k, _)| k.as_str())))
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or(String::new(), |v| v.to_string())
}

/// The student file's own columns: its keys from `id` to `year_offset` (all but
/// `schema` and the tables), under their names in the file, so that `import` reads an
/// export back.
fn file_columns() -> &'static [&'static str] {
    &TOP_KEYS[1..TOP_KEYS.len() - 2]
}

/// The columns after the file's own: what the engine derives, and the last exit.
const DERIVED_COLUMNS: &[&str] = &[
    "phase",
    "vsv",
    "in_region",
    "monitoring_ended",
    "next_rule",
    "next_due",
    "open_actions",
    "overdue_actions",
    "last_exit",
    "destination",
    "diploma",
    "last_event",
];

/// A student's values for `file_columns()`, in their order ("" where the file has none).
fn file_cells(s: &Student) -> [String; 10] {
    [
        s.id.clone(),
        s.name.clone(),
        s.birth_date.to_string(),
        opt(s.municipality.as_deref()),
        opt(s.school.as_deref()),
        s.track.name().into(),
        opt(s.profile.map(Named::name)),
        s.enrolled.to_string(),
        opt(s.planned_exit),
        s.year_offset.to_string(),
    ]
}

/// Students as CSV: the file's columns, then what the engine derives.
pub fn students_csv(out: &mut dyn Write, rows: &[StudentRow], delimiter: char) -> io::Result<()> {
    let roles = student_roles(rows.iter().map(|r| &r.student));
    let columns = [file_columns(), DERIVED_COLUMNS].concat();
    csv::header(out, &columns, &roles, delimiter)?;
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    for r in rows {
        let s = &r.student;
        let last_exit = s.last_exit();
        let cells = [
            r.derived.phase.name().into(),
            yes_no(r.derived.vsv),
            yes_no(r.derived.in_region),
            yes_no(r.derived.monitoring_ended),
            opt(r.next.map(|n| n.0)),
            opt(r.next.map(|n| n.2)),
            r.open.to_string(),
            r.overdue.to_string(),
            opt(last_exit.map(|(e, _)| e.date)),
            opt(last_exit.and_then(|(_, x)| x.destination.map(Named::name))),
            opt(last_exit.and_then(|(_, x)| x.diploma.map(Named::name))),
            opt(s.events.iter().map(|e| e.date).max()),
        ];
        let cells = [file_cells(s).as_slice(), &cells].concat();
        csv::row(out, &cells, &roles, |role| contact(&s.contacts, role), delimiter)?;
    }
    Ok(())
}

pub fn actions_csv(
    out: &mut dyn Write,
    rows: &[ActionRow<'_>],
    lang: crate::Lang,
    delimiter: char,
) -> io::Result<()> {
    let roles = student_roles(rows.iter().map(|r| r.student));
    let columns = [ACTION_COLUMNS, &["closed_on", "closed_by"]].concat();
    csv::header(out, &columns, &roles, delimiter)?;
    for r in rows {
        let (s, a) = (r.student, r.action);
        let closed = closed(s, a);
        let cells = [
            a.due.to_string(),
            r.status.into(),
            a.rule.owner.name().into(),
            s.id.clone(),
            s.name.clone(),
            a.rule.id.into(),
            a.title.get(lang).into(),
            a.opens.to_string(),
            a.rule.kind.name().into(),
            opt(s.school.as_deref()),
            opt(closed.map(|c| c.0)),
            opt(closed.map(|c| c.1)),
        ];
        csv::row(out, &cells, &roles, |role| contact(&s.contacts, role), delimiter)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each of the file's columns holds the value of the key it is named after.
    #[test]
    fn the_file_columns_hold_their_keys_values() {
        let text = "schema = 1\nid = \"sem\"\nname = \"Sem de Vries\"\nbirth_date = 2008-05-14\nmunicipality = \"Heiloo\"\nschool = \"Focus\"\ntrack = \"pro\"\nprofile = \"work\"\nenrolled = 2021-08-23\nplanned_exit = 2026-07-10\nyear_offset = 1\n";
        let s = crate::student::parse(text, std::path::Path::new("sem.toml")).unwrap();
        let cells = file_cells(&s);
        assert_eq!(file_columns().len(), cells.len());
        for (key, cell) in file_columns().iter().zip(cells) {
            let line = text.lines().find_map(|l| l.strip_prefix(&format!("{key} = ")));
            assert_eq!(line.map(|v| v.trim_matches('"')), Some(cell.as_str()), "{key}");
        }
    }
}
