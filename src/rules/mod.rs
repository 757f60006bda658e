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
use crate::student::{Event, EventKind, Exit, HandoverTo, Student, compact};

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
mod completion;
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
        rank[i] = u8::try_from(r).expect("fewer than 256 rules");
    }
    rank
}

/// The index of a rule in [`ALL`].
pub fn index_of(rule: &Rule) -> u8 {
    let i = ALL.iter().position(|r| std::ptr::eq(*r, rule)).unwrap_or(0);
    u8::try_from(i).expect("fewer than 256 rules")
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

/// A text for a person in the two languages of the interface: an action's title, and a
/// rule's `when` and `completed_by`. Event kinds in the Dutch text are the Dutch names
/// the command line takes (`startgesprek`); field names and values stay as written in
/// the files (`to = "check-in"`).
#[derive(Debug, PartialEq, Eq)]
pub struct Title {
    pub en: &'static str,
    pub nl: &'static str,
}

impl Title {
    /// The text in the language of this run.
    pub fn text(&self) -> &'static str {
        self.get(crate::i18n::lang())
    }

    pub fn get(&self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::En => self.en,
            crate::Lang::Nl => self.nl,
        }
    }
}

/// When a rule applies, opens and is due, in words (RULES.md's columns): for `why` and
/// the manual (`uitstroom-rules.7`, which takes the English). Settings are named as in
/// uitstroom.toml (`terms.follow_up_days`).
#[derive(Debug, PartialEq, Eq)]
pub struct When {
    /// To which students, and on which events.
    pub applies: Title,
    /// When an instance's window opens.
    pub opens: Title,
    /// When it is due.
    pub due: Title,
}

impl When {
    /// The window of `follow_up_each`: it opens on the triggering event's date and is due
    /// `terms.follow_up_days` later; `applies` says on which events.
    pub const fn follow_up(applies: Title) -> When {
        When {
            applies,
            opens: Title {
                en: "the event's date",
                nl: "de datum van de gebeurtenis",
            },
            due: Title {
                en: "the event + `terms.follow_up_days`",
                nl: "de gebeurtenis + `terms.follow_up_days`",
            },
        }
    }

    /// A `per_exit` window that opens and is due on the exit's date; `applies` says on
    /// which exits.
    pub const fn on_exit(applies: Title) -> When {
        const EXIT_DATE: Title = Title {
            en: "the exit date",
            nl: "de datum van uitschrijving",
        };
        When {
            applies,
            opens: EXIT_DATE,
            due: EXIT_DATE,
        }
    }
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
    pub completed_by: Title,
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
    /// Which events act on it.
    pub window: Window,
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
    /// The events' indices in date order, for a file whose events are not in date order
    /// (`check` reports that one); `None` for the usual file, whose order is its own.
    date_order: Option<Vec<u32>>,
}

impl<'a> Ctx<'a> {
    pub fn new(student: &'a Student, settings: &'a Settings, today: Date) -> Self {
        let events = &student.events;
        let in_order = events.windows(2).all(|p| p[0].date <= p[1].date);
        let date_order = (!in_order).then(|| {
            let mut order: Vec<u32> = (0..compact(events.len())).collect();
            // Stable: events of one date keep the order in which they were written.
            order.sort_by_key(|&i| events[i as usize].date);
            order
        });
        Ctx {
            student,
            settings,
            today,
            facts: Facts::of(student, settings),
            sy: settings.school_years(),
            date_order,
        }
    }

    pub fn events(&self) -> &'a [Event] {
        &self.student.events
    }

    pub fn follow_up(&self, d: Date) -> Date {
        dates::add_days(d, self.settings.follow_up_days)
    }

    /// The events in file order, each with what came before it: one pass, so that a rule
    /// that asks about the past of every event stays linear in the events.
    pub fn walk(&self) -> impl Iterator<Item = (usize, &'a Event, Before<'a>)> + 'a {
        let mut before = Before::default();
        self.student.events.iter().enumerate().map(move |(i, e)| {
            let b = before;
            before.record(e);
            (i, e, b)
        })
    }

    /// The events' indices in date order (events of one date in file order).
    fn by_date(&self) -> impl Iterator<Item = usize> + '_ {
        let (file, sorted) = match &self.date_order {
            None => (Some(0..self.student.events.len()), None),
            Some(order) => (None, Some(order.iter().map(|&i| i as usize))),
        };
        file.into_iter().flatten().chain(sorted.into_iter().flatten())
    }
}

