//! One file per subcommand; each takes the resolved [`Env`] and its arguments.

use crate::cli::{Cli, Command};
use crate::folder::{self, Env};
use crate::i18n::messages::args as m;
use crate::tr;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::process::ExitCode;

mod archive;
mod catch_up;
pub(crate) mod check;
mod config;
mod due;
mod edit;
mod export;
mod git_setup;
mod history;
mod import;
mod init;
mod list;
mod merge_file;
mod new;
mod report;
mod retention;
mod set;
mod show;
mod sync;
mod why;
mod write;

pub fn run(cli: Cli) -> Result<ExitCode> {
    crate::store::survive_file_size_limit();
    if let Some(n) = cli.jobs {
        if n == 0 {
            return Err(crate::UsageError::new(m::JOBS_ZERO.text())
                .hint(m::HINT_JOBS.text())
                .into());
        }
        // Every parallel step (reading, evaluating, sorting) uses this pool.
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .context(crate::i18n::messages::errors::STARTING_THREADS.text())?;
    }
    match &cli.command {
        Command::Init(a) => init::run(&cli, a),
        Command::Completions { shell, dynamic } => {
            if *dynamic {
                let script = crate::complete::registration(*shell).context(m::COMPLETION_SCRIPT.text())?;
                emit(|w| w.write_all(&script))?;
            } else {
                let mut cmd = crate::i18n::help::command(crate::i18n::lang());
                emit(|w| {
                    clap_complete::generate(*shell, &mut cmd, "uitstroom", w);
                    Ok(())
                })?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Config => config::run(&cli),
        Command::MergeFile(a) => merge_file::run(a),
        command => {
            let env = folder::env(&cli)?;
            match command {
                Command::New(a) => new::run(&env, a),
                Command::Show(a) => show::run(&env, a),
                Command::List(a) => list::run(&env, a),
                Command::Due(a) => due::run(&env, a),
                Command::Log(a) => write::log(&env, a),
                Command::Done(a) => write::done(&env, a),
                Command::Defer(a) => write::defer(&env, a),
                Command::Waive(a) => write::waive(&env, a),
                Command::Set(a) => set::run(&env, a),
                Command::Edit { id } => edit::run(&env, id),
                Command::Check(a) => check::run(&env, a),
                Command::Why(a) => why::run(&env, a),
                Command::Report(a) => report::run(&env, a),
                Command::Archive(a) => archive::run(&env, a),
                Command::History { id } => history::history(&env, id),
                Command::Undo => history::undo(&env),
                Command::Import(a) => import::run(&env, a),
                Command::CatchUp(a) => catch_up::run(&env, a),
                Command::Export(a) => export::run(&env, a),
                Command::GitSetup => git_setup::run(&env),
                Command::Sync => sync::run(&env),
                Command::Retention(a) => retention::run(&env, a),
                Command::Init(_) | Command::Completions { .. } | Command::Config | Command::MergeFile(_) => {
                    unreachable!("handled above")
                }
            }
        }
    }
}

/// Writes a command's output to stdout through the one door (`out.rs`): a closed pipe
/// (`| head`) ends it quietly; any other failure is reported by `main` at the end.
pub(crate) fn emit(f: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<()> {
    crate::out::with(f);
    Ok(())
}

/// Refuses a text argument with a control character: a name that would steer the
/// terminal of whoever lists it, or forge a line in the list cron mails (issue 10).
/// Notes and reasons (`Lines::Many`) may have line breaks and tabs.
pub(crate) fn plain_arg(what: &str, value: &str, lines: crate::text::Lines) -> Result<()> {
    let Some(c) = crate::text::control_in(value, lines) else {
        return Ok(());
    };
    let found = crate::read::control_character(c);
    let hint = match lines {
        crate::text::Lines::One => tr!(m::HINT_ARG_ONE_LINE, what),
        crate::text::Lines::Many => tr!(m::HINT_ARG_LINES, what),
    };
    Err(crate::UsageError::new(tr!(m::ARG_CONTAINS, what, found))
        .hint(hint)
        .into())
}

/// Reports unreadable files on stderr (each with its place) and gives the exit status:
/// 1 if any, else `ok`.
pub(crate) fn finish(problems: &[crate::diag::Diagnostic], ok: ExitCode) -> ExitCode {
    if problems.is_empty() {
        return ok;
    }
    let mut err = io::stderr().lock();
    for d in problems {
        let _ = writeln!(err, "{d}");
    }
    ExitCode::from(1)
}

/// The output format: as asked, else a table on a terminal and plain text otherwise.
pub(crate) fn format_or_default(f: Option<crate::cli::Format>) -> crate::cli::Format {
    use std::io::IsTerminal;
    f.unwrap_or(if io::stdout().is_terminal() {
        crate::cli::Format::Table
    } else {
        crate::cli::Format::Plain
    })
}

/// Whether a student passes the `--school` and `--track` filters.
pub(crate) fn matches_filters(
    s: &crate::student::Student,
    school: Option<&str>,
    track: Option<crate::student::Track>,
) -> bool {
    let school_ok = school.is_none_or(|want| {
        s.school
            .as_deref()
            .is_some_and(|have| have.trim().eq_ignore_ascii_case(want.trim()))
    });
    let track_ok = track.is_none_or(|t| t == s.track);
    school_ok && track_ok
}

pub(crate) fn students_dirs(env: &Env) -> Vec<std::path::PathBuf> {
    vec![env.students_dir()]
}
