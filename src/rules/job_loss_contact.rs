//! `job-loss-contact`, after a former student who left for work lost the job. Source
//! 000, Stap B Uitstroom Arbeid: "Als uit de monitor blijkt dat de leerling geen werk
//! meer heeft en bij het verlaten van de school warm is overgedragen aan het Jongerenpunt
//! Check-In met ondersteuningsvraag, dan neemt de Doorstroomcoach contact op met het
//! Jongerenpunt Check-In voor nadere informatie. Als de leerling de school verlaat met
//! werk en daarna zijn baan verliest, dan neemt de Doorstroomcoach contact op met de
//! leerling als er bij uitstroom geen warme overdracht heeft plaatsgevonden".

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each, no_domain_event};
use crate::student::{EventKind, Exit};

pub(crate) static RULE: Rule = Rule {
    id: "job-loss-contact",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "Job lost: contact the student",
        nl: "Baan kwijt: contact opnemen met de jongere",
    },
    when: When::follow_up(Title {
        en: "all tracks: each `job-lost` event after an exit to `work`, `sheltered-work` or `practical-learning`",
        nl: "alle schoolsoorten: elke `baan-kwijt` na een uitschrijving naar `work`, `sheltered-work` of `practical-learning`",
    }),
    source: "000 Stap B, Uitstroom Arbeid: \"… dan neemt de Doorstroomcoach contact op met het Jongerenpunt Check-In voor nadere informatie. … dan neemt de Doorstroomcoach contact op met de leerling als er bij uitstroom geen warme overdracht heeft plaatsgevonden\"; Nazorg Arbeid",
    completed_by: Title {
        en: "`uitstroom done ID job-loss-contact`",
        nl: "`uitstroom done ID job-loss-contact`",
    },
    completes: no_domain_event,
    actions,
};

static CONTACT_JONGERENADVISEUR: Title = Title {
    en: "Job lost: contact the Jongerenadviseur (warm handover with support question)",
    nl: "Baan kwijt: contact opnemen met de Jongerenadviseur (warme overdracht met ondersteuningsvraag)",
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    follow_up_each(cx, &RULE, out, |e, before| {
        if !matches!(e.kind, EventKind::JobLost) {
            return None;
        }
        // RULES.md: "after an exit with destination `work`, `sheltered-work` or
        // `practical-learning` (all paid work)".
        if !before.exit.is_some_and(Exit::is_to_work_like) {
            return None;
        }
        Some(if before.support_handover {
            &CONTACT_JONGERENADVISEUR
        } else {
            &RULE.title
        })
    });
}

#[cfg(test)]
mod tests {
    use super::{CONTACT_JONGERENADVISEUR, RULE};
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    const TO_WORK: &str = "kind = \"exit\"; destination = \"work\"; job_found = true";

    /// "… neemt de Doorstroomcoach contact op met de leerling als er bij uitstroom geen
    /// warme overdracht heeft plaatsgevonden".
    #[test]
    fn contact_the_student_without_a_handover() {
        let s = student("pro")
            .event("2026-07-10", TO_WORK)
            .event("2026-11-02", "kind = \"job-lost\"");
        let a = s.one(&RULE, "2026-11-02");
        assert_eq!(
            (a.opens, a.due),
            (
                crate::rules::testing::date("2026-11-02"),
                crate::rules::testing::date("2026-11-16")
            )
        );
        assert!(std::ptr::eq(a.title, &RULE.title));
    }

    /// "… warm is overgedragen aan het Jongerenpunt Check-In met ondersteuningsvraag, dan
    /// neemt de Doorstroomcoach contact op met het Jongerenpunt Check-In".
    #[test]
    fn contact_the_jongerenadviseur_after_a_handover() {
        let s = student("pro")
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"work\"; wage_subsidy = true",
            )
            .event(
                "2026-07-10",
                "kind = \"handover\"; to = \"check-in\"; support_question = true",
            )
            .event("2026-11-02", "kind = \"job-lost\"");
        assert!(std::ptr::eq(
            s.one(&RULE, "2026-11-02").title,
            &CONTACT_JONGERENADVISEUR
        ));
    }

    #[test]
    fn only_after_an_exit_to_work() {
        let s = student("pro")
            .event("2026-07-10", "kind = \"exit\"; destination = \"education\"")
            .event("2026-11-02", "kind = \"job-lost\"");
        assert!(s.of(&RULE, "2026-11-02").is_empty());
        let s = student("pro").event("2026-03-02", "kind = \"job-lost\"");
        assert!(s.of(&RULE, "2026-03-02").is_empty());
    }

    #[test]
    fn done_completes_it() {
        let s = student("entree")
            .event("2026-07-10", TO_WORK)
            .event("2026-11-02", "kind = \"job-lost\"")
            .event("2026-11-05", "kind = \"done\"; rule = \"job-loss-contact\"");
        assert_eq!(s.open(&RULE, "2026-11-06"), []);
        let s = student("entree")
            .event("2026-07-10", TO_WORK)
            .event("2026-11-02", "kind = \"job-lost\"");
        assert_eq!(
            s.open(&RULE, "2026-11-17"),
            [w("2026-11-02", "2026-11-16", Overdue)]
        );
    }
}
