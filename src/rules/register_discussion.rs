//! `register-discussion`, Pro and VSO with profile work. Source 000, Oriëntatie Arbeid:
//! "In leerjaar 3 of 4 wordt een inschrijving in het doelgroepregister met de leerling
//! (en ouders) besproken."; 002 §2.4 Doelgroepregister.

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window};
use crate::student::{EventKind, Profile};

pub(crate) static RULE: Rule = Rule {
    id: "register-discussion",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Discuss registration in the doelgroepregister with student and parents (leerjaar 3 or 4)",
        nl: "Inschrijving doelgroepregister bespreken met leerling en ouders (leerjaar 3 of 4)",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students with `profile = \"work\"`",
            nl: "Pro- en VSO-leerlingen met `profile = \"work\"`",
        },
        opens: Title {
            en: "the start of leerjaar 3",
            nl: "het begin van leerjaar 3",
        },
        due: Title {
            en: "the end of leerjaar 4, or `planned_exit` if earlier",
            nl: "het einde van leerjaar 4, of `planned_exit` als die eerder valt",
        },
    },
    source: "000 Oriëntatie Arbeid: \"In leerjaar 3 of 4 wordt een inschrijving in het doelgroepregister met de leerling (en ouders) besproken.\"; 002 §2.4",
    completed_by: Title {
        en: "a `register-discussed` or `aba-submitted` event",
        nl: "een gebeurtenis `doelgroepregister-besproken` of `aba-aangevraagd`",
    },
    completes: |k| matches!(k, EventKind::RegisterDiscussed | EventKind::AbaSubmitted),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    if !s.is_pro_vso() || s.profile != Some(Profile::Work) {
        return;
    }
    let opens = cx.sy.start(cx.sy.of_leerjaar(s.enrolled, s.year_offset, 3));
    let mut due = cx.sy.end(cx.sy.of_leerjaar(s.enrolled, s.year_offset, 4));
    if let Some(p) = s.planned_exit {
        due = due.min(p);
    }
    // A student who left before leerjaar 3 can no longer be reached by the school.
    if s.exits().any(|(_, e, _)| e.date < opens) {
        return;
    }
    Instances::single(cx, &RULE, out, opens, due, Window::from(opens), None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, date, student, w};

    fn worker() -> S {
        student("pro").enrolled("2021-08-23").with("profile = \"work\"")
    }

    /// "In leerjaar 3 of 4": opens at the start of leerjaar 3, due at the end of leerjaar 4.
    #[test]
    fn window_is_leerjaar_3_and_4() {
        assert_eq!(
            worker().open(&RULE, "2023-07-31"),
            [w("2023-08-01", "2025-07-31", Upcoming)]
        );
        assert_eq!(worker().open(&RULE, "2023-08-01")[0].2, Open);
    }

    #[test]
    fn planned_exit_before_the_end_of_leerjaar_4_is_the_due_date() {
        let s = worker().with("planned_exit = 2025-03-14");
        assert_eq!(s.open(&RULE, "2024-01-01"), [w("2023-08-01", "2025-03-14", Open)]);
    }

    /// `year_offset` = leerjaar of entry minus 1: entered in leerjaar 2.
    #[test]
    fn year_offset_shifts_the_leerjaren() {
        let s = worker().with("year_offset = 1");
        assert_eq!(s.open(&RULE, "2022-09-01"), [w("2022-08-01", "2024-07-31", Open)]);
    }

    #[test]
    fn register_discussed_or_aba_completes_it() {
        for kind in ["register-discussed", "aba-submitted"] {
            let s = worker().event("2024-02-01", &format!("kind = \"{kind}\""));
            assert!(s.open(&RULE, "2024-03-01").is_empty(), "{kind}");
        }
    }

    #[test]
    fn discussion_in_leerjaar_2_does_not_count() {
        let s = worker().event("2023-03-01", "kind = \"register-discussed\"");
        assert_eq!(s.open(&RULE, "2023-09-01").len(), 1);
    }

    #[test]
    fn only_for_profile_work() {
        let s = student("pro")
            .enrolled("2021-08-23")
            .with("profile = \"education\"");
        assert!(s.of(&RULE, "2024-01-01").is_empty());
        assert!(student("pro").of(&RULE, "2024-01-01").is_empty());
    }

    #[test]
    fn school_duty_outside_the_region_too() {
        assert_eq!(
            worker().lives_in("Hoorn").open(&RULE, "2024-01-01")[0].1,
            date("2025-07-31")
        );
    }
}
