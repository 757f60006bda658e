//! `list`: the contract of `--format json` and the derived status.

use crate::due::two_students;
use crate::harness::{Case, assert_contract, student};
use serde_json::json;

#[test]
fn json_follows_the_contract_sorted_by_id() {
    let out = two_students()
        .run_on("2026-07-15", &["list", "--format", "json"])
        .code(0);
    let v = out.json();
    assert_contract("list.schema.json", &v);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["lisa", "sem"]);
    // Lisa: at school, next the spring review (overdue since 2026-05-31).
    assert_eq!(v[0]["phase"], "school");
    assert_eq!(v[0]["next"]["rule"], "spring-review");
    assert_eq!(v[0]["next"]["due"], "2026-05-31");
    // Sem: a Pro leaver, less than 2 years ago: aftercare; next the 18th birthday action.
    assert_eq!(v[1]["phase"], "aftercare");
    assert_eq!(v[1]["vsv"], false);
    assert_eq!(v[1]["in_region"], true);
    assert_eq!(v[1]["next"]["rule"], "age-18");
}

/// "De student stroomt uit zonder diploma, hierdoor is hij een vsv'er." An out-of-region
/// student gets school rules only; with everything done, next is null.
#[test]
fn vsv_region_and_ended() {
    let c = Case::new()
        .file(
            "students/noor.toml",
            &student("noor", "Noor", "entree", "2007-09-01", "2025-08-25", "Hoorn", "\n[[events]]\ndate = 2025-09-01\nkind = \"done\"\nrule = \"age-18\"\n\n[[events]]\ndate = 2025-12-10\nkind = \"study-advice\"\noutcome = \"stop\"\n\n[[events]]\ndate = 2026-01-16\nkind = \"exit\"\ndestination = \"none\"\n\n[[events]]\ndate = 2026-01-16\nkind = \"exit-interview\"\n\n[[events]]\ndate = 2026-01-20\nkind = \"aba-submitted\"\n"),
        )
        .file(
            "students/old.toml",
            &student("old", "Old", "vso", "2000-01-01", "2013-08-26", "Bergen", "profile = \"day-activities\"\n\n[[events]]\ndate = 2017-12-20\nkind = \"done\"\nrule = \"age-18\"\n\n[[events]]\ndate = 2019-07-05\nkind = \"exit\"\ndestination = \"day-activities\"\nbenefit = true\ndiploma = \"vso\"\n"),
        );
    let out = c.run_on("2026-07-15", &["list", "--format", "json"]).code(0);
    let v = out.json();
    assert_contract("list.schema.json", &v);
    assert_eq!(
        v[0],
        json!({"id": "noor", "name": "Noor", "track": "entree", "phase": "monitoring", "vsv": true, "in_region": false,
               "next": null, "school": "Praktijkschool Focus", "municipality": "Hoorn", "monitoring_ended": false,
               "contacts": {}})
    );
    assert_eq!(v[1]["phase"], "ended");
    assert_eq!(v[1]["monitoring_ended"], true);
    // School duties left open stay visible after monitoring ended: exit + 14 days.
    assert_eq!(v[1]["next"]["rule"], "simple-switch-check");
    assert_eq!(v[1]["next"]["due"], "2019-07-19");
}

#[test]
fn plain_and_filters() {
    let out = two_students()
        .run_on("2026-07-15", &["list", "--phase", "aftercare"])
        .code(0);
    assert_eq!(
        out.stdout,
        "sem  Sem de Vries  pro  aftercare  2026-05-14 age-18 (overdue)\n"
    );
}

#[test]
fn csv_has_one_row_per_student() {
    let out = two_students()
        .run_on("2026-07-15", &["list", "--format", "csv"])
        .code(0);
    assert_eq!(
        out.stdout,
        "\u{feff}id;name;track;phase;vsv;in_region;next_rule;next_due;school;municipality;contacts.mentor;contacts.jongerenadviseur;contacts.doorstroomcoach\r\n\
         lisa;Lisa Bakker;entree;school;no;yes;spring-review;2026-05-31;Praktijkschool Focus;Alkmaar;;;\r\n\
         sem;Sem de Vries;pro;aftercare;no;yes;age-18;2026-05-14;Praktijkschool Focus;Heiloo;;;\r\n"
    );
}
