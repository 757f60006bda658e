//! `exit-interview`, MBO Entree leaving without a diploma. Source 000, Stoppen met de
//! opleiding zonder diploma: "Als de student niet door kan met zijn Entree-opleiding en
//! daardoor uitstroomt zonder diploma voert school een ‘exitgesprek’. Leerplicht (mbo) of
//! de Doorstroomcoach worden tijdig op de hoogte gebracht door school".

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, per_exit};
use crate::dates;
use crate::student::{EventKind, Track};

pub(crate) static RULE: Rule = Rule {
    id: "exit-interview",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Exit interview (leaving without a diploma)",
        nl: "Exitgesprek (uitstroom zonder diploma)",
    },
    when: When::on_exit(Title {
        en: "MBO Entree: each `exit` without a `diploma` (or with `diploma = \"none\"`)",
        nl: "MBO Entree: elke `uitschrijving` zonder `diploma` (of met `diploma = \"none\"`)",
    }),
    source: "000 Stoppen met de opleiding zonder diploma: \"Als de student niet door kan met zijn Entree-opleiding en daardoor uitstroomt zonder diploma voert school een ‘exitgesprek’. Leerplicht (mbo) of de Doorstroomcoach worden tijdig op de hoogte gebracht door school\"",
    completed_by: Title {
        en: "an `exit-interview` event (after the previous exit)",
        nl: "een gebeurtenis `exitgesprek` (na de laatste uitschrijving)",
    },
    completes: |k| matches!(k, EventKind::ExitInterview),
    actions,
};

static INFORM_LEERPLICHT: Title = Title {
    en: "Exit interview (leaving without a diploma); inform Leerplicht (under 18)",
    nl: "Exitgesprek (uitstroom zonder diploma); Leerplicht informeren (jonger dan 18)",
};

static INFORM_DOORSTROOMCOACH: Title = Title {
    en: "Exit interview (leaving without a diploma); inform the Doorstroomcoach",
    nl: "Exitgesprek (uitstroom zonder diploma); Doorstroomcoach informeren",
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if cx.student.track != Track::Entree {
        return;
    }
    per_exit(cx, &RULE, out, |e, exit| {
        if !exit.without_diploma() {
            return None;
        }
        // Under 18 the kwalificatieplicht applies: Leerplicht (mbo) is the one to inform.
        let title = if dates::younger_than(cx.student.birth_date, 18, e.date) {
            &INFORM_LEERPLICHT
        } else {
            &INFORM_DOORSTROOMCOACH
        };
        Some((e.date, e.date, title))
    });
}

#[cfg(test)]
mod tests {
    use super::{INFORM_DOORSTROOMCOACH, INFORM_LEERPLICHT, RULE};
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "uitstroomt zonder diploma voert school een ‘exitgesprek’".
    #[test]
    fn on_the_exit_date_without_diploma() {
        for fields in [
            "destination = \"none\"",
            "destination = \"work\"; diploma = \"none\"",
        ] {
            let s = student("entree").event("2026-03-10", &format!("kind = \"exit\"; {fields}"));
            assert_eq!(
                s.open(&RULE, "2026-03-10"),
                [w("2026-03-10", "2026-03-10", Open)],
                "{fields}"
            );
        }
    }

    #[test]
    fn not_with_a_diploma_or_for_pro() {
        let s = student("entree").event(
            "2026-07-10",
            "kind = \"exit\"; destination = \"work\"; diploma = \"entree\"",
        );
        assert!(s.of(&RULE, "2026-07-10").is_empty());
        let s = student("pro").event("2026-07-10", "kind = \"exit\"; destination = \"none\"");
        assert!(s.of(&RULE, "2026-07-10").is_empty());
    }

    /// "Leerplicht (mbo) of de Doorstroomcoach": Leerplicht under 18, else the Doorstroomcoach.
    #[test]
    fn title_names_whom_to_inform() {
        let s = student("entree")
            .born("2008-05-14")
            .event("2026-05-13", "kind = \"exit\"; destination = \"none\"");
        assert!(std::ptr::eq(s.one(&RULE, "2026-05-13").title, &INFORM_LEERPLICHT));
        let s = student("entree")
            .born("2008-05-14")
            .event("2026-05-14", "kind = \"exit\"; destination = \"none\"");
        assert!(std::ptr::eq(
            s.one(&RULE, "2026-05-14").title,
            &INFORM_DOORSTROOMCOACH
        ));
    }

    #[test]
    fn interview_before_or_after_the_exit_completes_it() {
        let s = student("entree")
            .event("2026-03-09", "kind = \"exit-interview\"")
            .event("2026-03-10", "kind = \"exit\"; destination = \"none\"");
        assert!(s.open(&RULE, "2026-03-11").is_empty());
    }

    #[test]
    fn outside_the_region_too() {
        let s = student("entree")
            .lives_in("Hoorn")
            .event("2026-03-10", "kind = \"exit\"; destination = \"none\"");
        assert_eq!(s.of(&RULE, "2026-03-10").len(), 1);
    }
}
