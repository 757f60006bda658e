//! `set ID FIELD VALUE`: change a top-level field, keeping the rest of the file — and
//! the comment on the changed line — as it was (the value is replaced as text).

use super::write::commit;
use crate::dates::parse_date;
use crate::diag::did_you_mean;
use crate::folder::Env;
use crate::{UsageError, store, writer};
use anyhow::{Context, Result};
use std::process::ExitCode;
use toml_edit::{DocumentMut, Item, Value};

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
    if let Some(role) = field.strip_prefix("contacts.") {
        return contact(env, a, role);
    }
    if !SETTABLE.contains(&field) {
        let hint = if matches!(field, "id" | "schema") {
            "the id is the file name and cannot be changed with set".to_string()
        } else if field == "events" {
            "events are added with `uitstroom log`".to_string()
        } else if field == "contacts" {
            "name the role: contacts.mentor, contacts.jongerenadviseur, contacts.doorstroomcoach, …"
                .to_string()
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

/// `set ID contacts.ROLE VALUE`: sets one contact in `[contacts]` (made if absent, just
/// before the events), or removes it with an empty VALUE (and the table with its last
/// contact). A role already in the file in another case (`Mentor`) is that role.
fn contact(env: &Env, a: &crate::cli::SetArgs, role: &str) -> Result<ExitCode> {
    if !crate::import::valid_role(role) {
        return Err(UsageError::new(format!("`{role}` is not a contact role"))
            .hint("use letters, digits, `_` and `-`, e.g. contacts.mentor, contacts.jobcoach")
            .into());
    }
    let role = role.to_ascii_lowercase();
    let value = a.value.trim();
    let path = env.student_path(&a.id)?;
    let mut changed = true;
    let lock = store::lock(&env.root)?;
    store::edit_student(&lock, &path, |src, _| {
        let mut doc: DocumentMut = src.parse().context("reading the file for editing")?;
        let (text, did) = set_contact(&mut doc, &role, value)?;
        changed = did;
        // toml_edit writes LF and drops a BOM: the file keeps its own.
        Ok(if did {
            writer::keep_form(src, text)
        } else {
            src.to_string()
        })
    })?;
    match (value.is_empty(), changed) {
        (true, true) => println!("removed contacts.{role} of {}", a.id),
        (true, false) => println!("{} has no contacts.{role}; nothing changed", a.id),
        // The name of a contact is shown to the user who typed it; never in the commit.
        (false, _) => println!("set contacts.{role} of {}", a.id),
    }
    if changed {
        commit(
            env,
            &lock,
            &path,
            &format!("uitstroom: set {} contacts.{role}", a.id),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Edits `[contacts]` in the document; the text, and whether anything changed.
fn set_contact(doc: &mut DocumentMut, role: &str, value: &str) -> Result<(String, bool)> {
    let root = doc.as_table_mut();
    if root.get("contacts").is_some_and(|c| !c.is_table_like()) {
        anyhow::bail!("`contacts` in this file is not a table; fix it with `uitstroom edit`");
    }
    if value.is_empty() {
        let Some(table) = root.get_mut("contacts").and_then(Item::as_table_like_mut) else {
            return Ok((doc.to_string(), false));
        };
        let key = table
            .iter()
            .map(|(k, _)| k.to_string())
            .find(|k| k.eq_ignore_ascii_case(role));
        let Some(key) = key else {
            return Ok((doc.to_string(), false));
        };
        table.remove(&key);
        if table.is_empty() {
            root.remove("contacts");
        }
        return Ok((doc.to_string(), true));
    }
    if root.get("contacts").is_none() {
        // A new `[contacts]` goes where SPEC.md has it: before the first `[[events]]`.
        let mut table = toml_edit::Table::new();
        let first_event = root
            .get("events")
            .and_then(Item::as_array_of_tables)
            .and_then(|a| a.iter().filter_map(toml_edit::Table::position).min());
        if let Some(pos) = first_event {
            table.set_position(Some(pos));
            // Equal positions keep insertion order, so nudge every later table on.
            if let Some(events) = root.get_mut("events").and_then(Item::as_array_of_tables_mut) {
                for t in events.iter_mut() {
                    if let Some(p) = t.position() {
                        t.set_position(Some(p + 1));
                    }
                }
            }
        }
        root.insert("contacts", Item::Table(table));
    }
    let table = root
        .get_mut("contacts")
        .and_then(Item::as_table_like_mut)
        .context("`contacts` is a table")?;
    let key = table
        .iter()
        .map(|(k, _)| k.to_string())
        .find(|k| k.eq_ignore_ascii_case(role))
        .unwrap_or_else(|| role.to_string());
    let unchanged = table
        .get(&key)
        .and_then(Item::as_str)
        .is_some_and(|old| old == value);
    match table.get_mut(&key) {
        Some(Item::Value(old)) => {
            // Keep the line's comment and spacing: only the value changes.
            let decor = old.decor().clone();
            *old = Value::from(value);
            *old.decor_mut() = decor;
        }
        _ => {
            table.insert(&key, Item::Value(Value::from(value)));
        }
    }
    Ok((doc.to_string(), !unchanged))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(src: &str, role: &str, value: &str) -> (String, bool) {
        let mut doc: DocumentMut = src.parse().unwrap();
        set_contact(&mut doc, role, value).unwrap()
    }

    const BARE: &str = "schema = 1\nid = \"sem\"  # x\n\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\n\n[[events]]\ndate = 2025-09-16\nkind = \"note\"\n";

    #[test]
    fn a_new_contacts_table_goes_before_the_events() {
        let (out, changed) = set(BARE, "mentor", "J. Bakker");
        assert!(changed);
        assert_eq!(
            out,
            "schema = 1\nid = \"sem\"  # x\n\n[contacts]\nmentor = \"J. Bakker\"\n\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\n\n[[events]]\ndate = 2025-09-16\nkind = \"note\"\n"
        );
        let (out, _) = set("schema = 1\n", "mentor", "J. Bakker");
        assert_eq!(out, "schema = 1\n\n[contacts]\nmentor = \"J. Bakker\"\n");
    }

    #[test]
    fn an_existing_contact_keeps_its_key_and_comment() {
        let src = "schema = 1\n\n[contacts]\nMentor = \"A\"   # sinds 2025\ncoach = \"B\"\n";
        let (out, changed) = set(src, "mentor", "J. Bakker");
        assert!(changed);
        assert_eq!(
            out,
            "schema = 1\n\n[contacts]\nMentor = \"J. Bakker\"   # sinds 2025\ncoach = \"B\"\n"
        );
        let (out, changed) = set(src, "coach", "B");
        assert!(!changed);
        assert_eq!(out, src);
        let (out, _) = set(src, "jobcoach", "C");
        assert_eq!(out, format!("{src}jobcoach = \"C\"\n"));
    }

    #[test]
    fn an_empty_value_removes_the_contact_and_an_empty_table() {
        let src = "schema = 1\n\n[contacts]\nmentor = \"A\"\ncoach = \"B\"\n";
        let (out, changed) = set(src, "MENTOR", "");
        assert!(changed);
        assert_eq!(out, "schema = 1\n\n[contacts]\ncoach = \"B\"\n");
        let (out, _) = set(&out, "coach", "");
        assert_eq!(out, "schema = 1\n");
        let (out, changed) = set("schema = 1\n", "coach", "");
        assert!(!changed);
        assert_eq!(out, "schema = 1\n");
    }

    #[test]
    fn inline_contacts_are_edited_in_place() {
        let (out, _) = set(
            "schema = 1\ncontacts = { mentor = \"A\" }\n",
            "doorstroomcoach",
            "M. Peters",
        );
        let doc: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(doc["contacts"]["mentor"].as_str(), Some("A"));
        assert_eq!(doc["contacts"]["doorstroomcoach"].as_str(), Some("M. Peters"));
    }
}
