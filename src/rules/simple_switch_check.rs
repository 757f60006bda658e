//! `simple-switch-check`, Pro and VSO leaving for dagbesteding. Source 000, Nazorg
//! Dagbesteding: "Er wordt bekeken of de leerling in aanmerking komt voor ‘simpel
//! switchen’."; 002 §2.5 Simpel switchen.

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, no_domain_event, per_exit};
use crate::student::Destination;

pub(crate) static RULE: Rule = Rule {
    id: "simple-switch-check",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Check eligibility for 'simpel switchen' (after exit to day activities)",
        nl: "Bekijken of de leerling in aanmerking komt voor simpel switchen",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO: each `exit` to `day-activities`",
            nl: "Pro en VSO: elke `uitschrijving` naar `day-activities`",
        },
        opens: Title {
            en: "the exit date",
            nl: "de datum van uitschrijving",
        },
        due: Title {
            en: "the exit date + `terms.follow_up_days`",
            nl: "de datum van uitschrijving + `terms.follow_up_days`",
        },
    },
    source: "000 Nazorg Dagbesteding: \"Er wordt bekeken of de leerling in aanmerking komt voor ‘simpel switchen’.\"; 002 §2.5",
    completed_by: Title {
        en: "`uitstroom done ID simple-switch-check`",
        nl: "`uitstroom done ID simple-switch-check`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if !cx.student.is_pro_vso() {
        return;
    }
    per_exit(cx, &RULE, out, |e, exit| {
        exit.is_to(Destination::DayActivities)
            .then(|| (e.date, cx.follow_up(e.date), &RULE.title))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    const DAY: &str = "kind = \"exit\"; destination = \"day-activities\"; benefit = true";

    /// "Er wordt bekeken of de leerling in aanmerking komt voor ‘simpel switchen’":
    /// within the follow-up term (14 days) of the exit.
    #[test]
    fn due_follow_up_days_after_the_exit() {
        let s = student("pro").event("2026-07-24", DAY);
        assert_eq!(s.open(&RULE, "2026-07-24"), [w("2026-07-24", "2026-08-07", Open)]);
        assert_eq!(s.open(&RULE, "2026-08-08")[0].2, Overdue);
    }

    #[test]
    fn follow_up_days_setting() {
        let s = student("pro")
            .event("2026-12-25", DAY)
            .settings(|s| s.follow_up_days = 10);
        assert_eq!(
            s.open(&RULE, "2026-12-25")[0].1,
            crate::rules::testing::date("2027-01-04")
        );
    }

    #[test]
    fn done_completes_it() {
        let s = student("vso")
            .event("2026-07-24", DAY)
            .event("2026-07-30", "kind = \"done\"; rule = \"simple-switch-check\"");
        assert!(s.open(&RULE, "2026-08-01").is_empty());
    }

    #[test]
    fn not_for_other_destinations_or_entree() {
        assert!(
            student("pro")
                .event("2026-07-24", "kind = \"exit\"; destination = \"work\"")
                .of(&RULE, "2026-07-24")
                .is_empty()
        );
        assert!(
            student("entree")
                .event("2026-07-24", DAY)
                .of(&RULE, "2026-07-24")
                .is_empty()
        );
    }
}
