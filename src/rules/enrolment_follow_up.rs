//! `enrolment-follow-up`, after an `enrolment-missing` signal. Source 000, Stap B
//! Doorstroom Onderwijs: "Wanneer er geen schoolinschrijving zichtbaar is, neemt de
//! Doorstroomcoach contact op met de leerling en/of school om na te gaan of de aanmelding
//! is gelukt of dat leerling ondersteuning nodig heeft."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "enrolment-follow-up",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "No enrolment visible: contact the student and/or school",
        nl: "Geen inschrijving zichtbaar: contact opnemen met leerling en/of school",
    },
    when: When::follow_up(Title {
        en: "all tracks: each `enrolment-missing` event",
        nl: "alle schoolsoorten: elke `inschrijving-ontbreekt`",
    }),
    source: "000 Stap B, Doorstroom Onderwijs: \"Wanneer er geen schoolinschrijving zichtbaar is, neemt de Doorstroomcoach contact op met de leerling en/of school om na te gaan of de aanmelding is gelukt of dat leerling ondersteuning nodig heeft.\"",
    completed_by: Title {
        en: "an `enrolment-confirmed` event, or `uitstroom done`",
        nl: "een gebeurtenis `inschrijving-bevestigd`, of `uitstroom done`",
    },
    completes: |k| matches!(k, EventKind::EnrolmentConfirmed),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    follow_up_each(cx, &RULE, out, |e, _| {
        matches!(e.kind, EventKind::EnrolmentMissing).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, student, w};

    fn missing() -> S {
        student("pro")
            .event("2026-06-26", "kind = \"exit\"; destination = \"education\"")
            .event("2026-08-03", "kind = \"enrolment-missing\"")
    }

    /// "Wanneer er geen schoolinschrijving zichtbaar is, neemt de Doorstroomcoach contact op".
    #[test]
    fn follow_up_within_the_term() {
        assert_eq!(
            missing().open(&RULE, "2026-08-03"),
            [w("2026-08-03", "2026-08-17", Open)]
        );
        assert_eq!(missing().open(&RULE, "2026-08-18")[0].2, Overdue);
    }

    #[test]
    fn confirmed_enrolment_or_done_completes_it() {
        assert!(
            missing()
                .event("2026-08-10", "kind = \"enrolment-confirmed\"")
                .open(&RULE, "2026-08-11")
                .is_empty()
        );
        assert!(
            missing()
                .event("2026-08-10", "kind = \"done\"; rule = \"enrolment-follow-up\"")
                .open(&RULE, "2026-08-11")
                .is_empty()
        );
    }

    #[test]
    fn follow_up_days_setting() {
        let s = missing().settings(|s| s.follow_up_days = 30);
        assert_eq!(
            s.open(&RULE, "2026-08-03")[0].1,
            crate::rules::testing::date("2026-09-02")
        );
    }

    #[test]
    fn only_in_the_region() {
        assert!(missing().lives_in("Hoorn").of(&RULE, "2026-08-03").is_empty());
    }
}
