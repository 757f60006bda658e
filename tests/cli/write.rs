//! Writes: `new`, `log`, `done`, `defer`, `waive`, `set` keep every byte of a hand-edited
//! file outside what they change, refuse what would be invalid, and write privately.

use crate::harness::{Case, assert_has, assert_same};

/// A file as a coordinator keeps it: comments, odd spacing, contacts before events.
const COMMENTED: &str = r#"# Sem: stage bij hoveniersbedrijf De Linde
schema = 1
id = "sem"
name   = "Sem de Vries"      # roepnaam
birth_date = 2008-05-14
municipality = "Heiloo"
track = "pro"
profile = "work"             # besproken in MDO
enrolled = 2021-08-23
planned_exit = 2026-07-10    # optional

[contacts]
mentor = "J. Bakker"

[[events]]                   # startgesprek
date = 2025-09-15
kind = "start-meeting"
note = "Uitstroom arbeid in juli."
"#;

fn case() -> Case {
    Case::new().file("students/sem.toml", COMMENTED)
}

#[test]
fn log_appends_and_keeps_every_byte() {
    let c = case();
    let out = c
        .run_on(
            "2026-07-10",
            &[
                "log",
                "sem",
                "exit",
                "destination=work",
                "job_found=false",
                "--note",
                "baan \"nog\" zoeken",
            ],
        )
        .code(0);
    assert!(
        out.stdout.starts_with("log exit for sem on 2026-07-10\n"),
        "{}",
        out.stdout
    );
    // The exit makes the warm handover and the jobcoach assessment due.
    assert_has(&out.stdout, "due: check-in-handover");
    assert_has(&out.stdout, "due: jobcoach-assessment");
    let want = format!(
        "{COMMENTED}\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\ndestination = \"work\"\njob_found = false\nnote = 'baan \"nog\" zoeken'\n"
    );
    assert_same(&c.read("students/sem.toml"), &want);
}

#[test]
fn done_completes_and_is_refused_where_it_would_not() {
    let c = case();
    c.run_on(
        "2026-07-10",
        &["log", "sem", "exit", "destination=day-activities", "benefit=true"],
    )
    .code(0);
    let out = c
        .run_on("2026-07-15", &["done", "sem", "simple-switch-check"])
        .code(0);
    assert_has(&out.stdout, "done: simple-switch-check");
    let before = c.read("students/sem.toml");
    // Nothing open any more: refused, and nothing written.
    let out = c
        .run_on("2026-07-16", &["done", "sem", "simple-switch-check"])
        .code(1);
    assert_has(
        &out.stderr,
        "sem has no open `simple-switch-check` action, so nothing was written",
    );
    assert_eq!(c.read("students/sem.toml"), before);
    // A milestone is not something to do.
    c.run_on("2026-07-16", &["done", "sem", "aftercare-end"]).code(2);
    // Unknown rule: usage error with a suggestion.
    let out = c.run_on("2026-07-16", &["done", "sem", "age18"]).code(2);
    assert_has(&out.stderr, "did you mean `age-18`?");
}

/// A `done` dated before the action opens would not complete it: refused with the date.
/// (`ww-check` opens on the job loss; the exit exception is for what an exit triggers.)
#[test]
fn done_before_the_window_is_refused() {
    let c = case();
    let out = c
        .run_on(
            "2026-07-01",
            &["log", "sem", "exit", "destination=work", "job_found=true"],
        )
        .code(0);
    assert_has(&out.stdout, "due: jobcoach-assessment");
    c.run_on("2026-08-20", &["log", "sem", "job-lost", "--date", "2026-08-10"])
        .code(0);
    let before = c.read("students/sem.toml");
    let out = c
        .run_on("2026-08-20", &["done", "sem", "ww-check", "--date", "2026-08-05"])
        .code(1);
    assert_has(&out.stderr, "which opens 2026-08-10");
    assert_eq!(c.read("students/sem.toml"), before);
}

/// The Doorstroompunt's list for the next 60 days, on 2026-08-10.
fn doorstroompunt_due(c: &Case) -> crate::harness::Out {
    let args = [
        "due",
        "--within",
        "60d",
        "--format",
        "json",
        "--owner",
        "doorstroompunt",
    ];
    c.run_on("2026-08-10", &args).code(0)
}

