//! `merge-file BASE OURS THEIRS PATH`: the git merge driver for case files (git's
//! `%O %A %B %P`). Merges events and fields (src/merge.rs), writes the result to OURS
//! and exits 0, or 1 with conflicts marked in it. A version that is not a student file
//! in the usual layout is left to git's own line merge.

use crate::cli::MergeFileArgs;
use crate::merge::{self, Merged};
use anyhow::{Context, Result};
use std::path::Path;
use std::process::{Command, ExitCode};

pub fn run(args: &MergeFileArgs) -> Result<ExitCode> {
    let read = |p: &Path| std::fs::read(p).with_context(|| format!("reading {}", p.display()));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let path = Path::new(&args.path);
    let merged = match (
        String::from_utf8(base),
        String::from_utf8(ours),
        String::from_utf8(theirs),
    ) {
        (Ok(b), Ok(o), Ok(t)) => merge::merge(&b, &o, &t, path),
        _ => Merged::NotStudent("a version is not UTF-8 text".into()),
    };
    match merged {
        Merged::Text { text, conflicts } => {
            std::fs::write(&args.ours, text).with_context(|| format!("writing {}", args.ours.display()))?;
            if conflicts == 0 {
                return Ok(ExitCode::SUCCESS);
            }
            eprintln!(
                "uitstroom: {}: {conflicts} {} left between <<<<<<< and >>>>>>>",
                path.display(),
                if conflicts == 1 { "conflict" } else { "conflicts" }
            );
            eprintln!(
                "  hint: keep one side of each and remove the marker lines, then `git add {}`",
                path.display()
            );
            Ok(ExitCode::from(1))
        }
        Merged::NotStudent(why) => {
            eprintln!("uitstroom: {}: {why}; git merges it line by line", path.display());
            let status = Command::new("git")
                .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
                .arg(&args.ours)
                .arg(&args.base)
                .arg(&args.theirs)
                .status()
                .context("running git merge-file")?;
            Ok(if status.success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}
