//! `why ID RULE`: one rule for one student — the rule and its source, the dates and
//! settings it was computed from, and what would complete it.

use super::emit;
use super::show::describe;
use crate::cli::WhyArgs;
use crate::diag::did_you_mean;
use crate::engine;
use crate::folder::Env;
use crate::rules::{self, Facts, Scope, State};
use crate::{DataErrors, UsageError, store};
use anyhow::Result;

use std::process::ExitCode;

pub fn run(env: &Env, args: &WhyArgs) -> Result<ExitCode> {
    let rule = rules::by_id(&args.rule).ok_or_else(|| {
        UsageError::new(format!("unknown rule `{}`", args.rule)).hint(did_you_mean(&args.rule, &rules::ids()))
    })?;
    let path = env.student_path(&args.id)?;
    let s = store::read_student(&path).map_err(DataErrors)?;
    let facts = Facts::of(&s, &env.settings);
    let actions: Vec<_> = engine::actions(&s, &env.settings, env.today)
        .into_iter()
        .filter(|a| a.rule.id == rule.id)
        .collect();
    let st = &env.settings;
    emit(|w| {
        writeln!(w, "{} — {}", rule.id, rule.title.get(env.lang))?;
        writeln!(
            w,
            "  owner {} · scope {} · {}",
            rule.owner.name(),
            match rule.scope {
                Scope::School => "school (a duty of the school, wherever the student lives)",
                Scope::Route => "route (Route Arbeid, only in the region)",
            },
            rule.kind.name()
        )?;
        writeln!(w, "  source: {}", rule.source)?;
        writeln!(w, "  completed by: {}", rule.completed_by)?;
        writeln!(w, "\nFor {} on {}:", s.id, env.today)?;
        writeln!(
            w,
            "  born {} · enrolled {} · track {}",
            s.birth_date, s.enrolled, s.track
        )?;
        writeln!(
            w,
            "  in the Route Arbeid region: {} ({})",
            if facts.in_region { "yes" } else { "no" },
            crate::render::clean(s.municipality.as_deref().unwrap_or("no municipality"))
        )?;
        writeln!(
            w,
            "  Doorstroompunt monitoring until {} · Check-In until {}",
            facts.cutoff, facts.check_in_until
        )?;
        writeln!(
            w,
            "  settings: school year from {} · summer from {} · start meeting by {} · spring {} to {} · follow-up {} days · aftercare every {} months",
            st.school_year_start,
            st.summer_start,
            st.start_meeting_by,
            st.spring_from,
            st.spring_by,
            st.follow_up_days,
            st.aftercare_interval_months
        )?;
        if actions.is_empty() {
            let reason = if rule.scope == Scope::Route && !facts.in_region {
                "the student lives outside the Route Arbeid region".to_string()
            } else {
                "its conditions do not hold for this student (see RULES.md), or it ended at the cutoff"
                    .to_string()
            };
            writeln!(w, "\nNo `{}` action: {reason}.", rule.id)?;
        }
        for a in &actions {
            writeln!(
                w,
                "\n  {}: opens {}, due {}",
                a.status(env.today).name(),
                a.opens,
                a.due
            )?;
            if let Some(t) = a.trigger {
                let e = &s.events[t as usize];
                writeln!(w, "    because of {} on {}", describe(e), e.date)?;
            }
            if let Some(d) = a.deferred {
                let e = &s.events[d as usize];
                writeln!(w, "    moved by {} on {}", describe(e), e.date)?;
            }
            match a.state {
                State::Done(i) | State::Waived(i) => {
                    let e = &s.events[i as usize];
                    writeln!(w, "    closed by {} on {}", describe(e), e.date)?;
                }
                State::Open => writeln!(
                    w,
                    "    to complete: {} (or `uitstroom done {} {}`)",
                    rule.completed_by, s.id, rule.id
                )?,
            }
        }
        Ok(())
    })?;
    Ok(ExitCode::SUCCESS)
}