/// What came before an event in the file, as [`Ctx::walk`] keeps it up to date.
#[derive(Clone, Copy, Debug, Default)]
pub struct Before<'a> {
    /// The latest exit.
    pub exit: Option<&'a Exit>,
    /// A warm handover to Jongerenpunt Check-In with a support question.
    pub support_handover: bool,
    /// An indicatie banenafspraak (`register-indication`).
    pub register_indication: bool,
    /// An `aba-submitted`.
    pub aba_submitted: bool,
}

impl<'a> Before<'a> {
    fn record(&mut self, e: &'a Event) {
        match &e.kind {
            EventKind::Exit(x) => self.exit = Some(x),
            EventKind::Handover {
                to: HandoverTo::CheckIn,
                support_question: true,
            } => self.support_handover = true,
            EventKind::RegisterIndication => self.register_indication = true,
            EventKind::AbaSubmitted => self.aba_submitted = true,
            _ => {}
        }
    }
}

/// One instance per triggering event: opens on the event's date, due `follow_up_days`
/// later — the shape of every signal that asks for a follow-up. `title` picks the
/// instance's title for an event (given what came before it), or `None` where the event
/// is no trigger.
pub fn follow_up_each(
    cx: &Ctx<'_>,
    rule: &'static Rule,
    out: &mut Vec<Action>,
    mut title: impl FnMut(&Event, &Before<'_>) -> Option<&'static Title>,
) {
    let mut inst = Instances::new(rule, out);
    for (i, e, before) in cx.walk() {
        if let Some(t) = title(e, &before) {
            inst.add_titled(
                out,
                e.date,
                cx.follow_up(e.date),
                Window::from(e.date),
                Some(i),
                t,
            );
        }
    }
    inst.finish(cx, out);
}

/// One instance per exit for which `each` gives its opening and due dates (and title):
/// the shape of the actions an exit triggers. An instance that opens on its exit's date
/// is completed, waived or deferred by events dated after the previous exit (RULES.md,
/// "Completion": "a warm handover or a jobcoach assessment is often arranged in the days
/// before the student leaves"); any other by events from its opening.
pub fn per_exit(
    cx: &Ctx<'_>,
    rule: &'static Rule,
    out: &mut Vec<Action>,
    mut each: impl FnMut(&Event, &Exit) -> Option<(Date, Date, &'static Title)>,
) {
    let mut inst = Instances::new(rule, out);
    let mut previous: Option<Date> = None;
    for (i, e, exit) in cx.student.exits() {
        if let Some((opens, due, title)) = each(e, exit) {
            let window = if opens == e.date {
                Window::from(previous.map_or(Date::MIN, |d| dates::add_days(d, 1)))
            } else {
                Window::from(opens)
            };
            inst.add_titled(out, opens, due, window, Some(i), title);
        }
        previous = Some(e.date);
    }
    inst.finish(cx, out);
}

/// Which events act on an instance (RULES.md, "Completion").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Events dated on or after this day count: the day the action opens by its formula,
    /// or, for an action an exit triggers, the day after the previous exit.
    pub from: Date,
    /// Domain events dated after this day do not count ("dated in that school year");
    /// `done`, `waived` and `deferred` have no such end.
    pub domain_until: Date,
}

impl Window {
    /// The usual window: events dated on or after the day the action opens.
    pub fn from(opens: Date) -> Window {
        Window {
            from: opens,
            domain_until: Date::MAX,
        }
    }

    /// From `opens`, with domain events counting only until `until` (the end of a school
    /// year).
    pub fn until(opens: Date, until: Date) -> Window {
        Window {
            from: opens,
            domain_until: until,
        }
    }
}

/// What an event does to an instance of a rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Touch {
    /// `done` for the rule.
    Done,
    /// A domain event that counts for the rule.
    Domain,
    /// `waived` for the rule.
    Waive,
    /// `deferred` for the rule, to this day.
    Defer(Date),
}

impl Rule {
    fn touch(&self, e: &Event) -> Option<Touch> {
        match &e.kind {
            EventKind::Done { rule } if *rule == self.id => Some(Touch::Done),
            EventKind::Waived { rule, .. } if *rule == self.id => Some(Touch::Waive),
            EventKind::Deferred { rule, until, .. } if *rule == self.id => Some(Touch::Defer(*until)),
            k if (self.completes)(k) => Some(Touch::Domain),
            _ => None,
        }
    }
}

