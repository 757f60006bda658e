//! `report --format json`: the contract, `contracts/report.schema.json`. Keys in the
//! order of the schema, count maps in the order of their enums, zeros included; keys
//! may be added, never renamed.

use super::Meta;
use crate::read::Named;
use crate::render::json::{date, str};
use crate::report::{AFTER_YEARS, Figures, Group, InPlace, school_year_name};
use crate::rules::Owner;
use crate::student::{Destination, Diploma, Track};
use std::io::{self, Write};

/// `{"a": 1, "b": 0}` from names and counts.
fn counts(out: &mut dyn Write, names: &[&str], values: &[u64]) -> io::Result<()> {
    out.write_all(b"{")?;
    for (i, (n, v)) in names.iter().zip(values).enumerate() {
        if i > 0 {
            out.write_all(b", ")?;
        }
        str(out, n)?;
        write!(out, ": {v}")?;
    }
    out.write_all(b"}")
}

fn in_place(out: &mut dyn Write, c: &InPlace) -> io::Result<()> {
    write!(out, "{{\"known\": {}, \"in_place\": {}}}", c.known, c.in_place)
}

pub fn write(out: &mut dyn Write, f: &Figures, meta: &Meta) -> io::Result<()> {
    out.write_all(b"{\n  \"made_for\": ")?;
    date(out, f.made_for)?;
    out.write_all(b",\n  \"years\": [")?;
    for (i, (sy, y)) in f.years.iter().enumerate() {
        out.write_all(if i == 0 { b"\n    {" } else { b",\n    {" })?;
        out.write_all(b"\n      \"school_year\": ")?;
        str(out, &school_year_name(*sy))?;
        write!(out, ",\n      \"leavers\": {},\n      \"by_track\": ", y.leavers)?;
        counts(out, &Track::names(), &y.by_track)?;
        out.write_all(b",\n      \"by_destination\": ")?;
        counts(out, &Destination::names(), &y.by_destination)?;
        out.write_all(b",\n      \"by_diploma\": ")?;
        counts(out, &Diploma::names(), &y.by_diploma)?;
        write!(out, ",\n      \"vsv\": {}", y.vsv)?;
        for (n, years) in AFTER_YEARS.iter().enumerate() {
            write!(out, ",\n      \"in_place_{years}y\": {{")?;
            for (g, group) in Group::ALL.iter().enumerate() {
                if g > 0 {
                    out.write_all(b", ")?;
                }
                str(out, group.name())?;
                out.write_all(b": ")?;
                in_place(out, &y.in_place[n][g])?;
            }
            out.write_all(b"}")?;
        }
        // Exits without a destination (an error `check` reports) are in no count of
        // `by_destination`.
        write!(out, ",\n      \"no_destination\": {}\n    }}", y.no_destination)?;
    }
    out.write_all(if f.years.is_empty() { b"]" } else { b"\n  ]" })?;
    let v = &f.in_view;
    write!(
        out,
        ",\n  \"in_view\": {{\n    \"followed\": {},\n    \"in_view\": {},\n    \"out_of_view\": [",
        v.followed, v.in_view
    )?;
    for (i, o) in v.out_of_view.iter().enumerate() {
        if i > 0 {
            out.write_all(b", ")?;
        }
        str(out, &o.id)?;
    }
    write!(out, "],\n    \"in_view_months\": {}", meta.in_view_months)?;
    if meta.with_names {
        out.write_all(b",\n    \"out_of_view_names\": {")?;
        for (i, o) in v.out_of_view.iter().enumerate() {
            if i > 0 {
                out.write_all(b", ")?;
            }
            str(out, &o.id)?;
            out.write_all(b": ")?;
            str(out, &o.name)?;
        }
        out.write_all(b"}")?;
    }
    out.write_all(b"\n  },\n  \"caseload\": [")?;
    for (i, (owner, load)) in Owner::ALL.iter().zip(&f.caseload).enumerate() {
        out.write_all(if i == 0 { b"\n    " } else { b",\n    " })?;
        out.write_all(b"{\"owner\": ")?;
        str(out, owner.name())?;
        write!(
            out,
            ", \"open\": {}, \"overdue\": {}, \"oldest_overdue\": ",
            load.open, load.overdue
        )?;
        match load.oldest_overdue {
            Some(d) => date(out, d)?,
            None => out.write_all(b"null")?,
        }
        out.write_all(b"}")?;
    }
    writeln!(out, "\n  ],\n  \"monitoring\": {}\n}}", f.monitoring)
}
