//! Runs the real binary in a temporary case folder with a fixed "today", a clean
//! environment and its own HOME (jj's TestEnvironment, fd's TestEnv).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const BIN: &str = env!("CARGO_BIN_EXE_uitstroom");

pub struct Case {
    pub dir: tempfile::TempDir,
    git: bool,
}

#[derive(Debug)]
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    /// Asserts the exit status, showing all output when it differs.
    #[track_caller]
    pub fn code(self, want: i32) -> Out {
        assert_eq!(
            self.code, want,
            "exit status\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", self.stdout))
    }
}

/// The settings of a folder with all defaults.
pub const EMPTY_SETTINGS: &str = "";

impl Case {
    /// An empty case folder (uitstroom.toml with defaults, students/, archive/).
    pub fn new() -> Case {
        let c = Case {
            dir: tempfile::tempdir().unwrap(),
            git: false,
        };
        c.write("uitstroom.toml", EMPTY_SETTINGS);
        fs::create_dir_all(c.path("students")).unwrap();
        fs::create_dir_all(c.path("archive")).unwrap();
        fs::create_dir_all(c.path("home")).unwrap();
        c
    }

    /// A folder that is also a git repository with a test identity.
    pub fn with_git() -> Case {
        let mut c = Case::new();
        c.git = true;
        c.git_cmd(&["init", "-q", "-b", "main"]);
        c.git_cmd(&["add", "uitstroom.toml"]);
        c.git_cmd(&["commit", "-q", "-m", "start"]);
        c
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes a file owner-only (0600), as the tool writes its own: `check` warns about
    /// case files that others can read.
    pub fn write(&self, rel: &str, contents: &str) {
        let p = self.path(rel);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(&p, contents).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&p, fs::Permissions::from_mode(0o600)).unwrap();
        }
    }

    pub fn file(self, rel: &str, contents: &str) -> Case {
        self.write(rel, contents);
        self
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap()
    }

    fn base_command(&self, cwd: &Path) -> Command {
        self.command_of(BIN, cwd)
    }

    fn command_of(&self, program: &str, cwd: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.env_clear()
            .current_dir(cwd)
            .env("HOME", self.path("home"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("LANG", "C.UTF-8")
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test Coordinator")
            .env("GIT_AUTHOR_EMAIL", "coordinator@example.org")
            .env("GIT_COMMITTER_NAME", "Test Coordinator")
            .env("GIT_COMMITTER_EMAIL", "coordinator@example.org");
        cmd
    }

    /// Runs `uitstroom ARGS` in the case folder, with `UITSTROOM_TODAY` set.
    pub fn run_on(&self, today: &str, args: &[&str]) -> Out {
        let mut cmd = self.base_command(self.dir.path());
        cmd.env("UITSTROOM_TODAY", today).args(args);
        run(cmd)
    }

    /// `uitstroom ARGS` in the case folder, ready to spawn (for commands run at once, or
    /// killed).
    pub fn command(&self, today: &str, args: &[&str]) -> Command {
        let mut cmd = self.base_command(self.dir.path());
        cmd.env("UITSTROOM_TODAY", today).args(args);
        cmd
    }

    /// Like `run_on`, but a run that takes longer than `limit` is killed and fails the
    /// test (for input that once made the tool hang, such as a FIFO).
    #[track_caller]
    pub fn run_within(&self, limit: std::time::Duration, today: &str, args: &[&str]) -> Out {
        let mut cmd = self.command(today, args);
        cmd.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        let child = cmd.spawn().unwrap();
        let pid = child.id();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || tx.send(child.wait_with_output()));
        match rx.recv_timeout(limit) {
            Ok(o) => {
                let o = o.unwrap();
                Out {
                    code: o.status.code().unwrap_or(-1),
                    stdout: String::from_utf8(o.stdout).unwrap(),
                    stderr: String::from_utf8(o.stderr).unwrap(),
                }
            }
            Err(_) => {
                let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
                panic!("`uitstroom {}` did not finish within {limit:?}", args.join(" "));
            }
        }
    }

    /// Runs `sh -c SCRIPT sh ARGS…` in the case folder with the same environment, the
    /// binary's path in `$UITSTROOM` (for `ulimit -f 0; exec "$UITSTROOM" "$@"`).
    pub fn shell(&self, today: &str, script: &str, args: &[&str]) -> Out {
        let mut cmd = self.command_of("sh", self.dir.path());
        cmd.env("UITSTROOM_TODAY", today)
            .env("UITSTROOM", BIN)
            .args(["-c", script, "sh"])
            .args(args);
        run(cmd)
    }

    /// Runs with a custom environment tweak (no UITSTROOM_TODAY unless the caller sets it).
    pub fn run_with(&self, cwd: &Path, f: impl FnOnce(&mut Command)) -> Out {
        let mut cmd = self.base_command(cwd);
        f(&mut cmd);
        run(cmd)
    }

    pub fn git_cmd(&self, args: &[&str]) -> String {
        let out = self.git_try(args);
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs git in the case folder with the test identity, whatever its exit status.
    pub fn git_try(&self, args: &[&str]) -> std::process::Output {
        Command::new("git")
            .current_dir(self.dir.path())
            .env("GIT_CONFIG_GLOBAL", "/dev/null")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_AUTHOR_NAME", "Test Coordinator")
            .env("GIT_AUTHOR_EMAIL", "coordinator@example.org")
            .env("GIT_COMMITTER_NAME", "Test Coordinator")
            .env("GIT_COMMITTER_EMAIL", "coordinator@example.org")
            .args(args)
            .output()
            .unwrap()
    }
}

/// Runs a prepared command and collects its exit status and output.
pub fn run(mut cmd: Command) -> Out {
    let o = cmd.output().unwrap();
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8(o.stdout).unwrap(),
        stderr: String::from_utf8(o.stderr).unwrap(),
    }
}

