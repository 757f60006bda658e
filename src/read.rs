//! Typed reading of a parsed TOML document with spans, for the student files and
//! `uitstroom.toml`. Every problem becomes a [`Diagnostic`] with line, column and hint;
//! reading goes on after a problem so that one pass reports all of them.

use crate::dates::Date;
use crate::diag::{Diagnostic, Lines, Pos, did_you_mean};
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
    pub fn type_str(&self) -> &'static str {
        match self {
            Val::Str(_) => "string",
            Val::Int(_) => "integer",
            Val::Float(_) => "float",
            Val::Bool(_) => "boolean",
            Val::Date(_) => "datetime",
            Val::Array(_) => "array",
            Val::Table(_) => "table",
        }
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

    pub fn error(&mut self, span: &Range<usize>, message: impl Into<String>, hint: Option<String>) {
        let d = Diagnostic::error(self.path, self.pos(span), message).hint(hint);
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
                let msg = e.message().trim_end().to_string();
                if msg.contains("invalid date") {
                    // Show the date as written: `2008-02-30` says more than "day 01–29".
                    let line = &self.src[span.start.min(self.src.len())..];
                    let written: String = line
                        .chars()
                        .take_while(|c| !c.is_whitespace() && *c != '#')
                        .collect();
                    let message = format!(
                        "`{written}` is not a date: {}",
                        msg.trim_start_matches("invalid date, ")
                    );
                    let hint =
                        "write an existing date as YYYY-MM-DD (February has 28 days, 29 in a leap year)";
                    self.error(&span, message, Some(hint.into()));
                    return None;
                }
                let hint = syntax_hint(&msg);
                self.error(&span, format!("invalid TOML: {msg}"), hint);
                None
            }
        }
    }

    /// Reports every key of `table` that is not in `known`, suggesting the nearest one.
    pub fn unknown_keys(&mut self, table: &Table<'_>, known: &[&str], context: &str) {
        for (k, _) in table.iter() {
            if !known.contains(&k.get_ref()) {
                let name = k.get_ref().to_string();
                let hint = did_you_mean(&name, known);
                self.error(&k.span(), format!("unknown key `{name}` {context}"), Some(hint));
            }
        }
    }

    fn type_error(&mut self, key: &str, v: &Value<'_>, want: &str, example: &str) {
        let got = v.get_ref().type_str();
        let mut hint = format!("write it as {key} = {example}");
        if want == "a date" && v.get_ref().is_str() {
            hint = format!("write the date without quotes: {key} = {example}");
        }
        self.error(
            &v.span(),
            format!("`{key}` must be {want}, not {}", article(got)),
            Some(hint),
        );
    }

    pub fn str(&mut self, key: &str, v: &Value<'_>) -> Option<String> {
        match v.get_ref().as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                self.type_error(key, v, "a string", "\"…\"");
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
            let what = if matches!(c, '\n' | '\r') {
                "a line break".to_string()
            } else {
                format!("a control character ({})", crate::text::code_point(c))
            };
            let hint = match lines {
                crate::text::Lines::One => "names, places and roles are one line of plain text: remove it",
                crate::text::Lines::Many => "notes are plain text (line breaks and tabs are fine): remove it",
            };
            self.error(&v.span(), format!("`{key}` contains {what}"), Some(hint.into()));
            return None;
        }
        Some(s)
    }

    pub fn date(&mut self, key: &str, v: &Value<'_>) -> Option<Date> {
        match v.get_ref() {
            Val::Date(Some(d)) if crate::dates::plausible(*d) => return Some(*d),
            Val::Date(Some(d)) => {
                self.error(
                    &v.span(),
                    format!("`{key}` {}", crate::dates::implausible(*d)),
                    Some("check the year".into()),
                );
                return None;
            }
            Val::Date(None) => {
                self.error(
                    &v.span(),
                    format!("`{key}` must be a date without a time"),
                    Some(format!("write it as {key} = 2026-07-10")),
                );
                return None;
            }
            Val::Str(s) if crate::dates::parse_date(s).is_some() => {
                // A quoted date is a common slip; say what to write instead.
                let s = s.to_string();
                self.type_error(key, v, "a date", &s);
                return None;
            }
            _ => {}
        }
        self.type_error(key, v, "a date", "2026-07-10");
        None
    }

    pub fn bool(&mut self, key: &str, v: &Value<'_>) -> Option<bool> {
        match v.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                self.type_error(key, v, "true or false", "true");
                None
            }
        }
    }

    pub fn int(&mut self, key: &str, v: &Value<'_>, range: Range<i64>) -> Option<i64> {
        match v.get_ref() {
            Val::Int(Some(n)) if range.contains(n) => Some(*n),
            Val::Int(Some(n)) => {
                let msg = format!(
                    "`{key}` is {n}; it must be from {} to {}",
                    range.start,
                    range.end - 1
                );
                let hint = format!("write a whole number from {} to {}", range.start, range.end - 1);
                self.error(&v.span(), msg, Some(hint));
                None
            }
            _ => {
                self.type_error(key, v, "a whole number", &range.start.max(0).to_string());
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
                let msg = format!("`{key}` is {n}; it must be from 0 to {max}");
                self.error(&v.span(), msg, Some(format!("write a number from 0 to {max}")));
                None
            }
            _ => {
                self.type_error(key, v, &format!("a number from 0 to {max}"), "24");
                None
            }
        }
    }

    pub fn enumeration<T: Named>(&mut self, key: &str, v: &Value<'_>) -> Option<T> {
        let s = match v.get_ref().as_str() {
            Some(s) => s,
            None => {
                let example = format!("\"{}\"", T::ALL[0].name());
                self.type_error(key, v, "a string", &example);
                return None;
            }
        };
        match T::from_name(s) {
            Some(t) => Some(t),
            None => {
                let hint = did_you_mean(s, &T::names());
                self.error(&v.span(), format!("unknown {} `{s}`", T::WHAT), Some(hint));
                None
            }
        }
    }

    pub fn table<'v, 'i>(&mut self, key: &str, v: &'v Value<'i>) -> Option<&'v Table<'i>> {
        match v.get_ref().as_table() {
            Some(t) => Some(t),
            None => {
                let got = v.get_ref().type_str();
                self.error(
                    &v.span(),
                    format!("`{key}` must be a table, not {}", article(got)),
                    Some(format!("write it as a [{key}] section")),
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
            format!("missing key `{key}`"),
            Some(format!("add {key} = {example}")),
        );
    }
}

fn article(type_str: &str) -> String {
    match type_str.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {type_str}"),
        _ => format!("a {type_str}"),
    }
}

fn syntax_hint(msg: &str) -> Option<String> {
    if msg.contains("duplicate key") {
        Some("each key may appear once per table; remove or rename one".into())
    } else if msg.contains("string") && msg.contains("invalid") {
        Some("put text in double quotes: name = \"…\"".into())
    } else {
        Some("see the student file format in `man uitstroom` or SPEC.md".into())
    }
}
