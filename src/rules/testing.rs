//! Test helpers for rules: a student written as the TOML a coordinator would write,
//! run through the whole engine (scope, region, cutoffs) on a given day.

use super::{Action, Rule, Status};
use crate::dates::{Date, parse_date};
use crate::settings::Settings;
use crate::student::{self, Student};
use std::fmt::Write;
use std::path::Path;

pub fn date(s: &str) -> Date {
    parse_date(s).unwrap_or_else(|| panic!("bad test date {s}"))
}

/// A student file under construction. Defaults: born 2008-05-14, living in Alkmaar,
/// enrolled 2021-08-23.
#[derive(Clone)]
pub struct S {
    track: String,
    birth: String,
    enrolled: String,
    municipality: Option<String>,
    extra: String,
    events: String,
    pub settings: Settings,
}

/// Shows the student file itself, so a failing property prints what to reproduce.
impl std::fmt::Debug for S {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\n{}", self.toml())
    }
}

pub fn student(track: &str) -> S {
    S {
        track: track.into(),
        birth: "2008-05-14".into(),
        enrolled: "2021-08-23".into(),
        municipality: Some("Alkmaar".into()),
        extra: String::new(),
        events: String::new(),
        settings: Settings::default(),
    }
}

impl S {
    pub fn born(mut self, d: &str) -> Self {
        self.birth = d.into();
        self
    }

    pub fn enrolled(mut self, d: &str) -> Self {
        self.enrolled = d.into();
        self
    }

    pub fn lives_in(mut self, m: &str) -> Self {
        self.municipality = Some(m.into());
        self
    }

    /// A top-level line, such as `planned_exit = 2026-07-10`.
    pub fn with(mut self, line: &str) -> Self {
        writeln!(self.extra, "{line}").unwrap();
        self
    }

    /// An event: its date, then the rest of its table (`kind = "exit"`, fields ...),
    /// with `;` between lines.
    pub fn event(mut self, date: &str, body: &str) -> Self {
        write!(self.events, "\n[[events]]\ndate = {date}\n").unwrap();
        for line in body.split(';') {
            writeln!(self.events, "{}", line.trim()).unwrap();
        }
        self
    }

    pub fn settings(mut self, f: impl FnOnce(&mut Settings)) -> Self {
        f(&mut self.settings);
        self
    }

    pub fn toml(&self) -> String {
        let mut s = format!(
            "schema = 1\nid = \"t-1\"\nname = \"Test\"\nbirth_date = {}\ntrack = \"{}\"\nenrolled = {}\n",
            self.birth, self.track, self.enrolled
        );
        if let Some(m) = &self.municipality {
            writeln!(s, "municipality = \"{m}\"").unwrap();
        }
        s.push_str(&self.extra);
        s.push_str(&self.events);
        s
    }

    pub fn parse(&self) -> Student {
        let src = self.toml();
        match student::parse(&src, Path::new("t-1.toml")) {
            Ok(s) => s,
            Err(e) => panic!("{src}\n{e:#?}"),
        }
    }

    /// Every action of the engine on `today` (open and closed).
    pub fn all(&self, today: &str) -> Vec<Action> {
        crate::engine::actions(&self.parse(), &self.settings, date(today))
    }

    /// The actions of one rule on `today`, as the engine produces them.
    pub fn of(&self, rule: &Rule, today: &str) -> Vec<Action> {
        self.all(today)
            .into_iter()
            .filter(|a| a.rule.id == rule.id)
            .collect()
    }

    /// The one action of `rule`, which must exist.
    pub fn one(&self, rule: &Rule, today: &str) -> Action {
        let v = self.of(rule, today);
        assert_eq!(v.len(), 1, "expected one {} action, got {v:#?}", rule.id);
        v.into_iter().next().unwrap()
    }

    /// The open actions of `rule` as (opens, due, status) on `today`.
    pub fn open(&self, rule: &Rule, today: &str) -> Vec<(Date, Date, Status)> {
        let t = date(today);
        self.of(rule, today)
            .into_iter()
            .filter(|a| a.is_open())
            .map(|a| (a.opens, a.due, a.status(t)))
            .collect()
    }
}

/// (opens, due, status) for comparisons.
pub fn w(opens: &str, due: &str, status: Status) -> (Date, Date, Status) {
    (date(opens), date(due), status)
}
