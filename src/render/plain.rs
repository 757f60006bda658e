//! Plain text: one line per item, no colour; nothing at all when there is nothing
//! (cron mails only non-empty output).

use super::{DueList, ListRow, clean};
use std::io::{self, Write};

/// `2026-08-01  overdue   doorstroompunt  focus-2022-0137  Sem de Vries: Check … [rule]`
pub fn due(out: &mut dyn Write, list: &DueList, lang: crate::Lang) -> io::Result<()> {
    for r in list.rows() {
        let rule = r.act.rule();
        writeln!(
            out,
            "{}  {:<8}  {:<14}  {}  {}: {} [{}]",
            r.act.due,
            r.act.status.name(),
            rule.owner.name(),
            r.case.id,
            clean(&r.case.name),
            r.act.title.get(lang),
            rule.id
        )?;
    }
    Ok(())
}

pub fn list(out: &mut dyn Write, rows: &[ListRow]) -> io::Result<()> {
    for r in rows {
        let next = match r.next {
            Some((rule, _, due, status)) => format!("{due} {} ({})", rule.id, status.name()),
            None => "-".into(),
        };
        let mut flags = String::new();
        if r.vsv {
            flags.push_str(" vsv");
        }
        if !r.in_region {
            flags.push_str(" outside-region");
        }
        writeln!(
            out,
            "{}  {}  {}  {}{}  {}",
            r.id,
            clean(&r.name),
            r.track,
            r.phase.name(),
            flags,
            next
        )?;
    }
    Ok(())
}
