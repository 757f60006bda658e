//! RULES.md, "Completion" and "Which instances exist" (made precise on 2026-11-27),
//! sentence by sentence: each test quotes the sentence it holds the engine to. The rules'
//! own modules test their windows and triggers; these test what holds for all of them.

use super::Status::*;
use super::testing::{S, date, student, w};
use super::{State, Status};
use super::{
    aftercare_contact, check_in_review, enrolment_follow_up, job_loss_contact, jobcoach_assessment,
    register_discussion, spring_review, start_meeting, study_advice, summer_enrolment_check, ww_check,
};

const TO_WORK: &str = "kind = \"exit\"; destination = \"work\"; job_found = true";
const SUPPORT: &str = "kind = \"handover\"; to = \"check-in\"; support_question = true";

/// A Pro leaver to work (2026-07-10) who lost jobs on 2026-09-01 and 2026-10-01: two
/// `ww-check` instances, 09-01 → 09-15 and 10-01 → 10-15; `between` adds the events
/// (from index 2) dated between the two job losses.
fn job_losses_with(between: impl FnOnce(S) -> S) -> S {
    between(
        student("pro")
            .event("2026-07-10", TO_WORK)
            .event("2026-09-01", "kind = \"job-lost\""),
    )
    .event("2026-10-01", "kind = \"job-lost\"")
}

fn two_job_losses() -> S {
    job_losses_with(|s| s)
}

/// (opens, due, status) of every instance of `rule`, done and waived ones included.
fn all(s: &S, rule: &super::Rule, today: &str) -> Vec<(crate::dates::Date, crate::dates::Date, Status)> {
    let t = date(today);
    s.of(rule, today)
        .into_iter()
        .map(|a| (a.opens, a.due, a.status(t)))
        .collect()
}

/// "A completing event counts when dated on or after the day the action opens".
#[test]
fn a_completing_event_counts_from_the_opening_day() {
    let s = student("entree")
        .enrolled("2025-08-25")
        .event("2025-08-24", "kind = \"study-advice\"; outcome = \"continue\"");
    assert_eq!(
        s.open(&study_advice::RULE, "2025-09-01"),
        [w("2025-08-25", "2025-12-15", Open)]
    );
    let s = student("entree")
        .enrolled("2025-08-25")
        .event("2025-08-25", "kind = \"study-advice\"; outcome = \"continue\"");
    assert!(s.open(&study_advice::RULE, "2025-09-01").is_empty());
}

/// "an action that an `exit` triggers (its window opens on the exit date) is completed
/// by a completing event dated after the previous `exit` (or any date, for a first
/// exit)".
#[test]
fn the_exit_exception_reaches_back_to_the_previous_exit() {
    let s = student("pro")
        .event("2020-01-06", "kind = \"jobcoach-assessed\"; needed = false")
        .event("2026-07-10", TO_WORK);
    assert!(
        s.open(&jobcoach_assessment::RULE, "2026-07-11").is_empty(),
        "any date, for a first exit"
    );
    let earlier = student("pro").event("2025-07-10", "kind = \"exit\"; destination = \"education\"");
    let on_the_previous_exit = earlier
        .clone()
        .event("2025-07-10", "kind = \"jobcoach-assessed\"; needed = false")
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        on_the_previous_exit.open(&jobcoach_assessment::RULE, "2026-07-11"),
        [w("2026-07-10", "2026-07-10", Overdue)],
        "dated on the previous exit, not after it"
    );
    let day_after = earlier
        .event("2025-07-11", "kind = \"jobcoach-assessed\"; needed = false")
        .event("2026-07-10", TO_WORK);
    assert!(
        day_after
            .open(&jobcoach_assessment::RULE, "2026-07-11")
            .is_empty()
    );
}

/// "`done` completes the earliest open instance of its rule."
#[test]
fn done_completes_the_earliest_open_instance() {
    let s = two_job_losses().event("2026-10-05", "kind = \"done\"; rule = \"ww-check\"");
    assert_eq!(
        all(&s, &ww_check::RULE, "2026-10-06"),
        [
            w("2026-09-01", "2026-09-15", Done),
            w("2026-10-01", "2026-10-15", Open)
        ]
    );
}

