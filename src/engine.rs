//! The engine: runs every rule for a student and applies what holds for all of them —
//! scope and region, the age-23 cutoff, the Check-In age of 27 — and derives the case's
//! status. Pure: no I/O, no clock.

use crate::dates::{self, Date};
use crate::rules::{ALL, Action, ActionKind, Ctx, Facts, Owner, Scope};
use crate::settings::Settings;
use crate::student::{Destination, EventKind, Student, Track};
use serde::Serialize;

/// Every action of every rule for `student` on `today`, open and closed, sorted by due
/// date, then rule id.
pub fn actions(student: &Student, settings: &Settings, today: Date) -> Vec<Action> {
    let cx = Ctx::new(student, settings, today);
    let mut out = Vec::new();
    for rule in ALL {
        if rule.scope == Scope::Route && !cx.facts.in_region {
            continue;
        }
        (rule.actions)(&cx, &mut out);
    }
    out.retain(|a| !a.is_open() || within_service(a, &cx.facts, today));
    for a in &mut out {
        // An instance never opens after it is due (a programme start before the exit,
        // a deferral to an earlier day): it is open from its due date.
        a.opens = a.opens.min(a.due);
    }
    out.sort_by(|a, b| (a.due, a.rule.id, a.opens).cmp(&(b.due, b.rule.id, b.opens)));
    out
}

/// RULES.md, "The cutoff": no Doorstroompunt action when today or its due date is on or
/// after the cutoff; Check-In actions likewise at the 27th birthday. Milestones mark
/// those dates and are exempt.
fn within_service(a: &Action, facts: &Facts, today: Date) -> bool {
    if a.rule.kind == ActionKind::Milestone {
        return true;
    }
    let end = match a.rule.owner {
        Owner::School => return true,
        Owner::Doorstroompunt => facts.cutoff,
        Owner::CheckIn => facts.check_in_until,
    };
    today < end && a.due < end
}

/// Whether `due` lists an open action: tasks always, milestones while their date is
/// today or later (RULES.md, "Which instances exist").
pub fn listed(a: &Action, today: Date) -> bool {
    a.is_open() && (a.rule.kind == ActionKind::Task || a.due >= today)
}

crate::names::named_enum! {
    /// Where a case stands (RULES.md, "Derived status").
    pub enum Phase ("phase") {
        School = "school",
        Aftercare = "aftercare",
        Monitoring = "monitoring",
        Ended = "ended",
    }
}

/// The derived status of a case (RULES.md, "Derived status"): computed on read, never
/// stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Derived {
    pub phase: Phase,
    pub vsv: bool,
    pub in_region: bool,
    /// Today is on or after the cutoff: the Doorstroompunt no longer monitors.
    pub monitoring_ended: bool,
    pub cutoff: Date,
}

pub fn derive(s: &Student, settings: &Settings, today: Date) -> Derived {
    let facts = Facts::of(s, settings);
    let last_exit = s.last_exit();
    let phase = match last_exit {
        None => Phase::School,
        Some((e, _)) if s.is_pro_vso() && today < dates::add_years(e.date, 2) => Phase::Aftercare,
        Some(_) if today < facts.cutoff => Phase::Monitoring,
        Some(_) => Phase::Ended,
    };
    Derived {
        phase,
        vsv: is_vsv(s),
        in_region: facts.in_region,
        monitoring_ended: today >= facts.cutoff,
        cutoff: facts.cutoff,
    }
}

