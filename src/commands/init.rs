//! `init [DIR]`: make a case folder.

use crate::cli::{Cli, InitArgs};
use crate::folder::SETTINGS_FILE;
use crate::out::outln;
use crate::settings::INIT_TEMPLATE;
use crate::{UsageError, git, store};
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// Kept out of git: temporary files an interrupted write may leave.
const GITIGNORE: &str = "# written by uitstroom: temporary files of interrupted writes\n.uitstroom-*.tmp\n";

pub fn run(_cli: &Cli, args: &InitArgs) -> Result<ExitCode> {
    let root = args.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let settings = root.join(SETTINGS_FILE);
    if settings.exists() {
        return Err(
            UsageError::new(format!("{} is a case folder already", root.display()))
                .hint(format!("its settings are in {}", settings.display()))
                .into(),
        );
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
    outln!("made a case folder in {}", root.display());
    if args.git && !git::is_work_tree(&root) {
        git::init(&root).map_err(|e| anyhow::anyhow!("git init in {}: {e}", root.display()))?;
        outln!("made it a git repository");
    }
    if git::is_work_tree(&root) {
        // One commit of what init wrote, and the driver that merges case files.
        let lock = store::lock(&root)?;
        for line in super::git_setup::setup(&root, &lock, false, false)? {
            outln!("{line}");
        }
        match git::commit(&lock, &root, &written, "uitstroom: init") {
            git::Outcome::Skipped(why) => eprintln!("note: made the folder but did not commit it: {why}"),
            _ => outln!("committed uitstroom.toml, .gitignore and .gitattributes"),
        }
    }
    outln!(
        "  next: uitstroom --dir {} new ID --name … --birth-date … --track pro|vso|entree --enrolled …",
        root.display()
    );
    Ok(ExitCode::SUCCESS)
}
