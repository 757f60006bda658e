//! Typed reading of a parsed TOML document with spans, for the student files and
//! `uitstroom.toml`. Every problem becomes a [`Diagnostic`] with line, column and hint;
//! reading goes on after a problem so that one pass reports all of them.

use crate::dates::Date;
use crate::diag::{Diagnostic, Lines, Pos, Problem, did_you_mean, suggest};
use crate::i18n::messages::read as m;
use crate::tr;
use std::borrow::Cow;
use std::ops::Range;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// A TOML value with its place in the file. Both front ends produce it: the full TOML
/// parser (through [`from_toml`]) and the fast scanner of the canonical layout
/// (`fastscan.rs`); the readers below see no difference.
#[derive(Clone, Debug, PartialEq)]
pub struct Value<'i> {
    pub val: Val<'i>,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Val<'i> {
    Str(Cow<'i, str>),
    /// `None`: an integer beyond 64 bits.
    Int(Option<i64>),
    Float(f64),
    Bool(bool),
    /// `None`: a date-time with a time or an offset, where a date is wanted.
    Date(Option<Date>),
    Array(Vec<Value<'i>>),
    Table(Table<'i>),
}

/// A key with its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Key<'i> {
    pub name: Cow<'i, str>,
    pub span: Range<usize>,
}

impl Key<'_> {
    pub fn get_ref(&self) -> &str {
        &self.name
    }
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

/// A table: its entries in file order (a handful each, so a list beats a map).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table<'i> {
    pub entries: Vec<(Key<'i>, Value<'i>)>,
}

impl<'i> Table<'i> {
    pub fn get(&self, key: &str) -> Option<&Value<'i>> {
        self.entries.iter().find(|(k, _)| k.name == key).map(|(_, v)| v)
    }
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&Key<'i>, &Value<'i>)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

impl<'i> Value<'i> {
    pub fn get_ref(&self) -> &Val<'i> {
        &self.val
    }
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }
}

impl<'i> Val<'i> {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn is_str(&self) -> bool {
        matches!(self, Val::Str(_))
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Val::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Value<'i>]> {
        match self {
            Val::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_table(&self) -> Option<&Table<'i>> {
        match self {
            Val::Table(t) => Some(t),
            _ => None,
        }
    }
    /// What the value is, as a type: "a string", "an array" (for messages).
    pub fn type_name(&self) -> &'static str {
        match self {
            Val::Str(_) => &m::TYPE_STRING,
            Val::Int(_) => &m::TYPE_INTEGER,
            Val::Float(_) => &m::TYPE_FLOAT,
            Val::Bool(_) => &m::TYPE_BOOLEAN,
            Val::Date(_) => &m::TYPE_DATETIME,
            Val::Array(_) => &m::TYPE_ARRAY,
            Val::Table(_) => &m::TYPE_TABLE,
        }
        .text()
    }
}

/// Converts the full parser's document into the model (the path for any file the fast
/// scanner leaves alone).
pub fn from_toml<'i>(v: toml::Spanned<DeValue<'i>>) -> Value<'i> {
    let span = v.span();
    let val = match v.into_inner() {
        DeValue::String(s) => Val::Str(s),
        DeValue::Integer(i) => Val::Int(i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()),
        DeValue::Float(f) => Val::Float(f.as_str().replace('_', "").parse::<f64>().unwrap_or(f64::NAN)),
        DeValue::Boolean(b) => Val::Bool(b),
        DeValue::Datetime(dt) => Val::Date(match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Date::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()),
            _ => None,
        }),
        DeValue::Array(a) => Val::Array(a.into_iter().map(from_toml).collect()),
        DeValue::Table(t) => Val::Table(table_from_toml(t)),
    };
    Value { val, span }
}

