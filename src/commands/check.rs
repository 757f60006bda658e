//! `check`: validate every file and report all problems, each with its place and a hint
//! — schema errors, and what RULES.md lists under "What `check` must catch".

use super::emit;
use crate::cli::{CheckArgs, CheckFormat};
use crate::dates::{self, Date};
use crate::diag::{Diagnostic, Lines, Pos, Problem};
use crate::folder::Env;
use crate::i18n::messages::check as m;
use crate::i18n::terms;
use crate::settings::Settings;
use crate::student::{Destination, Diploma, EventKind, HandoverTo, Student};
use crate::{store, tr};
use anyhow::Result;
use std::collections::HashMap;

use std::path::Path;
use std::process::ExitCode;

pub fn run(env: &Env, args: &CheckArgs) -> Result<ExitCode> {
    let diags = diagnostics(env)?;
    let errors = diags.iter().filter(|d| d.is_error()).count();
    match args.format {
        CheckFormat::Json => emit(|w| {
            serde_json::to_writer_pretty(&mut *w, &diags).map_err(std::io::Error::other)?;
            writeln!(w)
        })?,
        CheckFormat::Text => emit(|w| {
            for d in &diags {
                writeln!(w, "{d}")?;
            }
            Ok(())
        })?,
    }
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Every problem of every file in the folder, sorted by place.
pub(crate) fn diagnostics(env: &Env) -> Result<Vec<Diagnostic>> {
    let dirs = [env.students_dir(), env.archive_dir()];
    let listing = store::scan(&dirs)?;
    let per_file = store::map_paths(&listing.files, env.jobs, |path| {
        let file = match store::read_file(path) {
            Ok(f) => f,
            Err(d) => return (None, d),
        };
        let private = private_file(path, file.mode);
        match store::parse_student(&file.text, path) {
            Ok(s) => {
                let mut diags = check_student(path, &file.text, &s, &env.settings, env.today);
                diags.extend(private);
                let id_pos = Pos::at(&file.text, s.offsets.id as usize);
                (Some((s.id, path.to_path_buf(), id_pos)), diags)
            }
            Err(mut d) => {
                d.extend(private);
                (None, d)
            }
        }
    });
    let mut diags = listing.problems;
    let mut ids: HashMap<String, Vec<(std::path::PathBuf, Pos)>> = HashMap::new();
    for (id, d) in per_file {
        diags.extend(d);
        if let Some((id, path, pos)) = id {
            ids.entry(id).or_default().push((path, pos));
        }
    }
    for (id, places) in &ids {
        if places.len() > 1 {
            for (p, pos) in places {
                let others: Vec<String> = places
                    .iter()
                    .filter(|(q, _)| q != p)
                    .map(|(q, _)| q.display().to_string())
                    .collect();
                diags.push(
                    Diagnostic::error(
                        p,
                        *pos,
                        tr!(m::CHECK_DUPLICATE_ID, id, others = others.join(", ")),
                    )
                    .hint(m::CHECK_DUPLICATE_ID_HINT.text().to_string()),
                );
            }
        }
    }
    diags.extend(untracked(env));
    diags.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    Ok(collapse_open_files(diags))
}

/// More than this many open case files in one folder are one warning: a clone made
/// without `umask 077` (or data-example/ as git checks it out) has every file 0644, and
/// a warning per file would bury the problems that differ from file to file.
const OPEN_FILES_ONE_BY_ONE: usize = 3;

/// The warnings about open case files of a folder, as one where there are many: on the
/// first of them, naming how many more there are and the one command that mends them all.
fn collapse_open_files(diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut per_dir: HashMap<std::path::PathBuf, usize> = HashMap::new();
    for d in diags.iter().filter(|d| matches!(d.problem, Problem::OpenMode(_))) {
        *per_dir
            .entry(d.path.parent().unwrap_or(Path::new("")).to_path_buf())
            .or_default() += 1;
    }
    let mut seen: HashMap<std::path::PathBuf, bool> = HashMap::new();
    let mut out = Vec::with_capacity(diags.len());
    for mut d in diags {
        if let Problem::OpenMode(mode) = d.problem {
            let dir = d.path.parent().unwrap_or(Path::new("")).to_path_buf();
            let n = per_dir.get(&dir).copied().unwrap_or(0);
            if n > OPEN_FILES_ONE_BY_ONE {
                if std::mem::replace(seen.entry(dir.clone()).or_default(), true) {
                    continue;
                }
                let mode = format!("{:o}", mode & 0o777);
                d.message = tr!(m::CHECK_OPEN_FILES, more = n - 1, dir = dir.display(), mode);
                d.hint = Some(tr!(m::CHECK_OPEN_FILES_HINT, dir = dir.display()));
            }
        }
        out.push(d);
    }
    out
}

/// SPEC.md, "Privacy and retention": `check` warns about student files that others can
/// read (or write). A file the tool wrote is 0600; one copied, unpacked or checked out by
/// git gets the umask's 0644.
fn private_file(path: &Path, mode: u32) -> Option<Diagnostic> {
    let open = mode & 0o066;
    if open == 0 {
        return None;
    }
    let who = match (mode & 0o060 != 0, mode & 0o006 != 0) {
        (true, true) => &m::CHECK_WHO_GROUP_AND_OTHERS,
        (true, false) => &m::CHECK_WHO_GROUP,
        _ => &m::CHECK_WHO_OTHERS,
    };
    let can = match (open & 0o044 != 0, open & 0o022 != 0) {
        (true, true) => &m::CHECK_CAN_READ_AND_CHANGE,
        (false, true) => &m::CHECK_CAN_CHANGE,
        _ => &m::CHECK_CAN_READ,
    };
    Some(
        Diagnostic::warning(
            path,
            Pos::START,
            tr!(m::CHECK_OPEN_FILE, who, can, mode = format!("{:o}", mode & 0o777)),
        )
        .problem(Problem::OpenMode(mode))
        .hint(tr!(m::CHECK_OPEN_FILE_HINT, path = path.display())),
    )
}

/// In a git work tree: the settings and the case files that git does not track, which
/// a clone of the folder would lack (SPEC.md, "Sharing a folder through git").
pub(crate) fn untracked(env: &Env) -> Vec<Diagnostic> {
    if !crate::git::is_work_tree(&env.root) {
        return Vec::new();
    }
    let case_file = |p: &Path| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let dir = p.parent().and_then(|d| d.to_str()).unwrap_or_default();
        (name.ends_with(".toml") && !name.starts_with('.') && matches!(dir, "students" | "archive"))
            || p == Path::new(crate::folder::SETTINGS_FILE)
    };
    crate::git::untracked(&env.root, &[crate::folder::SETTINGS_FILE, "students", "archive"])
        .into_iter()
        .filter(|p| case_file(p))
        .map(|p| {
            let shown = store::shown(&env.root.join(&p));
            Diagnostic::warning(&shown, Pos::START, m::CHECK_UNTRACKED.text()).hint(tr!(
                m::CHECK_UNTRACKED_HINT,
                path = shown.display(),
                file = p.display()
            ))
        })
        .collect()
}

