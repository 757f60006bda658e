//! The rule catalogue (RULES.md): one module per rule id, and [`ALL`], the registry
//! that `due`, `why`, `show` and `check` read.
//!
//! Adding a rule — a checklist:
//! 1. a file `src/rules/<id>.rs` with `pub(crate) const RULE: Rule` and its `actions`
//!    function; the module doc quotes the Dutch line of the seed it implements;
//! 2. an entry in [`ALL`] below (the order is the catalogue's);
//! 3. its row in RULES.md;
//! 4. tests beside it: when it applies and when not, window, due date, completion, edges;
//! 5. a student in `data-example/` that shows it (a test checks every rule appears).

use crate::dates::{self, Date, SchoolYears};
use crate::settings::Settings;
use crate::student::{Event, EventKind, Student};

mod aba_consideration;
mod advice_meeting;
mod aftercare_contact;
mod aftercare_end;
mod age_18;
mod check_in_handover;
mod check_in_review;
mod dropout_follow_up;
mod enrolment_follow_up;
mod exit_interview;
mod indication_review;
mod job_loss_contact;
mod jobcoach_assessment;
mod leerplicht_consult;
mod level_2_handover;
mod monitoring_end;
mod profile_set;
mod register_discussion;
mod reintegration_municipality;
mod simple_switch_check;
mod spring_review;
mod start_meeting;
mod study_advice;
mod summer_enrolment_check;
mod ww_check;

#[cfg(test)]
mod properties;
#[cfg(test)]
pub(crate) mod testing;

/// Every rule, in the order of RULES.md.
pub static ALL: &[&Rule] = &[
    &profile_set::RULE,
    &register_discussion::RULE,
    &start_meeting::RULE,
    &leerplicht_consult::RULE,
    &jobcoach_assessment::RULE,
    &check_in_handover::RULE,
    &simple_switch_check::RULE,
    &indication_review::RULE,
    &aftercare_contact::RULE,
    &aftercare_end::RULE,
    &study_advice::RULE,
    &advice_meeting::RULE,
    &aba_consideration::RULE,
    &spring_review::RULE,
    &exit_interview::RULE,
    &level_2_handover::RULE,
    &summer_enrolment_check::RULE,
    &enrolment_follow_up::RULE,
    &check_in_review::RULE,
    &job_loss_contact::RULE,
    &ww_check::RULE,
    &reintegration_municipality::RULE,
    &dropout_follow_up::RULE,
    &age_18::RULE,
    &monitoring_end::RULE,
];

pub fn by_id(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// For each rule of [`ALL`], its place in the alphabetical order of ids (the order of
/// ties in `due`).
pub fn id_ranks() -> Vec<u8> {
    let mut idx: Vec<usize> = (0..ALL.len()).collect();
    idx.sort_by_key(|&i| ALL[i].id);
    let mut rank = vec![0u8; ALL.len()];
    for (r, &i) in idx.iter().enumerate() {
        rank[i] = r as u8;
    }
    rank
}

/// The index of a rule in [`ALL`].
pub fn index_of(rule: &Rule) -> u8 {
    ALL.iter().position(|r| std::ptr::eq(*r, rule)).unwrap_or(0) as u8
}

pub fn ids() -> Vec<&'static str> {
    ALL.iter().map(|r| r.id).collect()
}

crate::names::named_enum! {
    /// Whom a rule binds (RULES.md, "Scope and region").
    pub enum Scope ("scope") {
        /// A duty of the school itself, wherever the student lives.
        School = "school",
        /// An agreement of Route Arbeid: only for students living in the region.
        Route = "route",
    }
}

crate::names::named_enum! {
    /// Who carries a rule's actions (RULES.md, "Owners").
    pub enum Owner ("owner") {
        School = "school",
        Doorstroompunt = "doorstroompunt",
        CheckIn = "check-in",
    }
}

crate::names::named_enum! {
    /// A task is to be done; a milestone is information.
    pub enum ActionKind ("action kind") { Task = "task", Milestone = "milestone" }
}

/// An action's title in the two languages of the interface.
#[derive(Debug, PartialEq, Eq)]
pub struct Title {
    pub en: &'static str,
    pub nl: &'static str,
}

impl Title {
    pub fn get(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.en,
            crate::Lang::Nl => self.nl,
        }
    }
}

/// When a rule applies, opens and is due, in words (RULES.md's columns): for `why` and
/// the manual (`uitstroom-rules.7`). Settings are named as in uitstroom.toml
/// (`terms.follow_up_days`).
#[derive(Debug, PartialEq, Eq)]
pub struct When {
    /// To which students, and on which events.
    pub applies: &'static str,
    /// When an instance's window opens.
    pub opens: &'static str,
    /// When it is due.
    pub due: &'static str,
}

