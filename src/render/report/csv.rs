//! `report --format csv`: one figure a row — `school_year`, `figure`, `value` — so that a
//! spreadsheet's pivot table can lay them out any way. Figures are named by their path
//! in the JSON contract (`by_destination.work`, `in_place_1y.work.known`,
//! `caseload.school.overdue`); figures of today have no school year. With
//! `--with-names` a fourth column holds the name of each student out of view.

use super::Meta;
use crate::read::Named;
use crate::render::csv::record;
use crate::report::{AFTER_YEARS, Figures, Group, school_year_name};
use crate::rules::Owner;
use crate::student::{Destination, Diploma, Track};
use std::io::{self, Write};

pub fn write(out: &mut dyn Write, f: &Figures, meta: &Meta, delimiter: char) -> io::Result<()> {
    if delimiter == ';' {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut row = |sy: &str, figure: &str, value: &str, name: &str| {
        if meta.with_names {
            record(out, &[sy, figure, value, name], delimiter)
        } else {
            record(out, &[sy, figure, value], delimiter)
        }
    };
    row("school_year", "figure", "value", "name")?;
    row("", "made_for", &f.made_for.to_string(), "")?;
    for (sy, y) in &f.years {
        let sy = school_year_name(*sy);
        let mut n = |figure: &str, v: u64| row(&sy, figure, &v.to_string(), "");
        n("leavers", y.leavers)?;
        for (t, v) in Track::ALL.iter().zip(&y.by_track) {
            n(&format!("by_track.{t}"), *v)?;
        }
        for (d, v) in Destination::ALL.iter().zip(&y.by_destination) {
            n(&format!("by_destination.{d}"), *v)?;
        }
        n("no_destination", y.no_destination)?;
        for (d, v) in Diploma::ALL.iter().zip(&y.by_diploma) {
            n(&format!("by_diploma.{d}"), *v)?;
        }
        n("vsv", y.vsv)?;
        for (i, years) in AFTER_YEARS.iter().enumerate() {
            for (g, group) in Group::ALL.iter().enumerate() {
                let c = y.in_place[i][g];
                let path = format!("in_place_{years}y.{}", group.name());
                n(&format!("{path}.known"), c.known)?;
                n(&format!("{path}.in_place"), c.in_place)?;
            }
        }
    }
    let v = &f.in_view;
    row("", "in_view.followed", &v.followed.to_string(), "")?;
    row("", "in_view.in_view", &v.in_view.to_string(), "")?;
    for o in &v.out_of_view {
        row("", "in_view.out_of_view", &o.id, &o.name)?;
    }
    for (owner, load) in Owner::ALL.iter().zip(&f.caseload) {
        let path = format!("caseload.{}", owner.name());
        row("", &format!("{path}.open"), &load.open.to_string(), "")?;
        row("", &format!("{path}.overdue"), &load.overdue.to_string(), "")?;
        let oldest = load.oldest_overdue.map(|d| d.to_string()).unwrap_or_default();
        row("", &format!("{path}.oldest_overdue"), &oldest, "")?;
    }
    row("", "monitoring", &f.monitoring.to_string(), "")
}
