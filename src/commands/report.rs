//! `report`: figures per school year of exit, who is in view, and the caseload per owner
//! (SPEC.md, "Reports"), in one pass over the student files.

use super::{emit, finish, matches_filters};
use crate::cli::{ReportArgs, ReportFormat};
use crate::folder::Env;
use crate::i18n::messages::check as m;
use crate::read::Named;
use crate::render::report::{self as render, Meta};
use crate::report::{Figures, Scope};
use crate::store;
use anyhow::{Context, Result};
use std::path::Path;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ReportArgs) -> Result<ExitCode> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(p)) => from_extension(p).unwrap_or(ReportFormat::Table),
        (None, None) => ReportFormat::Table,
    };
    let scope = Scope {
        settings: &env.settings,
        today: env.today,
        year: args.year,
    };
    // Archived cases are leavers too: a school year's figures must not shrink when
    // its ended cases are archived. Today's figures are about students/ only.
    let archive = store::shown(&env.archive_dir());
    // A case in both folders is counted once, as the student it is today; the archived
    // copy is the error `check` reports too.
    let students_dir = env.students_dir();
    let doubled: Vec<std::path::PathBuf> = store::listing(&archive)?
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| students_dir.join(n).is_file()))
        .collect();
    let (mut figures, mut problems) = store::fold_students(
        &[env.students_dir(), env.archive_dir()],
        env.jobs,
        || (Figures::new(&scope), Vec::new()),
        |(mut f, mut problems), path, parsed| {
            match parsed {
                _ if doubled.iter().any(|d| d == path) => {}
                Ok(s) if matches_filters(&s, args.school.as_deref(), args.track) => {
                    if path.parent() == Some(archive.as_path()) {
                        f.add_leaver(&s, &scope);
                    } else {
                        f.add_student(&s, &scope);
                    }
                }
                Ok(_) => {}
                Err(d) => problems.extend(d),
            }
            (f, problems)
        },
        |(mut f, mut p), (g, q)| {
            f.merge(g);
            p.extend(q);
            (f, p)
        },
    )?;
    figures.finish();
    problems.extend(doubled.iter().map(|archived| {
        let id = archived.file_stem().unwrap_or_default().to_string_lossy();
        let live = store::shown(&students_dir.join(archived.file_name().unwrap_or_default()));
        crate::diag::Diagnostic::error(
            archived,
            crate::diag::Pos::START,
            crate::tr!(m::CHECK_DUPLICATE_ID, id, others = live.display()),
        )
        .hint(m::CHECK_DUPLICATE_ID_HINT.text().to_string())
    }));
    problems.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));

    let folder = std::fs::canonicalize(if env.root.as_os_str().is_empty() {
        Path::new(".")
    } else {
        &env.root
    })
    .unwrap_or_else(|_| env.root.clone());
    let meta = Meta {
        folder: folder.display().to_string(),
        region: env.settings.region_name.clone(),
        year: args.year,
        school: args.school.clone(),
        track: args.track.map(Named::name),
        in_view_months: env.settings.in_view_months,
        with_names: args.with_names,
        version: env!("CARGO_PKG_VERSION"),
    };
    let mut out = Vec::new();
    match format {
        ReportFormat::Table => {
            render::table::write(&mut out, &figures, &meta, env.color && args.output.is_none())?
        }
        ReportFormat::Csv => render::csv::write(&mut out, &figures, &meta, args.delimiter)?,
        ReportFormat::Json => render::json::write(&mut out, &figures, &meta)?,
        ReportFormat::Html => render::html::write(&mut out, &figures, &meta)?,
    }
    match &args.output {
        Some(path) => {
            let text = String::from_utf8(out).context("the report is not UTF-8")?;
            store::write_atomic(path, &text, false)?;
            eprintln!(
                "{}",
                crate::tr!(crate::i18n::messages::report::WROTE, path = path.display())
            );
        }
        None => emit(|w| w.write_all(&out))?,
    }
    Ok(finish(&problems, ExitCode::SUCCESS))
}

/// The format a file name asks for: `.html`/`.htm`, `.json`, `.csv`, `.txt`.
fn from_extension(path: &Path) -> Option<ReportFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => Some(ReportFormat::Html),
        "json" => Some(ReportFormat::Json),
        "csv" => Some(ReportFormat::Csv),
        "txt" => Some(ReportFormat::Table),
        _ => None,
    }
}
