//! Hostile input (issue 10, item 6): whatever is in the folder or on the command line,
//! the tool never panics, hangs, floods the terminal or reads and writes outside the
//! folder. Each problem is reported with its file; the other students are still listed.

use crate::harness::{Case, assert_has, new_student, sem, student};
use std::fs;
use std::path::Path;
use std::time::Duration;

/// Long enough for a debug build on a busy machine, short enough to catch a hang.
const LIMIT: Duration = Duration::from_secs(20);
const TODAY: &str = "2026-11-25";

/// A folder with one good student, Sem.
fn case() -> Case {
    Case::new().file("students/sem.toml", &sem(""))
}

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo").arg(path).status().unwrap();
    assert!(ok.success(), "mkfifo");
}

/// Issue 10: a FIFO in students/ hung `due`, `list` and `check`; a link to `/dev/zero`
/// made `due` eat memory until it aborted; a link to another folder's file was read.
#[cfg(unix)]
#[test]
fn fifos_links_devices_and_folders_are_reported_and_never_opened() {
    use std::os::unix::fs::symlink;
    let elsewhere = tempfile::tempdir().unwrap();
    let secret = elsewhere.path().join("geheim.toml");
    fs::write(
        &secret,
        student(
            "link",
            "Geheim Buiten",
            "pro",
            "2008-05-14",
            "2021-08-23",
            "Heiloo",
            "",
        ),
    )
    .unwrap();
    let c = case();
    symlink(&secret, c.path("students/link.toml")).unwrap();
    symlink("/dev/zero", c.path("students/zero.toml")).unwrap();
    mkfifo(&c.path("students/fifo.toml"));
    fs::create_dir(c.path("students/dir.toml")).unwrap();
    let expected = [
        "students/dir.toml:1:1: error: is a folder, not a file; uitstroom reads only regular files, so it was not read",
        "students/fifo.toml:1:1: error: is a FIFO (named pipe), not a file; uitstroom reads only regular files, so it was not read\n  hint: remove it (rm students/fifo.toml)",
        &format!(
            "students/link.toml:1:1: error: is a symbolic link (to {}); uitstroom reads only regular files, so it was not read",
            secret.display()
        ),
        "students/zero.toml:1:1: error: is a symbolic link (to /dev/zero)",
    ];
    for args in [
        &["due", "--all", "--format", "plain"][..],
        &["list", "--format", "plain"],
        &["check"],
    ] {
        let out = c.run_within(LIMIT, TODAY, args).code(1);
        let all = format!("{}{}", out.stdout, out.stderr);
        for e in &expected {
            assert!(all.contains(e), "{args:?}: no {e:?} in\n{all}");
        }
        assert!(!all.contains("Geheim"), "{args:?} read the linked file:\n{all}");
        if args[0] != "check" {
            assert!(out.stdout.contains("Sem de Vries"), "{args:?}:\n{all}");
        }
    }
    // Addressed by id, too.
    let out = c.run_within(LIMIT, TODAY, &["show", "fifo"]).code(1);
    assert_has(&out.stderr, "is a FIFO");
}

/// The folder's settings are read with the same care: a link is not followed.
#[cfg(unix)]
#[test]
fn settings_behind_a_link_are_not_read() {
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(
        elsewhere.path().join("other.toml"),
        "[region]\nname = \"Elders\"\n",
    )
    .unwrap();
    let c = case();
    fs::remove_file(c.path("uitstroom.toml")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("other.toml"), c.path("uitstroom.toml")).unwrap();
    let out = c.run_within(LIMIT, TODAY, &["due"]).code(1);
    assert!(
        out.stderr
            .starts_with("uitstroom.toml:1:1: error: is a symbolic link (to "),
        "{}",
        out.stderr
    );
}

