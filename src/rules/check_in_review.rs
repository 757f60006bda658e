//! `check-in-review`, after a warm handover with a support question to Jongerenpunt
//! Check-In. Source 000, Nazorg Arbeid: "Het Jongerenpunt Check-In heeft de leerling in
//! beeld wanneer hij warm is overgedragen met een ondersteuningsvraag en blijft tenminste
//! nog 3 maanden betrokken of indien nodig langer."

use super::{Action, ActionKind, Ctx, Owner, Rule, Scope, State, Title, When, chained};
use crate::dates;
use crate::student::{EventKind, HandoverTo};

pub(crate) static RULE: Rule = Rule {
    id: "check-in-review",
    scope: Scope::Route,
    owner: Owner::CheckIn,
    kind: ActionKind::Task,
    title: Title {
        en: "Review Check-In involvement (close or extend, at least 3 months after the handover)",
        nl: "Betrokkenheid Check-In evalueren (afsluiten of verlengen, minstens 3 maanden na de overdracht)",
    },
    when: When {
        applies: Title {
            en: "all tracks: a `handover` with `to = \"check-in\"` and `support_question = true`; repeats after each `check-in-extended`",
            nl: "alle schoolsoorten: een `warme-overdracht` met `to = \"check-in\"` en `support_question = true`; komt terug na elke `check-in-verlengd`",
        },
        opens: Title {
            en: "the handover (or the extension)",
            nl: "de warme overdracht (of de verlenging)",
        },
        due: Title {
            en: "the handover + 3 months; after an extension its `until`, else the extension + 3 months",
            nl: "de warme overdracht + 3 maanden; na een verlenging de `until` daarvan, anders de verlenging + 3 maanden",
        },
    },
    source: "000 Nazorg Arbeid: \"Het Jongerenpunt Check-In heeft de leerling in beeld wanneer hij warm is overgedragen met een ondersteuningsvraag en blijft tenminste nog 3 maanden betrokken of indien nodig langer.\"",
    completed_by: Title {
        en: "a `check-in-closed` or `check-in-extended` event dated on or after the opening",
        nl: "een gebeurtenis `check-in-afgesloten` of `check-in-verlengd` op of na de opening",
    },
    completes: |k| matches!(k, EventKind::CheckInClosed | EventKind::CheckInExtended { .. }),
    actions,
};

fn is_support_handover(k: &EventKind) -> bool {
    matches!(
        k,
        EventKind::Handover {
            to: HandoverTo::CheckIn,
            support_question: true
        }
    )
}

