//! JSON output. `due` and `list` are contracts (SPEC.md, contracts/*.schema.json):
//! keys may be added, never renamed. Written by hand, one element per line: at 100,000
//! students the output is larger than the input, and serde's generic path was a third
//! of the run.

use super::{DueList, ListRow};
use crate::dates::Date;
use chrono::Datelike;
use std::io::{self, Write};

/// A JSON string: quoted, and escaped only where it has to be.
pub fn str(out: &mut dyn Write, s: &str) -> io::Result<()> {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.write_all(b"\"")?;
        out.write_all(s.as_bytes())?;
        out.write_all(b"\"")
    } else {
        serde_json::to_writer(out, s).map_err(io::Error::other)
    }
}

/// A date as a JSON string `"YYYY-MM-DD"`.
pub fn date(out: &mut dyn Write, d: Date) -> io::Result<()> {
    let (m, day) = (d.month(), d.day());
    if let Ok(y @ 0..=9999) = u32::try_from(d.year()) {
        let digit = |n: u32| b"0123456789"[(n % 10) as usize];
        let b = [
            b'"',
            digit(y / 1000),
            digit(y / 100),
            digit(y / 10),
            digit(y),
            b'-',
            digit(m / 10),
            digit(m),
            b'-',
            digit(day / 10),
            digit(day),
            b'"',
        ];
        out.write_all(&b)
    } else {
        write!(out, "\"{d}\"")
    }
}

fn opt_str(out: &mut dyn Write, s: Option<&str>) -> io::Result<()> {
    match s {
        Some(s) => str(out, s),
        None => out.write_all(b"null"),
    }
}

/// A JSON array, one element per line.
fn array<T>(
    out: &mut dyn Write,
    items: impl Iterator<Item = T>,
    mut each: impl FnMut(&mut dyn Write, T) -> io::Result<()>,
) -> io::Result<()> {
    let mut first = true;
    for item in items {
        out.write_all(if first { b"[\n  " } else { b",\n  " })?;
        first = false;
        each(out, item)?;
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })
}

/// Rows a worker formats at a time; a batch of them per thread is formatted in
/// parallel, then written in order, so memory stays a few MiB at any size.
const CHUNK: usize = 1024;

/// `due --format json`. At 100,000 students the output (78 MB) is formatted on all
/// cores: in one thread it was a third of the run after the files were read.
pub fn due(out: &mut dyn Write, list: &DueList, lang: crate::Lang) -> io::Result<()> {
    use rayon::prelude::*;
    let n = list.len();
    if n == 0 {
        return out.write_all(b"[]\n");
    }
    let batch = CHUNK * rayon::current_num_threads().max(1) * 2;
    // (2 chunks per thread: 4,096 rows, about 2 MB, in flight on 2 cores.)
    for start in (0..n).step_by(batch) {
        let chunks: Vec<Vec<u8>> = (start..n.min(start + batch))
            .step_by(CHUNK)
            .collect::<Vec<_>>()
            .into_par_iter()
            .map(|from| {
                let mut buf = Vec::with_capacity(CHUNK * 512);
                for (i, r) in list.rows_at(from, CHUNK).enumerate() {
                    // Infallible: writes to a Vec.
                    let _ = buf.write_all(if from + i == 0 { b"[\n  " } else { b",\n  " });
                    let _ = due_row(&mut buf, r, lang);
                }
                buf
            })
            .collect();
        for c in chunks {
            out.write_all(&c)?;
        }
    }
    out.write_all(b"\n]\n")
}

/// One element of `due --format json`.
fn due_row(out: &mut dyn Write, r: super::Row<'_>, lang: crate::Lang) -> io::Result<()> {
    {
        let rule = r.act.rule();
        out.write_all(b"{\"case\":")?;
        str(out, r.case.id())?;
        out.write_all(b",\"name\":")?;
        str(out, r.case.name())?;
        out.write_all(b",\"rule\":")?;
        str(out, rule.id)?;
        out.write_all(b",\"kind\":")?;
        str(out, rule.kind.name())?;
        out.write_all(b",\"owner\":")?;
        str(out, rule.owner.name())?;
        out.write_all(b",\"title\":")?;
        str(out, r.act.title.get(lang))?;
        out.write_all(b",\"opens\":")?;
        date(out, r.act.opens)?;
        out.write_all(b",\"due\":")?;
        date(out, r.act.due)?;
        out.write_all(b",\"status\":")?;
        str(out, r.act.status.name())?;
        out.write_all(b",\"track\":")?;
        str(out, r.case.track.name())?;
        out.write_all(b",\"school\":")?;
        opt_str(out, r.case.school())?;
        out.write_all(b",\"contacts\":")?;
        contacts(out, r.case.contacts())?;
        out.write_all(b"}")
    }
}

/// `[contacts]` as a JSON object, in file order (`{}` when there are none).
pub fn contacts<'a>(out: &mut dyn Write, pairs: impl Iterator<Item = (&'a str, &'a str)>) -> io::Result<()> {
    out.write_all(b"{")?;
    for (i, (role, who)) in pairs.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        str(out, role)?;
        out.write_all(b":")?;
        str(out, who)?;
    }
    out.write_all(b"}")
}

pub fn list(out: &mut dyn Write, rows: &[ListRow], lang: crate::Lang) -> io::Result<()> {
    array(out, rows.iter(), |out, r| {
        out.write_all(b"{\"id\":")?;
        str(out, r.case.id())?;
        out.write_all(b",\"name\":")?;
        str(out, r.case.name())?;
        out.write_all(b",\"track\":")?;
        str(out, r.case.track.name())?;
        out.write_all(b",\"phase\":")?;
        str(out, r.phase.name())?;
        write!(out, ",\"vsv\":{},\"in_region\":{},\"next\":", r.vsv, r.in_region)?;
        match r.next {
            Some((rule, title, due, status)) => {
                out.write_all(b"{\"rule\":")?;
                str(out, rule.id)?;
                out.write_all(b",\"due\":")?;
                date(out, due)?;
                out.write_all(b",\"title\":")?;
                str(out, title.get(lang))?;
                out.write_all(b",\"status\":")?;
                str(out, status.name())?;
                out.write_all(b"}")?;
            }
            None => out.write_all(b"null")?,
        }
        out.write_all(b",\"school\":")?;
        opt_str(out, r.case.school())?;
        out.write_all(b",\"municipality\":")?;
        opt_str(out, r.case.municipality())?;
        write!(out, ",\"monitoring_ended\":{}", r.monitoring_ended)?;
        out.write_all(b",\"contacts\":")?;
        contacts(out, r.case.contacts())?;
        out.write_all(b"}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> String {
        let mut v = Vec::new();
        f(&mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    /// The hand-written strings parse back to what went in, escapes included.
    #[test]
    fn strings_and_dates_round_trip() {
        for input in [
            "Sem de Vries",
            "Zoë \"Z\" van 't Hof",
            "a\\b",
            "tab\tnew\nline",
            "",
        ] {
            let json = s(|o| str(o, input));
            assert_eq!(serde_json::from_str::<String>(&json).unwrap(), input);
        }
        let d = crate::dates::parse_date("2026-08-01").unwrap();
        assert_eq!(s(|o| date(o, d)), "\"2026-08-01\"");
    }
}
