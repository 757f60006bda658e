//! `list`: one row per student.

use super::{emit, finish, format_or_default, matches_filters, students_dirs};
use crate::cli::{Format, ListArgs};
use crate::engine;
use crate::folder::Env;
use crate::i18n::messages::due as m;
use crate::render::{self, ListRow};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ListArgs) -> Result<ExitCode> {
    let today = env.today;
    let phase = args.phase;
    let results = crate::store::map_students(
        &students_dirs(env),
        env.jobs,
        |_, parsed| -> Result<Option<ListRow>, Vec<crate::diag::Diagnostic>> {
            let s = parsed?;
            if !matches_filters(&s, args.school.as_deref(), args.track) {
                return Ok(None);
            }
            let d = engine::derive(&s, &env.settings, today);
            if phase.is_some_and(|p| p != d.phase) {
                return Ok(None);
            }
            // Actions come sorted by due date, then rule id: the first listed one is next.
            let next = engine::actions(&s, &env.settings, today)
                .into_iter()
                .find(|a| engine::listed(a, today))
                .map(|a| (a.rule, a.title, a.due, a.status(today)));
            Ok(Some(ListRow {
                case: render::Case::of(&s, true),
                phase: d.phase,
                vsv: d.vsv,
                in_region: d.in_region,
                monitoring_ended: d.monitoring_ended,
                next,
            }))
        },
    )?;
    let mut rows = Vec::new();
    let mut problems: Vec<crate::diag::Diagnostic> = Vec::new();
    for r in results {
        match r {
            Ok(Some(row)) => rows.push(row),
            Ok(None) => {}
            Err(d) => problems.extend(d),
        }
    }
    // SPEC.md: sorted by id (file names sort the same unless an id differs from its file).
    rows.sort_by(|a, b| a.case.id().cmp(b.case.id()));
    match format_or_default(args.format) {
        Format::Json => emit(|w| render::json::list(w, &rows, env.lang))?,
        Format::Plain => emit(|w| render::plain::list(w, &rows))?,
        Format::Csv => emit(|w| render::csv::list(w, &rows, args.delimiter))?,
        Format::Table if rows.is_empty() => eprintln!("{}", m::LIST_NONE),
        Format::Table => emit(|w| w.write_all(render::table::list(&rows, env.color, env.width).as_bytes()))?,
    }
    Ok(finish(&problems, ExitCode::SUCCESS))
}
