//! The commands that read, in Dutch (issue 11 item 4): `show`, `why`, `due`, `list`,
//! `check` and `config` with `--lang nl` print no English sentence, and use the
//! coordinators' own words (te laat, binnenkort, warme overdracht, Tijdlijn, Acties).

use crate::harness::{Case, Out, assert_dutch, assert_has, sem, student};
use std::process::Command;

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data-example");

/// `uitstroom --lang nl ARGS` on data-example, on the day it is written for.
fn example(args: &[&str], columns: Option<&str>) -> Out {
    let mut cmd = Command::new(crate::harness::BIN);
    cmd.env_clear()
        .env("LANG", "C.UTF-8")
        .env("HOME", "/nonexistent")
        .args(["--dir", EXAMPLE, "--today", "2026-11-25", "--lang", "nl"])
        .args(args);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c);
    }
    crate::harness::run(cmd)
}

#[test]
fn due_table_plain_and_groups_in_dutch() {
    let out = example(&["due", "--format", "table"], Some("80")).code(0);
    assert_dutch(&out);
    let first = out.stdout.lines().next().unwrap();
    assert!(first.starts_with("Uiterlijk   Status      Dossier"), "{first}");
    assert_has(&out.stdout, "2026-01-16  te laat     horizon-2025-0150");
    assert_has(&out.stdout, "2026-12-20  binnenkort  horizon-2024-0099");
    assert!(
        out.stdout.lines().all(|l| l.chars().count() < 80),
        "{}",
        out.stdout
    );

    let out = example(&["due", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    // Status and owner columns as wide as their widest Dutch word.
    assert_has(
        &out.stdout,
        "2026-10-01  te laat     school          focus-2022-0137  Sem de Vries: Startgesprek met Jongerenadviseur en Doorstroomcoach (uitstroomjaar) [start-meeting]\n",
    );
    assert_has(
        &out.stdout,
        "2026-12-20  binnenkort  Doorstroompunt  horizon-2024-0099  Sara Yilmaz: ",
    );

    let out = example(&["due", "--group-by", "owner", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    let headings: Vec<&str> = out.stdout.lines().filter(|l| l.starts_with("== ")).collect();
    assert_eq!(
        headings,
        ["== Check-In ==", "== Doorstroompunt ==", "== school =="]
    );

    let out = example(
        &["due", "--group-by", "contact", "--format", "table"],
        Some("120"),
    )
    .code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "== (Doorstroompunt: geen contactpersoon vermeld) ==\n",
    );
}

#[test]
fn due_refusals_in_dutch() {
    let out = example(&["due", "--todo"], None).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "--todo is alleen voor agenda's\n");
    assert_has(
        &out.stderr,
        "voeg `--format ics` toe, bijvoorbeeld `uitstroom due --all --format ics --todo`",
    );
    let out = example(&["due", "--group-by", "owner", "--format", "json"], None).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "`--group-by` werkt alleen bij de uitvoer als tabel of platte tekst",
    );
    assert_has(&out.stderr, "elke regel in JSON en CSV vermeldt de eigenaar");
}

#[test]
fn nothing_due_and_no_students_in_dutch() {
    let c = Case::new();
    let out = c
        .run_on("2026-07-15", &["--lang", "nl", "due", "--format", "table"])
        .code(0);
    assert_dutch(&out);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        ("", "niets te doen\n")
    );
    let out = c
        .run_on("2026-07-15", &["--lang", "nl", "list", "--format", "table"])
        .code(0);
    assert_eq!(
        (out.stdout.as_str(), out.stderr.as_str()),
        ("", "geen leerlingen\n")
    );
}

