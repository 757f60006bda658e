//! Faults (issue 10, item 5): a write killed at any moment leaves every file whole and
//! the next write sweeps what it left; a write that fails — the file size limit, a
//! read-only folder, a file without permissions — names the file, keeps the old one and
//! exits 1.

use crate::harness::{self, Case, Out, assert_has, lisa, new_student};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-25";

/// Sem, leaving on 2026-07-10.
fn sem() -> String {
    harness::sem("planned_exit = 2026-07-10\n")
}

/// Names in a folder that a killed write may leave: temporary files and drafts.
fn strays(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || !n.ends_with(".toml"))
        .collect()
}

fn assert_no_strays(c: &Case, when: &str) {
    for dir in ["students", "archive"] {
        let s = strays(&c.path(dir));
        assert!(s.is_empty(), "{when}: left in {dir}/: {s:?}");
    }
    let root: Vec<String> = strays(c.dir.path())
        .into_iter()
        .filter(|n| n.starts_with(".uitstroom-"))
        .collect();
    assert!(root.is_empty(), "{when}: left in the folder: {root:?}");
}

/// The student files and their text.
fn snapshot(c: &Case) -> BTreeMap<String, String> {
    fs::read_dir(c.path("students"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".toml"))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A small deterministic generator (xorshift), so a failing round can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Replaces the value of the line `key = …` (the tool's own layout).
fn with_line(src: &str, key: &str, value: &str) -> String {
    src.lines()
        .map(|l| {
            if l.starts_with(&format!("{key} = ")) {
                format!("{key} = {value}\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect()
}

/// Issue 10: "Files already survive `kill -9`"; what did not: temporary files of killed
/// writes were never cleaned up, and a killed `edit` left a full copy of the student
/// (`students/.ID-XXXX.toml`) that `.gitignore` does not cover.
///
/// 300 rounds of `log`, `set`, `new` and `edit`, each killed with SIGKILL after a random
/// delay drawn from 0 to 1.2 times the command's own run time (measured first), so kills
/// land before, during and after the write. After every kill each file is either as it
/// was or exactly as the completed command writes it, and parses; every fifth round a
/// write runs to its end and no temporary file or draft is left in the folder after it.
/// About 5 s in a debug build.
#[cfg(unix)]
#[test]
fn killed_writes_leave_whole_files_and_no_strays() {
    const ROUNDS: usize = 300;
    let c = Case::new().file("students/sem.toml", &sem());
    let drafts = tempfile::tempdir().unwrap();
    c.write(
        "editor.sh",
        "#!/bin/sh\nsed -i \"s/^planned_exit = .*/planned_exit = 2027-07-$DAY/\" \"$1\"\n",
    );
    let editor = format!("sh {}", c.path("editor.sh").display());
    let args = |round: usize| -> Vec<String> {
        let a: Vec<String> = match round % 4 {
            0 => vec!["log", "sem", "note", "--note", &format!("r{round}")]
                .into_iter()
                .map(String::from)
                .collect(),
            1 => vec!["set".into(), "sem".into(), "school".into(), format!("S{round}")],
            2 => new_student(&format!("n{round}"), "N").map(String::from).to_vec(),
            _ => vec!["edit".into(), "sem".into()],
        };
        a
    };
    let spawn = |round: usize, args: &[String]| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = c.command(TODAY, &args);
        cmd.env("TMPDIR", drafts.path())
            .env("EDITOR", &editor)
            .env("DAY", format!("{:02}", round % 28 + 1))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        cmd.spawn().unwrap()
    };
    // Each command's own run time, to draw the moments of the kills from.
    let mut took = [Duration::ZERO; 4];
    for (op, t) in took.iter_mut().enumerate() {
        let start = Instant::now();
        let status = spawn(1000 + op, &args(1000 + op)).wait().unwrap();
        assert!(status.success(), "calibration of {:?}", args(1000 + op));
        *t = start.elapsed();
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut changed, mut unchanged) = (0, 0);
    for round in 0..ROUNDS {
        let before = snapshot(&c);
        let sem_before = &before["sem.toml"];
        let op = round % 4;
        let mut child = spawn(round, &args(round));
        let window = u64::try_from(took[op].as_micros() * 6 / 5).unwrap_or(u64::MAX);
        std::thread::sleep(Duration::from_micros(rng.below(window)));
        let _ = child.kill();
        child.wait().unwrap();

        // Each file is as it was, or exactly as the finished command writes it.
        let after = snapshot(&c);
        let (file, done) = match op {
            0 => (
                "sem.toml".to_string(),
                format!("{sem_before}\n[[events]]\ndate = {TODAY}\nkind = \"note\"\nnote = \"r{round}\"\n"),
            ),
            1 => (
                "sem.toml".to_string(),
                with_line(sem_before, "school", &format!("\"S{round}\"")),
            ),
            2 => (
                format!("n{round}.toml"),
                format!(
                    "schema = 1\nid = \"n{round}\"\nname = \"N\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2021-08-23\n"
                ),
            ),
            _ => (
                "sem.toml".to_string(),
                with_line(
                    sem_before,
                    "planned_exit",
                    &format!("2027-07-{:02}", round % 28 + 1),
                ),
            ),
        };
        for (name, text) in &after {
            if name != &file {
                assert_eq!(Some(text), before.get(name), "round {round}: {name} changed");
            }
        }
        match after.get(&file) {
            Some(t) if *t == done => changed += 1,
            Some(t) if before.get(&file) == Some(t) => unchanged += 1,
            None if !before.contains_key(&file) => unchanged += 1,
            other => panic!("round {round} ({:?}): {file} is\n{other:?}", args(round)),
        }
        if let Some(t) = after.get(&file) {
            uitstroom::student::parse(t, Path::new(&file))
                .unwrap_or_else(|d| panic!("round {round}: {file} does not parse: {d:?}"));
        }

        if round % 5 == 4 {
            // The next write runs to its end, and leaves nothing behind.
            let out = c
                .run_with(c.dir.path(), |cmd| {
                    cmd.env("UITSTROOM_TODAY", TODAY)
                        .env("TMPDIR", drafts.path())
                        .args(["log", "sem", "note", "--note", "sweep"]);
                })
                .code(0);
            assert!(out.stdout.starts_with("log note for sem"), "{}", out.stdout);
            assert_no_strays(&c, &format!("after round {round}"));
        }
    }
    // A last edit sweeps the drafts of the killed ones: none is left in use.
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", TODAY)
            .env("TMPDIR", drafts.path())
            .env("EDITOR", &editor)
            .env("DAY", "28")
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    let left: Vec<String> = strays(drafts.path())
        .into_iter()
        .filter(|n| n.starts_with("uitstroom-edit-") || n.starts_with("uitstroom-gone-"))
        .collect();
    let listing: Vec<String> = left
        .iter()
        .map(|d| {
            let files: Vec<String> = fs::read_dir(drafts.path().join(d))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            format!("{d}: {files:?}")
        })
        .collect();
    assert!(left.is_empty(), "drafts of killed edits left: {listing:?}");
    let kept = strays(drafts.path())
        .iter()
        .filter(|n| n.starts_with("uitstroom-kept-"))
        .count();
    assert_no_strays(&c, "at the end");
    c.run_on(TODAY, &["check"]).code(0);
    eprintln!(
        "kill -9: {ROUNDS} rounds, {changed} killed after their write, {unchanged} before it; {kept} changed drafts of killed edits kept"
    );
    assert!(
        changed >= 10 && unchanged >= 10,
        "kills did not spread: {changed} / {unchanged}"
    );
}

/// A temporary file is swept only when its writer is gone: one whose lock is held (a
/// write in progress) stays; in the folder itself only old ones go.
#[cfg(unix)]
#[test]
fn only_abandoned_temporary_files_are_swept() {
    let c = Case::new().file("students/sem.toml", &sem());
    for p in [
        "students/.uitstroom-dead1.tmp",
        "archive/.uitstroom-dead2.tmp",
        "students/.uitstroom-live.tmp",
        ".uitstroom-young.tmp",
    ] {
        c.write(p, "schema = 1\nid = \"sem\"\nname = \"Sem de Vries\"\n");
    }
    let live = fs::File::open(c.path("students/.uitstroom-live.tmp")).unwrap();
    live.lock().unwrap();
    // Reading commands leave them alone (they take no lock) and do not list them.
    let out = c.run_on(TODAY, &["check"]).code(0);
    assert_eq!(out.stdout, "");
    assert!(c.path("students/.uitstroom-dead1.tmp").exists());
    c.run_on(TODAY, &["log", "sem", "note"]).code(0);
    assert!(!c.path("students/.uitstroom-dead1.tmp").exists());
    assert!(!c.path("archive/.uitstroom-dead2.tmp").exists());
    assert!(
        c.path("students/.uitstroom-live.tmp").exists(),
        "a live write's file was swept"
    );
    assert!(
        c.path(".uitstroom-young.tmp").exists(),
        "a young file in the folder was swept"
    );
    drop(live);
    c.run_on(TODAY, &["set", "sem", "school", "Focus"]).code(0);
    assert!(!c.path("students/.uitstroom-live.tmp").exists());
}

/// Issue 10: `ulimit -f` killed the tool with SIGXFSZ and no message. Now the write
/// fails, the error names the file, the old file stays whole and no temporary file is
/// left. (RLIMIT_FSIZE binds root as well: this test means the same as any user.)
#[cfg(unix)]
#[test]
fn a_file_size_limit_is_an_error_that_names_the_file() {
    let c = Case::new().file("students/sem.toml", &sem());
    let limited = "ulimit -f 0 && exec \"$UITSTROOM\" \"$@\"";
    let want = |file: &str| {
        format!(
            "error: cannot write students/{file}.toml: file too large: the file size limit (`ulimit -f`) does not allow it; nothing was changed\n  hint: raise the limit (ulimit -f unlimited) and run the command again\n"
        )
    };
    for args in [
        &["log", "sem", "note", "--note", "x"][..],
        &["set", "sem", "school", "Focus"],
        &["done", "sem", "age-18"],
    ] {
        let out = c.shell(TODAY, limited, args).code(1);
        assert_eq!(out.stderr, want("sem"), "{args:?}");
        assert_eq!(c.read("students/sem.toml"), sem(), "{args:?}");
        assert_no_strays(&c, &format!("{args:?}"));
    }
    let out = c.shell(TODAY, limited, &new_student("lisa", "Lisa")).code(1);
    assert_eq!(out.stderr, want("lisa"));
    assert!(!c.path("students/lisa.toml").exists());
    // With stderr a file under the same limit the message cannot be written: the exit
    // status says it alone (no panic, no 101).
    let out = c
        .shell(
            TODAY,
            "ulimit -f 0 && exec \"$UITSTROOM\" \"$@\" 2>home/err.txt",
            &["log", "sem", "note"],
        )
        .code(1);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
    assert_eq!(c.read("students/sem.toml"), sem());
    // Under a limit of one block (512 bytes) a small new file fits; Sem's grown file not.
    c.shell(
        TODAY,
        "ulimit -f 1 && exec \"$UITSTROOM\" \"$@\"",
        &new_student("lisa", "Lisa"),
    )
    .code(0);
    for _ in 0..8 {
        c.run_on(
            TODAY,
            &["log", "sem", "note", "--note", "een notitie van een regel"],
        )
        .code(0);
    }
    let grown = c.read("students/sem.toml");
    assert!(grown.len() > 512);
    let out = c
        .shell(
            TODAY,
            "ulimit -f 1 && exec \"$UITSTROOM\" \"$@\"",
            &["log", "sem", "note"],
        )
        .code(1);
    assert_eq!(out.stderr, want("sem"));
    assert_eq!(c.read("students/sem.toml"), grown);
    assert_no_strays(&c, "after the limit");
}

/// Whether file modes bind this process. Root (or a process with CAP_DAC_OVERRIDE)
/// reads a file of mode 000, so a permission test would test nothing.
#[cfg(unix)]
fn modes_bind() -> bool {
    use std::os::unix::fs::PermissionsExt;
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("probe");
    fs::write(&p, "x").unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    fs::File::open(&p).is_err()
}

/// How a permission test runs the tool: directly, or — when this process is root, for
/// whom modes mean nothing (CI runs as root) — as `nobody` through `setpriv`, with the
/// case folder given to `nobody`. `None` (the test says why and is skipped) when root
/// cannot drop its privileges here.
#[cfg(unix)]
fn permission_runner(c: &Case) -> Option<&'static str> {
    const DIRECT: &str = "exec \"$UITSTROOM\" \"$@\"";
    const NOBODY: &str =
        "exec setpriv --reuid=65534 --regid=65534 --clear-groups --inh-caps=-all \"$UITSTROOM\" \"$@\"";
    if modes_bind() {
        return Some(DIRECT);
    }
    fn give(p: &Path) {
        std::os::unix::fs::chown(p, Some(65534), Some(65534)).unwrap();
        if p.is_dir() && !p.is_symlink() {
            for e in fs::read_dir(p).unwrap() {
                give(&e.unwrap().path());
            }
        }
    }
    give(c.dir.path());
    let probe = c.shell(TODAY, NOBODY, &["--version"]);
    if probe.code != 0 {
        eprintln!(
            "skipped: running as root, for whom file modes mean nothing, and `setpriv` could not run the tool as nobody: {}",
            probe.stderr
        );
        return None;
    }
    eprintln!("running as root: the permission checks run as nobody through setpriv");
    Some(NOBODY)
}

fn run_as(c: &Case, runner: &str, args: &[&str]) -> Out {
    c.shell(TODAY, runner, args)
}

/// A read-only `students/`: every write is refused with the file and the folder named,
/// nothing changes, exit 1.
#[cfg(unix)]
#[test]
fn a_read_only_folder_is_an_error_that_names_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let c = Case::new().file("students/sem.toml", &sem());
    let Some(runner) = permission_runner(&c) else {
        return;
    };
    fs::set_permissions(c.path("students"), fs::Permissions::from_mode(0o555)).unwrap();
    let want = |file: &str| {
        format!(
            "error: cannot write students/{file}.toml: permission denied; nothing was changed\n  hint: you need write permission on students (ls -ld students; chmod u+w students)\n"
        )
    };
    for args in [
        &["log", "sem", "note", "--note", "x"][..],
        &["set", "sem", "school", "Focus"],
    ] {
        let out = run_as(&c, runner, args).code(1);
        assert_eq!(out.stderr, want("sem"), "{args:?}");
        assert_eq!(c.read("students/sem.toml"), sem());
    }
    let out = run_as(&c, runner, &new_student("lisa", "Lisa")).code(1);
    assert_eq!(out.stderr, want("lisa"));
    // Reading still works.
    let out = run_as(&c, runner, &["due", "--all", "--format", "plain"]).code(0);
    assert_has(&out.stdout, "Sem de Vries");
    fs::set_permissions(c.path("students"), fs::Permissions::from_mode(0o700)).unwrap();
    assert_eq!(fs::read_dir(c.path("students")).unwrap().count(), 1);
}

/// A student file without permissions: an error with the file and the fix, the file as
/// it was, and the other students still listed.
#[cfg(unix)]
#[test]
fn a_file_without_permissions_is_an_error_that_names_it() {
    use std::os::unix::fs::PermissionsExt;
    let c = Case::new()
        .file("students/sem.toml", &sem())
        .file("students/lisa.toml", &lisa(""));
    let Some(runner) = permission_runner(&c) else {
        return;
    };
    fs::set_permissions(c.path("students/sem.toml"), fs::Permissions::from_mode(0o000)).unwrap();
    let want = "students/sem.toml:1:1: error: cannot read the file: permission denied\n  hint: make it readable for you: chmod 600 students/sem.toml\n";
    for args in [
        &["log", "sem", "note"][..],
        &["set", "sem", "school", "Focus"],
        &["show", "sem"],
    ] {
        let out = run_as(&c, runner, args).code(1);
        assert!(out.stderr.ends_with(want), "{args:?}: {}", out.stderr);
    }
    let out = run_as(&c, runner, &["due", "--all", "--format", "plain"]).code(1);
    assert_eq!(out.stderr, want);
    assert_has(&out.stdout, "Lisa Bakker");
    let meta = fs::metadata(c.path("students/sem.toml")).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0);
    fs::set_permissions(c.path("students/sem.toml"), fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(c.read("students/sem.toml"), sem());
}
