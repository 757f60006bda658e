//! `import`: school exports as they come (Windows-1252 `;` with Dutch headers, UTF-8
//! with BOM and `,` in English), all or nothing, one commit. The exports are fictional
//! files in tests/import/.

use crate::harness::{Case, assert_has, assert_same};
use std::path::Path;

const TODAY: &str = "2026-11-25";

/// A case folder with the export `name` of tests/import/ copied into it.
pub fn with_export(c: Case, name: &str) -> Case {
    let from = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/import")
        .join(name);
    std::fs::copy(from, c.path(name)).unwrap();
    c
}

/// `import magister-1252.csv --id-prefix focus-`, then `more`.
pub fn import_magister<'a>(more: &[&'a str]) -> Vec<&'a str> {
    ["import", "magister-1252.csv", "--id-prefix", "focus-"]
        .into_iter()
        .chain(more.iter().copied())
        .collect()
}

fn students(c: &Case) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(c.path("students"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    v.sort();
    v
}

/// SPEC.md: "It detects `;` or `,`, a UTF-8 BOM, and Windows-1252 text; it reads dates
/// as `YYYY-MM-DD`, `DD-MM-YYYY` and `D-M-YYYY`", names "built from roepnaam /
/// voornaam (first name), tussenvoegsel / voorvoegsel / tussenv, achternaam".
#[test]
fn a_windows_1252_magister_export_becomes_student_files() {
    let c = with_export(Case::with_git(), "magister-1252.csv");
    let out = c.run_on(TODAY, &import_magister(&[])).code(0);
    assert_same(
        &out.stdout,
        "imported 3 cases from magister-1252.csv (Windows-1252, `;`-separated)\n  new case focus-1001\n  new case focus-1002\n  new case focus-1003\n",
    );
    assert_same(
        &out.stderr,
        "note: ignored columns: Klas, E-mailadres (--map COLUMN=FIELD imports one)\n\
         note: 1 student: Heerhugowaard is part of Dijk en Waard since 1 January 2022; consider `set ID municipality \"Dijk en Waard\"`\n\
         note: 1 student: Hoorn is outside the Route Arbeid region (Noord-Kennemerland): only the school's own duties are computed\n",
    );
    assert_eq!(
        students(&c),
        ["focus-1001.toml", "focus-1002.toml", "focus-1003.toml"]
    );
    assert_same(
        &c.read("students/focus-1001.toml"),
        "schema = 1\nid = \"focus-1001\"\nname = \"Zoë van der Berg\"\nbirth_date = 2008-05-14\nmunicipality = \"Heiloo\"\ntrack = \"pro\"\nenrolled = 2021-08-23\nplanned_exit = 2026-07-10\n\n[contacts]\nmentor = \"J. Bakker\"\n",
    );
    let noelle = c.read("students/focus-1003.toml");
    assert!(
        noelle.contains("name = \"Noëlle de Vries-Brenée\"\nbirth_date = 2007-11-03\n"),
        "{noelle}"
    );
    assert!(
        noelle.contains("track = \"vso\"\nenrolled = 2020-09-01\n"),
        "{noelle}"
    );
    assert!(!noelle.contains("[contacts]"), "an empty mentor is no contact");
    // Every file valid, private, and the three of them in one commit without names.
    c.run_on(TODAY, &["check"]).code(0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(c.path("students/focus-1002.toml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let log = c.git_cmd(&["log", "--format=%s", "--name-only", "-1"]);
    assert_same(
        &log,
        "uitstroom: import 3 cases\n\nstudents/focus-1001.toml\nstudents/focus-1002.toml\nstudents/focus-1003.toml\n",
    );
    assert!(c.git_cmd(&["status", "--porcelain", "students"]).is_empty());
}

/// An English export in UTF-8 with a BOM, `,`-separated, with quoted fields.
#[test]
fn an_english_utf8_bom_export() {
    let c = with_export(Case::new(), "somtoday-en-bom.csv");
    let out = c.run_on(TODAY, &["import", "somtoday-en-bom.csv"]).code(0);
    assert!(
        out.stdout
            .starts_with("imported 2 cases from somtoday-en-bom.csv (UTF-8 with BOM, `,`-separated)\n"),
        "{}",
        out.stdout
    );
    assert_has(&out.stderr, "note: some student numbers are bare numbers");
    let lisa = c.read("students/2001.toml");
    assert!(
        lisa.starts_with("schema = 1\nid = \"2001\"\nname = \"Lisa Bakker\"\nbirth_date = 2007-02-28\n"),
        "{lisa}"
    );
    assert!(lisa.contains("track = \"entree\""), "MBO Entree");
    assert!(lisa.ends_with("[contacts]\nmentor = \"Peters, M.\"\n"), "{lisa}");
    let daan = c.read("students/2002.toml");
    assert!(
        daan.contains("name = \"Daan O'Neill\"") && daan.contains("track = \"entree\""),
        "{daan}"
    );
    assert!(daan.contains("planned_exit = 2026-07-10"), "{daan}");
    // What was imported is what the engine works with: Lisa's study advice is 16 weeks
    // after 2026-03-02.
    let due = c
        .run_on(TODAY, &["due", "--all", "--format", "json"])
        .code(0)
        .json();
    assert!(
        due.as_array()
            .unwrap()
            .iter()
            .any(|r| r["case"] == "2001" && r["rule"] == "study-advice" && r["due"] == "2026-06-22"),
        "{due:#}"
    );
}

#[test]
fn dry_run_shows_the_students_and_writes_nothing() {
    let c = with_export(Case::with_git(), "magister-1252.csv");
    let out = c.run_on(TODAY, &import_magister(&["--dry-run"])).code(0);
    assert_same(
        &out.stdout,
        "would import 3 cases from magister-1252.csv (Windows-1252, `;`-separated):\n\
         \x20 focus-1001  Zoë van der Berg        pro     born 2008-05-14  enrolled 2021-08-23  Heiloo\n\
         \x20 focus-1002  René Jansen             pro     born 2009-02-01  enrolled 2021-08-23  Heerhugowaard\n\
         \x20 focus-1003  Noëlle de Vries-Brenée  vso     born 2007-11-03  enrolled 2020-09-01  Hoorn\n",
    );
    assert!(
        out.stderr.ends_with("note: dry run: nothing was written\n"),
        "{}",
        out.stderr
    );
    assert!(students(&c).is_empty());
    assert_eq!(c.git_cmd(&["rev-list", "--count", "HEAD"]).trim(), "1");
}

/// All-or-nothing: each problem as `FILE:ROW: COLUMN: message` with a hint, exit 1,
/// and not one file written — not even for the good rows.
#[test]
fn a_file_with_a_bad_row_writes_nothing() {
    let cases = [
        (
            "bad-date.csv",
            "bad-date.csv:2: Geboortedatum: `31-02-2008` is not an existing date\n  hint: write the date as DD-MM-YYYY or YYYY-MM-DD, e.g. 14-05-2008\n",
        ),
        (
            "unknown-track.csv",
            "unknown-track.csv:2: Onderwijssoort: `havo` is not a track uitstroom follows\n  hint: write pro, praktijkonderwijs, vso, entree, mbo entree or niveau 1 (or give --track for rows without one)\n",
        ),
        (
            "missing-id.csv",
            "missing-id.csv:3: Leerlingnummer: no student number\n  hint: every row needs one; fill it in or leave the row out\n",
        ),
        (
            "duplicate-id.csv",
            "duplicate-id.csv:4: Leerlingnummer: `focus-3001` is in row 2 too\n  hint: each student once: remove one of the rows\n",
        ),
    ];
    for (file, problem) in cases {
        let c = with_export(Case::with_git(), file);
        let out = c
            .run_on(TODAY, &["import", file, "--id-prefix", "focus-"])
            .code(1);
        assert_same(
            &out.stderr,
            &format!("error: nothing was imported: 1 problem\n{problem}"),
        );
        assert_eq!(out.stdout, "");
        assert!(students(&c).is_empty(), "{file}");
        assert_eq!(c.git_cmd(&["rev-list", "--count", "HEAD"]).trim(), "1", "{file}");
    }
}

/// "an existing id is an error unless `--skip-existing`".
#[test]
fn existing_cases_refuse_the_file_unless_skipped() {
    let c = with_export(Case::with_git(), "magister-1252.csv");
    c.run_on(
        TODAY,
        &[
            "new",
            "focus-1002",
            "--name",
            "René Jansen",
            "--birth-date",
            "2009-02-01",
            "--track",
            "pro",
            "--enrolled",
            "2021-08-23",
        ],
    )
    .code(0);
    let before = c.read("students/focus-1002.toml");
    let out = c.run_on(TODAY, &import_magister(&[])).code(1);
    assert_has(
        &out.stderr,
        "magister-1252.csv:3: Stamnr: case `focus-1002` exists already (students/focus-1002.toml)\n  hint: leave the row out, or give --skip-existing to import only the new ones\n",
    );
    assert_eq!(students(&c), ["focus-1002.toml"]);
    let out = c.run_on(TODAY, &import_magister(&["--skip-existing"])).code(0);
    assert_has(&out.stdout, "imported 2 cases");
    assert_has(
        &out.stderr,
        "note: left out 1 case already in the folder: focus-1002",
    );
    assert_eq!(
        c.read("students/focus-1002.toml"),
        before,
        "the existing file is untouched"
    );
    assert_eq!(students(&c).len(), 3);
}

/// `--map` reads a column under another name; unknown columns say how to use it.
#[test]
fn map_and_defaults_for_a_homemade_list() {
    let c = Case::new().file(
        "lijst.csv",
        "nr;leerling;geboren;start;jobcoach;klas\n7;Zoë van Dijk;14-5-2008;23-8-2021;P. de Wit;4A\n",
    );
    let out = c
        .run_on(
            TODAY,
            &[
                "import",
                "lijst.csv",
                "--map",
                "nr=id",
                "--map",
                "leerling=name",
                "--map",
                "geboren=birth_date",
                "--map",
                "start=enrolled",
                "--map",
                "jobcoach=contacts.jobcoach",
                "--map",
                "klas=-",
                "--track",
                "pro",
                "--school",
                "Praktijkschool Focus",
                "--id-prefix",
                "focus-",
            ],
        )
        .code(0);
    assert_eq!(
        out.stderr,
        "note: column `klas` not used: --map leaves it out\nnote: 1 student without a municipality: only the school's own duties are computed until one is set (uitstroom set ID municipality NAME)\n"
    );
    let f = c.read("students/focus-7.toml");
    assert!(
        f.contains("school = \"Praktijkschool Focus\"\ntrack = \"pro\""),
        "{f}"
    );
    assert!(f.ends_with("[contacts]\njobcoach = \"P. de Wit\"\n"), "{f}");
    let out = c
        .run_on(TODAY, &["import", "lijst.csv", "--map", "nummer=id"])
        .code(2);
    assert_has(&out.stderr, "error: the file has no column `nummer`");
}

/// What `export --format csv` writes, `import` reads back: the same students.
#[test]
fn an_export_imports_into_another_folder_as_it_was() {
    let a = with_export(Case::new(), "magister-1252.csv");
    a.run_on(TODAY, &import_magister(&[])).code(0);
    a.run_on(
        TODAY,
        &["set", "focus-1003", "contacts.doorstroomcoach", "M. Peters"],
    )
    .code(0);
    a.run_on(TODAY, &["set", "focus-1003", "profile", "day-activities"])
        .code(0);
    let csv = a.run_on(TODAY, &["export", "--format", "csv"]).code(0).stdout;
    let b = Case::new().file("export.csv", &csv);
    b.run_on(TODAY, &["import", "export.csv"]).code(0);
    let json = |c: &Case| c.run_on(TODAY, &["export", "--format", "json"]).code(0).json();
    assert_eq!(json(&a), json(&b));
    assert_eq!(students(&a), students(&b));
}
