//! `due`: the open actions of all students, by due date.

use super::{emit, finish, format_or_default, matches_filters, students_dirs};
use crate::cli::{DueArgs, DueFormat, Format, GroupBy};
use crate::engine;
use crate::folder::Env;
use crate::i18n::messages::due as m;
use crate::i18n::terms;
use crate::render::{self, Act, Case, DueList};
use crate::rules;
use crate::rules::Status;
use crate::tr;
use anyhow::Result;
use std::io::Write;
use std::process::ExitCode;

/// The default look-ahead: overdue, and due within 30 days.
const DEFAULT_WITHIN_DAYS: i64 = 30;

pub fn run(env: &Env, args: &DueArgs) -> Result<ExitCode> {
    let today = env.today;
    let ics = args.format == Some(DueFormat::Ics);
    if !ics && (args.todo || args.with_names) {
        let flag = if args.todo { "--todo" } else { "--with-names" };
        return Err(crate::UsageError::new(tr!(m::DUE_CALENDAR_ONLY, flag))
            .hint(tr!(m::DUE_CALENDAR_ONLY_HINT, flag))
            .into());
    }
    let horizon = match (&args.within, args.all) {
        (_, true) => None,
        (Some(p), false) => Some(p.after(today)),
        (None, false) => Some(crate::dates::add_days(today, DEFAULT_WITHIN_DAYS)),
    };
    let owner = args.owner;
    let per_student = crate::store::map_students(
        &students_dirs(env),
        env.jobs,
        |_, parsed| -> Result<Option<(Case, Vec<Act>)>, Vec<crate::diag::Diagnostic>> {
            let s = parsed?;
            if !matches_filters(&s, args.school.as_deref(), args.track) {
                return Ok(None);
            }
            if let Some(c) = &args.contact
                && !s
                    .contacts
                    .iter()
                    .any(|(_, v)| v.trim().eq_ignore_ascii_case(c.trim()))
            {
                return Ok(None);
            }
            let mut acts = Vec::new();
            let all = engine::actions(&s, &env.settings, today);
            // Only a calendar needs the instance numbers (for its UIDs).
            let seqs = if ics {
                render::ics::sequence(&all)
            } else {
                Vec::new()
            };
            for (i, a) in all.iter().enumerate() {
                if !engine::listed(a, today) || owner.is_some_and(|o| a.rule.owner != o) {
                    continue;
                }
                let status = a.status(today);
                if args.overdue && status != Status::Overdue {
                    continue;
                }
                if horizon.is_some_and(|h| a.due > h) {
                    continue;
                }
                acts.push(Act {
                    rule: rules::index_of(a.rule),
                    status,
                    seq: seqs.get(i).copied().unwrap_or(0),
                    opens: a.opens,
                    due: a.due,
                    title: a.title,
                });
            }
            if acts.is_empty() {
                // Most students have nothing due soon: keep nothing of them.
                return Ok(None);
            }
            let case = Case::of(&s, false);
            Ok(Some((case, acts)))
        },
    )?;
    let mut list = DueList::default();
    let mut problems = Vec::new();
    for r in per_student {
        match r {
            Ok(Some((case, acts))) => list.push(case, acts),
            Ok(None) => {}
            Err(d) => problems.extend(d),
        }
    }
    list.sort();
    if ics {
        if args.group_by.is_some() {
            return Err(crate::UsageError::new(m::DUE_GROUP_BY_FORMAT.text())
                .hint(m::DUE_GROUP_BY_ICS_HINT.text())
                .into());
        }
        let opts = render::ics::Options {
            todo: args.todo,
            with_names: args.with_names,
            today,
            lang: env.lang,
        };
        emit(|w| render::ics::calendar(w, list.rows().map(|r| ics_item(r, env.lang)), opts))?;
        return Ok(finish(&problems, exit_status(args, &list)));
    }
    let format = format_or_default(args.format.and_then(DueFormat::common));
    match (args.group_by, format) {
        (Some(_), Format::Json | Format::Csv) => {
            return Err(crate::UsageError::new(m::DUE_GROUP_BY_FORMAT.text())
                .hint(m::DUE_GROUP_BY_DATA_HINT.text())
                .into());
        }
        (Some(by), _) => emit(|w| grouped(w, env, &list, by, format))?,
        (None, Format::Json) => emit(|w| render::json::due(w, &list, env.lang))?,
        (None, Format::Plain) => emit(|w| render::plain::due(w, &list))?,
        (None, Format::Csv) => emit(|w| render::csv::due(w, &list, env.lang, args.delimiter))?,
        (None, Format::Table) if list.is_empty() => eprintln!("{}", m::DUE_NOTHING),
        (None, Format::Table) => emit(|w| {
            w.write_all(render::table::due(&list, env.color, owner.is_none(), env.width).as_bytes())
        })?,
    }
    Ok(finish(&problems, exit_status(args, &list)))
}

/// 3 with `--fail-on-overdue` when anything listed is overdue, else 0.
fn exit_status(args: &DueArgs, list: &DueList) -> ExitCode {
    let overdue = list.rows().any(|r| r.act.status == Status::Overdue);
    if args.fail_on_overdue && overdue {
        ExitCode::from(3)
    } else {
        ExitCode::SUCCESS
    }
}

fn ics_item(r: render::Row<'_>, lang: crate::Lang) -> render::ics::Item<'_> {
    render::ics::Item {
        case: r.case.id(),
        name: r.case.name(),
        rule: r.act.rule(),
        title: r.act.title.get(lang),
        opens: r.act.opens,
        due: r.act.due,
        status: r.act.status,
        closed_on: None,
        seq: r.act.seq,
    }
}

/// One digest per owner, or per person responsible in `[contacts]`, each under a
/// `== name ==` heading (the owner as the run's language names it).
fn grouped(w: &mut dyn Write, env: &Env, list: &DueList, by: GroupBy, format: Format) -> std::io::Result<()> {
    let groups = list.group_by(|r| {
        let owner = r.act.rule().owner;
        match by {
            GroupBy::Owner => terms::owner(owner).to_string(),
            GroupBy::Contact => match r.case.contact_for(owner) {
                Some(name) => name.to_string(),
                None => tr!(m::DUE_NO_CONTACT, owner = terms::owner(owner)),
            },
        }
    });
    for (i, (name, group)) in groups.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        writeln!(w, "== {} ==", render::clean(name))?;
        match format {
            Format::Table => w.write_all(render::table::due(group, env.color, true, env.width).as_bytes())?,
            _ => render::plain::due(w, group)?,
        }
    }
    Ok(())
}
