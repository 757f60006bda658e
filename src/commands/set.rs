//! `set ID FIELD VALUE`: change a top-level field, keeping the rest of the file — and
//! the comment on the changed line — as it was (the value is replaced as text).

use super::write::{commit, note};
use crate::diag::did_you_mean;
use crate::fields::{self, Field};
use crate::folder::Env;
use crate::i18n::messages::write as m;
use crate::out::outln;
use crate::{UsageError, store, tr, writer};
use anyhow::{Context, Result};
use std::process::ExitCode;
use toml_edit::{DocumentMut, Item, Value};

/// Checks a value for `field` against its type in the one field table
/// (`fields::STUDENT`), before the file is touched, and makes it a TOML value.
fn value_of(field: &Field, raw: &str) -> Result<Value> {
    field.ty.parse_arg(raw).map_err(|bad| {
        let name = field.name;
        UsageError::new(tr!(m::SET_BAD_VALUE, field = name, message = bad.message))
            .hint(tr!(
                m::SET_BAD_VALUE_HINT,
                hint = bad.hint(name),
                field = name,
                example = example_arg(field)
            ))
            .into()
    })
}

/// The field's example as it is typed on the command line.
fn example_arg(field: &Field) -> String {
    let raw = field.example.trim_matches('"');
    if raw.contains(' ') {
        format!("\"{raw}\"")
    } else {
        raw.to_string()
    }
}

pub fn run(env: &Env, a: &crate::cli::SetArgs) -> Result<ExitCode> {
    let field = a.field.as_str();
    if let Some(role) = field.strip_prefix("contacts.") {
        return contact(env, a, role);
    }
    let Some(spec) = fields::find(fields::STUDENT, field) else {
        let settable: Vec<&str> = fields::STUDENT.iter().map(|f| f.name).collect();
        let hint = if matches!(field, "id" | "schema") {
            m::SET_ID_HINT.text().to_string()
        } else if field == "events" {
            m::SET_EVENTS_HINT.text().to_string()
        } else if field == "contacts" {
            m::SET_CONTACTS_HINT.text().to_string()
        } else {
            did_you_mean(field, &settable)
        };
        return Err(UsageError::new(tr!(m::SET_CANNOT_SET, field)).hint(hint).into());
    };
    let remove = a.value.is_empty();
    if remove && spec.required {
        return Err(UsageError::new(tr!(m::SET_REQUIRED, field))
            .hint(tr!(m::SET_REQUIRED_HINT, field, example = example_arg(spec)))
            .into());
    }
    let new_value = if remove {
        None
    } else {
        Some(value_of(spec, &a.value)?)
    };
    let path = env.student_path(&a.id)?;
    // As text: only the value's bytes change, so the line's comment, the file's line
    // ends (CRLF) and a byte order mark stay (issue 10).
    let new_text = new_value.map(|v| writer::toml_value(&v));
    let lock = store::lock(&env.root)?;
    store::edit_student(&lock, &path, |src, _| {
        writer::set_field(src, field, new_text.as_deref()).context(m::SET_READING.text())
    })?;
    let id = &a.id;
    if remove {
        outln!("{}", tr!(m::SET_REMOVED, field, id));
    } else {
        outln!("{}", tr!(m::SET_SET, field, id, value = a.value));
    }
    if field == "municipality"
        && let Some(n) = super::new::municipality_note(&env.settings, Some(&a.value))
    {
        note(&n);
    }
    commit(env, &lock, &path, &format!("uitstroom: set {} {field}", a.id));
    Ok(ExitCode::SUCCESS)
}

