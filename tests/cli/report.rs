//! `report`: the figures of SPEC.md "Reports", worked out by hand on a small folder,
//! checked in every format; the JSON against `contracts/report.schema.json`.

use crate::harness::{Case, assert_contract, assert_dutch, assert_has};
use serde_json::{Value, json};

const TODAY: &str = "2026-11-25";

/// A student file; `school` is the school's name, `extra` the profile and events.
fn file(id: &str, name: &str, track: &str, birth: &str, enrolled: &str, school: &str, extra: &str) -> String {
    format!(
        "schema = 1\nid = \"{id}\"\nname = \"{name}\"\nbirth_date = {birth}\nmunicipality = \"Alkmaar\"\nschool = \"{school}\"\ntrack = \"{track}\"\nenrolled = {enrolled}\n{extra}"
    )
}

fn events(list: &[(&str, &str)]) -> String {
    list.iter()
        .map(|(date, body)| format!("\n[[events]]\ndate = {date}\n{}\n", body.replace("; ", "\n")))
        .collect()
}

const FOCUS: &str = "Praktijkschool Focus";
const AGE_18_DONE: (&str, &str) = ("2025-02-15", "kind = \"done\"; rule = \"age-18\"");

/// Eight students, every figure worked out by hand for 2026-11-25 (default settings):
///
/// - `a-work` (Pro) left for work on 2025-11-25: exit + 1 year is today, so known, and
///   in place; an aftercare contact on 2026-11-01 keeps it in view and opens the next
///   contact (due 2027-05-01: open).
/// - `b-lost` (Pro) left for practical learning on 2025-11-25 and lost the job on
///   2026-11-25, exit + 1 year exactly: known, not in place. Its first aftercare contact
///   (due 2026-05-25) is overdue; `ww-check` and `job-loss-contact` (Doorstroompunt) are
///   open.
/// - `c-edu` (Entree) left for education on 2024-06-30 (school year 2023–2024) with the
///   Entree diploma; enrolment confirmed 2024-08-20: in place after 1 and 2 years; in
///   monitoring and out of view (last event 2024-08-20).
/// - `d-school` (Pro) is at school: in no year, not followed; its age-18 is upcoming.
/// - `e-view` (VSO) left for day activities on 2025-07-10 (2024–2025); last contact
///   2026-05-25, + 6 months is today: in view. The next contact is due today: open.
/// - `f-out` (Pro) left with no destination on 2025-07-10; last contact 2026-05-24, out
///   of view by one day; its next contact, due 2026-11-24, is overdue.
/// - `g-arch` (Entree, archived) left without a diploma on 2023-03-01: a leaver of
///   2022–2023 and vsv; nothing of today.
/// - `h-brug` (Pro, De Brug) left for work on 2025-11-25, in place; a late aftercare
///   contact on 2026-11-20 opens the next (due 2027-05-20: open).
fn folder() -> Case {
    let pro = |id: &str, school: &str, evs: &[(&str, &str)]| {
        file(
            id,
            &format!("Naam {id}"),
            "pro",
            "2007-03-01",
            "2020-08-24",
            school,
            &format!("profile = \"education\"\n{}", events(evs)),
        )
    };
    Case::new()
        .file(
            "students/a-work.toml",
            &pro(
                "a-work",
                FOCUS,
                &[
                    AGE_18_DONE,
                    ("2025-11-25", "kind = \"jobcoach-assessed\"; needed = false"),
                    (
                        "2025-11-25",
                        "kind = \"exit\"; destination = \"work\"; diploma = \"pro\"; job_found = true",
                    ),
                    ("2026-11-01", "kind = \"aftercare-contact\""),
                ],
            ),
        )
        .file(
            "students/b-lost.toml",
            &pro(
                "b-lost",
                FOCUS,
                &[
                    AGE_18_DONE,
                    ("2025-11-25", "kind = \"jobcoach-assessed\"; needed = true"),
                    (
                        "2025-11-25",
                        "kind = \"exit\"; destination = \"practical-learning\"; diploma = \"pro\"; job_found = true",
                    ),
                    ("2026-11-25", "kind = \"job-lost\""),
                ],
            ),
        )
        .file(
            "students/c-edu.toml",
            &file(
                "c-edu",
                "Naam c-edu",
                "entree",
                "2006-01-10",
                "2023-08-28",
                FOCUS,
                &events(&[
                    ("2023-12-15", "kind = \"study-advice\"; outcome = \"continue\""),
                    ("2024-01-05", "kind = \"done\"; rule = \"age-18\""),
                    ("2024-03-15", "kind = \"spring-review\""),
                    ("2024-06-28", "kind = \"handover\"; to = \"school\""),
                    (
                        "2024-06-30",
                        "kind = \"exit\"; destination = \"education\"; diploma = \"entree\"",
                    ),
                    ("2024-08-20", "kind = \"enrolment-confirmed\""),
                ]),
            ),
        )
        .file(
            "students/d-school.toml",
            &file(
                "d-school",
                "Naam d-school",
                "pro",
                "2010-04-01",
                "2022-08-22",
                FOCUS,
                "profile = \"education\"\n",
            ),
        )
        .file(
            "students/e-view.toml",
            &file(
                "e-view",
                "Naam e-view",
                "vso",
                "2007-03-01",
                "2020-08-24",
                FOCUS,
                &format!(
                    "profile = \"education\"\n{}",
                    events(&[
                        AGE_18_DONE,
                        (
                            "2025-07-10",
                            "kind = \"exit\"; destination = \"day-activities\"; diploma = \"vso\"; benefit = true",
                        ),
                        ("2025-07-15", "kind = \"done\"; rule = \"simple-switch-check\""),
                        ("2026-01-05", "kind = \"aftercare-contact\""),
                        ("2026-05-25", "kind = \"aftercare-contact\""),
                    ])
                ),
            ),
        )
        .file(
            "students/f-out.toml",
            &pro(
                "f-out",
                FOCUS,
                &[
                    AGE_18_DONE,
                    ("2025-07-10", "kind = \"exit\"; destination = \"none\"; diploma = \"pro\""),
                    ("2026-01-05", "kind = \"aftercare-contact\""),
                    ("2026-05-24", "kind = \"aftercare-contact\""),
                ],
            ),
        )
        .file(
            "archive/g-arch.toml",
            &file(
                "g-arch",
                "Naam g-arch",
                "entree",
                "2004-06-01",
                "2022-08-29",
                FOCUS,
                &events(&[("2023-03-01", "kind = \"exit\"; destination = \"none\"")]),
            ),
        )
        .file(
            "students/h-brug.toml",
            &pro(
                "h-brug",
                "De Brug",
                &[
                    AGE_18_DONE,
                    ("2025-11-25", "kind = \"jobcoach-assessed\"; needed = false"),
                    (
                        "2025-11-25",
                        "kind = \"exit\"; destination = \"work\"; diploma = \"pro\"; job_found = true",
                    ),
                    ("2026-11-20", "kind = \"aftercare-contact\""),
                ],
            ),
        )
}

