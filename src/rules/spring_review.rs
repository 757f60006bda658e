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
        applies: "MBO Entree: each school year that has begun, in which the student was enrolled on or before that year's `calendar.spring_by` and had not left before the window opened",
        opens: "`calendar.spring_from` of that school year (default 1 March)",
        due: "`calendar.spring_by` of that school year (default 31 May)",
    },
    source: "000 Entree: \"De school bespreekt in het voorjaar de uitstroomperspectief met Leerplicht en Doorstroompunt.\"",
    completed_by: "a `spring-review` event dated in that school year",
    completes: |k| matches!(k, EventKind::SpringReview),
    actions,
};

/// One instance per school year that has begun by today, in which the student was
/// enrolled (by the end of the window) and had not left before the window opened.
fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    if s.track != Track::Entree {
        return;
    }
    let mut inst = Instances::new(cx, &RULE);
    for sy in cx.sy.of(s.enrolled)..=cx.sy.of(cx.today) {
        let opens = cx.sy.day_in(sy, cx.settings.spring_from);
        let due = cx.sy.day_in(sy, cx.settings.spring_by);
        if s.enrolled > due || s.exits().any(|(_, e, _)| e.date < opens) {
            continue;
        }
        let window = Window {
            from: cx.sy.start(sy),
            until: cx.sy.end(sy),
            after: None,
        };
        out.push(inst.add(opens, due, window, None));
    }
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

    /// "dated in that school year": a review in February of the same year counts.
    #[test]
    fn review_in_the_same_school_year_completes_it() {
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2026-02-10", "kind = \"spring-review\"");
        assert!(s.open(&RULE, "2026-03-15").is_empty());
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
