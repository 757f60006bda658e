//! A fast scanner for the layout student files have: `key = value` lines, a
//! `[contacts]` table, `[[events]]` tables, comments and blank lines, with basic or
//! literal strings, integers, decimals, booleans and dates as values.
//!
//! Profiling `due` on 100,000 students showed the general TOML parser (its lexer, event
//! list and map) at about a third of the run. This scanner reads the same files in one
//! pass without building those, into the same model (`read::Value`) the semantic reader
//! takes. It accepts only what it fully understands and returns `None` for anything
//! else — an escape in a string, an inline table, a dotted or quoted key, a duplicate
//! key, a date-time, a control character — and the caller then uses the full parser,
//! which also gives every diagnostic. A differential property test checks that both
//! front ends read the same student from every file the scanner accepts.

use crate::dates::Date;
use crate::read::{Key, Table, Val, Value};
use std::borrow::Cow;

/// Scans `src`; `None` when the file is not in the plain layout.
pub fn scan(src: &str) -> Option<Value<'_>> {
    enum Section {
        Root,
        Contacts,
        Event,
    }
    let mut root = Table::default();
    let mut contacts: Option<(Table<'_>, std::ops::Range<usize>)> = None;
    let mut events: Vec<Value<'_>> = Vec::new();
    let mut section = Section::Root;
    let bytes = src.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let start = next;
        // One pass over the line's bytes finds its end and any control character
        // (other than tab), which TOML refuses, in comments too.
        let mut end = start;
        while let Some(&b) = bytes.get(end) {
            if b == b'\n' {
                break;
            }
            if (b < 0x20 && b != b'\t') || b == 0x7f {
                return None;
            }
            end += 1;
        }
        next = end + 1;
        // `\n` is ASCII: both ends are character boundaries.
        let body = &src[start..end];
        let indent = body.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
        let trimmed = &body[indent..];
        let at = start + indent;
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("[[events]]") {
            end_of_line(rest)?;
            if root.contains_key("events") {
                return None;
            }
            events.push(Value {
                val: Val::Table(Table::default()),
                span: at..at + 10,
            });
            section = Section::Event;
            continue;
        }
        if let Some(rest) = trimmed.strip_prefix("[contacts]") {
            end_of_line(rest)?;
            if contacts.is_some() || root.contains_key("contacts") {
                return None;
            }
            contacts = Some((Table::default(), at..at + 10));
            section = Section::Contacts;
            continue;
        }
        let (key, value) = key_value(trimmed, at)?;
        let table = match section {
            Section::Root => &mut root,
            Section::Contacts => &mut contacts.as_mut()?.0,
            Section::Event => match events.last_mut()?.val {
                Val::Table(ref mut t) => t,
                _ => return None,
            },
        };
        if table.contains_key(&key.name) {
            return None;
        }
        table.entries.push((key, value));
    }
    if let Some((t, span)) = contacts {
        let key = Key {
            name: Cow::Borrowed("contacts"),
            span: span.clone(),
        };
        root.entries.push((
            key,
            Value {
                val: Val::Table(t),
                span,
            },
        ));
    }
    if let Some(first) = events.first() {
        let span = first.span.clone();
        let key = Key {
            name: Cow::Borrowed("events"),
            span: span.clone(),
        };
        root.entries.push((
            key,
            Value {
                val: Val::Array(events),
                span,
            },
        ));
    }
    Some(Value {
        val: Val::Table(root),
        span: 0..src.len(),
    })
}

/// What may follow a value or a header: spaces, then nothing or a comment.
fn end_of_line(rest: &str) -> Option<()> {
    let rest = rest.trim_start_matches([' ', '\t']);
    (rest.is_empty() || rest.starts_with('#')).then_some(())
}

fn is_bare_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// `key = value`, the line starting at byte `at` of the file.
fn key_value(line: &str, at: usize) -> Option<(Key<'_>, Value<'_>)> {
    let key_len = line.bytes().take_while(|&b| is_bare_key_byte(b)).count();
    if key_len == 0 {
        return None;
    }
    let key = Key {
        name: Cow::Borrowed(&line[..key_len]),
        span: at..at + key_len,
    };
    let after_key = &line[key_len..];
    let rest = after_key.trim_start_matches([' ', '\t']).strip_prefix('=')?;
    let value_text = rest.trim_start_matches([' ', '\t']);
    let value_at = at + (line.len() - value_text.len());
    let (val, len) = value(value_text)?;
    end_of_line(&value_text[len..])?;
    Some((
        key,
        Value {
            val,
            span: value_at..value_at + len,
        },
    ))
}

