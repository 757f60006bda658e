//! `show ID`: the case for a coordinator — who, phase and flags, the timeline, and every
//! action (done, with the event that completed it, and open), each with owner and source.

use super::emit;
use crate::cli::{ShowArgs, ShowFormat};
use crate::dates::{self, Date};
use crate::engine::{self, Derived};
use crate::folder::Env;
use crate::i18n::messages::show as m;
use crate::i18n::terms;
use crate::render::clean;
use crate::rules::{Action, ActionKind, State, Status};
use crate::student::{Destination, Event, EventKind, Student};
use crate::tr;
use crate::{DataErrors, Lang, store};
use anyhow::Result;
use serde::Serialize;
use std::io::{self, Write};
use std::process::ExitCode;

pub fn run(env: &Env, args: &ShowArgs) -> Result<ExitCode> {
    let path = env.student_path(&args.id)?;
    let s = store::read_student(&path).map_err(DataErrors)?;
    let d = engine::derive(&s, &env.settings, env.today);
    let actions = engine::actions(&s, &env.settings, env.today);
    match args.format {
        ShowFormat::Text => emit(|w| text(w, env, &s, &d, &actions))?,
        ShowFormat::Json => emit(|w| json(w, env, &s, &d, &actions))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn age(birth: Date, today: Date) -> i32 {
    let mut n = 0;
    while dates::birthday(birth, n + 1) <= today {
        n += 1;
    }
    n
}

/// One line describing an event, in the language of this run: its kind as a person
/// reads it (`startgesprek` in Dutch) and the fields that matter.
pub fn describe(e: &Event) -> String {
    let mut s = terms::kind(e.kind.kind()).to_string();
    let mut parts: Vec<String> = Vec::new();
    match &e.kind {
        EventKind::StudyAdvice { outcome } => {
            parts.push(tr!(m::EVENT_OUTCOME, outcome = terms::outcome(*outcome)));
        }
        EventKind::Exit(x) => {
            match x.destination {
                // `destination = "none"`: left for nothing, said as such ("to nothing" is
                // not a place).
                Some(Destination::None) => parts.push(m::EVENT_NO_NEXT_STEP.text().into()),
                Some(d) => parts.push(tr!(m::EVENT_TO, to = terms::destination(d))),
                None => parts.push(m::EVENT_NO_DESTINATION.text().into()),
            }
            if let Some(d) = x.diploma {
                parts.push(tr!(m::EVENT_DIPLOMA, diploma = terms::diploma(d)));
            }
            if let Some(j) = x.job_found {
                parts.push(
                    if j {
                        m::EVENT_JOB_FOUND
                    } else {
                        m::EVENT_NO_JOB_FOUND
                    }
                    .text()
                    .into(),
                );
            }
            if x.wage_subsidy == Some(true) {
                parts.push(m::EVENT_WAGE_SUBSIDY.text().into());
            }
            if let Some(hours) = x.hours_per_week {
                parts.push(tr!(m::EVENT_HOURS, hours));
            }
            if let Some(p) = &x.programme {
                parts.push(tr!(m::EVENT_PROGRAMME, programme = clean(p)));
            }
            if let Some(date) = x.programme_start {
                parts.push(tr!(m::EVENT_STARTS, date));
            }
            if let Some(b) = x.benefit {
                parts.push(
                    if b {
                        m::EVENT_WITH_BENEFIT
                    } else {
                        m::EVENT_NO_BENEFIT
                    }
                    .text()
                    .into(),
                );
            }
            if let Some(date) = x.indication_until {
                parts.push(tr!(m::EVENT_INDICATION_UNTIL, date));
            }
        }
        EventKind::JobcoachAssessed { needed: Some(n) } => parts.push(
            if *n {
                m::EVENT_JOBCOACH_NEEDED
            } else {
                m::EVENT_NO_JOBCOACH_NEEDED
            }
            .text()
            .into(),
        ),
        EventKind::Handover { to, support_question } => {
            parts.push(tr!(m::EVENT_TO, to = terms::handover_to(*to)));
            if *support_question {
                parts.push(m::EVENT_SUPPORT_QUESTION.text().into());
            }
        }
        EventKind::CheckInExtended { until: Some(date) } => parts.push(tr!(m::EVENT_UNTIL, date)),
        EventKind::Qualification { level } => parts.push(tr!(m::EVENT_LEVEL, level)),
        EventKind::Done { rule } => parts.push((*rule).to_string()),
        EventKind::Deferred { rule, until, reason } => {
            parts.push(tr!(m::EVENT_DEFERRED, rule, date = until, reason = clean(reason)));
        }
        EventKind::Waived { rule, reason } => parts.push(format!("{rule}: {}", clean(reason))),
        _ => {}
    }
    if !parts.is_empty() {
        s.push_str(" (");
        s.push_str(&parts.join(", "));
        s.push(')');
    }
    s
}

pub(crate) fn yes_no(b: bool) -> &'static str {
    if b { m::SHOW_YES.text() } else { m::SHOW_NO.text() }
}

/// The widest of the status words in this run's language, for a column that lines up.
fn status_width() -> usize {
    [
        Status::Overdue,
        Status::Open,
        Status::Upcoming,
        Status::Done,
        Status::Waived,
    ]
    .into_iter()
    .map(|s| terms::status(s).chars().count())
    .max()
    .unwrap_or(8)
}

fn text(w: &mut dyn Write, env: &Env, s: &Student, d: &Derived, actions: &[Action]) -> io::Result<()> {
    let today = env.today;
    let lang = env.lang;
    writeln!(w, "{} ({})", clean(&s.name), s.id)?;
    let mut who = vec![tr!(m::SHOW_TRACK, track = terms::track(s.track))];
    if let Some(sc) = &s.school {
        who.push(tr!(m::SHOW_SCHOOL, school = clean(sc)));
    }
    match s.municipality.as_deref().map(clean) {
        Some(municipality) if d.in_region => who.push(tr!(
            m::SHOW_LIVES_IN_REGION,
            municipality,
            region = clean(&env.settings.region_name)
        )),
        Some(municipality) => who.push(tr!(m::SHOW_LIVES_OUTSIDE, municipality)),
        None => who.push(m::SHOW_NO_MUNICIPALITY.text().into()),
    }
    writeln!(w, "  {}", who.join(" · "))?;
    let mut dates_line = vec![
        tr!(m::SHOW_BORN, date = s.birth_date, age = age(s.birth_date, today)),
        tr!(m::SHOW_ENROLLED, date = s.enrolled),
    ];
    if let Some(date) = s.planned_exit {
        dates_line.push(tr!(m::SHOW_PLANNED_EXIT, date));
    }
    match s.profile {
        Some(p) => dates_line.push(tr!(m::SHOW_PROFILE, profile = terms::profile(p))),
        None if s.is_pro_vso() => dates_line.push(m::SHOW_NO_PROFILE.text().into()),
        None => {}
    }
    writeln!(w, "  {}", dates_line.join(" · "))?;
    let monitoring = if d.monitoring_ended {
        tr!(m::SHOW_MONITORING_ENDED, date = d.cutoff)
    } else {
        tr!(m::SHOW_MONITORED_UNTIL, date = d.cutoff)
    };
    writeln!(
        w,
        "  {} · {} · {monitoring}",
        tr!(m::SHOW_PHASE, phase = terms::phase(d.phase)),
        tr!(m::SHOW_VSV, yes_no = yes_no(d.vsv)),
    )?;
    if !s.contacts.is_empty() {
        let c: Vec<String> = s
            .contacts
            .iter()
            .map(|(k, v)| format!("{} {}", clean(k), clean(v)))
            .collect();
        writeln!(w, "  {}", tr!(m::SHOW_CONTACTS, contacts = c.join(" · ")))?;
    }

    writeln!(w, "\n{}", m::SHOW_TIMELINE)?;
    let mut timeline: Vec<(Date, String)> = s
        .events
        .iter()
        .map(|e| {
            let mut line = describe(e);
            if let Some(n) = &e.note {
                line.push_str(" — ");
                line.push_str(&clean(n.lines().next().unwrap_or("")));
            }
            (e.date, line)
        })
        .collect();
    for a in actions.iter().filter(|a| a.rule.kind == ActionKind::Milestone) {
        let when = if a.due < today {
            m::SHOW_MILESTONE_PASSED
        } else {
            m::SHOW_MILESTONE
        };
        timeline.push((a.due, format!("{} ({when}): {}", a.rule.id, a.title.get(lang))));
    }
    timeline.sort_by_key(|(d, _)| *d);
    if timeline.is_empty() {
        writeln!(w, "  {}", m::SHOW_NO_EVENTS)?;
    }
    for (date, line) in timeline {
        let marker = if date > today { "  " } else { "" };
        writeln!(w, "  {date}  {marker}{line}")?;
    }

    writeln!(w, "\n{}", m::SHOW_ACTIONS)?;
    let tasks: Vec<&Action> = actions
        .iter()
        .filter(|a| a.rule.kind == ActionKind::Task)
        .collect();
    if tasks.is_empty() {
        writeln!(w, "  {}", m::SHOW_NO_ACTIONS)?;
    }
    // The details line up under the date, after the status column.
    let sw = status_width();
    let indent = " ".repeat(2 + sw + 2);
    for a in tasks {
        let status = terms::status(a.status(today));
        writeln!(
            w,
            "  {status:<sw$}  {}  {:<24}  {:<14}  {}",
            a.due,
            a.rule.id,
            terms::owner(a.rule.owner),
            a.title.get(lang)
        )?;
        let mut detail = vec![tr!(m::SHOW_OPENS, date = a.opens)];
        match a.state {
            State::Done(i) => {
                let e = &s.events[i as usize];
                detail.push(tr!(m::SHOW_DONE_BY, event = describe(e), date = e.date));
            }
            State::Waived(i) => {
                let e = &s.events[i as usize];
                if let EventKind::Waived { reason, .. } = &e.kind {
                    detail.push(tr!(m::SHOW_WAIVED_ON, date = e.date, reason = clean(reason)));
                }
            }
            State::Open => detail.push(tr!(m::SHOW_COMPLETED_BY, how = a.rule.completed_by.text())),
        }
        if let Some(i) = a.deferred
            && let EventKind::Deferred { reason, .. } = &s.events[i as usize].kind
        {
            detail.push(tr!(
                m::SHOW_DEFERRED_ON,
                date = s.events[i as usize].date,
                reason = clean(reason)
            ));
        }
        writeln!(w, "{indent}{}", detail.join(" · "))?;
        writeln!(w, "{indent}{}", tr!(m::SHOW_SOURCE, source = a.rule.source))?;
    }
    if !d.in_region {
        writeln!(w, "\n{}", m::SHOW_OUTSIDE_REGION)?;
    }
    Ok(())
}

#[derive(Serialize)]
struct ShowJson<'a> {
    id: &'a str,
    name: &'a str,
    track: &'a str,
    school: Option<&'a str>,
    municipality: Option<&'a str>,
    birth_date: Date,
    enrolled: Date,
    planned_exit: Option<Date>,
    profile: Option<&'a str>,
    contacts: crate::render::export::Contacts<'a>,
    phase: &'a str,
    vsv: bool,
    in_region: bool,
    monitoring_ended: bool,
    cutoff: Date,
    events: Vec<EventJson<'a>>,
    actions: Vec<ActionJson<'a>>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    date: Date,
    kind: &'a str,
    summary: String,
    note: Option<&'a str>,
}