impl Action {
    /// Whether the event `e` (of kind `touch`) acts on this instance: it is open, its
    /// window has opened by the event's date, and a domain event is within the window.
    fn admits(&self, touch: Touch, date: Date) -> bool {
        self.is_open()
            && date >= self.window.from
            && (touch != Touch::Domain || date <= self.window.domain_until)
    }

    /// Applies the event at `index` (of kind `touch`).
    fn apply(&mut self, touch: Touch, index: usize) {
        match touch {
            Touch::Done | Touch::Domain => self.state = State::Done(compact(index)),
            Touch::Waive => self.state = State::Waived(compact(index)),
            // RULES.md: "makes D its due date (and its opening date too, if that was later)".
            Touch::Defer(until) => {
                self.due = until;
                self.opens = self.opens.min(until);
                self.deferred = Some(compact(index));
            }
        }
    }
}

/// Up to this many instances of one rule are matched by trying each in turn; more (a
/// file with thousands of job losses) through two heaps, so that time stays
/// `O((events + instances) log instances)`.
const FEW: usize = 16;

/// A rule's instances, added in order and then matched with the events that act on
/// them (RULES.md, "Completion"): every event, in date order, acts on the earliest open
/// instance whose window admits it — `done` and domain events complete it, `waived`
/// closes it, `deferred` moves it. "Earliest" is by opening date, then in the order the
/// instances were added.
pub struct Instances {
    rule: &'static Rule,
    /// Where this rule's instances begin in the output.
    first: usize,
}

impl Instances {
    pub fn new(rule: &'static Rule, out: &[Action]) -> Self {
        Instances {
            rule,
            first: out.len(),
        }
    }

    /// An instance with the rule's own title.
    pub fn add(
        &mut self,
        out: &mut Vec<Action>,
        opens: Date,
        due: Date,
        window: Window,
        trigger: Option<usize>,
    ) {
        self.add_titled(out, opens, due, window, trigger, &self.rule.title);
    }

    pub fn add_titled(
        &mut self,
        out: &mut Vec<Action>,
        opens: Date,
        due: Date,
        window: Window,
        trigger: Option<usize>,
        title: &'static Title,
    ) {
        out.push(Action {
            rule: self.rule,
            opens,
            due,
            title,
            state: State::Open,
            deferred: None,
            trigger: trigger.map(compact),
            window,
        });
    }

    /// The rule's only instance.
    pub fn single(
        cx: &Ctx<'_>,
        rule: &'static Rule,
        out: &mut Vec<Action>,
        opens: Date,
        due: Date,
        window: Window,
        trigger: Option<usize>,
    ) {
        let mut inst = Instances::new(rule, out);
        inst.add(out, opens, due, window, trigger);
        inst.finish(cx, out);
    }

    /// Matches the instances with the events.
    pub fn finish(self, cx: &Ctx<'_>, out: &mut [Action]) {
        let acts = &mut out[self.first..];
        if acts.len() <= FEW {
            match_few(cx, self.rule, acts);
        } else {
            match_many(cx, self.rule, acts);
        }
    }
}

/// Matching by trying each instance in turn, earliest first.
fn match_few(cx: &Ctx<'_>, rule: &Rule, acts: &mut [Action]) {
    let n = acts.len();
    debug_assert!(n <= FEW);
    if n == 0 {
        return;
    }
    let mut order = [0u8; FEW];
    for (o, i) in order.iter_mut().take(n).zip(0..) {
        *o = i;
    }
    let order = &mut order[..n];
    order.sort_unstable_by_key(|&i| (acts[usize::from(i)].opens, i));
    let events = cx.events();
    for k in cx.by_date() {
        let e = &events[k];
        let Some(touch) = rule.touch(e) else { continue };
        if let Some(&i) = order
            .iter()
            .find(|&&i| acts[usize::from(i)].admits(touch, e.date))
        {
            acts[usize::from(i)].apply(touch, k);
        }
    }
}

