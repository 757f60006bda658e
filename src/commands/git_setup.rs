//! `git-setup`: register the merge driver for case files in this clone's git config, and
//! make sure `.gitattributes` sends the case files to it (SPEC.md, "Sharing a folder
//! through git"). `init` and `sync` do the same when it is missing.

use super::write::note;
use crate::folder::Env;
use crate::git::{self, ATTRIBUTES};
use crate::i18n::messages::{sync as m, write};
use crate::out::outln;
use crate::{UsageError, store, tr};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const ATTRIBUTES_HEADER: &str =
    "# written by uitstroom: case files are merged by event and field (uitstroom git-setup)";

/// Writes `.gitattributes` in the folder, or adds the driver's lines to it, when they are
/// missing; returns its path when it wrote it.
pub(crate) fn ensure_attributes(root: &Path) -> Result<Option<PathBuf>> {
    let path = root.join(".gitattributes");
    let old = match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e).with_context(|| tr!(m::GITSETUP_READING, path = path.display())),
    };
    let have = |line: &str| {
        old.as_deref()
            .is_some_and(|s| s.lines().any(|l| l.trim() == line))
    };
    let missing: Vec<&str> = ATTRIBUTES.iter().copied().filter(|l| !have(l)).collect();
    if missing.is_empty() {
        return Ok(None);
    }
    let mut text = old.clone().unwrap_or_default();
    let eol = crate::layout::eol_of(&text);
    if !text.is_empty() && !text.ends_with('\n') {
        text.push_str(eol);
    }
    text.push_str(ATTRIBUTES_HEADER);
    text.push_str(eol);
    for l in missing {
        text.push_str(l);
        text.push_str(eol);
    }
    store::write_atomic(&path, &text, old.is_none())?;
    Ok(Some(path))
}

/// Registers the driver and the attributes; commits the attributes when it wrote them.
/// Without `always`, a driver that is registered and can run is left as it is (someone
/// may have set their own). Returns what it did, one line each.
pub(crate) fn setup(root: &Path, lock: &store::Lock, always: bool, commit: bool) -> Result<Vec<String>> {
    let mut done = Vec::new();
    match git::configured_driver(root) {
        Some(cmd) if git::driver_runs(&cmd) && (!always || cmd == git::driver_command()) => {}
        _ => {
            let command = git::register_driver(root)
                .map_err(|why| anyhow::anyhow!(tr!(m::GITSETUP_REGISTER_FAILED, why)))?;
            done.push(tr!(m::GITSETUP_REGISTERED, command));
        }
    }
    if let Some(path) = ensure_attributes(root)? {
        done.push(tr!(m::GITSETUP_ATTRIBUTES, path = store::shown(&path).display()));
        if commit
            && let git::Outcome::Skipped(why) = git::commit(
                lock,
                root,
                std::slice::from_ref(&path),
                "uitstroom: git-setup (merge driver for case files)",
            )
        {
            note(&tr!(
                write::WRITE_NOT_COMMITTED,
                path = store::shown(&path).display(),
                why
            ));
        }
    }
    Ok(done)
}

pub fn run(env: &Env) -> Result<ExitCode> {
    if !git::is_work_tree(&env.root) {
        return Err(UsageError::new(m::GITSETUP_NOT_IN_GIT.text())
            .hint(m::GITSETUP_NOT_IN_GIT_HINT.text())
            .into());
    }
    let lock = store::lock(&env.root)?;
    let done = setup(&env.root, &lock, true, env.settings.auto_commit)?;
    if done.is_empty() {
        outln!("{}", m::GITSETUP_ALREADY);
    }
    for line in done {
        outln!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
