//! Conflict markers left by a merge: reported once per marker line, without the TOML
//! errors they cause, and the other students still listed (issue 10, item 4).

use crate::harness::{Case, assert_has, lisa, sem, student};

/// Sem's file after a merge that could not decide the municipality.
fn conflicted() -> String {
    sem("").replace(
        "municipality = \"Heiloo\"\n",
        "<<<<<<< ours\nmunicipality = \"Heiloo\"\n=======\nmunicipality = \"Bergen\"\n>>>>>>> theirs\n",
    )
}

const HINT: &str = "  hint: keep one side (the lines between <<<<<<< and =======, or between ======= and >>>>>>>) and remove the marker lines\n";

fn case() -> Case {
    Case::new()
        .file("students/sem.toml", &conflicted())
        .file("students/lisa.toml", &lisa(""))
}

/// SPEC.md: "`check` reports each conflict marker (`<<<<<<<`, `=======`, `>>>>>>>`) as
/// `path:line:1: error: unresolved merge conflict` with the hint to keep one side, and
/// does not also report the TOML errors that the markers cause."
#[test]
fn check_reports_each_marker_and_nothing_else() {
    let out = case().run_on("2026-07-15", &["check"]).code(1);
    let want = format!(
        "students/sem.toml:5:1: error: unresolved merge conflict\n{HINT}students/sem.toml:7:1: error: unresolved merge conflict\n{HINT}students/sem.toml:9:1: error: unresolved merge conflict\n{HINT}"
    );
    crate::harness::assert_same(&out.stdout, &want);
}

/// "`due` and `list` report such a file the same way and list the others."
#[test]
fn due_and_list_report_the_markers_and_list_the_others() {
    let c = case();
    let out = c
        .run_on("2026-07-15", &["due", "--format", "json", "--all"])
        .code(1);
    let rows = out.json();
    assert!(rows.as_array().unwrap().iter().all(|r| r["case"] == "lisa"));
    assert!(!rows.as_array().unwrap().is_empty());
    assert_eq!(out.stderr.matches("unresolved merge conflict").count(), 3);
    assert!(!out.stderr.contains("TOML"), "{}", out.stderr);
    let out = c.run_on("2026-07-15", &["list", "--format", "plain"]).code(1);
    assert!(out.stdout.starts_with("lisa"), "{}", out.stdout);
    assert_eq!(out.stdout.lines().count(), 1);
    assert!(
        out.stderr
            .starts_with("students/sem.toml:5:1: error: unresolved merge conflict\n"),
        "{}",
        out.stderr
    );
    // A write refuses the file with the same message.
    let out = c.run_on("2026-07-15", &["log", "sem", "note"]).code(1);
    assert_has(&out.stderr, "sem.toml:5:1: error: unresolved merge conflict");
    // Resolved by keeping one side: all is well again.
    c.write(
        "students/sem.toml",
        &student(
            "sem",
            "Sem de Vries",
            "pro",
            "2008-05-14",
            "2021-08-23",
            "Bergen",
            "",
        ),
    );
    c.run_on("2026-07-15", &["check"]).code(0);
}

/// A note may hold a line of seven `=` inside a multi-line string: that is text, not a
/// marker, and the file reads.
#[test]
fn marker_like_lines_inside_a_note_are_text() {
    let c = Case::new().file(
        "students/sem.toml",
        &sem("\n[[events]]\ndate = 2025-09-15\nkind = \"note\"\nnote = \"\"\"\nverslag\n=======\ngoed gesprek\"\"\"\n"),
    );
    c.run_on("2026-07-15", &["check"]).code(0);
}

/// SPEC.md: "`check` warns, in a git work tree, about `uitstroom.toml` or a student file
/// that git does not track (a clone would lack it)."
#[test]
fn check_warns_about_files_git_does_not_track() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    // Not in git: nothing to say.
    c.run_on("2026-07-15", &["check"]).code(0);
    c.git_cmd(&["init", "-q", "-b", "main"]);
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    let want = "\
students/sem.toml:1:1: warning: git does not track this file, so a clone of the folder lacks it
  hint: commit it: git add students/sem.toml && git commit -m \"add students/sem.toml\"
uitstroom.toml:1:1: warning: git does not track this file, so a clone of the folder lacks it
  hint: commit it: git add uitstroom.toml && git commit -m \"add uitstroom.toml\"
";
    crate::harness::assert_same(&out.stdout, want);
    c.git_cmd(&["add", "uitstroom.toml", "students/sem.toml"]);
    c.git_cmd(&["commit", "-q", "-m", "cases"]);
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    assert_eq!(out.stdout, "");
    // From a subfolder the paths are shown as the user reaches them.
    c.write(
        "archive/old.toml",
        &student("old", "Old", "vso", "2000-01-01", "2013-08-26", "Bergen", ""),
    );
    let out = c.run_with(&c.path("students"), |cmd| {
        cmd.args(["--today", "2026-07-15", "check"]);
    });
    assert!(
        out.stdout
            .starts_with("../archive/old.toml:1:1: warning: git does not track this file"),
        "{}",
        out.stdout
    );
}
