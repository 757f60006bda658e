//! `due`: the contract of `--format json`, its order, windows and filters.

use crate::harness::{Case, assert_contract, assert_has, lisa, sem, student};
use serde::Deserialize;

/// Declared here, not imported: a rename in src breaks the contract test.
#[derive(Debug, Deserialize, PartialEq)]
struct DueRow {
    case: String,
    name: String,
    rule: String,
    kind: String,
    owner: String,
    title: String,
    opens: String,
    due: String,
    status: String,
}

fn rows(out: &crate::harness::Out) -> Vec<DueRow> {
    serde_json::from_str(&out.stdout).unwrap()
}

fn brief(rows: &[DueRow]) -> Vec<(String, String, String, String)> {
    rows.iter()
        .map(|r| (r.case.clone(), r.rule.clone(), r.due.clone(), r.status.clone()))
        .collect()
}

fn t(case: &str, rule: &str, due: &str, status: &str) -> (String, String, String, String) {
    (case.into(), rule.into(), due.into(), status.into())
}

/// Sem (Pro, Heiloo) left for education on 2026-06-26; Lisa (Entree, Alkmaar) started
/// on 2026-03-02.
pub fn two_students() -> Case {
    Case::new()
        .file(
            "students/sem.toml",
            &sem("profile = \"work\"\n\n[[events]]\ndate = 2024-03-01\nkind = \"register-discussed\"\n\n[[events]]\ndate = 2026-06-26\nkind = \"exit\"\ndestination = \"education\"\n"),
        )
        .file("students/lisa.toml", &lisa(""))
}

/// Dates worked out from RULES.md: age-18 on the 18th birthday (2026-05-14); the spring
/// review by 31 May; the study advice 16 weeks after 2026-03-02 (2026-06-22); the
/// summer enrolment check by the next 1 August. Sorted by due, case, rule.
#[test]
fn default_lists_overdue_and_due_within_30_days_in_order() {
    let out = two_students()
        .run_on("2026-07-15", &["due", "--format", "json"])
        .code(0);
    assert_contract("due.schema.json", &out.json());
    assert_eq!(
        brief(&rows(&out)),
        [
            t("sem", "age-18", "2026-05-14", "overdue"),
            t("lisa", "spring-review", "2026-05-31", "overdue"),
            t("lisa", "study-advice", "2026-06-22", "overdue"),
            t("sem", "summer-enrolment-check", "2026-08-01", "open"),
        ]
    );
}

#[test]
fn json_rows_carry_every_contract_field() {
    let out = two_students()
        .run_on("2026-07-15", &["due", "--format", "json"])
        .code(0);
    let r = &rows(&out)[3];
    assert_eq!(
        r,
        &DueRow {
            case: "sem".into(),
            name: "Sem de Vries".into(),
            rule: "summer-enrolment-check".into(),
            kind: "task".into(),
            owner: "doorstroompunt".into(),
            title: r.title.clone(),
            opens: "2026-07-01".into(),
            due: "2026-08-01".into(),
            status: "open".into(),
        }
    );
    assert_has(&r.title, "enrolment");
}

/// `--all` lists every open action and milestone whatever its date: the aftercare
/// contact (exit + 6 months), the end of aftercare (exit + 2 years) and the end of
/// monitoring (23rd birthdays).
#[test]
fn all_lists_later_actions_and_milestones() {
    let out = two_students()
        .run_on("2026-07-15", &["due", "--all", "--format", "json"])
        .code(0);
    assert_contract("due.schema.json", &out.json());
    let got = rows(&out);
    let later: Vec<_> = brief(&got).into_iter().skip(4).collect();
    assert_eq!(
        later,
        [
            t("sem", "aftercare-contact", "2026-12-26", "open"),
            t("sem", "aftercare-end", "2028-06-26", "upcoming"),
            t("lisa", "monitoring-end", "2030-02-28", "upcoming"),
            t("sem", "monitoring-end", "2031-05-14", "upcoming"),
        ]
    );
    assert_eq!(got.iter().filter(|r| r.kind == "milestone").count(), 3);
}

#[test]
fn filters_by_owner_overdue_and_within() {
    let c = two_students();
    let out = c
        .run_on(
            "2026-07-15",
            &["due", "--owner", "doorstroompunt", "--format", "json"],
        )
        .code(0);
    assert_eq!(
        brief(&rows(&out)),
        [t("sem", "summer-enrolment-check", "2026-08-01", "open")]
    );
    let out = c
        .run_on("2026-07-15", &["due", "--overdue", "--format", "json"])
        .code(0);
    assert_eq!(rows(&out).len(), 3);
    let out = c
        .run_on("2026-07-15", &["due", "--within", "6m", "--format", "json"])
        .code(0);
    assert_eq!(
        rows(&out).len(),
        5,
        "the aftercare contact of 2026-12-26 is within 6 months"
    );
    let out = c
        .run_on("2026-07-15", &["due", "--track", "entree", "--format", "json"])
        .code(0);
    assert!(rows(&out).iter().all(|r| r.case == "lisa"));
}