/// "A domain event completes one instance too: the earliest open instance of each rule
/// it counts for (two `enrolment-missing` events need two contacts)."
#[test]
fn a_domain_event_completes_one_instance_of_each_rule_it_counts_for() {
    let s = student("pro")
        .event("2026-06-26", "kind = \"exit\"; destination = \"education\"")
        .event("2026-06-28", "kind = \"enrolment-missing\"")
        .event("2026-06-29", "kind = \"enrolment-missing\"")
        .event("2026-07-02", "kind = \"enrolment-confirmed\"");
    // The confirmation completes the earliest follow-up, and the summer check (open
    // since 1 July; the signals of June came before it opened).
    assert_eq!(
        all(&s, &enrolment_follow_up::RULE, "2026-07-03"),
        [
            w("2026-06-28", "2026-07-12", Done),
            w("2026-06-29", "2026-07-13", Open)
        ]
    );
    assert_eq!(
        all(&s, &summer_enrolment_check::RULE, "2026-07-03"),
        [w("2026-07-01", "2026-08-01", Done)]
    );
}

/// "'Open' here always means: the instance's window has opened on or before the event's
/// date and it is not yet closed; an event dated before an instance opens never touches
/// it".
#[test]
fn an_event_before_an_instance_opens_never_touches_it() {
    // The second `done` finds the first instance closed and the second not yet open.
    let s = job_losses_with(|s| {
        s.event("2026-09-20", "kind = \"done\"; rule = \"ww-check\"")
            .event("2026-09-20", "kind = \"done\"; rule = \"ww-check\"")
    });
    assert_eq!(
        all(&s, &ww_check::RULE, "2026-10-02"),
        [
            w("2026-09-01", "2026-09-15", Done),
            w("2026-10-01", "2026-10-15", Open)
        ]
    );
}

/// "This holds for `done`, `waive` and `defer` alike: none of them can close or move an
/// instance that has not opened yet."
#[test]
fn neither_waive_nor_defer_touches_an_instance_not_yet_open() {
    let s = job_losses_with(|s| {
        s.event(
            "2026-09-20",
            "kind = \"waived\"; rule = \"ww-check\"; reason = \"x\"",
        )
        .event(
            "2026-09-21",
            "kind = \"waived\"; rule = \"ww-check\"; reason = \"x\"",
        )
        .event(
            "2026-09-22",
            "kind = \"deferred\"; rule = \"ww-check\"; until = 2026-12-01; reason = \"x\"",
        )
    });
    let ww = s.of(&ww_check::RULE, "2026-10-02");
    assert_eq!(ww[0].state, State::Waived(2));
    assert_eq!(
        (ww[1].state, ww[1].due, ww[1].deferred),
        (State::Open, date("2026-10-15"), None)
    );
    // Before any instance opened, nothing at all.
    let s = student("pro")
        .event("2026-07-10", TO_WORK)
        .event(
            "2026-08-01",
            "kind = \"waived\"; rule = \"ww-check\"; reason = \"x\"",
        )
        .event("2026-09-01", "kind = \"job-lost\"");
    assert_eq!(
        s.open(&ww_check::RULE, "2026-09-02"),
        [w("2026-09-01", "2026-09-15", Open)]
    );
}

/// "`waive <case> <rule> --reason …` closes the earliest open instance the same way, but
/// the action counts as waived".
#[test]
fn waive_closes_the_earliest_open_instance_as_waived() {
    let s = two_job_losses().event(
        "2026-10-05",
        "kind = \"waived\"; rule = \"ww-check\"; reason = \"verhuisd\"",
    );
    assert_eq!(
        all(&s, &ww_check::RULE, "2026-10-06"),
        [
            w("2026-09-01", "2026-09-15", Waived),
            w("2026-10-01", "2026-10-15", Open)
        ]
    );
}

/// "`defer <case> <rule> --until D --reason …` keeps the instance open and makes `D` its
/// due date (and its opening date too, if that was later)."
#[test]
fn defer_moves_the_due_date_and_an_opening_after_it() {
    let s = student("entree").enrolled("2025-08-25").event(
        "2025-09-01",
        "kind = \"deferred\"; rule = \"study-advice\"; until = 2026-01-31; reason = \"ziek\"",
    );
    assert_eq!(
        s.open(&study_advice::RULE, "2026-01-05"),
        [w("2025-08-25", "2026-01-31", Open)]
    );
    let s = student("entree").enrolled("2025-08-25").event(
        "2025-09-01",
        "kind = \"deferred\"; rule = \"study-advice\"; until = 2025-08-01; reason = \"x\"",
    );
    assert_eq!(
        s.open(&study_advice::RULE, "2025-09-02"),
        [w("2025-08-01", "2025-08-01", Overdue)]
    );
}