/// The parser's map is sorted by key; the model keeps the file's order (contacts are
/// shown as the user wrote them).
fn table_from_toml(t: DeTable<'_>) -> Table<'_> {
    let mut entries: Vec<_> = t
        .into_iter()
        .map(|(k, v)| {
            let span = k.span();
            (
                Key {
                    name: k.into_inner(),
                    span,
                },
                from_toml(v),
            )
        })
        .collect();
    entries.sort_by_key(|(k, _)| k.span.start);
    Table { entries }
}

// The name tables live in `names.rs`; readers import them from here too.
pub use crate::names::Named;
pub(crate) use crate::names::named_enum;

pub struct Reader<'a> {
    pub src: &'a str,
    pub path: &'a Path,
    pub diags: Vec<Diagnostic>,
    /// The line index, made at the first problem (most files have none).
    lines: std::cell::OnceCell<Lines<'a>>,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a str, path: &'a Path) -> Self {
        Reader {
            src,
            path,
            diags: Vec::new(),
            lines: std::cell::OnceCell::new(),
        }
    }

    pub fn pos(&self, span: &Range<usize>) -> Pos {
        self.lines.get_or_init(|| Lines::new(self.src)).pos(span.start)
    }

    pub fn error(
        &mut self,
        span: &Range<usize>,
        problem: Problem,
        message: impl Into<String>,
        hint: Option<String>,
    ) {
        let d = Diagnostic::error(self.path, self.pos(span), message)
            .hint(hint)
            .problem(problem);
        self.diags.push(d);
    }

    /// Parses the whole document; a syntax error is reported at its place. The root is a
    /// `Val::Table`.
    pub fn parse(&mut self) -> Option<Value<'a>> {
        match DeTable::parse(self.src) {
            Ok(t) => {
                let span = t.span();
                Some(Value {
                    val: Val::Table(table_from_toml(t.into_inner())),
                    span,
                })
            }
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let said = TomlError::of(e.message());
                let problem = Problem::Syntax(said.syntax);
                let message = match (said.syntax, said.range) {
                    (Syntax::Date, range) => {
                        // Show the date as written: `2008-02-30` says more than "day 01–29".
                        let line = &self.src[span.start.min(self.src.len())..];
                        let written: String = line
                            .chars()
                            .take_while(|c| !c.is_whitespace() && *c != '#')
                            .collect();
                        match range {
                            Some((part, low, high)) => {
                                tr!(m::NOT_A_DATE_RANGE, written, part = part.word(), low, high)
                            }
                            None => tr!(m::NOT_A_DATE, written),
                        }
                    }
                    (Syntax::Other, _) => tr!(m::INVALID_TOML, detail = said.text),
                    (syntax, _) => match said.expected {
                        Some(expected) => tr!(m::SYNTAX_EXPECTING, what = syntax.message(), expected),
                        None => syntax.message().to_string(),
                    },
                };
                self.error(&span, problem, message, Some(said.syntax.hint().to_string()));
                None
            }
        }
    }

    /// Reports every key of `table` that is not in `known`, suggesting the nearest one.
    /// `context` says where: "in a student file", "in [terms]".
    pub fn unknown_keys(&mut self, table: &Table<'_>, known: &[&str], context: &str) {
        for (k, _) in table.iter() {
            if !known.contains(&k.get_ref()) {
                let name = k.get_ref().to_string();
                let suggestion = suggest(&name, known.iter().copied()).map(String::from);
                let hint = did_you_mean(&name, known);
                self.error(
                    &k.span(),
                    Problem::UnknownKey { suggestion },
                    tr!(m::UNKNOWN_KEY, name, context),
                    Some(hint),
                );
            }
        }
    }

    fn type_error(&mut self, key: &str, v: &Value<'_>, want: Want, example: &str) {
        let got = v.get_ref().type_name();
        let hint = if want == Want::Date && v.get_ref().is_str() {
            tr!(m::HINT_DATE_WITHOUT_QUOTES, key, example)
        } else {
            tr!(m::HINT_WRITE_AS, key, example)
        };
        let want = want.words();
        self.error(
            &v.span(),
            Problem::WrongType,
            tr!(m::MUST_BE, key, want, got),
            Some(hint),
        );
    }

    pub fn str(&mut self, key: &str, v: &Value<'_>) -> Option<String> {
        match v.get_ref().as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                self.type_error(key, v, Want::String, "\"…\"");
                None
            }
        }
    }

    /// A string that is plain text: without control characters, and on one line unless
    /// `lines` allows more (SPEC.md's names, places and roles are one line; notes and
    /// reasons may have several).
    pub fn text(&mut self, key: &str, v: &Value<'_>, lines: crate::text::Lines) -> Option<String> {
        let s = self.str(key, v)?;
        if let Some(c) = crate::text::control_in(&s, lines) {
            let what = control_character(c);
            let hint = match lines {
                crate::text::Lines::One => m::HINT_ONE_LINE.text(),
                crate::text::Lines::Many => m::HINT_NOTE_TEXT.text(),
            };
            self.error(
                &v.span(),
                Problem::ControlCharacter,
                tr!(m::CONTAINS, key, what),
                Some(hint.into()),
            );
            return None;
        }
        Some(s)
    }

    pub fn date(&mut self, key: &str, v: &Value<'_>) -> Option<Date> {
        match v.get_ref() {
            Val::Date(Some(d)) if crate::dates::plausible(*d) => return Some(*d),
            Val::Date(Some(d)) => {
                let why = crate::dates::implausible(*d);
                self.error(
                    &v.span(),
                    Problem::OutOfRange,
                    tr!(m::KEY_SAYS, key, why),
                    Some(m::HINT_CHECK_YEAR.text().into()),
                );
                return None;
            }
            Val::Date(None) => {
                self.error(
                    &v.span(),
                    Problem::WrongType,
                    tr!(m::DATE_WITHOUT_TIME, key),
                    Some(tr!(m::HINT_WRITE_AS, key, example = "2026-07-10")),
                );
                return None;
            }
            Val::Str(s) if crate::dates::parse_date(s).is_some() => {
                // A quoted date is a common slip; say what to write instead.
                let s = s.to_string();
                self.type_error(key, v, Want::Date, &s);
                return None;
            }
            _ => {}
        }
        self.type_error(key, v, Want::Date, "2026-07-10");
        None
    }

    pub fn bool(&mut self, key: &str, v: &Value<'_>) -> Option<bool> {
        match v.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                self.type_error(key, v, Want::Bool, "true");
                None
            }
        }
    }

    pub fn int(&mut self, key: &str, v: &Value<'_>, range: Range<i64>) -> Option<i64> {
        let (low, high) = (range.start, range.end - 1);
        match v.get_ref() {
            Val::Int(Some(n)) if range.contains(n) => Some(*n),
            Val::Int(Some(n)) => {
                self.error(
                    &v.span(),
                    Problem::OutOfRange,
                    tr!(m::OUT_OF_RANGE, key, n, low, high),
                    Some(tr!(m::HINT_WHOLE_NUMBER, low, high)),
                );
                None
            }
            _ => {
                self.type_error(key, v, Want::WholeNumber, &low.max(0).to_string());
                None
            }
        }
    }

    /// A number from 0 to `max`, whole or not.
    pub fn number(&mut self, key: &str, v: &Value<'_>, max: f64) -> Option<f64> {
        let n = match v.get_ref() {
            Val::Int(Some(n)) => Some(*n as f64),
            Val::Float(f) => Some(*f),
            _ => None,
        };
        match n {
            Some(n) if n.is_finite() && (0.0..=max).contains(&n) => Some(n),
            Some(n) if n.is_finite() => {
                self.error(
                    &v.span(),
                    Problem::OutOfRange,
                    tr!(m::OUT_OF_RANGE, key, n, low = 0, high = max),
                    Some(tr!(m::HINT_NUMBER, max)),
                );
                None
            }
            _ => {
                self.type_error(key, v, Want::Number(max), "24");
                None
            }
        }
    }

    pub fn enumeration<T: Named>(&mut self, key: &str, v: &Value<'_>) -> Option<T> {
        let Some(s) = v.get_ref().as_str() else {
            let example = format!("\"{}\"", T::ALL[0].name());
            self.type_error(key, v, Want::String, &example);
            return None;
        };
        match T::from_name(s) {
            Some(t) => Some(t),
            None => {
                let suggestion = suggest(s, T::NAMES.iter().copied()).map(String::from);
                let hint = did_you_mean(s, &T::names());
                let message = tr!(m::NOT_ONE_OF, value = s, what = T::what());
                self.error(
                    &v.span(),
                    Problem::UnknownName { suggestion },
                    message,
                    Some(hint),
                );
                None
            }
        }
    }

    pub fn table<'v, 'i>(&mut self, key: &str, v: &'v Value<'i>) -> Option<&'v Table<'i>> {
        match v.get_ref().as_table() {
            Some(t) => Some(t),
            None => {
                let got = v.get_ref().type_name();
                self.error(
                    &v.span(),
                    Problem::WrongType,
                    tr!(m::MUST_BE, key, want = Want::Table.words(), got),
                    Some(tr!(m::HINT_SECTION, key)),
                );
                None
            }
        }
    }

    /// A required key that is missing, reported at the start of its table.
    pub fn missing(&mut self, span: &Range<usize>, key: &str, example: &str) {
        let span = span.start..span.start;
        self.error(
            &span,
            Problem::MissingKey(key.to_string()),
            tr!(m::MISSING_KEY, key),
            Some(tr!(m::HINT_ADD, key, example)),
        );
    }
}

