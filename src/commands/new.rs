//! `new ID …`: create a student file, keys in the order of SPEC.md.

use super::write::commit;
use crate::cli::NewArgs;
use crate::folder::Env;
use crate::out::outln;
use crate::settings::Settings;
use crate::student::{self, valid_id};
use crate::text::Lines::One;
use crate::writer::NewStudent;
use crate::{DataErrors, UsageError, store};
use anyhow::{Result, bail};
use std::process::ExitCode;

pub fn text(a: &NewArgs) -> String {
    NewStudent {
        id: &a.id,
        name: &a.name,
        birth_date: a.birth_date,
        municipality: a.municipality.as_deref(),
        school: a.school.as_deref(),
        track: a.track,
        profile: a.profile,
        enrolled: a.enrolled,
        planned_exit: a.planned_exit,
        year_offset: a.year_offset,
    }
    .text()
}

/// A word about the municipality when Route Arbeid will not apply or the name is old.
pub fn municipality_note(settings: &Settings, m: Option<&str>) -> Option<String> {
    let m = m?;
    if let Some((new, since)) = Settings::current_name(m) {
        return Some(format!(
            "{m} is part of {new} since {since}; consider `set ID municipality \"{new}\"`"
        ));
    }
    (!settings.in_region(Some(m))).then(|| {
        format!(
            "{m} is outside the Route Arbeid region ({}): only the school's own duties are computed",
            settings.region_name
        )
    })
}

pub fn run(env: &Env, a: &NewArgs) -> Result<ExitCode> {
    if !valid_id(&a.id) {
        return Err(UsageError::new(format!("`{}` is not a valid case id", a.id))
            .hint("use lower-case letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 (e.g. focus-2022-0137)")
            .into());
    }
    if a.name.trim().is_empty() {
        return Err(UsageError::new("the name is empty").into());
    }
    super::plain_arg("--name", &a.name, One)?;
    for (what, v) in [("--municipality", &a.municipality), ("--school", &a.school)] {
        if let Some(v) = v {
            super::plain_arg(what, v, One)?;
        }
    }
    let dir = env.students_dir();
    let path = dir.join(format!("{}.toml", a.id));
    let archived = env.archive_dir().join(format!("{}.toml", a.id));
    let src = text(a);
    student::parse(&src, &path).map_err(DataErrors)?;
    store::create_private_dir(&dir)?;
    let lock = store::lock(&env.root)?;
    // A link counts as existing, even one that points nowhere.
    let exists = |p: &std::path::Path| p.symlink_metadata().is_ok();
    if exists(&path) || exists(&archived) {
        let existing = if exists(&path) { &path } else { &archived };
        bail!(
            "case `{}` exists already ({}); nothing was written",
            a.id,
            existing.display()
        );
    }
    store::write_atomic(&path, &src, true)?;
    outln!("new case {} ({})", a.id, path.display());
    if let Some(note) = municipality_note(&env.settings, a.municipality.as_deref()) {
        eprintln!("note: {note}");
    }
    commit(env, &lock, &path, &format!("uitstroom: new {}", a.id));
    Ok(ExitCode::SUCCESS)
}
