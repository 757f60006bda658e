//! `advice-meeting`, MBO Entree: the meeting of school, Leerplicht and Doorstroompunt
//! about students who may drop out. Source 000, Entree, Studieadvies: "Zij plannen na
//! het studieadvies een overleg in om de studenten te bespreken. De studenten die dreigen
//! uit te vallen worden door school en eventueel door Leerplicht of het Doorstroompunt
//! begeleid."

use super::{
    Action, ActionKind, Before, Ctx, Owner, Rule, Scope, Title, When, follow_up_each, no_domain_event,
};
use crate::student::{Event, EventKind, Outcome, Track};

pub(crate) static RULE: Rule = Rule {
    id: "advice-meeting",
    scope: Scope::Route,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Meeting with Leerplicht and Doorstroompunt about the student at risk of dropping out",
        nl: "Overleg met Leerplicht en Doorstroompunt over de student die dreigt uit te vallen",
    },
    when: When::follow_up(Title {
        en: "MBO Entree: each `study-advice` with `outcome = \"stop\"`, and each `dropout-risk` before any exit",
        nl: "MBO Entree: elk `studieadviesgesprek` met `outcome = \"stop\"`, en elke `dreigende-uitval` vóór een uitschrijving",
    }),
    source: "000 Entree, Studieadvies: \"Zij plannen na het studieadvies een overleg in om de studenten te bespreken. De studenten die dreigen uit te vallen worden door school en eventueel door Leerplicht of het Doorstroompunt begeleid.\"",
    completed_by: Title {
        en: "`uitstroom done ID advice-meeting`",
        nl: "`uitstroom done ID advice-meeting`",
    },
    completes: no_domain_event,
    actions,
};

/// The events that call for the meeting (and for `aba-consideration`): a negative study
/// advice, or a dropout risk while the student is still at school.
pub(crate) fn is_trigger(e: &Event, before: &Before<'_>) -> bool {
    match e.kind {
        EventKind::StudyAdvice {
            outcome: Outcome::Stop,
        } => true,
        EventKind::DropoutRisk => before.exit.is_none(),
        _ => false,
    }
}

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if cx.student.track != Track::Entree {
        return;
    }
    follow_up_each(cx, &RULE, out, |e, before| {
        is_trigger(e, before).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Zij plannen na het studieadvies een overleg in": after a stop advice, within the
    /// follow-up term.
    #[test]
    fn after_a_stop_advice() {
        let s = student("entree")
            .enrolled("2025-08-25")
            .event("2025-12-12", "kind = \"study-advice\"; outcome = \"stop\"");
        assert_eq!(s.open(&RULE, "2025-12-12"), [w("2025-12-12", "2025-12-26", Open)]);
    }

    #[test]
    fn not_after_a_positive_advice() {
        let s = student("entree").event("2025-12-12", "kind = \"study-advice\"; outcome = \"continue\"");
        assert!(s.of(&RULE, "2025-12-12").is_empty());
    }

    /// "De studenten die dreigen uit te vallen": a dropout risk before any exit.
    #[test]
    fn after_a_dropout_risk_at_school() {
        let s = student("entree").event("2026-02-20", "kind = \"dropout-risk\"");
        assert_eq!(
            s.open(&RULE, "2026-03-07"),
            [w("2026-02-20", "2026-03-06", Overdue)]
        );
    }

    #[test]
    fn not_for_a_dropout_risk_after_exit() {
        let s = student("entree")
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
            )
            .event("2026-10-01", "kind = \"dropout-risk\"");
        assert!(s.of(&RULE, "2026-10-01").is_empty());
    }

    #[test]
    fn done_completes_it_and_only_entree() {
        let s = student("entree")
            .event("2026-02-20", "kind = \"dropout-risk\"")
            .event("2026-02-27", "kind = \"done\"; rule = \"advice-meeting\"");
        assert!(s.open(&RULE, "2026-03-01").is_empty());
        assert!(
            student("pro")
                .event("2026-02-20", "kind = \"dropout-risk\"")
                .of(&RULE, "2026-02-20")
                .is_empty()
        );
    }

    #[test]
    fn route_rule_only_in_the_region() {
        assert!(
            student("entree")
                .lives_in("Hoorn")
                .event("2026-02-20", "kind = \"dropout-risk\"")
                .of(&RULE, "2026-02-20")
                .is_empty()
        );
    }
}
