//! `log`, `done`, `defer`, `waive`: append an event to a student's history.
//!
//! An event is added as text, in date order (at the end of the file, or after the last
//! event dated on or before it when it happened earlier), so every existing byte — the
//! user's comments, order and formatting — stays as it was; the result is parsed
//! before it is written, and the write is atomic under the folder lock.

use crate::cli::{DeferArgs, DoneArgs, LogArgs, WaiveArgs};
use crate::dates::{Date, parse_date};
use crate::diag::did_you_mean;
use crate::engine;
use crate::folder::Env;
use crate::read::Named;
use crate::rules::{self, Action, State};
use crate::student::{self, Destination, Diploma, HandoverTo, Kind, Level, Outcome, Student};
use crate::text::Lines::{Many, One};
use crate::writer::{self, toml_string};
use crate::{UsageError, git, store};
use anyhow::{Result, bail};
use std::process::ExitCode;

/// The allowed values of an enumerated event field.
fn allowed(key: &str) -> Option<Vec<&'static str>> {
    Some(match key {
        "outcome" => Outcome::names(),
        "destination" => Destination::names(),
        "diploma" => Diploma::names(),
        "to" => HandoverTo::names(),
        "level" => Level::names(),
        "rule" => rules::ids(),
        _ => return None,
    })
}

/// Turns `KEY=VALUE` into a TOML line for an event of `kind`, checking key and value.
fn field_line(kind: Kind, arg: &str) -> Result<(String, String)> {
    let Some((key, value)) = arg.split_once('=') else {
        return Err(UsageError::new(format!("`{arg}` is not KEY=VALUE"))
            .hint("write fields as destination=work job_found=false")
            .into());
    };
    let key = key.trim();
    let fields: Vec<&str> = kind.fields().iter().map(|f| f.0).collect();
    if !fields.contains(&key) {
        let hint = if fields.is_empty() {
            format!("a `{kind}` event has no fields besides --date and --note")
        } else {
            did_you_mean(key, &fields)
        };
        return Err(
            UsageError::new(format!("`{key}` is not a field of a `{kind}` event"))
                .hint(hint)
                .into(),
        );
    }
    let bad = |what: &str, example: &str| -> anyhow::Error {
        UsageError::new(format!("`{key}={value}`: {what}"))
            .hint(format!("write it as {key}={example}"))
            .into()
    };
    let toml = match key {
        "job_found" | "wage_subsidy" | "benefit" | "support_question" | "needed" => match value {
            "true" | "yes" | "ja" => "true".to_string(),
            "false" | "no" | "nee" => "false".to_string(),
            _ => return Err(bad("expected true or false", "true")),
        },
        "programme_start" | "indication_until" | "until" => match parse_date(value) {
            Some(d) if crate::dates::plausible(d) => d.to_string(),
            Some(d) => return Err(bad(&crate::dates::implausible(d), "2026-09-01")),
            None => return Err(bad("expected a date", "2026-09-01")),
        },
        "hours_per_week" => match value.parse::<f64>() {
            Ok(h) if h.is_finite() && h >= 0.0 => value.to_string(),
            _ => return Err(bad("expected a number of hours", "24")),
        },
        _ => {
            if let Some(names) = allowed(key)
                && !names.contains(&value)
            {
                return Err(UsageError::new(format!("unknown {key} `{value}`"))
                    .hint(did_you_mean(value, &names))
                    .into());
            }
            super::plain_arg(&format!("`{key}`"), value, One)?;
            toml_string(value)
        }
    };
    Ok((key.to_string(), toml))
}

