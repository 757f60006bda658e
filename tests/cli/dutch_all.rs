//! Issue 11 item 4: "a Dutch run of every command prints no English sentence". One
//! session of a coordinator who works in Dutch, in a git folder with a remote, runs every
//! subcommand of the command line — successes and a typical mistake — and `assert_dutch`
//! reads all it prints. A command that is added without a Dutch run here fails
//! `every_subcommand_has_a_dutch_run`.

use crate::harness::{Case, NEW_SEM, Out, assert_dutch};
use clap::CommandFactory;

const TODAY: &str = "2026-11-25";

/// The runs, in the order a coordinator might make them: (subcommand, arguments, exit
/// status). The arguments come after `--lang nl`.
const RUNS: &[(&str, &[&str], i32)] = &[
    ("init", &["init", "tweede"], 0),
    ("init", &["init", "tweede"], 2),
    ("new", &NEW_SEM, 0),
    ("new", &NEW_SEM, 1),
    (
        "log",
        &[
            "log",
            "sem",
            "startgesprek",
            "--date",
            "2025-09-15",
            "--note",
            "Stage bij hovenier",
        ],
        0,
    ),
    (
        "log",
        &[
            "log",
            "sem",
            "uitschrijving",
            "destination=work",
            "job_found=false",
            "--date",
            "2026-07-10",
        ],
        0,
    ),
    ("log", &["log", "sem", "exitgespr"], 2),
    (
        "done",
        &["done", "sem", "jobcoach-assessment", "--date", "2026-07-10"],
        0,
    ),
    ("done", &["done", "sem", "jobcoach-asessment"], 2),
    (
        "defer",
        &[
            "defer",
            "sem",
            "check-in-handover",
            "--until",
            "2026-12-15",
            "--reason",
            "gesprek gepland",
        ],
        0,
    ),
    (
        "waive",
        &["waive", "sem", "age-18", "--reason", "met ouders besproken"],
        0,
    ),
    ("set", &["set", "sem", "contacts.mentor", "J. Bakker"], 0),
    ("set", &["set", "sem", "track", "prO"], 2),
    ("show", &["show", "sem"], 0),
    ("show", &["show", "sme"], 2),
    ("list", &["list"], 0),
    ("due", &["due", "--all", "--format", "plain"], 0),
    ("due", &["due", "--all", "--format", "table"], 0),
    ("why", &["why", "sem", "check-in-handover"], 0),
    ("check", &["check"], 0),
    ("config", &["config"], 0),
    ("edit", &["edit", "sem"], 0),
    ("history", &["history", "sem"], 0),
    ("undo", &["undo"], 0),
    (
        "catch-up",
        &["catch-up", "--before", "2026-11-25", "--dry-run"],
        0,
    ),
    ("import", &["import", "leerlingen.csv", "--dry-run"], 0),
    ("export", &["export", "--format", "ics"], 0),
    ("report", &["report"], 0),
    ("archive", &["archive", "sem"], 1),
    ("retention", &["retention"], 0),
    ("git-setup", &["git-setup"], 0),
    ("sync", &["sync"], 0),
    (
        "merge-file",
        &[
            "merge-file",
            "base.toml",
            "ours.toml",
            "theirs.toml",
            "students/sem.toml",
        ],
        1,
    ),
    ("completions", &["completions", "fish"], 0),
    ("help", &["help", "due"], 0),
];

/// A git folder with a bare remote (for `sync`), an export to import, and the three
/// versions of a file for the merge driver.
fn folder() -> (Case, tempfile::TempDir) {
    let c = Case::with_git();
    let remote = tempfile::tempdir().unwrap();
    let r = remote.path().to_str().unwrap();
    c.git_cmd(&["init", "-q", "--bare", "-b", "main", r]);
    c.git_cmd(&["remote", "add", "origin", r]);
    c.git_cmd(&["push", "-q", "-u", "origin", "main"]);
    c.write(
        "leerlingen.csv",
        "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Woonplaats;Onderwijssoort;Inschrijfdatum\n\
         1001;Zoë;van der;Berg;14-05-2008;Heiloo;Praktijkonderwijs;23-08-2021\n",
    );
    (c, remote)
}

