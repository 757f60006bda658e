//! The commands that read, in Dutch (issue 11 item 4): `show`, `why`, `due`, `list`,
//! `check` and `config` with `--lang nl` print no English sentence, and use the
//! coordinators' own words (te laat, binnenkort, warme overdracht, Tijdlijn, Acties).

use crate::harness::{Case, Out, assert_dutch};
use std::process::Command;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");

/// `uitstroom --lang nl ARGS` on data-example, on the day it is written for.
fn example(args: &[&str], columns: Option<&str>) -> Out {
    let mut cmd = Command::new(crate::harness::BIN);
    cmd.env_clear()
        .env("LANG", "C.UTF-8")
        .env("HOME", "/nonexistent")
        .args(["--dir", EXAMPLE, "--today", "2026-11-25", "--lang", "nl"])
        .args(args);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c);
    }
    let o = cmd.output().unwrap();
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

#[track_caller]
fn assert_has(out: &str, want: &str) {
    assert!(out.contains(want), "no {want:?} in:\n{out}");
}

#[test]
fn due_table_plain_and_groups_in_dutch() {
    let out = example(&["due", "--format", "table"], Some("80")).code(0);
    assert_dutch(&out);
    let first = out.stdout.lines().next().unwrap();
    assert!(first.starts_with("Uiterlijk   Status      Dossier"), "{first}");
    assert_has(&out.stdout, "2026-01-16  te laat     horizon-2025-0150");
    assert_has(&out.stdout, "2026-12-20  binnenkort  horizon-2024-0099");
    assert!(
        out.stdout.lines().all(|l| l.chars().count() < 80),
        "{}",
        out.stdout
    );

    let out = example(&["due", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    // Status and owner columns as wide as their widest Dutch word.
    assert_has(
        &out.stdout,
        "2026-10-01  te laat     school          focus-2022-0137  Sem de Vries: Startgesprek met Jongerenadviseur en Doorstroomcoach (uitstroomjaar) [start-meeting]\n",
    );
    assert_has(
        &out.stdout,
        "2026-12-20  binnenkort  Doorstroompunt  horizon-2024-0099  Sara Yilmaz: ",
    );

    let out = example(&["due", "--group-by", "owner", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    let headings: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(
        headings,
        ["== Check-In ==", "== Doorstroompunt ==", "== school =="]
    );

    let out = example(
        &["due", "--group-by", "contact", "--format", "table"],
        Some("120"),
    )
    .code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "== (Doorstroompunt: geen contactpersoon vermeld) ==\n",
    );
}

#[test]
fn due_refusals_in_dutch() {
    let out = example(&["due", "--todo"], None).code(2);
    assert_has(&out.stderr, "--todo is alleen voor agenda's\n");
    assert_has(
        &out.stderr,
        "voeg `--format ics` toe, bijvoorbeeld `uitstroom due --all --format ics --todo`",
    );
    let out = example(&["due", "--group-by", "owner", "--format", "json"], None).code(2);
    assert_has(
        &out.stderr,
        "`--group-by` werkt alleen bij de uitvoer als tabel of platte tekst",
    );
    assert_has(&out.stderr, "elke regel in JSON en CSV vermeldt de eigenaar");
}

#[test]
fn nothing_due_and_no_students_in_dutch() {
    let c = Case::new();
    let out = c
        .run_on("2026-07-15", &["--lang", "nl", "due", "--format", "table"])
        .code(0);
    assert_dutch(&out);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        ("", "niets te doen\n")
    );
    let out = c
        .run_on("2026-07-15", &["--lang", "nl", "list", "--format", "table"])
        .code(0);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        ("", "geen leerlingen\n")
    );
}

#[test]
fn list_in_dutch() {
    let out = example(&["list", "--format", "table"], Some("200")).code(0);
    assert_dutch(&out);
    let first = out.stdout.lines().next().unwrap();
    assert_eq!(
        first.split_whitespace().collect::<Vec<_>>(),
        [
            "Dossier",
            "Naam",
            "Schoolsoort",
            "Fase",
            "Kenmerken",
            "Volgende",
            "actie",
            "Uiterlijk"
        ]
    );
    assert_has(&out.stdout, "nazorg");
    assert_has(&out.stdout, "vsv, buiten de regio");
    let out = example(&["list", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "focus-2021-0093  Thijs Bakker  Pro  nazorg  2026-07-03 jobcoach-assessment (te laat)\n",
    );
    assert_has(&out.stdout, "  Entree  monitoring vsv buiten-regio  ");
}
