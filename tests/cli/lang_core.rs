//! Dutch throughout (issue 11 item 4) for what every command shares: reading student
//! files and settings, finding the folder, writing, the merge driver and the errors a
//! run ends with. Each test runs with `--lang nl`, checks one or two exact sentences
//! and that nothing English is left (`harness::assert_dutch`).

use crate::harness::{Case, assert_dutch, assert_has, sem};

const TODAY: &str = "2026-01-05";
// Sem (`harness::sem`) is a valid student in the region, whom no rule of `check` has
// anything to say about.

/// A student file with a mistake of each kind the reader reports.
const MISTAKES: &str = r#"schema = 1
id = "sem"
naam = "Sem de Vries"
birth_date = "2008-05-14"
municipality = "Heiloo"
track = "prO"
enrolled = 2021-08-23

[[events]]
date = 2026-07-10
kind = "exit"
destination = "wrok"
hours_per_week = 200
"#;

#[test]
fn check_reports_every_mistake_in_dutch() {
    let c = Case::new().file("students/sem.toml", MISTAKES);
    let out = c.run_on(TODAY, &["--lang", "nl", "check"]).code(1);
    crate::harness::assert_same(
        &out.stdout,
        "students/sem.toml:3:1: fout: onbekend veld `naam` in een leerlingbestand
  tip: bedoelt u `name`?
students/sem.toml:4:14: fout: `birth_date` moet een datum zijn, geen tekst
  tip: schrijf de datum zonder aanhalingstekens: `birth_date = 2008-05-14`
students/sem.toml:6:9: fout: `prO` is geen onderwijssoort
  tip: bedoelt u `pro`?
students/sem.toml:12:15: fout: `wrok` is geen bestemming
  tip: bedoelt u `work`?
students/sem.toml:13:18: fout: `hours_per_week` is 200, maar moet van 0 tot en met 168 zijn
  tip: schrijf een getal van 0 tot en met 168
",
    );
    assert_dutch(&out);
    // The same problems for scripts: a code that does not change with the language.
    let json = c
        .run_on(TODAY, &["--lang", "nl", "check", "--format", "json"])
        .code(1)
        .json();
    let codes: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "unknown-key",
            "wrong-type",
            "unknown-name",
            "unknown-name",
            "out-of-range"
        ]
    );
    let en = c
        .run_on(TODAY, &["--lang", "en", "check", "--format", "json"])
        .json();
    assert_eq!(en[0]["code"], json[0]["code"]);
    assert_eq!(en[0]["message"], "unknown key `naam` in a student file");
}

#[test]
fn toml_syntax_errors_are_said_in_dutch() {
    let broken = |line: &str| format!("{}{line}\n", sem(""));
    let c = Case::new()
        .file("students/a.toml", &broken("mentor"))
        .file("students/b.toml", &broken("planned_exit = 2026-02-30"))
        .file("students/c.toml", &broken("school = \"Focus"))
        .file("students/d.toml", &broken("year_offset = tru"));
    let out = c.run_on(TODAY, &["--lang", "nl", "check"]).code(1);
    crate::harness::assert_same(
        &out.stdout,
        "students/a.toml:9:7: fout: ongeldige TOML: een veld zonder waarde (verwacht: `=`)
  tip: schrijf een veld en zijn waarde op één regel: `name = \"…\"`
students/b.toml:9:16: fout: `2026-02-30` is geen bestaande datum: de dag moet tussen 01 en 28 liggen
  tip: schrijf een bestaande datum als JJJJ-MM-DD (februari heeft 28 dagen, 29 in een schrikkeljaar)
students/c.toml:9:16: fout: ongeldige TOML: een tekst zonder afsluitend aanhalingsteken (verwacht: `\"`)
  tip: sluit de tekst af met het aanhalingsteken waarmee hij begint
students/d.toml:9:15: fout: ongeldige TOML: geen `true` of `false` (verwacht: `true`)
  tip: schrijf `true` of `false` in kleine letters, of zet tekst tussen dubbele aanhalingstekens
",
    );
    assert_dutch(&out);
}

