//! `retention [--delete]`: the archived cases whose last event is older than
//! `[privacy] retention_years` (SPEC.md, "Privacy and retention"), so that they can be
//! deleted; `--delete` deletes them after listing them and asking, in one commit.

use super::write::note;
use crate::cli::RetentionArgs;
use crate::dates::{self, Date};
use crate::diag::Diagnostic;
use crate::folder::Env;
use crate::i18n::messages::admin as m;
use crate::out::outln;
use crate::{UsageError, git, store, tr};
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// An archived case past the retention period.
struct Expired {
    id: String,
    path: PathBuf,
    /// The last event's date; `None` when the case has none (then its enrolment counts).
    last_event: Option<Date>,
    enrolled: Date,
    /// Since when the file is in archive/, and where that was read.
    since: Option<(String, Since)>,
}

#[derive(Clone, Copy)]
enum Since {
    Git,
    FileTime,
}

/// "1 case", "3 cases", in the language of the run.
fn count(n: usize) -> String {
    if n == 1 {
        m::ADMIN_CASES_ONE.text().to_string()
    } else {
        tr!(m::ADMIN_CASES_MANY, n)
    }
}

/// Whether a case whose last date is `last` is past `years` of retention on `today`:
/// its last event is more than `years` years old.
fn expired(last: Date, years: i32, today: Date) -> bool {
    dates::add_years(last, years) < today
}

/// Since when each case is in archive/, from git: the newest commit that added its file
/// there (a move from students/ included). Empty outside git.
fn archived_in_git(root: &Path) -> HashMap<String, String> {
    let mut since = HashMap::new();
    let Ok(o) = git::git(
        root,
        &[
            "log",
            "--no-renames",
            "--diff-filter=A",
            "--date=short",
            "--format=%x00%ad",
            "--name-only",
            "--relative",
            "--",
            "archive",
        ],
    ) else {
        return since;
    };
    if !o.status.success() {
        return since;
    }
    for commit in String::from_utf8_lossy(&o.stdout).split('\0') {
        let mut lines = commit.lines().filter(|l| !l.is_empty());
        let Some(date) = lines.next() else { continue };
        for path in lines {
            if let Some(id) = path
                .strip_prefix("archive/")
                .and_then(|f| f.strip_suffix(".toml"))
            {
                // Newest first: the first time a file is seen is its latest arrival.
                since.entry(id.to_string()).or_insert_with(|| date.to_string());
            }
        }
    }
    since
}

/// The file's modification date, in local time.
fn file_date(path: &Path) -> Option<String> {
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Some(
        chrono::DateTime::<chrono::Local>::from(modified)
            .date_naive()
            .to_string(),
    )
}

