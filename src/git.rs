//! Committing what a command wrote, with the `git` command itself so that the user's
//! identity, hooks and signing apply. Exactly the paths written are committed (never
//! `git add .`); the message names the command, the case and the rule or event, never
//! a student's name or notes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// What became of the commit.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not a git work tree, or `git.auto_commit = false`.
    NotApplicable,
    Committed,
    /// Written but not committed, and why.
    Skipped(String),
}

fn git(root: &Path, args: &[&str]) -> std::io::Result<Output> {
    let dir = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    Command::new("git").arg("-C").arg(dir).args(args).output()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).trim().to_string()
}

/// The files under `paths` (relative to `root`) that git does not track, ignored ones
/// included, relative to `root`; empty when git cannot tell.
pub fn untracked(root: &Path, paths: &[&str]) -> Vec<PathBuf> {
    let mut args = vec!["ls-files", "--others", "-z", "--"];
    args.extend(paths);
    match git(root, &args) {
        Ok(o) if o.status.success() => String::from_utf8_lossy(&o.stdout)
            .split('\0')
            .filter(|s| !s.is_empty())
            .map(PathBuf::from)
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `root` lies in a git work tree.
pub fn is_work_tree(root: &Path) -> bool {
    git(root, &["rev-parse", "--is-inside-work-tree"])
        .is_ok_and(|o| o.status.success() && stdout(&o) == "true")
}

/// Commits `paths` (relative to the working directory, or absolute; written, or removed)
/// with `message`. The caller holds the folder lock from its write until here, so that
/// two commands never stage or commit at once and each change is its own commit.
pub fn commit(_lock: &crate::store::Lock, root: &Path, paths: &[PathBuf], message: &str) -> Outcome {
    if !is_work_tree(root) {
        return Outcome::NotApplicable;
    }
    // A merge, rebase or cherry-pick in progress is the user's to finish.
    for marker in [
        "MERGE_HEAD",
        "rebase-merge",
        "rebase-apply",
        "CHERRY_PICK_HEAD",
        "REVERT_HEAD",
    ] {
        if let Ok(o) = git(root, &["rev-parse", "--git-path", marker]) {
            let p = PathBuf::from(stdout(&o));
            let p = if p.is_relative() { root.join(p) } else { p };
            if p.exists() {
                return Outcome::Skipped("a merge or rebase is in progress".into());
            }
        }
    }
    let abs: Vec<PathBuf> = paths.iter().map(|p| absolute(p)).collect();
    let top = match git(root, &["rev-parse", "--show-toplevel"]) {
        Ok(o) if o.status.success() => PathBuf::from(stdout(&o)),
        _ => return Outcome::Skipped("git did not name the work tree".into()),
    };
    let top = std::fs::canonicalize(&top).unwrap_or(top);
    let ours: Vec<String> = abs
        .iter()
        .filter_map(|p| p.strip_prefix(&top).ok())
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    // Changes the user staged themselves must not ride along in our commit.
    if let Ok(o) = git(root, &["diff", "--cached", "--name-only", "-z"]) {
        let staged = String::from_utf8_lossy(&o.stdout).into_owned();
        if staged
            .split('\0')
            .any(|s| !s.is_empty() && !ours.iter().any(|p| p == s))
        {
            return Outcome::Skipped("other changes are staged".into());
        }
    }
    let mut add = vec!["add", "--"];
    let path_args: Vec<String> = abs.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    add.extend(path_args.iter().map(String::as_str));
    match git(root, &add) {
        Ok(o) if o.status.success() => {}
        Ok(o) => return Outcome::Skipped(first_line(&o)),
        Err(e) => return Outcome::Skipped(format!("git could not run: {e}")),
    }
    let mut commit = vec!["commit", "--quiet", "-m", message, "--"];
    commit.extend(path_args.iter().map(String::as_str));
    match git(root, &commit) {
        Ok(o) if o.status.success() => Outcome::Committed,
        Ok(o) => Outcome::Skipped(first_line(&o)),
        Err(e) => Outcome::Skipped(format!("git could not run: {e}")),
    }
}

/// A path made absolute with its links resolved, also when the file itself is gone (a
/// file moved or deleted is committed as removed): `git -C ROOT` reads relative paths
/// from ROOT, not from where the user is.
fn absolute(p: &Path) -> PathBuf {
    if let Ok(a) = std::fs::canonicalize(p) {
        return a;
    }
    match (p.parent(), p.file_name()) {
        (Some(dir), Some(name)) => {
            let dir = if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            };
            std::fs::canonicalize(dir).map_or_else(|_| p.to_path_buf(), |d| d.join(name))
        }
        _ => p.to_path_buf(),
    }
}

fn first_line(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr);
    let out = String::from_utf8_lossy(&o.stdout);
    err.lines()
        .chain(out.lines())
        .find(|l| !l.trim().is_empty())
        .unwrap_or("git failed")
        .trim()
        .to_string()
}
