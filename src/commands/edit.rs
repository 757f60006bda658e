//! `edit ID`: open the student file in `$VISUAL` / `$EDITOR` (else `vi`); on save,
//! validate, and on an error show it and offer to edit again (as `crontab -e` does). The
//! file itself is only replaced, atomically, by a valid version.
//!
//! The draft lives outside the case folder, in a private folder of its own
//! (`$XDG_RUNTIME_DIR`, else the temp folder): a killed `edit` never leaves a copy of a
//! student in `students/` for `git add` or a sync to pick up, and the editor's swap and
//! backup files land beside the draft. Each `edit` sweeps the drafts of edits that were
//! killed: a draft the user did not change goes, one with changes is kept and named.

use super::write::{commit, note};
use crate::folder::Env;
use crate::i18n::messages::write as m;
use crate::out::outln;
use crate::{DataError, DataErrors, UsageError, store, tr};
use anyhow::{Context, Result, bail};
use std::fs::{self, File};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

/// Folder names of drafts in use (or left by a killed edit) and of drafts kept for the
/// user after an edit could not be saved.
const DRAFT_PREFIX: &str = "uitstroom-edit-";
const KEPT_PREFIX: &str = "uitstroom-kept-";
/// A draft's folder on its way out: renamed first (one atomic step), then removed, so
/// that a sweep killed halfway leaves a folder the next sweep knows to remove.
const GONE_PREFIX: &str = "uitstroom-gone-";
/// How long a kept draft stays: long enough to come back to after a holiday.
const KEEP_FOR: Duration = Duration::from_secs(30 * 24 * 60 * 60);
/// The lock file in a draft's folder; it also names the student file being edited.
const LOCK: &str = ".lock";

/// The editor: `$VISUAL`, else `$EDITOR`, else `vi`, as git and crontab choose.
fn editor() -> String {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string())
}

/// Where drafts go: the per-user runtime folder (private, emptied at logout) when there
/// is one, else the temp folder (each draft in a folder of its own, mode 0700).
fn drafts_base() -> PathBuf {
    std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute() && p.is_dir())
        .unwrap_or_else(std::env::temp_dir)
}

/// A draft: the copy being edited, in a private folder, locked while this edit lives.
/// Dropped, it removes its folder the way a sweep does ([`remove_draft_dir`]), so that
/// an edit killed while tidying up leaves nothing a sweep would take for a live draft.
struct Draft {
    dir: PathBuf,
    path: PathBuf,
    /// Whether the folder stays (the draft is kept for the user).
    kept: bool,
    _lock: File,
}

impl Drop for Draft {
    fn drop(&mut self) {
        if !self.kept {
            remove_draft_dir(&self.dir);
        }
    }
}

fn create_private(path: &Path) -> std::io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

impl Draft {
    fn new(base: &Path, id: &str, student: &Path, text: &str) -> Result<Draft> {
        let mut b = tempfile::Builder::new();
        b.prefix(DRAFT_PREFIX);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            b.permissions(fs::Permissions::from_mode(0o700));
        }
        let dir = b
            .tempdir_in(base)
            .with_context(|| tr!(m::EDIT_DRAFT_FOLDER, dir = base.display()))?;
        let lock = create_private(&dir.path().join(LOCK)).context(m::EDIT_DRAFT_LOCK.text())?;
        lock.lock().context(m::EDIT_DRAFT_LOCKING.text())?;
        let abs = std::path::absolute(student).unwrap_or_else(|_| student.to_path_buf());
        (&lock)
            .write_all(abs.as_os_str().as_encoded_bytes())
            .context(m::EDIT_DRAFT_LOCK_WRITE.text())?;
        let path = dir.path().join(format!("{id}.toml"));
        create_private(&path)
            .and_then(|mut f| f.write_all(text.as_bytes()))
            .context(m::EDIT_DRAFT_WRITE.text())?;
        Ok(Draft {
            // From here on the folder goes by `Draft`'s drop, not `TempDir`'s.
            dir: dir.keep(),
            path,
            kept: false,
            _lock: lock,
        })
    }

    /// Keeps the draft for the user (the edit could not be saved); returns where it is.
    fn keep(mut self) -> PathBuf {
        self.kept = true;
        let name = self.path.file_name().map(PathBuf::from).unwrap_or_default();
        keep_dir(&self.dir).join(name)
    }
}

/// Renames a draft's folder to a kept one (so no sweep takes it for a live edit's);
/// where it is afterwards.
fn keep_dir(dir: &Path) -> PathBuf {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let kept = dir.with_file_name(name.replacen(DRAFT_PREFIX, KEPT_PREFIX, 1));
    match fs::rename(dir, &kept) {
        Ok(()) => {
            // Kept for 30 days from now, not from when the edit began.
            let _ = File::open(&kept).and_then(|f| f.set_modified(std::time::SystemTime::now()));
            kept
        }
        Err(_) => dir.to_path_buf(),
    }
}

