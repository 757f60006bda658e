//! A student file cut into its parts, as text: the top-level fields, the `[contacts]`
//! section and each `[[events]]` block, each with the bytes it occupies and its value.
//!
//! Writing an event in date order and merging two versions of a file both work on the
//! text itself, so that every byte they do not mean to change (comments, spacing, line
//! ends, a byte order mark) stays as it was. This module finds where things are; it
//! never changes anything.
//!
//! A part's text ("its span") is its own line(s) plus the comment lines directly above
//! it (no blank line between), and ends at its last line that is not blank: a comment
//! above `[[events]]` travels with that event, and the blank lines between parts stay
//! where they are.

use crate::dates::Date;
use std::ops::Range;

/// The byte order mark some Windows editors write at the start of a file.
pub const BOM: &str = "\u{feff}";

/// How a line starts, seen from outside any string or bracket.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Blank,
    Comment,
    /// `[table]` or `[[array]]`.
    Header,
    /// The first line of a `key = value`.
    Key,
    /// A line inside a multi-line string or array: part of the value above it.
    Continuation,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    /// After the line's `\n` (or the end of the text).
    end: usize,
    /// After the line's last character that is not a line end.
    content_end: usize,
    class: Class,
}

/// The lexer's state between lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Nothing,
    /// Inside `"""…"""`.
    MultiBasic,
    /// Inside `'''…'''`.
    MultiLiteral,
}

/// Cuts `src` (from byte `from`) into lines and classifies each, following TOML's
/// strings, comments and brackets so that a `[` inside a note is not taken for a header.
fn lines(src: &str, from: usize) -> Vec<Line> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut open = Open::Nothing;
    let mut depth = 0usize;
    let mut start = from;
    while start < b.len() {
        let end = memchr_newline(b, start).map_or(b.len(), |i| i + 1);
        let mut content_end = end;
        while content_end > start && matches!(b[content_end - 1], b'\n' | b'\r') {
            content_end -= 1;
        }
        let line = &b[start..content_end];
        let class = if open != Open::Nothing || depth > 0 {
            Class::Continuation
        } else {
            match line.iter().find(|c| !matches!(c, b' ' | b'\t')) {
                None => Class::Blank,
                Some(b'#') => Class::Comment,
                Some(b'[') => Class::Header,
                Some(_) => Class::Key,
            }
        };
        let mut i = 0;
        while i < line.len() {
            let rest = &line[i..];
            match open {
                Open::MultiBasic => {
                    if rest.starts_with(b"\"\"\"") {
                        open = Open::Nothing;
                        i += 3;
                        // `""""` and `"""""` end with one or two quotes of content.
                        let mut extra = 0;
                        while extra < 2 && line.get(i) == Some(&b'"') {
                            i += 1;
                            extra += 1;
                        }
                    } else if rest[0] == b'\\' {
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                Open::MultiLiteral => {
                    if rest.starts_with(b"'''") {
                        open = Open::Nothing;
                        i += 3;
                        let mut extra = 0;
                        while extra < 2 && line.get(i) == Some(&b'\'') {
                            i += 1;
                            extra += 1;
                        }
                    } else {
                        i += 1;
                    }
                }
                Open::Nothing => match rest[0] {
                    b'#' => break,
                    b'"' if rest.starts_with(b"\"\"\"") => {
                        open = Open::MultiBasic;
                        i += 3;
                    }
                    b'\'' if rest.starts_with(b"'''") => {
                        open = Open::MultiLiteral;
                        i += 3;
                    }
                    b'"' => {
                        i += 1;
                        while i < line.len() && line[i] != b'"' {
                            i += if line[i] == b'\\' { 2 } else { 1 };
                        }
                        i += 1;
                    }
                    b'\'' => {
                        i += 1;
                        while i < line.len() && line[i] != b'\'' {
                            i += 1;
                        }
                        i += 1;
                    }
                    b'[' | b'{' => {
                        depth += 1;
                        i += 1;
                    }
                    b']' | b'}' => {
                        depth = depth.saturating_sub(1);
                        i += 1;
                    }
                    _ => i += 1,
                },
            }
        }
        // A multi-line basic string's line may end in `\` (a line-ending backslash): the
        // newline is part of the string; nothing to do, the state carries over.
        out.push(Line {
            start,
            end,
            content_end,
            class,
        });
        start = end;
    }
    out
}

fn memchr_newline(b: &[u8], from: usize) -> Option<usize> {
    b[from..].iter().position(|&c| c == b'\n').map(|i| from + i)
}

/// A `key = value` line (top level or in `[contacts]`).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The key as written at the top of the line (`name`; `contacts` for a dotted or
    /// inline contacts table).
    pub key: String,
    pub span: Range<usize>,
    pub value: toml::Value,
}

