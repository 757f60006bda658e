//! `set ID FIELD VALUE`: change a top-level field, keeping the rest of the file — and
//! the comment on the changed line — as it was (toml_edit edits the document).

use super::write::commit;
use crate::diag::did_you_mean;
use crate::fields::{self, Field};
use crate::folder::Env;
use crate::out::outln;
use crate::{UsageError, store};
use anyhow::{Context, Result};
use std::process::ExitCode;
use toml_edit::{DocumentMut, Item, Value};

/// Checks a value for `field` against its type in the one field table
/// (`fields::STUDENT`), before the file is touched, and makes it a TOML value.
fn value_of(field: &Field, raw: &str) -> Result<Value> {
    field.ty.parse_arg(raw).map_err(|bad| {
        let name = field.name;
        UsageError::new(format!("{name} {raw}: {}", bad.message))
            .hint(format!(
                "{}; e.g. uitstroom set ID {name} {}",
                bad.hint(name),
                example_arg(field)
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

/// The file's text with `field` set to `value` (or removed): only that value changes;
/// the rest of the document, and the comment on the changed line, stay.
fn set_in(src: &str, field: &str, value: Option<Value>) -> Result<String> {
    let mut doc: DocumentMut = src.parse().context("reading the file for editing")?;
    let root = doc.as_table_mut();
    match (value, root.get_mut(field)) {
        (None, Some(_)) => {
            root.remove(field);
        }
        (None, None) => {}
        (Some(v), Some(Item::Value(old))) => {
            // Keep the line's comment and spacing: only the value changes.
            let decor = old.decor().clone();
            *old = v;
            *old.decor_mut() = decor;
        }
        (Some(v), _) => {
            root.insert(field, Item::Value(v));
        }
    }
    Ok(doc.to_string())
}

pub fn run(env: &Env, a: &crate::cli::SetArgs) -> Result<ExitCode> {
    let field = a.field.as_str();
    let Some(spec) = fields::find(fields::STUDENT, field) else {
        let settable: Vec<&str> = fields::STUDENT.iter().map(|f| f.name).collect();
        let hint = if matches!(field, "id" | "schema") {
            "the id is the file name and cannot be changed with set".to_string()
        } else if field == "events" || field == "contacts" {
            "events are added with `uitstroom log`; contacts are edited in the file".to_string()
        } else {
            did_you_mean(field, &settable)
        };
        return Err(UsageError::new(format!("`{field}` cannot be set"))
            .hint(hint)
            .into());
    };
    let remove = a.value.is_empty();
    if remove && spec.required {
        return Err(
            UsageError::new(format!("`{field}` is required and cannot be removed"))
                .hint(format!(
                    "give a new value: e.g. uitstroom set ID {field} {}",
                    example_arg(spec)
                ))
                .into(),
        );
    }
    let new_value = if remove {
        None
    } else {
        Some(value_of(spec, &a.value)?)
    };
    let path = env.student_path(&a.id)?;
    store::edit_student(&env.root, &path, |src, _| set_in(src, field, new_value))?;
    if remove {
        outln!("removed {field} of {}", a.id);
    } else {
        outln!("set {field} of {} to {}", a.id, a.value);
    }
    if field == "municipality"
        && let Some(note) = super::new::municipality_note(&env.settings, Some(&a.value))
    {
        eprintln!("note: {note}");
    }
    commit(env, &path, &format!("uitstroom: set {} {field}", a.id));
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::Type;
    use proptest::prelude::*;

    const BASE: &str = "schema = 1\nid = \"a\"\nname = \"A\" # roepnaam\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\n";

    fn set(field: &str, raw: &str) -> Result<String> {
        let spec = fields::find(fields::STUDENT, field).unwrap();
        set_in(BASE, field, Some(value_of(spec, raw)?))
    }

    /// Issue 10 item 7: `set ID year_offset 99` and `set ID track prO` failed only after
    /// touching the file, with exit 1 and a dangling `: `. The value is checked first,
    /// a usage error with what the field takes.
    #[test]
    fn a_bad_value_is_a_usage_error_with_the_allowed_values() {
        let e = set("year_offset", "99").unwrap_err();
        assert!(e.downcast_ref::<UsageError>().is_some());
        assert_eq!(
            e.to_string(),
            "year_offset 99: 99 is out of range\n  hint: year_offset is a whole number from 0 to 9; e.g. uitstroom set ID year_offset 0"
        );
        let e = set("track", "prO").unwrap_err();
        assert_eq!(
            e.to_string(),
            "track prO: unknown track `prO`\n  hint: did you mean `pro`? track is one of pro, vso, entree; e.g. uitstroom set ID track pro"
        );
        let e = set("planned_exit", "10-07-2026").unwrap_err();
        assert!(e.to_string().contains("is not a date"), "{e}");
    }

    #[test]
    fn only_the_value_changes() {
        let out = set("name", "Sem \"de\" Vries").unwrap();
        // toml_edit picks the quoting: a literal string where that needs no escapes.
        assert_eq!(
            out,
            BASE.replace("\"A\" # roepnaam", "'Sem \"de\" Vries' # roepnaam")
        );
        let out = set("year_offset", "02").unwrap();
        assert!(out.contains("year_offset = 2\n"), "{out}");
        let removed = set_in(BASE, "name", None).unwrap();
        assert!(!removed.contains("name ="));
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
            _ => "[ -~\\n\"\\\\éë]{1,20}".boxed(),
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
            let out = set(name, &raw).unwrap();
            let s = crate::student::parse(&out, std::path::Path::new("a.toml"));
            prop_assert!(s.is_ok(), "{out}\n{s:?}");
        }

        /// Whatever is typed, `set` refuses it before touching the file, or writes a file
        /// that reads.
        #[test]
        fn set_never_writes_an_invalid_file(
            f in prop::sample::select(fields::STUDENT.to_vec()),
            raw in "[ -~]{1,12}",
        ) {
            match set(f.name, &raw) {
                Ok(out) => {
                    let s = crate::student::parse(&out, std::path::Path::new("a.toml"));
                    prop_assert!(s.is_ok(), "{out}\n{s:?}");
                }
                Err(e) => prop_assert!(e.downcast_ref::<UsageError>().is_some()),
            }
        }
    }
}