/// Issue 10: "never follow a link out of the folder for reading or writing". `students/`
/// or `archive/` as a link to another folder would have every file read and written
/// there: no command reads or writes through it, and the error says how to mend it.
#[cfg(unix)]
#[test]
fn students_or_archive_as_a_link_is_refused_by_every_command() {
    let other = case();
    let before = other.read("students/sem.toml");
    for name in ["students", "archive"] {
        let c = case();
        fs::remove_dir_all(c.path(name)).unwrap();
        std::os::unix::fs::symlink(other.path(name), c.path(name)).unwrap();
        let want = format!(
            "{name}:1:1: error: is a symbolic link (to {}); uitstroom reads and writes only the case folder's own folders, so nothing was read\n  hint: put the folder itself in its place: rm {name} && mv {} {name}\n",
            other.path(name).display(),
            other.path(name).display(),
        );
        for args in [
            &["due", "--all"][..],
            &["list"],
            &["check"],
            &["show", "sem"],
            &["log", "sem", "note", "--note", "x"],
            &[
                "new",
                "bo",
                "--name",
                "Bo",
                "--birth-date",
                "2008-01-01",
                "--track",
                "pro",
                "--enrolled",
                "2021-08-23",
            ],
        ] {
            let out = c.run_within(LIMIT, TODAY, args).code(1);
            assert_eq!(out.stderr, want, "{name}: {args:?}");
            assert!(
                !out.stdout.contains("Sem de Vries"),
                "{name}: {args:?}: {}",
                out.stdout
            );
        }
        assert_eq!(other.read("students/sem.toml"), before);
        assert!(!other.path("students/bo.toml").exists());
    }
}

/// Issue 10: `log` replaced a link to another folder's file with a copy (and committed it).
#[cfg(unix)]
#[test]
fn writes_never_replace_a_link_with_a_copy() {
    let other = case();
    let target = other.path("students/sem.toml");
    let before = other.read("students/sem.toml");
    let c = Case::new();
    std::os::unix::fs::symlink(&target, c.path("students/sem.toml")).unwrap();
    for args in [
        &["log", "sem", "note", "--note", "x"][..],
        &["set", "sem", "school", "Focus"],
        &["done", "sem", "age-18"],
    ] {
        let out = c.run_within(LIMIT, TODAY, args).code(1);
        assert!(
            out.stderr.contains("is a symbolic link"),
            "{args:?}: {}",
            out.stderr
        );
        let meta = fs::symlink_metadata(c.path("students/sem.toml")).unwrap();
        assert!(meta.file_type().is_symlink(), "{args:?} replaced the link");
        assert_eq!(
            other.read("students/sem.toml"),
            before,
            "{args:?} wrote through the link"
        );
    }
}

/// Issue 10: a name with terminal escapes (`\u001b]0;…`) was printed raw, and a name
/// with a newline forged an extra line in `due --format plain`, the list cron mails.
/// Reading refuses such a name (a diagnostic with its place); every message that quotes
/// the file escapes what it quotes; the other students are still listed.
#[test]
fn control_characters_in_files_are_refused_and_never_printed_raw() {
    let c = case()
        .file(
            "students/esc.toml",
            &student(
                "esc",
                "A\\u001b]0;pwned\\u0007B",
                "pro",
                "2008-05-14",
                "2021-08-23",
                "Heiloo",
                "",
            ),
        )
        .file(
            "students/nl.toml",
            &student(
                "nl",
                "Nina\\n2026-01-01  overdue   school  x  Forged",
                "pro",
                "2008-05-14",
                "2021-08-23",
                "Heiloo",
                "",
            ),
        )
        .file(
            "students/trk.toml",
            &student(
                "trk",
                "Tim",
                "pro\\u001b[2J",
                "2008-05-14",
                "2021-08-23",
                "Heiloo",
                "[[events]]\ndate = 2026-01-05\nkind = \"note\"\nnote = \"bel \\u009b31m terug\"\n",
            ),
        );
    let out = c
        .run_within(LIMIT, TODAY, &["due", "--all", "--format", "plain"])
        .code(1);
    assert_has(
        &out.stderr,
        "students/esc.toml:3:8: error: `name` contains a control character (U+001B)\n  hint: names, places and roles are one line of plain text: remove it",
    );
    assert_has(
        &out.stderr,
        "students/nl.toml:3:8: error: `name` contains a line break",
    );
    assert_has(
        &out.stderr,
        "students/trk.toml:7:9: error: unknown track `pro\\u{1b}[2J`",
    );
    assert_has(
        &out.stderr,
        "students/trk.toml:12:8: error: `note` contains a control character (U+009B)",
    );
    // Every line of the list is one of Sem's actions: nothing forged.
    assert!(!out.stdout.is_empty());
    for line in out.stdout.lines() {
        assert!(line.contains("  sem  Sem de Vries: "), "forged line: {line:?}");
    }
    for args in [
        &["check"][..],
        &["list", "--format", "plain"],
        &["due", "--format", "table"],
        &["show", "esc"],
        &["why", "trk", "age-18"],
    ] {
        let out = c.run_within(LIMIT, TODAY, args);
        let all = format!("{}{}", out.stdout, out.stderr);
        assert!(
            !all.chars().any(|ch| ch.is_control() && ch != '\n'),
            "{args:?} printed a control character:\n{all:?}"
        );
    }
}