/// A scalar value at the start of `s`, and its length.
fn value(s: &str) -> Option<(Val<'_>, usize)> {
    let b = s.as_bytes();
    match *b.first()? {
        b'"' => {
            if s.starts_with("\"\"\"") {
                return None;
            }
            // A byte search: `"` and `\` are ASCII, never inside a multi-byte character
            // (a `find` with a pattern of two chars decodes every character).
            let end = b[1..].iter().position(|&c| c == b'"' || c == b'\\')? + 1;
            // An escape sequence: leave it to the full parser.
            if b[end] != b'"' {
                return None;
            }
            Some((Val::Str(Cow::Borrowed(&s[1..end])), end + 1))
        }
        b'\'' => {
            if s.starts_with("'''") {
                return None;
            }
            let end = s[1..].find('\'')? + 1;
            Some((Val::Str(Cow::Borrowed(&s[1..end])), end + 1))
        }
        b't' if s.starts_with("true") && ends_token(&b[4..]) => Some((Val::Bool(true), 4)),
        b'f' if s.starts_with("false") && ends_token(&b[5..]) => Some((Val::Bool(false), 5)),
        b'0'..=b'9' | b'+' | b'-' => number_or_date(s),
        _ => None,
    }
}

/// Whether a token ends here: end of line, space or comment.
fn ends_token(rest: &[u8]) -> bool {
    matches!(rest.first(), None | Some(b' ' | b'\t' | b'#'))
}

fn number_or_date(s: &str) -> Option<(Val<'_>, usize)> {
    let b = s.as_bytes();
    // A date: YYYY-MM-DD, not followed by a time (`T…` or ` 07:32`).
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
    {
        if !ends_token(&b[10..]) || (b.get(10) == Some(&b' ') && b.get(11).is_some_and(u8::is_ascii_digit)) {
            return None;
        }
        let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        let date = Date::from_ymd_opt(s[0..4].parse().ok()?, num(5..7)?, num(8..10)?)?;
        return Some((Val::Date(Some(date)), 10));
    }
    let len = b
        .iter()
        .take_while(|&&c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.'))
        .count();
    if !ends_token(&b[len..]) {
        return None;
    }
    let text = &s[..len];
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (int_part, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    // TOML's rules: digits on both sides of the point, no leading zeros.
    let plain = |p: &str| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit());
    if !plain(int_part) || (int_part.len() > 1 && int_part.starts_with('0')) {
        return None;
    }
    match frac {
        None => Some((Val::Int(Some(text.parse::<i64>().ok()?)), len)),
        Some(f) if plain(f) => Some((Val::Float(text.parse::<f64>().ok()?), len)),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::Reader;
    use std::path::Path;

    /// What the full parser makes of `src`.
    fn full(src: &str) -> Option<Value<'_>> {
        Reader::new(src, Path::new("x.toml")).parse()
    }

    #[test]
    fn reads_the_layout_the_tool_writes_like_the_full_parser() {
        let src = "# kop\nschema = 1\nname   = \"Sem\"   # roepnaam\nbirth_date = 2008-05-14\nhours = 12.5\nok = true\n\n[contacts]\nmentor = 'J. \"Jan\" Bakker'\n\n[[events]]  # eerste\ndate = 2025-09-15\nkind = \"start-meeting\"\n\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\n";
        let fast = scan(src).expect("plain layout");
        let full = full(src).expect("valid TOML");
        let (Val::Table(f), Val::Table(g)) = (&fast.val, &full.val) else {
            panic!()
        };
        for (k, v) in g.iter() {
            let mine = f
                .get(k.get_ref())
                .unwrap_or_else(|| panic!("{} missing", k.get_ref()));
            match (&mine.val, &v.val) {
                (Val::Array(a), Val::Array(b)) => {
                    assert_eq!(a.len(), b.len());
                    for (x, y) in a.iter().zip(b) {
                        assert_eq!(x.val, y.val);
                    }
                }
                (a, b) => assert_eq!(a, b, "{}", k.get_ref()),
            }
            if !matches!(v.val, Val::Table(_) | Val::Array(_)) {
                assert_eq!(mine.span, v.span, "span of {}", k.get_ref());
                assert_eq!(
                    f.entries.iter().find(|(x, _)| x.name == k.name).unwrap().0.span,
                    k.span
                );
            }
        }
    }

    /// Anything outside the plain layout is left to the full parser.
    #[test]
    fn declines_what_it_does_not_fully_understand() {
        for src in [
            "name = \"a\\\"b\"\n",
            "name = \"\"\"x\"\"\"\n",
            "a.b = 1\n",
            "\"quoted\" = 1\n",
            "x = {a = 1}\n",
            "x = [1, 2]\n",
            "x = 1\nx = 2\n",
            "x = 2026-07-10T10:00:00\n",
            "x = 2026-07-10 10:00:00\n",
            "x = 2026-02-30\n",
            "x = 1_000\n",
            "x = 01\n",
            "x = 1e3\n",
            "x = 0x10\n",
            "x = inf\n",
            "[other]\n",
            "[contacts]\n[contacts]\n",
            "x = 1 y\n",
            "x = \"a\u{1}b\"\n",
            "x = 1 # \u{7f}\n",
            "x = \"open\n",
            "x =\n",
        ] {
            assert!(scan(src).is_none(), "{src:?}");
        }
    }
}
