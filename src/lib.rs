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

use std::fmt;
use std::process::ExitCode;

/// The language of titles and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

/// Wrong usage that clap cannot see (no folder, an unknown case id): exit status 2.
#[derive(Debug)]
pub struct UsageError {
    pub message: String,
    pub hint: Option<String>,
}

impl UsageError {
    pub fn new(message: impl Into<String>) -> Self {
        UsageError {
            message: message.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A message may quote what was typed (`no case `…``): shown, never obeyed.
        f.write_str(&text::clean(&self.message))?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {}", text::clean(h))?;
        }
        Ok(())
    }
}

impl std::error::Error for UsageError {}

/// Problems in data files, each with its place: exit status 1.
#[derive(Debug)]
pub struct DataErrors(pub Vec<diag::Diagnostic>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DataErrors {}

/// Runs a parsed command line.
pub fn run(cli: cli::Cli) -> anyhow::Result<ExitCode> {
    commands::run(cli)
}

/// Prints an error the way users read it and returns its exit status. Writing it may
/// fail (stderr is a file under the same `ulimit -f` that failed the command, or a
/// closed pipe): then the exit status says it alone, without a panic.
pub fn report(err: &anyhow::Error) -> ExitCode {
    // The reader of the output has gone (`| head`): nothing more to say.
    if err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    }) {
        return ExitCode::SUCCESS;
    }
    use std::io::Write;
    let mut stderr = std::io::stderr().lock();
    let is_list = |c: &(dyn std::error::Error + 'static)| {
        c.downcast_ref::<DataErrors>().is_some() || c.downcast_ref::<import::Problems>().is_some()
    };
    if let Some(list) = err.chain().find(|c| is_list(*c)) {
        // Context first (what was being done), then each problem with its place.
        for c in err.chain().take_while(|c| !is_list(*c)) {
            let _ = writeln!(stderr, "error: {}", text::clean_lines(&c.to_string()));
        }
        // Import problems quote the cells of a spreadsheet: cleaned like any message.
        let _ = writeln!(stderr, "{}", text::clean_lines(&list.to_string()));
        return ExitCode::from(1);
    }
    if let Some(u) = err.downcast_ref::<UsageError>() {
        let _ = writeln!(stderr, "error: {u}");
        return ExitCode::from(2);
    }
    // Messages quote file names and values: their line breaks (an error and its hint)
    // stay, anything else that would steer the terminal is escaped.
    let _ = writeln!(stderr, "error: {}", text::clean_lines(&format!("{err:#}")));
    ExitCode::from(1)
}
