//! `data-example/`: a realistic folder that shows every rule, and passes `check`.

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let o = Command::new(crate::harness::BIN)
        .env_clear()
        .env("LANG", "C.UTF-8")
        .args(["--dir", dir, "--today", EXAMPLE_TODAY])
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

/// The day the example folder is written for (README shows `due` on it).
const EXAMPLE_TODAY: &str = "2026-11-25";

/// Every rule of the catalogue appears at least once in `due --all` (iterating over the
/// registry, not a hand-written list).
#[test]
fn every_rule_appears_in_due_all() {
    let (code, out, err) = run(&["due", "--all", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    crate::harness::assert_contract("due.schema.json", &rows);
    let seen: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap())
        .collect();
    let missing: Vec<&str> = uitstroom::rules::ALL
        .iter()
        .map(|r| r.id)
        .filter(|id| !seen.contains(id))
        .collect();
    assert!(missing.is_empty(), "rules not shown by data-example: {missing:?}");
}

#[test]
fn default_due_shows_overdue_open_and_upcoming() {
    let (code, out, _) = run(&["due", "--format", "json"]);
    assert_eq!(code, 0);
    let rows: serde_json::Value = serde_json::from_str(&out).unwrap();
    for status in ["overdue", "open", "upcoming"] {
        assert!(
            rows.as_array().unwrap().iter().any(|r| r["status"] == status),
            "no {status} action"
        );
    }
}

#[test]
fn example_passes_check_without_errors() {
    let (code, out, err) = run(&["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("error:"), "{out}");
}

#[test]
fn list_follows_the_contract() {
    let (code, out, _) = run(&["list", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    crate::harness::assert_contract("list.schema.json", &v);
    assert!(v.as_array().unwrap().len() >= 15);
}
