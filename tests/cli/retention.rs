//! `retention [--delete]` (issue 10, item 8; SPEC.md, "Privacy and retention").

use crate::harness::{Case, assert_has, student};
use std::time::{Duration, SystemTime};

/// Archived cases: one whose last event is in 2019, one of 2021-07-15 (exactly five years
/// before "today"), one without events enrolled in 2013, and one that is recent.
fn archive(c: Case) -> Case {
    let ev = |d: &str| {
        format!("\n[[events]]\ndate = {d}\nkind = \"exit\"\ndestination = \"work\"\ndiploma = \"vso\"\n")
    };
    c.file(
        "archive/old.toml",
        &student(
            "old",
            "Oud Geval",
            "vso",
            "2000-01-01",
            "2013-08-26",
            "Bergen",
            &ev("2019-07-05"),
        ),
    )
    .file(
        "archive/edge.toml",
        &student(
            "edge",
            "Rand Geval",
            "vso",
            "2002-01-01",
            "2015-08-24",
            "Bergen",
            &ev("2021-07-15"),
        ),
    )
    .file(
        "archive/bare.toml",
        &student(
            "bare",
            "Kaal Geval",
            "pro",
            "1999-01-01",
            "2013-08-26",
            "Bergen",
            "",
        ),
    )
    .file(
        "archive/new.toml",
        &student(
            "new",
            "Nieuw Geval",
            "pro",
            "2005-01-01",
            "2018-08-20",
            "Bergen",
            &ev("2023-07-07"),
        ),
    )
}

/// 2024-03-02 12:00 UTC, as a file time.
fn march_2024() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_709_380_800)
}

/// SPEC.md: "`uitstroom retention` lists archived cases whose last event is older than
/// that (id, last event, archived since)". Outside git, "archived since" is the file's
/// time, and says so; names never appear.
#[test]
fn lists_cases_past_the_period_with_the_file_time_outside_git() {
    let c = archive(Case::new());
    for id in ["old", "edge", "bare", "new"] {
        std::fs::File::options()
            .write(true)
            .open(c.path(&format!("archive/{id}.toml")))
            .unwrap()
            .set_modified(march_2024())
            .unwrap();
    }
    let out = c.run_on("2026-07-15", &["retention"]).code(0);
    assert_eq!(
        out.stdout,
        "\
2 archived cases with a last event more than 5 years old:
  ID    LAST EVENT                  ARCHIVED SINCE
  bare  none (enrolled 2013-08-26)  2024-03-02 (file time)
  old   2019-07-05                  2024-03-02 (file time)
"
    );
    assert!(!out.stdout.contains("Geval"));
    // One day later the case of exactly five years is past it too.
    let out = c.run_on("2026-07-16", &["retention"]).code(0);
    assert_has(&out.stdout, "\n  edge  2021-07-15");
    // `[privacy] retention_years` sets the period.
    c.write("uitstroom.toml", "[privacy]\nretention_years = 10\n");
    let out = c.run_on("2026-07-16", &["retention"]).code(0);
    assert_eq!(
        out.stdout,
        "1 archived case with a last event more than 10 years old:\n  ID    LAST EVENT                  ARCHIVED SINCE\n  bare  none (enrolled 2013-08-26)  2024-03-02 (file time)\n"
    );
    c.write("uitstroom.toml", "[privacy]\nretention_years = 20\n");
    let out = c.run_on("2026-07-16", &["retention"]).code(0);
    assert_eq!(
        out.stdout,
        "no archived case has a last event more than 20 years old\n"
    );
}

/// In git, "archived since" is the date of the commit that moved the file to archive/;
/// `--delete --yes` deletes them in one commit whose message names no one.
#[test]
fn in_git_archived_since_comes_from_git_and_delete_is_one_commit() {
    let c = archive(Case::with_git());
    c.git_cmd(&["add", "archive"]);
    c.git_cmd(&["commit", "-q", "-m", "archive", "--date", "2024-03-02T10:00:00"]);
    // A case archived later by the tool, on a given date.
    c.write(
        "students/late.toml",
        &student(
            "late",
            "Laat Geval",
            "vso",
            "2000-01-01",
            "2013-08-26",
            "Bergen",
            "\n[[events]]\ndate = 2020-07-03\nkind = \"exit\"\ndestination = \"work\"\ndiploma = \"vso\"\n",
        ),
    );
    c.git_cmd(&["add", "students"]);
    c.git_cmd(&["commit", "-q", "-m", "late"]);
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("GIT_AUTHOR_DATE", "2025-01-06T09:00:00")
            .args(["--today", "2026-07-15", "archive", "late"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = c.run_on("2026-07-15", &["retention"]).code(0);
    assert_eq!(
        out.stdout,
        "\
3 archived cases with a last event more than 5 years old:
  ID    LAST EVENT                  ARCHIVED SINCE
  bare  none (enrolled 2013-08-26)  2024-03-02 (git)
  late  2020-07-03                  2025-01-06 (git)
  old   2019-07-05                  2024-03-02 (git)
"
    );
    // Without a terminal to ask on and without --yes: nothing is deleted.
    let out = c.run_on("2026-07-15", &["retention", "--delete"]).code(2);
    assert_has(&out.stderr, "add --yes");
    assert!(c.path("archive/old.toml").exists());

    let out = c
        .run_on("2026-07-15", &["retention", "--delete", "--yes"])
        .code(0);
    assert!(out.stdout.ends_with("deleted 3 cases\n"), "{}", out.stdout);
    assert_has(&out.stderr, "git's history still holds them");
    for id in ["bare", "late", "old"] {
        assert!(!c.path(&format!("archive/{id}.toml")).exists(), "{id}");
    }
    assert!(c.path("archive/edge.toml").exists() && c.path("archive/new.toml").exists());
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    assert_eq!(
        c.git_cmd(&["log", "-1", "--format=%s%n%b", "--name-status"]),
        "uitstroom: retention --delete (3 cases)\n\n\nD\tarchive/bare.toml\nD\tarchive/late.toml\nD\tarchive/old.toml\n"
    );
    let out = c.run_on("2026-07-15", &["retention"]).code(0);
    assert_eq!(
        out.stdout,
        "no archived case has a last event more than 5 years old\n"
    );
}

/// A file in archive/ that does not read is reported (exit 1), never deleted.
#[test]
fn an_unreadable_archived_file_is_reported_not_deleted() {
    let c = archive(Case::new()).file("archive/kapot.toml", "schema = 1\nid = \n");
    let out = c
        .run_on("2026-07-15", &["retention", "--delete", "--yes"])
        .code(1);
    assert_has(&out.stderr, "archive/kapot.toml:2:");
    assert!(c.path("archive/kapot.toml").exists());
    assert!(!c.path("archive/old.toml").exists());
}
