//! `profile-set`, Pro and VSO. Source 000, Leerjaar 1 t/m 3: "Hij krijgt in het eerste
//! jaar al een uitstroomprofiel: arbeid, onderwijs of dagbesteding."; "Op het Pro/VSO is
//! het vaststellen van een uitstroomprofiel verplicht (door de onderwijsinspectie)."

use super::{Action, ActionKind, Ctx, Instances, Owner, Rule, Scope, Title, When, Window, no_domain_event};

pub(crate) static RULE: Rule = Rule {
    id: "profile-set",
    scope: Scope::School,
    owner: Owner::School,
    kind: ActionKind::Task,
    title: Title {
        en: "Set the exit profile (uitstroomprofiel) in the first school year",
        nl: "Uitstroomprofiel vaststellen in het eerste schooljaar",
    },
    when: When {
        applies: Title {
            en: "Pro and VSO students with no `profile` in the file",
            nl: "Pro- en VSO-leerlingen zonder `profile` in het bestand",
        },
        opens: Title {
            en: "`enrolled`",
            nl: "`enrolled`",
        },
        due: Title {
            en: "the end of the school year of `enrolled`",
            nl: "het einde van het schooljaar van `enrolled`",
        },
    },
    source: "000 Leerjaar 1 t/m 3: \"Hij krijgt in het eerste jaar al een uitstroomprofiel: arbeid, onderwijs of dagbesteding.\" \"Op het Pro/VSO is het vaststellen van een uitstroomprofiel verplicht (door de onderwijsinspectie).\"",
    completed_by: Title {
        en: "setting the profile: `uitstroom set ID profile work|education|day-activities`",
        nl: "het uitstroomprofiel invullen: `uitstroom set ID profile work|education|day-activities`",
    },
    completes: no_domain_event,
    actions,
};

fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let s = cx.student;
    if !s.is_pro_vso() || s.profile.is_some() {
        return;
    }
    let due = cx.sy.end(cx.sy.of(s.enrolled));
    Instances::single(cx, &RULE, out, s.enrolled, due, Window::from(s.enrolled), None);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::dates::MonthDay;
    use crate::rules::Status::*;
    use crate::rules::testing::{student, w};

    /// "in het eerste jaar al een uitstroomprofiel": due at the end of the first school year.
    #[test]
    fn due_at_the_end_of_the_first_school_year() {
        let s = student("pro").enrolled("2025-08-25");
        assert_eq!(s.open(&RULE, "2025-09-01"), [w("2025-08-25", "2026-07-31", Open)]);
        assert_eq!(s.open(&RULE, "2026-08-01")[0].2, Overdue);
    }

    /// Enrolled in July: still the school year that began the August before.
    #[test]
    fn school_year_boundary() {
        let s = student("vso").enrolled("2026-07-31");
        assert_eq!(
            s.open(&RULE, "2026-07-31")[0].1,
            crate::rules::testing::date("2026-07-31")
        );
        let s = student("vso").enrolled("2026-08-01");
        assert_eq!(
            s.open(&RULE, "2026-08-01")[0].1,
            crate::rules::testing::date("2027-07-31")
        );
    }

    #[test]
    fn setting_the_profile_completes_it() {
        let s = student("pro").enrolled("2025-08-25").with("profile = \"work\"");
        assert!(s.of(&RULE, "2025-09-01").is_empty());
    }

    #[test]
    fn done_completes_it() {
        let s = student("pro")
            .enrolled("2025-08-25")
            .event("2026-02-01", "kind = \"done\"; rule = \"profile-set\"");
        assert!(s.open(&RULE, "2026-03-01").is_empty());
    }

    #[test]
    fn entree_has_no_profile_duty() {
        assert!(student("entree").of(&RULE, "2025-09-01").is_empty());
    }

    #[test]
    fn another_school_year_start() {
        let s = student("pro")
            .enrolled("2025-09-02")
            .settings(|s| s.school_year_start = MonthDay::new(9, 1));
        assert_eq!(
            s.open(&RULE, "2025-09-02")[0].1,
            crate::rules::testing::date("2026-08-31")
        );
    }
}
