//! `import FILE.csv`: create students from a school's export, all or nothing (SPEC.md,
//! "Taking on a caseload"). Every row is read and checked first (`crate::import`), then
//! against the cases on disk; any problem means nothing is written. The files are
//! written under the folder's lock and committed together.

use crate::cli::ImportArgs;
use crate::folder::Env;
use crate::import::{self, Error, Options, Problem, Problems, Record};
use crate::out::outln;
use crate::student;
use crate::{git, store};
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(env: &Env, args: &ImportArgs) -> Result<ExitCode> {
    let bytes = std::fs::read(&args.file).map_err(|e| {
        crate::UsageError::new(format!("cannot read {}: {e}", args.file.display()))
            .hint("give the path of the exported CSV file")
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
                message: format!("case `{}` exists already ({})", r.id, p.display()),
                hint: "leave the row out, or give --skip-existing to import only the new ones".into(),
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
                    hint: d.hint.unwrap_or_else(|| "correct the row".into()),
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
        outln!(
            "would import {} from {} ({how}):",
            cases(new.len()),
            file.display()
        );
        let width = new.iter().map(|r| r.id.chars().count()).max().unwrap_or(0);
        let name_width = new.iter().map(|r| r.name.chars().count()).max().unwrap_or(0);
        for r in &new {
            // Cells of a spreadsheet: anything that would steer the terminal is escaped.
            let mut line = format!(
                "  {:<width$}  {:<name_width$}  {:<6}  born {}  enrolled {}",
                r.id,
                crate::text::clean(&r.name),
                r.track.name(),
                r.birth_date,
                r.enrolled
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
        outln!("imported {} from {} ({how})", cases(new.len()), file.display());
        for r in &new {
            outln!("  new case {}", r.id);
        }
        if env.settings.auto_commit {
            let paths: Vec<PathBuf> = texts.iter().map(|(p, _)| p.clone()).collect();
            // The message names the count, never a name.
            let message = format!("uitstroom: import {}", cases(new.len()));
            if let git::Outcome::Skipped(why) = git::commit(&lock, &env.root, &paths, &message) {
                eprintln!("note: wrote the files but did not commit them: {why}");
            }
        }
    } else {
        outln!("nothing to import from {} ({how})", file.display());
    }
    if !skipped.is_empty() {
        eprintln!(
            "note: left out {} already in the folder: {}",
            cases(skipped.len()),
            skipped.join(", ")
        );
    }
    notes(env, &table, &new);
    if args.dry_run {
        eprintln!("note: dry run: nothing was written");
    }
    Ok(ExitCode::SUCCESS)
}

fn cases(n: usize) -> String {
    if n == 1 {
        "1 case".into()
    } else {
        format!("{n} cases")
    }
}

/// The problems, after one line that says nothing was written (exit status 1).
fn nothing_imported(p: Problems) -> anyhow::Error {
    let n = p.0.len();
    let what = if n == 1 {
        "1 problem".to_string()
    } else {
        format!("{n} problems")
    };
    anyhow::Error::new(p).context(format!("nothing was imported: {what}"))
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
                anyhow::bail!("case `{id}` was archived meanwhile ({})", archived.display());
            }
            store::write_atomic(path, text, true).with_context(|| format!("creating case `{id}`"))?;
            written.push(path);
        }
        Ok(())
    })();
    if let Err(e) = result {
        for p in &written {
            let _ = std::fs::remove_file(p);
        }
        return Err(e.context("nothing was imported"));
    }
    Ok(())
}

/// What the user should know besides: columns not used, bare ids, municipalities.
fn notes(env: &Env, table: &import::Table, new: &[&Record]) {
    if !table.ignored.is_empty() {
        eprintln!(
            "note: ignored columns: {} (--map COLUMN=FIELD imports one)",
            table.ignored.join(", ")
        );
    }
    for (col, why) in &table.unused {
        eprintln!("note: column `{col}` not used: {why}");
    }
    if table.bare_ids {
        eprintln!(
            "note: some student numbers are bare numbers; --id-prefix (e.g. focus-) keeps them apart from other schools' in a shared folder"
        );
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
    for (m, n) in by_place {
        if let Some(note) = super::new::municipality_note(&env.settings, Some(m)) {
            let who = if n == 1 {
                "1 student".to_string()
            } else {
                format!("{n} students")
            };
            eprintln!("note: {who}: {note}");
        }
    }
    if unknown > 0 {
        let who = if unknown == 1 {
            "1 student".to_string()
        } else {
            format!("{unknown} students")
        };
        eprintln!(
            "note: {who} without a municipality: only the school's own duties are computed until one is set (uitstroom set ID municipality NAME)"
        );
    }
}
