//! `summer-enrolment-check`, all tracks, after an exit to education.
//! Source 000, Stap B Doorstroom Onderwijs: "De Doorstroomcoach gaat na of de leerling in
//! de zomerperiode voor aanvang schooljaar daadwerkelijk staat ingeschreven bij de
//! vervolgopleiding van keuze." (Entree Stap 5, Doorstroom naar mbo 2, likewise.)

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, Title, When, per_exit};
use crate::student::{Destination, EventKind};

pub(crate) static RULE: Rule = Rule {
    id: "summer-enrolment-check",
    scope: Scope::Route,
    owner: Owner::Doorstroompunt,
    kind: ActionKind::Task,
    title: Title {
        en: "Check enrolment at the follow-up programme (summer before the school year)",
        nl: "Nagaan of de inschrijving bij de vervolgopleiding zichtbaar is (zomer voor aanvang schooljaar)",
    },
    when: When {
        applies: Title {
            en: "all tracks: each `exit` to `education`",
            nl: "alle schoolsoorten: elke `uitschrijving` naar `education`",
        },
        opens: Title {
            en: "with `programme_start`: the exit date; else the later of the exit date and `calendar.summer_start` (default 1 July) in the year of the due date",
            nl: "met `programme_start`: de datum van uitschrijving; anders de datum van uitschrijving of `calendar.summer_start` (standaard 1 juli) in het jaar van de uiterste datum, wat het laatst valt",
        },
        due: Title {
            en: "`programme_start` if given, else the first start of a school year after the exit date",
            nl: "`programme_start` als die is ingevuld, anders het eerste begin van een schooljaar na de datum van uitschrijving",
        },
    },
    source: "000 Stap B, Doorstroom Onderwijs: \"De Doorstroomcoach gaat na of de leerling in de zomerperiode voor aanvang schooljaar daadwerkelijk staat ingeschreven bij de vervolgopleiding van keuze.\"",
    completed_by: Title {
        en: "an `enrolment-confirmed` or `enrolment-missing` event",
        nl: "een gebeurtenis `inschrijving-bevestigd` of `inschrijving-ontbreekt`",
    },
    completes: |k| matches!(k, EventKind::EnrolmentConfirmed | EventKind::EnrolmentMissing),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    // Opening on the exit date makes it an exit-triggered action: a confirmation logged
    // in the days before the exit counts (`per_exit`).
    per_exit(cx, &RULE, out, |e, exit| {
        if !exit.is_to(Destination::Education) {
            return None;
        }
        let (opens, due) = match exit.programme_start {
            Some(start) => (e.date, start),
            None => {
                // The first school year that starts after the exit date.
                let due = cx.sy.start(cx.sy.of(e.date) + 1);
                let summer = cx.settings.summer_start.in_year(chrono::Datelike::year(&due));
                (e.date.max(summer), due)
            }
        };
        Some((opens, due, &RULE.title))
    });
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::dates::MonthDay;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, student, w};

    fn leaver(exit: &str, extra: &str) -> S {
        student("pro").born("2008-05-14").event(
            exit,
            &format!("kind = \"exit\"; destination = \"education\"{extra}"),
        )
    }

    /// "in de zomerperiode voor aanvang schooljaar": opens 1 July, due at the start of
    /// the next school year (1 August).
    #[test]
    fn summer_window_before_the_next_school_year() {
        let s = leaver("2026-06-26", "");
        assert_eq!(
            s.open(&RULE, "2026-06-30"),
            [w("2026-07-01", "2026-08-01", Upcoming)]
        );
        assert_eq!(s.open(&RULE, "2026-07-01")[0].2, Open);
        assert_eq!(s.open(&RULE, "2026-08-02")[0].2, Overdue);
    }

    /// Leaving in the summer itself: the window opens on the exit date.
    #[test]
    fn exit_in_july_opens_on_the_exit_date() {
        let s = leaver("2026-07-10", "");
        assert_eq!(s.open(&RULE, "2026-07-10"), [w("2026-07-10", "2026-08-01", Open)]);
    }

    /// An exit on the first day of a school year waits for the next one.
    #[test]
    fn exit_on_the_school_year_boundary() {
        let s = leaver("2026-08-01", "");
        assert_eq!(
            s.open(&RULE, "2026-08-01"),
            [w("2027-07-01", "2027-08-01", Upcoming)]
        );
        let s = leaver("2026-07-31", "");
        assert_eq!(s.open(&RULE, "2026-08-01"), [w("2026-07-31", "2026-08-01", Open)]);
    }

    /// Leaving mid-year (January) for a programme starting in August.
    #[test]
    fn exit_in_winter_checks_the_next_summer() {
        let s = leaver("2026-01-30", "");
        assert_eq!(
            s.open(&RULE, "2026-02-01"),
            [w("2026-07-01", "2026-08-01", Upcoming)]
        );
    }

    #[test]
    fn programme_start_sets_the_due_date() {
        let s = leaver(
            "2026-06-26",
            "; programme = \"Entree\"; programme_start = 2026-09-01",
        );
        assert_eq!(s.open(&RULE, "2026-07-01"), [w("2026-06-26", "2026-09-01", Open)]);
    }

    #[test]
    fn enrolment_confirmed_or_missing_completes_it() {
        for kind in ["enrolment-confirmed", "enrolment-missing"] {
            let s = leaver("2026-06-26", "").event("2026-07-20", &format!("kind = \"{kind}\""));
            assert!(s.open(&RULE, "2026-08-10").is_empty(), "{kind}");
        }
    }

    /// Before the summer window opens a confirmation does not count (unless the
    /// window opened on the exit date).
    #[test]
    fn confirmation_before_the_window_does_not_count() {
        let s = leaver("2026-05-15", "").event("2026-06-01", "kind = \"enrolment-confirmed\"");
        assert_eq!(s.open(&RULE, "2026-07-02").len(), 1);
    }

    /// RULES.md, Completion: for an action an exit triggers, events after the previous
    /// exit count, also those in the days before this exit.
    #[test]
    fn confirmation_just_before_an_exit_in_summer_counts() {
        let s = student("entree")
            .event("2026-07-03", "kind = \"enrolment-confirmed\"")
            .event(
                "2026-07-10",
                "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
            );
        assert!(s.open(&RULE, "2026-07-20").is_empty());
    }

    #[test]
    fn only_for_exits_to_education_in_the_region() {
        assert!(
            student("pro")
                .event("2026-06-26", "kind = \"exit\"; destination = \"work\"")
                .of(&RULE, "2026-07-01")
                .is_empty()
        );
        assert!(
            leaver("2026-06-26", "")
                .lives_in("Hoorn")
                .of(&RULE, "2026-07-01")
                .is_empty()
        );
        // A former municipality counts as its successor.
        assert_eq!(
            leaver("2026-06-26", "")
                .lives_in("Langedijk")
                .of(&RULE, "2026-07-01")
                .len(),
            1
        );
    }

    /// The region is a setting: another region's list decides who gets route rules.
    #[test]
    fn region_list_setting() {
        let other_region =
            |s: &mut crate::settings::Settings| s.municipalities = vec!["Hoorn".into(), "Medemblik".into()];
        assert_eq!(
            leaver("2026-06-26", "")
                .lives_in("Hoorn")
                .settings(other_region)
                .of(&RULE, "2026-07-01")
                .len(),
            1
        );
        assert!(
            leaver("2026-06-26", "")
                .lives_in("Alkmaar")
                .settings(other_region)
                .of(&RULE, "2026-07-01")
                .is_empty()
        );
    }

    #[test]
    fn settings_move_the_window() {
        let s = leaver("2026-06-26", "").settings(|s| {
            s.summer_start = MonthDay::new(6, 15);
            s.school_year_start = MonthDay::new(9, 1);
        });
        assert_eq!(s.open(&RULE, "2026-06-30"), [w("2026-06-26", "2026-09-01", Open)]);
    }

    /// After the cutoff (23rd birthday) no Doorstroompunt action is produced.
    #[test]
    fn not_after_the_age_23_cutoff() {
        let s = student("entree")
            .born("2003-07-15")
            .event("2026-06-26", "kind = \"exit\"; destination = \"education\"");
        assert_eq!(
            s.open(&RULE, "2026-07-01").len(),
            0,
            "due 2026-08-01 is after the cutoff 2026-07-15"
        );
        let s = student("entree")
            .born("2003-09-15")
            .event("2026-06-26", "kind = \"exit\"; destination = \"education\"");
        assert_eq!(s.open(&RULE, "2026-07-01").len(), 1);
        assert_eq!(s.open(&RULE, "2026-09-15").len(), 0, "today is the cutoff");
    }
}