/// What the settings say reaches `config` and `show` escaped, too.
#[test]
fn settings_text_is_escaped_in_output() {
    let c = case().file(
        "uitstroom.toml",
        "[region]\nname = \"Noord\\u001b]0;x\\u0007\"\nmunicipalities = [\"Heiloo\\u001b[2J\"]\n",
    );
    for args in [&["config"][..], &["show", "sem"]] {
        let out = c.run_within(LIMIT, TODAY, args).code(0);
        assert!(!out.stdout.contains('\u{1b}'), "{args:?}: {:?}", out.stdout);
    }
    let out = c.run_within(LIMIT, TODAY, &["config"]).code(0);
    assert_has(&out.stdout, "region Noord\\u{1b}]0;x\\u{7}: Heiloo\\u{1b}[2J");
}

/// The command line refuses control characters in names, places and notes (exit 2,
/// nothing written); a note may have line breaks.
#[test]
fn control_characters_on_the_command_line_are_refused() {
    let c = case();
    for name in ["A\u{1b}]0;pwned\u{7}B", "Sem\nde Vries", "Sem\u{202e}seirV"] {
        let out = c.run_within(LIMIT, TODAY, &new_student("x", name)).code(2);
        assert_has(&out.stderr, "error: --name contains ");
        assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
        assert!(!c.path("students/x.toml").exists());
    }
    let before = c.read("students/sem.toml");
    for args in [
        &["set", "sem", "name", "A\u{1b}[2J"][..],
        &["set", "sem", "school", "Focus\nForged"],
        &["log", "sem", "note", "--note", "bel\u{7}"],
        &[
            "log",
            "sem",
            "exit",
            "destination=education",
            "programme=Zorg\u{1b}",
        ],
        &[
            "defer",
            "sem",
            "age-18",
            "--until",
            "2026-12-01",
            "--reason",
            "x\u{1}",
        ],
        &["waive", "sem", "age-18", "--reason", "x\u{9b}"],
    ] {
        let out = c.run_within(LIMIT, TODAY, args).code(2);
        assert!(out.stderr.contains("contains a"), "{args:?}: {}", out.stderr);
        assert_eq!(c.read("students/sem.toml"), before, "{args:?} wrote");
    }
    // A note of two lines is a note.
    c.run_within(
        LIMIT,
        TODAY,
        &["log", "sem", "note", "--note", "regel 1\nregel 2\tmet tab"],
    )
    .code(0);
    let out = c.run_within(LIMIT, TODAY, &["show", "sem"]).code(0);
    assert_has(&out.stdout, "note — regel 1\n");
}