#[test]
fn defer_and_waive() {
    let c = case();
    c.run_on("2026-07-01", &["log", "sem", "exit", "destination=education"])
        .code(0);
    c.run_on(
        "2026-07-20",
        &[
            "defer",
            "sem",
            "summer-enrolment-check",
            "--until",
            "2026-09-15",
            "--reason",
            "opleiding start later",
        ],
    )
    .code(0);
    let out = doorstroompunt_due(&c);
    assert_eq!(out.json()[0]["due"], "2026-09-15");
    c.run_on(
        "2026-08-10",
        &[
            "waive",
            "sem",
            "summer-enrolment-check",
            "--reason",
            "verhuisd naar Groningen",
        ],
    )
    .code(0);
    let out = doorstroompunt_due(&c);
    assert_eq!(out.stdout, "[]\n");
    let out = c.run_on("2026-08-10", &["show", "sem"]).code(0);
    assert_has(&out.stdout, "waived on 2026-08-10: verhuisd naar Groningen");
}

#[test]
fn log_rejects_bad_fields_with_hints() {
    let c = case();
    let out = c
        .run_on("2026-07-10", &["log", "sem", "exit", "destination=wrok"])
        .code(2);
    assert_has(
        &out.stderr,
        "unknown destination `wrok`\n  hint: did you mean `work`?",
    );
    let out = c.run_on("2026-07-10", &["log", "sem", "handover"]).code(2);
    assert_has(&out.stderr, "a `handover` event needs `to`");
    let out = c.run_on("2026-07-10", &["log", "sem", "start-meting"]).code(2);
    assert_has(&out.stderr, "did you mean `start-meeting`?");
    c.run_on("2026-07-10", &["log", "nobody", "note"]).code(2);
    assert_eq!(c.read("students/sem.toml"), COMMENTED);
}

/// `set` changes one value and keeps the comment on its line and everything else.
#[test]
fn set_keeps_comments_and_order() {
    let c = case();
    c.run_on("2026-07-10", &["set", "sem", "planned_exit", "2027-07-09"])
        .code(0);
    assert_same(
        &c.read("students/sem.toml"),
        &COMMENTED.replace("planned_exit = 2026-07-10", "planned_exit = 2027-07-09"),
    );
    c.run_on("2026-07-10", &["set", "sem", "school", "Praktijkschool Focus"])
        .code(0);
    // A new field gets its own line in SPEC.md's order (after municipality, before track).
    assert_same(
        &c.read("students/sem.toml"),
        &COMMENTED
            .replace("planned_exit = 2026-07-10", "planned_exit = 2027-07-09")
            .replace(
                "municipality = \"Heiloo\"\n",
                "municipality = \"Heiloo\"\nschool = \"Praktijkschool Focus\"\n",
            ),
    );
    // A value the field does not take is wrong usage, refused before the file is read.
    let text = c.read("students/sem.toml");
    let out = c.run_on("2026-07-10", &["set", "sem", "track", "mbo"]).code(2);
    assert_has(&out.stderr, "unknown track `mbo`");
    assert_eq!(c.read("students/sem.toml"), text);
    c.run_on("2026-07-10", &["set", "sem", "birth_date", "2008-02-30"])
        .code(2);
    c.run_on("2026-07-10", &["set", "sem", "id", "x"]).code(2);
}

#[test]
fn new_writes_a_valid_private_file_and_refuses_existing_or_invalid_ids() {
    let c = Case::new();
    let args = [
        "new",
        "focus-2022-0137",
        "--name",
        "Sem de Vries",
        "--birth-date",
        "2008-05-14",
        "--track",
        "pro",
        "--enrolled",
        "2021-08-23",
        "--municipality",
        "Heiloo",
        "--school",
        "Praktijkschool Focus",
    ];
    c.run_on("2026-07-10", &args).code(0);
    assert_eq!(
        c.read("students/focus-2022-0137.toml"),
        "schema = 1\nid = \"focus-2022-0137\"\nname = \"Sem de Vries\"\nbirth_date = 2008-05-14\nmunicipality = \"Heiloo\"\nschool = \"Praktijkschool Focus\"\ntrack = \"pro\"\nenrolled = 2021-08-23\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(c.path("students/focus-2022-0137.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let out = c.run_on("2026-07-10", &args).code(1);
    assert_has(&out.stderr, "exists already");
    let mut bad = args;
    bad[1] = "Focus 2022";
    c.run_on("2026-07-10", &bad).code(2);
    let mut bad_date = args;
    bad_date[5] = "2008-02-30";
    let out = c.run_on("2026-07-10", &bad_date).code(2);
    assert_has(&out.stderr, "not a date");
}

/// Two writers at once: the lock serialises them and no update is lost.
#[test]
fn concurrent_logs_lose_nothing() {
    let c = case();
    let handles: Vec<_> = (0..8)
        .map(|i| {
            let dir = c.dir.path().to_path_buf();
            std::thread::spawn(move || {
                std::process::Command::new(crate::harness::BIN)
                    .args([
                        "--dir",
                        dir.to_str().unwrap(),
                        "--today",
                        "2026-07-10",
                        "log",
                        "sem",
                        "note",
                        "--note",
                        &format!("n{i}"),
                    ])
                    .env("GIT_CONFIG_GLOBAL", "/dev/null")
                    .output()
                    .unwrap()
            })
        })
        .collect();
    for h in handles {
        assert!(h.join().unwrap().status.success());
    }
    let text = c.read("students/sem.toml");
    for i in 0..8 {
        assert!(text.contains(&format!("note = \"n{i}\"")), "{text}");
    }
    assert!(text.starts_with(COMMENTED));
}

/// `edit` with an editor that changes the planned exit: validated, saved, the rest kept.
#[test]
fn edit_saves_a_valid_change() {
    let c = case();
    c.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/planned_exit = 2026-07-10/planned_exit = 2027-07-09/' \"$1\"\n",
    );
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", "2026-07-10")
            .env("EDITOR", format!("sh {}", c.path("editor.sh").display()))
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_same(
        &c.read("students/sem.toml"),
        &COMMENTED.replace("planned_exit = 2026-07-10", "planned_exit = 2027-07-09"),
    );
}