/// Every problem of one parsed student file beyond its schema.
pub fn check_student(
    path: &Path,
    src: &str,
    s: &Student,
    settings: &Settings,
    today: Date,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let lines = std::cell::OnceCell::new();
    let pos = |off: u32| lines.get_or_init(|| Lines::new(src)).pos(off as usize);
    let err = |off: u32, msg: String, hint: String| Diagnostic::error(path, pos(off), msg).hint(hint);
    let warn = |off: u32, msg: String, hint: String| Diagnostic::warning(path, pos(off), msg).hint(hint);
    let text = |msg: &crate::i18n::Msg| msg.text().to_string();

    // The file name is the case id.
    let stem = path.file_stem().and_then(|x| x.to_str()).unwrap_or_default();
    if stem != s.id {
        out.push(err(
            s.offsets.id,
            tr!(m::CHECK_ID_VS_FILE, id = s.id, stem),
            tr!(m::CHECK_ID_VS_FILE_HINT, id = s.id, stem),
        ));
    }

    // Region.
    match s.municipality.as_deref() {
        None => out.push(warn(
            0,
            text(&m::CHECK_NO_MUNICIPALITY),
            text(&m::CHECK_NO_MUNICIPALITY_HINT),
        )),
        Some(municipality) => {
            if let Some((new, since)) = Settings::current_name(municipality) {
                out.push(warn(
                    s.offsets.municipality,
                    tr!(m::CHECK_FORMER_MUNICIPALITY, municipality, new, since),
                    tr!(m::CHECK_FORMER_MUNICIPALITY_HINT, new),
                ));
            } else if !settings.in_region(Some(municipality)) {
                out.push(warn(
                    s.offsets.municipality,
                    tr!(
                        m::CHECK_OUTSIDE_REGION,
                        municipality,
                        region = settings.region_name
                    ),
                    text(&m::CHECK_OUTSIDE_REGION_HINT),
                ));
            }
        }
    }

    if s.enrolled < s.birth_date {
        out.push(err(
            s.offsets.enrolled,
            text(&m::CHECK_ENROLLED_BEFORE_BIRTH),
            text(&m::CHECK_ENROLLED_BEFORE_BIRTH_HINT),
        ));
    }
    if let Some(p) = s.planned_exit
        && p < s.enrolled
    {
        out.push(warn(
            s.offsets.planned_exit,
            tr!(
                m::CHECK_PLANNED_EXIT_BEFORE_ENROLLED,
                planned = p,
                enrolled = s.enrolled
            ),
            text(&m::CHECK_PLANNED_EXIT_HINT),
        ));
    }

    let b16 = dates::birthday(s.birth_date, 16);
    let b27 = dates::birthday(s.birth_date, 27);
    let sy = settings.school_years();
    let qualified = s
        .events
        .iter()
        .any(|e| matches!(e.kind, EventKind::Qualification { .. }));
    let mut last_date: Option<Date> = None;
    let mut last_support_handover: Option<Date> = None;
    for e in &s.events {
        let at = e.offset;
        if let Some(prev) = last_date
            && e.date < prev
        {
            out.push(err(
                at,
                tr!(m::CHECK_OUT_OF_ORDER, date = e.date, prev),
                text(&m::CHECK_OUT_OF_ORDER_HINT),
            ));
        }
        last_date = Some(last_date.map_or(e.date, |p| p.max(e.date)));
        if e.date > today {
            out.push(warn(
                at,
                tr!(m::CHECK_FUTURE_EVENT, date = e.date),
                text(&m::CHECK_FUTURE_EVENT_HINT),
            ));
        }
        match &e.kind {
            EventKind::Handover {
                to: HandoverTo::CheckIn,
                support_question,
            } => {
                if e.date < b16 || e.date >= b27 {
                    out.push(warn(
                        at,
                        tr!(m::CHECK_HANDOVER_AGE, date = e.date),
                        text(&m::CHECK_HANDOVER_AGE_HINT),
                    ));
                }
                if *support_question {
                    last_support_handover = Some(e.date);
                }
            }
            EventKind::CheckInClosed => match last_support_handover {
                None => out.push(warn(
                    at,
                    text(&m::CHECK_CLOSED_WITHOUT_HANDOVER),
                    text(&m::CHECK_CLOSED_WITHOUT_HANDOVER_HINT),
                )),
                Some(h) if e.date < dates::add_months(h, 3) => out.push(warn(
                    at,
                    tr!(m::CHECK_CLOSED_TOO_SOON, date = e.date, handover = h),
                    tr!(m::CHECK_CLOSED_TOO_SOON_HINT, until = dates::add_months(h, 3)),
                )),
                Some(_) => {}
            },
            EventKind::Exit(x) => {
                match x.destination {
                    None => out.push(err(
                        at,
                        text(&m::CHECK_EXIT_NO_DESTINATION),
                        text(&m::CHECK_EXIT_NO_DESTINATION_HINT),
                    )),
                    Some(Destination::DayActivities)
                        if x.benefit == Some(false) && x.indication_until.is_none() =>
                    {
                        out.push(warn(
                            at,
                            text(&m::CHECK_DAY_ACTIVITIES_NO_INDICATION),
                            text(&m::CHECK_DAY_ACTIVITIES_NO_INDICATION_HINT),
                        ))
                    }
                    Some(_) => {}
                }
                let end_16 = sy.end(sy.of(b16));
                if s.is_pro_vso() && x.without_diploma() && e.date < end_16 {
                    out.push(warn(
                        at,
                        tr!(m::CHECK_EARLY_EXIT, date = e.date, end = end_16),
                        text(&m::CHECK_EARLY_EXIT_HINT),
                    ));
                }
                if x.diploma.is_some_and(Diploma::is_startkwalificatie) && !qualified {
                    out.push(warn(
                        at,
                        tr!(
                            m::CHECK_DIPLOMA_NO_QUALIFICATION,
                            diploma = x.diploma.map_or("", terms::diploma)
                        ),
                        text(&m::CHECK_DIPLOMA_NO_QUALIFICATION_HINT),
                    ));
                }
                if let (Some(start), Destination::Education) =
                    (x.programme_start, x.destination.unwrap_or(Destination::None))
                    && start < e.date
                {
                    out.push(warn(
                        at,
                        tr!(m::CHECK_PROGRAMME_BEFORE_EXIT, start, date = e.date),
                        text(&m::CHECK_PROGRAMME_HINT),
                    ));
                }
            }
            EventKind::CheckInExtended { until: Some(u) } if *u <= e.date => out.push(warn(
                at,
                tr!(m::CHECK_EXTENDED_UNTIL, until = u),
                text(&m::CHECK_EXTENDED_UNTIL_HINT),
            )),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{date, student};
    use crate::student as model;

    fn problems(s: &crate::rules::testing::S, today: &str) -> Vec<String> {
        let src = s.toml();
        let path = Path::new("students/t-1.toml");
        let st = model::parse(&src, path).unwrap();
        check_student(path, &src, &st, &s.settings, date(today))
            .iter()
            .map(|d| d.to_string())
            .collect()
    }

    #[test]
    fn clean_file_has_no_problems() {
        assert_eq!(problems(&student("pro"), "2026-11-25"), Vec::<String>::new());
    }

    /// 000 Nazorg Arbeid: "blijft tenminste nog 3 maanden betrokken".
    #[test]
    fn check_in_closed_within_three_months() {
        let s = student("pro")
            .event(
                "2026-07-10",
                "kind = \"handover\"; to = \"check-in\"; support_question = true",
            )
            .event("2026-09-01", "kind = \"check-in-closed\"");
        let p = problems(&s, "2026-11-25");
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].starts_with(
                "students/t-1.toml:17:8: warning: Check-In closed on 2026-09-01, less than 3 months"
            ),
            "{}",
            p[0]
        );
    }

    #[test]
    fn check_in_closed_without_handover() {
        let s = student("pro").event("2026-09-01", "kind = \"check-in-closed\"");
        assert!(problems(&s, "2026-11-25")[0].contains("without a handover"));
    }

    /// 002 §4.1: "tussen de 16 en 27 jaar".
    #[test]
    fn handover_outside_16_to_27() {
        let s = student("pro")
            .born("2011-01-01")
            .event("2026-07-10", "kind = \"handover\"; to = \"check-in\"");
        assert!(problems(&s, "2026-11-25")[0].contains("not between 16 and 27"));
        let s = student("pro")
            .born("1999-07-10")
            .event("2026-07-10", "kind = \"handover\"; to = \"check-in\"");
        assert!(problems(&s, "2026-11-25")[0].contains("not between 16 and 27"));
        let s = student("pro")
            .born("1999-07-11")
            .event("2026-07-10", "kind = \"handover\"; to = \"check-in\"");
        assert!(problems(&s, "2026-11-25").is_empty());
    }

    /// 002 Inleiding: a school leaver is "minimaal 16 jaar" or has the diploma.
    #[test]
    fn early_exit_without_diploma() {
        // Turns 16 on 2026-03-01, in school year 2025: ends 2026-07-31.
        let s = student("pro")
            .born("2010-03-01")
            .event("2026-06-30", "kind = \"exit\"; destination = \"work\"");
        assert!(
            problems(&s, "2026-11-25")[0]
                .contains("before the end of the school year in which the student turns 16 (2026-07-31)")
        );
        let s = student("pro").born("2010-03-01").event(
            "2026-06-30",
            "kind = \"exit\"; destination = \"work\"; diploma = \"pro\"",
        );
        assert!(problems(&s, "2026-11-25").is_empty());
        let s = student("pro")
            .born("2010-03-01")
            .event("2026-07-30", "kind = \"exit\"; destination = \"work\"");
        assert!(!problems(&s, "2026-11-25").is_empty());
        // The last day of the school year is its end, not before it.
        let s = student("pro")
            .born("2010-03-01")
            .event("2026-07-31", "kind = \"exit\"; destination = \"work\"");
        assert!(problems(&s, "2026-11-25").is_empty());
        let s = student("pro")
            .born("2010-03-01")
            .event("2026-08-01", "kind = \"exit\"; destination = \"work\"");
        assert!(problems(&s, "2026-11-25").is_empty());
    }

    #[test]
    fn exit_without_destination_is_an_error() {
        let s = student("pro").event("2026-07-10", "kind = \"exit\"");
        let p = problems(&s, "2026-11-25");
        assert!(p[0].contains("error: an exit without destination"), "{p:?}");
    }

    #[test]
    fn day_activities_without_indication_end() {
        let s = student("vso").event(
            "2026-07-10",
            "kind = \"exit\"; destination = \"day-activities\"; benefit = false",
        );
        assert!(problems(&s, "2026-11-25")[0].contains("indication cannot be monitored"));
    }

    #[test]
    fn events_out_of_order_and_in_the_future() {
        let s = student("pro")
            .event("2026-07-10", "kind = \"note\"")
            .event("2026-07-01", "kind = \"note\"");
        assert!(
            problems(&s, "2026-11-25")[0]
                .contains("error: event dated 2026-07-01 comes after an event dated 2026-07-10")
        );
        let s = student("pro").event("2026-12-01", "kind = \"note\"");
        assert!(problems(&s, "2026-11-25")[0].contains("warning: event dated 2026-12-01 is in the future"));
    }

    #[test]
    fn municipality_outside_region_and_former_names() {
        let p = problems(&student("pro").lives_in("Hoorn"), "2026-11-25");
        assert!(
            p[0].contains("warning: Hoorn is outside the Route Arbeid region"),
            "{p:?}"
        );
        let p = problems(&student("pro").lives_in("Schermer"), "2026-11-25");
        assert!(
            p[0].contains("Schermer is a former municipality, part of Alkmaar since 1 January 2015"),
            "{p:?}"
        );
        assert!(p[0].contains("hint: write municipality = \"Alkmaar\""), "{p:?}");
    }

    #[test]
    fn id_must_match_the_file_name() {
        let src = student("pro").toml();
        let path = Path::new("students/other.toml");
        let st = model::parse(&src, path).unwrap();
        let p = check_student(path, &src, &st, &Settings::default(), date("2026-11-25"));
        assert_eq!(
            p[0].to_string(),
            "students/other.toml:2:6: error: the id `t-1` differs from the file name `other.toml`\n  hint: rename the file to t-1.toml, or write id = \"other\""
        );
    }
}
