//! `check`: every problem of every file, each as `path:line:col: severity: message` with
//! a hint; exit 1 with errors, 0 with only warnings, silent when all is well.

use crate::harness::{Case, student};

#[test]
fn silent_and_zero_when_all_is_well() {
    let c = crate::due::two_students();
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
}

#[test]
fn reports_all_problems_of_all_files() {
    let c = Case::new()
        .file(
            "students/a.toml",
            "schema = 1\nid = \"a\"\nnaam = \"A\"\nbirth_date = \"2008-05-14\"\ntrack = \"pro\"\nenrolled = 2021-08-23\n",
        )
        .file("students/b.toml", &student("b", "B", "pro", "2008-05-14", "2021-08-23", "Heerhugowaard", "\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\n"))
        .file("students/c.toml", &student("x", "C", "entree", "2008-05-14", "2025-08-25", "Alkmaar", ""))
        .file("archive/x.toml", &student("x", "X", "entree", "2008-05-14", "2024-08-26", "Alkmaar", ""));
    let out = c.run_on("2026-07-15", &["check"]).code(1);
    let want = "\
archive/x.toml:2:6: error: id `x` is used by students/c.toml too
  hint: each case has one file; give one of them another id (and file name)
students/a.toml:3:1: error: unknown key `naam` in a student file
  hint: did you mean `name`?
students/a.toml:4:14: error: `birth_date` must be a date, not a string
  hint: write the date without quotes: birth_date = 2008-05-14
students/b.toml:5:16: warning: Heerhugowaard is a former municipality, part of Dijk en Waard since 1 January 2022
  hint: write municipality = \"Dijk en Waard\"
students/b.toml:12:8: error: an exit without destination
  hint: add `destination = \"work\"` (or `sheltered-work`, `practical-learning`, `education`, `day-activities`, `none`)
students/c.toml:2:6: error: the id `x` differs from the file name `c.toml`
  hint: rename the file to x.toml, or write id = \"c\"
students/c.toml:2:6: error: id `x` is used by archive/x.toml too
  hint: each case has one file; give one of them another id (and file name)
";
    crate::harness::assert_same(&out.stdout, want);
}

#[test]
fn warnings_only_exit_zero_and_json() {
    let c = Case::new().file(
        "students/h.toml",
        &student("h", "H", "pro", "2008-05-14", "2021-08-23", "Hoorn", ""),
    );
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    assert!(
        out.stdout
            .starts_with("students/h.toml:5:16: warning: Hoorn is outside the Route Arbeid region"),
        "{}",
        out.stdout
    );
    let out = c.run_on("2026-07-15", &["check", "--format", "json"]).code(0);
    let v = out.json();
    assert_eq!(v[0]["severity"], "warning");
    assert_eq!(v[0]["line"], 5);
    assert_eq!(v[0]["col"], 16);
}

#[test]
fn future_schema_is_refused_clearly() {
    let c = Case::new().file("students/f.toml", "schema = 2\nid = \"f\"\n");
    let out = c.run_on("2026-07-15", &["check"]).code(1);
    assert_eq!(
        out.stdout,
        "students/f.toml:1:10: error: schema 2 is newer than this uitstroom reads (schema 1)\n  hint: upgrade uitstroom to read this file\n"
    );
}

#[test]
fn broken_settings_stop_with_their_place() {
    let c = Case::new().file("uitstroom.toml", "[calendar]\nspring_by = \"05-32\"\n");
    let out = c.run_on("2026-07-15", &["check"]).code(1);
    assert_eq!(
        out.stderr,
        "uitstroom.toml:2:13: error: `calendar.spring_by` must be a day of the year as \"MM-DD\"\n  hint: write it as spring_by = \"05-31\"\n"
    );
}

/// SPEC.md, "Privacy and retention": "`check` warns about student files that others can
/// read". A few open files are named one by one; a folder full of them (a clone made
/// without `umask 077`) is one warning with the command that mends them all, so that the
/// problems that differ per file stay in sight.
#[cfg(unix)]
#[test]
fn open_files_one_by_one_and_a_folder_full_as_one() {
    use std::os::unix::fs::PermissionsExt;
    let open = |c: &Case, ids: &[&str]| {
        for id in ids {
            let p = c.path(&format!("students/{id}.toml"));
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    };
    let mut c = Case::new();
    let ids = ["a", "b", "c", "d", "e"];
    for id in ids {
        c = c.file(
            &format!("students/{id}.toml"),
            &student(id, "A", "pro", "2008-05-14", "2021-08-23", "Alkmaar", ""),
        );
    }
    open(&c, &ids[..2]);
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    let warnings: Vec<&str> = out.stdout.lines().filter(|l| l.contains(": warning: ")).collect();
    assert_eq!(warnings.len(), 2, "{}", out.stdout);
    assert!(
        warnings[0]
            .starts_with("students/a.toml:1:1: warning: the group and others can read this file (mode 644)")
    );
    assert!(warnings[1].starts_with("students/b.toml:1:1: warning: "));

    open(&c, &ids);
    let out = c.run_on("2026-07-15", &["check"]).code(0);
    crate::harness::assert_same(
        &out.stdout,
        "students/a.toml:1:1: warning: this file and 4 other case files in students are open to the group or others (mode 644 here); a case file is for its coordinators only\n  hint: make them private: chmod -R go-rwx students (and umask 077 before cloning)\n",
    );
    let json = c
        .run_on("2026-07-15", &["check", "--format", "json"])
        .code(0)
        .json();
    assert_eq!(json[0]["code"], "open-mode");
}