#[test]
fn list_in_dutch() {
    let out = example(&["list", "--format", "table"], Some("200")).code(0);
    assert_dutch(&out);
    let first = out.stdout.lines().next().unwrap();
    assert_eq!(
        first.split_whitespace().collect::<Vec<_>>(),
        [
            "Dossier",
            "Naam",
            "Schoolsoort",
            "Fase",
            "Kenmerken",
            "Volgende",
            "actie",
            "Uiterlijk"
        ]
    );
    assert_has(&out.stdout, "nazorg");
    assert_has(&out.stdout, "vsv, buiten de regio");
    let out = example(&["list", "--format", "plain"], None).code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "focus-2021-0093  Thijs Bakker  Pro  nazorg  2026-07-03 jobcoach-assessment (te laat)\n",
    );
    assert_has(&out.stdout, "  Entree  monitoring vsv buiten-regio  ");
}

fn example_ids() -> Vec<String> {
    let mut ids: Vec<String> = std::fs::read_dir(format!("{EXAMPLE}/students"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    ids.sort();
    assert!(ids.len() > 10, "{ids:?}");
    ids
}

#[test]
fn show_speaks_dutch_for_every_example_student() {
    for id in example_ids() {
        let out = example(&["show", &id], None).code(0);
        assert_dutch(&out);
        assert_has(&out.stdout, "\nTijdlijn\n");
        assert_has(&out.stdout, "\nActies\n");
    }
    let out = example(&["show", "focus-2022-0137"], None).code(0);
    for want in [
        "  schoolsoort Pro · school Praktijkschool Focus · woont in Heiloo (Noord-Kennemerland)\n",
        "  geboren 2009-05-14 (17 jaar) · ingeschreven 2022-08-22 · geplande uitstroom 2027-07-09 · uitstroomprofiel arbeid\n",
        "  fase school · vsv nee · gemonitord tot 2032-05-14\n",
        "\nTijdlijn\n  2025-02-11  doelgroepregister-besproken — ",
        "2032-05-14    monitoring-end (mijlpaal): Einde monitoring Doorstroompunt",
        "\nActies\n  gedaan      2026-07-31  register-discussion       school          Inschrijving doelgroepregister",
        "              opent 2024-08-01 · afgerond met doelgroepregister-besproken op 2025-02-11\n",
        "  te laat     2026-10-01  start-meeting ",
        "              opent 2026-08-01 · afronden met een gebeurtenis `startgesprek` in dat schooljaar\n",
        "  binnenkort  2027-05-14  age-18 ",
        "              bron: 000 Leerjaar 4, 5 (en 6): ",
    ] {
        assert_has(&out.stdout, want);
    }
    let out = example(&["show", "horizon-2025-0150"], None).code(0);
    assert_has(&out.stdout, "  2026-01-16  uitschrijving (geen vervolgplek) — ");
    let out = example(&["show", "focus-2018-0055"], None).code(0);
    assert_has(
        &out.stdout,
        "  2023-07-07  uitschrijving (naar vervolgonderwijs, diploma Pro, opleiding Mbo-2 Groen)\n",
    );
}

/// The fields of an event, in the words of the field's value (`naar werk`, `met
/// ondersteuningsvraag`), with the event kind's Dutch name.
#[test]
fn show_describes_events_in_dutch() {
    let c = Case::new().file(
        "students/sem.toml",
        &sem("\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\ndestination = \"sheltered-work\"\ndiploma = \"pro\"\njob_found = true\nwage_subsidy = true\nhours_per_week = 24\n\n[[events]]\ndate = 2026-07-10\nkind = \"handover\"\nto = \"check-in\"\nsupport_question = true\n\n[[events]]\ndate = 2026-07-11\nkind = \"jobcoach-assessed\"\nneeded = false\n"),
    );
    let out = c.run_on("2026-07-15", &["--lang", "nl", "show", "sem"]).code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "  2026-07-10  uitschrijving (naar beschut werk, diploma Pro, baan gevonden, loonkostensubsidie, 24 uur per week)\n",
    );
    assert_has(
        &out.stdout,
        "  2026-07-10  warme-overdracht (naar Check-In, met ondersteuningsvraag)\n",
    );
    assert_has(
        &out.stdout,
        "  2026-07-11  jobcoach-bekeken (geen jobcoach nodig)\n",
    );
    assert_has(&out.stdout, "  fase nazorg · ");
}

#[test]
fn why_explains_in_dutch() {
    let out = example(&["why", "focus-2022-0137", "start-meeting"], None).code(0);
    assert_dutch(&out);
    for want in [
        "start-meeting — Startgesprek met Jongerenadviseur en Doorstroomcoach (uitstroomjaar)\n",
        "  eigenaar school · bereik route (Route Arbeid, alleen in de regio) · taak\n",
        "  geldt voor: Pro- en VSO-leerlingen met een ingevulde `planned_exit` die nog niet zijn uitgestroomd\n",
        "  opent: het begin van het schooljaar van `planned_exit`\n",
        "  uiterlijk: `calendar.start_meeting_by` in dat schooljaar (standaard 1 oktober)\n",
        "  afronden met: een gebeurtenis `startgesprek` in dat schooljaar\n",
        "\nVoor focus-2022-0137 op 2026-11-25:\n",
        "  in de regio van Route Arbeid: ja (Heiloo)\n",
        "  instellingen: schooljaar vanaf 1 augustus · zomer vanaf 1 juli · startgesprek uiterlijk 1 oktober · voorjaarsbespreking van 1 maart tot 31 mei · opvolging binnen 14 dagen · nazorg elke 6 maanden\n",
        "\n  te laat: opent 2026-08-01, uiterlijk 2026-10-01\n",
        "(of `uitstroom done focus-2022-0137 start-meeting`)",
    ] {
        assert_has(&out.stdout, want);
    }
    // A rule that does not apply says why not.
    let out = example(&["why", "focus-2022-0137", "check-in-handover"], None).code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "\nGeen actie `check-in-handover`: de voorwaarden gelden niet voor deze leerling",
    );
}

