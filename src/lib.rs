//! uitstroom: a case tracker for the route from Praktijkonderwijs, VSO and MBO Entree
//! into work, education or dagbesteding (see SPEC.md and RULES.md).
//!
//! The engine (`dates`, `student`, `settings`, `rules`, `engine`) is pure: it takes a
//! parsed student, the folder settings and "today", and returns actions. Files, git,
//! terminals and formats live at the edges (`folder`, `store`, `git`, `render`,
//! `commands`).

pub mod cli;
pub mod commands;
pub mod dates;
pub mod diag;
pub mod engine;
pub(crate) mod fastscan;
pub mod folder;
pub mod git;
pub(crate) mod read;
pub mod render;
pub mod report;
pub mod rules;
pub mod settings;
pub mod store;
pub mod student;
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
        f.write_str(&self.message)?;
        if let Some(h) = &self.hint {
            write!(f, "\n  hint: {h}")?;
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

/// Prints an error the way users read it and returns its exit status.
pub fn report(err: &anyhow::Error) -> ExitCode {
    if let Some(d) = err.downcast_ref::<DataErrors>() {
        // Context first (what was being done), then each problem with its place.
        for c in err
            .chain()
            .take_while(|c| c.downcast_ref::<DataErrors>().is_none())
        {
            eprintln!("error: {c}");
        }
        eprintln!("{d}");
        return ExitCode::from(1);
    }
    if let Some(u) = err.downcast_ref::<UsageError>() {
        eprintln!("error: {u}");
        return ExitCode::from(2);
    }
    eprintln!("error: {err:#}");
    ExitCode::from(1)
}