fn rule_arg(rule: &str) -> Result<&'static rules::Rule> {
    rules::by_id(rule).ok_or_else(|| {
        UsageError::new(format!("unknown rule `{rule}`"))
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
fn append(env: &Env, id: &str, ev: NewEvent<'_>, expect: Expect, what: &str) -> Result<ExitCode> {
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
            bail!(
                "cannot place an event dated {date} among the events of {} in date order (its layout is unusual); nothing was written",
                path.display()
            );
        };
        let after = student::parse(&new_src, &path).map_err(|d| {
            anyhow::Error::new(crate::DataErrors(d)).context(format!(
                "cannot add the event to {}; nothing was written",
                path.display()
            ))
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
                match open.first() {
                    None => bail!(
                        "{id} has no open `{}` action, so nothing was written (`uitstroom show {id}` lists its actions)",
                        r.id
                    ),
                    Some(a) => bail!(
                        "an event dated {date} does not apply to `{}`, which opens {}; nothing was written (use --date on or after {}, or see `uitstroom why {id} {}`)",
                        r.id,
                        a.opens,
                        a.opens,
                        r.id
                    ),
                }
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
    println!("{what} for {id} on {date}");
    for a in &changes.0 {
        let verb = match a.state {
            State::Done(_) => "done",
            State::Waived(_) => "waived",
            State::Open if a.rule.kind == rules::ActionKind::Milestone => "milestone",
            State::Open if engine::listed(a, today) => "due",
            State::Open => continue,
        };
        println!(
            "  {verb}: {} {} (due {}, {})",
            a.rule.id,
            a.title.get(env.lang),
            a.due,
            a.rule.owner.name()
        );
    }
    commit(env, &lock, &path, &format!("uitstroom: {what} {id}"));
    Ok(ExitCode::SUCCESS)
}

/// Commits a written file when the folder is in git, still under the lock the write was
/// made under; says so when it cannot.
pub(crate) fn commit(env: &Env, lock: &store::Lock, path: &std::path::Path, message: &str) {
    if !env.settings.auto_commit {
        return;
    }
    if let git::Outcome::Skipped(why) = git::commit(lock, &env.root, &[path.to_path_buf()], message) {
        eprintln!("note: wrote {} but did not commit it: {why}", path.display());
    }
}

pub fn log(env: &Env, args: &LogArgs) -> Result<ExitCode> {
    if let Some(n) = &args.note {
        super::plain_arg("the note", n, Many)?;
    }
    let Some(kind) = Kind::from_name(&args.kind) else {
        return Err(UsageError::new(format!("unknown event kind `{}`", args.kind))
            .hint(did_you_mean(&args.kind, &Kind::names()))
            .into());
    };
    if matches!(kind, Kind::Done | Kind::Deferred | Kind::Waived) {
        return Err(UsageError::new(format!(
            "use `uitstroom {}` to record a `{kind}` event",
            match kind {
                Kind::Done => "done ID RULE",
                Kind::Deferred => "defer ID RULE --until DATE --reason TEXT",
                _ => "waive ID RULE --reason TEXT",
            }
        ))
        .into());
    }
    let mut fields = Vec::new();
    for f in &args.fields {
        let (k, v) = field_line(kind, f)?;
        if fields.iter().any(|(have, _)| *have == k) {
            return Err(UsageError::new(format!("`{k}` is given twice")).into());
        }
        fields.push((k, v));
    }
    for (f, required) in kind.fields() {
        if *required && !fields.iter().any(|(k, _)| k == f) {
            let example = allowed(f).map_or("…".to_string(), |n| n[0].to_string());
            return Err(UsageError::new(format!("a `{kind}` event needs `{f}`"))
                .hint(format!("add {f}={example}"))
                .into());
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
        &format!("log {kind}"),
    )
}

pub fn done(env: &Env, args: &DoneArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    if rule.kind == rules::ActionKind::Milestone {
        return Err(UsageError::new(format!(
            "`{}` is a milestone: it is information, nothing to complete",
            rule.id
        ))
        .into());
    }
    if let Some(n) = &args.note {
        super::plain_arg("the note", n, Many)?;
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
        &format!("done {}", rule.id),
    )
}

pub fn defer(env: &Env, args: &DeferArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    super::plain_arg("the reason", &args.reason, Many)?;
    let date = args.date.unwrap_or(env.today);
    let fields = vec![
        ("rule".into(), toml_string(rule.id)),
        ("until".into(), args.until.to_string()),
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
        &format!("defer {}", rule.id),
    )
}

pub fn waive(env: &Env, args: &WaiveArgs) -> Result<ExitCode> {
    let rule = rule_arg(&args.rule)?;
    super::plain_arg("the reason", &args.reason, Many)?;
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
        &format!("waive {}", rule.id),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