pub fn run(env: &Env, args: &RetentionArgs) -> Result<ExitCode> {
    let years = env.settings.retention_years;
    let archive = env.archive_dir();
    let in_git = git::is_work_tree(&env.root);
    let from_git = if in_git {
        archived_in_git(&env.root)
    } else {
        HashMap::new()
    };
    let found = store::map_students(std::slice::from_ref(&archive), env.jobs, |path, parsed| {
        let s = parsed?;
        let last_event = s.events.iter().map(|e| e.date).max();
        if !expired(last_event.unwrap_or(s.enrolled), years, env.today) {
            return Ok(None);
        }
        let stem = path
            .file_stem()
            .and_then(|x| x.to_str())
            .unwrap_or_default()
            .to_string();
        let since = match from_git.get(&stem) {
            Some(d) => Some((d.clone(), Since::Git)),
            None => file_date(path).map(|d| (d, Since::FileTime)),
        };
        Ok::<_, Vec<Diagnostic>>(Some(Expired {
            id: stem,
            path: path.to_path_buf(),
            last_event,
            enrolled: s.enrolled,
            since,
        }))
    })?;
    let mut cases = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    for r in found {
        match r {
            Ok(Some(c)) => cases.push(c),
            Ok(None) => {}
            Err(d) => problems.extend(d),
        }
    }
    let status = super::finish(&problems, ExitCode::SUCCESS);
    if cases.is_empty() {
        outln!("{}", tr!(m::RETENTION_NONE, years));
        return Ok(status);
    }
    let rows: Vec<[String; 3]> = cases
        .iter()
        .map(|c| {
            [
                c.id.clone(),
                c.last_event.map_or_else(
                    || tr!(m::RETENTION_NO_EVENT, date = c.enrolled),
                    |d| d.to_string(),
                ),
                c.since.as_ref().map_or_else(
                    || m::RETENTION_SINCE_UNKNOWN.text().to_string(),
                    |(date, src)| match src {
                        Since::Git => tr!(m::RETENTION_SINCE_GIT, date),
                        Since::FileTime => tr!(m::RETENTION_SINCE_FILE, date),
                    },
                ),
            ]
        })
        .collect();
    let head = [
        m::RETENTION_HEAD_ID.text(),
        m::RETENTION_HEAD_LAST.text(),
        m::RETENTION_HEAD_SINCE.text(),
    ];
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([head[i].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1) = (width(0), width(1));
    super::emit(|w| {
        let n = cases.len();
        let found = if n == 1 {
            tr!(m::RETENTION_FOUND_ONE, years)
        } else {
            tr!(m::RETENTION_FOUND_MANY, n, years)
        };
        writeln!(w, "{found}")?;
        writeln!(w, "  {:w0$}  {:w1$}  {}", head[0], head[1], head[2])?;
        for r in &rows {
            writeln!(w, "  {:w0$}  {:w1$}  {}", r[0], r[1], r[2])?;
        }
        Ok(())
    })?;
    if !args.delete {
        return Ok(status);
    }

    if !args.yes {
        if !std::io::stdin().is_terminal() {
            return Err(UsageError::new(m::RETENTION_NO_TERMINAL.text())
                .hint(m::RETENTION_NO_TERMINAL_HINT.text())
                .into());
        }
        let mut err = std::io::stderr().lock();
        let ask = match cases.len() {
            1 => m::RETENTION_ASK_ONE.text().to_string(),
            n => tr!(m::RETENTION_ASK_MANY, n),
        };
        write!(err, "{ask}")?;
        err.flush()?;
        let mut answer = String::new();
        std::io::stdin().lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "j" | "ja") {
            outln!("{}", m::RETENTION_NOTHING_DELETED);
            return Ok(status);
        }
    }
    let lock = store::lock(&env.root)?;
    // Only files git tracks are committed as removed (an untracked one just goes).
    let untracked: Vec<PathBuf> = if in_git {
        git::untracked(&env.root, &["archive"])
            .into_iter()
            .map(|p| env.root.join(p))
            .collect()
    } else {
        Vec::new()
    };
    let mut deleted = Vec::new();
    for c in &cases {
        std::fs::remove_file(&c.path).with_context(|| tr!(m::RETENTION_DELETING, path = c.path.display()))?;
        if !untracked.iter().any(|u| store::shown(u) == store::shown(&c.path)) {
            deleted.push(c.path.clone());
        }
    }
    outln!("{}", tr!(m::RETENTION_DELETED, cases = count(cases.len())));
    if in_git {
        if env.settings.auto_commit && !deleted.is_empty() {
            // A log format: English whatever the language of the run.
            let n = deleted.len();
            let message = format!(
                "uitstroom: retention --delete ({n} {})",
                if n == 1 { "case" } else { "cases" }
            );
            if let git::Outcome::Skipped(why) = git::commit(&lock, &env.root, &deleted, &message) {
                note(&tr!(m::RETENTION_NOT_COMMITTED, why));
            }
        }
        note(m::RETENTION_STILL_IN_GIT.text());
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;

    /// SPEC.md: "archived cases whose last event is older than that": exactly five
    /// years old is not older.
    #[test]
    fn older_than_the_period_means_more_than_n_years() {
        let d = |s: &str| parse_date(s).unwrap();
        assert!(!expired(d("2021-07-15"), 5, d("2026-07-15")));
        assert!(expired(d("2021-07-14"), 5, d("2026-07-15")));
        // 29 February + 5 years is 28 February.
        assert!(!expired(d("2020-02-29"), 5, d("2025-02-28")));
        assert!(expired(d("2020-02-29"), 5, d("2025-03-01")));
    }
}
