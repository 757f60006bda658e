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
///
/// In a folder shared through git (`sync`), the newest change may be another
/// coordinator's: `undo` takes the newest change of this clone's git author (`git var
/// GIT_AUTHOR_IDENT`, which honours `user.email` and `GIT_AUTHOR_EMAIL`) and leaves the
/// others' changes as they are, saying how many it passed over. Without an identity every
/// change of the tool counts as one's own.
pub fn undo(env: &Env) -> Result<ExitCode> {
    need_git(env)?;
    let _lock = store::lock(&env.root)?;
    let status = git_out(&env.root, &["status", "--porcelain", "--untracked-files=no"])?;
    if !status.trim().is_empty() {
        bail!(m::UNDO_DIRTY.text());
    }
    let me = git_out(&env.root, &["var", "GIT_AUTHOR_IDENT"])
        .ok()
        .as_deref()
        .and_then(ident_email)
        .map(str::to_string);
    let log = git_out(
        &env.root,
        &["log", "-n", "500", "--format=%H%x1f%ae%x1f%s%x1f%b%x1e"],
    )?;
    let mut undone: Vec<String> = Vec::new();
    let mut target = None;
    let mut passed_over = 0usize;
    for entry in log.split('\u{1e}') {
        let mut parts = entry.trim_start_matches('\n').splitn(4, '\u{1f}');
        let (Some(sha), Some(author), Some(subject)) = (parts.next(), parts.next(), parts.next()) else {
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
            if me.as_deref().is_some_and(|me| !me.eq_ignore_ascii_case(author)) {
                passed_over += 1;
                continue;
            }
            target = Some((sha.to_string(), subject.to_string()));
            break;
        }
    }
    let Some((sha, subject)) = target else {
        if passed_over > 0 {
            outln!("{}", tr!(m::UNDO_NOTHING_OF_YOURS, count = passed_over));
        } else {
            outln!("{}", m::UNDO_NOTHING);
        }
        return Ok(ExitCode::SUCCESS);
    };
    // Through the merge driver in its undo mode: the change's events are removed where
    // later changes left them as they were (a colleague's event after them included).
    let driver = format!("merge.{}.driver={}", git::DRIVER, git::undo_driver_command());
    if let Err(why) = git_out(&env.root, &["-c", &driver, "revert", "--no-commit", &sha]) {
        let _ = git_out(&env.root, &["revert", "--abort"]);
        bail!(tr!(m::UNDO_CONFLICT, subject, why));
    }
    let what = subject.trim_start_matches(PREFIX);
    let message = format!("{UNDO}{what}\n\nReverts {sha}");
    git_out(&env.root, &["commit", "--quiet", "-m", &message])?;
    outln!("{}", tr!(m::UNDO_DONE, what));
    if passed_over > 0 {
        outln!("{}", tr!(m::UNDO_PASSED_OVER, count = passed_over));
    }
    Ok(ExitCode::SUCCESS)
}

/// The e-mail address in an identity as `git var GIT_AUTHOR_IDENT` prints it:
/// `Name <email> 1764244800 +0100`.
fn ident_email(ident: &str) -> Option<&str> {
    let start = ident.find('<')? + 1;
    let end = start + ident[start..].find('>')?;
    Some(ident[start..end].trim()).filter(|e| !e.is_empty())
}

#[cfg(test)]
mod tests {
    use super::ident_email;

    #[test]
    fn the_email_of_an_identity() {
        assert_eq!(
            ident_email("Anouk Smit <a.smit@school.nl> 1764244800 +0100\n"),
            Some("a.smit@school.nl")
        );
        assert_eq!(ident_email("Anouk Smit <> 1764244800 +0100"), None);
        assert_eq!(ident_email("no identity"), None);
    }
}
