//! uitstroom: a case tracker for the route from Praktijkonderwijs, VSO and MBO Entree
//! into work, education or dagbesteding (see SPEC.md and RULES.md).
//!
//! The engine (`dates`, `student`, `settings`, `rules`, `engine`) is pure: it takes a
//! parsed student, the folder settings and "today", and returns actions. Files, git,
//! terminals and formats live at the edges (`folder`, `store`, `git`, `render`,
//! `commands`).

pub mod cli;
pub mod commands;
pub mod complete;
pub mod dates;
pub mod diag;
pub mod engine;
pub mod error;
pub(crate) mod fastscan;
pub mod fields;
pub mod folder;
#[cfg(test)]
mod fuzz;
pub mod git;
pub mod i18n;
pub mod import;
pub mod layout;
#[cfg(test)]
mod layouts;
pub mod man;
pub mod merge;
pub mod names;
pub mod out;
pub(crate) mod read;
pub mod render;
pub mod report;
pub mod rules;
pub mod settings;
pub mod store;
pub mod student;
pub mod text;
pub mod writer;

use std::process::ExitCode;

/// The language of titles and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

pub use error::{DataError, DataErrors, UsageError};

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitCode> {
    commands::run(cli)
}

/// Prints an error the way users read it and returns its exit status, which the error's
/// type decides ([`error::Failure`]). Writing it may fail (stderr is a file under the
/// same `ulimit -f` that failed the command, or a closed pipe): then the exit status says
/// it alone, without a panic.
pub fn report(err: &anyhow::Error) -> ExitCode {
    use std::io::Write;
    let failure = error::Failure::of(err);
    // The reader of the output has gone (`| head`): nothing more to say.
    if failure == error::Failure::ClosedPipe {
        return ExitCode::SUCCESS;
    }
    let code = ExitCode::from(failure.exit_code());
    let prefix = i18n::messages::ERROR.text();
    let mut stderr = std::io::stderr().lock();
    let is_list = |c: &(dyn std::error::Error + 'static)| c.is::<DataErrors>() || c.is::<import::Problems>();
    if let Some(list) = err.chain().find(|c| is_list(*c)) {
        // Context first (what was being done), then each problem with its place.
        for c in err.chain().take_while(|c| !is_list(*c)) {
            let _ = writeln!(stderr, "{prefix}: {}", text::clean_lines(&c.to_string()));
        }
        // Import problems quote the cells of a spreadsheet: cleaned like any message.
        let _ = writeln!(stderr, "{}", text::clean_lines(&list.to_string()));
        return code;
    }
    if let Some(u) = err.downcast_ref::<UsageError>() {
        let _ = writeln!(stderr, "{prefix}: {u}");
        return code;
    }
    // Messages quote file names and values: their line breaks (an error and its hint)
    // stay, anything else that would steer the terminal is escaped.
    let _ = writeln!(stderr, "{prefix}: {}", text::clean_lines(&format!("{err:#}")));
    code
}