/// "Only the instance open on the event's date is affected; later instances are computed
/// as usual."
#[test]
fn defer_moves_only_the_instance_open_on_its_date() {
    let s = job_losses_with(|s| {
        s.event(
            "2026-09-05",
            "kind = \"deferred\"; rule = \"ww-check\"; until = 2026-12-01; reason = \"x\"",
        )
    });
    assert_eq!(
        all(&s, &ww_check::RULE, "2026-10-02"),
        [
            w("2026-10-01", "2026-10-15", Open),
            w("2026-09-01", "2026-12-01", Open)
        ]
    );
}

/// "The exit exception applies to `defer` and `waive` as to completing events: a
/// deferral dated in the days before the exit moves the action that exit triggers."
#[test]
fn the_exit_exception_applies_to_defer_and_waive() {
    let deferred = student("pro")
        .event(
            "2026-07-01",
            "kind = \"deferred\"; rule = \"jobcoach-assessment\"; until = 2026-08-15; reason = \"stage loopt door\"",
        )
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        deferred.open(&jobcoach_assessment::RULE, "2026-07-20"),
        [w("2026-07-10", "2026-08-15", Open)]
    );
    let waived = student("pro")
        .event(
            "2026-07-01",
            "kind = \"waived\"; rule = \"jobcoach-assessment\"; reason = \"eigen werkgever\"",
        )
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        all(&waived, &jobcoach_assessment::RULE, "2026-07-20"),
        [w("2026-07-10", "2026-07-10", Waived)]
    );
}

/// "an action that an `exit` triggers (its window opens on the exit date) is completed by
/// a completing event dated after the previous `exit` (or any date, for a first exit)";
/// "The exit exception applies to `defer` and `waive` as to completing events". The
/// first `aftercare-contact` opens on the exit ("the previous `aftercare-contact` (or the
/// exit)"), so it takes the exception like the other actions an exit triggers.
#[test]
fn the_exit_exception_holds_for_the_first_aftercare_contact() {
    // The family declined aftercare in the days before the exit: the series ends.
    let waived = student("pro")
        .event(
            "2026-06-20",
            "kind = \"waived\"; rule = \"aftercare-contact\"; reason = \"ouders willen geen nazorg\"",
        )
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        all(&waived, &aftercare_contact::RULE, "2027-06-01"),
        [w("2026-07-10", "2027-01-10", Waived)]
    );
    // Deferred before the exit: the first contact moves.
    let deferred = student("pro")
        .event(
            "2026-06-20",
            "kind = \"deferred\"; rule = \"aftercare-contact\"; until = 2027-03-01; reason = \"stage loopt door\"",
        )
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        deferred.open(&aftercare_contact::RULE, "2026-07-11"),
        [w("2026-07-10", "2027-03-01", Open)]
    );
    // A contact the week before the exit is the first; the next follows from its date
    // ("that date + `aftercare_interval_months`"), listed by opening date.
    let contacted = student("pro")
        .event("2026-07-03", "kind = \"aftercare-contact\"")
        .event("2026-07-10", TO_WORK);
    assert_eq!(
        all(&contacted, &aftercare_contact::RULE, "2026-07-11"),
        [
            w("2026-07-03", "2027-01-03", Open),
            w("2026-07-10", "2027-01-10", Done)
        ]
    );
    // After a second exit, only what is dated after the first one counts.
    let again = |contact: &str| {
        student("pro")
            .event("2024-07-05", TO_WORK)
            .event(contact, "kind = \"aftercare-contact\"")
            .event("2026-07-03", TO_WORK)
    };
    assert_eq!(
        all(&again("2024-07-05"), &aftercare_contact::RULE, "2026-07-11"),
        [w("2026-07-03", "2027-01-03", Open)],
        "a contact on the day of the previous exit is before the window"
    );
    assert_eq!(
        all(&again("2026-06-01"), &aftercare_contact::RULE, "2026-07-11"),
        [
            w("2026-06-01", "2026-12-01", Open),
            w("2026-07-03", "2027-01-03", Done)
        ]
    );
}

