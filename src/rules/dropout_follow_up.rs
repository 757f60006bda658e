//! `dropout-follow-up`, a former student at risk of dropping out of the follow-up
//! programme. Source 000, Nazorg Onderwijs: "Wanneer blijkt dat de leerling dreigt uit te
//! vallen of dat hij moet stoppen met zijn opleiding, dan neemt het Doorstroompunt
//! contact met hem op."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each, no_domain_event};
use crate::student::{Destination, EventKind};

pub(crate) static RULE: Rule = Rule {
    id: "dropout-follow-up",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "At risk of dropping out of the follow-up programme: contact the young person",
        nl: "Dreigt uit te vallen bij de vervolgopleiding: contact opnemen met de jongere",
    },
    when: When::follow_up(Title {
        en: "all tracks: each `dropout-risk` event after an exit to `education`",
        nl: "alle schoolsoorten: elke `dreigende-uitval` na een uitschrijving naar `education`",
    }),
    source: "000 Nazorg Onderwijs: \"Wanneer blijkt dat de leerling dreigt uit te vallen of dat hij moet stoppen met zijn opleiding, dan neemt het Doorstroompunt contact met hem op.\"",
    completed_by: Title {
        en: "`uitstroom done ID dropout-follow-up`",
        nl: "`uitstroom done ID dropout-follow-up`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    follow_up_each(cx, &RULE, out, |e, before| {
        let after_education = before.exit.is_some_and(|x| x.is_to(Destination::Education));
        (matches!(e.kind, EventKind::DropoutRisk) && after_education).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "dreigt uit te vallen … dan neemt het Doorstroompunt contact met hem op".
    #[test]
    fn after_an_exit_to_education() {
        let s = student("vso")
            .event("2026-06-26", "kind = \"exit\"; destination = \"education\"")
            .event("2026-10-15", "kind = \"dropout-risk\"");
        assert_eq!(
            s.open(&RULE, "2026-10-30"),
            [w("2026-10-15", "2026-10-29", Overdue)]
        );
    }

    #[test]
    fn not_at_school_or_after_an_exit_to_work() {
        assert!(
            student("vso")
                .event("2026-02-15", "kind = \"dropout-risk\"")
                .of(&RULE, "2026-02-15")
                .is_empty()
        );
        let s = student("vso")
            .event("2026-06-26", "kind = \"exit\"; destination = \"work\"")
            .event("2026-10-15", "kind = \"dropout-risk\"");
        assert!(s.of(&RULE, "2026-10-15").is_empty());
    }

    #[test]
    fn done_completes_it() {
        let s = student("entree")
            .event(
                "2026-07-03",
                "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
            )
            .event("2026-10-15", "kind = \"dropout-risk\"")
            .event("2026-10-20", "kind = \"done\"; rule = \"dropout-follow-up\"");
        assert!(s.open(&RULE, "2026-10-21").is_empty());
    }
}