/// The same matching for many instances: instances become available in the order their
/// windows open; of those available, two heaps keep the earliest open one, for domain
/// events (which a window's `domain_until` may exclude, for good: dates only grow) and
/// for `done`, `waived` and `deferred`.
fn match_many(cx: &Ctx<'_>, rule: &Rule, acts: &mut [Action]) {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let n = acts.len();
    // The order "earliest" means, fixed before deferrals move any opening date.
    let keys: Vec<(Date, u32)> = acts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.opens, compact(i)))
        .collect();
    let mut by_from: Vec<u32> = (0..compact(n)).collect();
    by_from.sort_unstable_by_key(|&i| (acts[i as usize].window.from, keys[i as usize]));
    let mut next = 0;
    let mut any: BinaryHeap<Reverse<(Date, u32)>> = BinaryHeap::new();
    let mut domain: BinaryHeap<Reverse<(Date, u32)>> = BinaryHeap::new();
    let events = cx.events();
    for k in cx.by_date() {
        let e = &events[k];
        let Some(touch) = rule.touch(e) else { continue };
        while next < n && acts[by_from[next] as usize].window.from <= e.date {
            let key = keys[by_from[next] as usize];
            any.push(Reverse(key));
            domain.push(Reverse(key));
            next += 1;
        }
        let heap = if touch == Touch::Domain {
            &mut domain
        } else {
            &mut any
        };
        // Drop what can never be chosen again: closed instances, and for domain events
        // those whose window ended before this date.
        while let Some(&Reverse((_, i))) = heap.peek() {
            if acts[i as usize].admits(touch, e.date) {
                break;
            }
            heap.pop();
        }
        if let Some(&Reverse((_, i))) = heap.peek() {
            acts[i as usize].apply(touch, k);
        }
    }
}

/// One instance of a repeating rule, opened by the event at `anchor` (its trigger, or
/// the event that completed the instance before): closed by the first event after the
/// anchor, dated on or after `opens`, that completes or waives it, and moved by the
/// deferrals before that. Each instance reads on from where the one before was closed,
/// so a whole series is one pass over the events.
pub fn chained(cx: &Ctx<'_>, rule: &'static Rule, anchor: usize, opens: Date, due: Date) -> Action {
    chained_from(cx, rule, anchor, anchor + 1, Window::from(opens), opens, due)
}

/// [`chained`], reading the events from `first` on with `window`: the first instance of
/// a series an exit opens takes the exit exception (RULES.md, "Completion": "completed
/// by a completing event dated after the previous `exit` (or any date, for a first
/// exit)"), so it reads from the event after the previous exit.
pub fn chained_from(
    cx: &Ctx<'_>,
    rule: &'static Rule,
    anchor: usize,
    first: usize,
    window: Window,
    opens: Date,
    due: Date,
) -> Action {
    let mut a = Action {
        rule,
        opens,
        due,
        title: &rule.title,
        state: State::Open,
        deferred: None,
        trigger: Some(compact(anchor)),
        window,
    };
    for (k, e) in cx.events().iter().enumerate().skip(first) {
        if let Some(touch) = rule.touch(e)
            && a.admits(touch, e.date)
        {
            a.apply(touch, k);
            if !a.is_open() {
                break;
            }
        }
    }
    a
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
            let texts = [&r.when.applies, &r.when.opens, &r.when.due];
            for text in texts.iter().flat_map(|t| [t.en, t.nl]) {
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

    /// The texts people read of every rule (`when`, `completed_by`) exist in both
    /// languages, and the Dutch names an event kind as the Dutch command line takes it
    /// (`startgesprek`, not `start-meeting`), as `show` and `why` name the events.
    #[test]
    fn every_rule_speaks_both_languages() {
        use crate::names::Named;
        use crate::student::Kind;
        for r in ALL {
            let texts = [&r.when.applies, &r.when.opens, &r.when.due, &r.completed_by];
            for t in texts {
                assert!(!t.en.trim().is_empty() && !t.nl.trim().is_empty(), "{}", r.id);
                for (i, code) in t.nl.split('`').enumerate() {
                    if let (1, Some(kind)) = (i % 2, Kind::from_name(code)) {
                        assert_eq!(
                            code,
                            crate::i18n::terms::kind_nl(kind),
                            "{}: an English event kind in {:?}",
                            r.id,
                            t.nl
                        );
                    }
                }
                // The same codes in both: what the English names in backticks, the Dutch
                // names too (or its Dutch name, for an event kind).
                let codes = |s: &'static str| -> Vec<String> {
                    s.split('`')
                        .skip(1)
                        .step_by(2)
                        .map(|c| match Kind::from_name(c) {
                            Some(k) => crate::i18n::terms::kind_nl(k).to_string(),
                            None => c.to_string(),
                        })
                        .collect()
                };
                let (mut en, mut nl) = (codes(t.en), codes(t.nl));
                en.sort();
                nl.sort();
                assert_eq!(en, nl, "{}: {:?} and {:?}", r.id, t.en, t.nl);
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