#[derive(Serialize)]
struct ActionJson<'a> {
    rule: &'a str,
    kind: &'a str,
    owner: &'a str,
    title: &'a str,
    opens: Date,
    due: Date,
    status: &'a str,
    completed_on: Option<Date>,
    source: &'a str,
}

fn json(w: &mut dyn Write, env: &Env, s: &Student, d: &Derived, actions: &[Action]) -> io::Result<()> {
    let lang: Lang = env.lang;
    let j = ShowJson {
        id: &s.id,
        name: &s.name,
        track: s.track.name(),
        school: s.school.as_deref(),
        municipality: s.municipality.as_deref(),
        birth_date: s.birth_date,
        enrolled: s.enrolled,
        planned_exit: s.planned_exit,
        profile: s.profile.map(|p| p.name()),
        contacts: crate::render::export::Contacts(&s.contacts),
        phase: d.phase.name(),
        vsv: d.vsv,
        in_region: d.in_region,
        monitoring_ended: d.monitoring_ended,
        cutoff: d.cutoff,
        events: s
            .events
            .iter()
            .map(|e| EventJson {
                date: e.date,
                kind: e.kind.kind().name(),
                // A sentence for a person, like `title`: in the language of the run.
                summary: describe(e),
                note: e.note.as_deref(),
            })
            .collect(),
        actions: actions
            .iter()
            .map(|a| ActionJson {
                rule: a.rule.id,
                kind: a.rule.kind.name(),
                owner: a.rule.owner.name(),
                title: a.title.get(lang),
                opens: a.opens,
                due: a.due,
                status: a.status(env.today).name(),
                completed_on: crate::render::export::closed(s, a).map(|(date, _)| date),
                source: a.rule.source,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &j).map_err(io::Error::other)?;
    writeln!(w)
}
