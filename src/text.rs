//! Text that comes from users — names, notes, places, file names — on its way in and out.
//!
//! One table decides which characters are dangerous: control characters (C0, DEL, C1:
//! `ESC ]0;…` retitles a terminal, a newline forges a line in the list cron mails) and
//! the Unicode controls that reorder or break a line without being seen (bidi
//! embeddings, overrides and isolates; line and paragraph separators). Input refuses
//! them ([`control_in`]); every human output escapes them ([`clean`]).

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal as it is.
pub fn is_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}'
        )
}

/// Whether `s` is certainly free of dangerous characters, judged on its bytes: printable
/// ASCII only (most text), so that [`clean`] costs almost nothing on the common case.
fn plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// `s` with every dangerous character escaped as Rust writes it (`\n`, `\t`, `\u{1b}`),
/// so that it shows as one harmless line.
pub fn clean(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// A path as it is shown in a message: its control characters escaped.
pub fn path(p: &std::path::Path) -> String {
    clean(&p.display().to_string()).into_owned()
}

/// Like [`clean`], but line ends stay: for messages of several lines that we composed
/// (an error and its `hint:` line) around values that [`clean`] would not have caught.
pub fn clean_lines(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, keep_newlines: bool) -> Cow<'_, str> {
    if plain_ascii(s) || !s.chars().any(|c| is_control(c) && !(keep_newlines && c == '\n')) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether a value may span lines: notes and reasons may (a newline or tab, and the
/// carriage return of a file saved on Windows); names, places and roles may not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// The first character of `s` that input refuses, if any.
pub fn control_in(s: &str, lines: Lines) -> Option<char> {
    if plain_ascii(s) {
        return None;
    }
    s.chars()
        .find(|&c| is_control(c) && !(lines == Lines::Many && matches!(c, '\n' | '\r' | '\t')))
}

/// How a refused character is named in a message: `U+001B`.
pub fn code_point(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_escapes_terminal_controls_and_keeps_the_rest() {
        assert!(matches!(clean("Sem de Vries"), Cow::Borrowed(_)));
        assert!(matches!(clean("Zoë Çelik"), Cow::Borrowed(_)));
        assert_eq!(clean("A\u{1b}]0;pwned\u{7}B"), "A\\u{1b}]0;pwned\\u{7}B");
        assert_eq!(clean("Sem\n2026-01-01  overdue"), "Sem\\n2026-01-01  overdue");
        assert_eq!(clean("a\tb\rc\u{7f}d\u{9b}e"), "a\\tb\\rc\\u{7f}d\\u{9b}e");
        // Bidi override ("Trojan Source") and a line separator.
        assert_eq!(clean("x\u{202e}y\u{2028}z"), "x\\u{202e}y\\u{2028}z");
        assert_eq!(
            clean_lines("error: a\u{1b}b\n  hint: c"),
            "error: a\\u{1b}b\n  hint: c"
        );
    }

    #[test]
    fn input_refuses_controls_but_notes_may_span_lines() {
        assert_eq!(control_in("Sem de Vries", Lines::One), None);
        assert_eq!(control_in("Sem\nX", Lines::One), Some('\n'));
        assert_eq!(control_in("regel 1\r\nregel 2\tx", Lines::Many), None);
        assert_eq!(control_in("a\u{1b}[31m", Lines::Many), Some('\u{1b}'));
        assert_eq!(control_in("a\u{0}", Lines::Many), Some('\u{0}'));
        assert_eq!(code_point('\u{1b}'), "U+001B");
    }

    proptest::proptest! {
        /// Whatever goes in, nothing dangerous comes out, and clean text is left alone.
        #[test]
        fn cleaned_text_has_no_controls(s in "\\PC*|.*[\u{0}-\u{1f}\u{7f}-\u{9f}\u{202a}-\u{202e}].*") {
            let c = clean(&s);
            proptest::prop_assert!(!c.chars().any(is_control), "{c:?}");
            if control_in(&s, Lines::One).is_none() {
                proptest::prop_assert_eq!(c.as_ref(), s.as_str());
            }
        }
    }
}