/// Voortijdig schoolverlater: an Entree student who left younger than 23, without a
/// startkwalificatie, and is not in education — unless an Entree diploma and work of at
/// least 12 hours a week (000 Entree: "De student is geen voortijdig schoolverlater
/// (vsv'er) als hij een entree-diploma heeft behaald en werk heeft voor minimaal 12 uur
/// per week"; Stap 5: "niet is aangekomen bij zijn vervolgopleiding … wordt de student
/// vsv'er"). Pro and VSO students are never marked.
pub fn is_vsv(s: &Student) -> bool {
    if s.track != Track::Entree {
        return false;
    }
    let Some((idx, exit_event, exit)) = s.exits().last() else {
        return false;
    };
    if !dates::younger_than(s.birth_date, 23, exit_event.date) {
        return false;
    }
    let qualified = s
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Qualification { .. }))
        || exit.diploma.is_some_and(|d| d.is_startkwalificatie());
    if qualified {
        return false;
    }
    let enrolment_missing = s.events[idx + 1..]
        .iter()
        .any(|e| matches!(e.kind, EventKind::EnrolmentMissing));
    let in_education = exit.is_to(Destination::Education) && !enrolment_missing;
    if in_education {
        return false;
    }
    let entree_and_work = exit.diploma == Some(crate::student::Diploma::Entree)
        && exit.is_to(Destination::Work)
        && exit.hours_per_week.is_some_and(|h| h >= 12.0);
    !entree_and_work
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{date, student};

    fn derived(s: &crate::rules::testing::S, today: &str) -> Derived {
        derive(&s.parse(), &s.settings, date(today))
    }

    #[test]
    fn phases_follow_exit_aftercare_and_cutoff() {
        let s = student("pro").born("2008-05-14");
        assert_eq!(derived(&s, "2026-01-01").phase, Phase::School);
        let s = s.event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(derived(&s, "2028-07-09").phase, Phase::Aftercare);
        assert_eq!(derived(&s, "2028-07-10").phase, Phase::Monitoring);
        assert_eq!(derived(&s, "2031-05-14").phase, Phase::Ended);
    }

    /// Entree has no aftercare duty of the school: straight to monitoring.
    #[test]
    fn entree_leaver_is_monitored() {
        let s = student("entree").event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(derived(&s, "2026-07-11").phase, Phase::Monitoring);
    }

    /// "De student stroomt uit zonder diploma, hierdoor is hij een vsv'er."
    #[test]
    fn entree_leaver_without_diploma_is_vsv() {
        let s = student("entree").event("2026-03-10", "kind = \"exit\"; destination = \"none\"");
        assert!(derived(&s, "2026-04-01").vsv);
    }

    /// "geen voortijdig schoolverlater (vsv'er) als hij een entree-diploma heeft behaald
    /// en werk heeft voor minimaal 12 uur per week"
    #[test]
    fn entree_diploma_and_twelve_hours_of_work_is_not_vsv() {
        let base = "kind = \"exit\"; destination = \"work\"; diploma = \"entree\"; job_found = true";
        let s = student("entree").event("2026-07-10", &format!("{base}; hours_per_week = 12"));
        assert!(!derived(&s, "2026-08-01").vsv);
        let s = student("entree").event("2026-07-10", &format!("{base}; hours_per_week = 11.5"));
        assert!(derived(&s, "2026-08-01").vsv);
        let s = student("entree").event("2026-07-10", base);
        assert!(derived(&s, "2026-08-01").vsv, "hours unknown");
    }

    /// Stap 5: "niet is aangekomen bij zijn vervolgopleiding … wordt de student vsv'er".
    #[test]
    fn entree_to_education_is_vsv_once_enrolment_is_missing() {
        let s = student("entree").event(
            "2026-07-10",
            "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
        );
        assert!(!derived(&s, "2026-08-01").vsv);
        let s = s.event("2026-08-05", "kind = \"enrolment-missing\"");
        assert!(derived(&s, "2026-08-06").vsv);
    }

    #[test]
    fn vsv_needs_under_23_and_no_startkwalificatie() {
        let s = student("entree")
            .born("2003-01-10")
            .event("2026-03-10", "kind = \"exit\"; destination = \"none\"");
        assert!(!derived(&s, "2026-04-01").vsv, "23 at exit");
        let s = student("entree")
            .event("2026-03-10", "kind = \"exit\"; destination = \"work\"")
            .event("2027-01-10", "kind = \"qualification\"; level = \"mbo-2\"");
        assert!(!derived(&s, "2027-02-01").vsv);
    }

    #[test]
    fn pro_and_vso_are_never_vsv() {
        let s = student("pro").event("2026-03-10", "kind = \"exit\"; destination = \"none\"");
        assert!(!derived(&s, "2026-04-01").vsv);
    }

    #[test]
    fn region_and_monitoring_flags() {
        let s = student("vso").born("2003-11-25").lives_in("Hoorn");
        let d = derived(&s, "2026-11-25");
        assert!(!d.in_region);
        assert!(d.monitoring_ended);
        assert_eq!(d.cutoff, date("2026-11-25"));
    }

    /// Issue 10, item 6: "time grows with the square of the events in one file". 100,000
    /// events: 25,000 exits to work (each triggers a `jobcoach-assessment` and a
    /// `check-in-handover`: 25,000 instances a rule, matched through the heaps), their
    /// assessments and handovers, and 25,000 Check-In extensions (a series of 25,001
    /// reviews, each read on from the one before). Quadratic matching would take hours
    /// here; linear, well under a second (the timing is `events_scale_linearly` in
    /// tests/cli/linear.rs).
    #[test]
    fn engine_is_linear_in_events() {
        use crate::student::{Destination, Event, EventKind, Exit, HandoverTo};
        let mut s = student("pro").born("2004-03-01").parse();
        let event = |date, kind| Event {
            date,
            kind,
            note: None,
            offset: 0,
        };
        for i in 0..25_000 {
            let d = dates::add_days(date("2018-01-01"), i / 10);
            let exit = Exit {
                destination: Some(Destination::Work),
                job_found: Some(false),
                ..Exit::default()
            };
            s.events.push(event(d, EventKind::Exit(Box::new(exit))));
            s.events
                .push(event(d, EventKind::JobcoachAssessed { needed: Some(false) }));
            s.events.push(event(
                d,
                EventKind::Handover {
                    to: HandoverTo::CheckIn,
                    support_question: true,
                },
            ));
            s.events
                .push(event(d, EventKind::CheckInExtended { until: None }));
        }
        let all = actions(&s, &Settings::default(), date("2026-11-25"));
        let count = |id: &str| all.iter().filter(|a| a.rule.id == id).count();
        assert_eq!(count("jobcoach-assessment"), 25_000);
        assert_eq!(count("check-in-handover"), 25_000);
        assert_eq!(count("check-in-review"), 25_001);
        let open = |id: &str| all.iter().filter(|a| a.rule.id == id && a.is_open()).count();
        assert_eq!(open("check-in-review"), 1);
        // Ten exits a day. An exit's window reaches back to the day after the previous
        // exit, so of a day's ten instances only the first admits that day's events; the
        // day's ten assessments (and handovers) close it and the nine left from the day
        // before, earliest first. The last day's nine stay open, for each rule.
        assert_eq!(open("jobcoach-assessment"), 9);
        assert_eq!(open("check-in-handover"), 9);
    }

    #[test]
    fn actions_are_sorted_by_due_date() {
        let s = student("entree").born("2008-05-14").enrolled("2025-08-25");
        let all = s.all("2025-09-01");
        assert!(all.windows(2).all(|p| p[0].due <= p[1].due));
    }
}