/// Cron mails only non-empty output: plain prints nothing when nothing is due.
#[test]
fn plain_is_silent_when_nothing_is_due() {
    let c = Case::new().file(
        "students/a.toml",
        &student(
            "a",
            "A",
            "pro",
            "2012-01-01",
            "2024-08-26",
            "Bergen",
            "profile = \"education\"\n",
        ),
    );
    let out = c.run_on("2024-09-01", &["due", "--format", "plain"]).code(0);
    assert_eq!(out.stdout, "");
    let out = c.run_on("2024-09-01", &["due"]).code(0);
    assert_eq!(
        out.stdout, "",
        "plain is the default when stdout is not a terminal"
    );
}

#[test]
fn plain_has_one_line_per_action() {
    let out = two_students().run_on("2026-07-15", &["due"]).code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 4);
    assert!(
        lines[0].starts_with("2026-05-14  overdue   school          sem  Sem de Vries: "),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with("[age-18]"));
}

#[test]
fn fail_on_overdue_exits_3() {
    two_students()
        .run_on("2026-07-15", &["due", "--fail-on-overdue"])
        .code(3);
    two_students()
        .run_on(
            "2026-01-01",
            &["due", "--fail-on-overdue", "--owner", "doorstroompunt"],
        )
        .code(0);
}

/// One broken file never hides the others: it is reported with its place, the rest is
/// listed, and the exit status is 1.
#[test]
fn broken_file_is_reported_and_the_rest_listed() {
    let c = two_students().file(
        "students/bram.toml",
        &student(
            "bram",
            "Bram",
            "pro",
            "2009-01-01",
            "2021-08-23",
            "Alkmaar",
            "\n[[events]]\ndate = 2025-09-15\nkind = \"start-meting\"\n",
        ),
    );
    let out = c.run_on("2026-07-15", &["due", "--format", "json"]).code(1);
    assert_eq!(rows(&out).len(), 4);
    assert_eq!(
        out.stderr,
        "students/bram.toml:12:8: error: unknown event kind `start-meting`\n  hint: did you mean `start-meeting`?\n"
    );
}

/// 2008-02-30 does not exist: the error names the place.
#[test]
fn invalid_date_is_an_error_with_its_place() {
    let c = Case::new().file(
        "students/x.toml",
        &student("x", "X", "pro", "2008-02-30", "2021-08-23", "Alkmaar", ""),
    );
    let out = c.run_on("2026-07-15", &["due"]).code(1);
    assert_eq!(
        out.stderr,
        "students/x.toml:4:14: error: `2008-02-30` is not a date: expected day between 01 and 29
  hint: write an existing date as YYYY-MM-DD (February has 28 days, 29 in a leap year)
"
    );
}

fn kim(job_lost: &str) -> Case {
    Case::new().file(
        "students/kim.toml",
        &student(
            "kim", "Kim", "entree", "2003-08-10", "2025-08-25", "Castricum",
            &format!("\n[[events]]\ndate = 2026-07-03\nkind = \"exit\"\ndestination = \"work\"\njob_found = false\n\n[[events]]\ndate = 2026-07-03\nkind = \"handover\"\nto = \"check-in\"\nsupport_question = true\n\n[[events]]\ndate = {job_lost}\nkind = \"job-lost\"\n"),
        ),
    )
}

fn rules_and_dues(out: &crate::harness::Out) -> Vec<(String, String)> {
    rows(out).into_iter().map(|r| (r.rule, r.due)).collect()
}

fn rd(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter().map(|(r, d)| (r.to_string(), d.to_string())).collect()
}

/// Kim (Entree, 23 on 2026-08-10) left for work without a job on 2026-07-03, was handed
/// over to Check-In with a support question, and lost a job on 2026-07-20. Worked out
/// from RULES.md: study advice 2025-08-25 + 16 weeks; spring review by 2026-05-31; exit
/// interview on the exit date (no diploma); job-loss contact and WW check 14 days after
/// the loss; monitoring ends on the 23rd birthday; Check-In review 3 months after the
/// handover. The warm handover itself is done.
#[test]
fn cutoff_suppresses_doorstroompunt_but_not_check_in() {
    let c = kim("2026-07-20");
    let out = c
        .run_on("2026-07-21", &["due", "--all", "--format", "json"])
        .code(0);
    assert_eq!(
        rules_and_dues(&out),
        rd(&[
            ("study-advice", "2025-12-15"),
            ("spring-review", "2026-05-31"),
            ("exit-interview", "2026-07-03"),
            ("job-loss-contact", "2026-08-03"),
            ("ww-check", "2026-08-03"),
            ("monitoring-end", "2026-08-10"),
            ("check-in-review", "2026-10-03"),
        ])
    );
    // On the cutoff the Doorstroompunt's actions end; the milestone shows that day.
    let rules_on = |day: &str| -> Vec<String> {
        let out = c.run_on(day, &["due", "--all", "--format", "json"]).code(0);
        rows(&out).into_iter().map(|r| r.rule).collect()
    };
    assert_eq!(
        rules_on("2026-08-10"),
        [
            "study-advice",
            "spring-review",
            "exit-interview",
            "monitoring-end",
            "check-in-review"
        ]
    );
    assert_eq!(
        rules_on("2026-08-11"),
        [
            "study-advice",
            "spring-review",
            "exit-interview",
            "check-in-review"
        ]
    );
}

