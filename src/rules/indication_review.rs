//! `indication-review`, Pro and VSO in dagbesteding without a benefit. Source 000,
//! Nazorg Dagbesteding: "Voor leerlingen zonder uitkering monitort het Doorstroompunt of
//! de indicatie dagbesteding actueel is en blijft."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, no_domain_event, per_exit};
use crate::dates;
use crate::student::Destination;

pub(crate) static RULE: Rule = Rule {
    id: "indication-review",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "Check that the day-activities indication is renewed before it ends",
        nl: "Nagaan of de indicatie dagbesteding actueel blijft (loopt af)",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO: an `exit` to `day-activities` with `benefit = false` and `indication_until` set",
            nl: "Pro en VSO: een `uitschrijving` naar `day-activities` met `benefit = false` en een ingevulde `indication_until`",
        },
        opens: Title {
            en: "`indication_until` − `terms.follow_up_days`",
            nl: "`indication_until` − `terms.follow_up_days`",
        },
        due: Title {
            en: "`indication_until`",
            nl: "`indication_until`",
        },
    },
    source: "000 Nazorg Dagbesteding: \"Voor leerlingen zonder uitkering monitort het Doorstroompunt of de indicatie dagbesteding actueel is en blijft.\"",
    completed_by: Title {
        en: "`uitstroom done ID indication-review`",
        nl: "`uitstroom done ID indication-review`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    if !cx.student.is_pro_vso() {
        return;
    }
    per_exit(cx, &RULE, out, |_, exit| {
        if !exit.is_to(Destination::DayActivities) || exit.benefit != Some(false) {
            return None;
        }
        let until = exit.indication_until?;
        Some((
            dates::add_days(until, -cx.settings.follow_up_days),
            until,
            &RULE.title,
        ))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, student, w};

    fn day(fields: &str) -> S {
        student("pro").event(
            "2026-07-24",
            &format!("kind = \"exit\"; destination = \"day-activities\"; {fields}"),
        )
    }

    /// "monitort het Doorstroompunt of de indicatie dagbesteding actueel is en blijft":
    /// due when the indication ends, opening the follow-up term before.
    #[test]
    fn window_before_the_indication_ends() {
        let s = day("benefit = false; indication_until = 2027-03-01");
        assert_eq!(
            s.open(&RULE, "2027-02-14"),
            [w("2027-02-15", "2027-03-01", Upcoming)]
        );
        assert_eq!(s.open(&RULE, "2027-02-15")[0].2, Open);
    }

    /// 14 days before 1 March 2028 (a leap year) is 16 February.
    #[test]
    fn leap_year_window() {
        let s = day("benefit = false; indication_until = 2028-03-01");
        assert_eq!(
            s.open(&RULE, "2027-01-01")[0].0,
            crate::rules::testing::date("2028-02-16")
        );
    }

    #[test]
    fn not_with_a_benefit_or_without_an_end_date() {
        assert!(
            day("benefit = true; indication_until = 2027-03-01")
                .of(&RULE, "2027-01-01")
                .is_empty()
        );
        assert!(day("benefit = false").of(&RULE, "2027-01-01").is_empty());
    }

    #[test]
    fn done_completes_it() {
        let s = day("benefit = false; indication_until = 2027-03-01")
            .event("2027-02-20", "kind = \"done\"; rule = \"indication-review\"");
        assert!(s.open(&RULE, "2027-02-21").is_empty());
    }

    #[test]
    fn not_after_the_cutoff() {
        let s = student("pro").born("2004-01-10").event("2026-07-24", "kind = \"exit\"; destination = \"day-activities\"; benefit = false; indication_until = 2027-03-01");
        assert!(
            s.of(&RULE, "2026-08-01").is_empty(),
            "23 on 2027-01-10, before the due date"
        );
    }
}
