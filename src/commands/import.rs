//! `import FILE.csv`: create students from a school's export, all or nothing (SPEC.md,
//! "Taking on a caseload"). Every row is read and checked first (`crate::import`), then
//! against the cases on disk; any problem means nothing is written. The files are
//! written under the folder's lock and committed together.

use super::write::note;
use crate::cli::ImportArgs;
use crate::folder::Env;
use crate::i18n::messages::caseload as m;
use crate::i18n::terms;
use crate::import::{self, Error, Options, Problem, Problems, Record};
use crate::out::outln;
use crate::student;
use crate::{git, store, tr};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ImportArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file).map_err(|why| {
        crate::UsageError::new(tr!(m::IMPORT_CANNOT_READ, path = args.file.display(), why))
            .hint(m::IMPORT_CANNOT_READ_HINT.text())
    })?;
    let opts = Options {
        id_prefix: args.id_prefix.clone(),
        maps: args.maps.clone(),
        track: args.track,
        school: args.school.clone(),
    };
    let file = store::shown(&args.file);
    let table = match import::read(&bytes, &file, &opts) {
        Ok(t) => t,
        Err(Error::Usage(u)) => return Err(u.into()),
        Err(Error::Problems(p)) => return Err(nothing_imported(p)),
    };

    // Cases on disk: an error, or with --skip-existing a row to leave out.
    let existing = |id: &str| -> Option<PathBuf> {
        [env.students_dir(), env.archive_dir()]
            .into_iter()
            .map(|d| d.join(format!("{id}.toml")))
            .find(|p| p.exists())
    };
    let mut new: Vec<&Record> = Vec::new();
    let mut skipped: Vec<&str> = Vec::new();
    let mut problems = Vec::new();
    for r in &table.records {
        match existing(&r.id) {
            Some(_) if args.skip_existing => skipped.push(&r.id),
            Some(p) => problems.push(Problem {
                file: file.clone(),
                line: r.line,
                column: r.id_column.clone(),
                message: tr!(m::IMPORT_EXISTS, id = r.id, path = p.display()),
                hint: m::IMPORT_EXISTS_HINT.text().into(),
            }),
            None => new.push(r),
        }
    }
    // The same check as `new`: each file must read back as a valid student.
    let mut texts = Vec::with_capacity(new.len());
    for r in &new {
        let path = env.students_dir().join(format!("{}.toml", r.id));
        let text = import::student_text(r);
        if let Err(diags) = student::parse(&text, &path) {
            for d in diags {
                problems.push(Problem {
                    file: file.clone(),
                    line: r.line,
                    column: "-".into(),
                    message: d.message,
                    hint: d.hint.unwrap_or_else(|| m::IMPORT_FIX_ROW.text().into()),
                });
            }
        }
        texts.push((path, text));
    }
    if !problems.is_empty() {
        return Err(nothing_imported(Problems(problems)));
    }

    let how = format!("{}, {}", table.encoding, import::delimiter_name(table.delimiter));
    if args.dry_run {
        let would = if new.len() == 1 {
            tr!(m::IMPORT_WOULD_IMPORT_ONE, file = file.display(), how)
        } else {
            tr!(
                m::IMPORT_WOULD_IMPORT,
                cases = cases(new.len()),
                file = file.display(),
                how
            )
        };
        outln!("{would}");
        let width = new.iter().map(|r| r.id.chars().count()).max().unwrap_or(0);
        let name_width = new.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
        for r in &new {
            // Cells of a spreadsheet: anything that would steer the terminal is escaped.
            let mut line = tr!(
                m::IMPORT_ROW,
                id = format_args!("{:<width$}", r.id),
                name = format_args!("{:<name_width$}", crate::text::clean(&r.name)),
                track = format_args!("{:<6}", terms::track(r.track)),
                birth = r.birth_date,
                enrolled = r.enrolled
            );
            if let Some(m) = &r.municipality {
                line.push_str(&format!("  {}", crate::text::clean(m)));
            }
            outln!("{}", line.trim_end());
        }
    } else if !new.is_empty() {
        store::create_private_dir(&env.students_dir())?;
        let lock = store::lock(&env.root)?;
        write_all(env, &lock, &texts)?;
        outln!(
            "{}",
            tr!(
                m::IMPORT_IMPORTED,
                cases = cases(new.len()),
                file = file.display(),
                how
            )
        );
        for r in &new {
            outln!("{}", tr!(m::IMPORT_NEW_CASE, id = r.id));
        }
        if env.settings.auto_commit {
            let paths: Vec<PathBuf> = texts.iter().map(|(p, _)| p.clone()).collect();
            // The message names the count, never a name; a log format, in English.
            let n = new.len();
            let message = format!("uitstroom: import {n} {}", if n == 1 { "case" } else { "cases" });
            if let git::Outcome::Skipped(why) = git::commit(&lock, &env.root, &paths, &message) {
                note(&tr!(m::CASELOAD_NOT_COMMITTED, why));
            }
        }
    } else {
        outln!("{}", tr!(m::IMPORT_NOTHING, file = file.display(), how));
    }
    if !skipped.is_empty() {
        note(&tr!(
            m::IMPORT_SKIPPED,
            cases = cases(skipped.len()),
            ids = skipped.join(", ")
        ));
    }
    notes(env, &table, &new);
    if args.dry_run {
        note(m::CASELOAD_DRY_RUN.text());
    }
    Ok(ExitCode::SUCCESS)
}

