//! The merge driver through git itself, `git-setup`, and `init --git` (issue 10, item 2).

use crate::harness::{BIN, Case, NEW_SEM, assert_has, assert_same};

/// SPEC.md: "`init` writes `.gitattributes` with `students/*.toml merge=uitstroom` and
/// `archive/*.toml merge=uitstroom`, and a `.gitignore`. `init --git` also runs `git
/// init`; in a git work tree `init` commits what it wrote (one commit)."
#[test]
fn init_git_makes_a_repository_with_one_commit_and_the_driver() {
    let c = Case::new();
    let out = c.run_on("2026-07-15", &["init", "--git", "regio"]).code(0);
    assert_has(&out.stdout, "made it a git repository");
    assert_eq!(
        c.read("regio/.gitattributes"),
        "# written by uitstroom: case files are merged by event and field (uitstroom git-setup)\nstudents/*.toml merge=uitstroom\narchive/*.toml merge=uitstroom\n"
    );
    let git = |args: &[&str]| {
        let o = std::process::Command::new("git")
            .arg("-C")
            .arg(c.path("regio"))
            .args(args)
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    assert_eq!(
        git(&["log", "--format=%s", "--name-only"]),
        "uitstroom: init\n\n.gitattributes\n.gitignore\nuitstroom.toml\n"
    );
    assert_eq!(git(&["status", "--porcelain"]), "");
    // Tests run the binary from target/, not from PATH: the driver names its path.
    assert_eq!(
        git(&["config", "merge.uitstroom.driver"]),
        format!("{BIN} merge-file %O %A %B %P\n")
    );
    assert_eq!(
        git(&[
            "check-attr",
            "merge",
            "students/a.toml",
            "archive/b.toml",
            "uitstroom.toml"
        ]),
        "students/a.toml: merge: uitstroom\narchive/b.toml: merge: uitstroom\nuitstroom.toml: merge: unspecified\n"
    );
    // A folder made inside an existing work tree is committed there too.
    let c = Case::with_git();
    c.run_on("2026-07-15", &["init", "sub"]).code(0);
    assert_eq!(c.git_cmd(&["log", "-1", "--format=%s"]), "uitstroom: init\n");
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
}

/// Two branches that each log an event for the same student, and one that changes a
/// field: `git merge` runs the driver, and the merge is clean, in date order.
#[test]
fn git_merges_case_files_through_the_driver() {
    let c = Case::with_git();
    c.run_on("2026-07-15", &["git-setup"]).code(0);
    c.run_on("2026-07-15", &NEW_SEM).code(0);
    c.run_on(
        "2026-07-15",
        &["log", "sem", "start-meeting", "--date", "2025-09-15"],
    )
    .code(0);
    c.git_cmd(&["checkout", "-q", "-b", "other"]);
    c.run_on(
        "2026-07-15",
        &["log", "sem", "note", "--date", "2026-03-01", "--note", "B"],
    )
    .code(0);
    c.run_on("2026-07-15", &["set", "sem", "municipality", "Bergen"])
        .code(0);
    c.git_cmd(&["checkout", "-q", "main"]);
    c.run_on(
        "2026-07-15",
        &["log", "sem", "note", "--date", "2026-05-01", "--note", "A"],
    )
    .code(0);
    c.git_cmd(&["merge", "-q", "--no-edit", "other"]);
    let text = c.read("students/sem.toml");
    let notes: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("note = ") || l.starts_with("kind = "))
        .collect();
    assert_eq!(
        notes,
        [
            "kind = \"start-meeting\"",
            "kind = \"note\"",
            "note = \"B\"",
            "kind = \"note\"",
            "note = \"A\""
        ]
    );
    assert!(text.contains("municipality = \"Bergen\"\n"), "{text}");
    c.run_on("2026-07-15", &["check"]).code(0);
}