/// Issue 10: `log … --date 9999-12-31` was accepted, and `due --format json` then printed
/// `"due": "+10000-06-30"`. Dates are bounded to 1900–2199 on the command line and in
/// files; what rules compute from a date in range stays YYYY-MM-DD.
#[test]
fn dates_are_bounded_on_the_command_line_and_in_files() {
    let c = case();
    for args in [
        &["log", "sem", "note", "--date", "9999-12-31"][..],
        &[
            "log",
            "sem",
            "exit",
            "destination=education",
            "programme_start=9999-12-31",
        ],
        &["set", "sem", "planned_exit", "0001-01-01"],
        &["defer", "sem", "age-18", "--until", "2200-01-01", "--reason", "x"],
    ] {
        let out = c.run_within(LIMIT, TODAY, args).code(2);
        assert!(
            out.stderr.contains("is outside the years 1900 to 2199"),
            "{args:?}: {}",
            out.stderr
        );
    }
    let out = c.run_within(LIMIT, "9999-12-31", &["due"]).code(2);
    assert_has(&out.stderr, "outside the years 1900 to 2199");

    let c = case().file(
        "students/far.toml",
        &student(
            "far",
            "Far",
            "entree",
            "2180-05-14",
            "2199-08-23",
            "Heiloo",
            "[[events]]\ndate = 9999-12-31\nkind = \"note\"\n",
        ),
    );
    let out = c.run_within(LIMIT, TODAY, &["check"]).code(1);
    assert_has(
        &out.stdout,
        "students/far.toml:10:8: error: `date` 9999-12-31 is outside the years 1900 to 2199\n  hint: check the year",
    );
    // At the edge of the range every computed date is still YYYY-MM-DD.
    c.write(
        "students/far.toml",
        &student("far", "Far", "entree", "2180-05-14", "2199-08-23", "Heiloo", ""),
    );
    let out = c
        .run_within(LIMIT, TODAY, &["due", "--all", "--format", "json"])
        .code(0);
    crate::harness::assert_contract("due.schema.json", &out.json());
    let rows = out.json();
    assert!(rows.as_array().unwrap().iter().any(|r| r["case"] == "far"));
    for r in rows.as_array().unwrap() {
        for key in ["due", "opens"] {
            let d = r[key].as_str().unwrap();
            assert!(d.len() == 10 && d.as_bytes()[4] == b'-', "{key} {d}");
        }
    }
}

/// Issue 10: `set` on a CRLF file turned every line end into LF and dropped a BOM. Every
/// write keeps both: `set`, appended events (as tables and inline), and `edit`.
#[test]
fn line_ends_and_byte_order_mark_survive_every_write() {
    let crlf = |s: &str| format!("\u{feff}{}", s.replace('\n', "\r\n"));
    let src = crlf(&sem(""));
    let c = Case::new().file("students/sem.toml", &src);
    c.run_within(LIMIT, TODAY, &["set", "sem", "school", "Focus"])
        .code(0);
    c.run_within(LIMIT, TODAY, &["set", "sem", "name", "Sem Visser"])
        .code(0);
    c.run_within(LIMIT, TODAY, &["log", "sem", "note", "--note", "x"])
        .code(0);
    let want = crlf(&student(
        "sem",
        "Sem Visser",
        "pro",
        "2008-05-14",
        "2021-08-23",
        "Heiloo",
        "",
    ))
    .replace("Praktijkschool Focus", "Focus")
        + "\r\n[[events]]\r\ndate = 2026-11-25\r\nkind = \"note\"\r\nnote = \"x\"\r\n";
    crate::harness::assert_same(&c.read("students/sem.toml"), &want);

    // Events kept as an inline array.
    let inline = crlf(&student(
        "ina",
        "Ina",
        "pro",
        "2008-05-14",
        "2021-08-23",
        "Heiloo",
        "events = [\n  {date = 2025-09-15, kind = \"start-meeting\"},\n]\n",
    ));
    c.write("students/ina.toml", &inline);
    c.run_within(LIMIT, TODAY, &["log", "ina", "note"]).code(0);
    let text = c.read("students/ina.toml");
    assert!(text.starts_with('\u{feff}'), "{text:?}");
    assert!(!text.replace("\r\n", "").contains('\n'), "a bare LF: {text:?}");
    assert!(text.contains("kind = \"note\""), "{text:?}");

    // `edit` saves what the editor wrote: CRLF and BOM stay when the editor keeps them.
    let tmp = tempfile::tempdir().unwrap();
    c.write(
        "editor.sh",
        "#!/bin/sh\nsed -i 's/Sem Visser/Sem de Vries/' \"$1\"\n",
    );
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", TODAY)
            .env("TMPDIR", tmp.path())
            .env("EDITOR", format!("sh {}", c.path("editor.sh").display()))
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    crate::harness::assert_same(
        &c.read("students/sem.toml"),
        &want.replace("Sem Visser", "Sem de Vries"),
    );
}

