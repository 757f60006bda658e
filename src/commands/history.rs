//! `history ID` and `undo`, from git: the folder's history is its git log.

use crate::folder::Env;
use crate::i18n::messages::admin as m;
use crate::out::outln;
use crate::{UsageError, git, store, tr};
use anyhow::{Context, Result, bail};
use std::path::Path;
use std::process::{Command, ExitCode};

fn git_out(root: &Path, args: &[&str]) -> Result<String> {
    let dir = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    let o = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .context(m::HISTORY_RUNNING_GIT.text())?;
    if !o.status.success() {
        bail!(tr!(
            m::HISTORY_GIT_FAILED,
            args = args.join(" "),
            why = String::from_utf8_lossy(&o.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

fn need_git(env: &Env) -> Result<()> {
    if git::is_work_tree(&env.root) {
        Ok(())
    } else {
        Err(UsageError::new(m::HISTORY_NOT_IN_GIT.text())
            .hint(m::HISTORY_NOT_IN_GIT_HINT.text())
            .into())
    }
}

/// The case's commits, newest first: date, author and subject (which never hold names).
pub fn history(env: &Env, id: &str) -> Result<ExitCode> {
    need_git(env)?;
    let path = env.student_path(id)?;
    let log = git_out(
        &env.root,
        &[
            "log",
            "--follow",
            "--date=short",
            "--format=%ad%x1f%an%x1f%s",
            "--",
            &path.to_string_lossy(),
        ],
    )?;
    if log.trim().is_empty() {
        outln!("{}", tr!(m::HISTORY_NO_COMMITS, path = path.display()));
        return Ok(ExitCode::SUCCESS);
    }
    for line in log.lines() {
        let mut parts = line.splitn(3, '\u{1f}');
        let (date, author, subject) = (
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
        );
        // Authors and subjects come from every clone of a shared folder: shown, never
        // obeyed by the terminal.
        let (author, subject) = (crate::text::clean(author), crate::text::clean(subject));
        outln!("{date}  {author}  {}", shown_subject(&subject));
    }
    Ok(ExitCode::SUCCESS)
}

/// A commit subject as `history` shows it. The tool's own subjects are a log format in
/// English (`uitstroom: log exit sem`: the command, the case, the event; never a name),
/// which `undo` reads back; in a Dutch run they are shown as what they are, the command
/// that made the change, in backticks, as `undo` names it too.
fn shown_subject(subject: &str) -> std::borrow::Cow<'_, str> {
    match (crate::i18n::lang(), subject.strip_prefix(PREFIX)) {
        (crate::Lang::Nl, Some(command)) => format!("`{command}`").into(),
        _ => subject.into(),
    }
}

const PREFIX: &str = "uitstroom: ";
const UNDO: &str = "uitstroom: undo ";

/// Reverts the newest commit this tool made that was not undone already, under the
/// folder lock: a write running at the same time either lands before (and is what gets
/// undone) or waits until the undo is committed.
pub fn undo(env: &Env) -> Result<ExitCode> {
    need_git(env)?;
    let _lock = store::lock(&env.root)?;
    let status = git_out(&env.root, &["status", "--porcelain", "--untracked-files=no"])?;
    if !status.trim().is_empty() {
        bail!(m::UNDO_DIRTY.text());
    }
    let log = git_out(&env.root, &["log", "-n", "500", "--format=%H%x1f%s%x1f%b%x1e"])?;
    let mut undone: Vec<String> = Vec::new();
    let mut target = None;
    for entry in log.split('\u{1e}') {
        let mut parts = entry.trim_start_matches('\n').splitn(3, '\u{1f}');
        let (Some(sha), Some(subject)) = (parts.next(), parts.next()) else {
            continue;
        };
        let body = parts.next().unwrap_or("");
        if subject.starts_with(UNDO) {
            undone.extend(
                body.lines()
                    .filter_map(|l| l.strip_prefix("Reverts "))
                    .map(str::to_string),
            );
        } else if subject.starts_with(PREFIX) && !undone.iter().any(|u| u == sha) {
            target = Some((sha.to_string(), subject.to_string()));
            break;
        }
    }
    let Some((sha, subject)) = target else {
        outln!("{}", m::UNDO_NOTHING);
        return Ok(ExitCode::SUCCESS);
    };
    if let Err(why) = git_out(&env.root, &["revert", "--no-commit", &sha]) {
        let _ = git_out(&env.root, &["revert", "--abort"]);
        bail!(tr!(m::UNDO_CONFLICT, subject, why));
    }
    let what = subject.trim_start_matches(PREFIX);
    let message = format!("{UNDO}{what}\n\nReverts {sha}");
    git_out(&env.root, &["commit", "--quiet", "-m", &message])?;
    outln!("{}", tr!(m::UNDO_DONE, what));
    Ok(ExitCode::SUCCESS)
}