/// The `[contacts]` section.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// From the header (with the comments above it) to its last entry.
    pub span: Range<usize>,
    /// After the header line.
    pub header_end: usize,
    pub entries: Vec<Entry>,
}

/// One `[[events]]` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub span: Range<usize>,
    pub date: Date,
    /// The event's table as TOML reads it (what a block means, whatever its layout).
    pub table: toml::Table,
}

/// A student file's parts, in the layout the tool writes and people keep: top-level
/// `key = value` lines, then `[contacts]` and `[[events]]` sections in any order.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout<'a> {
    pub src: &'a str,
    /// Where the text starts: after a byte order mark, if any.
    pub text_start: usize,
    /// The file's line end: `\r\n` when it has any, else `\n`.
    pub eol: &'static str,
    pub head: Vec<Entry>,
    /// Where the top-level part's text ends (after its last entry).
    pub head_end: usize,
    pub contacts: Option<Section>,
    pub events: Vec<Block>,
}

/// The line end a file uses: a file saved on Windows keeps its CRLF.
pub fn eol_of(src: &str) -> &'static str {
    if src.contains("\r\n") { "\r\n" } else { "\n" }
}

impl<'a> Layout<'a> {
    /// Cuts a file into its parts; `None` when it is not TOML, or has another table than
    /// `[contacts]` and `[[events]]`, or a part that does not read on its own.
    pub fn parse(src: &'a str) -> Option<Layout<'a>> {
        let text_start = if src.starts_with(BOM) { BOM.len() } else { 0 };
        let lines = lines(src, text_start);
        let anchors: Vec<usize> = (0..lines.len())
            .filter(|&i| matches!(lines[i].class, Class::Key | Class::Header))
            .collect();
        // Each anchor's text starts at the comment lines directly above it.
        let mut starts = Vec::with_capacity(anchors.len());
        let mut limit = 0;
        for &a in &anchors {
            let mut s = a;
            while s > limit && lines[s - 1].class == Class::Comment {
                s -= 1;
            }
            starts.push(s);
            limit = a + 1;
        }
        // … and ends at its last line that is not blank before the next one's text.
        let own_end = |k: usize| -> usize {
            let stop = starts.get(k + 1).copied().unwrap_or(lines.len());
            let mut e = stop;
            while e > anchors[k] + 1 && lines[e - 1].class == Class::Blank {
                e -= 1;
            }
            lines[e - 1].end
        };
        let span = |k: usize| lines[starts[k]].start..own_end(k);

        let mut layout = Layout {
            src,
            text_start,
            eol: eol_of(src),
            head: Vec::new(),
            head_end: text_start,
            contacts: None,
            events: Vec::new(),
        };
        enum In {
            Head,
            Contacts,
            Event,
        }
        let mut now = In::Head;
        for (k, &a) in anchors.iter().enumerate() {
            let line = &lines[a];
            if line.class == Class::Header {
                let header = header_name(&src[line.start..line.content_end])?;
                match header {
                    ("contacts", false) if layout.contacts.is_none() => {
                        now = In::Contacts;
                        layout.contacts = Some(Section {
                            span: span(k),
                            header_end: line.end,
                            entries: Vec::new(),
                        });
                    }
                    ("events", true) => {
                        now = In::Event;
                        let sp = span(k);
                        layout.events.push(Block {
                            span: sp,
                            // Filled in below, when the block's text is complete.
                            date: Date::MIN,
                            table: toml::Table::new(),
                        });
                    }
                    _ => return None,
                }
                continue;
            }
            let sp = span(k);
            match now {
                In::Head => {
                    layout.head_end = sp.end;
                    layout.head.push(entry(src, sp)?);
                }
                In::Contacts => {
                    let c = layout.contacts.as_mut()?;
                    c.span.end = sp.end;
                    c.entries.push(entry(src, sp)?);
                }
                In::Event => {
                    let b = layout.events.last_mut()?;
                    b.span.end = sp.end;
                }
            }
        }
        for b in &mut layout.events {
            let doc: toml::Table = toml::from_str(&src[b.span.clone()]).ok()?;
            let mut events = match doc.into_iter().next()? {
                (k, toml::Value::Array(a)) if k == "events" && a.len() == 1 => a,
                _ => return None,
            };
            let toml::Value::Table(t) = events.pop()? else {
                return None;
            };
            b.date = match t.get("date")? {
                toml::Value::Datetime(dt) => {
                    let d = dt.date?;
                    if dt.time.is_some() || dt.offset.is_some() {
                        return None;
                    }
                    Date::from_ymd_opt(d.year.into(), d.month.into(), d.day.into())?
                }
                _ => return None,
            };
            b.table = t;
        }
        Some(layout)
    }

    /// Whether the events are written as an inline array (`events = [ … ]`).
    pub fn inline_events(&self) -> bool {
        self.head.iter().any(|e| e.key == "events")
    }

    /// The text of a span.
    pub fn text(&self, span: &Range<usize>) -> &'a str {
        &self.src[span.clone()]
    }
}

