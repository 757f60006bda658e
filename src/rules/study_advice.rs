//! `study-advice`, MBO Entree. Source 000, Entree, Studieadvies:
//! "Na 16 weken voert school een studieadviesgesprek met de student."

use super::{ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window};
use crate::dates;
use crate::student::{EventKind, Track};

pub(crate) static RULE: Rule = Rule {
    id: "study-advice",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Study advice meeting (16 weeks after the start of Entree)",
        nl: "Studieadviesgesprek (16 weken na de start van Entree)",
    },
    when: When {
        applies: Title {
            en: "every MBO Entree student",
            nl: "elke student van MBO Entree",
        },
        opens: Title {
            en: "`enrolled`",
            nl: "`enrolled`",
        },
        due: Title {
            en: "`enrolled` + 16 weeks",
            nl: "`enrolled` + 16 weken",
        },
    },
    source: "000 Entree, Studieadvies: \"Na 16 weken voert school een studieadviesgesprek met de student.\"",
    completed_by: Title {
        en: "a `study-advice` event (outcome `continue` or `stop`)",
        nl: "een gebeurtenis `studieadviesgesprek` (uitkomst `continue` of `stop`)",
    },
    completes: |k| matches!(k, EventKind::StudyAdvice { .. }),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<super::Action>) {
    let s = cx.student;
    if s.track != Track::Entree {
        return;
    }
    let due = dates::add_weeks(s.enrolled, 16);
    Instances::single(cx, &RULE, out, s.enrolled, due, Window::from(s.enrolled), None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{date, student, w};

    fn entree() -> crate::rules::testing::S {
        student("entree").born("2007-03-02").enrolled("2025-08-25")
    }

    /// "Na 16 weken voert school een studieadviesgesprek": 16 weeks = 112 days.
    #[test]
    fn due_sixteen_weeks_after_enrolment() {
        assert_eq!(
            entree().open(&RULE, "2025-09-01"),
            [w("2025-08-25", "2025-12-15", Open)]
        );
    }

    #[test]
    fn overdue_the_day_after_the_due_date() {
        assert_eq!(entree().open(&RULE, "2025-12-15")[0].2, Open);
        assert_eq!(entree().open(&RULE, "2025-12-16")[0].2, Overdue);
    }

    #[test]
    fn upcoming_before_enrolment() {
        assert_eq!(entree().open(&RULE, "2025-08-24")[0].2, Upcoming);
    }

    #[test]
    fn study_advice_event_completes_it() {
        let s = entree().event("2025-12-10", "kind = \"study-advice\"; outcome = \"continue\"");
        let a = s.one(&RULE, "2026-01-05");
        assert!(!a.is_open());
        assert_eq!(a.status(date("2026-01-05")), Done);
    }

    #[test]
    fn done_completes_it_too() {
        let s = entree().event("2025-12-20", "kind = \"done\"; rule = \"study-advice\"");
        assert!(s.open(&RULE, "2026-01-05").is_empty());
    }

    /// A completing event counts from the day the action opens, not before.
    #[test]
    fn advice_dated_before_enrolment_does_not_count() {
        let s = entree().event("2025-08-20", "kind = \"study-advice\"; outcome = \"stop\"");
        assert_eq!(s.open(&RULE, "2026-01-05").len(), 1);
    }

    #[test]
    fn crosses_the_year_end_and_29_february() {
        let s = entree().enrolled("2027-11-15");
        assert_eq!(s.open(&RULE, "2027-11-15")[0].1, date("2028-03-06"));
        let s = entree().enrolled("2028-02-29");
        assert_eq!(s.open(&RULE, "2028-03-01")[0].1, date("2028-06-20"));
    }

    #[test]
    fn pro_and_vso_students_get_no_study_advice() {
        assert!(student("pro").open(&RULE, "2025-09-01").is_empty());
        assert!(student("vso").open(&RULE, "2025-09-01").is_empty());
    }

    /// A school duty: also for students outside the Route Arbeid region.
    #[test]
    fn applies_outside_the_region() {
        assert_eq!(entree().lives_in("Hoorn").open(&RULE, "2025-09-01").len(), 1);
    }

    #[test]
    fn deferral_moves_the_due_date() {
        let s = entree().event(
            "2025-12-01",
            "kind = \"deferred\"; rule = \"study-advice\"; until = 2026-01-09; reason = \"ziek\"",
        );
        assert_eq!(s.open(&RULE, "2025-12-20"), [w("2025-08-25", "2026-01-09", Open)]);
    }

    #[test]
    fn waiver_closes_it_as_waived() {
        let s = entree().event(
            "2025-10-01",
            "kind = \"waived\"; rule = \"study-advice\"; reason = \"verhuisd\"",
        );
        assert_eq!(s.one(&RULE, "2026-01-05").status(date("2026-01-05")), Waived);
    }
}