/// What type a value must have, for [`Reader`]'s messages.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Want {
    String,
    Date,
    Bool,
    WholeNumber,
    /// A number from 0 to this.
    Number(f64),
    Table,
}

impl Want {
    /// "a string", "a number from 0 to 168".
    fn words(self) -> String {
        match self {
            Want::String => m::WANT_STRING.text().into(),
            Want::Date => m::WANT_DATE.text().into(),
            Want::Bool => m::WANT_BOOL.text().into(),
            Want::WholeNumber => m::WANT_WHOLE_NUMBER.text().into(),
            Want::Number(max) => tr!(m::WANT_NUMBER, max),
            Want::Table => m::WANT_TABLE.text().into(),
        }
    }
}

/// "a line break" or "a control character (U+001B)", for messages about text.
pub fn control_character(c: char) -> String {
    if matches!(c, '\n' | '\r') {
        m::LINE_BREAK.text().to_string()
    } else {
        tr!(m::CONTROL_CHARACTER, code = crate::text::code_point(c))
    }
}

/// What kind of syntax error the TOML library found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// A date that does not exist (`2008-02-30`) or is not written as one.
    Date,
    /// A time that is not one (`T25:00`).
    Time,
    /// A key twice in one table.
    DuplicateKey,
    /// A key without `=` or without a value after it.
    NoValue,
    /// A word that is no value: text without quotes.
    Unquoted,
    /// `tru`, `False`: a boolean not written as `true` or `false`.
    Boolean,
    /// A string that is not closed.
    String,
    /// A backslash escape that TOML does not know (`"C:\map"`).
    Escape,
    /// A number that is not written as one.
    Number,
    /// A `[`, `[[`, `{` or array that is not closed.
    Unclosed,
    /// A comma missing between values, or one too many.
    Comma,
    /// Something after a value on its line (`a = 1 2`, a second `=`).
    Extra,
    /// Tables or arrays nested too deeply.
    TooDeep,
    /// A key that cannot be one (empty, multi-line).
    Key,
    /// A character that may not stand where it is (a control character in a comment).
    Character,
    /// Anything else: the library's own words are shown.
    Other,
}