/// Ids are file names: `/`, `..`, a leading dot, control characters, upper case or more
/// than 64 characters are refused (exit 2) by every command that takes one, and nothing
/// is read or written outside the folder.
#[test]
fn hostile_ids_are_refused_everywhere() {
    let c = case();
    c.write("secret.toml", &sem(""));
    let long = "a".repeat(65);
    let ids = [
        "../secret",
        "a/b",
        "..",
        ".sem",
        "sem\u{1b}",
        "sem\n",
        "Sem",
        "",
        long.as_str(),
        "/etc/passwd",
    ];
    for id in ids {
        for args in [
            vec!["show", id],
            vec!["log", id, "note"],
            vec!["set", id, "school", "x"],
            vec!["edit", id],
            vec!["why", id, "age-18"],
            vec!["done", id, "age-18"],
            new_student(id, "X").to_vec(),
        ] {
            let out = c.run_within(LIMIT, TODAY, &args).code(2);
            assert!(
                out.stderr.contains("is not a valid case id"),
                "{args:?}: {}",
                out.stderr
            );
            assert!(!out.stderr.contains('\u{1b}'), "{:?}", out.stderr);
        }
    }
    let mut names: Vec<String> = fs::read_dir(c.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["archive", "home", "secret.toml", "students", "uitstroom.toml"]
    );
    assert_eq!(fs::read_dir(c.path("students")).unwrap().count(), 1);
    assert_eq!(c.read("secret.toml"), sem(""));
}

/// Files that are not student files — 50 MB, garbage, NUL bytes, invalid UTF-8,
/// 100,000 nested `[` — are each one clear error with its file, found quickly; the
/// other students are still listed.
#[test]
fn garbage_files_are_refused_cleanly() {
    let c = case();
    let big = fs::File::create(c.path("students/big.toml")).unwrap();
    big.set_len(50_000_000).unwrap(); // sparse: no 50 MB on the disk
    let mut garbage = Vec::new();
    let mut x: u32 = 0x1234_5678;
    for _ in 0..4096 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        garbage.push(x.to_le_bytes()[0]);
    }
    fs::write(c.path("students/garbage.toml"), &garbage).unwrap();
    fs::write(c.path("students/nul.toml"), sem("").replace("Sem de", "Sem\0de")).unwrap();
    let mut latin1 = sem("").into_bytes();
    latin1.extend(b"# caf\xe9\n");
    fs::write(c.path("students/latin1.toml"), latin1).unwrap();
    fs::write(
        c.path("students/nested.toml"),
        format!("x = {}", "[".repeat(100_000)),
    )
    .unwrap();
    fs::write(c.path("students/empty.toml"), "").unwrap();
    let out = c.run_within(LIMIT, TODAY, &["check"]).code(1);
    let want = [
        "students/big.toml:1:1: error: the file is 50000000 bytes, more than a student file can be (16 MiB), so it was not read",
        "students/garbage.toml:1:1: error: the file is not UTF-8 text",
        "students/latin1.toml:9:6: error: the file is not UTF-8 text",
        "students/nul.toml:3:12: error: the file contains a NUL byte: it is not a text file",
        "students/nested.toml:1:",
        "students/empty.toml:1:1: error: missing key `schema`",
    ];
    for w in want {
        assert!(out.stdout.contains(w), "no {w:?} in\n{}", out.stdout);
    }
    for file in ["big", "garbage", "latin1", "nul"] {
        let n = out.stdout.matches(&format!("students/{file}.toml:")).count()
            - out
                .stdout
                .matches(&format!("students/{file}.toml:1:1: warning: the group"))
                .count();
        assert_eq!(n, 1, "{file}: one error, not a flood\n{}", out.stdout);
    }
    let out = c
        .run_within(LIMIT, TODAY, &["due", "--all", "--format", "plain"])
        .code(1);
    assert_has(&out.stdout, "Sem de Vries");
}

