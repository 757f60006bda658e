//! Tables for people (issue 11 item 6): at 80 columns the `due` table was 113 wide and
//! split words (`Jongerenpun t`), and with `--color never` it ignored the terminal's
//! width. Now every line fits `COLUMNS` and no word is cut, coloured or not.

use std::collections::HashSet;
use std::process::Command;

fn run(columns: &str, args: &[&str]) -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let o = Command::new(crate::harness::BIN)
        .env_clear()
        .env("LANG", "C.UTF-8")
        .env("COLUMNS", columns)
        .args(["--dir", dir, "--today", "2026-11-25"])
        .args(args)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

/// The text without terminal colour codes.
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Every word of every value the table could show (from the JSON of the same list),
/// and the headings.
fn words(json: &str, keys: &[&str]) -> HashSet<String> {
    let rows: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut words: HashSet<String> = HashSet::new();
    for row in rows.as_array().unwrap() {
        for key in keys {
            let value = match &row[*key] {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Object(o) => o
                    .values()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => continue,
            };
            words.extend(value.split_whitespace().map(String::from));
        }
    }
    for h in [
        "Due", "Status", "Owner", "Case", "Name", "Rule", "Action", "Track", "Phase", "Flags", "Next",
        "action", "vsv,", "vsv", "outside", "region", "-",
    ] {
        words.insert(h.to_string());
    }
    words
}

#[track_caller]
fn fits(out: &str, width: usize, known: &HashSet<String>) {
    let out = plain(out);
    assert!(out.lines().count() > 10, "{out}");
    for line in out.lines() {
        assert!(
            line.chars().count() < width,
            "wider than {width}: {line:?}\n{out}"
        );
        if line.starts_with('─') {
            continue;
        }
        for word in line.split_whitespace() {
            assert!(
                known.contains(word),
                "`{word}` is not a whole word, at {width} columns:\n{out}"
            );
        }
    }
}

#[test]
fn due_fits_80_and_120_columns_without_splitting_words() {
    let json = run("80", &["due", "--all", "--format", "json"]);
    let known = words(
        &json,
        &["due", "status", "owner", "case", "name", "rule", "title"],
    );
    for width in ["80", "120"] {
        for color in ["never", "always"] {
            let out = run(width, &["due", "--all", "--format", "table", "--color", color]);
            fits(&out, width.parse().unwrap(), &known);
        }
        let out = run(
            width,
            &["due", "--all", "--format", "table", "--group-by", "owner"],
        );
        fits(
            &out,
            width.parse().unwrap(),
            &known
                .iter()
                .cloned()
                .chain([
                    "==".into(),
                    "school".into(),
                    "check-in".into(),
                    "doorstroompunt".into(),
                ])
                .collect(),
        );
    }
    // At 120 the rule id stays (it is what `done` takes); at 80 it makes room.
    assert!(run("120", &["due", "--all", "--format", "table"]).contains("reintegration-municipality"));
    assert!(!run("80", &["due", "--all", "--format", "table"]).contains("reintegration-municipality"));
    // A title that wrapped is whole: "Jongerenpunt" is never cut.
    let out = run("80", &["due", "--all", "--format", "table", "--color", "never"]);
    assert!(
        out.contains("Jongerenpunt") && !out.contains("Jongerenpun "),
        "{out}"
    );
}

#[test]
fn list_fits_80_and_120_columns_without_splitting_words() {
    let json = run("80", &["list", "--format", "json"]);
    let mut known = words(&json, &["id", "name", "track", "phase"]);
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    for row in rows.as_array().unwrap() {
        if let Some(next) = row["next"].as_object() {
            known.insert(next["rule"].as_str().unwrap().to_string());
            known.insert(next["due"].as_str().unwrap().to_string());
        }
    }
    for width in ["80", "120"] {
        let out = run(width, &["list", "--format", "table", "--color", "never"]);
        fits(&out, width.parse().unwrap(), &known);
    }
}

/// Without a terminal and without COLUMNS, lines are kept whole (a file or a pipe).
#[test]
fn without_a_width_lines_are_whole() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");
    let o = Command::new(crate::harness::BIN)
        .env_clear()
        .args([
            "--dir",
            dir,
            "--today",
            "2026-11-25",
            "due",
            "--all",
            "--format",
            "table",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.lines().any(|l| l.contains(
            "Job lost with indicatie banenafspraak: reintegration by the municipality (Participatiewet)"
        )),
        "{out}"
    );
}
