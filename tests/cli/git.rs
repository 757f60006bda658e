//! Git: one commit per change, of exactly the paths written, naming the command, case
//! and event — never the student's name or notes.

use crate::harness::{Case, student};

#[test]
fn each_change_is_one_commit_of_its_path() {
    let c = Case::with_git();
    c.run_on(
        "2026-07-10",
        &[
            "new",
            "sem",
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
        ],
    )
    .code(0);
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