/// Zeros of a count map, with `set` changed.
fn counts(names: &[&str], set: &[(&str, u64)]) -> Value {
    let mut m = serde_json::Map::new();
    for n in names {
        let v = set.iter().find(|(k, _)| k == n).map_or(0, |(_, v)| *v);
        m.insert((*n).to_string(), json!(v));
    }
    Value::Object(m)
}

const TRACKS: &[&str] = &["pro", "vso", "entree"];
const DESTINATIONS: &[&str] = &[
    "work",
    "sheltered-work",
    "practical-learning",
    "education",
    "day-activities",
    "none",
];
const DIPLOMAS: &[&str] = &[
    "none", "pro", "vso", "entree", "mbo-2", "mbo-3", "mbo-4", "havo", "vwo",
];

fn in_place(work: (u64, u64), education: (u64, u64)) -> Value {
    json!({
        "work": {"known": work.0, "in_place": work.1},
        "education": {"known": education.0, "in_place": education.1},
    })
}

#[allow(clippy::too_many_arguments)]
fn year(
    sy: &str,
    leavers: u64,
    tracks: &[(&str, u64)],
    destinations: &[(&str, u64)],
    diplomas: &[(&str, u64)],
    vsv: u64,
    one: Value,
    two: Value,
) -> Value {
    json!({
        "school_year": sy,
        "leavers": leavers,
        "by_track": counts(TRACKS, tracks),
        "by_destination": counts(DESTINATIONS, destinations),
        "by_diploma": counts(DIPLOMAS, diplomas),
        "vsv": vsv,
        "in_place_1y": one,
        "in_place_2y": two,
        "no_destination": 0,
    })
}

