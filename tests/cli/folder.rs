//! Finding the folder: --dir, UITSTROOM_DIR, the nearest ancestor, the user config; and
//! `init`.

use crate::harness::{Case, assert_has};

#[test]
fn found_from_a_subfolder() {
    let c = crate::due::two_students();
    let out = c.run_with(&c.path("students"), |cmd| {
        cmd.args(["--today", "2026-07-15", "due", "--format", "json"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json().as_array().unwrap().len(), 4);
}

#[test]
fn found_by_env_and_user_config() {
    let c = crate::due::two_students();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = c.run_with(elsewhere.path(), |cmd| {
        cmd.env("UITSTROOM_DIR", c.dir.path())
            .args(["--today", "2026-07-15", "list"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    c.write(
        "home/.config/uitstroom/config.toml",
        &format!("dir = \"{}\"\n", c.dir.path().display()),
    );
    let out = c.run_with(elsewhere.path(), |cmd| {
        cmd.args(["--today", "2026-07-15", "list"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2);
}

#[test]
fn no_folder_is_a_usage_error_that_says_how_to_make_one() {
    let c = Case::new();
    let elsewhere = tempfile::tempdir().unwrap();
    let out = c.run_with(elsewhere.path(), |cmd| {
        cmd.args(["due"]);
    });
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no case folder here") && out.stderr.contains("uitstroom init"),
        "{}",
        out.stderr
    );
}

#[test]
fn bad_today_is_a_usage_error() {
    let c = Case::new();
    assert_eq!(c.run_on("2026-02-30", &["due"]).code, 2);
}

#[test]
fn init_makes_a_folder_with_commented_defaults() {
    let c = Case::new();
    let out = c.run_on("2026-07-15", &["init", "new-folder"]).code(0);
    assert!(out.stdout.starts_with("made a case folder in new-folder"));
    let settings = c.read("new-folder/uitstroom.toml");
    assert!(
        settings.contains("follow_up_days = 14") && settings.contains("# "),
        "{settings}"
    );
    assert!(c.path("new-folder/students").is_dir() && c.path("new-folder/archive").is_dir());
    c.run_on("2026-07-15", &["init", "new-folder"]).code(2);
    let out = c.run_on("2026-07-15", &["--dir", "new-folder", "check"]).code(0);
    assert_eq!(out.stdout, "");
}

/// Issue 10 item 7: a typo in the user config (`dri = …`) was ignored without a word,
/// and the folder was then "not found". The warning names the file, line and column
/// and the key meant, once, whichever command reads the config.
#[test]
fn a_typo_in_the_user_config_is_warned_about() {
    let c = crate::due::two_students();
    let config = c.path("home/.config/uitstroom/config.toml");
    c.write(
        "home/.config/uitstroom/config.toml",
        &format!("# my folder\ndri = \"{}\"\n", c.dir.path().display()),
    );
    let elsewhere = tempfile::tempdir().unwrap();
    let out = c.run_with(elsewhere.path(), |cmd| {
        cmd.args(["--today", "2026-07-15", "due"]);
    });
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr.lines().take(2).collect::<Vec<_>>(),
        [
            format!(
                "{}:2:1: warning: unknown key `dri` in the user config; it is ignored",
                config.display()
            ),
            "  hint: did you mean `dir`?".to_string(),
        ],
        "{}",
        out.stderr
    );
    assert_has(&out.stderr, "no case folder here");
    // `config` shows it too, once.
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.args(["--today", "2026-07-15", "config"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stderr.matches("unknown key `dri`").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(
        out.stdout
            .starts_with(&format!("user config: {}\n", config.display())),
        "{}",
        out.stdout
    );
}
