//! `edit`: the draft lives outside the case folder, private; it is kept and named when
//! it cannot be saved; drafts of killed edits are swept; without `$VISUAL`/`$EDITOR`
//! the editor is `vi`.

use crate::harness::{Case, Out, assert_has, sem};
use std::fs;
use std::path::Path;

const TODAY: &str = "2026-11-25";

/// Runs `edit sem` with `script` as the editor and `tmp` as the temp folder.
fn edit(c: &Case, tmp: &Path, script: &str) -> Out {
    c.write("editor.sh", script);
    c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", TODAY)
            .env("TMPDIR", tmp)
            .env("EDITOR", format!("sh {}", c.path("editor.sh").display()))
            .args(["edit", "sem"]);
    })
}

/// Issue 10: a killed `edit` left a full copy of the student in `students/`, which
/// `.gitignore` does not cover. The draft is in a private folder of its own outside the
/// case folder (0700, the file 0600), and gone when the edit ends.
#[cfg(unix)]
#[test]
fn the_draft_is_private_and_outside_the_folder() {
    use std::os::unix::fs::PermissionsExt;
    let c = Case::new().file("students/sem.toml", &sem(""));
    let tmp = tempfile::tempdir().unwrap();
    let seen = tmp.path().join("seen");
    let script = format!(
        "#!/bin/sh\necho \"$1\" > {}\nstat -c %a \"$1\" \"$(dirname \"$1\")\" >> {}\nsed -i 's/Heiloo/Alkmaar/' \"$1\"\n",
        seen.display(),
        seen.display()
    );
    let out = edit(&c, tmp.path(), &script);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "saved students/sem.toml\n");
    let seen = fs::read_to_string(seen).unwrap();
    let mut lines = seen.lines();
    let draft = Path::new(lines.next().unwrap());
    assert!(draft.starts_with(tmp.path()), "{}", draft.display());
    assert!(!draft.starts_with(c.dir.path()), "{}", draft.display());
    assert_eq!(draft.file_name().unwrap(), "sem.toml");
    assert_eq!(lines.collect::<Vec<_>>(), ["600", "700"]);
    assert!(
        !draft.exists() && !draft.parent().unwrap().exists(),
        "draft left behind"
    );
    assert_eq!(c.read("students/sem.toml"), sem("").replace("Heiloo", "Alkmaar"));
    let mode = fs::metadata(c.path("students/sem.toml"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(fs::read_dir(c.path("students")).unwrap().count(), 1);
}

/// Issue 10, item 7: `edit` deleted the user's draft when the file changed meanwhile.
/// Now it is kept, and the message says where.
#[test]
fn a_draft_that_cannot_be_saved_is_kept_and_named() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    let tmp = tempfile::tempdir().unwrap();
    // While the coordinator edits, a colleague logs an event.
    let script = format!(
        "#!/bin/sh\nsed -i 's/Heiloo/Alkmaar/' \"$1\"\n{} --today {TODAY} log sem note --note collega >/dev/null\n",
        crate::harness::BIN
    );
    let out = edit(&c, tmp.path(), &script);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let first = out.stderr.lines().next().unwrap();
    assert_eq!(
        first,
        "error: students/sem.toml was changed by someone else while you edited it, so your version was not saved"
    );
    let kept = out
        .stderr
        .split("your version is kept in ")
        .nth(1)
        .and_then(|r| r.split(" for 30 days").next())
        .unwrap_or_else(|| panic!("no place named: {}", out.stderr));
    let kept = Path::new(kept);
    assert!(kept.starts_with(tmp.path()), "{}", kept.display());
    assert!(
        kept.parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("uitstroom-kept-"),
        "{}",
        kept.display()
    );
    assert_eq!(
        fs::read_to_string(kept).unwrap(),
        sem("").replace("Heiloo", "Alkmaar")
    );
    // The colleague's change stands; the coordinator's is in the kept draft.
    let now = c.read("students/sem.toml");
    assert!(now.contains("Heiloo") && now.contains("collega"), "{now}");
    // A later edit leaves a kept draft alone (it is not a killed edit's).
    let out = edit(&c, tmp.path(), "#!/bin/sh\nsed -i 's/Heiloo/Bergen/' \"$1\"\n");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(kept.exists());
}