/// Every check of a case file and of the folder, in Dutch.
#[test]
fn check_in_dutch() {
    let events = |e: &str| format!("\n{e}");
    let c = Case::new()
        // No municipality; enrolled before birth; planned exit before enrolment.
        .file(
            "students/a.toml",
            "schema = 1\nid = \"a\"\nname = \"A\"\nbirth_date = 2008-05-14\ntrack = \"pro\"\nenrolled = 2001-08-23\nplanned_exit = 2000-07-01\n",
        )
        // A former municipality; an exit without destination; events out of order and
        // in the future; check-in-closed without a handover.
        .file(
            "students/b.toml",
            &student("b", "B", "pro", "2008-05-14", "2021-08-23", "Heerhugowaard", &events(
                "[[events]]\ndate = 2026-07-10\nkind = \"exit\"\n\n[[events]]\ndate = 2026-07-01\nkind = \"check-in-closed\"\n\n[[events]]\ndate = 2026-08-01\nkind = \"note\"\n",
            )),
        )
        // Outside the region; a handover to Check-In at 15 and closed within 3 months; an
        // early exit without a diploma; check-in-extended until its own date.
        .file(
            "students/c.toml",
            &student("c", "C", "pro", "2011-01-01", "2023-08-23", "Hoorn", &events(
                "[[events]]\ndate = 2026-03-01\nkind = \"exit\"\ndestination = \"work\"\n\n[[events]]\ndate = 2026-03-01\nkind = \"handover\"\nto = \"check-in\"\nsupport_question = true\n\n[[events]]\ndate = 2026-04-01\nkind = \"check-in-extended\"\nuntil = 2026-04-01\n\n[[events]]\ndate = 2026-05-01\nkind = \"check-in-closed\"\n",
            )),
        )
        // Day activities without a benefit or indication end; a startkwalificatie without
        // its event; a programme starting before the exit.
        .file(
            "students/d.toml",
            &student("d", "D", "vso", "2006-05-14", "2019-08-23", "Alkmaar", &events(
                "[[events]]\ndate = 2025-07-10\nkind = \"exit\"\ndestination = \"day-activities\"\nbenefit = false\n\n[[events]]\ndate = 2026-07-10\nkind = \"exit\"\ndestination = \"education\"\ndiploma = \"mbo-2\"\nprogramme_start = 2026-07-01\n",
            )),
        )
        // The id is not the file name, and is used twice.
        .file("students/e.toml", &student("x", "E", "entree", "2008-05-14", "2025-08-25", "Alkmaar", ""))
        .file("archive/x.toml", &student("x", "X", "entree", "2008-05-14", "2024-08-26", "Alkmaar", ""));
    // A file others can read.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(c.path("archive/x.toml"), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = c.run_on("2026-07-15", &["--lang", "nl", "check"]).code(1);
    assert_dutch(&out);
    // One diagnostic for each problem made above, each with its hint.
    assert_eq!(out.stdout.matches("\n  tip: ").count(), 20, "{}", out.stdout);
    for want in [
        "archive/x.toml:1:1: waarschuwing: de groep en anderen kunnen dit bestand lezen (modus 644); een dossier is alleen voor de eigen coördinatoren",
        "\n  tip: maak het privé: chmod 600 archive/x.toml (voor een hele kloon: chmod -R go-rwx MAP, en umask 077 vóór het klonen)\n",
        "archive/x.toml:2:6: fout: het id `x` wordt ook gebruikt door students/e.toml\n",
        "students/a.toml:1:1: waarschuwing: geen gemeente: Route Arbeid geldt alleen voor leerlingen die in de regio wonen",
        ": fout: ingeschreven vóór de geboortedatum\n  tip: controleer `enrolled` en `birth_date`\n",
        ": waarschuwing: `planned_exit` 2000-07-01 ligt vóór `enrolled` 2001-08-23",
        ": waarschuwing: Heerhugowaard is een voormalige gemeente, sinds 1 januari 2022 onderdeel van Dijk en Waard",
        ": fout: een uitschrijving zonder bestemming\n",
        ": fout: de gebeurtenis van 2026-07-01 staat na een gebeurtenis van 2026-07-10",
        ": waarschuwing: de gebeurtenis van 2026-08-01 ligt in de toekomst",
        ": waarschuwing: `check-in-closed` zonder eerdere warme overdracht met ondersteuningsvraag aan Check-In",
        ": waarschuwing: Hoorn ligt buiten de regio van Route Arbeid (Noord-Kennemerland)",
        ": waarschuwing: warme overdracht aan Check-In op 2026-03-01, terwijl de leerling niet tussen 16 en 27 jaar is",
        ": waarschuwing: uitschrijving op 2026-03-01 zonder diploma, vóór het einde van het schooljaar waarin de leerling 16 wordt (2027-07-31)",
        ": waarschuwing: `check-in-extended` tot 2026-04-01, en dat ligt niet na de datum van de gebeurtenis",
        ": waarschuwing: Check-In afgesloten op 2026-05-01, minder dan 3 maanden na de warme overdracht van 2026-03-01",
        ": waarschuwing: uitschrijving naar dagbesteding zonder uitkering en zonder `indication_until`",
        ": waarschuwing: uitschrijving met diploma mbo 2 (een startkwalificatie), maar zonder de gebeurtenis startkwalificatie",
        ": waarschuwing: `programme_start` 2026-07-01 ligt vóór de datum van uitschrijving 2026-07-10",
        "students/e.toml:2:6: fout: het id `x` verschilt van de bestandsnaam `e.toml`",
    ] {
        assert_has(&out.stdout, want);
    }
}