/// `[contacts]` → ("contacts", false); `[[ events ]]  # …` → ("events", true).
fn header_name(line: &str) -> Option<(&str, bool)> {
    let line = line.trim();
    let (inner, array) = if let Some(r) = line.strip_prefix("[[") {
        (r.split_once("]]")?, true)
    } else {
        (line.strip_prefix('[')?.split_once(']')?, false)
    };
    let (name, rest) = inner;
    let rest = rest.trim_start();
    if !(rest.is_empty() || rest.starts_with('#')) {
        return None;
    }
    Some((name.trim(), array))
}

fn entry(src: &str, span: Range<usize>) -> Option<Entry> {
    let table: toml::Table = toml::from_str(&src[span.clone()]).ok()?;
    if table.len() != 1 {
        return None;
    }
    let (key, value) = table.into_iter().next()?;
    Some(Entry { key, span, value })
}

/// Where an event dated `date` goes among `dates` (in file order): after the last one
/// dated on or before it, so that events of one date keep the order they were written
/// in. `None`: before the first.
pub fn place_after(
    dates: impl DoubleEndedIterator<Item = Date> + ExactSizeIterator,
    date: Date,
) -> Option<usize> {
    let n = dates.len();
    dates
        .rev()
        .position(|d| d <= date)
        .map(|from_end| n - 1 - from_end)
}

/// Inserts `block` (ending in a line end) after a part that ends at `at`, separated by
/// a blank line: `…A⏎` + `⏎[[events]]…⏎`; the blank line that followed `A` now follows
/// the new block.
pub fn insert_after(src: &str, at: usize, block: &str, eol: &str) -> String {
    let mut out = String::with_capacity(src.len() + block.len() + 4);
    out.push_str(&src[..at]);
    if at > 0 && !src[..at].ends_with('\n') {
        out.push_str(eol);
    }
    out.push_str(eol);
    out.push_str(block);
    out.push_str(&src[at..]);
    out
}

/// Inserts `block` (ending in a line end) before a part that starts at `at`, followed by
/// a blank line.
pub fn insert_before(src: &str, at: usize, block: &str, eol: &str) -> String {
    let mut out = String::with_capacity(src.len() + block.len() + 4);
    out.push_str(&src[..at]);
    out.push_str(block);
    out.push_str(eol);
    out.push_str(&src[at..]);
    out
}

