//! Taking on a caseload halfway: `catch-up`, contacts with `set`, and `export` for other
//! tools (SPEC.md, "Taking on a caseload").

use crate::harness::{Case, NEW_SEM, assert_contract, assert_has, assert_same, sem, student};

const TODAY: &str = "2026-11-25";

/// Sem: Pro, no profile (profile-set overdue since 2022-07-31), 18 on 2026-05-14
/// (age-18 overdue); planned exit 2027-07-09, so the start meeting is due 2026-10-01.
fn taken_on() -> Case {
    let c = Case::with_git();
    c.run_on(TODAY, &NEW_SEM).code(0);
    c.run_on(TODAY, &["set", "sem", "planned_exit", "2027-07-09"])
        .code(0);
    c.run_on(
        TODAY,
        &[
            "new",
            "lisa",
            "--name",
            "Lisa Bakker",
            "--birth-date",
            "2007-02-28",
            "--track",
            "entree",
            "--enrolled",
            "2026-03-02",
            "--municipality",
            "Alkmaar",
        ],
    )
    .code(0);
    c
}

fn due_rows(c: &Case, today: &str) -> Vec<(String, String, String)> {
    let v = c
        .run_on(today, &["due", "--all", "--format", "json"])
        .code(0)
        .json();
    assert_contract("due.schema.json", &v);
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["case"].as_str().unwrap().to_string(),
                r["rule"].as_str().unwrap().to_string(),
                r["due"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// SPEC.md: "`catch-up --before DATE [--dry-run] [ID …]` closes, with one `done` event
/// each (note "catch-up"), every open action of those students (all by default) due
/// before DATE … It prints what it closed and is one commit." Every `done` is dated
/// today: RULES.md, "Completion", "`done` completes the earliest open instance of its
/// rule", also Lisa's spring review of a school year that has ended.
#[test]
fn catch_up_closes_what_was_due_before_the_date_in_one_commit() {
    let c = taken_on();
    let before = due_rows(&c, TODAY);
    let commits = c.git_cmd(&["rev-list", "--count", "HEAD"]);
    let dry = c
        .run_on(TODAY, &["catch-up", "--before", "2026-11-01", "--dry-run"])
        .code(0);
    assert_eq!(due_rows(&c, TODAY), before, "a dry run writes nothing");
    assert_eq!(c.git_cmd(&["rev-list", "--count", "HEAD"]), commits);
    let out = c.run_on(TODAY, &["catch-up", "--before", "2026-11-01"]).code(0);
    assert_eq!(dry.stdout.replacen("would close", "closed", 1), out.stdout);
    assert_same(
        &out.stdout,
        "closed 5 actions in 2 cases due before 2026-11-01 (done, note \"catch-up\"):\n\
         \x20 lisa  spring-review  due 2026-05-31\n\
         \x20 lisa  study-advice   due 2026-06-22\n\
         \x20 sem   profile-set    due 2022-07-31\n\
         \x20 sem   age-18         due 2026-05-14\n\
         \x20 sem   start-meeting  due 2026-10-01\n",
    );
    // What was due before the date is gone; what is due later stays.
    let after = due_rows(&c, TODAY);
    assert!(
        after.iter().all(|(_, _, due)| due.as_str() >= "2026-11-01"),
        "{after:?}"
    );
    let kept: Vec<&(String, String, String)> = before
        .iter()
        .filter(|(_, _, d)| d.as_str() >= "2026-11-01")
        .collect();
    assert_eq!(after.iter().collect::<Vec<_>>(), kept);
    // One commit of both files, named by count, not by name.
    assert_same(
        &c.git_cmd(&["log", "-1", "--format=%s", "--name-only"]),
        "uitstroom: catch-up before 2026-11-01 (5 actions in 2 cases)\n\nstudents/lisa.toml\nstudents/sem.toml\n",
    );
    let sem = c.read("students/sem.toml");
    assert!(
        sem.ends_with(
            "[[events]]\ndate = 2026-11-25\nkind = \"done\"\nrule = \"start-meeting\"\nnote = \"catch-up\"\n"
        ),
        "{sem}"
    );
    c.run_on(TODAY, &["check"]).code(0);
    // Again: nothing left to close, nothing written.
    let again = c.run_on(TODAY, &["catch-up", "--before", "2026-11-01"]).code(0);
    assert_eq!(
        again.stdout,
        "nothing to close: no open action due before 2026-11-01\n"
    );
    assert_eq!(
        c.git_cmd(&["rev-list", "--count", "HEAD"])
            .trim()
            .parse::<u32>()
            .unwrap(),
        commits.trim().parse::<u32>().unwrap() + 1
    );
}

#[test]
fn catch_up_of_named_cases_only() {
    let c = taken_on();
    c.run_on(TODAY, &["catch-up", "--before", "2026-11-01", "sem"])
        .code(0);
    let after = due_rows(&c, TODAY);
    assert!(
        after
            .iter()
            .any(|(case, rule, _)| case == "lisa" && rule == "study-advice")
    );
    assert!(
        !after
            .iter()
            .any(|(case, _, due)| case == "sem" && due.as_str() < "2026-11-01")
    );
    let out = c
        .run_on(TODAY, &["catch-up", "--before", "2026-11-01", "som"])
        .code(2);
    assert_has(&out.stderr, "did you mean `sem`?");
}

/// SPEC.md: "`set ID contacts.ROLE VALUE` sets a contact … `set ID contacts.ROLE ""`
/// removes it. Contacts appear in `show`, in `list --format json|csv` … and in `due
/// --format json|csv` rows".
#[test]
fn contacts_set_shown_listed_and_removed() {
    let c = taken_on();
    c.run_on(TODAY, &["set", "sem", "contacts.mentor", "J. Bakker"])
        .code(0);
    let out = c
        .run_on(TODAY, &["set", "sem", "contacts.jobcoach", "P. de Wit"])
        .code(0);
    assert_eq!(out.stdout, "set contacts.jobcoach of sem\n");
    // In the file before the events would go, and committed without the name.
    assert!(
        c.read("students/sem.toml")
            .ends_with("\n[contacts]\nmentor = \"J. Bakker\"\njobcoach = \"P. de Wit\"\n")
    );
    let log = c.git_cmd(&["log", "-2", "--format=%s"]);
    assert_eq!(
        log,
        "uitstroom: set sem contacts.jobcoach\nuitstroom: set sem contacts.mentor\n"
    );
    assert!(!c.git_cmd(&["log", "--format=%B"]).contains("Bakker"));

    let show = c.run_on(TODAY, &["show", "sem"]).code(0).stdout;
    assert!(
        show.contains("  contacts: mentor J. Bakker · jobcoach P. de Wit\n"),
        "{show}"
    );
    let list = c.run_on(TODAY, &["list", "--format", "json"]).code(0).json();
    assert_contract("list.schema.json", &list);
    assert_eq!(
        list[1]["contacts"],
        serde_json::json!({"mentor": "J. Bakker", "jobcoach": "P. de Wit"})
    );
    assert_eq!(list[0]["contacts"], serde_json::json!({}));
    let csv = c
        .run_on(TODAY, &["list", "--format", "csv", "--delimiter", ","])
        .code(0)
        .stdout;
    let mut lines = csv.lines();
    assert!(
        lines.next().unwrap().ends_with(
            ",contacts.mentor,contacts.jongerenadviseur,contacts.doorstroomcoach,contacts.jobcoach"
        )
    );
    assert!(lines.nth(1).unwrap().ends_with(",J. Bakker,,,P. de Wit"), "{csv}");
    let due = c
        .run_on(TODAY, &["due", "--format", "json", "--all"])
        .code(0)
        .json();
    assert_contract("due.schema.json", &due);
    for r in due.as_array().unwrap() {
        let want = if r["case"] == "sem" {
            serde_json::json!({"mentor": "J. Bakker", "jobcoach": "P. de Wit"})
        } else {
            serde_json::json!({})
        };
        assert_eq!(r["contacts"], want, "{r}");
    }
    let csv = c.run_on(TODAY, &["due", "--format", "csv"]).code(0).stdout;
    assert!(
        csv.lines()
            .any(|l| l.contains(";sem;") && l.ends_with(";J. Bakker;;;P. de Wit")),
        "{csv}"
    );
    // --contact finds the student by the name just set.
    let mine = c
        .run_on(TODAY, &["due", "--contact", "J. Bakker", "--format", "json"])
        .code(0)
        .json();
    assert!(mine.as_array().unwrap().iter().all(|r| r["case"] == "sem"));

    c.run_on(TODAY, &["set", "sem", "contacts.mentor", ""]).code(0);
    let out = c.run_on(TODAY, &["set", "sem", "contacts.jobcoach", ""]).code(0);
    assert_eq!(out.stdout, "removed contacts.jobcoach of sem\n");
    assert!(!c.read("students/sem.toml").contains("contacts"));
    let out = c.run_on(TODAY, &["set", "sem", "contacts.mentor", ""]).code(0);
    assert_eq!(out.stdout, "sem has no contacts.mentor; nothing changed\n");
    let out = c.run_on(TODAY, &["set", "sem", "contacts", "x"]).code(2);
    assert_has(&out.stderr, "hint: name the role: contacts.mentor");
    let out = c
        .run_on(TODAY, &["set", "sem", "contacts.Mentor Kok", "x"])
        .code(2);
    assert_has(&out.stderr, "`Mentor Kok` is not a contact role");
}

/// A contact set in a file written by hand keeps the rest of it byte for byte.
#[test]
fn set_contact_keeps_a_hand_written_file() {
    let src = "# Sem\nschema = 1\nid = \"sem\"\nname = \"Sem\"   # roepnaam\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n\n[contacts]\nmentor = \"A\"  # tot de zomer\n\n[[events]]   # startgesprek\ndate = 2025-09-15\nkind = \"start-meeting\"\n";
    let c = Case::new().file("students/sem.toml", src);
    c.run_on(TODAY, &["set", "sem", "contacts.mentor", "J. Bakker"])
        .code(0);
    assert_same(
        &c.read("students/sem.toml"),
        &src.replace("mentor = \"A\"", "mentor = \"J. Bakker\""),
    );
    c.run_on(TODAY, &["set", "sem", "contacts.doorstroomcoach", "M. Peters"])
        .code(0);
    assert_same(
        &c.read("students/sem.toml"),
        &src.replace(
            "mentor = \"A\"  # tot de zomer\n",
            "mentor = \"J. Bakker\"  # tot de zomer\ndoorstroomcoach = \"M. Peters\"\n",
        ),
    );
}

/// A file saved on Windows keeps its CRLF line ends when a contact is set.
#[test]
fn set_contact_keeps_crlf() {
    let src = "schema = 1\r\nid = \"sem\"\r\nname = \"Sem\"\r\nbirth_date = 2008-05-14\r\ntrack = \"pro\"\r\nenrolled = 2021-08-23\r\n";
    let c = Case::new().file("students/sem.toml", src);
    c.run_on(TODAY, &["set", "sem", "contacts.mentor", "J. Bakker"])
        .code(0);
    assert_same(
        &c.read("students/sem.toml"),
        &format!("{src}\r\n[contacts]\r\nmentor = \"J. Bakker\"\r\n"),
    );
}

/// `export`: every student, or every action open and closed, in the shapes of
/// contracts/export-*.schema.json.
#[test]
fn export_follows_its_schemas() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let c = Case::new();
    let students = c
        .run_on(TODAY, &["--dir", dir, "export", "--format", "json"])
        .code(0)
        .json();
    assert_contract("export-students.schema.json", &students);
    let list = c
        .run_on(TODAY, &["--dir", dir, "list", "--format", "json"])
        .code(0)
        .json();
    let ids = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&students), ids(&list), "every student, in id order");
    for (s, l) in students.as_array().unwrap().iter().zip(list.as_array().unwrap()) {
        for k in [
            "name",
            "track",
            "phase",
            "vsv",
            "in_region",
            "school",
            "municipality",
            "contacts",
        ] {
            assert_eq!(s[k], l[k], "{} {k}", s["id"]);
        }
        assert_eq!(s["next"]["rule"], l["next"]["rule"]);
    }
    let actions = c
        .run_on(
            TODAY,
            &["--dir", dir, "export", "--format", "json", "--what", "actions"],
        )
        .code(0)
        .json();
    assert_contract("export-actions.schema.json", &actions);
    let rows = actions.as_array().unwrap();
    // Open ones are exactly `due --all`; closed ones are there with how they closed.
    let due = c
        .run_on(TODAY, &["--dir", dir, "due", "--all", "--format", "json"])
        .code(0)
        .json();
    let key = |r: &serde_json::Value| {
        (
            r["case"].to_string(),
            r["rule"].to_string(),
            r["due"].to_string(),
            r["status"].to_string(),
        )
    };
    let open: Vec<_> = rows
        .iter()
        .filter(|r| ["overdue", "open", "upcoming"].contains(&r["status"].as_str().unwrap()))
        .map(key)
        .collect();
    assert_eq!(open, due.as_array().unwrap().iter().map(key).collect::<Vec<_>>());
    assert!(
        rows.iter()
            .any(|r| r["status"] == "done" && r["closed_by"] == "study-advice")
    );
    assert!(
        rows.iter()
            .any(|r| r["status"] == "done" && r["closed_by"] == "done")
    );
    // A milestone whose day has gone by is "passed", never overdue.
    assert!(
        rows.iter()
            .any(|r| r["status"] == "passed" && r["kind"] == "milestone")
    );
    assert!(
        !rows
            .iter()
            .any(|r| r["status"] == "overdue" && r["kind"] == "milestone")
    );
    let mut sorted = rows.clone();
    sorted.sort_by_key(|r| {
        (
            r["due"].as_str().unwrap().to_string(),
            r["case"].as_str().unwrap().to_string(),
            r["rule"].as_str().unwrap().to_string(),
        )
    });
    assert_eq!(&sorted, rows, "sorted by due, case, rule");
    // The contract check itself rejects a wrong row.
    let bad = std::panic::catch_unwind(|| {
        assert_contract("export-actions.schema.json", &serde_json::json!([{"case": "x"}]));
    });
    assert!(bad.is_err());
    let out = c
        .run_on(
            TODAY,
            &["--dir", dir, "export", "--format", "ics", "--what", "students"],
        )
        .code(2);
    assert_has(&out.stderr, "a calendar holds actions");
}

