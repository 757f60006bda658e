//! `level-2-handover`, MBO Entree with diploma to a level-2 programme. Source 000,
//! Diplomeren en doorstroom naar MBO 2: "Daarna zal de mentor de student “warm”
//! overdragen en de ontvangende opleiding zo veel mogelijk informatie over de student
//! geven".

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, per_exit};
use crate::student::{Destination, Diploma, EventKind, HandoverTo, Track};

pub(crate) static RULE: Rule = Rule {
    id: "level-2-handover",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Warm handover to the level-2 programme",
        nl: "Warme overdracht naar de niveau 2-opleiding",
    },
    when: When::on_exit(Title {
        en: "MBO Entree: each `exit` with `diploma = \"entree\"` to `education`",
        nl: "MBO Entree: elke `uitschrijving` met `diploma = \"entree\"` naar `education`",
    }),
    source: "000 Diplomeren en doorstroom naar MBO 2: \"Daarna zal de mentor de student “warm” overdragen en de ontvangende opleiding zo veel mogelijk informatie over de student geven\"",
    completed_by: Title {
        en: "a `handover` event with `to = \"school\"` (after the previous exit)",
        nl: "een gebeurtenis `warme-overdracht` met `to = \"school\"` (na de laatste uitschrijving)",
    },
    completes: |k| {
        matches!(
            k,
            EventKind::Handover {
                to: HandoverTo::School,
                ..
            }
        )
    },
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if cx.student.track != Track::Entree {
        return;
    }
    per_exit(cx, &RULE, out, |e, exit| {
        (exit.diploma == Some(Diploma::Entree) && exit.is_to(Destination::Education)).then_some((
            e.date,
            e.date,
            &RULE.title,
        ))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    const TO_LEVEL_2: &str = "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"; programme = \"Logistiek niveau 2\"";

    /// "Daarna zal de mentor de student “warm” overdragen".
    #[test]
    fn on_the_exit_date() {
        let s = student("entree").event("2026-07-03", TO_LEVEL_2);
        assert_eq!(
            s.open(&RULE, "2026-07-06"),
            [w("2026-07-03", "2026-07-03", Overdue)]
        );
    }

    #[test]
    fn handover_to_school_completes_it_even_just_before_the_exit() {
        let s = student("entree")
            .event("2026-06-30", "kind = \"handover\"; to = \"school\"")
            .event("2026-07-03", TO_LEVEL_2);
        assert!(s.open(&RULE, "2026-07-06").is_empty());
    }

    #[test]
    fn not_without_the_diploma_or_to_work() {
        let s = student("entree").event("2026-07-03", "kind = \"exit\"; destination = \"education\"");
        assert!(s.of(&RULE, "2026-07-06").is_empty());
        let s = student("entree").event(
            "2026-07-03",
            "kind = \"exit\"; destination = \"work\"; diploma = \"entree\"",
        );
        assert!(s.of(&RULE, "2026-07-06").is_empty());
    }
}