/// In a git folder, `check` warns in Dutch about files git does not track.
#[test]
fn check_untracked_in_dutch() {
    let c = Case::with_git().file(
        "students/sem.toml",
        &student("sem", "Sem", "pro", "2008-05-14", "2021-08-23", "Heiloo", ""),
    );
    let out = c.run_on("2026-07-15", &["--lang", "nl", "check"]).code(0);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "students/sem.toml:1:1: waarschuwing: git volgt dit bestand niet, dus een kloon van de map mist het\n",
    );
    assert_has(
        &out.stdout,
        "  tip: leg het vast in git: `git add students/sem.toml && git commit -m \"add students/sem.toml\"`\n",
    );
}

#[test]
fn config_in_dutch_says_where_the_language_came_from() {
    let c = Case::new();
    let out = c.run_on("2026-07-15", &["--lang", "nl", "config"]).code(0);
    assert_dutch(&out);
    assert_has(&out.stdout, "gebruikersconfiguratie: ");
    assert_has(&out.stdout, " (bestaat niet)\n");
    assert_has(
        &out.stdout,
        "map: . (via de dichtstbijzijnde bovenliggende map met uitstroom.toml)\n",
    );
    assert_has(&out.stdout, "taal: nl (via --lang)\n");
    assert_has(&out.stdout, "vandaag: 2026-07-15 (opgegeven)\n");
    let out = c.run_with(c.dir.path(), |cmd| {
        cmd.env("UITSTROOM_LANG", "nl").arg("config");
    });
    let out = out.code(0);
    assert_has(&out.stdout, "taal: nl (via UITSTROOM_LANG)\n");
    assert!(
        out.stdout.lines().last().unwrap().starts_with("vandaag: "),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("(opgegeven)"), "{}", out.stdout);
    // The locale decides when nothing else does; English names where it came from too.
    let out = c
        .run_with(c.dir.path(), |cmd| {
            cmd.env("LANG", "nl_NL.UTF-8").arg("config");
        })
        .code(0);
    assert_has(&out.stdout, "taal: nl (via de locale, LANG)\n");
    let out = c.run_on("2026-07-15", &["config"]).code(0);
    assert_has(&out.stdout, "language: en (from the default: ");
}

