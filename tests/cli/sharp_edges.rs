//! The sharp edges of issue 10 item 7, found by trying the tool as a new user would;
//! each test shows the edge is gone.

use crate::harness::{Case, NEW_SEM, assert_has};

fn sem() -> Case {
    let c = Case::new();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    c
}

/// `log ID exit hours_per_week=.5` (also `5.` and `05`) wrote `hours_per_week = .5`,
/// which is not TOML: the next command could not read the student.
#[test]
fn hours_as_people_type_them_are_written_as_toml_numbers() {
    for (typed, written) in [(".5", "0.5"), ("5.", "5"), ("05", "5"), ("12,5", "12.5")] {
        let c = sem();
        c.run_on(
            "2026-07-10",
            &[
                "log",
                "sem",
                "exit",
                "destination=work",
                &format!("hours_per_week={typed}"),
            ],
        )
        .code(0);
        let text = c.read("students/sem.toml");
        assert!(
            text.contains(&format!("\nhours_per_week = {written}\n")),
            "{typed}: {text}"
        );
        c.run_on("2026-07-10", &["check"]).code(0);
    }
}

/// `set ID year_offset 99` and `set ID track prO` ended with exit 1 and a dangling
/// `: `; now a usage error (exit 2) that says what the field takes, and the file is
/// not touched.
#[test]
fn set_refuses_a_bad_value_as_wrong_usage_with_the_allowed_values() {
    let c = sem();
    let before = c.read("students/sem.toml");
    let out = c
        .run_on("2026-07-10", &["set", "sem", "year_offset", "99"])
        .code(2);
    assert_eq!(
        out.stderr,
        "error: `year_offset`: 99 is out of range\n  hint: year_offset is a whole number from 0 to 9; e.g. uitstroom set ID year_offset 0\n"
    );
    let out = c.run_on("2026-07-10", &["set", "sem", "track", "prO"]).code(2);
    assert_eq!(
        out.stderr,
        "error: `track`: unknown track `prO`\n  hint: did you mean `pro`? track is one of pro, vso, entree; e.g. uitstroom set ID track pro\n"
    );
    let out = c.run_on("2026-07-10", &["set", "sem", "name", ""]).code(2);
    assert_has(&out.stderr, "hint: give a new value");
    assert_eq!(c.read("students/sem.toml"), before);
    c.run_on("2026-07-10", &["set", "sem", "year_offset", "02"])
        .code(0);
    assert!(c.read("students/sem.toml").ends_with("year_offset = 2\n"));
}

/// `log` checks every value against the same table, before anything is written.
#[test]
fn log_refuses_a_bad_value_as_wrong_usage_with_the_allowed_values() {
    let c = sem();
    let before = c.read("students/sem.toml");
    let out = c
        .run_on("2026-07-10", &["log", "sem", "exit", "destination=wrok"])
        .code(2);
    assert_eq!(
        out.stderr,
        "error: destination=wrok: unknown destination `wrok`\n  hint: did you mean `work`? destination is one of work, sheltered-work, practical-learning, education, day-activities, none; e.g. destination=work\n"
    );
    let out = c
        .run_on("2026-07-10", &["log", "sem", "exit", "job_found=misschien"])
        .code(2);
    assert_has(
        &out.stderr,
        "hint: job_found is true or false; e.g. job_found=true",
    );
    let out = c
        .run_on("2026-07-10", &["log", "sem", "exit", "hours_per_week=-3"])
        .code(2);
    assert_has(&out.stderr, "`-3` is not a number");
    assert_eq!(c.read("students/sem.toml"), before);
}

/// Runs `uitstroom ARGS` with standard output a pipe whose reader has already gone, as
/// in `uitstroom … | head -0`.
fn run_into_closed_pipe(c: &Case, args: &[&str]) -> crate::harness::Out {
    c.run_with(c.dir.path(), |cmd| {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        cmd.env("UITSTROOM_TODAY", "2026-07-10").args(args).stdout(writer);
    })
}

