//! `why ID RULE`: one rule for one student — the rule and its source, the dates and
//! settings it was computed from, and what would complete it.

use super::emit;
use super::show::{describe, yes_no};
use crate::cli::WhyArgs;
use crate::dates::MonthDay;
use crate::diag::did_you_mean;
use crate::engine;
use crate::folder::Env;
use crate::i18n::messages::months::day_month;
use crate::i18n::messages::why as m;
use crate::i18n::terms;
use crate::render::clean;
use crate::rules::{self, Facts, Scope, State};
use crate::{DataErrors, UsageError, store, tr};
use anyhow::Result;

use std::process::ExitCode;

pub fn run(env: &Env, args: &WhyArgs) -> Result<ExitCode> {
    let rule = rules::by_id(&args.rule).ok_or_else(|| {
        UsageError::new(tr!(m::WHY_UNKNOWN_RULE, rule = args.rule))
            .hint(did_you_mean(&args.rule, &rules::ids()))
    })?;
    let path = env.student_path(&args.id)?;
    let s = store::read_student(&path).map_err(DataErrors)?;
    let facts = Facts::of(&s, &env.settings);
    let actions: Vec<_> = engine::actions(&s, &env.settings, env.today)
        .into_iter()
        .filter(|a| a.rule.id == rule.id)
        .collect();
    let st = &env.settings;
    // The calendar settings written out (`1 August`): `08-01` reads as 8 January to a
    // Dutch eye.
    let day = |md: MonthDay| day_month(md.day, md.month);
    emit(|w| {
        writeln!(w, "{} — {}", rule.id, rule.title.get(env.lang))?;
        writeln!(
            w,
            "  {} · {} · {}",
            tr!(m::WHY_OWNER, owner = terms::owner(rule.owner)),
            tr!(m::WHY_SCOPE, scope = terms::scope(rule.scope)),
            terms::action_kind(rule.kind)
        )?;
        writeln!(w, "  {}", tr!(m::WHY_SOURCE, source = rule.source))?;
        // The rule in words (RULES.md's columns), before the dates it gave this student.
        writeln!(w, "  {}", tr!(m::WHY_APPLIES, text = rule.when.applies.text()))?;
        writeln!(w, "  {}", tr!(m::WHY_OPENS, text = rule.when.opens.text()))?;
        writeln!(w, "  {}", tr!(m::WHY_DUE, text = rule.when.due.text()))?;
        writeln!(
            w,
            "  {}",
            tr!(m::WHY_COMPLETED_BY, how = rule.completed_by.text())
        )?;
        writeln!(w, "\n{}", tr!(m::WHY_FOR, id = s.id, date = env.today))?;
        writeln!(
            w,
            "  {} · {} · {}",
            tr!(m::WHY_BORN, date = s.birth_date),
            tr!(m::WHY_ENROLLED, date = s.enrolled),
            tr!(m::WHY_TRACK, track = terms::track(s.track))
        )?;
        writeln!(
            w,
            "  {}",
            tr!(
                m::WHY_IN_REGION,
                yes_no = yes_no(facts.in_region),
                municipality = clean(s.municipality.as_deref().unwrap_or(m::WHY_NO_MUNICIPALITY.text()))
            )
        )?;
        writeln!(
            w,
            "  {}",
            tr!(
                m::WHY_MONITORING,
                cutoff = facts.cutoff,
                check_in = facts.check_in_until
            )
        )?;
        writeln!(
            w,
            "  {}",
            tr!(
                m::WHY_SETTINGS,
                school_year = day(st.school_year_start),
                summer = day(st.summer_start),
                start_meeting = day(st.start_meeting_by),
                spring_from = day(st.spring_from),
                spring_by = day(st.spring_by),
                days = st.follow_up_days,
                months = st.aftercare_interval_months
            )
        )?;
        if actions.is_empty() {
            let none = if rule.scope == Scope::Route && !facts.in_region {
                m::WHY_NONE_OUTSIDE_REGION
            } else {
                m::WHY_NONE
            };
            writeln!(w, "\n{}", tr!(none, rule = rule.id))?;
        }
        for a in &actions {
            writeln!(
                w,
                "\n  {}",
                tr!(
                    m::WHY_INSTANCE,
                    status = terms::status(a.status(env.today)),
                    opens = a.opens,
                    due = a.due
                )
            )?;
            let line = |msg: crate::i18n::Msg, i: u32| {
                let e = &s.events[i as usize];
                tr!(msg, event = describe(e), date = e.date)
            };
            if let Some(t) = a.trigger {
                writeln!(w, "    {}", line(m::WHY_BECAUSE, t))?;
            }
            if let Some(d) = a.deferred {
                writeln!(w, "    {}", line(m::WHY_MOVED, d))?;
            }
            match a.state {
                State::Done(i) | State::Waived(i) => writeln!(w, "    {}", line(m::WHY_CLOSED, i))?,
                State::Open => writeln!(
                    w,
                    "    {}",
                    tr!(
                        m::WHY_TO_COMPLETE,
                        how = rule.completed_by.text(),
                        id = s.id,
                        rule = rule.id
                    )
                )?,
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