/// `text` with its line ends made `eol`.
pub fn with_eol(text: &str, eol: &str) -> String {
    let lf = text.replace("\r\n", "\n");
    if eol == "\n" { lf } else { lf.replace('\n', eol) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"# Sem: stage bij hoveniersbedrijf De Linde
schema = 1
id = "sem"
name   = "Sem de Vries"      # roepnaam
birth_date = 2008-05-14
track = "pro"
enrolled = 2021-08-23

[contacts]
# de mentor
mentor = "J. Bakker"

[[events]]                   # startgesprek
date = 2025-09-15
kind = "start-meeting"
note = """
[[events]]
gewoon tekst, geen kop"""

# de uitschrijving
[[events]]
date = 2026-07-10
kind = "exit"
destination = "work"
# nog te bellen

"#;

    #[test]
    fn parts_have_their_comments_and_no_blank_lines() {
        let l = Layout::parse(FILE).unwrap();
        let keys: Vec<&str> = l.head.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["schema", "id", "name", "birth_date", "track", "enrolled"]);
        assert_eq!(
            l.text(&l.head[0].span),
            "# Sem: stage bij hoveniersbedrijf De Linde\nschema = 1\n"
        );
        assert_eq!(
            l.text(&l.head[2].span),
            "name   = \"Sem de Vries\"      # roepnaam\n"
        );
        assert_eq!(&FILE[l.head_end..l.head_end + 2], "\n[");
        let c = l.contacts.as_ref().unwrap();
        assert_eq!(
            l.text(&c.span),
            "[contacts]\n# de mentor\nmentor = \"J. Bakker\"\n"
        );
        assert_eq!(
            l.text(&c.entries[0].span),
            "# de mentor\nmentor = \"J. Bakker\"\n"
        );
        // The `[[events]]` inside the note is text, not a header.
        assert_eq!(l.events.len(), 2);
        assert!(l.text(&l.events[0].span).ends_with("geen kop\"\"\"\n"));
        assert_eq!(
            l.text(&l.events[1].span),
            "# de uitschrijving\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\ndestination = \"work\"\n# nog te bellen\n"
        );
        assert_eq!(l.events[1].date.to_string(), "2026-07-10");
        assert_eq!(l.events[0].table["kind"].as_str(), Some("start-meeting"));
    }

    #[test]
    fn crlf_and_a_byte_order_mark() {
        let src = format!("{BOM}{}", FILE.replace('\n', "\r\n"));
        let l = Layout::parse(&src).unwrap();
        assert_eq!(l.eol, "\r\n");
        assert_eq!(l.text_start, 3);
        assert_eq!(
            l.text(&l.head[0].span),
            "# Sem: stage bij hoveniersbedrijf De Linde\r\nschema = 1\r\n"
        );
        assert_eq!(l.events.len(), 2);
    }

    #[test]
    fn other_tables_and_broken_toml_are_not_cut() {
        assert!(Layout::parse("schema = 1\n[other]\nx = 1\n").is_none());
        assert!(Layout::parse("schema = 1\n[[events]]\ndate = \n").is_none());
        assert!(Layout::parse("schema = 1\n[[events]]\nkind = \"note\"\n").is_none());
        let inline =
            Layout::parse("schema = 1\nevents = [\n  { date = 2025-01-01, kind = \"note\" },\n]\n").unwrap();
        assert!(inline.inline_events() && inline.events.is_empty());
    }

    #[test]
    fn place_after_the_last_event_on_or_before_the_date() {
        let d = |s: &str| crate::dates::parse_date(s).unwrap();
        let dates = [d("2025-01-01"), d("2025-03-01"), d("2025-03-01"), d("2025-06-01")];
        assert_eq!(place_after(dates.into_iter(), d("2024-12-31")), None);
        assert_eq!(place_after(dates.into_iter(), d("2025-01-01")), Some(0));
        assert_eq!(place_after(dates.into_iter(), d("2025-03-01")), Some(2));
        assert_eq!(place_after(dates.into_iter(), d("2025-05-01")), Some(2));
        assert_eq!(place_after(dates.into_iter(), d("2026-01-01")), Some(3));
    }
}