fn run(c: &Case, args: &[&str]) -> Out {
    let mut all = vec!["--lang", "nl"];
    all.extend_from_slice(args);
    let mut cmd = c.command(TODAY, &all);
    // `edit` with an editor that changes nothing; `merge-file` files made below.
    cmd.env("EDITOR", "true");
    crate::harness::run(cmd)
}

#[test]
fn a_dutch_run_of_every_command_prints_no_english() {
    let (c, _remote) = folder();
    for (name, args, code) in RUNS {
        if *name == "merge-file" {
            // The same field changed on both sides: a conflict, which the driver reports.
            let text = c.read("students/sem.toml");
            c.write("base.toml", &text);
            c.write("ours.toml", &text.replace("Heiloo", "Alkmaar"));
            c.write("theirs.toml", &text.replace("Heiloo", "Bergen"));
        }
        let out = run(&c, args);
        assert_eq!(
            out.code,
            *code,
            "`uitstroom --lang nl {}`\nstdout:\n{}\nstderr:\n{}",
            args.join(" "),
            out.stdout,
            out.stderr
        );
        // The static completion script is shell code; only its descriptions are read.
        if *name == "completions" {
            let descriptions: String = out
                .stdout
                .lines()
                .filter_map(|l| l.split(" -d '").nth(1))
                .map(|d| format!("{}\n", d.split('\'').next().unwrap_or("")))
                .collect();
            assert!(descriptions.contains("Toon een leerling"), "{descriptions}");
            assert_dutch(&Out {
                code: 0,
                stdout: descriptions,
                stderr: out.stderr,
            });
            continue;
        }
        // A calendar is a file format; what a person reads in it is the summary and the
        // description of each item (with RFC 5545's escapes undone).
        if args.contains(&"ics") {
            let text: String = out
                .stdout
                .lines()
                .filter_map(|l| {
                    l.strip_prefix("SUMMARY:")
                        .or_else(|| l.strip_prefix("DESCRIPTION:"))
                })
                .map(|v| {
                    format!(
                        "{}\n",
                        v.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")
                    )
                })
                .collect();
            assert!(text.contains("Uitstroomprofiel vaststellen"), "{text}");
            assert_dutch(&Out {
                code: 0,
                stdout: text,
                stderr: out.stderr,
            });
            continue;
        }
        assert_dutch(&out);
        assert!(
            !out.stdout.is_empty() || !out.stderr.is_empty() || *name == "check" || *name == "edit",
            "`{}` printed nothing to read",
            args.join(" ")
        );
    }
}

/// Every subcommand of the command line has a Dutch run above.
#[test]
fn every_subcommand_has_a_dutch_run() {
    let cmd = uitstroom::cli::Cli::command();
    for sub in cmd.get_subcommands() {
        assert!(
            RUNS.iter().any(|(name, _, _)| *name == sub.get_name()),
            "`{}` has no Dutch run in tests/cli/dutch_all.rs",
            sub.get_name()
        );
    }
}

/// SPEC.md: "Everything a person reads exists in Dutch and English: …, `--help`." The help
/// of the program and of every subcommand, short and long, in a Dutch run.
#[test]
fn every_help_is_dutch() {
    let c = Case::new();
    let cmd = uitstroom::cli::Cli::command();
    let subcommands: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
    let mut names: Vec<Vec<&str>> = vec![vec![]];
    names.extend(subcommands.iter().map(|s| vec![*s]));
    for name in names {
        for flag in ["-h", "--help"] {
            let mut args = name.clone();
            args.push(flag);
            let out = run(&c, &args);
            assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
            assert!(
                out.stdout.contains("Gebruik: uitstroom"),
                "{args:?}:\n{}",
                out.stdout
            );
            assert!(
                out.stdout.contains("Voorbeeld"),
                "{args:?} has no example:\n{}",
                out.stdout
            );
            // The list of subcommands names them as they are typed: the names are the
            // format, their descriptions are read.
            let stdout: String = out
                .stdout
                .lines()
                .map(|l| match l.trim_start().split_once("  ") {
                    Some((first, rest)) if subcommands.contains(&first) => format!("{rest}\n"),
                    _ => format!("{l}\n"),
                })
                .collect();
            assert_dutch(&Out { stdout, ..out });
        }
    }
}
