//! Diagnostics: a problem in a file, with its place and a hint how to fix it.
//!
//! Printed as `path:line:col: error: message` and an indented `hint:` line, the form
//! editors and `grep -n` users recognise (just's `token.rs`).

use crate::i18n::messages::{self as msg, read as m};
use crate::text::clean;
use crate::tr;
use serde::Serialize;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// What kind of problem a diagnostic reports: code decides on this, never on the
/// message (which is Dutch or English). `check --format json` gives it as `code`, so
/// that scripts need not read the message either.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Problem {
    /// TOML that the TOML library cannot read.
    Syntax(crate::read::Syntax),
    /// A required key is absent.
    MissingKey(String),
    /// A field that an event of its kind needs is absent (`to` of a `handover`).
    MissingField,
    /// A key that is not in the format; `suggestion` is the known key it is likely a
    /// typo of.
    UnknownKey { suggestion: Option<String> },
    /// A value of the wrong type (a string where a date belongs).
    WrongType,
    /// A number or date outside its range.
    OutOfRange,
    /// A name that is not one of its list (a track, an event kind, a rule id).
    UnknownName { suggestion: Option<String> },
    /// Text with a control character or a line break where none may be.
    ControlCharacter,
    /// A `schema` this version does not read.
    Schema,
    /// A file name that is not read (hidden, upper case, not UTF-8, a sub-folder).
    FileName,
    /// A file that cannot be read as text (a link, a FIFO, too large, not UTF-8, NUL
    /// bytes, no permission).
    Unreadable,
    /// A git conflict marker.
    Conflict,
    /// A case file that the group or others may read or change; its mode.
    OpenMode(u32),
    /// Anything else (the checks of `check` itself).
    #[default]
    Other,
}

impl Problem {
    /// A stable name for scripts (`check --format json`).
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Syntax(_) => "syntax",
            Problem::MissingKey(_) => "missing-key",
            Problem::MissingField => "missing-field",
            Problem::UnknownKey { .. } => "unknown-key",
            Problem::WrongType => "wrong-type",
            Problem::OutOfRange => "out-of-range",
            Problem::UnknownName { .. } => "unknown-name",
            Problem::ControlCharacter => "control-character",
            Problem::Schema => "schema",
            Problem::FileName => "file-name",
            Problem::Unreadable => "unreadable",
            Problem::Conflict => "conflict",
            Problem::OpenMode(_) => "open-mode",
            Problem::Other => "other",
        }
    }
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub path: PathBuf,
    pub line: usize,
    pub col: usize,
    pub severity: Severity,
    /// What kind of problem it is (`code` in JSON).
    #[serde(rename = "code")]
    pub problem: Problem,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, path: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.to_path_buf(),
            line: pos.line,
            col: pos.col,
            severity,
            problem: Problem::Other,
            message: message.into(),
            hint: None,
        }
    }

    /// Says what kind of problem this is.
    pub fn problem(mut self, problem: Problem) -> Self {
        self.problem = problem;
        self
    }

    pub fn error(path: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, path, pos, message)
    }

    pub fn warning(path: &Path, pos: Pos, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, path, pos, message)
    }

    pub fn hint(mut self, hint: impl Into<Option<String>>) -> Self {
        self.hint = hint.into();
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => msg::ERROR.text(),
            Severity::Warning => msg::WARNING.text(),
        };
        // File names and messages quote what is in the folder (a name, a key, the file
        // name itself): escaped, so that a file cannot steer the terminal or forge a line.
        let path = self.path.display().to_string();
        write!(
            f,
            "{}:{}:{}: {sev}: {}",
            clean(&path),
            self.line,
            self.col,
            clean(&self.message)
        )?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  {}: {}", msg::HINT, clean(hint))?;
        }
        Ok(())
    }
}

/// A 1-based line and column, the column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl Pos {
    pub const START: Pos = Pos { line: 1, col: 1 };

    /// The position of byte `offset` in `src` (clamped to the text).
    pub fn at(src: &str, offset: usize) -> Pos {
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &src[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Pos {
            line: before.bytes().filter(|&b| b == b'\n').count() + 1,
            col: before[line_start..].chars().count() + 1,
        }
    }
}

/// The positions of many offsets in one text. The line starts are found once, each
/// position by a binary search and by counting the characters from the previous
/// position on the same line (or from the line's start): a file with 100,000 problems
/// is still read in linear time, where [`Pos::at`] would count from the start of the
/// file each time.
pub struct Lines<'s> {
    src: &'s str,
    /// The byte offset of the start of every line.
    starts: Vec<usize>,
    /// The last position asked for, and its offset.
    last: std::cell::Cell<(usize, Pos)>,
}