/// A rule of the catalogue: what it is, and the function that computes its actions.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub scope: Scope,
    pub owner: Owner,
    pub kind: ActionKind,
    pub title: Title,
    /// When it applies, opens and is due, in words.
    pub when: When,
    /// The seed and section, with the Dutch line it comes from.
    pub source: &'static str,
    /// What completes an action of this rule, in words (for `why` and `show`).
    pub completed_by: &'static str,
    /// Whether a domain event completes this rule's actions (`done` and `waived` for the
    /// rule always do).
    pub completes: fn(&EventKind) -> bool,
    /// The rule itself: a pure function of the student, the settings and today.
    pub actions: fn(&Ctx<'_>, &mut Vec<Action>),
}

impl PartialEq for Rule {
    fn eq(&self, other: &Rule) -> bool {
        self.id == other.id
    }
}

pub fn no_domain_event(_: &EventKind) -> bool {
    false
}

/// Whether an action is still to be done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Open,
    /// Completed by the event at this index.
    Done(u32),
    /// Closed as not applicable by the `waived` event at this index.
    Waived(u32),
}

/// One instance of a rule for one student.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub rule: &'static Rule,
    pub opens: Date,
    pub due: Date,
    pub title: &'static Title,
    pub state: State,
    /// The `deferred` event that moved the due date, if any.
    pub deferred: Option<u32>,
    /// The event that gave rise to this action, if one did.
    pub trigger: Option<u32>,
}

impl Action {
    pub fn is_open(&self) -> bool {
        self.state == State::Open
    }

    pub fn status(&self, today: Date) -> Status {
        match self.state {
            State::Done(_) => Status::Done,
            State::Waived(_) => Status::Waived,
            State::Open if self.due < today => Status::Overdue,
            State::Open if self.opens <= today => Status::Open,
            State::Open => Status::Upcoming,
        }
    }
}

crate::names::named_enum! {
    /// An action's status on "today" (RULES.md, "Date arithmetic").
    pub enum Status ("status") {
        Overdue = "overdue",
        Open = "open",
        Upcoming = "upcoming",
        Done = "done",
        Waived = "waived",
    }
}

/// Facts about a student that several rules and the engine need, computed once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Facts {
    /// The end of Doorstroompunt monitoring: the 23rd birthday, or the first
    /// startkwalificatie if earlier.
    pub cutoff: Date,
    /// The 27th birthday: Jongerenpunt Check-In serves young people until then.
    pub check_in_until: Date,
    pub in_region: bool,
}

impl Facts {
    pub fn of(s: &Student, settings: &Settings) -> Facts {
        let mut cutoff = dates::birthday(s.birth_date, 23);
        for e in &s.events {
            if let EventKind::Qualification { .. } = e.kind {
                cutoff = cutoff.min(e.date);
            }
        }
        Facts {
            cutoff,
            check_in_until: dates::birthday(s.birth_date, 27),
            in_region: settings.in_region(s.municipality.as_deref()),
        }
    }
}

/// What a rule sees: the student, the folder settings and today. Nothing else.
pub struct Ctx<'a> {
    pub student: &'a Student,
    pub settings: &'a Settings,
    pub today: Date,
    pub facts: Facts,
    pub sy: SchoolYears,
}

impl<'a> Ctx<'a> {
    pub fn new(student: &'a Student, settings: &'a Settings, today: Date) -> Self {
        Ctx {
            student,
            settings,
            today,
            facts: Facts::of(student, settings),
            sy: settings.school_years(),
        }
    }

    pub fn events(&self) -> &'a [Event] {
        &self.student.events
    }

    pub fn follow_up(&self, d: Date) -> Date {
        dates::add_days(d, self.settings.follow_up_days)
    }

    /// The date of the exit before the event at `index`, if any.
    pub fn previous_exit(&self, index: usize) -> Option<Date> {
        self.events()[..index]
            .iter()
            .rev()
            .find(|e| e.exit().is_some())
            .map(|e| e.date)
    }

    /// The latest exit before the event at `index`, in file (= date) order.
    pub fn exit_before(&self, index: usize) -> Option<&'a crate::student::Exit> {
        self.events()[..index].iter().rev().find_map(|e| e.exit())
    }

    /// Whether an event of a kind matching `f` comes before `index`.
    pub fn any_before(&self, index: usize, f: impl Fn(&EventKind) -> bool) -> bool {
        self.events()[..index].iter().any(|e| f(&e.kind))
    }

    /// The completion window of an action that the exit at `index` triggers: completing
    /// events dated after the previous exit count (RULES.md, "Completion": a warm
    /// handover is often arranged in the days before the student leaves).
    pub fn exit_window(&self, index: usize) -> Window {
        Window {
            from: self
                .previous_exit(index)
                .map_or(Date::MIN, |d| dates::add_days(d, 1)),
            until: Date::MAX,
            after: None,
        }
    }
}