/// Issue 10: `Upper.TOML`, `sub/x.toml`, `.hidden.toml` were ignored silently, a file
/// name that is not UTF-8 was skipped without a word, and a 0644 student file drew no
/// warning. `check` names each (and none is read); a name that is not UTF-8 hides a
/// case, so `due` and `list` report it too.
#[cfg(unix)]
#[test]
fn odd_names_and_open_permissions_are_named_by_check() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;
    let c = case()
        .file("students/Upper.TOML", &sem(""))
        .file("students/sub/x.toml", &sem(""))
        .file("students/.hidden.toml", &sem(""))
        .file("students/README.md", "notities\n");
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    fs::write(c.path("students").join(latin1), sem("")).unwrap();
    fs::set_permissions(c.path("students/sem.toml"), fs::Permissions::from_mode(0o644)).unwrap();
    let out = c.run_within(LIMIT, TODAY, &["check"]).code(1);
    crate::harness::assert_same(
        &out.stdout,
        "\
students/.hidden.toml:1:1: warning: `.hidden.toml` is a hidden file, so it is not read
  hint: if it is a case, rename it: mv students/.hidden.toml students/hidden.toml
students/Upper.TOML:1:1: warning: `Upper.TOML` is not read: case files end in `.toml`, in lower case
  hint: if it is a case, rename it: mv students/Upper.TOML students/upper.toml
students/caf\u{fffd}.toml:1:1: error: the file name is not UTF-8 text, so the file was not read
  hint: rename it to the case id: ID.toml, with lower-case letters, digits, `.`, `_` and `-`
students/sem.toml:1:1: warning: the group and others can read this file (mode 644); a case file is for its coordinators only
  hint: make it private: chmod 600 students/sem.toml (for a whole clone: chmod -R go-rwx FOLDER, and umask 077 before cloning)
students/sub:1:1: warning: `sub/` is a folder: the files in it are not read
  hint: case files live directly in students/; move them there, or the folder out
",
    );
    let out = c
        .run_within(LIMIT, TODAY, &["due", "--all", "--format", "plain"])
        .code(1);
    assert_eq!(
        out.stderr,
        "students/caf\u{fffd}.toml:1:1: error: the file name is not UTF-8 text, so the file was not read\n  hint: rename it to the case id: ID.toml, with lower-case letters, digits, `.`, `_` and `-`\n"
    );
    // Only Sem is read.
    assert!(
        out.stdout.lines().all(|l| l.contains("  sem  ")),
        "{}",
        out.stdout
    );
    // Private again, the warning goes; the tool's own writes are private.
    fs::set_permissions(c.path("students/sem.toml"), fs::Permissions::from_mode(0o640)).unwrap();
    let out = c.run_within(LIMIT, TODAY, &["check"]).code(1);
    assert_has(&out.stdout, "the group can read this file (mode 640)");
    c.run_within(LIMIT, TODAY, &["log", "sem", "note"]).code(0);
    let mode = fs::metadata(c.path("students/sem.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let out = c.run_within(LIMIT, TODAY, &["check"]).code(1);
    assert!(!out.stdout.contains("can read this file"), "{}", out.stdout);
}

/// In a shared folder the git history is other people's text too: `history` escapes a
/// commit subject or author name that would steer the terminal.
#[test]
fn history_escapes_what_other_clones_wrote() {
    let c = Case::with_git().file("students/sem.toml", &sem(""));
    c.git_cmd(&["add", "students/sem.toml"]);
    c.git_cmd(&[
        "-c",
        "user.name=Eve\u{1b}[2J",
        "commit",
        "-q",
        "-m",
        "add sem\u{1b}]0;pwned\u{7}",
    ]);
    let out = c.run_within(LIMIT, TODAY, &["history", "sem"]).code(0);
    assert!(!out.stdout.contains('\u{1b}'), "{:?}", out.stdout);
    assert_has(&out.stdout, "add sem\\u{1b}]0;pwned\\u{7}");
}
