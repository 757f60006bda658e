//! `catch-up --before DATE [--dry-run] [ID …]`: for a caseload taken on halfway, close
//! every open task due before DATE with one `done` event each (note "catch-up"), so that
//! what was handled before the tool arrived is no longer a wall of overdue rows (SPEC.md,
//! "Taking on a caseload"). Milestones are information and are left alone.
//!
//! Each `done` is dated today, as `done` dates it. It is added only when the engine
//! confirms that it closes exactly the action it is meant for (RULES.md, "Completion":
//! `done` completes the earliest open instance of its rule, and only one whose window has
//! opened); an action that a `done` dated today would not close is closed on its due
//! date instead, where the file's date order allows it, and otherwise left open with a
//! note. (Since RULES.md was made precise on 2026-11-27, `done` has no end date — "dated
//! in that school year" bounds the `start-meeting` and `spring-review` events only — so
//! this is a guard.)

use super::students_dirs;
use super::write::{note, with_hint};
use crate::cli::CatchUpArgs;
use crate::dates::Date;
use crate::diag::Diagnostic;
use crate::engine;
use crate::folder::Env;
use crate::i18n::messages::caseload as m;
use crate::out::outln;
use crate::rules::{Action, ActionKind, Rule};
use crate::settings::Settings;
use crate::student::{self, Kind, Student};
use crate::writer::{self, toml_string};
use crate::{git, store, tr};
use anyhow::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The note on every event catch-up writes.
pub const NOTE: &str = "catch-up";

/// An action catch-up closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closed {
    pub rule: &'static str,
    pub due: Date,
    /// The date of its `done` event.
    pub on: Date,
}

/// An action catch-up could not close, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Left {
    pub rule: &'static str,
    pub due: Date,
    pub why: Why,
}

/// Why catch-up left an action open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// It opens on this date, after today: no event may close it yet.
    NotOpenYet(Date),
    /// Neither a `done` dated today nor one on its due date would close it.
    WouldNotClose,
}

impl Left {
    /// Why it was left open, and what to do, in the language of the run.
    fn said(&self, id: &str) -> (String, String) {
        let rule = self.rule;
        match self.why {
            Why::NotOpenYet(opens) => (
                tr!(m::CATCHUP_NOT_OPEN_YET, opens),
                tr!(m::CATCHUP_NOT_OPEN_YET_HINT, id, rule),
            ),
            Why::WouldNotClose => (
                m::CATCHUP_WOULD_NOT_CLOSE.text().to_string(),
                tr!(m::CATCHUP_WOULD_NOT_CLOSE_HINT, id, rule),
            ),
        }
    }
}

/// What catch-up does to one student file.
#[derive(Debug)]
pub struct Plan {
    /// The file with the `done` events added (the text as it was if none).
    pub text: String,
    pub closed: Vec<Closed>,
    pub left: Vec<Left>,
}

/// An instance, as it stays the same when another one is closed.
fn key(a: &Action) -> (&'static str, Date, Option<u32>) {
    (a.rule.id, a.opens, a.trigger)
}

/// The open tasks due before `before`, earliest first.
fn targets(actions: &[Action], before: Date) -> impl Iterator<Item = &Action> {
    actions
        .iter()
        .filter(move |a| a.is_open() && a.rule.kind == ActionKind::Task && a.due < before)
}

/// The file with a `done` of `rule` dated `date` added in date order (SPEC.md, "Writes":
/// an event dated before the last one goes after the last event dated on or before it),
/// and the index the event gets among the events.
fn with_done(src: &str, s: &Student, rule: &Rule, date: Date) -> Option<(String, usize)> {
    let block = writer::event_block(
        date,
        Kind::Done,
        &[("rule".into(), toml_string(rule.id))],
        Some(NOTE),
    );
    let dates: Vec<Date> = s.events.iter().map(|e| e.date).collect();
    let text = writer::add_event(src, &block, date, &dates)?;
    let index = dates.iter().filter(|&&d| d <= date).count();
    Some((text, index))
}

/// The file with a `done` of `target`'s rule dated `date`, if that closes exactly
/// `target` (the engine decides, as for `done`).
fn attempt(
    text: &str,
    s: &Student,
    target: &Action,
    date: Date,
    path: &Path,
    settings: &Settings,
    today: Date,
) -> Option<(String, Student)> {
    let (candidate, k) = with_done(text, s, target.rule, date)?;
    let after = student::parse(&candidate, path).ok()?;
    let is_ours = |e: &crate::student::Event| {
        e.date == date
            && e.note.as_deref() == Some(NOTE)
            && matches!(e.kind, crate::student::EventKind::Done { rule } if rule == target.rule.id)
    };
    if !after.events.get(k).is_some_and(is_ours) {
        return None;
    }
    // Events from index k on moved one place on; the target's trigger with them.
    let trigger = target.trigger.map(|t| if t as usize >= k { t + 1 } else { t });
    let closes = engine::actions(&after, settings, today).iter().any(|a| {
        (a.rule.id, a.opens, a.trigger) == (target.rule.id, target.opens, trigger)
            && a.state == crate::rules::State::Done(crate::student::compact(k))
    });
    closes.then_some((candidate, after))
}