/// "nor when its due date is": a follow-up due after the cutoff is not produced.
#[test]
fn doorstroompunt_action_due_after_the_cutoff_is_not_produced() {
    let out = kim("2026-07-30")
        .run_on("2026-07-31", &["due", "--all", "--format", "json"])
        .code(0);
    let rules: Vec<String> = rows(&out).into_iter().map(|r| r.rule).collect();
    assert!(
        !rules.iter().any(|r| r == "ww-check" || r == "job-loss-contact"),
        "{rules:?}"
    );
}

/// Parallel and one-thread runs print the same bytes.
#[test]
fn jobs_1_is_byte_identical_to_parallel() {
    let c = two_students();
    for i in 0..40 {
        c.write(
            &format!("students/s{i:03}.toml"),
            &student(
                &format!("s{i:03}"),
                "N",
                if i % 3 == 0 { "entree" } else { "pro" },
                "2008-03-01",
                "2022-08-22",
                "Alkmaar",
                "",
            ),
        );
    }
    for args in [
        &["due", "--all", "--format", "json"][..],
        &["list", "--format", "json"],
        &["check"],
    ] {
        let one = c.run_on("2026-07-15", &[&["--jobs", "1"], args].concat());
        let many = c.run_on("2026-07-15", &[&["--jobs", "4"], args].concat());
        assert_eq!(one.stdout, many.stdout, "{args:?}");
        assert_eq!(one.code, many.code);
    }
}

/// The contract check itself can fail: a row with a wrong status or a missing key is
/// rejected (so the contract tests above are evidence).
#[test]
#[should_panic(expected = "contract violated")]
fn contract_check_rejects_a_wrong_row() {
    let row = serde_json::json!([{"case": "sem", "name": "S", "rule": "age-18", "kind": "task", "owner": "school",
        "title": "t", "opens": "2026-01-01", "due": "2026-02-01", "status": "late"}]);
    assert_contract("due.schema.json", &row);
}

/// CSV for Dutch Excel: a BOM, `;`, CRLF; `--delimiter ,` without the BOM.
#[test]
fn csv_for_a_spreadsheet() {
    let c = two_students();
    let out = c.run_on("2026-07-15", &["due", "--format", "csv"]).code(0);
    let mut lines = out.stdout.split("\r\n");
    assert_eq!(
        lines.next(),
        Some(
            "\u{feff}due;status;owner;case;name;rule;title;opens;kind;school;contacts.mentor;contacts.jongerenadviseur;contacts.doorstroomcoach"
        )
    );
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("2026-05-14;overdue;school;sem;Sem de Vries;age-18;")
    );
    assert_eq!(out.stdout.matches("\r\n").count(), 5);
    let out = c
        .run_on("2026-07-15", &["due", "--format", "csv", "--delimiter", ","])
        .code(0);
    assert!(out.stdout.starts_with("due,status,owner,"));
}

/// One digest per person: actions go to the contact of their owner's role (the mentor
/// for the school, the Doorstroomcoach, the Jongerenadviseur).
#[test]
fn group_by_contact_makes_one_digest_per_person() {
    let c = two_students();
    let sem = c.read("students/sem.toml").replace(
        "profile = \"work\"\n",
        "profile = \"work\"\n\n[contacts]\nmentor = \"J. Bakker\"\ndoorstroomcoach = \"M. Peters\"\n",
    );
    c.write("students/sem.toml", &sem);
    let out = c.run_on("2026-07-15", &["due", "--group-by", "contact"]).code(0);
    let headers: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(
        headers,
        [
            "== (school: no contact named) ==",
            "== J. Bakker ==",
            "== M. Peters =="
        ]
    );
    assert_has(
        &out.stdout,
        "== M. Peters ==\n2026-08-01  open      doorstroompunt  sem  ",
    );
    c.run_on("2026-07-15", &["due", "--group-by", "owner", "--format", "json"])
        .code(2);
}
