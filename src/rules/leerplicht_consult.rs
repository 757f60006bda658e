//! `leerplicht-consult`, Pro and VSO leaving while still of compulsory school age.
//! Source 000, Leerjaar 4, 5 (en 6): "Als de leerling nog leerplichtig is, moet
//! afstemming worden gezocht met Leerplicht."

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window};
use crate::dates;
use crate::student::EventKind;

pub(crate) static RULE: Rule = Rule {
    id: "leerplicht-consult",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Consult Leerplicht: the student is still of compulsory school age at exit",
        nl: "Afstemming met Leerplicht: de leerling is bij uitstroom nog leerplichtig",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students with `planned_exit` set, not left, younger than 18 on `planned_exit`, without a startkwalificatie",
            nl: "Pro- en VSO-leerlingen met een ingevulde `planned_exit`, nog niet uitgestroomd, jonger dan 18 op `planned_exit` en zonder startkwalificatie",
        },
        opens: Title {
            en: "the start of the school year of `planned_exit`",
            nl: "het begin van het schooljaar van `planned_exit`",
        },
        due: Title {
            en: "`planned_exit`",
            nl: "`planned_exit`",
        },
    },
    source: "000 Leerjaar 4, 5 (en 6): \"Als de leerling nog leerplichtig is, moet afstemming worden gezocht met Leerplicht.\"",
    completed_by: Title {
        en: "a `leerplicht-consulted` event",
        nl: "een gebeurtenis `leerplicht-afgestemd`",
    },
    completes: |k| matches!(k, EventKind::LeerplichtConsulted),
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    let Some(planned) = s.planned_exit else { return };
    let qualified = s
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Qualification { .. }));
    if !s.is_pro_vso()
        || s.last_exit().is_some()
        || qualified
        || !dates::younger_than(s.birth_date, 18, planned)
    {
        return;
    }
    let opens = cx.sy.start(cx.sy.of(planned));
    Instances::single(cx, &RULE, out, opens, planned, Window::from(opens), None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "Als de leerling nog leerplichtig is": younger than 18 on the planned exit.
    #[test]
    fn under_18_on_the_planned_exit() {
        let s = student("pro")
            .born("2009-09-01")
            .with("planned_exit = 2027-07-09");
        assert_eq!(s.open(&RULE, "2026-11-25"), [w("2026-08-01", "2027-07-09", Open)]);
    }

    #[test]
    fn eighteen_on_the_planned_exit_day_needs_no_consult() {
        let s = student("pro")
            .born("2009-07-09")
            .with("planned_exit = 2027-07-09");
        assert!(s.of(&RULE, "2026-11-25").is_empty());
        let s = student("pro")
            .born("2009-07-10")
            .with("planned_exit = 2027-07-09");
        assert_eq!(s.of(&RULE, "2026-11-25").len(), 1);
    }

    /// Born 29 February 2008: 18 on 1 March 2026, so still 17 on 28 February 2026.
    #[test]
    fn leapling_turns_18_on_1_march() {
        let s = student("vso")
            .born("2008-02-29")
            .with("planned_exit = 2026-02-28");
        assert_eq!(s.of(&RULE, "2025-11-25").len(), 1);
        let s = student("vso")
            .born("2008-02-29")
            .with("planned_exit = 2026-03-01");
        assert!(s.of(&RULE, "2025-11-25").is_empty());
    }

    #[test]
    fn consulted_completes_it() {
        let s = student("pro")
            .born("2009-09-01")
            .with("planned_exit = 2027-07-09")
            .event("2026-10-01", "kind = \"leerplicht-consulted\"");
        assert!(s.open(&RULE, "2026-11-25").is_empty());
    }

    #[test]
    fn not_after_exit_or_with_a_startkwalificatie() {
        let s = student("pro")
            .born("2009-09-01")
            .with("planned_exit = 2027-07-09")
            .event("2026-10-01", "kind = \"exit\"; destination = \"education\"");
        assert!(s.of(&RULE, "2026-11-25").is_empty());
        let s = student("vso")
            .born("2009-09-01")
            .with("planned_exit = 2027-07-09")
            .event("2026-10-01", "kind = \"qualification\"; level = \"havo\"");
        assert!(s.of(&RULE, "2026-11-25").is_empty());
    }

    #[test]
    fn school_duty_outside_the_region_too() {
        let s = student("pro")
            .born("2009-09-01")
            .with("planned_exit = 2027-07-09")
            .lives_in("Hoorn");
        assert_eq!(s.of(&RULE, "2026-11-25").len(), 1);
    }
}
