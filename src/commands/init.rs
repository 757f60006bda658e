//! `init [DIR]`: make a case folder.

use crate::cli::{Cli, InitArgs};
use crate::folder::SETTINGS_FILE;
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
    println!("made a case folder in {}", root.display());
    println!(
        "  next: uitstroom --dir {} new ID --name … --birth-date … --track pro|vso|entree --enrolled …",
        root.display()
    );
    let lock = store::lock(&root)?;
    if let git::Outcome::Skipped(why) = git::commit(&lock, &root, &written, "uitstroom: init") {
        eprintln!("note: made the folder but did not commit it: {why}");
    }
    Ok(ExitCode::SUCCESS)
}
