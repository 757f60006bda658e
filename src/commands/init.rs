//! `init [DIR]`: make a case folder.

use super::write::note;
use crate::cli::{Cli, InitArgs};
use crate::folder::SETTINGS_FILE;
use crate::i18n::messages::admin as m;
use crate::out::outln;
use crate::settings::INIT_TEMPLATE;
use crate::{UsageError, git, store, tr};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// Kept out of git: temporary files an interrupted write may leave.
const GITIGNORE: &str = "# written by uitstroom: temporary files of interrupted writes\n.uitstroom-*.tmp\n";

pub fn run(_cli: &Cli, args: &InitArgs) -> Result<ExitCode> {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let settings = root.join(SETTINGS_FILE);
    if settings.exists() {
        return Err(UsageError::new(tr!(m::INIT_ALREADY, dir = root.display()))
            .hint(tr!(m::INIT_ALREADY_HINT, path = settings.display()))
            .into());
    }
    store::create_private_dir(&root)?;
    store::create_private_dir(&root.join("students"))?;
    store::create_private_dir(&root.join("archive"))?;
    let mut written = vec![settings.clone()];
    store::write_atomic(&settings, INIT_TEMPLATE, true)?;
    let gitignore = root.join(".gitignore");
    if !gitignore.exists() {
        store::write_atomic(&gitignore, GITIGNORE, true)?;
        written.push(gitignore);
    }
    written.extend(super::git_setup::ensure_attributes(&root)?);
    outln!("{}", tr!(m::INIT_MADE, dir = root.display()));
    if args.git && !git::is_work_tree(&root) {
        git::init(&root)
            .map_err(|why| anyhow::anyhow!(tr!(m::INIT_GIT_FAILED, dir = root.display(), why)))?;
        outln!("{}", m::INIT_GIT_MADE);
    }
    if git::is_work_tree(&root) {
        // One commit of what init wrote, and the driver that merges case files.
        let lock = store::lock(&root)?;
        for line in super::git_setup::setup(&root, &lock, false, false)? {
            outln!("{line}");
        }
        match git::commit(&lock, &root, &written, "uitstroom: init") {
            git::Outcome::Skipped(why) => note(&tr!(m::INIT_NOT_COMMITTED, why)),
            _ => outln!("{}", m::INIT_COMMITTED),
        }
    }
    outln!("{}", tr!(m::INIT_NEXT, dir = root.display()));
    Ok(ExitCode::SUCCESS)
}
