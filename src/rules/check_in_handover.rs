//! `check-in-handover`: a warm handover with a support question to Jongerenpunt
//! Check-In. Source 000, Stap B Uitstroom Arbeid (Pro/VSO): "Als het de school niet lukt
//! om een werkplek te vinden of als hij loonkostensubsidie heeft, dan wordt de leerling
//! (vanuit Route Arbeid+) opgepakt door het Jongerenpunt Check-In. Er is dan sprake van een
//! warme overdracht met ondersteuningsvraag." Entree, Diplomeren en uitstroom naar werk:
//! "Als het de school niet lukt om een werkplek te vinden, dan wordt de student geholpen
//! door het Jongerenpunt Check-In."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, per_exit};
use crate::student::{Destination, EventKind, HandoverTo, Track};

pub(crate) static RULE: Rule = Rule {
    id: "check-in-handover",
    scope: Scope::Route,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Warm handover with support question to Jongerenpunt Check-In",
        nl: "Warme overdracht met ondersteuningsvraag aan Jongerenpunt Check-In",
    },
    when: When::on_exit(Title {
        en: "Pro and VSO: each `exit` to `work`, `sheltered-work` or `practical-learning` with `job_found = false` or `wage_subsidy = true`; MBO Entree: each `exit` to `work` with `job_found = false`",
        nl: "Pro en VSO: elke `uitschrijving` naar `work`, `sheltered-work` of `practical-learning` met `job_found = false` of `wage_subsidy = true`; MBO Entree: elke `uitschrijving` naar `work` met `job_found = false`",
    }),
    source: "000 Stap B, Uitstroom Arbeid: \"Als het de school niet lukt om een werkplek te vinden of als hij loonkostensubsidie heeft, dan wordt de leerling (vanuit Route Arbeid+) opgepakt door het Jongerenpunt Check-In. Er is dan sprake van een warme overdracht met ondersteuningsvraag.\"; Entree, Diplomeren en uitstroom naar werk",
    completed_by: Title {
        en: "a `handover` event with `to = \"check-in\"` (after the previous exit)",
        nl: "een gebeurtenis `warme-overdracht` met `to = \"check-in\"` (na de laatste uitschrijving)",
    },
    completes: |k| {
        matches!(
            k,
            EventKind::Handover {
                to: HandoverTo::CheckIn,
                ..
            }
        )
    },
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let track = cx.student.track;
    per_exit(cx, &RULE, out, |e, exit| {
        let applies = match track {
            Track::Pro | Track::Vso => {
                exit.is_to_work_like() && (exit.job_found == Some(false) || exit.wage_subsidy == Some(true))
            }
            Track::Entree => exit.is_to(Destination::Work) && exit.job_found == Some(false),
        };
        applies.then_some((e.date, e.date, &RULE.title))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    fn exit(track: &str, fields: &str) -> crate::rules::testing::S {
        student(track)
            .born("2008-05-14")
            .event("2026-07-10", &format!("kind = \"exit\"; {fields}"))
    }

    /// "Als het de school niet lukt om een werkplek te vinden": no job found.
    #[test]
    fn pro_without_a_job_is_handed_over() {
        let s = exit("pro", "destination = \"work\"; job_found = false");
        assert_eq!(s.open(&RULE, "2026-07-10"), [w("2026-07-10", "2026-07-10", Open)]);
    }

    /// "of als hij loonkostensubsidie heeft": also with a job.
    #[test]
    fn pro_with_wage_subsidy_is_handed_over() {
        let s = exit(
            "vso",
            "destination = \"sheltered-work\"; job_found = true; wage_subsidy = true",
        );
        assert_eq!(s.of(&RULE, "2026-07-10").len(), 1);
        let s = exit("vso", "destination = \"practical-learning\"; job_found = false");
        assert_eq!(s.of(&RULE, "2026-07-10").len(), 1);
    }

    #[test]
    fn pro_with_a_job_and_no_subsidy_is_not() {
        assert!(
            exit(
                "pro",
                "destination = \"work\"; job_found = true; wage_subsidy = false"
            )
            .of(&RULE, "2026-07-10")
            .is_empty()
        );
        assert!(
            exit("pro", "destination = \"work\"")
                .of(&RULE, "2026-07-10")
                .is_empty()
        );
    }

    /// Entree: only an exit to work without a job; wage subsidy alone does not count.
    #[test]
    fn entree_to_work_without_a_job() {
        assert_eq!(
            exit("entree", "destination = \"work\"; job_found = false")
                .of(&RULE, "2026-07-10")
                .len(),
            1
        );
        assert!(
            exit(
                "entree",
                "destination = \"work\"; job_found = true; wage_subsidy = true"
            )
            .of(&RULE, "2026-07-10")
            .is_empty()
        );
        assert!(
            exit(
                "entree",
                "destination = \"practical-learning\"; job_found = false"
            )
            .of(&RULE, "2026-07-10")
            .is_empty()
        );
    }

    /// A warm handover is often arranged in the days before the student leaves.
    #[test]
    fn handover_before_the_exit_completes_it() {
        let s = student("pro")
            .event(
                "2026-07-06",
                "kind = \"handover\"; to = \"check-in\"; support_question = true",
            )
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"work\"; job_found = false",
            );
        assert!(s.open(&RULE, "2026-07-11").is_empty());
    }

    #[test]
    fn handover_elsewhere_does_not_complete_it() {
        let s = exit("pro", "destination = \"work\"; job_found = false")
            .event("2026-07-12", "kind = \"handover\"; to = \"doorstroompunt\"");
        assert_eq!(s.open(&RULE, "2026-07-13")[0].2, Overdue);
    }

    #[test]
    fn only_in_the_region() {
        assert!(
            exit("pro", "destination = \"work\"; job_found = false")
                .lives_in("Haarlem")
                .of(&RULE, "2026-07-10")
                .is_empty()
        );
    }
}