fn report_json(c: &Case, args: &[&str]) -> Value {
    let mut all = vec!["report", "--format", "json"];
    all.extend_from_slice(args);
    let v = c.run_on(TODAY, &all).code(0).json();
    assert_contract("report.schema.json", &v);
    v
}

/// Every figure of the folder above, as worked out in its comment.
#[test]
fn hand_worked_figures_in_json() {
    let v = report_json(&folder(), &[]);
    let none = in_place((0, 0), (0, 0));
    let want = json!({
        "made_for": TODAY,
        "years": [
            year("2022-2023", 1, &[("entree", 1)], &[("none", 1)], &[("none", 1)], 1, none.clone(), none.clone()),
            year("2023-2024", 1, &[("entree", 1)], &[("education", 1)], &[("entree", 1)], 0,
                in_place((0, 0), (1, 1)), in_place((0, 0), (1, 1))),
            year("2024-2025", 2, &[("pro", 1), ("vso", 1)], &[("day-activities", 1), ("none", 1)],
                &[("pro", 1), ("vso", 1)], 0, none.clone(), none.clone()),
            year("2025-2026", 3, &[("pro", 3)], &[("work", 2), ("practical-learning", 1)], &[("pro", 3)], 0,
                in_place((3, 2), (0, 0)), none),
        ],
        "in_view": {"followed": 6, "in_view": 4, "out_of_view": ["c-edu", "f-out"], "in_view_months": 6},
        "caseload": [
            {"owner": "school", "open": 5, "overdue": 2, "oldest_overdue": "2026-05-25"},
            {"owner": "doorstroompunt", "open": 2, "overdue": 0, "oldest_overdue": null},
            {"owner": "check-in", "open": 0, "overdue": 0, "oldest_overdue": null},
        ],
        "monitoring": 1,
    });
    assert_eq!(v, want, "{v:#}");
}

/// The day before: exit + 1 year of the 2025–2026 leavers has not come, so nothing of
/// them is known; `b-lost` has not lost the job yet.
#[test]
fn a_year_after_exit_is_known_from_that_day_on() {
    let v = report_json(&folder(), &[]);
    assert_eq!(
        v["years"][3]["in_place_1y"]["work"],
        json!({"known": 3, "in_place": 2})
    );
    let out = folder()
        .run_on("2026-11-24", &["report", "--format", "json"])
        .code(0);
    let v = out.json();
    assert_eq!(
        v["years"][3]["in_place_1y"]["work"],
        json!({"known": 0, "in_place": 0})
    );
}