/// "For a repeating rule (`aftercare-contact`, `check-in-review`) a waive ends the series
/// — the rule does not apply to this student any more".
#[test]
fn a_waive_ends_a_repeating_series() {
    let s = student("pro")
        .event("2026-07-10", TO_WORK)
        .event(
            "2026-08-01",
            "kind = \"waived\"; rule = \"aftercare-contact\"; reason = \"verhuisd\"",
        )
        .event("2026-12-01", "kind = \"aftercare-contact\"");
    assert_eq!(
        all(&s, &aftercare_contact::RULE, "2027-06-01"),
        [w("2026-07-10", "2027-01-10", Waived)]
    );
    // A later handover with a support question starts no new Check-In series either.
    let s = student("pro")
        .born("2007-05-14")
        .event("2026-07-10", SUPPORT)
        .event(
            "2026-08-01",
            "kind = \"waived\"; rule = \"check-in-review\"; reason = \"x\"",
        )
        .event("2027-01-10", SUPPORT);
    assert_eq!(
        all(&s, &check_in_review::RULE, "2027-02-01"),
        [w("2026-07-10", "2026-10-10", Waived)]
    );
}

/// "… while `done` and the domain events complete one instance and the next one
/// follows."
#[test]
fn done_completes_one_instance_of_a_series_and_the_next_follows() {
    let s = student("pro")
        .event("2026-07-10", TO_WORK)
        .event("2027-01-05", "kind = \"done\"; rule = \"aftercare-contact\"");
    assert_eq!(
        all(&s, &aftercare_contact::RULE, "2027-01-06"),
        [
            w("2026-07-10", "2027-01-10", Done),
            w("2027-01-05", "2027-07-05", Open)
        ]
    );
    let s = student("pro")
        .born("2007-05-14")
        .event("2026-07-10", SUPPORT)
        .event("2026-10-01", "kind = \"done\"; rule = \"check-in-review\"");
    assert_eq!(
        all(&s, &check_in_review::RULE, "2026-10-02"),
        [
            w("2026-07-10", "2026-10-10", Done),
            w("2026-10-01", "2027-01-01", Open)
        ]
    );
    // `check-in-closed` ends the involvement: nothing follows.
    let s = student("pro")
        .born("2007-05-14")
        .event("2026-07-10", SUPPORT)
        .event("2026-10-12", "kind = \"check-in-closed\"");
    assert_eq!(
        all(&s, &check_in_review::RULE, "2027-02-01"),
        [w("2026-07-10", "2026-10-10", Done)]
    );
}

/// "When a formula gives an opening date later than the due date (a `planned_exit`
/// before leerjaar 3, …) the action is listed with `opens` equal to its due date;
/// completing events still count from the formula's opening."
#[test]
fn an_opening_after_the_due_date_is_listed_at_the_due_date() {
    // Leerjaar 3 starts 2023-08-01; the planned exit is before it.
    let s = student("pro")
        .with("profile = \"work\"")
        .with("planned_exit = 2023-06-30");
    assert_eq!(
        s.open(&register_discussion::RULE, "2023-07-15"),
        [w("2023-06-30", "2023-06-30", Overdue)]
    );
    let early = s.clone().event("2023-07-15", "kind = \"register-discussed\"");
    assert_eq!(
        early.open(&register_discussion::RULE, "2023-07-16"),
        [w("2023-06-30", "2023-06-30", Overdue)],
        "dated before the formula's opening"
    );
    let from_opening = s.event("2023-08-01", "kind = \"register-discussed\"");
    assert!(
        from_opening
            .open(&register_discussion::RULE, "2023-08-02")
            .is_empty()
    );
}

/// "… a `programme_start` before the exit, an extension `until` already past …".
#[test]
fn programme_start_before_the_exit_and_a_past_extension_are_listed_at_their_due_date() {
    let s = student("pro").event(
        "2026-07-10",
        "kind = \"exit\"; destination = \"education\"; programme_start = 2026-07-01",
    );
    assert_eq!(
        s.open(&summer_enrolment_check::RULE, "2026-07-10"),
        [w("2026-07-01", "2026-07-01", Overdue)]
    );
    let s = student("pro")
        .born("2007-05-14")
        .event("2026-07-10", SUPPORT)
        .event("2026-10-05", "kind = \"check-in-extended\"; until = 2026-09-01");
    assert_eq!(
        s.open(&check_in_review::RULE, "2026-10-06"),
        [w("2026-09-01", "2026-09-01", Overdue)]
    );
}

