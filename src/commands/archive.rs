//! `archive ID` / `archive --ended`: move closed cases from students/ to archive/, where
//! `check` still validates them and `show` still finds them, but `due` and `list` no
//! longer read them.

use super::write::note;
use crate::cli::ArchiveArgs;
use crate::engine::{self, Phase};
use crate::folder::Env;
use crate::i18n::messages::admin as m;
use crate::i18n::terms;
use crate::out::outln;
use crate::{DataError, DataErrors, UsageError, git, store, tr};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ArchiveArgs) -> Result<ExitCode> {
    let students = env.students_dir();
    // Under the lock from the start: which cases have ended is decided on the files
    // that are moved, with no write in between.
    let lock = store::lock(&env.root)?;
    let ids: Vec<String> = match &args.id {
        Some(id) => {
            let path = env.student_path(id)?;
            if path.parent() != Some(students.as_path()) {
                return Err(UsageError::new(tr!(m::ARCHIVE_ALREADY, id))
                    .hint(tr!(m::ARCHIVE_ALREADY_HINT, id))
                    .into());
            }
            let s = store::read_student(&path).map_err(DataErrors)?;
            let phase = engine::derive(&s, &env.settings, env.today).phase;
            if phase != Phase::Ended {
                return Err(DataError {
                    message: tr!(m::ARCHIVE_NOT_ENDED, id, phase = terms::phase(phase)),
                    hint: Some(tr!(m::ARCHIVE_NOT_ENDED_HINT, id)),
                }
                .into());
            }
            vec![id.clone()]
        }
        None => {
            let found = store::map_students(std::slice::from_ref(&students), env.jobs, |_, parsed| {
                parsed
                    .ok()
                    .filter(|s| engine::derive(s, &env.settings, env.today).phase == Phase::Ended)
                    .map(|s| s.id)
            })?;
            found.into_iter().flatten().collect()
        }
    };
    if ids.is_empty() {
        outln!("{}", m::ARCHIVE_NONE);
        return Ok(ExitCode::SUCCESS);
    }
    store::create_private_dir(&env.archive_dir())?;
    let pairs: Vec<(PathBuf, PathBuf)> = ids
        .iter()
        .map(|id| {
            let file = format!("{id}.toml");
            (students.join(&file), env.archive_dir().join(file))
        })
        .collect();
    // All or none: a case already in archive/ stops the move before anything moved.
    if let Some((from, to)) = pairs.iter().find(|(_, to)| to.exists()) {
        let (from, to) = (from.display(), to.display());
        return Err(DataError {
            message: tr!(m::ARCHIVE_TARGET_EXISTS, to, from),
            hint: Some(tr!(m::ARCHIVE_TARGET_EXISTS_HINT, from, to)),
        }
        .into());
    }
    for (k, (from, to)) in pairs.iter().enumerate() {
        if let Err(e) = std::fs::rename(from, to) {
            // Put back what moved already, so that a failure leaves the folder as it was.
            for (back_from, back_to) in pairs[..k].iter().rev() {
                let _ = std::fs::rename(back_to, back_from);
            }
            return Err(anyhow::Error::new(e).context(tr!(
                m::ARCHIVE_MOVING,
                from = from.display(),
                to = to.display()
            )));
        }
    }
    store::sync_dir(&students);
    store::sync_dir(&env.archive_dir());
    for id in &ids {
        outln!("{}", tr!(m::ARCHIVE_DONE, id));
    }
    let moved: Vec<PathBuf> = pairs.into_iter().flat_map(|(from, to)| [from, to]).collect();
    if env.settings.auto_commit {
        let what = match &args.id {
            Some(id) => format!("uitstroom: archive {id}"),
            None => format!("uitstroom: archive --ended ({} cases)", ids.len()),
        };
        if let git::Outcome::Skipped(why) = git::commit(&lock, &env.root, &moved, &what) {
            note(&tr!(m::ARCHIVE_NOT_COMMITTED, why));
        }
    }
    Ok(ExitCode::SUCCESS)
}