/// --school, --track and --year narrow the figures; --year 2025-2026 is --year 2025.
/// A year without leavers is no school year of exit (the contract: "one object per
/// school year of exit"): `years` is empty, and the table says so.
#[test]
fn filters_and_year() {
    let c = folder();
    let v = report_json(&c, &["--school", "de brug"]);
    assert_eq!(v["years"].as_array().unwrap().len(), 1);
    assert_eq!(v["years"][0]["leavers"], 1);
    assert_eq!(
        v["in_view"],
        json!({"followed": 1, "in_view": 1, "out_of_view": [], "in_view_months": 6})
    );
    assert_eq!(v["caseload"][0]["open"], 1);

    let v = report_json(&c, &["--track", "entree"]);
    let years: Vec<&str> = v["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| y["school_year"].as_str().unwrap())
        .collect();
    assert_eq!(years, ["2022-2023", "2023-2024"], "the archived leaver counts");
    assert_eq!(v["in_view"]["out_of_view"], json!(["c-edu"]));
    assert_eq!(v["monitoring"], 1);

    for year in ["2025", "2025-2026"] {
        let v = report_json(&c, &["--year", year]);
        assert_eq!(v["years"].as_array().unwrap().len(), 1);
        assert_eq!(v["years"][0]["school_year"], "2025-2026");
        assert_eq!(v["years"][0]["leavers"], 3);
        assert_eq!(
            v["in_view"]["followed"], 6,
            "in view is about today, whatever the year"
        );
    }
    let v = report_json(&c, &["--year", "2019"]);
    assert_eq!(v["years"], json!([]));
    let out = c.run_on(TODAY, &["report", "--year", "2019"]).code(0);
    assert_has(&out.stdout, "Leavers per school year of exit\nNo leavers.\n");
    assert_has(&out.stdout, "2019-2020");

    let out = c.run_on(TODAY, &["report", "--year", "2025-2027"]).code(2);
    assert_has(&out.stderr, "not a school year");
}

/// A case in students/ and in archive/ at once (`check`: "id `…` is used by … too") is
/// counted once, as today's student, and reported as the error it is: exit 1, the
/// report still written.
#[test]
fn a_case_in_both_folders_counts_once_and_is_an_error() {
    let c = folder();
    let before = report_json(&c, &[]);
    std::fs::copy(c.path("students/a-work.toml"), c.path("archive/a-work.toml")).unwrap();
    let out = c.run_on(TODAY, &["report", "--format", "json"]).code(1);
    let v = out.json();
    assert_contract("report.schema.json", &v);
    assert_eq!(v, before);
    assert_eq!(
        out.stderr,
        "archive/a-work.toml:1:1: error: id `a-work` is used by students/a-work.toml too\n  hint: each case has one file; give one of them another id (and file name)\n"
    );
}

/// The contract check is not a formality: it rejects a report without its caseload or
/// with a count map missing a value.
#[test]
fn the_contract_rejects_a_wrong_report() {
    let v = report_json(&folder(), &[]);
    for broken in [
        {
            let mut b = v.clone();
            b.as_object_mut().unwrap().remove("caseload");
            b
        },
        {
            let mut b = v.clone();
            b["years"][0]["by_destination"]
                .as_object_mut()
                .unwrap()
                .remove("none");
            b
        },
        {
            let mut b = v.clone();
            b["years"][0]["school_year"] = json!("2022");
            b
        },
    ] {
        let r = std::panic::catch_unwind(|| assert_contract("report.schema.json", &broken));
        assert!(r.is_err(), "accepted: {broken:#}");
    }
}

/// Names only with --with-names (SPEC.md: "no student names unless `--with-names`").
#[test]
fn names_only_with_with_names() {
    let c = folder();
    for format in ["table", "csv", "json", "html"] {
        let out = c.run_on(TODAY, &["report", "--format", format]).code(0);
        assert!(!out.stdout.contains("Naam "), "{format}: {}", out.stdout);
        let out = c
            .run_on(TODAY, &["report", "--format", format, "--with-names"])
            .code(0);
        assert!(out.stdout.contains("Naam c-edu"), "{format}");
        assert!(out.stdout.contains("Naam f-out"), "{format}");
        assert!(
            !out.stdout.contains("Naam a-work"),
            "{format}: only those out of view"
        );
    }
    let v = report_json(&c, &["--with-names"]);
    assert_eq!(
        v["in_view"]["out_of_view_names"],
        json!({"c-edu": "Naam c-edu", "f-out": "Naam f-out"})
    );
}

/// One figure a row, named by its path in the JSON contract; `;` and a BOM for a Dutch
/// spreadsheet, `,` without.
#[test]
fn csv_has_one_figure_a_row() {
    let c = folder();
    let out = c.run_on(TODAY, &["report", "--format", "csv"]).code(0);
    let text = out.stdout.strip_prefix('\u{feff}').expect("a BOM");
    let rows: Vec<&str> = text.lines().collect();
    assert_eq!(rows[0], "school_year;figure;value");
    assert_eq!(rows[1], ";made_for;2026-11-25");
    for row in [
        "2025-2026;leavers;3",
        "2025-2026;by_destination.practical-learning;1",
        "2025-2026;in_place_1y.work.known;3",
        "2025-2026;in_place_1y.work.in_place;2",
        "2022-2023;vsv;1",
        ";in_view.followed;6",
        ";in_view.out_of_view;c-edu",
        ";in_view.out_of_view;f-out",
        ";caseload.school.oldest_overdue;2026-05-25",
        ";caseload.check-in.oldest_overdue;",
        ";monitoring;1",
    ] {
        assert!(rows.contains(&row), "{row} not in\n{text}");
    }
    let out = c
        .run_on(TODAY, &["report", "--format", "csv", "--delimiter", ","])
        .code(0);
    assert!(out.stdout.starts_with("school_year,figure,value\r\n"));
}

/// For a terminal: the tables fit 80 columns and show the hand-worked figures.
#[test]
fn table_fits_80_columns() {
    let out = folder().run_on(TODAY, &["report"]).code(0);
    // The second line names the folder, whose path is as long as it is.
    for line in out.stdout.lines().filter(|l| !l.starts_with("folder ")) {
        assert!(
            line.chars().count() <= 80,
            "{} wide: {line}",
            line.chars().count()
        );
    }
    let has_row = |words: &[&str]| {
        out.stdout
            .lines()
            .any(|l| l.split_whitespace().collect::<Vec<_>>() == words)
    };
    // Leavers, destinations, diplomas, in place, caseload: one row each.
    for row in [
        &["2025-2026", "3", "3", "0", "0", "0"][..],
        &["2024-2025", "0", "0", "0", "0", "1", "1"],
        &["2023-2024", "0", "0", "0", "1", "0", "0", "0", "0", "0"],
        // 2025-2026: three leavers to work (a, b, h), none to education; exit + 2 years
        // has not come for anyone.
        &[
            "2025-2026",
            "2/3",
            "(67%)",
            "no",
            "leavers",
            "not",
            "yet",
            "known",
            "no",
            "leavers",
        ],
        // 2023-2024: c-edu alone, to education.
        &[
            "2023-2024",
            "no",
            "leavers",
            "1/1",
            "(100%)",
            "no",
            "leavers",
            "1/1",
            "(100%)",
        ],
        // 2024-2025: day activities and no destination, neither a group of bestendigheid.
        &[
            "2024-2025",
            "no",
            "leavers",
            "no",
            "leavers",
            "no",
            "leavers",
            "no",
            "leavers",
        ],
        &["school", "5", "2", "2026-05-25"],
        &["Doorstroompunt", "2", "0", "-"],
    ] {
        assert!(has_row(row), "{row:?} not in\n{}", out.stdout);
    }
    for want in [
        "Leavers per school year of exit",
        "In monitoring by the Doorstroompunt: 1",
        "Out of view (last event more than 6 months ago): 2\n  c-edu\n  f-out\n",
    ] {
        assert!(out.stdout.contains(want), "{want:?} not in\n{}", out.stdout);
    }
}

/// One self-contained page: no script, nothing fetched, a viewport for phones and
/// print styles; the day and folder it was made for; the figures in `data-figure`
/// cells and the three charts.
#[test]
fn html_is_one_self_contained_page() {
    let c = folder();
    let out = c.run_on(TODAY, &["report", "--format", "html"]).code(0);
    let page = out.stdout;
    assert!(page.starts_with("<!DOCTYPE html>"));
    for banned in [
        "<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "https:",
    ] {
        assert!(!page.contains(banned), "{banned} in the page");
    }
    // The only URL is the SVG namespace, which is a name, not a resource.
    assert_eq!(
        page.matches("http:").count(),
        page.matches("xmlns=\"http://www.w3.org/2000/svg\"").count()
    );
    for want in [
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        "@media print",
        "<time datetime=\"2026-11-25\" data-figure=\"made_for\">2026-11-25</time>",
        "id=\"chart-destinations\"",
        "id=\"chart-in-place\"",
        "id=\"chart-overdue\"",
        "<td data-figure=\"leavers\" data-school-year=\"2025-2026\">3</td>",
        "<td data-figure=\"in_place_1y.work\" data-school-year=\"2025-2026\" data-known=\"3\" data-in-place=\"2\">2/3 (67%)</td>",
        "<td data-figure=\"caseload.school.oldest_overdue\">2026-05-25</td>",
        "<b data-figure=\"in_view.out_of_view\">2</b>",
        "<b data-figure=\"monitoring\">1</b>",
        "<li><code>f-out</code></li>",
    ] {
        assert!(page.contains(want), "{want} not in the page");
    }
    let folder = std::fs::canonicalize(c.path("")).unwrap();
    assert!(page.contains(&format!("<code data-folder>{}</code>", folder.display())));
}

/// -o writes the file (the owner's only), nothing on stdout; its extension picks the
/// format.
#[test]
fn output_file_and_its_extension() {
    let c = folder();
    let out = c.run_on(TODAY, &["report", "-o", "verslag.html"]).code(0);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr, "wrote verslag.html\n");
    assert!(c.read("verslag.html").starts_with("<!DOCTYPE html>"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(c.path("verslag.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    c.run_on(TODAY, &["report", "-o", "cijfers.json"]).code(0);
    let v: Value = serde_json::from_str(&c.read("cijfers.json")).unwrap();
    assert_contract("report.schema.json", &v);
    c.run_on(TODAY, &["report", "--format", "csv", "-o", "cijfers.json"])
        .code(0);
    assert!(c.read("cijfers.json").starts_with('\u{feff}'), "--format wins");
}

/// A file that cannot be read is reported with its place; the others are counted and
/// the exit status is 1 (as `due` does).
#[test]
fn a_broken_file_is_reported_and_the_rest_counted() {
    let c = folder().file("students/kapot.toml", "schema = 1\nid = \"kapot\"\nname = \n");
    let out = c.run_on(TODAY, &["report", "--format", "json"]).code(1);
    assert!(out.stderr.starts_with("students/kapot.toml:3:"), "{}", out.stderr);
    let v: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["in_view"]["followed"], 6);
}

/// An empty folder: no years, zeros, still the contract.
#[test]
fn an_empty_folder() {
    let v = report_json(&Case::new(), &[]);
    assert_eq!(v["years"], json!([]));
    assert_eq!(v["monitoring"], 0);
    let out = Case::new().run_on(TODAY, &["report"]).code(0);
    assert_has(&out.stdout, "No leavers.");
    let out = Case::new().run_on(TODAY, &["report", "--format", "html"]).code(0);
    assert!(out.stdout.contains("No leavers."));
}

/// Issue 11: "Dutch throughout" — the report's headings and labels follow `--lang nl`,
/// in the terminal and on the page (whose `lang` attribute says so too).
#[test]
fn report_in_dutch() {
    let c = Case::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data-example");
    let dir = root.to_str().unwrap();
    let out = c
        .run_on("2026-11-25", &["--dir", dir, "--lang", "nl", "report"])
        .code(0);
    assert_has(&out.stdout, "Uitstroom per schooljaar van uitschrijving");
    assert!(
        out.stdout
            .contains("Bestendigheid: nog op hun plek na 1 en 2 jaar")
    );
    assert_dutch(&out);
    let html = c
        .run_on(
            "2026-11-25",
            &["--dir", dir, "--lang", "nl", "report", "--format", "html"],
        )
        .code(0);
    assert!(html.stdout.contains("<html lang=\"nl\">"));
    assert!(html.stdout.contains("Te late acties per eigenaar"));
}
