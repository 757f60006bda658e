//! `monitoring-end`, all tracks: the Doorstroompunt's monitoring ends at the cutoff.
//! Source 000: "Het Doorstroompunt of Jongerenpunt Check-in monitort totdat leerling 23
//! jaar oud wordt"; Entree: "Jongeren worden gemonitord tot 23 jaar oud door het
//! Doorstroompunt."; Nazorg: "tot hij 23 is en geen startkwalificatie heeft".

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, State, Title, When, Window, no_domain_event};

pub(crate) static RULE: Rule = Rule {
    id: "monitoring-end",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Milestone,
    title: Title {
        en: "End of Doorstroompunt monitoring (age 23 or startkwalificatie)",
        nl: "Einde monitoring Doorstroompunt (23 jaar of startkwalificatie)",
    },
    when: When {
        applies: Title {
            en: "every student (a milestone)",
            nl: "elke leerling (een mijlpaal)",
        },
        opens: Title {
            en: "the cutoff",
            nl: "het einde van de monitoring",
        },
        due: Title {
            en: "the cutoff: the 23rd birthday, or the date of a `qualification` event if earlier",
            nl: "het einde van de monitoring: de 23e verjaardag, of de datum van een `startkwalificatie` als die eerder valt",
        },
    },
    source: "000 Route naar succes: \"Het Doorstroompunt of Jongerenpunt Check-in monitort totdat leerling 23 jaar oud wordt\"; Entree: \"Jongeren worden gemonitord tot 23 jaar oud door het Doorstroompunt.\"",
    completed_by: Title {
        en: "nothing: a milestone is information",
        nl: "niets: een mijlpaal is ter informatie",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let cutoff = cx.facts.cutoff;
    out.push(Action {
        rule: &RULE,
        opens: cutoff,
        due: cutoff,
        title: &RULE.title,
        state: State::Open,
        deferred: None,
        trigger: None,
        window: Window::from(cutoff),
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "monitort totdat leerling 23 jaar oud wordt": the milestone is the 23rd birthday.
    #[test]
    fn milestone_on_the_23rd_birthday() {
        let s = student("pro").born("2008-05-14");
        assert_eq!(
            s.open(&RULE, "2026-11-25"),
            [w("2031-05-14", "2031-05-14", Upcoming)]
        );
        assert_eq!(s.open(&RULE, "2031-05-14"), [w("2031-05-14", "2031-05-14", Open)]);
    }

    /// Born on 29 February: 23 is reached on 1 March in a non-leap year.
    #[test]
    fn leapling_cutoff_is_1_march() {
        let s = student("entree").born("2008-02-29");
        assert_eq!(
            s.open(&RULE, "2026-11-25")[0].0,
            crate::rules::testing::date("2031-03-01")
        );
    }

    /// "tot hij 23 is en geen startkwalificatie heeft": a startkwalificatie ends it earlier.
    #[test]
    fn qualification_brings_the_cutoff_forward() {
        let s = student("entree").event("2027-06-30", "kind = \"qualification\"; level = \"mbo-2\"");
        assert_eq!(
            s.open(&RULE, "2026-11-25"),
            [w("2027-06-30", "2027-06-30", Upcoming)]
        );
    }

    #[test]
    fn an_entree_diploma_is_no_startkwalificatie() {
        let s = student("entree").event(
            "2026-07-01",
            "kind = \"exit\"; destination = \"work\"; diploma = \"entree\"",
        );
        assert_eq!(
            s.open(&RULE, "2026-11-25")[0].0,
            crate::rules::testing::date("2031-05-14")
        );
    }

    #[test]
    fn not_for_students_outside_the_region() {
        assert!(
            student("pro")
                .lives_in("Hoorn")
                .of(&RULE, "2026-11-25")
                .is_empty()
        );
    }

    /// A milestone is produced while its date is today or later; the engine keeps it,
    /// and `due` stops listing it after its date (tested end to end).
    #[test]
    fn produced_on_its_own_date() {
        let s = student("vso").born("2003-11-25");
        assert_eq!(s.open(&RULE, "2026-11-25"), [w("2026-11-25", "2026-11-25", Open)]);
    }
}