/// `history ID | head -0` and `config | head` panicked (exit 101, a backtrace on the
/// terminal). A closed pipe ends every command quietly, with its usual status.
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    let commands: &[&[&str]] = &[
        &["history", "sem"],
        &["config"],
        &["due", "--all"],
        &["due", "--all", "--format", "table"],
        &["due", "--all", "--format", "json"],
        &["due", "--all", "--format", "csv"],
        &["due", "--all", "--group-by", "owner"],
        &["list"],
        &["list", "--format", "json"],
        &["show", "sem"],
        &["show", "sem", "--format", "json"],
        &["why", "sem", "age-18"],
        &["completions", "bash"],
        &["--help"],
        &["due", "--help"],
    ];
    for args in commands {
        let out = run_into_closed_pipe(&c, args);
        assert_eq!(
            (out.code, out.stderr.as_str()),
            (0, ""),
            "uitstroom {}",
            args.join(" ")
        );
    }
}

/// A write whose confirmation nobody reads is still written and committed: the closed
/// pipe does not cut the command short between the file and its commit.
#[test]
fn a_closed_pipe_does_not_cut_a_write_short() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    let out = run_into_closed_pipe(&c, &["log", "sem", "exit", "destination=work"]);
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    assert!(c.read("students/sem.toml").contains("kind = \"exit\""));
    assert_eq!(
        c.git_cmd(&["log", "-1", "--format=%s"]),
        "uitstroom: log exit sem\n"
    );
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
}

/// Any other failure to write the output is an error, not silence.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_behind_the_output_is_an_error() {
    let c = sem();
    let out = c.run_with(c.dir.path(), |cmd| {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        cmd.env("UITSTROOM_TODAY", "2026-07-10")
            .args(["due", "--all", "--format", "json"])
            .stdout(full);
    });
    assert_eq!(out.code, 1, "{out:?}");
    assert!(
        out.stderr
            .starts_with("error: writing the output: the disk is full"),
        "{}",
        out.stderr
    );
}

/// `due --within 2147483648m` wrapped around to a negative period and listed only what
/// was overdue; a period that does not fit is wrong usage.
#[test]
fn a_period_that_does_not_fit_is_refused() {
    let c = sem();
    for within in ["2147483648m", "4294967296m", "1201m", "99999999999999999999d"] {
        let out = c.run_on("2026-07-10", &["due", "--within", within]).code(2);
        assert!(
            out.stderr.contains("too long a period: at most 100 years") && out.stderr.contains("--all"),
            "{within}: {}",
            out.stderr
        );
    }
    c.run_on("2026-07-10", &["due", "--within", "1200m"]).code(0);
}

/// `--delimiter '"'` was accepted and wrote CSV that no program reads; a name that is a
/// formula went into the spreadsheet as one.
#[test]
fn csv_is_safe_to_open_in_a_spreadsheet() {
    let c = Case::new();
    let mut new = NEW_SEM;
    new[3] = "=HYPERLINK(\"http://example.org\",\"Sem\")";
    c.run_on("2026-07-10", &new).code(0);
    for d in ["\"", "\n", "\r"] {
        let out = c
            .run_on("2026-07-10", &["due", "--format", "csv", "--delimiter", d])
            .code(2);
        assert!(out.stderr.contains("cannot"), "{d:?}: {}", out.stderr);
    }
    let out = c
        .run_on(
            "2026-07-10",
            &["due", "--all", "--format", "csv", "--delimiter", ","],
        )
        .code(0);
    let rows: Vec<&str> = out.stdout.lines().collect();
    assert!(rows.len() > 1, "{}", out.stdout);
    for row in &rows[1..] {
        assert!(
            row.contains(",sem,\"'=HYPERLINK(\"\"http://example.org\"\",\"\"Sem\"\")\","),
            "{row}"
        );
        // The dates stay dates.
        assert!(
            row.as_bytes()[..10]
                .iter()
                .all(|b| b.is_ascii_digit() || *b == b'-'),
            "{row}"
        );
    }
    let out = c.run_on("2026-07-10", &["list", "--format", "csv"]).code(0);
    assert_has(&out.stdout, ";\"'=HYPERLINK(");
}