/// `set ID contacts.ROLE VALUE`: sets one contact in `[contacts]` (made if absent, just
/// before the events), or removes it with an empty VALUE (and the table with its last
/// contact). A role already in the file in another case (`Mentor`) is that role.
fn contact(env: &Env, a: &crate::cli::SetArgs, role: &str) -> Result<ExitCode> {
    if !crate::import::valid_role(role) {
        return Err(UsageError::new(tr!(m::SET_NOT_A_ROLE, role))
            .hint(m::SET_ROLE_HINT.text())
            .into());
    }
    let role = role.to_ascii_lowercase();
    let value = a.value.trim();
    let path = env.student_path(&a.id)?;
    let mut changed = true;
    let lock = store::lock(&env.root)?;
    store::edit_student(&lock, &path, |src, _| {
        let mut doc: DocumentMut = src.parse().context(m::SET_READING.text())?;
        let (text, did) = set_contact(&mut doc, &role, value)?;
        changed = did;
        // toml_edit writes LF and drops a BOM: the file keeps its own.
        Ok(if did {
            writer::keep_form(src, text)
        } else {
            src.to_string()
        })
    })?;
    let id = &a.id;
    let said = match (value.is_empty(), changed) {
        (true, true) => tr!(m::SET_CONTACT_REMOVED, role, id),
        (true, false) => tr!(m::SET_CONTACT_ABSENT, role, id),
        // The name of a contact is not repeated, and never goes into the commit.
        (false, true) => tr!(m::SET_CONTACT_SET, role, id),
        (false, false) => tr!(m::SET_CONTACT_SAME, role, id),
    };
    outln!("{said}");
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
        anyhow::bail!(m::SET_CONTACTS_NOT_A_TABLE.text());
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
    use crate::fields::Type;
    use proptest::prelude::*;

    const BASE: &str = "schema = 1\nid = \"a\"\nname = \"A\" # roepnaam\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\n";

    /// What `set` writes for `field` and the value typed: the same steps as `run`.
    fn set_value(field: &str, raw: &str) -> Result<String> {
        let spec = fields::find(fields::STUDENT, field).unwrap();
        let value = writer::toml_value(&value_of(spec, raw)?);
        writer::set_field(BASE, field, Some(&value)).context("not TOML")
    }

    /// Issue 10 item 7: `set ID year_offset 99` and `set ID track prO` failed only after
    /// touching the file, with exit 1 and a dangling `: `. The value is checked first,
    /// a usage error with what the field takes.
    #[test]
    fn a_bad_value_is_a_usage_error_with_the_allowed_values() {
        let e = set_value("year_offset", "99").unwrap_err();
        assert!(e.downcast_ref::<UsageError>().is_some());
        assert_eq!(
            e.to_string(),
            "`year_offset`: 99 is out of range\n  hint: year_offset is a whole number from 0 to 9; e.g. uitstroom set ID year_offset 0"
        );
        let e = set_value("track", "prO").unwrap_err();
        assert_eq!(
            e.to_string(),
            "`track`: unknown track `prO`\n  hint: did you mean `pro`? track is one of pro, vso, entree; e.g. uitstroom set ID track pro"
        );
        let e = set_value("planned_exit", "10-07-2026").unwrap_err();
        assert!(e.to_string().contains("is not a date"), "{e}");
        let e = set_value("planned_exit", "9999-12-31").unwrap_err();
        assert!(e.to_string().contains("is outside the years"), "{e}");
        let e = set_value("name", "Sem\u{1b}]0;x").unwrap_err();
        assert!(e.to_string().contains("a control character"), "{e}");
    }

    #[test]
    fn only_the_value_changes() {
        let out = set_value("name", "Sem \"de\" Vries").unwrap();
        // toml_edit picks the quoting: a literal string where that needs no escapes.
        assert_eq!(
            out,
            BASE.replace("\"A\" # roepnaam", "'Sem \"de\" Vries' # roepnaam")
        );
        let out = set_value("year_offset", "02").unwrap();
        assert!(out.contains("year_offset = 2\n"), "{out}");
    }

    fn typed(ty: Type) -> BoxedStrategy<String> {
        match ty {
            Type::Date => (0..3650u64)
                .prop_map(|d| {
                    (crate::dates::parse_date("2000-01-01").unwrap() + chrono::Days::new(d)).to_string()
                })
                .boxed(),
            Type::Int { min, max } => (min..=max).prop_map(|n| format!("{n:02}")).boxed(),
            Type::Choice { names, .. } => prop::sample::select(names.to_vec())
                .prop_map(String::from)
                .boxed(),
            _ => "[ -~\"\\\\éë]{1,20}".boxed(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// `set` writes what reading accepts, for every field of the one table.
        #[test]
        fn what_set_writes_reads_back(
            (name, raw) in prop::sample::select(fields::STUDENT.to_vec())
                .prop_flat_map(|f| (Just(f.name), typed(f.ty)))
        ) {
            let out = set_value(name, &raw).unwrap();
            let s = crate::student::parse(&out, std::path::Path::new("a.toml"));
            prop_assert!(s.is_ok(), "{out}\n{s:?}");
        }

        /// Whatever is typed, `set` refuses it before touching the file, or writes a file
        /// that reads.
        #[test]
        fn set_never_writes_an_invalid_file(
            f in prop::sample::select(fields::STUDENT.to_vec()),
            raw in "[ -~\n\t\u{1b}]{1,12}",
        ) {
            match set_value(f.name, &raw) {
                Ok(out) => {
                    let s = crate::student::parse(&out, std::path::Path::new("a.toml"));
                    prop_assert!(s.is_ok(), "{out}\n{s:?}");
                }
                Err(e) => prop_assert!(e.downcast_ref::<UsageError>().is_some()),
            }
        }
    }

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