impl<'s> Lines<'s> {
    pub fn new(src: &'s str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines {
            src,
            starts,
            last: std::cell::Cell::new((0, Pos::START)),
        }
    }

    /// The position of byte `offset` (clamped to the text), as [`Pos::at`] gives it.
    pub fn pos(&self, offset: usize) -> Pos {
        let src = self.src;
        let mut offset = offset.min(src.len());
        while !src.is_char_boundary(offset) {
            offset -= 1;
        }
        // The line holding `offset`: the last line start at or before it.
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (last_offset, last_pos) = self.last.get();
        let (from, col) = if last_pos.line == line + 1 && last_offset <= offset {
            (last_offset, last_pos.col)
        } else {
            (self.starts[line], 1)
        };
        let pos = Pos {
            line: line + 1,
            col: col + src[from..offset].chars().count(),
        };
        self.last.set((offset, pos));
        pos
    }
}

/// The closest of `candidates` to `name`, if it is close enough to be a likely typo
/// (clap's own threshold: Jaro similarity above 0.7). Jaro misses two swapped letters in
/// a short name (`dri` for `dir`), so one edit of that kind counts as close too.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    candidates
        .iter()
        .map(|c| (strsim::jaro(name, c), *c))
        .filter(|(score, _)| *score > 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
        .or_else(|| {
            candidates
                .into_iter()
                .find(|c| name.chars().count() > 1 && strsim::osa_distance(name, c) == 1)
        })
}

/// A hint naming the nearest valid name, else listing what is valid.
pub fn did_you_mean(name: &str, candidates: &[&str]) -> String {
    hint_for(suggest(name, candidates.iter().copied()), candidates)
}

/// The hint for a name that is not one of `candidates`, given the nearest one.
pub fn hint_for(suggestion: Option<&str>, candidates: &[&str]) -> String {
    match suggestion {
        Some(c) => mean(c),
        None => {
            let names = candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ");
            tr!(m::ONE_OF, names)
        }
    }
}

/// "did you mean `NAME`?"
pub fn mean(name: &str) -> String {
    tr!(m::DID_YOU_MEAN, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let src = "a = 1\nnaam = \"Zoë\"\nx = 2";
        assert_eq!(Pos::at(src, 0), Pos { line: 1, col: 1 });
        assert_eq!(Pos::at(src, 6), Pos { line: 2, col: 1 });
        // After "naam = \"Zoë" (ë is two bytes, one character).
        let off = src.find("\"\nx").unwrap();
        assert_eq!(Pos::at(src, off), Pos { line: 2, col: 12 });
        assert_eq!(Pos::at(src, 999), Pos { line: 3, col: 6 });
    }

    #[test]
    fn line_index_agrees_with_counting_from_the_start() {
        let src = "a = 1\nnaam = \"Zoë\"\nx = 2\n\n\u{e9}\u{e9}\u{e9}";
        let lines = Lines::new(src);
        // In order, backwards, and again: every way the memo can be used.
        let offsets: Vec<usize> = (0..=src.len() + 2)
            .chain((0..=src.len()).rev())
            .chain([7, 3, 19, 19, 0])
            .collect();
        for off in offsets {
            assert_eq!(lines.pos(off), Pos::at(src, off), "offset {off}");
        }
    }

    #[test]
    fn suggests_the_nearest_name() {
        let kinds = ["start-meeting", "spring-review", "study-advice"];
        assert_eq!(suggest("start-meting", kinds), Some("start-meeting"));
        assert_eq!(suggest("zzz", kinds), None);
        // Two swapped letters in a short name.
        assert_eq!(suggest("dri", ["dir", "lang"]), Some("dir"));
        assert_eq!(suggest("lnag", ["dir", "lang"]), Some("lang"));
        assert_eq!(suggest("x", ["dir", "lang"]), None);
    }

    /// Issue 10: a value with terminal escapes was printed raw by `check`.
    #[test]
    fn display_escapes_what_the_file_says() {
        let d = Diagnostic::error(
            Path::new("students/\u{1b}[2J.toml"),
            Pos::START,
            "unknown track `pro\u{1b}]0;x\u{7}`",
        )
        .hint("did you mean `pro`?\nforged".to_string());
        assert_eq!(
            d.to_string(),
            "students/\\u{1b}[2J.toml:1:1: error: unknown track `pro\\u{1b}]0;x\\u{7}`\n  hint: did you mean `pro`?\\nforged"
        );
    }

    #[test]
    fn display_has_place_and_hint() {
        let d = Diagnostic::error(
            Path::new("students/a.toml"),
            Pos { line: 20, col: 8 },
            "unknown event kind `start-meting`",
        )
        .hint("did you mean `start-meeting`?".to_string());
        assert_eq!(
            d.to_string(),
            "students/a.toml:20:8: error: unknown event kind `start-meting`\n  hint: did you mean `start-meeting`?"
        );
    }
}
