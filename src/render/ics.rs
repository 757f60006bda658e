//! iCalendar (RFC 5545) for an agenda: one all-day VEVENT per action by default, because
//! Outlook and Google Calendar ignore VTODO; VTODO on request. The output is the same
//! for the same folder and `today`: UIDs come from the action instance, DTSTAMP from
//! `today`, so a calendar that imports the file again updates its items instead of
//! adding them twice.
//!
//! Names go into a summary only with `--with-names` (SPEC.md, "Privacy and retention").

use crate::dates::{self, Date};
use crate::i18n::messages::caseload as m;
use crate::i18n::terms;
use crate::rules::{Action, ActionKind, Rule, Status};
use crate::tr;
use chrono::Datelike;
use std::io::{self, Write};

/// One action as a calendar item.
#[derive(Clone, Copy, Debug)]
pub struct Item<'a> {
    pub case: &'a str,
    pub name: &'a str,
    pub rule: &'static Rule,
    pub title: &'a str,
    pub opens: Date,
    pub due: Date,
    pub status: Status,
    /// When a done or waived action was closed.
    pub closed_on: Option<Date>,
    /// Which of the case's instances of this rule with the same opening date this is
    /// (see [`sequence`]).
    pub seq: u8,
}

/// How to write the calendar.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub todo: bool,
    pub with_names: bool,
    pub today: Date,
    pub lang: crate::Lang,
}

/// For each action of one student (in any order), the number that tells apart instances
/// of one rule with the same opening date (two `enrolment-missing` events on one day):
/// their order by triggering event. Together with the case, the rule and the opening
/// date it identifies the instance, whatever else changes (a deferral moves the due
/// date, not the instance).
pub fn sequence(actions: &[Action]) -> Vec<u8> {
    actions
        .iter()
        .map(|a| {
            let n = actions
                .iter()
                .filter(|b| b.rule.id == a.rule.id && b.opens == a.opens && b.trigger < a.trigger)
                .count();
            u8::try_from(n).unwrap_or(u8::MAX)
        })
        .collect()
}

/// The UID of an instance: a 128-bit FNV-1a hash of case, rule, opening date and
/// sequence number, written as a UUID (RFC 7986 asks UIDs to carry no identifying data).
pub fn uid(case: &str, rule: &str, opens: Date, seq: u8) -> String {
    let h = fnv1a_128(format!("{case}\u{1f}{rule}\u{1f}{opens}\u{1f}{seq}").as_bytes());
    let x = format!("{h:032x}");
    format!(
        "{}-{}-{}-{}-{}@uitstroom",
        &x[..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..]
    )
}

