//! `age-18`: turning 18 at school or in aftercare. Source 002 §4.2, "18? En wat nu?":
//! "Alles wat je moet regelen en weten als je 18 wordt, kun je vinden in de brochure
//! (18 jaar en nu?)".

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window, no_domain_event};
use crate::dates;

pub(crate) static RULE: Rule = Rule {
    id: "age-18",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Turning 18: go through '18? En wat nu?' with the student",
        nl: "18 jaar: '18? En wat nu?' doornemen met de leerling",
    },
    when: When {
        applies: Title {
            en: "students at school on their 18th birthday (enrolled on or before it, not left before it), and Pro and VSO students who left less than 2 years before it",
            nl: "leerlingen die op hun 18e verjaardag op school zitten (op of vóór die dag ingeschreven en niet eerder vertrokken), en Pro- en VSO-leerlingen die minder dan 2 jaar daarvoor zijn uitgestroomd",
        },
        opens: Title {
            en: "the 18th birthday − 4 weeks",
            nl: "de 18e verjaardag − 4 weken",
        },
        due: Title {
            en: "the 18th birthday",
            nl: "de 18e verjaardag",
        },
    },
    source: "002 §4.2 \"18? En wat nu?\": \"Alles wat je moet regelen en weten als je 18 wordt, kun je vinden in de brochure (18 jaar en nu?)\"",
    completed_by: Title {
        en: "`uitstroom done ID age-18`",
        nl: "`uitstroom done ID age-18`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    let b18 = dates::birthday(s.birth_date, 18);
    let exit_before = s
        .exits()
        .filter(|(_, e, _)| e.date < b18)
        .map(|(_, e, _)| e.date)
        .last();
    let at_school = s.enrolled <= b18 && exit_before.is_none();
    let in_aftercare = s.is_pro_vso() && exit_before.is_some_and(|d| dates::add_years(d, 2) > b18);
    if !(at_school || in_aftercare) {
        return;
    }
    let opens = dates::add_weeks(b18, -4);
    Instances::single(cx, &RULE, out, opens, b18, Window::from(opens), None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{date, student, w};

    /// "als je 18 wordt": due on the birthday, opening four weeks before.
    #[test]
    fn window_of_four_weeks_before_the_birthday() {
        let s = student("pro").born("2008-12-20");
        assert_eq!(
            s.open(&RULE, "2026-11-21"),
            [w("2026-11-22", "2026-12-20", Upcoming)]
        );
        assert_eq!(s.open(&RULE, "2026-12-21")[0].2, Overdue);
    }

    /// Born 29 February 2008: 18 on 1 March 2026 (age rule, not date arithmetic).
    #[test]
    fn leapling_turns_18_on_1_march() {
        let s = student("vso").born("2008-02-29");
        assert_eq!(
            s.open(&RULE, "2026-01-01"),
            [w("2026-02-01", "2026-03-01", Upcoming)]
        );
    }

    #[test]
    fn entree_student_enrolled_before_the_birthday() {
        let s = student("entree").born("2008-03-10").enrolled("2025-08-25");
        assert_eq!(s.open(&RULE, "2026-02-10")[0].1, date("2026-03-10"));
        let s = student("entree").born("2007-03-10").enrolled("2025-08-25");
        assert!(s.of(&RULE, "2025-09-01").is_empty(), "already 18 at enrolment");
    }

    /// Pro/VSO in aftercare (left less than 2 years before) are reached too; Entree
    /// leavers are not.
    #[test]
    fn after_exit_only_pro_vso_in_aftercare() {
        let s = student("pro")
            .born("2009-01-15")
            .event("2025-07-10", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(s.open(&RULE, "2026-12-20").len(), 1);
        let s = student("pro")
            .born("2009-01-15")
            .event("2024-07-10", "kind = \"exit\"; destination = \"work\"");
        assert!(
            s.of(&RULE, "2026-12-20").is_empty(),
            "left more than 2 years before"
        );
        let s = student("entree")
            .born("2009-01-15")
            .event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert!(s.of(&RULE, "2026-12-20").is_empty());
    }

    #[test]
    fn exit_on_the_birthday_still_counts_as_at_school() {
        let s = student("entree")
            .born("2008-07-10")
            .enrolled("2025-08-25")
            .event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(s.of(&RULE, "2026-07-01").len(), 1);
    }

    #[test]
    fn done_completes_it() {
        let s = student("pro")
            .born("2008-12-20")
            .event("2026-12-01", "kind = \"done\"; rule = \"age-18\"");
        assert!(s.open(&RULE, "2026-12-02").is_empty());
    }
}
