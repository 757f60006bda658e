//! The `git` command itself, so that the user's identity, hooks and signing apply.
//! Committing what a command wrote: exactly the paths written (never `git add .`), with
//! a message naming the command, the case and the rule or event, never a student's name
//! or notes. And what sharing a folder needs: the merge driver's registration, the state
//! of a rebase, the files git does not track.

use crate::i18n::messages::git as m;
use crate::tr;
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

/// Runs `git -C ROOT ARGS` and captures its output.
pub fn git(root: &Path, args: &[&str]) -> std::io::Result<Output> {
    let dir = if root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        root
    };
    Command::new("git").arg("-C").arg(dir).args(args).output()
}

/// A command's standard output, trimmed.
pub fn stdout(o: &Output) -> String {
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

/// `git init` in `root`.
pub fn init(root: &Path) -> Result<(), String> {
    match git(root, &["init", "--quiet"]) {
        Ok(o) if o.status.success() => Ok(()),
        Ok(o) => Err(first_line(&o)),
        Err(e) => Err(did_not_run(&e)),
    }
}

/// Why git could not be run, in the user's words.
pub fn did_not_run(e: &std::io::Error) -> String {
    if e.kind() == std::io::ErrorKind::NotFound {
        return m::GIT_NOT_FOUND.text().into();
    }
    tr!(m::GIT_DID_NOT_RUN, reason = crate::error::io_reason(e))
}

/// Whether a rebase (of `git pull --rebase`) has stopped and waits for the user.
pub fn rebase_in_progress(root: &Path) -> bool {
    git(
        root,
        &[
            "rev-parse",
            "--git-path",
            "rebase-merge",
            "--git-path",
            "rebase-apply",
        ],
    )
    .is_ok_and(|o| o.status.success() && any_exists(root, stdout(&o).lines()))
}

/// Whether one of the paths `git rev-parse --git-path` printed exists: git gives them
/// relative to `root` (where `-C` took it), or absolute, which `join` keeps as it is.
fn any_exists<'a>(root: &Path, paths: impl IntoIterator<Item = &'a str>) -> bool {
    paths.into_iter().any(|p| root.join(p).exists())
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
    // One question to git (each run costs a process): are we in a work tree, where is
    // its top, and is a merge, rebase or cherry-pick in progress (the user's to finish)?
    const STATES: [&str; 5] = [
        "MERGE_HEAD",
        "rebase-merge",
        "rebase-apply",
        "CHERRY_PICK_HEAD",
        "REVERT_HEAD",
    ];
    let mut ask = vec!["rev-parse", "--is-inside-work-tree", "--show-toplevel"];
    for s in STATES {
        ask.extend(["--git-path", s]);
    }
    let answer = match git(root, &ask) {
        Ok(o) if o.status.success() => stdout(&o),
        _ => return Outcome::NotApplicable,
    };
    let mut lines = answer.lines();
    if lines.next() != Some("true") {
        return Outcome::NotApplicable;
    }
    let Some(top) = lines.next().map(PathBuf::from) else {
        return Outcome::Skipped(m::NO_WORK_TREE_NAMED.text().into());
    };
    if any_exists(root, lines) {
        return Outcome::Skipped(m::MERGE_IN_PROGRESS.text().into());
    }
    let abs: Vec<PathBuf> = paths.iter().map(|p| absolute(p)).collect();
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
            return Outcome::Skipped(m::OTHER_CHANGES_STAGED.text().into());
        }
    }
    let mut add = vec!["add", "--"];
    let path_args: Vec<String> = abs.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    add.extend(path_args.iter().map(String::as_str));
    match git(root, &add) {
        Ok(o) if o.status.success() => {}
        Ok(o) => return Outcome::Skipped(first_line(&o)),
        Err(e) => return Outcome::Skipped(did_not_run(&e)),
    }
    let mut commit = vec!["commit", "--quiet", "-m", message, "--"];
    commit.extend(path_args.iter().map(String::as_str));
    match git(root, &commit) {
        Ok(o) if o.status.success() => Outcome::Committed,
        Ok(o) => Outcome::Skipped(first_line(&o)),
        Err(e) => Outcome::Skipped(did_not_run(&e)),
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

/// The first line git wrote (its error, usually).
pub fn first_line(o: &Output) -> String {
    let err = String::from_utf8_lossy(&o.stderr);
    let out = String::from_utf8_lossy(&o.stdout);
    err.lines()
        .chain(out.lines())
        .find(|l| !l.trim().is_empty())
        .map_or_else(|| m::GIT_FAILED.text().to_string(), |l| l.trim().to_string())
}

/// The merge driver's name in `.gitattributes` and the git config.
pub const DRIVER: &str = "uitstroom";

/// The lines `.gitattributes` needs so that git merges case files with the driver.
pub const ATTRIBUTES: [&str; 2] = [
    "students/*.toml merge=uitstroom",
    "archive/*.toml merge=uitstroom",
];

/// The driver command git runs (`%O %A %B %P`: base, ours, theirs, path). It names
/// `uitstroom` when that is the program running now as found on PATH, so an upgrade is
/// picked up; otherwise the running program's own path (a build in `target/`, a copy
/// outside PATH), quoted for the shell git runs it with.
pub fn driver_command() -> String {
    command_of("merge-file %O %A %B %P")
}

/// The driver command `undo` reverts with: a revert removes what a change added, and
/// `--take-removals` lets it where the later history kept that part as it was.
pub fn undo_driver_command() -> String {
    command_of("merge-file --take-removals %O %A %B %P")
}

fn command_of(args: &str) -> String {
    let me = std::env::current_exe().and_then(std::fs::canonicalize).ok();
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|d| d.join("uitstroom"))
        .find(|p| p.is_file())
        .and_then(|p| std::fs::canonicalize(p).ok());
    match me {
        Some(me) if on_path.as_ref() != Some(&me) => format!("{} {args}", shell_quote(&me.to_string_lossy())),
        _ => format!("uitstroom {args}"),
    }
}

fn shell_quote(s: &str) -> String {
    if s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+".contains(&b))
    {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

/// The driver command registered in the clone's config, if any.
pub fn configured_driver(root: &Path) -> Option<String> {
    let o = git(root, &["config", "--get", &format!("merge.{DRIVER}.driver")]).ok()?;
    (o.status.success()).then(|| stdout(&o)).filter(|s| !s.is_empty())
}

/// Whether a registered driver command can run: its program is `uitstroom` on PATH or
/// a file that exists (a build that was moved or deleted cannot).
pub fn driver_runs(command: &str) -> bool {
    let program = if let Some(rest) = command.strip_prefix('\'') {
        rest.split_once('\'').map_or(rest, |(p, _)| p).to_string()
    } else {
        command.split_whitespace().next().unwrap_or_default().to_string()
    };
    if program.contains('/') {
        return Path::new(&program).is_file();
    }
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(&program).is_file()))
}

/// Registers the merge driver in the clone's git config (`merge.uitstroom.name` and
/// `.driver`); returns the command.
pub fn register_driver(root: &Path) -> Result<String, String> {
    let command = driver_command();
    for (key, value) in [
        ("name", "uitstroom: case files merged by event and field"),
        ("driver", command.as_str()),
    ] {
        match git(
            root,
            &["config", "--local", &format!("merge.{DRIVER}.{key}"), value],
        ) {
            Ok(o) if o.status.success() => {}
            Ok(o) => return Err(first_line(&o)),
            Err(e) => return Err(did_not_run(&e)),
        }
    }
    Ok(command)
}
