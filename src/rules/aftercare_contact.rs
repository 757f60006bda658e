//! `aftercare-contact`, Pro and VSO after exit, repeating. Source 000, Stap C Nazorg:
//! "Het Pro/VSO heeft een nazorgplicht. Dit houdt in dat school de leerling tot twee jaar
//! na het verlaten van de school volgt."; 002 §4.1: "Praktijkschool Focus blijft de
//! leerling, na het verlaten van de school, nog twee jaar volgen."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, State, Title, When, Window, chained, chained_from};
use crate::dates::{self, Date};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "aftercare-contact",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Aftercare contact with the former student",
        nl: "Nazorgcontact met de oud-leerling",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students who have left; repeats, one open at a time, until the aftercare ends",
            nl: "Pro- en VSO-leerlingen die de school hebben verlaten; komt steeds terug, met één tegelijk open, tot de nazorg eindigt",
        },
        opens: Title {
            en: "the exit, then each `aftercare-contact`",
            nl: "de uitschrijving, daarna elk `nazorgcontact`",
        },
        due: Title {
            en: "that date + `terms.aftercare_interval_months` (default 6; 0 turns the rule off); no instance falls after the aftercare end",
            nl: "die datum + `terms.aftercare_interval_months` (standaard 6; met 0 staat de regel uit); niets valt na het einde van de nazorg",
        },
    },
    source: "000 Stap C, Nazorg: \"Het Pro/VSO heeft een nazorgplicht. Dit houdt in dat school de leerling tot twee jaar na het verlaten van de school volgt.\"; 002 §4.1",
    completed_by: Title {
        en: "an `aftercare-contact` event",
        nl: "een gebeurtenis `nazorgcontact`",
    },
    completes: |k| matches!(k, EventKind::AftercareContact),
    actions,
};

/// Each contact opens the next, `aftercare_interval_months` later, until the aftercare
/// ends two years after the (last) exit. A waive ends the series (RULES.md,
/// "Completion"), and once the aftercare has ended an open instance is no longer listed
/// ("Which instances exist": "the school's duty ends there, missed or not").
fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let interval = cx.settings.aftercare_interval_months;
    if !cx.student.is_pro_vso() || interval == 0 {
        return;
    }
    let mut previous_exit: Option<(usize, Date)> = None;
    let mut last = None;
    for (i, e, _) in cx.student.exits() {
        previous_exit = last.replace((i, e.date));
    }
    let Some((exit_index, exit_date)) = last else {
        return;
    };
    let end = dates::add_years(exit_date, 2);
    let (mut anchor, mut from): (usize, Date) = (exit_index, exit_date);
    // The first instance opens on the exit: the exit exception lets a contact, `done`,
    // `waive` or `defer` dated after the previous exit (any date, for a first exit)
    // act on it, as for the other actions an exit triggers.
    let mut first = Some(previous_exit.map_or((0, Date::MIN), |(i, d)| (i + 1, dates::add_days(d, 1))));
    loop {
        let due = dates::add_months(from, interval);
        if due > end {
            return;
        }
        let a = match first.take() {
            Some((scan, since)) => chained_from(cx, &RULE, anchor, scan, Window::from(since), from, due),
            None => chained(cx, &RULE, anchor, from, due),
        };
        match a.state {
            State::Done(j) => {
                out.push(a);
                anchor = j as usize;
                from = cx.events()[anchor].date;
            }
            State::Waived(_) => return out.push(a),
            State::Open if cx.today >= end => return,
            State::Open => return out.push(a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, date, student, w};

    fn left(on: &str) -> S {
        student("pro").event(on, "kind = \"exit\"; destination = \"work\"; job_found = true")
    }

    /// "school de leerling tot twee jaar na het verlaten van de school volgt": a contact
    /// every 6 months.
    #[test]
    fn first_contact_six_months_after_exit() {
        assert_eq!(
            left("2026-07-10").open(&RULE, "2026-07-11"),
            [w("2026-07-10", "2027-01-10", Open)]
        );
    }

    #[test]
    fn each_contact_opens_the_next() {
        let s = left("2026-07-10").event("2026-12-15", "kind = \"aftercare-contact\"");
        assert_eq!(s.open(&RULE, "2026-12-16"), [w("2026-12-15", "2027-06-15", Open)]);
        assert_eq!(s.of(&RULE, "2026-12-16").len(), 2);
    }

    /// Month end: 31 August + 6 months is the last day of February.
    #[test]
    fn month_end_exit() {
        assert_eq!(
            left("2026-08-31").open(&RULE, "2026-09-01")[0].1,
            date("2027-02-28")
        );
    }

    /// "No instance when this falls after the aftercare end" (exit + 2 years).
    #[test]
    fn stops_at_the_end_of_aftercare() {
        let s = left("2026-07-10")
            .event("2027-01-10", "kind = \"aftercare-contact\"")
            .event("2027-07-10", "kind = \"aftercare-contact\"")
            .event("2028-01-10", "kind = \"aftercare-contact\"");
        assert_eq!(s.open(&RULE, "2028-01-11"), [w("2028-01-10", "2028-07-10", Open)]);
        let s = s.event("2028-02-01", "kind = \"aftercare-contact\"");
        assert!(
            s.open(&RULE, "2028-02-02").is_empty(),
            "2028-08-01 is after 2028-07-10"
        );
    }

    #[test]
    fn interval_setting_and_off() {
        let s = left("2026-07-10").settings(|s| s.aftercare_interval_months = 3);
        assert_eq!(s.open(&RULE, "2026-07-11")[0].1, date("2026-10-10"));
        let s = left("2026-07-10").settings(|s| s.aftercare_interval_months = 0);
        assert!(s.of(&RULE, "2026-07-11").is_empty());
    }

    #[test]
    fn entree_has_no_aftercare_duty() {
        let s = student("entree").event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert!(s.of(&RULE, "2026-07-11").is_empty());
    }

    #[test]
    fn done_counts_as_a_contact() {
        let s = left("2026-07-10").event("2027-01-05", "kind = \"done\"; rule = \"aftercare-contact\"");
        assert_eq!(s.open(&RULE, "2027-01-06"), [w("2027-01-05", "2027-07-05", Open)]);
    }
}