/// `uitstroom new` for Sem de Vries (Pro, Heiloo), the case most write tests start from.
pub const NEW_SEM: [&str; 12] = [
    "new",
    "sem",
    "--name",
    "Sem de Vries",
    "--birth-date",
    "2008-05-14",
    "--track",
    "pro",
    "--enrolled",
    "2021-08-23",
    "--municipality",
    "Heiloo",
];

/// `uitstroom new ID --name NAME`, born and enrolled as Sem (Pro), without a
/// municipality: a small file, or a name or id to refuse. `NEW_SEM` but for those.
pub fn new_student<'a>(id: &'a str, name: &'a str) -> [&'a str; 10] {
    let mut args: [&str; 10] = NEW_SEM[..10].try_into().unwrap();
    (args[1], args[3]) = (id, name);
    args
}

/// A student file as a coordinator writes it; `extra` is appended as is.
pub fn student(
    id: &str,
    name: &str,
    track: &str,
    birth: &str,
    enrolled: &str,
    municipality: &str,
    extra: &str,
) -> String {
    format!(
        "schema = 1\nid = \"{id}\"\nname = \"{name}\"\nbirth_date = {birth}\nmunicipality = \"{municipality}\"\nschool = \"Praktijkschool Focus\"\ntrack = \"{track}\"\nenrolled = {enrolled}\n{extra}"
    )
}

/// Sem de Vries (Pro, Heiloo, 18 on 2026-05-14; the student `NEW_SEM` makes) as a
/// coordinator writes his file; `extra` is appended as is.
pub fn sem(extra: &str) -> String {
    student(
        "sem",
        "Sem de Vries",
        "pro",
        "2008-05-14",
        "2021-08-23",
        "Heiloo",
        extra,
    )
}

/// Lisa Bakker (MBO Entree, Alkmaar, enrolled 2026-03-02), the second student of many
/// tests; `extra` is appended as is.
pub fn lisa(extra: &str) -> String {
    student(
        "lisa",
        "Lisa Bakker",
        "entree",
        "2007-02-28",
        "2026-03-02",
        "Alkmaar",
        extra,
    )
}

/// Validates `value` against a contract schema in the project's `contracts/`.
pub fn assert_contract(schema: &str, value: &serde_json::Value) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("contracts")
        .join(schema);
    let schema: serde_json::Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "contract violated: {errors:#?}\n{value:#}");
}

/// Asserts that `text` (a run's stdout or stderr) contains `want`, showing the text
/// when it does not.
#[track_caller]
pub fn assert_has(text: &str, want: &str) {
    assert!(text.contains(want), "no {want:?} in:\n{text}");
}

/// The lines in which two texts differ, for a readable assertion message.
#[track_caller]
pub fn assert_same(got: &str, want: &str) {
    if got != want {
        let mut msg = String::new();
        for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
            if g != w {
                msg.push_str(&format!("line {}:\n  got:  {g}\n  want: {w}\n", i + 1));
            }
        }
        panic!(
            "texts differ ({} vs {} lines)\n{msg}\n--- got ---\n{got}\n--- want ---\n{want}",
            got.lines().count(),
            want.lines().count()
        );
    }
}

