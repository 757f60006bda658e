//! `show ID`: the case for a coordinator — who, phase and flags, the timeline, and every
//! action (done, with the event that completed it, and open), each with owner and source.

use super::emit;
use crate::cli::{ShowArgs, ShowFormat};
use crate::dates::{self, Date};
use crate::engine::{self, Derived};
use crate::folder::Env;
use crate::render::clean;
use crate::rules::{Action, ActionKind, State};
use crate::student::{Event, EventKind, Student};
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

/// One line describing an event: its kind and the fields that matter.
pub fn describe(e: &Event) -> String {
    let mut s = e.kind.kind().name().to_string();
    let mut parts: Vec<String> = Vec::new();
    match &e.kind {
        EventKind::StudyAdvice { outcome } => parts.push(format!("outcome {outcome}")),
        EventKind::Exit(x) => {
            match x.destination {
                Some(d) => parts.push(format!("to {d}")),
                None => parts.push("no destination".into()),
            }
            if let Some(d) = x.diploma {
                parts.push(format!("diploma {d}"));
            }
            if let Some(j) = x.job_found {
                parts.push(if j {
                    "job found".into()
                } else {
                    "no job found".into()
                });
            }
            if x.wage_subsidy == Some(true) {
                parts.push("wage subsidy".into());
            }
            if let Some(h) = x.hours_per_week {
                parts.push(format!("{h} h/week"));
            }
            if let Some(p) = &x.programme {
                parts.push(format!("programme {}", clean(p)));
            }
            if let Some(p) = x.programme_start {
                parts.push(format!("starts {p}"));
            }
            if let Some(b) = x.benefit {
                parts.push(if b {
                    "with benefit".into()
                } else {
                    "no benefit".into()
                });
            }
            if let Some(u) = x.indication_until {
                parts.push(format!("indication until {u}"));
            }
        }
        EventKind::JobcoachAssessed { needed: Some(n) } => parts.push(if *n {
            "jobcoach needed".into()
        } else {
            "no jobcoach needed".into()
        }),
        EventKind::Handover { to, support_question } => {
            parts.push(format!("to {to}"));
            if *support_question {
                parts.push("with support question".into());
            }
        }
        EventKind::CheckInExtended { until: Some(u) } => parts.push(format!("until {u}")),
        EventKind::Qualification { level } => parts.push(format!("level {level}")),
        EventKind::Done { rule } => parts.push((*rule).to_string()),
        EventKind::Deferred { rule, until, reason } => {
            parts.push(format!("{rule} until {until}: {}", clean(reason)));
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

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn text(w: &mut dyn Write, env: &Env, s: &Student, d: &Derived, actions: &[Action]) -> io::Result<()> {
    let today = env.today;
    let lang = env.lang;
    writeln!(w, "{} ({})", clean(&s.name), s.id)?;
    let mut who = vec![format!("track {}", s.track)];
    if let Some(sc) = &s.school {
        who.push(format!("school {}", clean(sc)));
    }
    match s.municipality.as_deref().map(clean) {
        Some(m) if d.in_region => who.push(format!("lives in {m} ({})", clean(&env.settings.region_name))),
        Some(m) => who.push(format!("lives in {m}: outside the Route Arbeid region")),
        None => who.push("municipality unknown: outside the Route Arbeid region".into()),
    }
    writeln!(w, "  {}", who.join(" · "))?;
    let mut dates_line = vec![
        format!("born {} (age {})", s.birth_date, age(s.birth_date, today)),
        format!("enrolled {}", s.enrolled),
    ];
    if let Some(p) = s.planned_exit {
        dates_line.push(format!("planned exit {p}"));
    }
    match s.profile {
        Some(p) => dates_line.push(format!("profile {p}")),
        None if s.is_pro_vso() => dates_line.push("no profile yet".into()),
        None => {}
    }
    writeln!(w, "  {}", dates_line.join(" · "))?;
    let monitoring = if d.monitoring_ended {
        format!("monitoring ended {}", d.cutoff)
    } else {
        format!("monitored until {}", d.cutoff)
    };
    writeln!(
        w,
        "  phase {} · vsv {} · {monitoring}",
        d.phase.name(),
        yes_no(d.vsv)
    )?;
    if !s.contacts.is_empty() {
        let c: Vec<String> = s
            .contacts
            .iter()
            .map(|(k, v)| format!("{} {}", clean(k), clean(v)))
            .collect();
        writeln!(w, "  contacts: {}", c.join(" · "))?;
    }

    writeln!(w, "\nTimeline")?;
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
        let when = if a.due < today { "passed" } else { "milestone" };
        timeline.push((a.due, format!("{} ({when}): {}", a.rule.id, a.title.get(lang))));
    }
    timeline.sort_by_key(|(d, _)| *d);
    if timeline.is_empty() {
        writeln!(w, "  (no events yet)")?;
    }
    for (date, line) in timeline {
        let marker = if date > today { "  " } else { "" };
        writeln!(w, "  {date}  {marker}{line}")?;
    }

    writeln!(w, "\nActions")?;
    let tasks: Vec<&Action> = actions
        .iter()
        .filter(|a| a.rule.kind == ActionKind::Task)
        .collect();
    if tasks.is_empty() {
        writeln!(w, "  (none)")?;
    }
    for a in tasks {
        let status = a.status(today);
        writeln!(
            w,
            "  {:<8}  {}  {:<24}  {:<14}  {}",
            status.name(),
            a.due,
            a.rule.id,
            a.rule.owner.name(),
            a.title.get(lang)
        )?;
        let mut detail = vec![format!("opens {}", a.opens)];
        match a.state {
            State::Done(i) => detail.push(format!(
                "done by {} on {}",
                describe(&s.events[i as usize]),
                s.events[i as usize].date
            )),
            State::Waived(i) => {
                if let EventKind::Waived { reason, .. } = &s.events[i as usize].kind {
                    detail.push(format!("waived on {}: {reason}", s.events[i as usize].date));
                }
            }
            State::Open => detail.push(format!("completed by {}", a.rule.completed_by)),
        }
        if let Some(i) = a.deferred
            && let EventKind::Deferred { reason, .. } = &s.events[i as usize].kind
        {
            detail.push(format!("deferred on {}: {reason}", s.events[i as usize].date));
        }
        writeln!(w, "            {}", detail.join(" · "))?;
        writeln!(w, "            source: {}", a.rule.source)?;
    }
    if !d.in_region {
        writeln!(
            w,
            "\nOutside the Route Arbeid region: only the school's own duties are computed."
        )?;
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
                completed_on: match a.state {
                    State::Done(i) | State::Waived(i) => Some(s.events[i as usize].date),
                    State::Open => None,
                },
                source: a.rule.source,
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *w, &j).map_err(io::Error::other)?;
    writeln!(w)
}