/// CSV is data: a Dutch run writes the same column names and codes (read back by
/// `import`, matched by scripts and spreadsheet filters); only the title is Dutch.
#[test]
fn csv_keeps_its_codes_in_dutch() {
    let out = example(&["due", "--format", "csv", "--delimiter", ","], None).code(0);
    let mut lines = out.stdout.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("due,status,owner,case,name,rule,title,opens,kind,school,")
    );
    assert_has(
        &out.stdout,
        "2026-10-01,overdue,school,focus-2022-0137,Sem de Vries,start-meeting,Startgesprek met Jongerenadviseur en Doorstroomcoach (uitstroomjaar),2026-08-01,task,",
    );
    let out = example(&["list", "--format", "csv", "--delimiter", ","], None).code(0);
    assert_has(
        &out.stdout,
        "\r\nhorizon-2025-0150,Noor Hendriks,entree,monitoring,yes,no,exit-interview,2026-01-16,",
    );
}

/// A case or a rule that does not exist: the error and its hint in Dutch.
#[test]
fn show_and_why_refuse_in_dutch() {
    let out = example(&["show", "focus-2022-013"], None).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "fout: geen dossier `focus-2022-013` in ");
    assert_has(&out.stderr, "\n  tip: bedoelt u `focus-2022-0137`?\n");
    let out = example(&["why", "focus-2022-0137", "start-meting"], None).code(2);
    assert_dutch(&out);
    assert_eq!(
        out.stderr,
        "fout: onbekende regel `start-meting`\n  tip: bedoelt u `start-meeting`?\n"
    );
}

/// English stays the default (the harness's `LANG=C.UTF-8` names no language), and says
/// the same as the Dutch: the rule in words, then the dates.
#[test]
fn why_in_english_by_default() {
    let out = Command::new(crate::harness::BIN)
        .env_clear()
        .env("LANG", "C.UTF-8")
        .env("HOME", "/nonexistent")
        .args([
            "--dir",
            EXAMPLE,
            "--today",
            "2026-11-25",
            "why",
            "focus-2022-0137",
            "start-meeting",
        ])
        .output()
        .unwrap();
    let out = String::from_utf8(out.stdout).unwrap();
    for want in [
        "  owner school · scope route (Route Arbeid, only in the region) · task\n",
        "  applies to: Pro and VSO students with `planned_exit` set who have not left\n",
        "  completed by: a `start-meeting` event dated in that school year\n",
        "  settings: school year from 1 August · summer from 1 July · start meeting by 1 October · ",
        "\n  overdue: opens 2026-08-01, due 2026-10-01\n",
    ] {
        assert_has(&out, want);
    }
}