/// Sem (Pro, profile work, 18 on 2026-05-14, leaving on 2026-07-10) and Bo (Pro, day
/// activities, 18 on 2027-02-01): a caseload taken on halfway, for `catch-up`.
pub fn sem_and_bo() -> Case {
    Case::new()
        .file(
            "students/sem.toml",
            &sem("profile = \"work\"\nplanned_exit = 2026-07-10\n\n[[events]]\ndate = 2026-06-01\nkind = \"register-discussed\"\n"),
        )
        .file(
            "students/bo.toml",
            &student("bo", "Bo Smit", "pro", "2009-02-01", "2021-08-23", "Heiloo", "profile = \"day-activities\"\n"),
        )
}

/// A start meeting of a school year that has ended is closed by a `done` dated today
/// (RULES.md, "Completion": "`done` completes the earliest open instance of its rule"),
/// after the file's later events. An action that has not opened yet is left open, said
/// on stderr with a hint.
#[test]
fn catch_up_inserts_in_date_order_and_says_what_it_left_open() {
    let c = sem_and_bo();
    let out = c.run_on(TODAY, &["catch-up", "--before", "2027-03-01"]).code(0);
    assert_same(
        &out.stdout,
        "closed 2 actions in 1 case due before 2027-03-01 (done, note \"catch-up\"):\n\
         \x20 sem  start-meeting  due 2025-10-01\n\
         \x20 sem  age-18         due 2026-05-14\n",
    );
    assert_same(
        &out.stderr,
        "note: left open: bo age-18 (due 2027-02-01): it opens on 2027-01-04, after today\n  hint: record it when it is done: uitstroom done bo age-18\n",
    );
    let sem = c.read("students/sem.toml");
    let at = |s: &str| sem.find(s).unwrap();
    assert!(at("date = 2026-06-01") < at(&format!("date = {TODAY}")), "{sem}");
    c.run_on(TODAY, &["check"]).code(0);
}