/// The same field changed on both branches: the driver leaves markers around that line
/// only, git reports the conflict, and `check` names each marker.
#[test]
fn a_real_conflict_is_marked_around_the_line() {
    let c = Case::with_git();
    c.run_on("2026-07-15", &["git-setup"]).code(0);
    c.run_on("2026-07-15", &NEW_SEM).code(0);
    c.git_cmd(&["checkout", "-q", "-b", "other"]);
    c.run_on("2026-07-15", &["set", "sem", "municipality", "Bergen"])
        .code(0);
    c.git_cmd(&["checkout", "-q", "main"]);
    c.run_on("2026-07-15", &["set", "sem", "municipality", "Alkmaar"])
        .code(0);
    c.run_on("2026-07-15", &["log", "sem", "note", "--note", "ook"])
        .code(0);
    let out = c.git_try(&["merge", "--no-edit", "other"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("students/sem.toml: 1 conflict left between <<<<<<< and >>>>>>>"),
        "{err}"
    );
    let want = "schema = 1\nid = \"sem\"\nname = \"Sem de Vries\"\nbirth_date = 2008-05-14\n<<<<<<< ours\nmunicipality = \"Alkmaar\"\n=======\nmunicipality = \"Bergen\"\n>>>>>>> theirs\ntrack = \"pro\"\nenrolled = 2021-08-23\n\n[[events]]\ndate = 2026-07-15\nkind = \"note\"\nnote = \"ook\"\n";
    assert_same(&c.read("students/sem.toml"), want);
    let out = c.run_on("2026-07-15", &["check"]).code(1);
    assert_eq!(out.stdout.matches("error: unresolved merge conflict").count(), 3);
}

/// The driver called as git calls it: the result is written to OURS; a version that is
/// not a student file is merged line by line by git.
#[test]
fn merge_file_writes_ours_and_falls_back_to_git_for_other_files() {
    let c = Case::new();
    let sem = crate::harness::student("sem", "Sem", "pro", "2008-05-14", "2021-08-23", "Heiloo", "");
    let ev = |d: &str| format!("\n[[events]]\ndate = {d}\nkind = \"note\"\n");
    c.write("base", &sem);
    c.write("ours", &format!("{sem}{}", ev("2026-05-01")));
    c.write("theirs", &format!("{sem}{}", ev("2026-04-01")));
    let out = c
        .run_on(
            "2026-07-15",
            &["merge-file", "base", "ours", "theirs", "students/sem.toml"],
        )
        .code(0);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
    assert_eq!(
        c.read("ours"),
        format!("{sem}{}{}", ev("2026-04-01"), ev("2026-05-01"))
    );
    // Not a student file: git's line merge, with git's markers and exit status.
    c.write("base", "a\nb\nc\n");
    c.write("ours", "a\nB\nc\n");
    c.write("theirs", "a\nb2\nc\n");
    let out = c
        .run_on(
            "2026-07-15",
            &["merge-file", "base", "ours", "theirs", "students/x.toml"],
        )
        .code(1);
    assert_has(
        &out.stderr,
        "students/x.toml: ours is not a valid student file; git merges it line by line",
    );
    assert_eq!(
        c.read("ours"),
        "a\n<<<<<<< ours\nB\n=======\nb2\n>>>>>>> theirs\nc\n"
    );
    c.write("ours", "a\nB\nc\n");
    c.write("theirs", "a\nb\nc\nd\n");
    c.run_on("2026-07-15", &["merge-file", "base", "ours", "theirs", "x"])
        .code(0);
    assert_eq!(c.read("ours"), "a\nB\nc\nd\n");
}

/// `git-setup` in a folder made before the driver existed: it registers the driver,
/// adds the lines to .gitattributes and commits them; again, it has nothing to do.
#[test]
fn git_setup_adds_the_driver_to_an_older_folder() {
    let c = Case::with_git().file(".gitattributes", "*.pdf binary");
    c.git_cmd(&["add", ".gitattributes"]);
    c.git_cmd(&["commit", "-q", "-m", "attributes"]);
    let out = c.run_on("2026-07-15", &["git-setup"]).code(0);
    assert_eq!(
        out.stdout,
        format!(
            "registered the merge driver for case files: merge.uitstroom.driver = {BIN} merge-file %O %A %B %P\n.gitattributes sends case files to the merge driver\n"
        )
    );
    assert_eq!(
        c.read(".gitattributes"),
        "*.pdf binary\n# written by uitstroom: case files are merged by event and field (uitstroom git-setup)\nstudents/*.toml merge=uitstroom\narchive/*.toml merge=uitstroom\n"
    );
    assert_eq!(
        c.git_cmd(&["log", "-1", "--format=%s"]),
        "uitstroom: git-setup (merge driver for case files)\n"
    );
    let out = c.run_on("2026-07-15", &["git-setup"]).code(0);
    assert_eq!(out.stdout, "the merge driver for case files is set up already\n");
    // Outside git: a usage error that says what to do.
    let out = Case::new().run_on("2026-07-15", &["git-setup"]).code(2);
    assert_has(&out.stderr, "not in git");
}