/// One instance per triggering event: opens on the event's date, due `follow_up_days`
/// later — the shape of every signal that asks for a follow-up. `title` picks the
/// instance's title for the event at an index, or `None` where the event is no trigger.
pub fn follow_up_each(
    cx: &Ctx<'_>,
    rule: &'static Rule,
    out: &mut Vec<Action>,
    title: impl Fn(usize, &Event) -> Option<&'static Title>,
) {
    let mut inst = Instances::new(cx, rule);
    for (i, e) in cx.events().iter().enumerate() {
        if let Some(t) = title(i, e) {
            out.push(inst.add_titled(e.date, cx.follow_up(e.date), Window::from(e.date), Some(i), t));
        }
    }
}

/// Which completing events count for an instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Events dated on or after this day count.
    pub from: Date,
    /// ... and on or before this day.
    pub until: Date,
    /// ... and, in a chain of instances, only events after this index in the file.
    pub after: Option<usize>,
}

impl Window {
    /// The usual window: events dated on or after the day the action opens.
    pub fn from(opens: Date) -> Window {
        Window {
            from: opens,
            until: Date::MAX,
            after: None,
        }
    }

    fn admits(&self, index: usize, e: &Event) -> bool {
        e.date >= self.from && e.date <= self.until && self.after.is_none_or(|a| index > a)
    }
}

/// Builds a rule's instances in order, each completing event closing one instance:
/// `done` completes the earliest open instance of its rule (RULES.md, "Completion").
pub struct Instances<'c, 'a> {
    cx: &'c Ctx<'a>,
    rule: &'static Rule,
    used: Vec<bool>,
}

impl<'c, 'a> Instances<'c, 'a> {
    pub fn new(cx: &'c Ctx<'a>, rule: &'static Rule) -> Self {
        Instances {
            cx,
            rule,
            used: vec![false; cx.student.events.len()],
        }
    }

    /// An instance with the rule's own title.
    pub fn add(&mut self, opens: Date, due: Date, window: Window, trigger: Option<usize>) -> Action {
        self.add_titled(opens, due, window, trigger, &self.rule.title)
    }

    /// An instance: finds the first unused completing event in `window`, and the
    /// deferral, if any, made while the instance was open.
    pub fn add_titled(
        &mut self,
        opens: Date,
        due: Date,
        window: Window,
        trigger: Option<usize>,
        title: &'static Title,
    ) -> Action {
        let rule = self.rule;
        let events = &self.cx.student.events;
        let mut state = State::Open;
        for (i, e) in events.iter().enumerate() {
            if self.used[i] || !window.admits(i, e) {
                continue;
            }
            let closes = match &e.kind {
                EventKind::Done { rule: r } if *r == rule.id => Some(State::Done(i as u32)),
                EventKind::Waived { rule: r, .. } if *r == rule.id => Some(State::Waived(i as u32)),
                k if (rule.completes)(k) => Some(State::Done(i as u32)),
                _ => None,
            };
            if let Some(s) = closes {
                self.used[i] = true;
                state = s;
                break;
            }
        }
        let closed_on = match state {
            State::Done(i) | State::Waived(i) => Some(events[i as usize].date),
            State::Open => None,
        };
        // The last deferral made while this instance was open applies to it.
        let mut action = Action {
            rule,
            opens,
            due,
            title,
            state,
            deferred: None,
            trigger: trigger.map(|t| t as u32),
        };
        for (i, e) in events.iter().enumerate() {
            if self.used[i] {
                continue;
            }
            if let EventKind::Deferred { rule: r, until, .. } = &e.kind
                && *r == rule.id
                && e.date >= window.from
                && window.after.is_none_or(|a| i > a)
                && closed_on.is_none_or(|c| e.date <= c)
            {
                self.used[i] = true;
                action.due = *until;
                action.opens = action.opens.min(*until);
                action.deferred = Some(i as u32);
            }
        }
        action
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_are_unique_and_well_formed() {
        let ids = ids();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[..i].contains(id), "duplicate rule id {id}");
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
    }

    /// Each rule says when it applies, opens and is due (for `uitstroom-rules.7`), and
    /// the settings it names exist.
    #[test]
    fn every_rule_says_when() {
        for r in ALL {
            for text in [r.when.applies, r.when.opens, r.when.due] {
                assert!(!text.trim().is_empty(), "{}", r.id);
                for (i, code) in text.split('`').enumerate() {
                    if i % 2 == 1
                        && ["calendar.", "terms.", "region."]
                            .iter()
                            .any(|p| code.starts_with(p))
                    {
                        assert!(
                            crate::settings::DOCS.iter().any(|(k, _)| *k == code),
                            "{}: no setting `{code}`",
                            r.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_rule_quotes_its_source() {
        for r in ALL {
            assert!(
                r.source.starts_with("000") || r.source.starts_with("002"),
                "{}",
                r.id
            );
            assert!(!r.title.en.is_empty() && !r.title.nl.is_empty(), "{}", r.id);
        }
    }
}