/// Drafts of killed edits: one without changes is removed by the next `edit`; one with
/// changes is kept and announced; kept drafts go after 30 days; live edits, other
/// users' folders and links are left alone.
#[cfg(unix)]
#[test]
fn drafts_of_killed_edits_are_swept_or_kept() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    let tmp = tempfile::tempdir().unwrap();
    let student = fs::canonicalize(c.path("students/sem.toml")).unwrap();
    let draft = |name: &str, text: &str| {
        let d = tmp.path().join(name);
        fs::create_dir(&d).unwrap();
        fs::write(d.join(".lock"), student.as_os_str().as_encoded_bytes()).unwrap();
        fs::write(d.join("sem.toml"), text).unwrap();
        d
    };
    let same = draft("uitstroom-edit-same01", &sem(""));
    let changed = draft("uitstroom-edit-chng01", &sem("").replace("Heiloo", "Castricum"));
    let live = draft("uitstroom-edit-live01", &sem(""));
    let live_lock = fs::File::open(live.join(".lock")).unwrap();
    live_lock.lock().unwrap();
    let empty = tmp.path().join("uitstroom-edit-empty1");
    fs::create_dir(&empty).unwrap();
    let old = draft("uitstroom-kept-old001", "x");
    let month_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(31 * 24 * 3600);
    fs::File::open(&old).unwrap().set_modified(month_ago).unwrap();
    let recent = draft("uitstroom-kept-new001", "y");
    let elsewhere = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), tmp.path().join("uitstroom-edit-link01")).unwrap();

    let out = edit(&c, tmp.path(), "#!/bin/sh\ntrue\n");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "no changes\n");
    let kept = tmp.path().join("uitstroom-kept-chng01");
    assert_eq!(
        out.stderr,
        format!(
            "note: an interrupted edit left a changed draft; it is kept in {} for 30 days\n",
            kept.join("sem.toml").display()
        )
    );
    assert!(!same.exists() && !empty.exists() && !old.exists());
    assert!(!changed.exists() && kept.join("sem.toml").exists());
    assert!(live.exists() && recent.exists() && elsewhere.path().exists());
    assert!(tmp.path().join("uitstroom-edit-link01").is_symlink());
}

/// Issue 10, item 7: with no `$VISUAL`/`$EDITOR`, `edit` falls back to `vi` (as git and
/// crontab do); without a `vi` either, it says what to set.
#[cfg(unix)]
#[test]
fn without_visual_or_editor_the_editor_is_vi() {
    use std::os::unix::fs::PermissionsExt;
    let c = Case::new().file("students/sem.toml", &sem(""));
    let tmp = tempfile::tempdir().unwrap();
    let bin = tmp.path().join("bin");
    fs::create_dir(&bin).unwrap();
    fs::write(bin.join("vi"), "#!/bin/sh\nsed -i 's/Heiloo/Uitgeest/' \"$1\"\n").unwrap();
    fs::set_permissions(bin.join("vi"), fs::Permissions::from_mode(0o755)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", TODAY)
            .env("TMPDIR", tmp.path())
            .env("PATH", &path)
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(c.read("students/sem.toml"), sem("").replace("Heiloo", "Uitgeest"));
    // No vi on the PATH (only a shell): a usage error that says what to set.
    let only_sh = tmp.path().join("only-sh");
    fs::create_dir(&only_sh).unwrap();
    std::os::unix::fs::symlink("/bin/sh", only_sh.join("sh")).unwrap();
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_TODAY", TODAY)
            .env("TMPDIR", tmp.path())
            .env("PATH", &only_sh)
            .args(["edit", "sem"]);
    });
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.ends_with(
            "error: cannot start the editor `vi`\n  hint: set VISUAL or EDITOR to an editor you have, e.g. export EDITOR=nano\n"
        ),
        "{}",
        out.stderr
    );
    assert_eq!(c.read("students/sem.toml"), sem("").replace("Heiloo", "Uitgeest"));
}

/// `edit` on a link refuses, like every write (issue 10: never replace a link by a copy).
#[cfg(unix)]
#[test]
fn edit_refuses_a_link() {
    let other = Case::new().file("students/sem.toml", &sem(""));
    let c = Case::new();
    std::os::unix::fs::symlink(other.path("students/sem.toml"), c.path("students/sem.toml")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = edit(&c, tmp.path(), "#!/bin/sh\nsed -i 's/Heiloo/Alkmaar/' \"$1\"\n");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_has(&out.stderr, "is a symbolic link");
    assert!(
        fs::symlink_metadata(c.path("students/sem.toml"))
            .unwrap()
            .is_symlink()
    );
    assert_eq!(other.read("students/sem.toml"), sem(""));
}
