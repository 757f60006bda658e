//! Properties of the engine over generated students and days (proptest): it never
//! panics, every action opens on or before its due date, no Doorstroompunt action is
//! open on or after the cutoff (nor Check-In's after the 27th birthday), and students
//! outside the region get the school's own rules only.

use super::testing::{S, student};
use super::{ActionKind, Owner, Scope, State, Touch};
use crate::dates::{self, Date};
use crate::engine;
use proptest::prelude::*;

fn day(base: &str, offset: i64) -> String {
    dates::add_days(super::testing::date(base), offset).to_string()
}

/// One event body (without its date), drawn from every kind and field.
fn event_body() -> impl Strategy<Value = String> {
    let dest = prop_oneof![
        Just("work"),
        Just("sheltered-work"),
        Just("practical-learning"),
        Just("education"),
        Just("day-activities"),
        Just("none")
    ];
    let diploma = prop_oneof![
        Just("none"),
        Just("pro"),
        Just("vso"),
        Just("entree"),
        Just("mbo-2")
    ];
    let rule = prop::sample::select(super::ids());
    prop_oneof![
        Just("kind = \"start-meeting\"".to_string()),
        Just("kind = \"register-discussed\"".to_string()),
        Just("kind = \"aba-submitted\"".to_string()),
        Just("kind = \"register-indication\"".to_string()),
        Just("kind = \"leerplicht-consulted\"".to_string()),
        prop_oneof![Just("continue"), Just("stop")].prop_map(|o| format!("kind = \"study-advice\"; outcome = \"{o}\"")),
        Just("kind = \"spring-review\"".to_string()),
        Just("kind = \"dropout-risk\"".to_string()),
        (dest, diploma, any::<bool>(), any::<bool>(), 0..40u32, -30..400i64, any::<bool>()).prop_map(
            |(d, dip, job, sub, hours, later, benefit)| format!(
                "kind = \"exit\"; destination = \"{d}\"; diploma = \"{dip}\"; job_found = {job}; wage_subsidy = {sub}; hours_per_week = {hours}; programme_start = {}; benefit = {benefit}; indication_until = {}",
                day("2026-08-01", later),
                day("2027-01-01", later)
            )
        ),
        any::<bool>().prop_map(|n| format!("kind = \"jobcoach-assessed\"; needed = {n}")),
        (prop_oneof![Just("check-in"), Just("school"), Just("doorstroompunt")], any::<bool>())
            .prop_map(|(to, q)| format!("kind = \"handover\"; to = \"{to}\"; support_question = {q}")),
        (0..200i64).prop_map(|d| format!("kind = \"check-in-extended\"; until = {}", day("2026-10-01", d))),
        Just("kind = \"check-in-extended\"".to_string()),
        Just("kind = \"check-in-closed\"".to_string()),
        Just("kind = \"enrolment-confirmed\"".to_string()),
        Just("kind = \"enrolment-missing\"".to_string()),
        Just("kind = \"job-lost\"".to_string()),
        Just("kind = \"qualification\"; level = \"mbo-2\"".to_string()),
        Just("kind = \"exit-interview\"".to_string()),
        Just("kind = \"aftercare-contact\"".to_string()),
        rule.clone().prop_map(|r| format!("kind = \"done\"; rule = \"{r}\"")),
        (rule.clone(), -100..300i64)
            .prop_map(|(r, d)| format!("kind = \"deferred\"; rule = \"{r}\"; until = {}; reason = \"x\"", day("2026-06-01", d))),
        rule.prop_map(|r| format!("kind = \"waived\"; rule = \"{r}\"; reason = \"x\"")),
    ]
}

