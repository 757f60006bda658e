//! `start-meeting`, Pro and VSO in the school year of the planned exit. Source 000,
//! Leerjaar 4, 5 (en 6): "Elke school heeft een vaste Jongerenadviseur en
//! Doorstroomcoach, die aan het begin van elk schooljaar samen met de school een
//! startgesprek inplannen."

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window};
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "start-meeting",
    scope: Scope::Route,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Start meeting with Jongerenadviseur and Doorstroomcoach (year of exit)",
        nl: "Startgesprek met Jongerenadviseur en Doorstroomcoach (uitstroomjaar)",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students with `planned_exit` set who have not left",
            nl: "Pro- en VSO-leerlingen met een ingevulde `planned_exit` die nog niet zijn uitgestroomd",
        },
        opens: Title {
            en: "the start of the school year of `planned_exit`",
            nl: "het begin van het schooljaar van `planned_exit`",
        },
        due: Title {
            en: "`calendar.start_meeting_by` in that school year (default 1 October)",
            nl: "`calendar.start_meeting_by` in dat schooljaar (standaard 1 oktober)",
        },
    },
    source: "000 Leerjaar 4, 5 (en 6): \"Elke school heeft een vaste Jongerenadviseur en Doorstroomcoach, die aan het begin van elk schooljaar samen met de school een startgesprek inplannen.\"",
    completed_by: Title {
        en: "a `start-meeting` event dated in that school year",
        nl: "een gebeurtenis `startgesprek` in dat schooljaar",
    },
    completes: |k| matches!(k, EventKind::StartMeeting),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    let Some(planned) = s.planned_exit else { return };
    if !s.is_pro_vso() || s.last_exit().is_some() {
        return;
    }
    let sy = cx.sy.of(planned);
    let opens = cx.sy.start(sy);
    let due = cx.sy.day_in(sy, cx.settings.start_meeting_by);
    // "a `start-meeting` dated in that school year"; `done` closes it whenever it comes.
    let window = Window::until(opens, cx.sy.end(sy));
    Instances::single(cx, &RULE, out, opens, due, window, None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::dates::MonthDay;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, date, student, w};

    fn leaving(on: &str) -> S {
        student("pro").with(&format!("planned_exit = {on}"))
    }

    /// "aan het begin van elk schooljaar … een startgesprek": by 1 October of the exit year.
    #[test]
    fn due_by_1_october_of_the_exit_year() {
        assert_eq!(
            leaving("2027-07-09").open(&RULE, "2026-11-25"),
            [w("2026-08-01", "2026-10-01", Overdue)]
        );
        assert_eq!(leaving("2027-07-09").open(&RULE, "2026-08-01")[0].2, Open);
        assert_eq!(leaving("2027-07-09").open(&RULE, "2026-07-31")[0].2, Upcoming);
    }

    /// A planned exit on 31 July still belongs to the school year that began in August.
    #[test]
    fn planned_exit_at_the_school_year_boundary() {
        assert_eq!(
            leaving("2027-07-31").open(&RULE, "2026-09-01")[0].0,
            date("2026-08-01")
        );
        assert_eq!(
            leaving("2027-08-01").open(&RULE, "2026-09-01")[0].0,
            date("2027-08-01")
        );
    }

    #[test]
    fn meeting_in_that_school_year_completes_it() {
        let s = leaving("2027-07-09").event("2026-09-20", "kind = \"start-meeting\"");
        assert!(s.open(&RULE, "2026-10-05").is_empty());
    }

    #[test]
    fn meeting_of_an_earlier_year_does_not_count() {
        let s = leaving("2027-07-09").event("2025-09-20", "kind = \"start-meeting\"");
        assert_eq!(s.open(&RULE, "2026-10-05").len(), 1);
    }

    #[test]
    fn not_without_planned_exit_or_after_exit() {
        assert!(student("pro").of(&RULE, "2026-09-01").is_empty());
        let s = leaving("2027-07-09").event("2026-09-01", "kind = \"exit\"; destination = \"work\"");
        assert!(s.of(&RULE, "2026-09-02").is_empty());
    }

    #[test]
    fn route_rule_only_in_the_region() {
        assert!(
            leaving("2027-07-09")
                .lives_in("Hoorn")
                .of(&RULE, "2026-09-01")
                .is_empty()
        );
    }

    #[test]
    fn start_meeting_by_setting() {
        let s = leaving("2027-07-09").settings(|s| s.start_meeting_by = MonthDay::new(9, 15));
        assert_eq!(s.open(&RULE, "2026-09-01")[0].1, date("2026-09-15"));
    }
}