/// FNV-1a, 128 bits: fixed for all time (unlike std's hasher), so UIDs stay the same
/// from one version of the tool to the next.
fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013B;
    bytes
        .iter()
        .fold(OFFSET, |h, &b| (h ^ u128::from(b)).wrapping_mul(PRIME))
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline; other
/// control characters are not allowed in TEXT and are left out.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes one content line, folded (RFC 5545 §3.1): at most 75 octets a line without
/// the CRLF, continuation lines starting with a space, never inside a UTF-8 sequence.
pub fn line(out: &mut dyn Write, content: &str) -> io::Result<()> {
    let mut rest = content;
    let mut limit = 75;
    loop {
        if rest.len() <= limit {
            out.write_all(rest.as_bytes())?;
            return out.write_all(b"\r\n");
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.write_all(&rest.as_bytes()[..cut])?;
        out.write_all(b"\r\n ")?;
        rest = &rest[cut..];
        // The leading space counts towards the next line's 75 octets.
        limit = 74;
    }
}

fn day(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// What an item says besides its summary, one line each, in the language of the run: the
/// owner, the rule, the status, its dates, and the command that explains it.
fn description(it: &Item<'_>) -> String {
    let status = match it.status {
        // A milestone is information: its date passes, it is never late.
        Status::Overdue if it.rule.kind == ActionKind::Milestone => m::ICS_PASSED.text(),
        s => terms::status(s),
    };
    let mut lines = vec![
        tr!(m::ICS_OWNER, owner = terms::owner(it.rule.owner)),
        tr!(m::ICS_RULE, rule = it.rule.id),
        tr!(m::ICS_STATUS, status),
        tr!(m::ICS_OPENS, date = it.opens),
        tr!(m::ICS_DUE, date = it.due),
    ];
    if let Some(date) = it.closed_on {
        lines.push(tr!(m::ICS_CLOSED, date));
    }
    lines.push(format!("uitstroom why {} {}", it.case, it.rule.id));
    lines.join("\n")
}

/// The calendar: header, one item per action, footer.
pub fn calendar<'a>(
    out: &mut dyn Write,
    items: impl Iterator<Item = Item<'a>>,
    opts: Options,
) -> io::Result<()> {
    let lang = match opts.lang {
        crate::Lang::En => "EN",
        crate::Lang::Nl => "NL",
    };
    line(out, "BEGIN:VCALENDAR")?;
    line(out, "VERSION:2.0")?;
    line(
        out,
        &format!(
            "PRODID:-//uitstroom//uitstroom {}//{lang}",
            env!("CARGO_PKG_VERSION")
        ),
    )?;
    line(out, "CALSCALE:GREGORIAN")?;
    line(out, "METHOD:PUBLISH")?;
    line(out, "X-WR-CALNAME:uitstroom")?;
    let stamp = format!("DTSTAMP:{}T000000Z", day(opts.today));
    for it in items {
        // A milestone is information, not something to tick off: an event even in a
        // list of to-dos.
        let todo = opts.todo && it.rule.kind == ActionKind::Task;
        let component = if todo { "VTODO" } else { "VEVENT" };
        line(out, &format!("BEGIN:{component}"))?;
        line(
            out,
            &format!("UID:{}", uid(it.case, it.rule.id, it.opens, it.seq)),
        )?;
        line(out, &stamp)?;
        if todo {
            line(out, &format!("DTSTART;VALUE=DATE:{}", day(it.opens)))?;
            line(out, &format!("DUE;VALUE=DATE:{}", day(it.due)))?;
        } else {
            line(out, &format!("DTSTART;VALUE=DATE:{}", day(it.due)))?;
            line(
                out,
                &format!("DTEND;VALUE=DATE:{}", day(dates::add_days(it.due, 1))),
            )?;
            // A reminder, not an appointment: the day stays free in the agenda.
            line(out, "TRANSP:TRANSPARENT")?;
        }
        let summary = if opts.with_names {
            format!("{} — {} ({})", it.title, it.name, it.case)
        } else {
            format!("{} ({})", it.title, it.case)
        };
        line(out, &format!("SUMMARY:{}", escape(&summary)))?;
        line(out, &format!("DESCRIPTION:{}", escape(&description(&it))))?;
        line(
            out,
            &format!("CATEGORIES:{}", escape(terms::owner(it.rule.owner))),
        )?;
        let status = match (todo, it.status) {
            (_, Status::Waived) => "CANCELLED",
            (true, Status::Done) => "COMPLETED",
            (true, _) => "NEEDS-ACTION",
            (false, _) => "CONFIRMED",
        };
        line(out, &format!("STATUS:{status}"))?;
        if todo
            && it.status == Status::Done
            && let Some(c) = it.closed_on
        {
            line(out, &format!("COMPLETED:{}T000000Z", day(c)))?;
        }
        line(out, &format!("END:{component}"))?;
    }
    line(out, "END:VCALENDAR")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn folded(content: &str) -> String {
        let mut v = Vec::new();
        line(&mut v, content).unwrap();
        String::from_utf8(v).unwrap()
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(folded("VERSION:2.0"), "VERSION:2.0\r\n");
        let exactly = "X".repeat(75);
        assert_eq!(folded(&exactly), format!("{exactly}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_with_a_space() {
        let s = "X".repeat(200);
        let f = folded(&s);
        let lines: Vec<&str> = f.split("\r\n").collect();
        assert_eq!(lines[0].len(), 75);
        assert_eq!(lines[1].len(), 75);
        assert!(lines[1].starts_with(' '));
        assert_eq!(lines[2].len(), 1 + 200 - 75 - 74);
        assert_eq!(lines[3], "");
    }

    /// "ë" is two octets: a fold never falls between them.
    #[test]
    fn folding_keeps_utf8_sequences_whole() {
        let s = format!("SUMMARY:{}", "ë".repeat(100));
        let f = folded(&s);
        for l in f.split("\r\n") {
            assert!(l.len() <= 75, "{l}");
        }
        assert_eq!(f.replace("\r\n ", "").trim_end(), s);
    }

    proptest! {
        /// Unfolding gives back the line, and no line is longer than 75 octets.
        #[test]
        fn fold_then_unfold_is_the_identity(s in "[a-zë€😀 ,;\\\\]{0,300}") {
            let content = format!("SUMMARY:{s}");
            let f = folded(&content);
            prop_assert!(f.ends_with("\r\n"));
            for l in f.trim_end_matches("\r\n").split("\r\n") {
                prop_assert!(l.len() <= 75);
            }
            prop_assert_eq!(f.trim_end_matches("\r\n").replace("\r\n ", ""), content);
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne\r\nf\u{7}"), "a\\,b\\;c\\\\d\\ne\\nf");
    }

    /// The reference vectors of FNV-1a 128 (the empty string gives the offset basis).
    #[test]
    fn fnv_reference_vectors() {
        assert_eq!(fnv1a_128(b""), 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d);
        assert_eq!(fnv1a_128(b"a"), 0xd228_cb69_6f1a_8caf_7891_2b70_4e4a_8964);
    }

    #[test]
    fn uids_differ_per_instance_and_stay_the_same() {
        let d = crate::dates::parse_date("2026-07-10").unwrap();
        let a = uid("focus-1", "enrolment-follow-up", d, 0);
        assert_eq!(a, uid("focus-1", "enrolment-follow-up", d, 0));
        assert_ne!(a, uid("focus-1", "enrolment-follow-up", d, 1));
        assert_ne!(a, uid("focus-2", "enrolment-follow-up", d, 0));
        assert_ne!(a, uid("focus-1", "ww-check", d, 0));
        assert!(a.ends_with("@uitstroom") && a.len() == 36 + 10, "{a}");
        // Pinned: a change here makes every calendar that imported the file duplicate
        // its items.
        assert_eq!(
            uid("focus-1", "ww-check", d, 0),
            "8c82d72e-35b0-5151-3db0-bf75145cff67@uitstroom"
        );
    }
}