/// Works out the `done` events for one student file. Pure: the text in, the text out.
pub fn plan(
    src: &str,
    path: &Path,
    settings: &Settings,
    today: Date,
    before: Date,
) -> Result<Plan, Vec<Diagnostic>> {
    let mut text = src.to_string();
    let mut s = student::parse(src, path)?;
    let mut closed = Vec::new();
    let mut left: Vec<Left> = Vec::new();
    let first = targets(&engine::actions(&s, settings, today), before).count();
    // Each round closes or sets aside one action; a repeating rule may open the next
    // instance, due after its `done`, so both loops end long before the bound.
    let bound = 4 * first + 64;

    // First the actions that a `done` dated today would not close (a window that has
    // closed): dated on their due date, before anything dated today is added after them.
    let mut seen = Vec::new();
    for _ in 0..bound {
        let actions = engine::actions(&s, settings, today);
        let Some(target) = targets(&actions, before).find(|a| !seen.contains(&key(a))) else {
            break;
        };
        seen.push(key(target));
        if target.opens > today
            || target.due >= today
            || attempt(&text, &s, target, today, path, settings, today).is_some()
        {
            continue;
        }
        if let Some((t, after)) = attempt(&text, &s, target, target.due, path, settings, today) {
            closed.push(Closed {
                rule: target.rule.id,
                due: target.due,
                on: target.due,
            });
            text = t;
            s = after;
        }
    }

    // Then the rest, dated today.
    let mut seen = Vec::new();
    for _ in 0..bound {
        let actions = engine::actions(&s, settings, today);
        let Some(target) = targets(&actions, before).find(|a| !seen.contains(&key(a))) else {
            break;
        };
        seen.push(key(target));
        if target.opens > today {
            left.push(Left {
                rule: target.rule.id,
                due: target.due,
                why: Why::NotOpenYet(target.opens),
            });
            continue;
        }
        match attempt(&text, &s, target, today, path, settings, today) {
            Some((t, after)) => {
                closed.push(Closed {
                    rule: target.rule.id,
                    due: target.due,
                    on: today,
                });
                text = t;
                s = after;
            }
            None => left.push(Left {
                rule: target.rule.id,
                due: target.due,
                why: Why::WouldNotClose,
            }),
        }
    }
    closed.sort_by_key(|c| (c.due, c.rule));
    Ok(Plan { text, closed, left })
}

