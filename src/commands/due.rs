//! `due`: the open actions of all students, by due date.

use super::{emit, finish, format_or_default, matches_filters, students_dirs};
use crate::cli::{DueArgs, Format, OwnerArg};
use crate::engine;
use crate::folder::Env;
use crate::render::{self, DueRow};
use crate::rules::{Owner, Status};
use anyhow::Result;
use std::process::ExitCode;
use std::sync::Arc;

/// The default look-ahead: overdue, and due within 30 days.
const DEFAULT_WITHIN_DAYS: i64 = 30;

pub fn run(env: &Env, args: &DueArgs) -> Result<ExitCode> {
    let today = env.today;
    let horizon = match (&args.within, args.all) {
        (_, true) => None,
        (Some(p), false) => Some(p.after(today)),
        (None, false) => Some(crate::dates::add_days(today, DEFAULT_WITHIN_DAYS)),
    };
    let owner = args.owner.map(|o| match o {
        OwnerArg::School => Owner::School,
        OwnerArg::Doorstroompunt => Owner::Doorstroompunt,
        OwnerArg::CheckIn => Owner::CheckIn,
    });
    let per_student = crate::store::map_students(&students_dirs(env), env.jobs, |_, parsed| {
        let s = match parsed {
            Ok(s) => s,
            Err(d) => return Err(d),
        };
        if !matches_filters(&s, args.school.as_deref(), args.track) {
            return Ok(Vec::new());
        }
        if let Some(c) = &args.contact
            && !s
                .contacts
                .iter()
                .any(|(_, v)| v.trim().eq_ignore_ascii_case(c.trim()))
        {
            return Ok(Vec::new());
        }
        let mut rows = Vec::new();
        let (mut case, mut name, mut school) = (None::<Arc<str>>, None::<Arc<str>>, None);
        for a in engine::actions(&s, &env.settings, today) {
            if !engine::listed(&a, today) || owner.is_some_and(|o| a.rule.owner != o) {
                continue;
            }
            let status = a.status(today);
            if args.overdue && status != Status::Overdue {
                continue;
            }
            if horizon.is_some_and(|h| a.due > h) {
                continue;
            }
            rows.push(DueRow {
                case: case.get_or_insert_with(|| Arc::from(s.id.as_str())).clone(),
                name: name.get_or_insert_with(|| Arc::from(s.name.as_str())).clone(),
                track: s.track,
                school: school
                    .get_or_insert_with(|| s.school.as_deref().map(Arc::from))
                    .clone(),
                rule: a.rule,
                title: a.title,
                opens: a.opens,
                due: a.due,
                status,
            });
        }
        Ok(rows)
    })?;
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for r in per_student {
        match r {
            Ok(v) => rows.extend(v),
            Err(d) => problems.extend(d),
        }
    }
    DueRow::sort(&mut rows);
    match format_or_default(args.format) {
        Format::Json => emit(|w| render::json::due(w, &rows, env.lang))?,
        Format::Plain => emit(|w| render::plain::due(w, &rows, env.lang))?,
        Format::Table if rows.is_empty() => {
            eprintln!("nothing due");
        }
        Format::Table => emit(|w| w.write_all(render::table::due(&rows, env.color, env.lang).as_bytes()))?,
    }
    let overdue = rows.iter().any(|r| r.status == Status::Overdue);
    let ok = if args.fail_on_overdue && overdue {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    };
    Ok(finish(&problems, ok))
}
