//! `sync`: bring in the other clones' changes and send this clone's (SPEC.md, "Sharing a
//! folder through git"): `git pull --rebase` (case files merged by the driver), `check`,
//! `git push`. A conflict stops it with the files to resolve and what to run next; an
//! error in the folder after the pull keeps it from pushing.

use crate::folder::Env;
use crate::git::{self, first_line, stdout};
use crate::out::outln;
use crate::store;
use anyhow::{Result, bail};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How often a push refused because another clone pushed first is retried (each time
/// after pulling again).
const ATTEMPTS: usize = 3;

/// Says what went wrong and how to go on, and gives exit status 1: for sync, every
/// stop is about the state of this clone or its remote.
fn fail(message: &str, hint: &str) -> ExitCode {
    eprintln!("error: {message}\n  hint: {hint}");
    ExitCode::from(1)
}

/// Runs git and gives its output, or its first line of complaint as the error.
fn run_git(root: &Path, args: &[&str]) -> Result<String> {
    match git::git(root, args) {
        Ok(o) if o.status.success() => Ok(String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => bail!("git {}: {}", args.join(" "), first_line(&o)),
        Err(e) => bail!("git could not run: {e}"),
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
        return Ok(Err(fail(
            "this clone is not on a branch (detached HEAD)",
            "switch to the shared branch (git switch main), then `uitstroom sync`",
        )));
    };
    let remotes: Vec<String> = run_git(root, &["remote"])?.lines().map(String::from).collect();
    if remotes.is_empty() {
        return Ok(Err(fail(
            "this case folder has no git remote to sync with",
            "add the shared repository once: git remote add origin URL, then `uitstroom sync`",
        )));
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
            &format!(
                "this branch has no upstream and the clone has {} remotes",
                remotes.len()
            ),
            &format!("choose one once: git push -u {} {branch}", remotes[0]),
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
    if files.is_empty() {
        eprintln!("error: sync is waiting for a rebase to be finished");
        eprintln!("  hint: the conflicts are resolved; run:");
    } else {
        eprintln!("error: sync stopped: changes from the other clones conflict with yours in");
        for f in &files {
            eprintln!("  {f}");
        }
        eprintln!(
            "  hint: in each file keep one side between <<<<<<< and >>>>>>> and remove the marker lines (`uitstroom check` lists them; during sync `ours` is what came in, `theirs` is your change), then run:"
        );
        eprintln!("    git add {}", files.join(" "));
    }
    eprintln!("    git rebase --continue");
    eprintln!("    uitstroom sync");
    eprintln!("  (or `git rebase --abort` to go back to where you were before the sync)");
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

    fn line(&self) -> String {
        let cases = |n: usize| if n == 1 { "case" } else { "cases" };
        let mut s = format!(
            "came in: {} {} changed, {} added, {} archived",
            self.changed,
            cases(self.changed),
            self.added,
            self.archived
        );
        if self.removed > 0 {
            s.push_str(&format!(", {} removed", self.removed));
        }
        s
    }
}

pub fn run(env: &Env) -> Result<ExitCode> {
    let root = env.root.as_path();
    if !git::is_work_tree(root) {
        return Ok(fail(
            "this case folder is not in git, so there is nothing to sync with",
            "clone the shared folder (git clone URL), or: git init, git remote add origin URL",
        ));
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
            &format!(
                "uncommitted changes in {}; sync brings in other changes only on top of commits",
                files.join(", ")
            ),
            "commit them (git commit -am \"…\") or put them aside (git stash), then `uitstroom sync`",
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
                bail!(
                    "git pull --rebase {} {}: {}",
                    up.remote,
                    up.branch,
                    first_line(&pull)
                );
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
            eprintln!(
                "error: not sent: the folder has {} {} (above); fix, commit, then `uitstroom sync`",
                errors.len(),
                if errors.len() == 1 { "error" } else { "errors" }
            );
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
            outln!("sent: nothing (up to date with {shown_remote})");
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
            outln!(
                "sent: {ahead} {} to {shown_remote}",
                if ahead == 1 { "commit" } else { "commits" }
            );
            return Ok(ExitCode::SUCCESS);
        }
        // Another clone pushed in the meantime (`--porcelain` flags a refused ref with
        // `!`, whatever git's language): bring that in too, and try again.
        let raced = String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.starts_with('!'));
        if !raced || attempt == ATTEMPTS {
            outln!("{}", incoming.line());
            bail!("git push to {shown_remote}: {}", first_line(&out));
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
