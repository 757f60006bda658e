//! `log`, `done`, `defer`, `waive`: append an event to a student's history.
//!
//! An event is added as text, in date order (at the end of the file, or after the last
//! event dated on or before it when it happened earlier), so every existing byte — the
//! user's comments, order and formatting — stays as it was; the result is parsed
//! before it is written, and the write is atomic under the folder lock.

use crate::cli::{DeferArgs, DoneArgs, LogArgs, WaiveArgs};
use crate::dates::Date;
use crate::diag::did_you_mean;
use crate::engine;
use crate::fields;
use crate::folder::Env;
use crate::i18n::messages::{self, write as m};
use crate::i18n::terms;
use crate::out::outln;
use crate::read::Named;
use crate::rules::{self, Action, State};
use crate::student::{self, Kind, Student};
use crate::text::Lines::Many;
use crate::writer::{self, toml_string};
use crate::{DataError, UsageError, git, store, tr};
use anyhow::Result;
use std::process::ExitCode;

/// Turns `KEY=VALUE` into a field of an event of `kind`, checked against the field's
/// type in the one field table (`fields::event`) and written by the TOML library.
fn field_line(kind: Kind, arg: &str) -> Result<(String, String)> {
    let Some((key, value)) = arg.split_once('=') else {
        return Err(UsageError::new(tr!(m::LOG_NOT_KEY_VALUE, arg))
            .hint(m::LOG_NOT_KEY_VALUE_HINT.text())
            .into());
    };
    let key = key.trim();
    let Some(field) = fields::find(kind.fields(), key) else {
        let names: Vec<&str> = kind.fields().iter().map(|f| f.name).collect();
        let kind = terms::kind(kind);
        let hint = if names.is_empty() {
            tr!(m::LOG_NO_FIELDS, kind)
        } else {
            did_you_mean(key, &names)
        };
        return Err(UsageError::new(tr!(m::LOG_NOT_A_FIELD, key, kind))
            .hint(hint)
            .into());
    };
    match field.ty.parse_arg(value) {
        Ok(v) => Ok((key.to_string(), writer::toml_value(&v))),
        Err(bad) => Err(
            UsageError::new(format!("{key}={}: {}", crate::text::clean(value), bad.message))
                .hint(tr!(
                    m::LOG_FIELD_HINT,
                    hint = bad.hint(key),
                    key,
                    example = field.example.trim_matches('"')
                ))
                .into(),
        ),
    }
}

fn rule_arg(rule: &str) -> Result<&'static rules::Rule> {
    rules::by_id(rule).ok_or_else(|| {
        UsageError::new(tr!(m::WRITE_UNKNOWN_RULE, rule))
            .hint(did_you_mean(rule, &rules::ids()))
            .into()
    })
}

