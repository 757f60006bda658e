//! Plain text: one line per item, no colour; nothing at all when there is nothing
//! (cron mails only non-empty output). Status, owner, track and phase words are in the
//! language of the run, as the mail is read by a person; ids stay as they are.

use super::{DueList, ListRow, clean};
use crate::i18n::messages::due as m;
use crate::i18n::terms;
use crate::rules::{Owner, Status};
use std::io::{self, Write};

/// `2026-08-01  overdue   doorstroompunt  focus-2022-0137  Sem de Vries: Check … [rule]`
pub fn due(out: &mut dyn Write, list: &DueList) -> io::Result<()> {
    let lang = crate::i18n::lang();
    // Columns as wide as their widest word in this language (`binnenkort`), so that the
    // lines of a mail line up whatever they hold.
    let sw = widest([Status::Overdue, Status::Open, Status::Upcoming].map(terms::status));
    let ow = widest([Owner::School, Owner::Doorstroompunt, Owner::CheckIn].map(terms::owner));
    for r in list.rows() {
        let rule = r.act.rule();
        writeln!(
            out,
            "{}  {:<sw$}  {:<ow$}  {}  {}: {} [{}]",
            r.act.due,
            terms::status(r.act.status),
            terms::owner(rule.owner),
            r.case.id(),
            clean(r.case.name()),
            r.act.title.get(lang),
            rule.id
        )?;
    }
    Ok(())
}

fn widest<const N: usize>(words: [&str; N]) -> usize {
    words.iter().map(|w| w.chars().count()).max().unwrap_or(0)
}

pub fn list(out: &mut dyn Write, rows: &[ListRow]) -> io::Result<()> {
    for r in rows {
        let next = match r.next {
            Some((rule, _, due, status)) => format!("{due} {} ({})", rule.id, terms::status(status)),
            None => "-".into(),
        };
        let mut flags = String::new();
        if r.vsv {
            flags.push_str(" vsv");
        }
        if !r.in_region {
            flags.push(' ');
            flags.push_str(m::FLAG_OUTSIDE_REGION_WORD.text());
        }
        writeln!(
            out,
            "{}  {}  {}  {}{}  {}",
            r.case.id(),
            clean(r.case.name()),
            terms::track(r.case.track),
            terms::phase(r.phase),
            flags,
            next
        )?;
    }
    Ok(())
}