/// "`spring-review` has an instance for each school year that has begun by today in
/// which the student was enrolled on or before that year's `spring_by` and had not
/// exited before the window opened (a student who enrolls after the window has closed
/// gets no instance that year)."
#[test]
fn spring_review_instances_need_enrolment_by_spring_by_and_no_exit_before_the_window() {
    let on_spring_by = student("entree").enrolled("2026-05-31");
    assert_eq!(
        on_spring_by.open(&spring_review::RULE, "2026-05-31"),
        [w("2026-03-01", "2026-05-31", Open)]
    );
    let day_after = student("entree").enrolled("2026-06-01");
    assert!(day_after.of(&spring_review::RULE, "2026-07-01").is_empty());
    let exit = |d: &str| {
        student("entree")
            .enrolled("2025-08-25")
            .event(d, "kind = \"exit\"; destination = \"none\"")
    };
    assert!(
        exit("2026-02-28")
            .of(&spring_review::RULE, "2026-04-01")
            .is_empty()
    );
    assert_eq!(
        exit("2026-03-01").open(&spring_review::RULE, "2026-04-01"),
        [w("2026-03-01", "2026-05-31", Open)],
        "an exit on the opening day is not before it"
    );
}

/// Issue 12: "a `spring-review` event completes only its own school year's instance, and
/// only when dated on or after that instance opens, while `done` and `waive` close the
/// earliest open instance (an overdue earlier year first)".
#[test]
fn spring_review_event_completes_its_own_year_and_done_the_earliest() {
    let enrolled = student("entree").enrolled("2024-08-26");
    let review = enrolled.clone().event("2026-03-10", "kind = \"spring-review\"");
    assert_eq!(
        all(&review, &spring_review::RULE, "2026-03-15"),
        [
            w("2025-03-01", "2025-05-31", Overdue),
            w("2026-03-01", "2026-05-31", Done)
        ]
    );
    let done = enrolled
        .clone()
        .event("2026-03-10", "kind = \"done\"; rule = \"spring-review\"");
    assert_eq!(
        all(&done, &spring_review::RULE, "2026-03-15"),
        [
            w("2025-03-01", "2025-05-31", Done),
            w("2026-03-01", "2026-05-31", Open)
        ]
    );
    let waived = enrolled.clone().event(
        "2026-03-10",
        "kind = \"waived\"; rule = \"spring-review\"; reason = \"x\"",
    );
    assert_eq!(all(&waived, &spring_review::RULE, "2026-03-15")[0].2, Waived);
    // February 2026: the 2024–2025 instance is of another school year, and 2025–2026's
    // opens on 1 March.
    let february = enrolled.event("2026-02-10", "kind = \"spring-review\"");
    assert_eq!(
        all(&february, &spring_review::RULE, "2026-03-15"),
        [
            w("2025-03-01", "2025-05-31", Overdue),
            w("2026-03-01", "2026-05-31", Open)
        ]
    );
}

/// "`start-meeting` has one instance, in SY(planned_exit)"; the table: completed by "a
/// `start-meeting` dated in that school year". `done` closes the open instance whenever
/// it comes.
#[test]
fn start_meeting_event_counts_in_its_school_year_and_done_at_any_later_date() {
    let s = student("pro").with("planned_exit = 2026-07-10");
    let late_meeting = s.clone().event("2026-08-15", "kind = \"start-meeting\"");
    assert_eq!(
        late_meeting.open(&start_meeting::RULE, "2026-08-20"),
        [w("2025-08-01", "2025-10-01", Overdue)]
    );
    let late_done = s.event("2026-08-15", "kind = \"done\"; rule = \"start-meeting\"");
    assert!(late_done.open(&start_meeting::RULE, "2026-08-20").is_empty());
}

