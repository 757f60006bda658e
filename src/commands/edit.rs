//! `edit ID`: open the student file in `$VISUAL` / `$EDITOR`; on save, validate, and on
//! an error show it and offer to edit again (as `crontab -e` does). The file itself is
//! only replaced, atomically, by a valid version.

use super::write::commit;
use crate::folder::Env;
use crate::{DataErrors, UsageError, store, student};
use anyhow::{Context, Result, bail};
use std::io::{BufRead, IsTerminal, Write};
use std::process::{Command, ExitCode};

fn editor() -> Result<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .ok_or_else(|| {
            UsageError::new("no editor: neither VISUAL nor EDITOR is set")
                .hint("set one, e.g. export EDITOR=nano")
                .into()
        })
}

pub fn run(env: &Env, id: &str) -> Result<ExitCode> {
    let path = env.student_path(id)?;
    let editor = editor()?;
    let original = store::read_text(&path).map_err(DataErrors)?;
    let dir = path.parent().unwrap_or(std::path::Path::new("."));
    // The draft lives beside the file (same folder, owner-only), named so that editors
    // highlight it as TOML.
    let draft = tempfile::Builder::new()
        .prefix(&format!(".{id}-"))
        .suffix(".toml")
        .tempfile_in(dir)
        .context("creating a draft file")?;
    std::fs::write(draft.path(), &original).context("writing the draft")?;
    loop {
        // The editor command may carry arguments (`code --wait`), as git allows.
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("sh")
            .arg(draft.path())
            .status()
            .with_context(|| format!("starting the editor `{editor}`"))?;
        if !status.success() {
            bail!("the editor exited with {status}; nothing was changed");
        }
        let text = std::fs::read_to_string(draft.path()).context("reading the draft")?;
        if text == original {
            println!("no changes");
            return Ok(ExitCode::SUCCESS);
        }
        match student::parse(&text, &path) {
            Ok(_) => {
                let lock = store::lock(&env.root)?;
                let now = store::read_text(&path).map_err(DataErrors)?;
                if now != original {
                    bail!(
                        "{} was changed by someone else while you edited; your version is not saved (it was: {})",
                        path.display(),
                        draft.path().display()
                    );
                }
                store::write_atomic(&path, &text, false)?;
                println!("saved {}", path.display());
                commit(env, &lock, &path, &format!("uitstroom: edit {id}"));
                return Ok(ExitCode::SUCCESS);
            }
            Err(diags) => {
                let mut err = std::io::stderr().lock();
                for d in &diags {
                    writeln!(err, "{d}")?;
                }
                if !std::io::stdin().is_terminal() {
                    bail!("the edited file has errors; nothing was changed");
                }
                write!(err, "edit again? [Y/n] ")?;
                err.flush()?;
                let mut answer = String::new();
                std::io::stdin().lock().read_line(&mut answer)?;
                if answer.trim().eq_ignore_ascii_case("n") {
                    println!("nothing was changed");
                    return Ok(ExitCode::from(1));
                }
            }
        }
    }
}
