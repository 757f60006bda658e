//! `ww-check`, after a job loss. Source 000, Nazorg Arbeid: "Wanneer de leerling zijn
//! werk kwijt is, is het betrekken van het UWV van belang om te kijken of hij in
//! aanmerking komt voor een WW-uitkering."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, follow_up_each, no_domain_event};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "ww-check",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "Job lost: involve UWV to check entitlement to WW",
        nl: "Baan kwijt: UWV betrekken voor een mogelijke WW-uitkering",
    },
    when: When::follow_up(Title {
        en: "all tracks: each `job-lost` event",
        nl: "alle schoolsoorten: elke `baan-kwijt`",
    }),
    source: "000 Nazorg Arbeid: \"Wanneer de leerling zijn werk kwijt is, is het betrekken van het UWV van belang om te kijken of hij in aanmerking komt voor een WW-uitkering.\"",
    completed_by: Title {
        en: "`uitstroom done ID ww-check`",
        nl: "`uitstroom done ID ww-check`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    follow_up_each(cx, &RULE, out, |e, _| {
        matches!(e.kind, EventKind::JobLost).then_some(&RULE.title)
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "is het betrekken van het UWV van belang … WW-uitkering".
    #[test]
    fn after_every_job_loss() {
        let s = student("entree")
            .event("2026-07-10", "kind = \"exit\"; destination = \"work\"")
            .event("2026-12-24", "kind = \"job-lost\"");
        assert_eq!(s.open(&RULE, "2026-12-24"), [w("2026-12-24", "2027-01-07", Open)]);
    }

    #[test]
    fn done_completes_it_and_region_applies() {
        let s = student("pro")
            .event("2026-12-24", "kind = \"job-lost\"")
            .event("2027-01-02", "kind = \"done\"; rule = \"ww-check\"");
        assert!(s.open(&RULE, "2027-01-03").is_empty());
        assert!(
            student("pro")
                .lives_in("Hoorn")
                .event("2026-12-24", "kind = \"job-lost\"")
                .of(&RULE, "2026-12-24")
                .is_empty()
        );
    }

    #[test]
    fn each_job_loss_its_own_check() {
        let s = student("pro")
            .event("2026-03-01", "kind = \"job-lost\"")
            .event("2026-03-04", "kind = \"done\"; rule = \"ww-check\"")
            .event("2026-09-01", "kind = \"job-lost\"");
        assert_eq!(s.open(&RULE, "2026-09-01"), [w("2026-09-01", "2026-09-15", Open)]);
    }
}
