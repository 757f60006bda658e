//! `jobcoach-assessment`, Pro and VSO leaving for work, sheltered work or practical
//! learning. Source 000, Stap B Uitstroom Arbeid: "Bij de uitstroom wordt er altijd
//! gekeken of inzet van een jobcoach nodig is."; Uitstroom Praktijkleren: "Bij deze
//! uitstroomrichting gelden dezelfde richtlijnen als bij uitstroom arbeid."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, per_exit};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "jobcoach-assessment",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Assess whether a jobcoach is needed (at exit to work)",
        nl: "Bekijken of inzet van een jobcoach nodig is (bij uitstroom naar werk)",
    },
    when: When::on_exit(Title {
        en: "Pro and VSO: each `exit` to `work`, `sheltered-work` or `practical-learning`",
        nl: "Pro en VSO: elke `uitschrijving` naar `work`, `sheltered-work` of `practical-learning`",
    }),
    source: "000 Stap B, Uitstroom Arbeid: \"Bij de uitstroom wordt er altijd gekeken of inzet van een jobcoach nodig is.\"; Uitstroom Praktijkleren",
    completed_by: Title {
        en: "a `jobcoach-assessed` event (after the previous exit)",
        nl: "een gebeurtenis `jobcoach-bekeken` (na de laatste uitschrijving)",
    },
    completes: |k| matches!(k, EventKind::JobcoachAssessed { .. }),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if !cx.student.is_pro_vso() {
        return;
    }
    per_exit(cx, &RULE, out, |e, exit| {
        exit.is_to_work_like().then_some((e.date, e.date, &RULE.title))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Bij de uitstroom wordt er altijd gekeken of inzet van een jobcoach nodig is."
    #[test]
    fn due_on_the_exit_date_for_work_like_exits() {
        for dest in ["work", "sheltered-work", "practical-learning"] {
            let s = student("vso").event(
                "2026-07-10",
                &format!("kind = \"exit\"; destination = \"{dest}\""),
            );
            assert_eq!(
                s.open(&RULE, "2026-07-10"),
                [w("2026-07-10", "2026-07-10", Open)],
                "{dest}"
            );
            assert_eq!(s.open(&RULE, "2026-07-11")[0].2, Overdue);
        }
    }

    #[test]
    fn not_for_other_destinations_or_entree() {
        let s = student("pro").event("2026-07-10", "kind = \"exit\"; destination = \"education\"");
        assert!(s.of(&RULE, "2026-07-10").is_empty());
        let s = student("entree").event("2026-07-10", "kind = \"exit\"; destination = \"work\"");
        assert!(s.of(&RULE, "2026-07-10").is_empty());
    }

    /// An assessment arranged in the days before the exit completes it.
    #[test]
    fn assessment_before_the_exit_counts() {
        let s = student("pro")
            .event("2026-07-01", "kind = \"jobcoach-assessed\"; needed = true")
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"work\"; job_found = true",
            );
        assert!(s.open(&RULE, "2026-07-11").is_empty());
    }

    /// ... but not one from before an earlier exit.
    #[test]
    fn assessment_before_a_previous_exit_does_not_count_again() {
        let s = student("pro")
            .event("2025-07-01", "kind = \"jobcoach-assessed\"; needed = false")
            .event("2025-07-10", "kind = \"exit\"; destination = \"work\"")
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"practical-learning\"",
            );
        let open = s.open(&RULE, "2026-07-11");
        assert_eq!(open, [w("2026-07-10", "2026-07-10", Overdue)]);
    }
}
