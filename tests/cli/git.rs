//! Git: one commit per change, of exactly the paths written, naming the command, case
//! and event — never the student's name or notes.

use crate::harness::{Case, NEW_SEM, student};

#[test]
fn each_change_is_one_commit_of_its_path() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    c.run_on(
        "2026-07-10",
        &[
            "log",
            "sem",
            "exit",
            "destination=work",
            "job_found=true",
            "--note",
            "geheim",
        ],
    )
    .code(0);
    let log = c.git_cmd(&["log", "--format=%s", "--name-only"]);
    assert_eq!(
        log,
        "uitstroom: log exit sem\n\nstudents/sem.toml\nuitstroom: new sem\n\nstudents/sem.toml\nstart\n\nuitstroom.toml\n"
    );
    assert!(!log.contains("Sem de Vries") && !log.contains("geheim"));
}

#[test]
fn unrelated_staged_changes_are_not_committed() {
    let c = Case::with_git().file(
        "students/sem.toml",
        &student("sem", "Sem", "pro", "2008-05-14", "2021-08-23", "Heiloo", ""),
    );
    c.git_cmd(&["add", "students/sem.toml"]);
    c.git_cmd(&["commit", "-q", "-m", "add sem"]);
    c.write("notes.txt", "x");
    c.git_cmd(&["add", "notes.txt"]);
    let out = c.run_on("2026-07-10", &["log", "sem", "note"]).code(0);
    assert!(
        out.stderr.contains("did not commit it: other changes are staged"),
        "{}",
        out.stderr
    );
    assert_eq!(c.git_cmd(&["log", "-1", "--format=%s"]), "add sem\n");
}

#[test]
fn auto_commit_can_be_turned_off() {
    let c = Case::with_git().file("uitstroom.toml", "[git]\nauto_commit = false\n");
    c.run_on(
        "2026-07-10",
        &[
            "new",
            "a",
            "--name",
            "A",
            "--birth-date",
            "2008-05-14",
            "--track",
            "vso",
            "--enrolled",
            "2021-08-23",
        ],
    )
    .code(0);
    assert_eq!(c.git_cmd(&["log", "-1", "--format=%s"]), "start\n");
}

/// `history` lists the case's commits; `undo` reverts the newest change of the tool,
/// and a second `undo` the one before it.
#[test]
fn history_and_undo() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    c.run_on("2026-07-10", &["log", "sem", "exit", "destination=work"])
        .code(0);
    c.run_on("2026-07-11", &["log", "sem", "jobcoach-assessed", "needed=false"])
        .code(0);
    let out = c.run_on("2026-07-11", &["history", "sem"]).code(0);
    let subjects: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit("  ").next().unwrap())
        .collect();
    assert_eq!(
        subjects,
        [
            "uitstroom: log jobcoach-assessed sem",
            "uitstroom: log exit sem",
            "uitstroom: new sem"
        ]
    );
    let with_assessment = c.read("students/sem.toml");
    let out = c.run_on("2026-07-11", &["undo"]).code(0);
    assert_eq!(out.stdout, "undid: log jobcoach-assessed sem\n");
    assert!(!c.read("students/sem.toml").contains("jobcoach-assessed"));
    c.run_on("2026-07-11", &["undo"]).code(0);
    assert!(!c.read("students/sem.toml").contains("exit"));
    assert!(with_assessment.starts_with(&c.read("students/sem.toml")));
}

#[test]
fn archive_moves_only_ended_cases() {
    let ended = student(
        "old",
        "Old",
        "vso",
        "2000-01-01",
        "2013-08-26",
        "Bergen",
        "profile = \"work\"\n\n[[events]]\ndate = 2019-07-05\nkind = \"exit\"\ndestination = \"work\"\ndiploma = \"vso\"\n",
    );
    let c = Case::with_git().file("students/old.toml", &ended).file(
        "students/sem.toml",
        &student("sem", "Sem", "pro", "2008-05-14", "2021-08-23", "Heiloo", ""),
    );
    c.git_cmd(&["add", "students"]);
    c.git_cmd(&["commit", "-q", "-m", "cases"]);
    let out = c.run_on("2026-07-10", &["archive", "sem"]).code(1);
    assert!(out.stderr.contains("phase school"), "{}", out.stderr);
    let out = c.run_on("2026-07-10", &["archive", "--ended"]).code(0);
    assert_eq!(out.stdout, "archived old\n");
    assert!(c.path("archive/old.toml").is_file() && !c.path("students/old.toml").exists());
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    // Still found by show, no longer listed.
    c.run_on("2026-07-10", &["show", "old"]).code(0);
    let out = c.run_on("2026-07-10", &["list", "--format", "json"]).code(0);
    assert_eq!(out.json().as_array().unwrap().len(), 1);
}
