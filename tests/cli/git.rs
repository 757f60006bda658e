//! Git: one commit per change, of exactly the paths written, naming the command, case
//! and event — never the student's name or notes.

use crate::harness::{Case, NEW_SEM, assert_has, student};

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
    assert_has(&out.stderr, "did not commit it: other changes are staged");
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

/// A VSO student `id` who left for work in 2019: ended (over 23) by 2026.
fn ended(id: &str) -> String {
    student(
        id,
        "Old",
        "vso",
        "2000-01-01",
        "2013-08-26",
        "Bergen",
        "profile = \"work\"\n\n[[events]]\ndate = 2019-07-05\nkind = \"exit\"\ndestination = \"work\"\ndiploma = \"vso\"\n",
    )
}

#[test]
fn archive_moves_only_ended_cases() {
    let c = Case::with_git().file("students/old.toml", &ended("old")).file(
        "students/sem.toml",
        &student("sem", "Sem", "pro", "2008-05-14", "2021-08-23", "Heiloo", ""),
    );
    c.git_cmd(&["add", "students"]);
    c.git_cmd(&["commit", "-q", "-m", "cases"]);
    let out = c.run_on("2026-07-10", &["archive", "sem"]).code(1);
    assert_has(&out.stderr, "phase school");
    let out = c.run_on("2026-07-10", &["archive", "--ended"]).code(0);
    assert_eq!(out.stdout, "archived old\n");
    assert!(c.path("archive/old.toml").is_file() && !c.path("students/old.toml").exists());
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    // Still found by show, no longer listed.
    c.run_on("2026-07-10", &["show", "old"]).code(0);
    let out = c.run_on("2026-07-10", &["list", "--format", "json"]).code(0);
    assert_eq!(out.json().as_array().unwrap().len(), 1);
}

/// `archive --ended` moves all ended cases or none: one that is in archive/ already stops
/// it before anything moved, and the folder stays as it was (and committed).
#[test]
fn archive_ended_moves_all_or_none() {
    let c = Case::with_git()
        .file("students/old-a.toml", &ended("old-a"))
        .file("students/old-b.toml", &ended("old-b"))
        .file("archive/old-b.toml", &ended("old-b"));
    c.git_cmd(&["add", "students", "archive"]);
    c.git_cmd(&["commit", "-q", "-m", "cases"]);
    let out = c.run_on("2026-07-10", &["archive", "--ended"]).code(1);
    assert_eq!(out.stdout, "");
    assert_has(&out.stderr, "archive/old-b.toml");
    assert!(c.path("students/old-a.toml").is_file() && c.path("students/old-b.toml").is_file());
    assert!(!c.path("archive/old-a.toml").exists());
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");

    std::fs::remove_file(c.path("archive/old-b.toml")).unwrap();
    c.git_cmd(&["commit", "-q", "-am", "one archived copy less"]);
    let out = c.run_on("2026-07-10", &["archive", "--ended"]).code(0);
    assert_eq!(out.stdout, "archived old-a\narchived old-b\n");
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    assert_eq!(
        c.git_cmd(&["log", "-1", "--format=%s"]),
        "uitstroom: archive --ended (2 cases)\n"
    );
}

/// Runs `commands` all at once and returns their outputs, in order.
fn at_once(cmds: Vec<std::process::Command>) -> Vec<std::process::Output> {
    let children: Vec<_> = cmds
        .into_iter()
        .map(|mut c| {
            c.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect()
}

/// Issue 10, item 5: "8 parallel `log`s in a git folder leave most of their changes
/// uncommitted (`index.lock`, "other changes are staged") — the commit belongs inside
/// the same lock as the write, so every change gets its commit". Sixteen writers, on one
/// student and on another: each change is committed exactly once, by its own commit.
#[test]
fn parallel_writers_each_commit_their_own_change() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    let mut noa = NEW_SEM;
    noa[1] = "noa";
    c.run_on("2026-07-10", &noa).code(0);
    let notes: Vec<String> = (0..16).map(|i| format!("n{i:02}")).collect();
    let cmds = notes
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let id = if i % 2 == 0 { "sem" } else { "noa" };
            c.command("2026-07-10", &["log", id, "note", "--note", n])
        })
        .collect();
    for o in at_once(cmds) {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        // No "wrote … but did not commit it".
        assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    }
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    // Sixteen commits after the two `new`s, each adding exactly one note line.
    let subjects = c.git_cmd(&["log", "--format=%s", "-n", "16"]);
    assert!(
        subjects.lines().all(|s| s.starts_with("uitstroom: log note ")),
        "{subjects}"
    );
    let mut committed = Vec::new();
    for sha in c.git_cmd(&["log", "--format=%H", "-n", "16"]).lines() {
        let diff = c.git_cmd(&["show", "--format=", "--unified=0", sha]);
        let added: Vec<&str> = diff
            .lines()
            .filter_map(|l| l.strip_prefix("+note = \""))
            .collect();
        assert_eq!(added.len(), 1, "{diff}");
        committed.push(added[0].trim_end_matches('"').to_string());
    }
    committed.sort();
    assert_eq!(committed, notes);
    assert_eq!(
        c.git_cmd(&["log", "--format=%s", "-n", "1", "--skip", "16"]),
        "uitstroom: new noa\n"
    );
}

/// `undo` takes the folder lock too: run beside writers, what it says it undid is gone
/// and everything else is committed.
#[test]
fn undo_beside_parallel_writers_undoes_what_it_says() {
    let c = Case::with_git();
    c.run_on("2026-07-10", &NEW_SEM).code(0);
    c.run_on("2026-07-10", &["log", "sem", "note", "--note", "eerst"])
        .code(0);
    let mut cmds: Vec<_> = (0..6)
        .map(|i| c.command("2026-07-10", &["log", "sem", "note", "--note", &format!("p{i}")]))
        .collect();
    cmds.insert(3, c.command("2026-07-10", &["undo"]));
    let outs = at_once(cmds);
    for o in &outs {
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_eq!(c.git_cmd(&["status", "--porcelain"]), "");
    let text = c.read("students/sem.toml");
    let present: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("note = \""))
        .map(|n| n.trim_end_matches('"'))
        .collect();
    // The undo reverted exactly one commit: the one made just before it took the lock.
    assert_eq!(present.len(), 6, "{text}");
    assert_eq!(String::from_utf8_lossy(&outs[3].stdout), "undid: log note sem\n");
    let undo = c.git_cmd(&["log", "--grep=^uitstroom: undo", "--format=%b"]);
    let reverted = undo.lines().find_map(|l| l.strip_prefix("Reverts ")).unwrap();
    let diff = c.git_cmd(&["show", "--format=", reverted]);
    let gone = diff
        .lines()
        .find_map(|l| l.strip_prefix("+note = \""))
        .unwrap()
        .trim_end_matches('"');
    assert!(!present.contains(&gone), "{gone} is still there:\n{text}");
}