impl Syntax {
    /// What is wrong, in the user's language.
    fn message(self) -> &'static str {
        match self {
            Syntax::Date => &m::SYNTAX_DATE,
            Syntax::Time => &m::SYNTAX_TIME,
            Syntax::DuplicateKey => &m::SYNTAX_DUPLICATE_KEY,
            Syntax::NoValue => &m::SYNTAX_NO_VALUE,
            Syntax::Unquoted => &m::SYNTAX_UNQUOTED,
            Syntax::Boolean => &m::SYNTAX_BOOLEAN,
            Syntax::String => &m::SYNTAX_STRING,
            Syntax::Escape => &m::SYNTAX_ESCAPE,
            Syntax::Number => &m::SYNTAX_NUMBER,
            Syntax::Unclosed => &m::SYNTAX_UNCLOSED,
            Syntax::Comma => &m::SYNTAX_COMMA,
            Syntax::Extra => &m::SYNTAX_EXTRA,
            Syntax::TooDeep => &m::SYNTAX_TOO_DEEP,
            Syntax::Key => &m::SYNTAX_KEY,
            Syntax::Character => &m::SYNTAX_CHARACTER,
            Syntax::Other => &m::SYNTAX_OTHER,
        }
        .text()
    }

    /// How to fix it.
    fn hint(self) -> &'static str {
        match self {
            Syntax::Date => &m::HINT_EXISTING_DATE,
            Syntax::Time => &m::HINT_NO_TIME,
            Syntax::DuplicateKey => &m::HINT_DUPLICATE_KEY,
            Syntax::NoValue => &m::HINT_NO_VALUE,
            Syntax::Unquoted => &m::HINT_QUOTES,
            Syntax::Boolean => &m::HINT_BOOLEAN,
            Syntax::String => &m::HINT_CLOSE_STRING,
            Syntax::Escape => &m::HINT_ESCAPE,
            Syntax::Number => &m::HINT_NUMBER_FORM,
            Syntax::Unclosed => &m::HINT_UNCLOSED,
            Syntax::Comma => &m::HINT_COMMA,
            Syntax::Extra => &m::HINT_EXTRA,
            Syntax::TooDeep => &m::HINT_NOT_A_CASE_FILE,
            Syntax::Key => &m::HINT_KEY,
            Syntax::Character => &m::HINT_CHARACTER,
            Syntax::Other => &m::HINT_FORMAT,
        }
        .text()
    }
}