/// `due` lists the others and reports the file it cannot read, in Dutch, exit 1.
#[test]
fn due_reports_an_unreadable_file_in_dutch() {
    let c = Case::new().file("students/sem.toml", &sem("")).file(
        "students/zoe.toml",
        "schema = 1\nid = \"zoe\"\n<<<<<<< ours\nname = \"Zoë\"\n=======\nname = \"Zoe\"\n>>>>>>> theirs\n",
    );
    let out = c
        .run_on(TODAY, &["--lang", "nl", "due", "--format", "json"])
        .code(1);
    assert_eq!(
        out.stderr.lines().next(),
        Some("students/zoe.toml:3:1: fout: onopgelost samenvoegconflict")
    );
    assert_has(
        &out.stderr,
        "  tip: houd één kant aan (de regels tussen <<<<<<< en =======, of tussen ======= en >>>>>>>) en verwijder de markeringsregels",
    );
    assert!(out.json().as_array().is_some_and(|rows| !rows.is_empty()));
    assert_dutch(&crate::harness::Out {
        code: out.code,
        stdout: String::new(),
        stderr: out.stderr,
    });
}

#[test]
fn usage_errors_are_dutch_with_exit_status_two() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    let out = c.run_on(TODAY, &["--lang", "nl", "show", "semm"]).code(2);
    assert_eq!(
        out.stderr,
        "fout: geen dossier `semm` in students/\n  tip: bedoelt u `sem`?\n"
    );
    assert_dutch(&out);
    let out = c.run_on(TODAY, &["--lang", "nl", "show", "Sem de Vries"]).code(2);
    assert!(
        out.stderr
            .starts_with("fout: `Sem de Vries` is geen geldig dossiernummer\n  tip: "),
        "{}",
        out.stderr
    );
    assert_dutch(&out);
    let out = c.run_on(TODAY, &["--lang", "nl", "--jobs", "0", "due"]).code(2);
    assert!(
        out.stderr
            .starts_with("fout: --jobs moet 1 of meer zijn\n  tip: ")
    );
    assert_dutch(&out);

    // No folder above the working directory.
    let elsewhere = tempfile::tempdir().unwrap();
    let out = c.run_with(elsewhere.path(), |cmd| {
        cmd.args(["--lang", "nl", "due"]);
    });
    assert_eq!(out.code, 2, "{out:?}");
    assert!(
        out.stderr
            .starts_with("fout: hier is geen dossiermap (geen uitstroom.toml in deze map of erboven)\n"),
        "{}",
        out.stderr
    );
    assert_dutch(&out);
}

/// The value parsers' messages follow the language: clap puts them after its own
/// (Dutch) words.
#[test]
fn dates_and_periods_on_the_command_line_are_refused_in_dutch() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    let out = c
        .run_on(
            TODAY,
            &["--lang", "nl", "log", "sem", "note", "--date", "2026-02-30"],
        )
        .code(2);
    assert!(
        out.stderr.starts_with(
            "fout: ongeldige waarde '2026-02-30' voor '--date <DATUM>': `2026-02-30` is geen datum; schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-10\n"
        ),
        "{}",
        out.stderr
    );
    assert_dutch(&out);
    let out = c
        .run_on(
            TODAY,
            &["--lang", "nl", "log", "sem", "note", "--date", "9999-12-31"],
        )
        .code(2);
    assert_has(
        &out.stderr,
        "`9999-12-31`: 9999-12-31 ligt buiten de jaren 1900 tot en met 2199; controleer het jaar",
    );
    assert_dutch(&out);
    let out = c
        .run_on(TODAY, &["--lang", "nl", "due", "--within", "1201m"])
        .code(2);
    assert_has(&out.stderr, "`1201m` is een te lange periode: hoogstens 100 jaar");
    assert_dutch(&out);
}

/// A write the system refuses names the file and says why in Dutch; the old file
/// stays. (RLIMIT_FSIZE binds root as well.)
#[cfg(unix)]
#[test]
fn a_refused_write_is_said_in_dutch() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    let out = c.shell(
        TODAY,
        "ulimit -f 0 && exec \"$UITSTROOM\" --lang nl \"$@\"",
        &["set", "sem", "school", "Focus"],
    );
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(
        out.stderr,
        "fout: kan students/sem.toml niet schrijven: bestand te groot: de limiet op de bestandsgrootte (`ulimit -f`) staat het niet toe; er is niets veranderd\n  tip: verhoog de limiet (ulimit -f unlimited) en geef de opdracht opnieuw\n"
    );
    assert_eq!(c.read("students/sem.toml"), sem(""));
    assert_dutch(&out);
}

/// A case file that is a link is not read, and `check` says so in Dutch.
#[cfg(unix)]
#[test]
fn a_link_is_not_read_and_says_so_in_dutch() {
    let c = Case::new().file("elders.toml", &sem(""));
    std::os::unix::fs::symlink("../elders.toml", c.path("students/sem.toml")).unwrap();
    let out = c.run_on(TODAY, &["--lang", "nl", "check"]).code(1);
    assert_eq!(
        out.stdout,
        "students/sem.toml:1:1: fout: is een symbolische koppeling (naar ../elders.toml); uitstroom leest alleen gewone bestanden, dus het is niet gelezen\n  tip: zet het bestand zelf op die plaats, of verwijder de koppeling (rm students/sem.toml)\n"
    );
    assert_dutch(&out);
}

