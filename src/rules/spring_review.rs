//! `spring-review`, MBO Entree, every school year. Source 000, Entree: "De school
//! bespreekt in het voorjaar de uitstroomperspectief met Leerplicht en Doorstroompunt.
//! Indien nodig wordt Jongerenpunt Check-In ook betrokken (bij uitstroom naar arbeid)."

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window};
use crate::student::{EventKind, Track};

pub(crate) static RULE: Rule = Rule {
    id: "spring-review",
    scope: Scope::Route,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Spring review of the exit perspective with Leerplicht and Doorstroompunt",
        nl: "Uitstroomperspectief in het voorjaar bespreken met Leerplicht en Doorstroompunt",
    },
    when: When {
        applies: Title {
            en: "MBO Entree: each school year that has begun, in which the student was enrolled on or before that year's `calendar.spring_by` and had not left before the window opened",
            nl: "MBO Entree: elk begonnen schooljaar waarin de student uiterlijk op `calendar.spring_by` van dat jaar was ingeschreven en niet was vertrokken voordat de periode opende",
        },
        opens: Title {
            en: "`calendar.spring_from` of that school year (default 1 March)",
            nl: "`calendar.spring_from` van dat schooljaar (standaard 1 maart)",
        },
        due: Title {
            en: "`calendar.spring_by` of that school year (default 31 May)",
            nl: "`calendar.spring_by` van dat schooljaar (standaard 31 mei)",
        },
    },
    source: "000 Entree: \"De school bespreekt in het voorjaar de uitstroomperspectief met Leerplicht en Doorstroompunt.\"",
    completed_by: Title {
        en: "a `spring-review` event dated from the opening to the end of that school year",
        nl: "een gebeurtenis `voorjaarsbespreking` vanaf de opening tot het einde van dat schooljaar",
    },
    completes: |k| matches!(k, EventKind::SpringReview),
    actions,
};

/// RULES.md, "Which instances exist": "an instance for each school year that has begun
/// by today in which the student was enrolled on or before that year's `spring_by` and
/// had not exited before the window opened". A `spring-review` event completes its own
/// school year's instance, dated from its opening to the end of that school year;
/// `done` and `waive` close the earliest open instance, an overdue earlier year first.
fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    if s.track != Track::Entree {
        return;
    }
    let first_exit = s.exits().map(|(_, e, _)| e.date).min();
    let mut inst = Instances::new(&RULE, out);
    for sy in cx.sy.of(s.enrolled)..=cx.sy.of(cx.today) {
        let opens = cx.sy.day_in(sy, cx.settings.spring_from);
        let due = cx.sy.day_in(sy, cx.settings.spring_by);
        if s.enrolled > due || first_exit.is_some_and(|d| d < opens) {
            continue;
        }
        inst.add(out, opens, due, Window::until(opens, cx.sy.end(sy)), None);
    }
    inst.finish(cx, out);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::dates::MonthDay;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "in het voorjaar": from 1 March, due 31 May, of the school year.
    #[test]
    fn spring_window_of_the_school_year() {
        let s = student("entree").enrolled("2025-08-25");
        assert_eq!(
            s.open(&RULE, "2026-02-28"),
            [w("2026-03-01", "2026-05-31", Upcoming)]
        );
        assert_eq!(s.open(&RULE, "2026-06-01")[0].2, Overdue);
    }

    /// The instance exists once the school year has begun, not before.
    #[test]
    fn school_year_boundary() {
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-04-01", "kind = \"spring-review\"");
        assert!(s.open(&RULE, "2026-07-31").is_empty());
        assert_eq!(
            s.open(&RULE, "2026-08-01"),
            [w("2027-03-01", "2027-05-31", Upcoming)]
        );
    }

    /// RULES.md, "Completion": "A completing event counts when dated on or after the day
    /// the action opens"; the table: "`spring-review` dated in that school year". A
    /// review in February, before the window opens on 1 March, no longer counts (until
    /// 2026-11-27 any review in the school year did); one in the window does.
    #[test]
    fn review_counts_from_the_opening_to_the_end_of_its_school_year() {
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-02-10", "kind = \"spring-review\"");
        assert_eq!(s.open(&RULE, "2026-03-15"), [w("2026-03-01", "2026-05-31", Open)]);
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-03-01", "kind = \"spring-review\"");
        assert!(s.open(&RULE, "2026-03-15").is_empty());
        // Late, in June of the same school year, still counts.
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-06-20", "kind = \"spring-review\"");
        assert!(s.open(&RULE, "2026-07-01").is_empty());
        let s = student("entree")
            .enrolled("2024-08-26")
            .event("2025-04-10", "kind = \"spring-review\"");
        assert_eq!(s.open(&RULE, "2026-03-15"), [w("2026-03-01", "2026-05-31", Open)]);
    }

    #[test]
    fn not_after_leaving_before_the_window() {
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-02-01", "kind = \"exit\"; destination = \"none\"");
        assert!(s.of(&RULE, "2026-03-15").is_empty());
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-04-01", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(s.open(&RULE, "2026-06-15")[0].2, Overdue);
    }

    #[test]
    fn enrolled_after_the_window_is_not_reviewed_that_year() {
        let s = student("entree").enrolled("2026-06-15");
        assert!(s.of(&RULE, "2026-06-20").is_empty());
    }

    #[test]
    fn calendar_settings_move_the_window() {
        let s = student("entree").enrolled("2025-08-25").settings(|s| {
            s.spring_from = MonthDay::new(2, 1);
            s.spring_by = MonthDay::new(4, 30);
        });
        assert_eq!(
            s.open(&RULE, "2026-01-15"),
            [w("2026-02-01", "2026-04-30", Upcoming)]
        );
    }

    #[test]
    fn pro_has_no_spring_review_and_region_applies() {
        assert!(student("pro").of(&RULE, "2026-03-15").is_empty());
        assert!(
            student("entree")
                .enrolled("2025-08-25")
                .lives_in("Hoorn")
                .of(&RULE, "2026-03-15")
                .is_empty()
        );
    }
}