fn case() -> impl Strategy<Value = (S, Date)> {
    let track = prop_oneof![Just("pro"), Just("vso"), Just("entree")];
    let muni = prop_oneof![
        Just("Alkmaar"),
        Just("Heiloo"),
        Just("Langedijk"),
        Just("Hoorn"),
        Just("Zaanstad")
    ];
    let profile = prop_oneof![Just(""), Just("work"), Just("education"), Just("day-activities")];
    (
        track,
        muni,
        profile,
        0..(15 * 365i64),
        (10 * 365i64)..(17 * 365),
        prop::option::of(0..(6 * 365i64)),
        prop::collection::vec((0..(12 * 365i64), event_body()), 0..14),
        0..(25 * 365i64),
    )
        .prop_map(
            |(track, muni, profile, birth, enrol_age, planned, mut events, today)| {
                let birth_date = day("1998-01-01", birth);
                let enrolled = day(&birth_date, enrol_age);
                let mut s = student(track)
                    .born(&birth_date)
                    .enrolled(&enrolled)
                    .lives_in(muni);
                if !profile.is_empty() {
                    s = s.with(&format!("profile = \"{profile}\""));
                }
                if let Some(p) = planned {
                    s = s.with(&format!("planned_exit = {}", day(&enrolled, p)));
                }
                events.sort_by_key(|(d, _)| *d);
                for (d, body) in &events {
                    s = s.event(&day(&enrolled, *d - 365), body);
                }
                (s, dates::add_days(super::testing::date("2010-01-01"), today))
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// Differential: the fast scanner and the full TOML parser read the same student
    /// (offsets included) from every generated file.
    #[test]
    fn fast_and_full_front_ends_agree((s, _today) in case()) {
        let src = s.toml();
        let path = std::path::Path::new("t-1.toml");
        prop_assert!(crate::fastscan::scan(&src).is_some());
        prop_assert_eq!(crate::student::parse(&src, path), crate::student::parse_full(&src, path));
    }

    #[test]
    fn engine_invariants((s, today) in case()) {
        let student = s.parse();
        let facts = super::Facts::of(&student, &s.settings);
        let actions = engine::actions(&student, &s.settings, today);
        for a in &actions {
            prop_assert!(a.opens <= a.due, "{} opens {} after due {}", a.rule.id, a.opens, a.due);
            if !facts.in_region {
                prop_assert_eq!(a.rule.scope, Scope::School, "{} for a student outside the region", a.rule.id);
            }
            if a.is_open() && a.rule.kind == ActionKind::Task {
                match a.rule.owner {
                    Owner::Doorstroompunt => {
                        prop_assert!(today < facts.cutoff && a.due < facts.cutoff, "{} after the cutoff {}", a.rule.id, facts.cutoff);
                    }
                    Owner::CheckIn => {
                        prop_assert!(today < facts.check_in_until && a.due < facts.check_in_until, "{} at 27", a.rule.id);
                    }
                    Owner::School => {}
                }
            }
        }
        // Derived status never panics either, and is consistent with the cutoff.
        let d = engine::derive(&student, &s.settings, today);
        prop_assert_eq!(d.monitoring_ended, today >= facts.cutoff);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// RULES.md, "Completion": an event closes at most one instance of a rule, it is an
    /// event that acts on that rule (a waive for a waived one), dated within the
    /// instance's window; and "A repeating rule (`aftercare-contact`, `check-in-review`)
    /// has exactly one open instance at a time".
    #[test]
    fn completion_invariants((s, today) in case()) {
        let student = s.parse();
        let actions = engine::actions(&student, &s.settings, today);
        let mut used = std::collections::HashSet::new();
        for a in &actions {
            if let State::Done(k) | State::Waived(k) = a.state {
                let e = &student.events[k as usize];
                prop_assert!(used.insert((a.rule.id, k)), "event {} closes two {} instances", k, a.rule.id);
                let touch = a.rule.touch(e);
                prop_assert!(touch.is_some(), "{} closed by {:?}", a.rule.id, e.kind);
                prop_assert!(e.date >= a.window.from, "{} closed before its window", a.rule.id);
                if touch == Some(Touch::Domain) {
                    prop_assert!(e.date <= a.window.domain_until);
                }
                prop_assert_eq!(matches!(a.state, State::Waived(_)), touch == Some(Touch::Waive));
            }
            if let Some(k) = a.deferred {
                prop_assert!(matches!(a.rule.touch(&student.events[k as usize]), Some(Touch::Defer(_))));
            }
        }
        for id in ["aftercare-contact", "check-in-review"] {
            let open = actions.iter().filter(|a| a.rule.id == id && a.is_open()).count();
            prop_assert!(open <= 1, "{} open {} instances", open, id);
        }
    }

    /// Differential: the two ways of matching events with instances — each instance in
    /// turn (a rule's usual handful) and the heaps (thousands) — agree on every input,
    /// windows that reach back before the opening (the exit exception) and domain events
    /// ending with a school year included.
    #[test]
    fn few_and_many_instances_are_matched_alike(
        (s, today) in case(),
        rule in 0..super::ALL.len(),
        spec in prop::collection::vec((-900..900i64, 0..200i64, -200..60i64, prop::option::of(0..400i64)), 0..=super::FEW),
    ) {
        let student = s.parse();
        let cx = super::Ctx::new(&student, &s.settings, today);
        let rule = super::ALL[rule];
        let base = student.events.first().map_or(student.enrolled, |e| e.date);
        let acts: Vec<super::Action> = spec
            .iter()
            .enumerate()
            .map(|(i, &(o, len, from, until))| {
                let opens = dates::add_days(base, o);
                super::Action {
                    rule,
                    opens,
                    due: dates::add_days(opens, len),
                    title: &rule.title,
                    state: State::Open,
                    deferred: None,
                    trigger: Some(crate::student::compact(i)),
                    window: super::Window {
                        from: dates::add_days(opens, from),
                        domain_until: until.map_or(Date::MAX, |u| dates::add_days(opens, u)),
                    },
                }
            })
            .collect();
        let (mut few, mut many) = (acts.clone(), acts);
        super::match_few(&cx, rule, &mut few);
        super::match_many(&cx, rule, &mut many);
        prop_assert_eq!(few, many);
    }
}