pub fn run(env: &Env, args: &CatchUpArgs) -> Result<ExitCode> {
    let today = env.today;
    let before = args.before;
    // The files: those named, else every case in students/.
    let paths: Vec<PathBuf> = if args.ids.is_empty() {
        let mut all = Vec::new();
        for d in students_dirs(env) {
            all.extend(store::listing(&d)?);
        }
        all
    } else {
        args.ids
            .iter()
            .map(|id| env.student_path(id))
            .collect::<Result<_>>()?
    };
    // A first pass on all cores finds the files with something to close.
    let scan: Vec<Result<bool, Vec<Diagnostic>>> = {
        use rayon::prelude::*;
        paths
            .par_iter()
            .map(|p| {
                let s = store::read_student(p)?;
                let actions = engine::actions(&s, &env.settings, today);
                let any = targets(&actions, before).next().is_some();
                Ok(any)
            })
            .collect()
    };
    let mut problems = Vec::new();
    let mut todo = Vec::new();
    for (p, r) in paths.iter().zip(scan) {
        match r {
            Ok(true) => todo.push(p.clone()),
            Ok(false) => {}
            Err(d) => problems.extend(d),
        }
    }

    let mut results: Vec<(String, Plan)> = Vec::new();
    let mut written = Vec::new();
    let mut originals: Vec<(PathBuf, String)> = Vec::new();
    // The real run plans again under the lock, on the files as they are then, and
    // commits before letting go of it.
    let lock = if args.dry_run {
        None
    } else {
        Some(store::lock(&env.root)?)
    };
    {
        for path in &todo {
            let src = match store::read_text(path) {
                Ok(t) => t,
                Err(d) => {
                    problems.extend(d);
                    continue;
                }
            };
            let plan = match plan(&src, path, &env.settings, today, before) {
                Ok(p) => p,
                Err(d) => {
                    problems.extend(d);
                    continue;
                }
            };
            if !args.dry_run && !plan.closed.is_empty() {
                if let Err(e) = store::write_atomic(path, &plan.text, false) {
                    // One commit or none: the files written so far get their text back.
                    for (p, original) in &originals {
                        let _ = store::write_atomic(p, original, false);
                    }
                    return Err(e.context(m::CATCHUP_NOTHING_CLOSED.text()));
                }
                written.push(path.clone());
                originals.push((path.clone(), src));
            }
            let id = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            results.push((id, plan));
        }
    }

    let n: usize = results.iter().map(|(_, p)| p.closed.len()).sum();
    let cases = results.iter().filter(|(_, p)| !p.closed.is_empty()).count();
    if n == 0 {
        outln!("{}", tr!(m::CATCHUP_NOTHING, before));
    } else {
        let actions = if n == 1 {
            m::CASELOAD_ACTIONS_ONE.text().to_string()
        } else {
            tr!(m::CASELOAD_ACTIONS_MANY, n)
        };
        let in_cases = if cases == 1 {
            m::CASELOAD_CASES_ONE.text().to_string()
        } else {
            tr!(m::CASELOAD_CASES_MANY, n = cases)
        };
        // Dutch puts the verb after the number, so one action has a sentence of its own.
        let said = match (args.dry_run, n) {
            (true, 1) => &m::CATCHUP_WOULD_CLOSE_ONE,
            (true, _) => &m::CATCHUP_WOULD_CLOSE,
            (false, _) => &m::CATCHUP_CLOSED,
        };
        outln!("{}", tr!(*said, actions, cases = in_cases, before, note = NOTE));
        let width = results.iter().map(|(id, _)| id.len()).max().unwrap_or(0);
        let rule_width = results
            .iter()
            .flat_map(|(_, p)| p.closed.iter().map(|c| c.rule.len()))
            .max()
            .unwrap_or(0);
        for (id, p) in &results {
            for c in &p.closed {
                let dated = if c.on == today {
                    String::new()
                } else {
                    tr!(m::CATCHUP_DATED, date = c.on)
                };
                outln!(
                    "{}",
                    tr!(
                        m::CATCHUP_ROW,
                        id = format_args!("{id:<width$}"),
                        rule = format_args!("{:<rule_width$}", c.rule),
                        due = c.due,
                        dated
                    )
                );
            }
        }
    }
    for (id, p) in &results {
        for l in &p.left {
            let (why, hint) = l.said(id);
            let left = tr!(m::CATCHUP_LEFT_OPEN, id, rule = l.rule, due = l.due, why);
            note(&with_hint(&left, &hint));
        }
    }
    if args.dry_run {
        note(m::CASELOAD_DRY_RUN.text());
    } else if let Some(lock) = &lock
        && !written.is_empty()
        && env.settings.auto_commit
    {
        // A log format: English whatever the language of the run.
        let message = format!(
            "uitstroom: catch-up before {before} ({n} {} in {cases} {})",
            if n == 1 { "action" } else { "actions" },
            if cases == 1 { "case" } else { "cases" }
        );
        if let git::Outcome::Skipped(why) = git::commit(lock, &env.root, &written, &message) {
            note(&tr!(m::CASELOAD_NOT_COMMITTED, why));
        }
    }
    Ok(super::finish(&problems, ExitCode::SUCCESS))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::date;

    const SEM: &str = "schema = 1\nid = \"sem\"\nname = \"Sem\"\nbirth_date = 2008-05-14\nmunicipality = \"Heiloo\"\ntrack = \"pro\"\nenrolled = 2021-08-23\n";

    fn run_plan(src: &str, today: &str, before: &str) -> Plan {
        plan(
            src,
            Path::new("sem.toml"),
            &Settings::default(),
            date(today),
            date(before),
        )
        .unwrap()
    }

    fn open_before(text: &str, today: &str, before: &str) -> Vec<&'static str> {
        let s = student::parse(text, Path::new("sem.toml")).unwrap();
        targets(
            &engine::actions(&s, &Settings::default(), date(today)),
            date(before),
        )
        .map(|a| a.rule.id)
        .collect()
    }

    /// Catches up on `day`, before `day`: the start meeting is closed that day and
    /// nothing is left open.
    #[track_caller]
    fn start_meeting_closed_on(src: &str, day: &str) -> Plan {
        let p = run_plan(src, day, day);
        let sm = p.closed.iter().find(|c| c.rule == "start-meeting").unwrap();
        assert_eq!(sm.on, date(day));
        assert!(open_before(&p.text, day, day).is_empty());
        p
    }

    /// Every open task due before the date is closed, each by its own `done`, dated
    /// today with the note "catch-up"; what is due later stays open.
    #[test]
    fn closes_each_task_due_before_the_date() {
        // No profile (profile-set due 2022-07-31) and 18 on 2026-05-14 (age-18).
        let before = open_before(SEM, "2026-11-25", "2026-11-25");
        assert_eq!(before, ["profile-set", "age-18"]);
        let p = run_plan(SEM, "2026-11-25", "2026-11-25");
        assert_eq!(
            p.closed,
            [
                Closed {
                    rule: "profile-set",
                    due: date("2022-07-31"),
                    on: date("2026-11-25")
                },
                Closed {
                    rule: "age-18",
                    due: date("2026-05-14"),
                    on: date("2026-11-25")
                },
            ]
        );
        assert!(p.left.is_empty());
        assert!(open_before(&p.text, "2026-11-25", "2026-11-25").is_empty());
        assert!(p.text.starts_with(SEM), "every byte of the file stays");
        assert_eq!(p.text.matches("note = \"catch-up\"").count(), 2);
        assert_eq!(p.text.matches("date = 2026-11-25").count(), 2);
    }

    #[test]
    fn nothing_due_before_the_date_changes_nothing() {
        let p = run_plan(SEM, "2026-11-25", "2022-07-31");
        assert!(p.closed.is_empty() && p.left.is_empty());
        assert_eq!(p.text, SEM);
    }

    /// RULES.md, "Completion": "none of them can close or move an instance that has not
    /// opened yet" — an action due before the date that opens after today stays open.
    #[test]
    fn an_action_that_has_not_opened_is_left_open() {
        // age-18 opens 2026-04-16 (four weeks before the birthday).
        let p = run_plan(SEM, "2026-04-01", "2026-06-01");
        assert_eq!(
            p.closed.iter().map(|c| c.rule).collect::<Vec<_>>(),
            ["profile-set"]
        );
        assert_eq!(p.left.len(), 1);
        assert_eq!(p.left[0].rule, "age-18");
        assert_eq!(p.left[0].why, Why::NotOpenYet(date("2026-04-16")));
    }

    /// Milestones are information: nothing to close.
    #[test]
    fn milestones_are_left_alone() {
        let exited = format!(
            "{SEM}profile = \"work\"\n\n[[events]]\ndate = 2024-07-10\nkind = \"exit\"\ndestination = \"day-activities\"\n"
        );
        let p = run_plan(&exited, "2026-11-25", "2026-11-25");
        assert!(
            p.closed.iter().all(|c| c.rule != "aftercare-end"),
            "{:?}",
            p.closed
        );
        assert!(
            p.closed.iter().any(|c| c.rule == "simple-switch-check"),
            "{:?}",
            p.closed
        );
    }

    /// RULES.md, "Completion": "`done` completes the earliest open instance of its rule"
    /// — "dated in that school year" bounds the `start-meeting` event, not `done` — so a
    /// start meeting of a school year that has ended is closed by a `done` dated today.
    #[test]
    fn a_start_meeting_of_an_ended_school_year_is_closed_today() {
        let src = format!("{SEM}profile = \"work\"\nplanned_exit = 2026-07-10\n");
        let p = run_plan(&src, "2025-11-25", "2025-11-25");
        let sm = p.closed.iter().find(|c| c.rule == "start-meeting").unwrap();
        assert_eq!(sm.on, date("2025-11-25"), "same school year: dated today");
        start_meeting_closed_on(&src, "2026-09-01");
    }

    /// The same with later events in the file: the events stay in date order.
    #[test]
    fn a_closed_window_before_a_later_event_is_closed_in_date_order() {
        let src = format!(
            "{SEM}profile = \"work\"\nplanned_exit = 2026-07-10\n\n[[events]]\ndate = 2026-06-01\nkind = \"note\"\n"
        );
        let p = start_meeting_closed_on(&src, "2026-09-01");
        assert!(p.left.is_empty(), "{:?}", p.left);
        let s = student::parse(&p.text, Path::new("sem.toml")).unwrap();
        let dates: Vec<Date> = s.events.iter().map(|e| e.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        assert_eq!(dates[0], date("2026-06-01"));
    }

    /// Two `enrolment-missing` events need two contacts: two `done` events.
    #[test]
    fn each_instance_gets_its_own_done() {
        let src = format!(
            "{SEM}profile = \"education\"\n\n[[events]]\ndate = 2026-07-01\nkind = \"exit\"\ndestination = \"education\"\n\n[[events]]\ndate = 2026-08-10\nkind = \"enrolment-missing\"\n\n[[events]]\ndate = 2026-09-10\nkind = \"enrolment-missing\"\n"
        );
        let p = run_plan(&src, "2026-11-25", "2026-11-25");
        let follow_ups = p
            .closed
            .iter()
            .filter(|c| c.rule == "enrolment-follow-up")
            .count();
        assert_eq!(follow_ups, 2, "{:?}", p.closed);
        assert!(open_before(&p.text, "2026-11-25", "2026-11-25").is_empty());
    }
}