/// What an edit must achieve for the rule it names, checked before anything is written.
enum Expect {
    Nothing,
    /// The event must close an instance of the rule.
    Closes(&'static rules::Rule),
    /// The event must move an open instance of the rule.
    Moves(&'static rules::Rule),
}

fn key(a: &Action) -> (&'static str, Date, Date, State) {
    (a.rule.id, a.opens, a.due, a.state)
}

/// An event to append: its date, kind, fields (as TOML) and note.
struct NewEvent<'a> {
    date: Date,
    kind: Kind,
    fields: Vec<(String, String)>,
    note: Option<&'a str>,
}

/// Appends an event and commits it; prints what it changed in the student's actions.
fn append(env: &Env, id: &str, ev: NewEvent<'_>, expect: Expect, what: What) -> Result<ExitCode> {
    let NewEvent {
        date,
        kind,
        fields,
        note,
    } = ev;
    let path = env.student_path(id)?;
    let settings = &env.settings;
    let today = env.today;
    let mut changes: (Vec<Action>, Vec<Action>) = (Vec::new(), Vec::new());
    let lock = store::lock(&env.root)?;
    store::edit_student(&lock, &path, |src, before: &Student| {
        let block = writer::event_block(date, kind, &fields, note);
        let dates: Vec<Date> = before.events.iter().map(|e| e.date).collect();
        let Some(new_src) = writer::add_event(src, &block, date, &dates) else {
            return Err(DataError {
                message: tr!(m::WRITE_CANNOT_PLACE, date, path = path.display()),
                hint: None,
            }
            .into());
        };
        let after = student::parse(&new_src, &path).map_err(|d| {
            anyhow::Error::new(crate::DataErrors(d)).context(tr!(m::WRITE_CANNOT_ADD, path = path.display()))
        })?;
        let old = engine::actions(before, settings, today);
        let new = engine::actions(&after, settings, today);
        let closed =
            |v: &[Action], r: &rules::Rule| v.iter().filter(|a| a.rule.id == r.id && !a.is_open()).count();
        match expect {
            Expect::Nothing => {}
            Expect::Closes(r) if closed(&new, r) > closed(&old, r) => {}
            Expect::Moves(r)
                if new.iter().any(|a| {
                    a.rule.id == r.id && a.is_open() && a.deferred.is_some() && !old.contains(a)
                }) => {}
            Expect::Closes(r) | Expect::Moves(r) => {
                let open: Vec<&Action> = old.iter().filter(|a| a.rule.id == r.id && a.is_open()).collect();
                let rule = r.id;
                return Err(match open.first() {
                    None => DataError {
                        message: tr!(m::WRITE_NO_OPEN_ACTION, id, rule),
                        hint: Some(tr!(m::WRITE_NO_OPEN_ACTION_HINT, id)),
                    },
                    Some(a) => DataError {
                        message: tr!(m::WRITE_NOT_OPEN_YET, date, rule, opens = a.opens),
                        hint: Some(tr!(m::WRITE_NOT_OPEN_YET_HINT, opens = a.opens, id, rule)),
                    },
                }
                .into());
            }
        }
        changes.0 = new
            .iter()
            .filter(|a| !old.iter().any(|o| key(o) == key(a)))
            .cloned()
            .collect();
        changes.1 = old
            .iter()
            .filter(|o| o.is_open() && !new.iter().any(|a| key(a) == key(o)))
            .cloned()
            .collect();
        Ok(new_src)
    })?;
    outln!("{}", what.said(id, date));
    for a in &changes.0 {
        let verb = match a.state {
            State::Done(_) => &m::WRITE_VERB_DONE,
            State::Waived(_) => &m::WRITE_VERB_WAIVED,
            State::Open if a.rule.kind == rules::ActionKind::Milestone => &m::WRITE_VERB_MILESTONE,
            State::Open if engine::listed(a, today) => &m::WRITE_VERB_DUE,
            State::Open => continue,
        };
        outln!(
            "{}",
            tr!(
                m::WRITE_CHANGE,
                verb,
                rule = a.rule.id,
                title = a.title.get(env.lang),
                due = a.due,
                owner = terms::owner(a.rule.owner)
            )
        );
    }
    // The commit message is a log format: English, and never a name.
    commit(env, &lock, &path, &format!("uitstroom: {} {id}", what.log()));
    Ok(ExitCode::SUCCESS)
}

/// Commits a written file when the folder is in git, still under the lock the write was
/// made under; says so when it cannot.
pub(crate) fn commit(env: &Env, lock: &store::Lock, path: &std::path::Path, message: &str) {
    if !env.settings.auto_commit {
        return;
    }
    if let git::Outcome::Skipped(why) = git::commit(lock, &env.root, &[path.to_path_buf()], message) {
        note(&tr!(m::WRITE_NOT_COMMITTED, path = path.display(), why));
    }
}

/// Says something the user should know on stderr: `note: …` (`let op: …`).
pub(crate) fn note(message: &str) {
    eprintln!("{}: {message}", messages::NOTE);
}

/// A message and its hint as one text, for an error that is not a usage error: `…` and
/// `  hint: …` on the next line, as every error shows its hint.
pub(crate) fn with_hint(message: &str, hint: &str) -> String {
    format!("{message}\n  {}: {hint}", messages::HINT)
}

/// What a write does, for its line of output and its commit message.
#[derive(Clone, Copy)]
enum What {
    Log(Kind),
    Done(&'static str),
    Defer(&'static str),
    Waive(&'static str),
}

impl What {
    /// The line that says what was written, in the language of the run.
    fn said(self, id: &str, date: Date) -> String {
        match self {
            What::Log(k) => tr!(m::LOG_LOGGED, kind = terms::kind(k), id, date),
            What::Done(rule) => tr!(m::DONE_DONE, rule, id, date),
            What::Defer(rule) => tr!(m::DEFER_DEFERRED, rule, id, date),
            What::Waive(rule) => tr!(m::WAIVE_WAIVED, rule, id, date),
        }
    }

    /// The words of the commit message (a log format, in English).
    fn log(self) -> String {
        match self {
            What::Log(k) => format!("log {k}"),
            What::Done(rule) => format!("done {rule}"),
            What::Defer(rule) => format!("defer {rule}"),
            What::Waive(rule) => format!("waive {rule}"),
        }
    }
}

pub fn log(env: &Env, args: &LogArgs) -> Result<ExitCode> {
    if let Some(n) = &args.note {
        super::plain_arg(m::LOG_THE_NOTE.text(), n, Many)?;
    }
    let kind = event_kind(&args.kind)?;
    if matches!(kind, Kind::Done | Kind::Deferred | Kind::Waived) {
        let command = match kind {
            Kind::Done => "done ID RULE",
            Kind::Deferred => "defer ID RULE --until DATE --reason TEXT",
            _ => "waive ID RULE --reason TEXT",
        };
        return Err(UsageError::new(tr!(m::LOG_USE_COMMAND, command, kind = terms::kind(kind))).into());
    }
    let mut fields = Vec::new();
    for f in &args.fields {
        let (key, v) = field_line(kind, f)?;
        if fields.iter().any(|(have, _)| *have == key) {
            return Err(UsageError::new(tr!(m::LOG_FIELD_TWICE, key))
                .hint(m::LOG_FIELD_TWICE_HINT.text())
                .into());
        }
        fields.push((key, v));
    }
    for f in kind.fields() {
        if f.required && !fields.iter().any(|(k, _)| k == f.name) {
            return Err(
                UsageError::new(tr!(m::LOG_NEEDS_FIELD, kind = terms::kind(kind), field = f.name))
                    .hint(tr!(
                        m::LOG_NEEDS_FIELD_HINT,
                        field = f.name,
                        example = f.example.trim_matches('"')
                    ))
                    .into(),
            );
        }
    }
    let date = args.date.unwrap_or(env.today);
    append(
        env,
        &args.id,
        NewEvent {
            date,
            kind,
            fields,
            note: args.note.as_deref(),
        },
        Expect::Nothing,
        What::Log(kind),
    )
}

/// The kind an event is named by on the command line, in English or Dutch
/// (`start-meeting`, `startgesprek`); a typo in either language is answered with the
/// kind it names, in the language of the run (`exitgespr`: `exitgesprek`).
fn event_kind(name: &str) -> Result<Kind> {
    if let Some(kind) = terms::kind_from_cli(name) {
        return Ok(kind);
    }
    let hint = match terms::suggest_kind(name) {
        Some(k) => tr!(m::LOG_KIND_DID_YOU_MEAN, kind = terms::kind(k)),
        None => {
            let kinds: Vec<&str> = Kind::ALL.iter().map(|k| terms::kind(*k)).collect();
            tr!(m::LOG_KIND_ONE_OF, kinds = kinds.join(", "))
        }
    };
    Err(UsageError::new(tr!(m::LOG_UNKNOWN_KIND, kind = name))
        .hint(hint)
        .into())
}

pub fn done(env: &Env, args: &DoneArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    if rule.kind == rules::ActionKind::Milestone {
        return Err(UsageError::new(tr!(m::DONE_MILESTONE, rule = rule.id))
            .hint(m::DONE_MILESTONE_HINT.text())
            .into());
    }
    if let Some(n) = &args.note {
        super::plain_arg(m::LOG_THE_NOTE.text(), n, Many)?;
    }
    let date = args.date.unwrap_or(env.today);
    let fields = vec![("rule".into(), toml_string(rule.id))];
    append(
        env,
        &args.id,
        NewEvent {
            date,
            kind: Kind::Done,
            fields,
            note: args.note.as_deref(),
        },
        Expect::Closes(rule),
        What::Done(rule.id),
    )
}

pub fn defer(env: &Env, args: &DeferArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    super::plain_arg(m::WRITE_THE_REASON.text(), &args.reason, Many)?;
    let date = args.date.unwrap_or(env.today);
    let fields = vec![
        ("rule".into(), toml_string(rule.id)),
        ("until".into(), writer::toml_value(&fields::toml_date(args.until))),
        ("reason".into(), toml_string(&args.reason)),
    ];
    append(
        env,
        &args.id,
        NewEvent {
            date,
            kind: Kind::Deferred,
            fields,
            note: None,
        },
        Expect::Moves(rule),
        What::Defer(rule.id),
    )
}

pub fn waive(env: &Env, args: &WaiveArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    super::plain_arg(m::WRITE_THE_REASON.text(), &args.reason, Many)?;
    let date = args.date.unwrap_or(env.today);
    let fields = vec![
        ("rule".into(), toml_string(rule.id)),
        ("reason".into(), toml_string(&args.reason)),
    ];
    append(
        env,
        &args.id,
        NewEvent {
            date,
            kind: Kind::Waived,
            fields,
            note: None,
        },
        Expect::Closes(rule),
        What::Waive(rule.id),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::Type;
    use crate::read::Named;
    use proptest::prelude::*;

    const BASE: &str = "schema = 1\nid = \"a\"\nname = \"A\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n";

    /// A value for a field of type `ty` as a coordinator might type it: valid in every
    /// form the type accepts.
    fn typed(ty: Type) -> BoxedStrategy<String> {
        match ty {
            Type::Text => "[ -~\"\\\\éë…]{0,20}".boxed(),
            Type::Note => "[ -~\\n\\t\"\\\\éë…]{0,20}".boxed(),
            Type::Date => (0..3650u64)
                .prop_map(|d| {
                    (crate::dates::parse_date("2020-01-01").unwrap() + chrono::Days::new(d)).to_string()
                })
                .boxed(),
            Type::Bool => prop::sample::select(vec!["true", "false", "yes", "no", "ja", "nee", "True"])
                .prop_map(String::from)
                .boxed(),
            Type::Number { .. } => prop_oneof![
                (0..169u32).prop_map(|n| n.to_string()),
                (0..168u32).prop_map(|n| format!("0{n}")),
                (0..168u32).prop_map(|n| format!("{n}.")),
                (0..100u32).prop_map(|n| format!(".{n}")),
                (0..167u32, 0..100u32).prop_map(|(a, b)| format!("{a},{b}")),
            ]
            .boxed(),
            Type::Int { min, max } => (min..=max).prop_map(|n| n.to_string()).boxed(),
            Type::Choice { names, .. } => prop::sample::select(names.to_vec())
                .prop_map(String::from)
                .boxed(),
            Type::Rule => prop::sample::select(rules::ids()).prop_map(String::from).boxed(),
        }
    }

    /// An event kind and `KEY=VALUE` arguments for a random subset of its fields (every
    /// required one included), drawn from the one field table.
    fn log_args() -> impl Strategy<Value = (Kind, Vec<String>)> {
        prop::sample::select(Kind::ALL.to_vec()).prop_flat_map(|kind| {
            let args: Vec<BoxedStrategy<Option<String>>> = kind
                .fields()
                .iter()
                .map(|f| {
                    let name = f.name;
                    let value = typed(f.ty).prop_map(move |v| format!("{name}={v}"));
                    if f.required {
                        value.prop_map(Some).boxed()
                    } else {
                        prop::option::of(value).boxed()
                    }
                })
                .collect();
            (Just(kind), args).prop_map(|(k, a)| (k, a.into_iter().flatten().collect()))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// `log` writes what reading accepts: for every kind and field of the one table,
        /// any value that `log` takes makes an event that reads back.
        #[test]
        fn what_log_writes_reads_back((kind, args) in log_args()) {
            let fields: Vec<(String, String)> =
                args.iter().map(|a| field_line(kind, a).unwrap()).collect();
            let date = crate::dates::parse_date("2026-07-10").unwrap();
            let src = writer::append_block(BASE, &writer::event_block(date, kind, &fields, Some("n")));
            let s = student::parse(&src, std::path::Path::new("a.toml"));
            prop_assert!(s.is_ok(), "{src}\n{s:?}");
            prop_assert_eq!(s.unwrap().events[0].kind.kind(), kind);
        }

        /// Whatever is typed after `KEY=`, `log` either refuses it (a usage error) or
        /// writes a file that reads: never invalid TOML (issue 10 item 7).
        #[test]
        fn log_never_writes_an_invalid_file(
            kind in prop::sample::select(
                Kind::ALL.iter().copied().filter(|k| !k.fields().is_empty()).collect::<Vec<_>>()
            ),
            pick in any::<prop::sample::Index>(),
            raw in "[ -~]{0,12}",
        ) {
            let f = pick.get(kind.fields());
            let mut fields = Vec::new();
            match field_line(kind, &format!("{}={raw}", f.name)) {
                Ok(kv) => fields.push(kv),
                Err(e) => {
                    prop_assert!(e.downcast_ref::<UsageError>().is_some());
                    return Ok(());
                }
            }
            // The other required fields, from their examples.
            for g in kind.fields() {
                if g.required && g.name != f.name {
                    fields.push(field_line(kind, &format!("{}={}", g.name, g.example.trim_matches('"'))).unwrap());
                }
            }
            let date = crate::dates::parse_date("2026-07-10").unwrap();
            let src = writer::append_block(BASE, &writer::event_block(date, kind, &fields, None));
            let s = student::parse(&src, std::path::Path::new("a.toml"));
            prop_assert!(s.is_ok(), "{src}\n{s:?}");
        }
    }

    /// Issue 10 item 7: `log ID exit hours_per_week=.5` (also `5.` and `05`) wrote the
    /// value as typed, which is not TOML.
    #[test]
    fn hours_are_written_as_toml_numbers() {
        for (raw, toml) in [(".5", "0.5"), ("5.", "5"), ("05", "5"), ("12,5", "12.5")] {
            assert_eq!(
                field_line(Kind::Exit, &format!("hours_per_week={raw}"))
                    .unwrap()
                    .1,
                toml
            );
        }
        let e = field_line(Kind::Exit, "hours_per_week=200").unwrap_err();
        assert!(e.downcast_ref::<UsageError>().is_some());
        assert_eq!(
            e.to_string(),
            "hours_per_week=200: 200 is more than 168\n  hint: hours_per_week is a number from 0 to 168; e.g. hours_per_week=24"
        );
    }

    #[test]
    fn fields_are_typed_and_checked() {
        assert_eq!(
            field_line(Kind::Exit, "job_found=false").unwrap(),
            ("job_found".into(), "false".into())
        );
        assert_eq!(field_line(Kind::Exit, "destination=work").unwrap().1, "\"work\"");
        assert_eq!(
            field_line(Kind::Exit, "programme_start=2026-09-01").unwrap().1,
            "2026-09-01"
        );
        let e = field_line(Kind::Exit, "destination=wrok")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("unknown destination `wrok`") && e.contains("did you mean `work`?"),
            "{e}"
        );
        let e = field_line(Kind::Exit, "outcome=stop").unwrap_err().to_string();
        assert!(e.contains("not a field of a `exit` event"), "{e}");
        assert!(field_line(Kind::Exit, "programme_start=2026-02-30").is_err());
    }
}
