//! `reintegration-municipality`, after a job loss of a young person with an indicatie
//! banenafspraak. Source 000, Nazorg Arbeid: "Als de leerling een indicatie
//! ‘banenafspraak’ heeft, dan ligt de verantwoordelijkheid voor re-integratie bij de
//! gemeente op grond van de Participatiewet. De Jongerenadviseur van het Jongerenpunt
//! Check-In gaat dan aan de slag met de leerling."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each, no_domain_event};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "reintegration-municipality",
    scope: Scope::Route,
    owner: Owner::CheckIn,
    kind: ActionKind::Task,
    title: Title {
        en: "Job lost with indicatie banenafspraak: reintegration by the municipality (Participatiewet)",
        nl: "Baan kwijt met indicatie banenafspraak: re-integratie via de gemeente (Participatiewet)",
    },
    when: When::follow_up(Title {
        en: "all tracks: each `job-lost` event with a `register-indication` before it",
        nl: "alle schoolsoorten: elke `baan-kwijt` met een `indicatie-banenafspraak` ervoor",
    }),
    source: "000 Nazorg Arbeid: \"Als de leerling een indicatie ‘banenafspraak’ heeft, dan ligt de verantwoordelijkheid voor re-integratie bij de gemeente op grond van de Participatiewet. De Jongerenadviseur van het Jongerenpunt Check-In gaat dan aan de slag met de leerling.\"",
    completed_by: Title {
        en: "`uitstroom done ID reintegration-municipality`",
        nl: "`uitstroom done ID reintegration-municipality`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    follow_up_each(cx, &RULE, out, |e, before| {
        (matches!(e.kind, EventKind::JobLost) && before.register_indication).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Als de leerling een indicatie ‘banenafspraak’ heeft … De Jongerenadviseur … gaat
    /// dan aan de slag".
    #[test]
    fn job_loss_with_an_indication() {
        let s = student("pro")
            .event("2026-03-01", "kind = \"register-indication\"")
            .event("2026-07-10", "kind = \"exit\"; destination = \"work\"")
            .event("2027-01-29", "kind = \"job-lost\"");
        assert_eq!(s.open(&RULE, "2027-01-29"), [w("2027-01-29", "2027-02-12", Open)]);
    }

    #[test]
    fn not_without_an_indication_before_the_loss() {
        let s = student("pro")
            .event("2027-01-29", "kind = \"job-lost\"")
            .event("2027-02-01", "kind = \"register-indication\"");
        assert!(s.of(&RULE, "2027-02-01").is_empty());
    }

    /// Check-In serves until 27, beyond the age-23 cutoff.
    #[test]
    fn after_23_but_before_27() {
        let s = student("pro")
            .born("2003-01-10")
            .event("2020-03-01", "kind = \"register-indication\"")
            .event("2026-11-20", "kind = \"job-lost\"");
        assert_eq!(s.open(&RULE, "2026-11-25").len(), 1);
    }
}
