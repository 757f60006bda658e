//! `new ID …`: create a student file, keys in the order of SPEC.md.

use super::write::{commit, note};
use crate::cli::NewArgs;
use crate::folder::Env;
use crate::i18n::messages::write as m;
use crate::out::outln;
use crate::settings::Settings;
use crate::student::{self, valid_id};
use crate::text::Lines::One;
use crate::writer::NewStudent;
use crate::{DataError, DataErrors, UsageError, store, tr};
use anyhow::Result;
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
pub fn municipality_note(settings: &Settings, municipality: Option<&str>) -> Option<String> {
    let municipality = municipality?;
    if let Some((new, since)) = Settings::current_name(municipality) {
        return Some(tr!(m::MUNICIPALITY_MERGED, old = municipality, new, since));
    }
    (!settings.in_region(Some(municipality))).then(|| {
        tr!(
            m::MUNICIPALITY_OUTSIDE,
            municipality,
            region = settings.region_name
        )
    })
}

pub fn run(env: &Env, a: &NewArgs) -> Result<ExitCode> {
    if !valid_id(&a.id) {
        return Err(UsageError::new(tr!(m::NEW_BAD_ID, id = a.id))
            .hint(m::NEW_BAD_ID_HINT.text())
            .into());
    }
    if a.name.trim().is_empty() {
        return Err(UsageError::new(m::NEW_EMPTY_NAME.text())
            .hint(m::NEW_EMPTY_NAME_HINT.text())
            .into());
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
        return Err(DataError {
            message: tr!(m::NEW_EXISTS, id = a.id, path = existing.display()),
            hint: Some(tr!(m::NEW_EXISTS_HINT, id = a.id)),
        }
        .into());
    }
    store::write_atomic(&path, &src, true)?;
    outln!("{}", tr!(m::NEW_MADE, id = a.id, path = path.display()));
    if let Some(n) = municipality_note(&env.settings, a.municipality.as_deref()) {
        note(&n);
    }
    commit(env, &lock, &path, &format!("uitstroom: new {}", a.id));
    Ok(ExitCode::SUCCESS)
}