/// Tidies the drafts folder: drafts of killed edits go when they equal the file they were
/// made from, and are kept (and named, so the user can find them) when they do not; kept
/// drafts go after [`KEEP_FOR`]. Only this user's own folders are touched, never a link.
fn sweep_drafts(base: &Path, mine: &Path) -> Vec<PathBuf> {
    let mut kept = Vec::new();
    let Ok(entries) = fs::read_dir(base) else {
        return kept;
    };
    #[cfg(unix)]
    let me = {
        use std::os::unix::fs::MetadataExt;
        fs::metadata(mine).map(|m| m.uid()).ok()
    };
    for entry in entries.flatten() {
        let dir = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let (draft, old) = (name.starts_with(DRAFT_PREFIX), name.starts_with(KEPT_PREFIX));
        let gone = name.starts_with(GONE_PREFIX);
        if !(draft || old || gone) || dir == mine {
            continue;
        }
        let Ok(meta) = fs::symlink_metadata(&dir) else {
            continue;
        };
        #[cfg(unix)]
        let own = {
            use std::os::unix::fs::MetadataExt;
            me == Some(meta.uid())
        };
        #[cfg(not(unix))]
        let own = true;
        if !meta.is_dir() || !own {
            continue;
        }
        if gone {
            let _ = fs::remove_dir_all(&dir);
            continue;
        }
        let age = meta
            .modified()
            .ok()
            .and_then(|m| m.elapsed().ok())
            .unwrap_or_default();
        if old {
            if age >= KEEP_FOR {
                remove_draft_dir(&dir);
            }
            continue;
        }
        let Ok(lock) = File::open(dir.join(LOCK)) else {
            // Killed between making the folder and its lock: nothing was edited yet. An
            // empty folder goes at once (`remove_dir` takes only an empty one; an edit
            // starting this very moment finds its folder gone and makes another).
            if fs::remove_dir(&dir).is_err() && age >= Duration::from_secs(60) {
                let _ = fs::remove_dir_all(&dir);
            }
            continue;
        };
        if lock.try_lock().is_err() {
            continue; // an edit in progress
        }
        let student = fs::read(dir.join(LOCK))
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .map(PathBuf::from);
        let draft_file = fs::read_dir(&dir).ok().and_then(|d| {
            d.flatten()
                .map(|e| e.path())
                .find(|p| p.extension().is_some_and(|x| x == "toml"))
        });
        let unchanged = match (&student, &draft_file) {
            (Some(s), Some(d)) => fs::read(s).ok().is_some_and(|a| fs::read(d).ok() == Some(a)),
            (_, None) => true,
            (None, Some(_)) => false,
        };
        drop(lock);
        if unchanged {
            remove_draft_dir(&dir);
        } else if let Some(d) = draft_file {
            let to = keep_dir(&dir);
            kept.push(to.join(d.file_name().unwrap_or_default()));
        }
    }
    kept
}

/// Removes a draft's folder: renamed to a `uitstroom-gone-` name, then removed (see
/// [`GONE_PREFIX`]).
fn remove_draft_dir(dir: &Path) {
    let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let rest = name
        .strip_prefix(DRAFT_PREFIX)
        .or_else(|| name.strip_prefix(KEPT_PREFIX))
        .unwrap_or(name);
    let gone = dir.with_file_name(format!("{GONE_PREFIX}{rest}"));
    let target = if fs::rename(dir, &gone).is_ok() {
        gone
    } else {
        dir.to_path_buf()
    };
    let _ = fs::remove_dir_all(target);
}

pub fn run(env: &Env, id: &str) -> Result<ExitCode> {
    let path = env.student_path(id)?;
    let editor = editor();
    let original = store::read_text(&path).map_err(DataErrors)?;
    let base = drafts_base();
    // Another `edit` sweeping at this very moment may take a folder that has no lock
    // yet for a killed one: then make another.
    let draft = match Draft::new(&base, id, &path, &original) {
        Ok(d) => d,
        Err(_) => Draft::new(&base, id, &path, &original)?,
    };
    for d in sweep_drafts(&base, &draft.dir) {
        note(&tr!(m::EDIT_DRAFT_KEPT, path = d.display()));
    }
    loop {
        // The editor command may carry arguments (`code --wait`), as git allows.
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("sh")
            .arg(&draft.path)
            .status()
            .with_context(|| tr!(m::EDIT_STARTING, editor))?;
        if status.code() == Some(127) {
            return Err(UsageError::new(tr!(m::EDIT_CANNOT_START, editor))
                .hint(m::EDIT_CANNOT_START_HINT.text())
                .into());
        }
        if !status.success() {
            match status.code() {
                Some(code) => bail!(tr!(m::EDIT_EXIT_CODE, code)),
                None => bail!(m::EDIT_KILLED.text()),
            }
        }
        let text = store::read_text(&draft.path).map_err(DataErrors)?;
        if text == original {
            outln!("{}", m::EDIT_NO_CHANGES);
            return Ok(ExitCode::SUCCESS);
        }
        match store::parse_student(&text, &path) {
            Ok(_) => {
                let lock = store::lock(&env.root)?;
                let now = store::read_text(&path).map_err(DataErrors)?;
                if now != original {
                    drop(lock);
                    let kept = draft.keep();
                    return Err(DataError {
                        message: tr!(m::EDIT_CHANGED_MEANWHILE, path = path.display()),
                        hint: Some(tr!(
                            m::EDIT_CHANGED_MEANWHILE_HINT,
                            kept = kept.display(),
                            path = path.display(),
                            id
                        )),
                    }
                    .into());
                }
                store::write_atomic(&path, &text, false)?;
                outln!("{}", tr!(m::EDIT_SAVED, path = path.display()));
                commit(env, &lock, &path, &format!("uitstroom: edit {id}"));
                return Ok(ExitCode::SUCCESS);
            }
            Err(diags) => {
                let mut err = std::io::stderr().lock();
                for d in &diags {
                    writeln!(err, "{d}")?;
                }
                if !std::io::stdin().is_terminal() {
                    bail!(m::EDIT_HAS_ERRORS.text());
                }
                write!(err, "{}", m::EDIT_AGAIN)?;
                err.flush()?;
                let mut answer = String::new();
                std::io::stdin().lock().read_line(&mut answer)?;
                if matches!(answer.trim().to_lowercase().as_str(), "n" | "no" | "nee") {
                    outln!("{}", m::EDIT_NOTHING_CHANGED);
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
}