/// A series per involvement: the support handover opens the first review; a review that
/// extends (or a `done`) opens the next one, until `check-in-closed` ends the
/// involvement — a later support handover starts a new one. A waive ends the series for
/// good: "the rule does not apply to this student any more" (RULES.md, "Completion").
/// One instance is open at a time.
fn actions(cx: &Ctx<'_>, out: &mut Vec<Action>) {
    let events = cx.events();
    let mut i = 0;
    while i < events.len() {
        if !is_support_handover(&events[i].kind) {
            i += 1;
            continue;
        }
        let (mut anchor, mut opens) = (i, events[i].date);
        let mut due = dates::add_months(opens, 3);
        loop {
            let a = chained(cx, &RULE, anchor, opens, due);
            let state = a.state;
            out.push(a);
            match state {
                State::Done(j) => {
                    let j = j as usize;
                    // "done and the domain events complete one instance and the next one
                    // follows": after an extension (due at its `until`, else 3 months
                    // on) or a `done` (3 months on); a closing ends the involvement.
                    let next_due = match events[j].kind {
                        EventKind::CheckInExtended { until } => until,
                        EventKind::Done { .. } => None,
                        _ => {
                            i = j + 1;
                            break;
                        }
                    };
                    anchor = j;
                    opens = events[j].date;
                    due = next_due.unwrap_or_else(|| dates::add_months(opens, 3));
                }
                // Waived, or still open (later handovers belong to this involvement).
                State::Waived(_) | State::Open => return,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::Status::*;
    use crate::rules::testing::{S, date, student, w};

    const HANDOVER: &str = "kind = \"handover\"; to = \"check-in\"; support_question = true";

    fn handed_over(on: &str) -> S {
        student("pro")
            .born("2007-05-14")
            .event(on, "kind = \"exit\"; destination = \"work\"; job_found = false")
            .event(on, HANDOVER)
    }

    /// "blijft tenminste nog 3 maanden betrokken": review due 3 months after the handover.
    #[test]
    fn due_three_months_after_the_handover() {
        assert_eq!(
            handed_over("2026-07-10").open(&RULE, "2026-07-15"),
            [w("2026-07-10", "2026-10-10", Open)]
        );
        assert_eq!(handed_over("2026-07-10").open(&RULE, "2026-10-11")[0].2, Overdue);
    }

    #[test]
    fn month_end_handover() {
        assert_eq!(
            handed_over("2026-11-30").open(&RULE, "2026-12-01")[0].1,
            date("2027-02-28")
        );
        assert_eq!(
            handed_over("2027-05-31").open(&RULE, "2027-06-01")[0].1,
            date("2027-08-31")
        );
    }

    #[test]
    fn closing_completes_it_and_ends_the_chain() {
        let s = handed_over("2026-07-10").event("2026-10-12", "kind = \"check-in-closed\"");
        let all = s.of(&RULE, "2027-03-01");
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].status(date("2027-03-01")), Done);
    }

    /// "of indien nodig langer": an extension opens the next review, due at its `until`.
    #[test]
    fn extension_with_until_repeats_the_review() {
        let s =
            handed_over("2026-07-10").event("2026-10-05", "kind = \"check-in-extended\"; until = 2027-01-15");
        assert_eq!(s.open(&RULE, "2026-10-06"), [w("2026-10-05", "2027-01-15", Open)]);
        assert_eq!(s.of(&RULE, "2026-10-06").len(), 2);
    }

    #[test]
    fn extension_without_until_runs_three_more_months() {
        let s = handed_over("2026-07-10")
            .event("2026-10-05", "kind = \"check-in-extended\"")
            .event("2027-01-04", "kind = \"check-in-extended\"");
        assert_eq!(s.open(&RULE, "2027-01-05"), [w("2027-01-04", "2027-04-04", Open)]);
        let s = s.event("2027-03-20", "kind = \"check-in-closed\"");
        assert!(s.open(&RULE, "2027-03-21").is_empty());
    }

    #[test]
    fn no_review_without_a_support_question() {
        let s = student("pro").born("2007-05-14").event(
            "2026-07-10",
            "kind = \"handover\"; to = \"check-in\"; support_question = false",
        );
        assert!(s.of(&RULE, "2026-07-15").is_empty());
        let s = student("pro").born("2007-05-14").event(
            "2026-07-10",
            "kind = \"handover\"; to = \"doorstroompunt\"; support_question = true",
        );
        assert!(s.of(&RULE, "2026-07-15").is_empty());
    }

    /// Check-In serves young people until their 27th birthday (002 §4.1 "tussen de 16 en
    /// 27 jaar"), with or without a startkwalificatie; the age-23 cutoff does not apply.
    #[test]
    fn continues_after_23_and_stops_at_27() {
        let s = student("entree").born("2003-09-01").event("2026-07-10", HANDOVER);
        assert_eq!(
            s.open(&RULE, "2026-09-02").len(),
            1,
            "23 on 2026-09-01, Check-In goes on"
        );
        let s = student("entree").born("1999-09-01").event("2026-07-10", HANDOVER);
        assert!(
            s.open(&RULE, "2026-07-11").is_empty(),
            "27 on 2026-09-01, before the due date"
        );
        let s = student("entree").born("1999-12-01").event("2026-07-10", HANDOVER);
        assert_eq!(s.open(&RULE, "2026-11-30").len(), 1);
        assert!(s.open(&RULE, "2026-12-01").is_empty(), "on the 27th birthday");
    }

    #[test]
    fn not_outside_the_region() {
        assert!(
            handed_over("2026-07-10")
                .lives_in("Purmerend")
                .of(&RULE, "2026-07-15")
                .is_empty()
        );
    }
}
