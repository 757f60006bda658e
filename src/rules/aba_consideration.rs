//! `aba-consideration`, MBO Entree. Source 000, Entree, Aanvraag ABA: "Als de student
//! dreigt uit te vallen en er is geen ABA (aanvraag beoordeling arbeidsvermogen)
//! aangevraagd vanuit de vorige school, gaat de uitstroomcoördinator met de student in
//! gesprek om te onderzoeken of opname in het Doelgroepregister helpend zou zijn".

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each};
use crate::student::{EventKind, Track};

pub(crate) static RULE: Rule = Rule {
    id: "aba-consideration",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Consider an ABA (doelgroepregister) with the student at risk of dropping out",
        nl: "Met de student onderzoeken of een ABA (doelgroepregister) helpt",
    },
    when: When::follow_up(Title {
        en: "MBO Entree: the same events as `advice-meeting`, when no `aba-submitted` comes before them",
        nl: "MBO Entree: dezelfde gebeurtenissen als bij `advice-meeting`, als er geen `aba-aangevraagd` aan voorafgaat",
    }),
    source: "000 Entree, Aanvraag ABA: \"Als de student dreigt uit te vallen en er is geen ABA (aanvraag beoordeling arbeidsvermogen) aangevraagd vanuit de vorige school, gaat de uitstroomcoördinator met de student in gesprek om te onderzoeken of opname in het Doelgroepregister helpend zou zijn\"",
    completed_by: Title {
        en: "an `aba-submitted` or `register-discussed` event, or `uitstroom done`",
        nl: "een gebeurtenis `aba-aangevraagd` of `doelgroepregister-besproken`, of `uitstroom done`",
    },
    completes: |k| matches!(k, EventKind::AbaSubmitted | EventKind::RegisterDiscussed),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if cx.student.track != Track::Entree {
        return;
    }
    follow_up_each(cx, &RULE, out, |e, before| {
        (super::advice_meeting::is_trigger(e, before) && !before.aba_submitted).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Als de student dreigt uit te vallen en er is geen ABA … aangevraagd".
    #[test]
    fn after_a_dropout_risk_without_aba() {
        let s = student("entree").event("2026-02-20", "kind = \"dropout-risk\"");
        assert_eq!(s.open(&RULE, "2026-02-21"), [w("2026-02-20", "2026-03-06", Open)]);
    }

    #[test]
    fn after_a_stop_advice_too() {
        let s = student("entree").event("2025-12-12", "kind = \"study-advice\"; outcome = \"stop\"");
        assert_eq!(s.of(&RULE, "2025-12-12").len(), 1);
    }

    /// "… aangevraagd vanuit de vorige school": an earlier ABA makes it unnecessary.
    #[test]
    fn not_when_an_aba_was_submitted_before() {
        let s = student("entree")
            .event("2025-09-01", "kind = \"aba-submitted\"")
            .event("2026-02-20", "kind = \"dropout-risk\"");
        assert!(s.of(&RULE, "2026-02-21").is_empty());
    }

    #[test]
    fn aba_or_register_discussion_completes_it() {
        for kind in ["aba-submitted", "register-discussed"] {
            let s = student("entree")
                .event("2026-02-20", "kind = \"dropout-risk\"")
                .event("2026-03-01", &format!("kind = \"{kind}\""));
            assert!(s.open(&RULE, "2026-03-02").is_empty(), "{kind}");
        }
    }

    /// A school duty: also outside the region.
    #[test]
    fn outside_the_region_too() {
        let s = student("entree")
            .lives_in("Hoorn")
            .event("2026-02-20", "kind = \"dropout-risk\"");
        assert_eq!(s.of(&RULE, "2026-02-21").len(), 1);
    }
}