/// "1 case", "3 cases", in the language of the run.
fn cases(n: usize) -> String {
    if n == 1 {
        m::CASELOAD_CASES_ONE.text().into()
    } else {
        tr!(m::CASELOAD_CASES_MANY, n)
    }
}

/// "1 student", "3 students", in the language of the run.
fn students(n: usize) -> String {
    if n == 1 {
        m::CASELOAD_STUDENTS_ONE.text().into()
    } else {
        tr!(m::CASELOAD_STUDENTS_MANY, n)
    }
}

/// The problems, after one line that says nothing was written (exit status 1).
fn nothing_imported(p: Problems) -> anyhow::Error {
    let n = p.0.len();
    let problems = if n == 1 {
        m::CASELOAD_PROBLEMS_ONE.text().to_string()
    } else {
        tr!(m::CASELOAD_PROBLEMS_MANY, n)
    };
    anyhow::Error::new(p).context(tr!(m::IMPORT_NOTHING_IMPORTED, problems))
}

/// Writes every new file under the folder's lock (held by the caller); if one cannot be written, the ones
/// written before it are removed again, so the folder is as it was.
fn write_all(env: &Env, _lock: &store::Lock, texts: &[(PathBuf, String)]) -> Result<()> {
    let mut written: Vec<&PathBuf> = Vec::new();
    let result = (|| -> Result<()> {
        for (path, text) in texts {
            // Another command may have made one of them since the check.
            let id = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let archived = env.archive_dir().join(format!("{id}.toml"));
            if archived.exists() {
                return Err(crate::DataError {
                    message: tr!(m::IMPORT_ARCHIVED_MEANWHILE, id, path = archived.display()),
                    hint: Some(m::IMPORT_EXISTS_HINT.text().into()),
                }
                .into());
            }
            store::write_atomic(path, text, true).with_context(|| tr!(m::IMPORT_CREATING, id))?;
            written.push(path);
        }
        Ok(())
    })();
    if let Err(e) = result {
        for p in &written {
            let _ = std::fs::remove_file(p);
        }
        return Err(e.context(m::IMPORT_NOTHING_IMPORTED_SHORT.text()));
    }
    Ok(())
}

/// What the user should know besides: columns not used, bare ids, municipalities.
fn notes(env: &Env, table: &import::Table, new: &[&Record]) {
    if !table.ignored.is_empty() {
        note(&tr!(m::IMPORT_IGNORED, columns = table.ignored.join(", ")));
    }
    for (column, why) in &table.unused {
        note(&tr!(m::IMPORT_UNUSED, column, why));
    }
    if table.bare_ids {
        note(m::IMPORT_BARE_IDS.text());
    }
    // One note per municipality, as `new` gives it, with the number of students.
    let mut by_place: BTreeMap<&str, usize> = BTreeMap::new();
    let mut unknown = 0;
    for r in new {
        match &r.municipality {
            Some(m) => *by_place.entry(m.as_str()).or_default() += 1,
            None => unknown += 1,
        }
    }
    for (place, n) in by_place {
        if let Some(about) = super::new::municipality_note(&env.settings, Some(place)) {
            note(&tr!(
                m::IMPORT_MUNICIPALITY_NOTE,
                students = students(n),
                note = about
            ));
        }
    }
    if unknown > 0 {
        note(&tr!(m::IMPORT_NO_MUNICIPALITY, students = students(unknown)));
    }
}