/// The merge driver speaks Dutch too (git runs it with the user's environment).
#[test]
fn the_merge_driver_says_its_conflicts_in_dutch() {
    // git's call of the merge driver on Sem's file.
    let merge_file = [
        "--lang",
        "nl",
        "merge-file",
        "base.toml",
        "ours.toml",
        "theirs.toml",
        "students/sem.toml",
    ];
    let base = sem("");
    let c = Case::new()
        .file("base.toml", &base)
        .file(
            "ours.toml",
            &base.replace("Praktijkschool Focus", "Focus Alkmaar"),
        )
        .file(
            "theirs.toml",
            &base.replace("Praktijkschool Focus", "Focus Heiloo"),
        );
    let out = c.run_on(TODAY, &merge_file).code(1);
    assert_eq!(
        out.stderr,
        "uitstroom: students/sem.toml: 1 conflict over tussen <<<<<<< en >>>>>>>\n  tip: houd van elk conflict één kant aan en verwijder de markeringsregels; daarna `git add students/sem.toml`\n"
    );
    assert_dutch(&out);

    // A version that is not a student file goes to git's own line merge, with a word.
    c.write("ours.toml", &base);
    c.write("theirs.toml", "schema = 1\nid = \"sem\"\n");
    let out = c.run_on(TODAY, &merge_file);
    assert!(
        out.stderr.starts_with(
            "uitstroom: students/sem.toml: hun versie is geen geldig leerlingbestand; git voegt het regel voor regel samen\n"
        ),
        "{}",
        out.stderr
    );
    assert_dutch(&out);
}

/// The user config chooses Dutch, and a typo in it is warned about in Dutch.
#[test]
fn the_user_config_warns_in_dutch() {
    let c = Case::new();
    c.write(
        "home/.config/uitstroom/config.toml",
        "lang = \"nl\"\ndri = \"/srv/uitstroom\"\n",
    );
    let out = c.run_on(TODAY, &["due", "--format", "plain"]).code(0);
    assert_eq!(
        out.stderr,
        format!(
            "{}:2:1: waarschuwing: onbekend veld `dri` in de gebruikersconfiguratie; het wordt genegeerd\n  tip: bedoelt u `dir`?\n",
            c.path("home/.config/uitstroom/config.toml").display()
        )
    );
    assert_dutch(&out);
}

/// A hidden case file and a folder in `students/` are named, with what to do, in Dutch.
#[test]
fn names_that_are_not_read_are_warned_about_in_dutch() {
    let c = Case::new()
        .file("students/sem.toml", &sem(""))
        .file("students/.zoe.toml", &sem("").replace("\"sem\"", "\"zoe\""))
        .file("students/oud/x.toml", "");
    let out = c.run_on(TODAY, &["--lang", "nl", "check"]).code(0);
    crate::harness::assert_same(
        &out.stdout,
        "students/.zoe.toml:1:1: waarschuwing: `.zoe.toml` is een verborgen bestand en wordt dus niet gelezen
  tip: is het een dossier, hernoem het dan: mv students/.zoe.toml students/zoe.toml
students/oud:1:1: waarschuwing: `oud/` is een map: de bestanden erin worden niet gelezen
  tip: dossierbestanden staan direct in students/; zet ze daar, of haal de map weg
",
    );
    assert_dutch(&out);
}

/// Completion menus that show what a field means (fish, zsh) show it in Dutch; the
/// field names themselves stay as they are typed.
#[test]
fn completion_describes_fields_in_dutch() {
    let c = Case::new().file("students/sem.toml", &sem(""));
    c.write("archive/zoe.toml", &sem("").replace("\"sem\"", "\"zoe\""));
    let tab = |words: &[&str]| {
        c.run_with(c.dir.path(), |cmd| {
            cmd.env("COMPLETE", "fish")
                .env("UITSTROOM_LANG", "nl")
                .arg("--")
                .args(words);
        })
        .code(0)
    };
    let out = tab(&["uitstroom", "log", "sem", "exit", "d"]);
    assert_eq!(
        out.stdout,
        "destination=\twaar de leerling naartoe gaat\ndiploma=\thet behaalde diploma\n"
    );
    let out = tab(&["uitstroom", "show", "z"]);
    assert_eq!(out.stdout, "zoe\tgearchiveerd\n");
}