/// "An `aftercare-contact` instance is no longer listed once the aftercare has ended
/// (`aftercare-end`): the school's duty ends there, missed or not." The aftercare ends
/// on exit + 2 years, the day the phase turns from `aftercare` to `monitoring`.
#[test]
fn aftercare_contact_is_not_listed_once_the_aftercare_has_ended() {
    let missed = student("pro").event("2026-07-10", TO_WORK);
    assert_eq!(
        missed.open(&aftercare_contact::RULE, "2028-07-09"),
        [w("2026-07-10", "2027-01-10", Overdue)]
    );
    assert!(missed.of(&aftercare_contact::RULE, "2028-07-10").is_empty());
    let kept = student("pro")
        .event("2026-07-10", TO_WORK)
        .event("2027-01-10", "kind = \"aftercare-contact\"")
        .event("2027-07-10", "kind = \"aftercare-contact\"")
        .event("2028-01-10", "kind = \"aftercare-contact\"");
    assert_eq!(
        kept.open(&aftercare_contact::RULE, "2028-07-09"),
        [w("2028-01-10", "2028-07-10", Open)]
    );
    assert!(kept.open(&aftercare_contact::RULE, "2028-07-10").is_empty());
    // The contacts that were made are still there, done.
    assert_eq!(kept.of(&aftercare_contact::RULE, "2028-07-10").len(), 3);
}

/// "`job-loss-contact` … a `job-lost` event after an exit with destination `work`,
/// `sheltered-work` or `practical-learning` (all paid work)".
#[test]
fn job_loss_contact_after_every_paid_work_exit() {
    for dest in ["work", "sheltered-work", "practical-learning"] {
        let s = student("vso")
            .event(
                "2026-07-10",
                &format!("kind = \"exit\"; destination = \"{dest}\""),
            )
            .event("2026-11-02", "kind = \"job-lost\"");
        assert_eq!(
            s.open(&job_loss_contact::RULE, "2026-11-02"),
            [w("2026-11-02", "2026-11-16", Open)],
            "{dest}"
        );
    }
    for dest in ["education", "day-activities", "none"] {
        let s = student("vso")
            .event(
                "2026-07-10",
                &format!("kind = \"exit\"; destination = \"{dest}\""),
            )
            .event("2026-11-02", "kind = \"job-lost\"");
        assert!(s.of(&job_loss_contact::RULE, "2026-11-02").is_empty(), "{dest}");
    }
}

/// "A milestone is listed while its date is today or later".
#[test]
fn a_milestone_is_listed_until_its_date() {
    let s = student("pro").event("2026-07-10", TO_WORK);
    let listed = |today: &str| {
        s.all(today)
            .iter()
            .any(|a| a.rule.id == "aftercare-end" && crate::engine::listed(a, date(today)))
    };
    assert!(listed("2028-07-10"));
    assert!(!listed("2028-07-11"));
}

/// "Every action can be completed with `uitstroom done <case> <rule>`": in every student
/// of `data-example/`, a `done` dated on the folder's day closes one more instance of
/// each rule that has an instance open by then (and changes nothing for a rule whose
/// instances have not opened).
#[test]
fn done_completes_every_open_action_of_the_example_folder() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example/students");
    let settings = crate::settings::Settings::default();
    let today = date("2026-11-25");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let src = std::fs::read_to_string(&path).unwrap();
        let before = crate::student::parse(&src, &path).unwrap();
        let actions = crate::engine::actions(&before, &settings, today);
        let mut rules: Vec<&super::Rule> = actions
            .iter()
            .filter(|a| a.rule.kind == super::ActionKind::Task && a.is_open())
            .map(|a| a.rule)
            .collect();
        rules.dedup_by_key(|r| r.id);
        for rule in rules {
            let with_done = format!(
                "{src}\n[[events]]\ndate = 2026-11-25\nkind = \"done\"\nrule = \"{}\"\n",
                rule.id
            );
            let after = crate::student::parse(&with_done, &path).unwrap();
            let closed = |s: &crate::student::Student| {
                crate::engine::actions(s, &settings, today)
                    .iter()
                    .filter(|a| a.rule.id == rule.id && !a.is_open())
                    .count()
            };
            let opened = actions
                .iter()
                .any(|a| a.rule.id == rule.id && a.is_open() && a.window.from <= today);
            assert_eq!(
                closed(&after),
                closed(&before) + usize::from(opened),
                "{} {}",
                path.display(),
                rule.id
            );
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked}");
}
