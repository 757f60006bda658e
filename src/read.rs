//! Typed reading of a parsed TOML document with spans, for the student files and
//! `uitstroom.toml`. Every problem becomes a [`Diagnostic`] with line, column and hint;
//! reading goes on after a problem so that one pass reports all of them.

use crate::dates::Date;
use crate::diag::{Diagnostic, Pos, did_you_mean};
use std::ops::Range;
use std::path::Path;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub type Value<'i> = Spanned<DeValue<'i>>;

/// A name table for an enum stored as a string (`track = "pro"`).
pub trait Named: Sized + Copy + 'static {
    const WHAT: &'static str;
    const ALL: &'static [Self];
    fn name(self) -> &'static str;
    fn names() -> Vec<&'static str> {
        Self::ALL.iter().map(|v| v.name()).collect()
    }
    fn from_name(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.name() == s)
    }
}

/// Declares a string enum with its TOML names.
macro_rules! named_enum {
    ($(#[$m:meta])* $vis:vis enum $name:ident ($what:literal) { $($variant:ident = $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($variant),+ }
        impl $crate::read::Named for $name {
            const WHAT: &'static str = $what;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn name(self) -> &'static str {
                match self { $($name::$variant => $s),+ }
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::read::Named::name(*self))
            }
        }
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::read::Named::name(*self))
            }
        }
    };
}
pub(crate) use named_enum;

pub struct Reader<'a> {
    pub src: &'a str,
    pub path: &'a Path,
    pub diags: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    pub fn new(src: &'a str, path: &'a Path) -> Self {
        Reader {
            src,
            path,
            diags: Vec::new(),
        }
    }

    pub fn pos(&self, span: &Range<usize>) -> Pos {
        Pos::at(self.src, span.start)
    }

    pub fn error(&mut self, span: &Range<usize>, message: impl Into<String>, hint: Option<String>) {
        let d = Diagnostic::error(self.path, self.pos(span), message).hint(hint);
        self.diags.push(d);
    }

    /// Parses the whole document; a syntax error is reported at its place.
    pub fn parse(&mut self) -> Option<Spanned<DeTable<'a>>> {
        match DeTable::parse(self.src) {
            Ok(t) => Some(t),
            Err(e) => {
                let span = e.span().unwrap_or(0..0);
                let msg = e.message().trim_end().to_string();
                let hint = syntax_hint(&msg);
                self.error(&span, format!("invalid TOML: {msg}"), hint);
                None
            }
        }
    }

    /// Reports every key of `table` that is not in `known`, suggesting the nearest one.
    pub fn unknown_keys(&mut self, table: &DeTable<'_>, known: &[&str], context: &str) {
        for (k, _) in table.iter() {
            if !known.contains(&k.get_ref().as_ref()) {
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

    pub fn date(&mut self, key: &str, v: &Value<'_>) -> Option<Date> {
        if let Some(dt) = v.get_ref().as_datetime() {
            if let (Some(d), None, None) = (dt.date, dt.time, dt.offset) {
                let date = Date::from_ymd_opt(d.year.into(), d.month.into(), d.day.into());
                if date.is_none() {
                    self.error(&v.span(), format!("`{key}` is not a valid date"), None);
                }
                return date;
            }
            self.error(
                &v.span(),
                format!("`{key}` must be a date without a time"),
                Some(format!("write it as {key} = 2026-07-10")),
            );
            return None;
        }
        if let Some(s) = v.get_ref().as_str() {
            // A quoted date is a common slip; say what to write instead.
            if crate::dates::parse_date(s).is_some() {
                self.type_error(key, v, "a date", s);
                return None;
            }
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
        let parsed = v
            .get_ref()
            .as_integer()
            .and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok());
        match parsed {
            Some(n) if range.contains(&n) => Some(n),
            Some(n) => {
                self.error(
                    &v.span(),
                    format!(
                        "`{key}` is {n}; it must be from {} to {}",
                        range.start,
                        range.end - 1
                    ),
                    None,
                );
                None
            }
            None => {
                self.type_error(key, v, "a whole number", &range.start.max(0).to_string());
                None
            }
        }
    }

    pub fn number(&mut self, key: &str, v: &Value<'_>) -> Option<f64> {
        let n = match v.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .ok()
                .map(|n| n as f64),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match n {
            Some(n) if n.is_finite() && n >= 0.0 => Some(n),
            _ => {
                self.type_error(key, v, "a number of 0 or more", "24");
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

    pub fn table<'v, 'i>(&mut self, key: &str, v: &'v Value<'i>) -> Option<&'v DeTable<'i>> {
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
