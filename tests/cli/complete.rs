//! Completion that knows the folder (issue 11 item 7): the program answers the shell's
//! call on TAB (`COMPLETE=bash uitstroom -- uitstroom show <TAB>`) with the case ids of
//! the folder, the rule ids and the event kinds; `completions SHELL` still prints the
//! static script.

use crate::harness::{Case, Out, student};

fn folder() -> Case {
    let c = Case::new();
    for id in ["focus-2022-0137", "focus-2022-0140", "horizon-2025-0150"] {
        c.write(
            &format!("students/{id}.toml"),
            &student(id, "X", "pro", "2008-05-14", "2021-08-23", "Heiloo", ""),
        );
    }
    c.write(
        "archive/focus-2018-0055.toml",
        &student(
            "focus-2018-0055",
            "Y",
            "pro",
            "2000-05-14",
            "2013-08-23",
            "Heiloo",
            "",
        ),
    );
    c
}

/// What bash runs on TAB: `COMPLETE=bash uitstroom -- WORDS…`, with the index of the
/// word being completed.
fn tab(c: &Case, cwd: &std::path::Path, words: &[&str]) -> Vec<String> {
    let out: Out = c.run_with(cwd, |cmd| {
        cmd.env("COMPLETE", "bash")
            .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
            .arg("--")
            .args(words);
    });
    assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{words:?}");
    // With nothing typed yet, clap offers the options too; these tests are about values.
    out.stdout
        .lines()
        .filter(|l| !l.starts_with('-'))
        .map(String::from)
        .collect()
}

#[test]
fn show_completes_the_case_ids_of_the_folder() {
    let c = folder();
    let ids = tab(&c, c.dir.path(), &["uitstroom", "show", ""]);
    assert_eq!(
        ids,
        [
            "focus-2022-0137",
            "focus-2022-0140",
            "horizon-2025-0150",
            "focus-2018-0055"
        ]
    );
    // What is typed narrows it; from a subfolder the folder is found as usual.
    let ids = tab(&c, &c.path("students"), &["uitstroom", "show", "focus-2022"]);
    assert_eq!(ids, ["focus-2022-0137", "focus-2022-0140"]);
    // `--dir` on the line itself is honoured, from anywhere.
    let elsewhere = tempfile::tempdir().unwrap();
    let dir = c.dir.path().to_str().unwrap();
    let ids = tab(&c, elsewhere.path(), &["uitstroom", "--dir", dir, "log", "hor"]);
    assert_eq!(ids, ["horizon-2025-0150"]);
    // No folder: nothing to offer, and nothing written to the terminal.
    assert!(tab(&c, elsewhere.path(), &["uitstroom", "show", "f"]).is_empty());
}

#[test]
fn done_completes_rule_ids_and_log_event_kinds() {
    let c = folder();
    let rules = tab(&c, c.dir.path(), &["uitstroom", "done", "focus-2022-0137", ""]);
    let tasks: Vec<&str> = uitstroom::rules::ALL
        .iter()
        .filter(|r| r.kind == uitstroom::rules::ActionKind::Task)
        .map(|r| r.id)
        .collect();
    assert_eq!(rules, tasks);
    let rules = tab(
        &c,
        c.dir.path(),
        &["uitstroom", "why", "focus-2022-0137", "monitoring"],
    );
    assert_eq!(rules, ["monitoring-end"]);

    let kinds = tab(&c, c.dir.path(), &["uitstroom", "log", "focus-2022-0137", ""]);
    assert!(kinds.contains(&"start-meeting".to_string()) && kinds.contains(&"exit".to_string()));
    assert!(!kinds.contains(&"done".to_string()), "{kinds:?}");
    assert_eq!(
        tab(
            &c,
            c.dir.path(),
            &["uitstroom", "log", "focus-2022-0137", "enrol"]
        ),
        ["enrolment-confirmed", "enrolment-missing"]
    );
    // Then the kind's fields, and the values of a field with few.
    let fields = tab(
        &c,
        c.dir.path(),
        &["uitstroom", "log", "focus-2022-0137", "handover", "s"],
    );
    assert_eq!(fields, ["support_question="]);
    let values = tab(
        &c,
        c.dir.path(),
        &["uitstroom", "log", "focus-2022-0137", "handover", "to=c"],
    );
    assert_eq!(values, ["to=check-in"]);
    // `set ID <TAB>`: the fields set takes.
    let fields = tab(&c, c.dir.path(), &["uitstroom", "set", "focus-2022-0137", "pl"]);
    assert_eq!(fields, ["planned_exit"]);
}

#[test]
fn completions_prints_the_static_script_and_the_dynamic_registration() {
    let c = Case::new();
    let out = c.run_on("2026-07-10", &["completions", "bash"]).code(0);
    assert!(
        out.stdout.contains("_uitstroom()") && out.stdout.contains("complete -F _uitstroom"),
        "{}",
        out.stdout
    );
    let out = c
        .run_on("2026-07-10", &["completions", "bash", "--dynamic"])
        .code(0);
    assert!(
        out.stdout.contains("COMPLETE=\"bash\"") && out.stdout.contains(crate::harness::BIN),
        "{}",
        out.stdout
    );
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = c
            .run_on("2026-07-10", &["completions", shell, "--dynamic"])
            .code(0);
        assert!(out.stdout.contains("COMPLETE"), "{shell}: {}", out.stdout);
    }
}

/// In bash itself: the registration is sourced and its completion function run as bash
/// runs it on TAB (COMP_WORDS, COMP_CWORD), and COMPREPLY holds the case ids.
#[test]
fn bash_completes_case_ids_with_the_registration() {
    let c = folder();
    let script = "source <(uitstroom completions bash --dynamic)
COMP_WORDS=(uitstroom show focus-2022); COMP_CWORD=2; COMP_TYPE=9
_clap_complete_uitstroom uitstroom focus-2022 show
printf '%s\\n' \"${COMPREPLY[@]}\"";
    let bin_dir = std::path::Path::new(crate::harness::BIN).parent().unwrap();
    let o = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", script])
        .current_dir(c.dir.path())
        .env_clear()
        .env("HOME", c.path("home"))
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "focus-2022-0137\nfocus-2022-0140\n",
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}