/// A part of a date or time, for "the day must be from 01 to 29".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,
}

impl Part {
    fn word(self) -> &'static str {
        match self {
            Part::Year => &m::PART_YEAR,
            Part::Month => &m::PART_MONTH,
            Part::Day => &m::PART_DAY,
            Part::Hour => &m::PART_HOUR,
            Part::Minute => &m::PART_MINUTE,
            Part::Second => &m::PART_SECOND,
        }
        .text()
    }
}

/// A syntax error as the TOML library said it.
struct TomlError<'e> {
    syntax: Syntax,
    /// The library's sentence, as it is (English): shown only for what [`Syntax`] does
    /// not name.
    text: &'e str,
    /// What the library expected, when that is only characters to type (`=`, `]`), which
    /// read the same in any language.
    expected: Option<&'e str>,
    /// For a date or time out of range: the part and its bounds.
    range: Option<(Part, &'e str, &'e str)>,
}

impl<'e> TomlError<'e> {
    /// Reads the TOML library's message. The library gives no code for its errors, only
    /// a sentence ("key with no value, expected `=`"), so this is the one place in the
    /// program that decides anything by the text of a message; everything after it works
    /// with [`Syntax`]. A sentence it does not know is `Syntax::Other`, shown as it is.
    fn of(message: &'e str) -> TomlError<'e> {
        let text = message.trim_end();
        let (what, expected) = match text.split_once(", expected ") {
            Some((w, e)) => (w, Some(e)),
            None => (text, None),
        };
        let syntax = match what {
            "invalid date" | "invalid date-time" => Syntax::Date,
            "invalid time" => Syntax::Time,
            "duplicate key" => Syntax::DuplicateKey,
            "key with no value"
            | "missing value for key"
            | "missing value"
            | "missing assignment between key-value pairs"
            | "invalid key-value pair" => Syntax::NoValue,
            "string values must be quoted" => Syntax::Unquoted,
            "invalid boolean" => Syntax::Boolean,
            "missing escaped value" | "too few unicode value digits" | "invalid value" => Syntax::Escape,
            "unclosed table" | "unclosed array table" | "unclosed array" | "unclosed inline table" => {
                Syntax::Unclosed
            }
            "missing comma between array elements"
            | "missing comma between key-value pairs"
            | "extra comma in array"
            | "extra comma in inline table"
            | "extra assignment between key-value pairs" => Syntax::Comma,
            "unexpected content"
            | "unexpected key or value"
            | "unexpected content between comment and newline"
            | "extra `=`" => Syntax::Extra,
            "unquoted keys cannot be empty"
            | "invalid unquoted key"
            | "invalid key"
            | "missing key for inline table element"
            | "keys cannot be multi-line literal strings"
            | "keys cannot be multi-line basic strings" => Syntax::Key,
            "invalid comment character"
            | "carriage return must be followed by newline"
            | "missing comment start" => Syntax::Character,
            w if w.starts_with("cannot recurse further") => Syntax::TooDeep,
            w if w.ends_with(" string") && w.starts_with("invalid ") || w == "missing opening quote" => {
                Syntax::String
            }
            w if w.ends_with(" number")
                || matches!(
                    w,
                    "invalid float"
                        | "invalid fraction"
                        | "invalid exponent"
                        | "invalid mantissa"
                        | "`_` may only go between digits"
                        | "unexpected leading zero"
                        | "redundant numeric sign"
                        | "unexpected sign"
                        | "radix must be lowercase"
                        | "integers with a radix cannot be signed"
                ) =>
            {
                Syntax::Number
            }
            _ => Syntax::Other,
        };
        // "expected day between 01 and 29"
        let range = expected.and_then(|e| {
            let (part, bounds) = e.split_once(" between ")?;
            let (low, high) = bounds.split_once(" and ")?;
            let part = match part {
                "year" => Part::Year,
                "month" => Part::Month,
                "day" => Part::Day,
                "hour" => Part::Hour,
                "minute" => Part::Minute,
                "second" => Part::Second,
                _ => return None,
            };
            Some((part, low, high))
        });
        // Only characters to type: "`=`", "`]`, `,`".
        let literal = |e: &str| {
            e.split(", ")
                .all(|t| t.len() >= 3 && t.starts_with('`') && t.ends_with('`'))
        };
        TomlError {
            syntax,
            text,
            expected: expected.filter(|e| literal(e)),
            range,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    fn syntax_of(src: &str) -> Syntax {
        let mut r = Reader::new(src, Path::new("a.toml"));
        assert!(r.parse().is_none(), "{src:?} parsed");
        match r.diags[0].problem {
            Problem::Syntax(s) => s,
            ref p => panic!("{src:?}: {p:?}"),
        }
    }

    /// The TOML library says what is wrong only in words; each of its usual sentences
    /// has a kind of its own (so that it can be said in Dutch), and a new wording of the
    /// library shows up here rather than as English in a Dutch run.
    #[test]
    fn the_toml_library_s_sentences_are_read_into_kinds() {
        for (src, want) in [
            ("x\n", Syntax::NoValue),
            ("x =\n", Syntax::Unquoted),
            ("a = 1\na = 2\n", Syntax::DuplicateKey),
            ("d = 2008-02-30\n", Syntax::Date),
            ("d = 2008-13-01\n", Syntax::Date),
            ("t = 2008-05-14T25:00\n", Syntax::Time),
            ("n = \"Sem\n", Syntax::String),
            ("n = 'Sem\n", Syntax::String),
            ("n = \"\"\"Sem\n", Syntax::String),
            ("s = \"a\\q\"\n", Syntax::Escape),
            ("n = 1__2\n", Syntax::Number),
            ("n = 1.\n", Syntax::Number),
            ("n = 1e\n", Syntax::Number),
            ("b = tru\n", Syntax::Boolean),
            ("[contacts\n", Syntax::Unclosed),
            ("[[events]\n", Syntax::Unclosed),
            ("a = [1,\n", Syntax::Unclosed),
            ("a = {b = 1\n", Syntax::Unclosed),
            ("a = [1,,2]\n", Syntax::Comma),
            ("a = {b = 1 c = 2}\n", Syntax::Comma),
            ("= 3\n", Syntax::Key),
            ("a = 1 = 2\n", Syntax::Extra),
            (
                &format!("a = {}1{}\n", "[".repeat(100_000), "]".repeat(100_000)),
                Syntax::TooDeep,
            ),
        ] {
            assert_eq!(syntax_of(src), want, "{src:.40?}");
        }
    }

    #[test]
    fn syntax_messages_keep_what_the_library_expected_only_when_it_is_to_type() {
        let e = TomlError::of("key with no value, expected `=`");
        assert_eq!((e.syntax, e.expected), (Syntax::NoValue, Some("`=`")));
        let e = TomlError::of("string values must be quoted, expected literal string");
        assert_eq!((e.syntax, e.expected), (Syntax::Unquoted, None));
        let e = TomlError::of("invalid date, expected day between 01 and 29");
        assert_eq!(e.range, Some((Part::Day, "01", "29")));
        let e = TomlError::of("something new, expected `x`");
        assert_eq!((e.syntax, e.text), (Syntax::Other, "something new, expected `x`"));
    }

    #[test]
    fn dutch_syntax_messages_are_dutch() {
        assert_eq!(
            m::NOT_A_DATE_RANGE.format_in(
                Lang::Nl,
                &[
                    ("written", &"2008-02-30"),
                    ("part", &m::PART_DAY.get(Lang::Nl)),
                    ("low", &"01"),
                    ("high", &"29")
                ]
            ),
            "`2008-02-30` is geen bestaande datum: de dag moet tussen 01 en 29 liggen"
        );
        assert_eq!(
            m::SYNTAX_EXPECTING.format_in(
                Lang::Nl,
                &[("what", &m::SYNTAX_NO_VALUE.get(Lang::Nl)), ("expected", &"`=`")]
            ),
            "ongeldige TOML: een veld zonder waarde (verwacht: `=`)"
        );
    }
}
