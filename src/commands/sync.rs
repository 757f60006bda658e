//! `sync`: bring in the other clones' changes and send this clone's (SPEC.md, "Sharing a
//! folder through git"): `git pull --rebase` (case files merged by the driver), `check`,
//! `git push`. A conflict stops it with the files to resolve and what to run next; an
//! error in the folder after the pull keeps it from pushing.

use crate::folder::Env;
use crate::git::{self, first_line, stdout};
use crate::i18n::messages::{self, sync as m};
use crate::out::outln;
use crate::{store, tr};
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How often a push refused because another clone pushed first is retried (each time
/// after pulling again).
const ATTEMPTS: usize = 3;

/// Says what went wrong and how to go on, and gives exit status 1: for sync, every
/// stop is about the state of this clone or its remote.
fn fail(message: &str, hint: &str) -> ExitCode {
    eprintln!("{}: {message}", messages::ERROR);
    eprintln!("  {}: {hint}", messages::HINT);
    ExitCode::from(1)
}

/// Runs git and gives its output, or its first line of complaint as the error.
fn run_git(root: &Path, args: &[&str]) -> Result<String> {
    match git::git(root, args) {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => bail!(tr!(
            m::SYNC_GIT_FAILED,
            args = args.join(" "),
            why = first_line(&o)
        )),
        Err(why) => bail!(tr!(m::SYNC_GIT_DID_NOT_RUN, why)),
    }
}

/// Runs git and says only whether it succeeded.
fn git_ok(root: &Path, args: &[&str]) -> Option<String> {
    git::git(root, args)
        .ok()
        .filter(|o| o.status.success())
        .map(|o| stdout(&o))
}

/// Where this branch syncs with: the remote, its branch, and whether git knows it as
/// the upstream already.
struct Upstream {
    remote: String,
    branch: String,
    tracked: bool,
}

fn upstream(root: &Path) -> Result<Result<Upstream, ExitCode>> {
    let Some(branch) = git_ok(root, &["symbolic-ref", "--short", "-q", "HEAD"]) else {
        return Ok(Err(fail(m::SYNC_DETACHED.text(), m::SYNC_DETACHED_HINT.text())));
    };
    let remotes: Vec<String> = run_git(root, &["remote"])?.lines().map(String::from).collect();
    if remotes.is_empty() {
        return Ok(Err(fail(m::SYNC_NO_REMOTE.text(), m::SYNC_NO_REMOTE_HINT.text())));
    }
    let remote = git_ok(root, &["config", &format!("branch.{branch}.remote")]);
    let merge = git_ok(root, &["config", &format!("branch.{branch}.merge")]);
    Ok(match (remote, merge) {
        (Some(remote), Some(merge)) => Ok(Upstream {
            remote,
            branch: merge.trim_start_matches("refs/heads/").to_string(),
            tracked: true,
        }),
        _ if remotes.len() == 1 => Ok(Upstream {
            remote: remotes[0].clone(),
            branch,
            tracked: false,
        }),
        _ => Err(fail(
            &tr!(m::SYNC_NO_UPSTREAM, n = remotes.len()),
            &tr!(m::SYNC_NO_UPSTREAM_HINT, remote = remotes[0], branch),
        )),
    })
}

/// The files a stopped rebase waits on (relative to the folder).
fn unmerged(root: &Path) -> Vec<PathBuf> {
    git_ok(root, &["diff", "--name-only", "--relative", "--diff-filter=U"])
        .map(|s| s.lines().map(PathBuf::from).collect())
        .unwrap_or_default()
}

/// Says what to do when a rebase stopped on conflicts, and gives exit status 1.
fn stopped(root: &Path) -> ExitCode {
    let files: Vec<String> = unmerged(root)
        .iter()
        .map(|p| store::shown(&root.join(p)).display().to_string())
        .collect();
    let (error, hint) = (messages::ERROR, messages::HINT);
    if files.is_empty() {
        eprintln!("{error}: {}", m::SYNC_WAITING);
        eprintln!("  {hint}: {}", m::SYNC_RESOLVED_RUN);
    } else {
        eprintln!("{error}: {}", m::SYNC_CONFLICT);
        for f in &files {
            eprintln!("  {f}");
        }
        eprintln!("  {hint}: {}", m::SYNC_CONFLICT_HINT);
        eprintln!("    git add {}", files.join(" "));
    }
    eprintln!("    git rebase --continue");
    eprintln!("    uitstroom sync");
    eprintln!("  {}", m::SYNC_ABORT);
    ExitCode::from(1)
}

/// What came in between two commits: cases changed, added, archived and removed.
#[derive(Debug, Default, PartialEq, Eq)]
struct Incoming {
    changed: usize,
    added: usize,
    archived: usize,
    removed: usize,
}

impl Incoming {
    /// From `git diff --name-status -M -z`, paths relative to the folder.
    fn from_name_status(z: &str) -> Incoming {
        let mut fields = z.split('\0').filter(|s| !s.is_empty());
        let mut added = Vec::new();
        let mut deleted = Vec::new();
        let mut n = Incoming::default();
        let dir_id = |p: &str| {
            let (dir, file) = p.rsplit_once('/')?;
            let id = file.strip_suffix(".toml")?;
            matches!(dir, "students" | "archive").then(|| (dir.to_string(), id.to_string()))
        };
        while let Some(status) = fields.next() {
            let renamed = status.starts_with('R') || status.starts_with('C');
            let Some(path) = fields.next() else { break };
            let to = if renamed { fields.next() } else { None };
            match (status.chars().next(), to) {
                (Some('R'), Some(to)) => match (dir_id(path), dir_id(to)) {
                    (Some((from, _)), Some((into, _))) if from == "students" && into == "archive" => {
                        n.archived += 1
                    }
                    (_, Some(_)) => n.changed += 1,
                    _ => {}
                },
                (Some('A' | 'C'), _) => added.extend(dir_id(to.unwrap_or(path))),
                (Some('D'), _) => deleted.extend(dir_id(path)),
                (Some(_), _) => n.changed += usize::from(dir_id(path).is_some()),
                (None, _) => {}
            }
        }
        // Without rename detection an archived case is gone from students/ and new in
        // archive/.
        for (dir, id) in added {
            match deleted
                .iter()
                .position(|(d, i)| *i == id && d == "students" && dir == "archive")
            {
                Some(p) => {
                    deleted.remove(p);
                    n.archived += 1;
                }
                None if dir == "students" => n.added += 1,
                None => n.archived += 1,
            }
        }
        n.removed = deleted.len();
        n
    }

    /// `came in: 2 cases changed, 1 added, 0 archived`, in the language of the run.
    fn line(&self) -> String {
        let changed = if self.changed == 1 {
            m::SYNC_CASES_ONE.text().to_string()
        } else {
            tr!(m::SYNC_CASES_MANY, n = self.changed)
        };
        let mut s = tr!(
            m::SYNC_CAME_IN,
            changed,
            added = self.added,
            archived = self.archived
        );
        if self.removed > 0 {
            s.push_str(&tr!(m::SYNC_CAME_IN_REMOVED, removed = self.removed));
        }
        s
    }
}

pub fn run(env: &Env) -> Result<ExitCode> {
    let root = env.root.as_path();
    if !git::is_work_tree(root) {
        return Ok(fail(m::SYNC_NOT_IN_GIT.text(), m::SYNC_NOT_IN_GIT_HINT.text()));
    }
    if git::rebase_in_progress(root) {
        return Ok(stopped(root));
    }
    let up = match upstream(root)? {
        Ok(up) => up,
        Err(code) => return Ok(code),
    };
    let lock = store::lock(root)?;
    for line in super::git_setup::setup(root, &lock, false, env.settings.auto_commit)? {
        outln!("{line}");
    }
    let dirty = run_git(
        root,
        &["status", "--porcelain", "--untracked-files=no", "--", "."],
    )?;
    if !dirty.trim().is_empty() {
        let files: Vec<&str> = dirty.lines().map(|l| l.get(3..).unwrap_or(l)).collect();
        return Ok(fail(
            &tr!(m::SYNC_DIRTY, files = files.join(", ")),
            m::SYNC_DIRTY_HINT.text(),
        ));
    }
    // What git does not track does not go out at all: the other clones would miss it.
    for d in super::check::untracked(env) {
        eprintln!("{d}");
    }
    let remote_ref = format!("refs/remotes/{}/{}", up.remote, up.branch);
    let shown_remote = format!("{}/{}", up.remote, up.branch);
    let mut incoming = Incoming::default();
    for attempt in 1..=ATTEMPTS {
        let before = run_git(root, &["rev-parse", "HEAD"])?.trim().to_string();
        // A remote without the branch yet (the first sync of a new folder) is no error:
        // there is nothing to bring in, and the push makes the branch. Asked only when
        // git does not know the branch as this one's upstream.
        let remote_has_branch = attempt > 1
            || up.tracked
            || git::git(
                root,
                &["ls-remote", "--exit-code", "--heads", &up.remote, &up.branch],
            )
            .is_ok_and(|o| o.status.success());
        if remote_has_branch {
            let pull = git::git(
                root,
                &[
                    "pull",
                    "--rebase",
                    "--quiet",
                    "--no-autostash",
                    &up.remote,
                    &up.branch,
                ],
            )?;
            // What git wrote is readable by others (it follows the umask): the owner's
            // only again, as every file the tool writes.
            store::make_private(root)?;
            if git::rebase_in_progress(root) {
                return Ok(stopped(root));
            }
            if !pull.status.success() {
                bail!(tr!(
                    m::SYNC_PULL_FAILED,
                    remote = up.remote,
                    branch = up.branch,
                    why = first_line(&pull)
                ));
            }
            let theirs = run_git(root, &["rev-parse", &remote_ref])?.trim().to_string();
            if let Some(fork) = git_ok(root, &["merge-base", &before, &theirs]) {
                let diff = run_git(
                    root,
                    &[
                        "diff",
                        "--name-status",
                        "-M",
                        "-z",
                        "--relative",
                        &fork,
                        &theirs,
                        "--",
                        "students",
                        "archive",
                    ],
                )?;
                let n = Incoming::from_name_status(&diff);
                incoming.changed += n.changed;
                incoming.added += n.added;
                incoming.archived += n.archived;
                incoming.removed += n.removed;
            }
        }

        // The folder as it now is must be sound before it goes out.
        let errors: Vec<_> = super::check::diagnostics(env)?
            .into_iter()
            .filter(crate::diag::Diagnostic::is_error)
            .collect();
        if !errors.is_empty() {
            outln!("{}", incoming.line());
            for d in &errors {
                eprintln!("{d}");
            }
            let n = errors.len();
            let not_sent = if n == 1 {
                m::SYNC_NOT_SENT_ONE.text().to_string()
            } else {
                tr!(m::SYNC_NOT_SENT_MANY, n)
            };
            eprintln!("{}: {not_sent}", messages::ERROR);
            return Ok(ExitCode::from(1));
        }

        let ahead: usize = if remote_has_branch {
            run_git(root, &["rev-list", "--count", &format!("{remote_ref}..HEAD")])?
                .trim()
                .parse()
                .unwrap_or(0)
        } else {
            run_git(root, &["rev-list", "--count", "HEAD"])?
                .trim()
                .parse()
                .unwrap_or(0)
        };
        if ahead == 0 {
            outln!("{}", incoming.line());
            outln!("{}", tr!(m::SYNC_SENT_NOTHING, remote = shown_remote));
            return Ok(ExitCode::SUCCESS);
        }
        let refspec = format!("HEAD:refs/heads/{}", up.branch);
        let mut push = vec!["push", "--quiet", "--porcelain"];
        if !up.tracked {
            push.push("--set-upstream");
        }
        push.extend([up.remote.as_str(), refspec.as_str()]);
        let out = git::git(root, &push)?;
        if out.status.success() {
            outln!("{}", incoming.line());
            let sent = if ahead == 1 {
                tr!(m::SYNC_SENT_ONE, remote = shown_remote)
            } else {
                tr!(m::SYNC_SENT_MANY, n = ahead, remote = shown_remote)
            };
            outln!("{sent}");
            return Ok(ExitCode::SUCCESS);
        }
        // Another clone pushed in the meantime (`--porcelain` flags a refused ref with
        // `!`, whatever git's language): bring that in too, and try again.
        let raced = String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.starts_with('!'));
        if !raced || attempt == ATTEMPTS {
            outln!("{}", incoming.line());
            bail!(tr!(
                m::SYNC_PUSH_FAILED,
                remote = shown_remote,
                why = first_line(&out)
            ));
        }
    }
    unreachable!("the last attempt returns")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_came_in_is_counted_per_case() {
        let z = "M\0students/a.toml\0A\0students/b.toml\0R100\0students/c.toml\0archive/c.toml\0D\0students/d.toml\0A\0archive/d.toml\0D\0archive/e.toml\0M\0uitstroom.toml\0M\0archive/f.toml\0";
        let n = Incoming::from_name_status(z);
        assert_eq!(
            n,
            Incoming {
                changed: 2,
                added: 1,
                archived: 2,
                removed: 1
            }
        );
        assert_eq!(
            n.line(),
            "came in: 2 cases changed, 1 added, 2 archived, 1 removed"
        );
        assert_eq!(
            Incoming::from_name_status("").line(),
            "came in: 0 cases changed, 0 added, 0 archived"
        );
    }
}
