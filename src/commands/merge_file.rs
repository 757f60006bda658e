//! `merge-file BASE OURS THEIRS PATH`: the git merge driver for case files (git's
//! `%O %A %B %P`). Merges events and fields (src/merge.rs), writes the result to OURS
//! and exits 0, or 1 with conflicts marked in it. A version that is not a student file
//! in the usual layout is left to git's own line merge.

use crate::cli::MergeFileArgs;
use crate::error::{FileError, FileOp};
use crate::i18n::messages::{HINT, merge as m};
use crate::merge::{self, Merged};
use crate::tr;
use anyhow::Result;
use std::path::Path;
use std::process::{Command, ExitCode};

pub fn run(args: &MergeFileArgs) -> Result<ExitCode> {
    let read = |p: &Path| std::fs::read(p).map_err(FileError::on(FileOp::Read, p));
    let (base, ours, theirs) = (read(&args.base)?, read(&args.ours)?, read(&args.theirs)?);
    let path = Path::new(&args.path);
    let merged = match (
        String::from_utf8(base),
        String::from_utf8(ours),
        String::from_utf8(theirs),
    ) {
        (Ok(b), Ok(o), Ok(t)) => {
            let removals = if args.take_removals {
                merge::Removals::Take
            } else {
                merge::Removals::Conflict
            };
            merge::merge_with(&b, &o, &t, path, removals)
        }
        _ => Merged::NotStudent(m::VERSION_NOT_UTF8.text().into()),
    };
    match merged {
        Merged::Text { text, conflicts } => {
            std::fs::write(&args.ours, text).map_err(FileError::on(FileOp::Write, &args.ours))?;
            if conflicts == 0 {
                return Ok(ExitCode::SUCCESS);
            }
            let shown = crate::text::path(path);
            if conflicts == 1 {
                eprintln!("{}", tr!(m::CONFLICT_LEFT, path = shown));
            } else {
                eprintln!("{}", tr!(m::CONFLICTS_LEFT, path = shown, n = conflicts));
            }
            eprintln!("  {HINT}: {}", tr!(m::HINT_RESOLVE, path = shown));
            Ok(ExitCode::from(1))
        }
        Merged::NotStudent(why) => {
            let shown = crate::text::path(path);
            eprintln!("{}", tr!(m::LINE_BY_LINE, path = shown, why));
            let status = Command::new("git")
                .args(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs"])
                .arg(&args.ours)
                .arg(&args.base)
                .arg(&args.theirs)
                .status()
                .map_err(|e| {
                    anyhow::anyhow!(tr!(m::GIT_MERGE_FILE_FAILED, why = crate::git::did_not_run(&e)))
                })?;
            Ok(if status.success() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}
