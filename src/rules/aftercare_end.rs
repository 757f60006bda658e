//! `aftercare-end`, Pro and VSO: the school's aftercare duty ends two years after exit.
//! Source 000, first page: "Monitoring en nazorg door de school tot 2 jaar na
//! uitschrijving."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, State, Title, When, Window, no_domain_event};
use crate::dates;

pub(crate) static RULE: Rule = Rule {
    id: "aftercare-end",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Milestone,
    title: Title {
        en: "End of the school's aftercare (2 years after exit)",
        nl: "Einde nazorg door de school (2 jaar na uitschrijving)",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students who have left (a milestone)",
            nl: "Pro- en VSO-leerlingen die de school hebben verlaten (een mijlpaal)",
        },
        opens: Title {
            en: "the last exit + 2 years",
            nl: "de laatste uitschrijving + 2 jaar",
        },
        due: Title {
            en: "the last exit + 2 years",
            nl: "de laatste uitschrijving + 2 jaar",
        },
    },
    source: "000 Route naar succes: \"Monitoring en nazorg door de school tot 2 jaar na uitschrijving.\"",
    completed_by: Title {
        en: "nothing: a milestone is information",
        nl: "niets: een mijlpaal is ter informatie",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if !cx.student.is_pro_vso() {
        return;
    }
    if let Some((i, e, _)) = cx.student.exits().last() {
        let end = dates::add_years(e.date, 2);
        out.push(Action {
            rule: &RULE,
            opens: end,
            due: end,
            title: &RULE.title,
            state: State::Open,
            deferred: None,
            trigger: Some(crate::student::compact(i)),
            window: Window::from(end),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Monitoring en nazorg door de school tot 2 jaar na uitschrijving."
    #[test]
    fn two_years_after_exit() {
        let s = student("vso").event("2026-07-10", "kind = \"exit\"; destination = \"day-activities\"");
        assert_eq!(
            s.open(&RULE, "2026-07-11"),
            [w("2028-07-10", "2028-07-10", Upcoming)]
        );
    }

    /// 29 February + 2 years = 28 February (date arithmetic, not an age).
    #[test]
    fn exit_on_29_february() {
        let s = student("pro").event("2028-02-29", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(
            s.open(&RULE, "2028-03-01")[0].0,
            crate::rules::testing::date("2030-02-28")
        );
    }

    #[test]
    fn not_before_exit_nor_for_entree() {
        assert!(student("pro").of(&RULE, "2026-07-11").is_empty());
        let s = student("entree").event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert!(s.of(&RULE, "2026-07-11").is_empty());
    }

    #[test]
    fn outside_the_region_too() {
        let s = student("pro")
            .lives_in("Den Helder")
            .event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert_eq!(s.of(&RULE, "2026-07-11").len(), 1);
    }
}
