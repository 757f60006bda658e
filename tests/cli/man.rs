//! The generated man pages in `man/` match the program: the command line, the field
//! table, the settings and the rules (regenerate with `cargo run --example gen-man`).

use std::path::Path;

#[test]
fn man_pages_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let pages = uitstroom::man::pages().unwrap();
    for (name, page) in &pages {
        let on_disk = std::fs::read(dir.join(name)).unwrap_or_default();
        assert!(
            on_disk == *page,
            "man/{name} is out of date: run `cargo run --example gen-man`"
        );
    }
    // And no page is left of a command that is gone.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            pages.iter().any(|(n, _)| *n == name),
            "man/{name} is not generated any more: remove it"
        );
    }
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    for page in [
        "uitstroom.1",
        "uitstroom-due.1",
        "uitstroom.5",
        "uitstroom-rules.7",
    ] {
        assert!(names.contains(&page), "{page}");
    }
}

/// The last paragraph of a help text.
fn last_paragraph(help: &str) -> &str {
    let help = help.trim_end();
    help.rsplit("\n\n").next().unwrap_or(help)
}

/// Checks that `cmd`'s short and long help end with examples of `path` itself, and so
/// for each of its subcommands.
fn ends_with_an_example(cmd: &mut clap::Command, path: &str) {
    for (which, help) in [("-h", cmd.render_help()), ("--help", cmd.render_long_help())] {
        let help = help.to_string();
        let last = last_paragraph(&help);
        // "Example:", "Examples:", or "Example (as git runs it):".
        let heading = last.lines().next().unwrap_or_default();
        assert!(
            heading.starts_with("Example") && heading.ends_with(':'),
            "`{path} {which}` does not end with an example:\n{help}"
        );
        let mut continued = false;
        for line in last.lines().skip(1) {
            // A command line that runs it (possibly inside another, as in
            // `source <(uitstroom completions bash --dynamic)`), or its continuation.
            assert!(
                continued && line.starts_with("      ")
                    || line.starts_with("  ")
                        && (line.ends_with(&format!(" {path}"))
                            || line == format!("  {path}")
                            || line.contains(&format!("{path} "))),
                "`{path} {which}`: `{line}` is not an example of `{path}`"
            );
            continued = line.ends_with('\\');
        }
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in subs {
        let sub = cmd.find_subcommand_mut(&name).unwrap();
        ends_with_an_example(sub, &format!("{path} {name}"));
    }
}

/// SPEC.md: "Every command's `--help` ends with an example" — every subcommand, also
/// those added later, in the short and the long help.
#[test]
fn every_help_ends_with_an_example() {
    let mut cmd = <uitstroom::cli::Cli as clap::CommandFactory>::command();
    cmd.build();
    ends_with_an_example(&mut cmd, "uitstroom");
    assert!(cmd.get_subcommands().count() >= 18);
}

/// As a user sees it: `uitstroom log --help` ends with its examples.
#[test]
fn log_help_shows_its_examples() {
    let out = crate::harness::Case::new()
        .run_on("2026-07-10", &["log", "--help"])
        .code(0);
    assert!(
        out.stdout.trim_end().ends_with(
            "Example:\n  uitstroom log focus-2022-0137 start-meeting --note \"Uitstroom arbeid in juli\"\n  uitstroom log focus-2022-0137 exit destination=work job_found=false --date 2026-07-10\n  uitstroom log focus-2022-0137 handover to=check-in support_question=true"
        ),
        "{}",
        out.stdout
    );
}

/// The project stands on its own: README.md links only to files in the repository,
/// and no file of the project points outside it (to the planning folder it was
/// written from).
#[test]
fn nothing_points_outside_the_project() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    for (i, _) in readme.match_indices("](") {
        let target = &readme[i + 2..];
        let target = &target[..target.find(')').unwrap()];
        if target.starts_with("http://") || target.starts_with("https://") || target.starts_with('#') {
            continue;
        }
        let path = root.join(target.split('#').next().unwrap());
        assert!(
            path.starts_with(root) && !target.contains("..") && path.exists(),
            "README.md links to {target}, which is not in the repository"
        );
    }
    let outside = [concat!("../", "shared"), concat!("/work/", "shared")];
    let mut stack = vec![root.to_path_buf()];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "target" || path.starts_with(root.join("bench/cache")) {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                files += 1;
                for o in outside {
                    assert!(!text.contains(o), "{} refers to {o}", path.display());
                }
            }
        }
    }
    assert!(files > 50);
}
