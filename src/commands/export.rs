//! `export --format json|csv|ics [--what students|actions]`: the whole caseload for
//! other tools. Students: the fields of the file, what the engine derives, contacts and
//! exits. Actions: every action of every student, open and closed, with its status;
//! a calendar (ics) is always actions.

use super::{emit, finish, students_dirs};
use crate::cli::{ExportArgs, ExportFormat, ExportWhat};
use crate::engine;
use crate::folder::Env;
use crate::i18n::messages::caseload as m;
use crate::render::export::{self, ActionRow, StudentRow};
use crate::render::ics;
use crate::rules::{Action, Status};
use crate::student::Student;
use crate::{UsageError, tr};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ExportArgs) -> Result<ExitCode> {
    let what = match (args.format, args.what) {
        (ExportFormat::Ics, Some(ExportWhat::Students)) => {
            return Err(UsageError::new(m::EXPORT_ICS_STUDENTS.text())
                .hint(m::EXPORT_ICS_STUDENTS_HINT.text())
                .into());
        }
        (ExportFormat::Ics, _) => ExportWhat::Actions,
        (_, w) => w.unwrap_or(ExportWhat::Students),
    };
    if args.format != ExportFormat::Ics && (args.todo || args.with_names) {
        let flag = if args.todo { "--todo" } else { "--with-names" };
        return Err(UsageError::new(tr!(m::EXPORT_CALENDAR_ONLY, flag))
            .hint(tr!(m::EXPORT_CALENDAR_ONLY_HINT, flag))
            .into());
    }
    let today = env.today;
    let read = crate::store::map_students(&students_dirs(env), env.jobs, |_, parsed| {
        let s = parsed?;
        let actions = engine::actions(&s, &env.settings, today);
        Ok::<_, Vec<crate::diag::Diagnostic>>((s, actions))
    })?;
    let mut students: Vec<(Student, Vec<Action>)> = Vec::new();
    let mut problems = Vec::new();
    for r in read {
        match r {
            Ok(x) => students.push(x),
            Err(d) => problems.extend(d),
        }
    }
    // SPEC.md's order for students (by id) and for actions (by due, case, rule).
    students.sort_by(|a, b| a.0.id.cmp(&b.0.id));
    match what {
        ExportWhat::Students => {
            let rows: Vec<StudentRow> = students
                .into_iter()
                .map(|(s, actions)| {
                    let listed = || actions.iter().filter(|a| engine::listed(a, today));
                    let next = listed()
                        .next()
                        .map(|a| (a.rule.id, a.title, a.due, a.status(today)));
                    StudentRow {
                        derived: engine::derive(&s, &env.settings, today),
                        next,
                        open: listed().count(),
                        overdue: listed().filter(|a| a.status(today) == Status::Overdue).count(),
                        student: s,
                    }
                })
                .collect();
            match args.format {
                ExportFormat::Json => emit(|w| export::students_json(w, &rows, env.lang))?,
                ExportFormat::Csv => emit(|w| export::students_csv(w, &rows, args.delimiter))?,
                ExportFormat::Ics => unreachable!("a calendar is actions"),
            }
        }
        ExportWhat::Actions => {
            let mut rows: Vec<ActionRow<'_>> = Vec::new();
            for (s, actions) in &students {
                let seqs = ics::sequence(actions);
                for (a, seq) in actions.iter().zip(seqs) {
                    rows.push(ActionRow {
                        student: s,
                        action: a,
                        status: export::status(a, today),
                        seq,
                    });
                }
            }
            // Students are in id order already: a stable sort by due date, then rule,
            // gives SPEC.md's order (due, case, rule).
            rows.sort_by(|a, b| {
                (a.action.due, &a.student.id, a.action.rule.id, a.action.opens).cmp(&(
                    b.action.due,
                    &b.student.id,
                    b.action.rule.id,
                    b.action.opens,
                ))
            });
            match args.format {
                ExportFormat::Json => emit(|w| export::actions_json(w, &rows, env.lang))?,
                ExportFormat::Csv => emit(|w| export::actions_csv(w, &rows, env.lang, args.delimiter))?,
                ExportFormat::Ics => {
                    let opts = ics::Options {
                        todo: args.todo,
                        with_names: args.with_names,
                        today,
                        lang: env.lang,
                    };
                    let items = rows.iter().map(|r| ics::Item {
                        case: &r.student.id,
                        name: &r.student.name,
                        rule: r.action.rule,
                        title: r.action.title.get(env.lang),
                        opens: r.action.opens,
                        due: r.action.due,
                        status: r.action.status(today),
                        closed_on: export::closed(r.student, r.action).map(|c| c.0),
                        seq: r.seq,
                    });
                    emit(|w| ics::calendar(w, items, opts))?
                }
            }
        }
    }
    Ok(finish(&problems, ExitCode::SUCCESS))
}