/// An edit that breaks the file is reported with its place and not saved.
#[test]
fn edit_refuses_an_invalid_file() {
    let c = case();
    c.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/track = \"pro\"/track = \"mbo\"/' \"$1\"\n",
    );
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", "2026-07-10")
            .env("EDITOR", format!("sh {}", c.path("editor.sh").display()))
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 1);
    assert_has(&out.stderr, "students/sem.toml:7:9: error: unknown track `mbo`");
    assert_eq!(c.read("students/sem.toml"), COMMENTED);
    // No draft is left behind.
    assert_eq!(std::fs::read_dir(c.path("students")).unwrap().count(), 1);
}

/// SPEC.md, "Writes": "A write whose event is dated before the file's last event
/// (`log … --date` of something that happened last week) inserts its block after the
/// last event dated on or before it, as text, leaving every other byte as it was; events
/// of the same date keep the order in which they were written." Issue 10, item 1.
#[test]
fn events_dated_earlier_are_inserted_in_date_order_byte_for_byte() {
    let c = case();
    c.run_on("2026-07-10", &["log", "sem", "exit", "destination=work"])
        .code(0);
    let after_exit = c.read("students/sem.toml");
    // Something that happened in May, logged in July.
    c.run_on(
        "2026-07-10",
        &["log", "sem", "spring-review", "--date", "2026-05-01"],
    )
    .code(0);
    let spring = "[[events]]\ndate = 2026-05-01\nkind = \"spring-review\"\n\n";
    let exit_at = after_exit.rfind("[[events]]\ndate = 2026-07-10").unwrap();
    let mut want = after_exit.clone();
    want.insert_str(exit_at, spring);
    assert_same(&c.read("students/sem.toml"), &want);
    // A second event of that date goes after the first one of it; `done`, `defer` and
    // `waive` are placed the same way.
    c.run_on(
        "2026-07-10",
        &["log", "sem", "note", "--date", "2026-05-01", "--note", "tweede"],
    )
    .code(0);
    c.run_on(
        "2026-07-12",
        &[
            "waive",
            "sem",
            "jobcoach-assessment",
            "--reason",
            "werkgever begeleidt zelf",
            "--date",
            "2026-07-10",
        ],
    )
    .code(0);
    let text = c.read("students/sem.toml");
    let order: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("kind = ")).collect();
    assert_eq!(
        order,
        [
            "\"start-meeting\"",
            "\"spring-review\"",
            "\"note\"",
            "\"exit\"",
            "\"waived\""
        ]
    );
    assert!(text.starts_with(COMMENTED), "{text}");
    c.run_on("2026-07-12", &["check"]).code(0);
}

/// A Windows file keeps its CRLF line ends and its byte order mark when an event is
/// placed between others.
#[test]
fn inserted_events_keep_crlf_and_bom() {
    let crlf = format!("\u{feff}{}", COMMENTED.replace('\n', "\r\n"));
    let c = Case::new().file("students/sem.toml", &crlf);
    c.run_on(
        "2026-07-10",
        &["log", "sem", "register-discussed", "--date", "2025-09-01"],
    )
    .code(0);
    let want = crlf.replace(
        "[[events]]                   # startgesprek",
        "[[events]]\r\ndate = 2025-09-01\r\nkind = \"register-discussed\"\r\n\r\n[[events]]                   # startgesprek",
    );
    assert_same(&c.read("students/sem.toml"), &want);
}