/// Words that mark an English sentence and are not Dutch words too (`is`, `in`, `was`,
/// `of`, `open`, `over` are both, so they are not here).
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "not",
    "this",
    "that",
    "these",
    "are",
    "has",
    "have",
    "be",
    "been",
    "from",
    "to",
    "for",
    "which",
    "would",
    "should",
    "must",
    "cannot",
    "can",
    "could",
    "will",
    "no",
    "yes",
    "none",
    "nothing",
    "found",
    "written",
    "committed",
    "missing",
    "unknown",
    "invalid",
    "expected",
    "write",
    "add",
    "use",
    "case",
    "cases",
    "event",
    "events",
    "action",
    "actions",
    "due",
    "overdue",
    "upcoming",
    "done",
    "waived",
    "folder",
    "file",
    "files",
    "error",
    "warning",
    "hint",
    "note",
    // Not "student": MBO Entree has students in Dutch too ("met de student").
    "students",
    "by",
    "on",
    "at",
    "its",
    "it",
    "an",
    "or",
    "after",
    "before",
    "because",
    "until",
    "since",
    "only",
    "every",
    "each",
    "all",
    "any",
    "than",
    "then",
    "there",
    "here",
    "first",
    "last",
    "next",
    "new",
    "changed",
    "what",
    "when",
    "where",
    "why",
    "how",
    "phase",
    "owner",
    "rule",
    "rules",
    "track",
    "born",
    "enrolled",
    "aftercare",
    "timeline",
    "source",
    "opens",
    "completed",
    "lives",
    "region",
    "outside",
    "settings",
    "today",
    "days",
    "months",
    "years",
    "age",
    "name",
    "date",
    "given",
    "made",
    "make",
    "run",
    "see",
    "try",
    "did",
    "you",
    "mean",
    "one",
    "two",
    "nor",
    "but",
    "into",
    "out",
    "up",
    "so",
    "as",
    "if",
    "else",
    "without",
    "yet",
    "still",
    "now",
    "also",
    "may",
    "might",
    "was",
    "were",
    "is",
    "being",
    "shown",
    "show",
    "list",
    "please",
];

/// The English words in a text that should be Dutch: what is left after leaving out the
/// format (`backticked` parts, ids and names with `-`, `_`, `.`, `/` or digits, quoted
/// values, JSON lines, command lines) and the words Dutch shares with English.
pub fn english_words(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let t = line.trim();
        // JSON, and command lines to type (`git add FILE` in sync's hint is git's word).
        if t.starts_with('{')
            || t.starts_with('[')
            || t.starts_with("uitstroom ")
            // A usage line is the command's syntax, not a sentence.
            || t.starts_with("Gebruik: uitstroom ")
            || t.starts_with("git ")
            || t.starts_with("$ ")
        {
            continue;
        }
        // Leave out `code` and "quoted" and 'quoted' parts.
        let mut plain = String::new();
        let mut skip: Option<char> = None;
        for c in t.chars() {
            match skip {
                Some(end) if c == end => skip = None,
                Some(_) => {}
                None if c == '`' || c == '"' || c == '\u{201c}' => {
                    skip = Some(if c == '\u{201c}' { '\u{201d}' } else { c })
                }
                None if c == '\'' && plain.ends_with(|p: char| !p.is_alphanumeric()) => skip = Some('\''),
                None => plain.push(c),
            }
        }
        for word in plain.split(|c: char| c.is_whitespace() || ",;:()[]<>!?·—=".contains(c)) {
            let w = word.trim_end_matches('.');
            if w.is_empty() || w.contains(|c: char| c.is_ascii_digit() || "-_/.@$%*#{}\\|".contains(c)) {
                continue;
            }
            let lower = w.to_lowercase();
            // Keep "is", "was" in Dutch: only flag them next to another English word.
            if matches!(lower.as_str(), "is" | "was" | "in" | "of") {
                continue;
            }
            if ENGLISH.contains(&lower.as_str()) {
                found.push(format!("{w} (in: {t})"));
            }
        }
    }
    found
}

/// Asserts that a Dutch run printed no English sentence (on stdout or stderr).
#[track_caller]
#[allow(dead_code)] // for the Dutch tests of the catalogue, as they land
pub fn assert_dutch(out: &Out) {
    let words: Vec<String> = english_words(&out.stdout)
        .into_iter()
        .chain(english_words(&out.stderr))
        .collect();
    assert!(
        words.is_empty(),
        "English in a Dutch run:\n  {}",
        words.join("\n  ")
    );
}

#[test]
fn english_words_finds_english_and_leaves_the_format_alone() {
    assert!(english_words("geen dossier `sem` in students/").is_empty());
    assert!(english_words("  tip: schrijf `destination=work` erbij").is_empty());
    assert!(english_words("2026-08-01  te laat  Doorstroompunt  focus-1  Sem de Vries: Inschrijving controleren [summer-enrolment-check]").is_empty());
    assert!(english_words("uitstroom done ID RULE").is_empty());
    assert!(english_words("    git add students/sem.toml").is_empty());
    assert_eq!(english_words("no case `sem` in students/").len(), 2);
    assert!(!english_words("fout: the file is not UTF-8 text").is_empty());
}
