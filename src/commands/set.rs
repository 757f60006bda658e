//! `set ID FIELD VALUE`: change a top-level field, keeping the rest of the file — and
//! the comment on the changed line — as it was (the value is replaced as text).

use super::write::commit;
use crate::dates::parse_date;
use crate::diag::did_you_mean;
use crate::folder::Env;
use crate::{UsageError, store, writer};
use anyhow::{Context, Result};
use std::process::ExitCode;
use toml_edit::Value;

/// The top-level fields after `schema` and `id`, up to the tables (SPEC.md's order).
const SETTABLE: &[&str] = crate::student::FIELD_KEYS;
const REQUIRED: &[&str] = &["name", "birth_date", "track", "enrolled"];

fn value_of(field: &str, raw: &str) -> Result<Value> {
    let bad = |what: &str, example: &str| -> anyhow::Error {
        UsageError::new(format!("`{raw}` is not {what}"))
            .hint(format!("e.g. uitstroom set ID {field} {example}"))
            .into()
    };
    Ok(match field {
        "birth_date" | "enrolled" | "planned_exit" => {
            let d = parse_date(raw).ok_or_else(|| bad("a date", "2026-07-10"))?;
            if !crate::dates::plausible(d) {
                return Err(UsageError::new(crate::dates::implausible(d))
                    .hint(format!("check the year: uitstroom set ID {field} 2026-07-10"))
                    .into());
            }
            d.to_string().parse::<Value>().context("formatting the date")?
        }
        "year_offset" => Value::from(raw.parse::<i64>().map_err(|_| bad("a whole number", "1"))?),
        _ => {
            super::plain_arg(&format!("the {field}"), raw, crate::text::Lines::One)?;
            Value::from(raw)
        }
    })
}

pub fn run(env: &Env, a: &crate::cli::SetArgs) -> Result<ExitCode> {
    let field = a.field.as_str();
    if !SETTABLE.contains(&field) {
        let hint = if matches!(field, "id" | "schema") {
            "the id is the file name and cannot be changed with set".to_string()
        } else if field == "events" || field == "contacts" {
            "events are added with `uitstroom log`; contacts are edited in the file".to_string()
        } else {
            did_you_mean(field, SETTABLE)
        };
        return Err(UsageError::new(format!("`{field}` cannot be set"))
            .hint(hint)
            .into());
    }
    let remove = a.value.is_empty();
    if remove && REQUIRED.contains(&field) {
        return Err(UsageError::new(format!("`{field}` is required and cannot be removed")).into());
    }
    let new_value = if remove {
        None
    } else {
        Some(value_of(field, &a.value)?)
    };
    let path = env.student_path(&a.id)?;
    // As text: only the value's bytes change, so the line's comment, the file's line
    // ends (CRLF) and a byte order mark stay (issue 10).
    let new_text = new_value.map(|v| v.to_string().trim().to_string());
    let lock = store::lock(&env.root)?;
    store::edit_student(&lock, &path, |src, _| {
        writer::set_field(src, field, new_text.as_deref()).context("reading the file for editing")
    })?;
    if remove {
        println!("removed {field} of {}", a.id);
    } else {
        println!("set {field} of {} to {}", a.id, a.value);
    }
    if field == "municipality"
        && let Some(note) = super::new::municipality_note(&env.settings, Some(&a.value))
    {
        eprintln!("note: {note}");
    }
    commit(env, &lock, &path, &format!("uitstroom: set {} {field}", a.id));
    Ok(ExitCode::SUCCESS)
}
