//! Dutch throughout (issue 11 item 4) for taking on a caseload and sharing it: `import`
//! of a Dutch school export, `catch-up`, `export` and the calendar, and `sync` with a
//! local bare remote. Each runs with `--lang nl`; `assert_dutch` finds no English
//! sentence, and the Dutch phrases are pinned.

use crate::caseload::sem_and_bo;
use crate::harness::{Case, NEW_SEM, Out, assert_dutch, assert_has, assert_same};
use crate::import::{import_magister, with_export};
use crate::sync::Region;

const TODAY: &str = "2026-11-25";

fn nl<'a>(args: &[&'a str]) -> Vec<&'a str> {
    ["--lang", "nl"].into_iter().chain(args.iter().copied()).collect()
}

/// A Magister-like export (Windows-1252, `;`, Dutch headers), checked before anything
/// is written: what would be made, and the notes, in Dutch.
#[test]
fn import_dry_run_of_a_dutch_export() {
    let c = with_export(Case::new(), "magister-1252.csv");
    let out = c.run_on(TODAY, &nl(&import_magister(&["--dry-run"]))).code(0);
    assert_dutch(&out);
    assert_same(
        &out.stdout,
        "3 dossiers zouden worden ingelezen uit magister-1252.csv (Windows-1252, gescheiden door `;`):\n\
         \x20 focus-1001  Zoë van der Berg        Pro     geboren 2008-05-14  ingeschreven 2021-08-23  Heiloo\n\
         \x20 focus-1002  René Jansen             Pro     geboren 2009-02-01  ingeschreven 2021-08-23  Heerhugowaard\n\
         \x20 focus-1003  Noëlle de Vries-Brenée  VSO     geboren 2007-11-03  ingeschreven 2020-09-01  Hoorn\n",
    );
    assert_same(
        &out.stderr,
        "let op: kolommen niet gebruikt: Klas, E-mailadres (met `--map KOLOM=VELD` leest u er een in)\n\
         let op: 1 leerling: Heerhugowaard hoort sinds 1 januari 2022 bij Dijk en Waard; overweeg `set ID municipality \"Dijk en Waard\"`\n\
         let op: 1 leerling: Hoorn ligt buiten de regio van Route Arbeid (Noord-Kennemerland): alleen de eigen taken van de school worden berekend\n\
         let op: proefdraai: er is niets geschreven\n",
    );
    assert!(!c.path("students/focus-1001.toml").exists());

    // The real import says the same in the past tense.
    let out = c.run_on(TODAY, &nl(&import_magister(&[]))).code(0);
    assert_dutch(&out);
    assert_same(
        &out.stdout,
        "3 dossiers ingelezen uit magister-1252.csv (Windows-1252, gescheiden door `;`)\n  nieuw dossier focus-1001\n  nieuw dossier focus-1002\n  nieuw dossier focus-1003\n",
    );
    // Once more: every row is a case already, said at its row and column.
    let out = c.run_on(TODAY, &nl(&import_magister(&[]))).code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "magister-1252.csv:2: Stamnr: dossier `focus-1001` bestaat al (students/focus-1001.toml)\n  tip: laat de regel weg, of geef `--skip-existing` om alleen de nieuwe in te lezen\n",
    );
    let out = c
        .run_on(TODAY, &nl(&import_magister(&["--skip-existing"])))
        .code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .starts_with("niets in te lezen uit magister-1252.csv (Windows-1252, gescheiden door `;`)\n"),
        "{}",
        out.stdout
    );
    assert_has(
        &out.stderr,
        "let op: 3 dossiers overgeslagen die al in de map staan: focus-1001, focus-1002, focus-1003\n",
    );
}

/// An English export (UTF-8 with a byte order mark, `,`) read in a Dutch run.
#[test]
fn import_of_an_english_export_in_a_dutch_run() {
    let c = with_export(Case::new(), "somtoday-en-bom.csv");
    let out = c
        .run_on(TODAY, &nl(&["import", "somtoday-en-bom.csv", "--dry-run"]))
        .code(0);
    assert_dutch(&out);
    assert!(
        out.stdout.starts_with(
            "2 dossiers zouden worden ingelezen uit somtoday-en-bom.csv (UTF-8 met BOM, gescheiden door `,`):\n"
        ),
        "{}",
        out.stdout
    );
    assert_has(&out.stderr, "let op: sommige leerlingnummers zijn kale nummers;");
}

/// A bad row: `FILE:ROW: COLUMN: message` and its hint in Dutch; nothing is written.
#[test]
fn import_problems_in_dutch() {
    for (file, want) in [
        (
            "bad-date.csv",
            "bad-date.csv:2: Geboortedatum: `31-02-2008` is geen bestaande datum\n  tip: schrijf de datum als DD-MM-JJJJ of JJJJ-MM-DD, bijvoorbeeld 14-05-2008\n",
        ),
        (
            "unknown-track.csv",
            "unknown-track.csv:2: Onderwijssoort: `havo` is geen onderwijssoort die uitstroom volgt\n  tip: schrijf pro, praktijkonderwijs, vso, entree, mbo entree of niveau 1 (of geef `--track` voor regels zonder)\n",
        ),
        (
            "missing-id.csv",
            "missing-id.csv:3: Leerlingnummer: geen leerlingnummer\n  tip: elke regel heeft er een nodig; vul het in of laat de regel weg\n",
        ),
        (
            "duplicate-id.csv",
            "duplicate-id.csv:4: Leerlingnummer: `3001` staat ook in regel 2\n  tip: elke leerling één keer: verwijder een van de regels\n",
        ),
    ] {
        let c = with_export(Case::new(), file);
        let out = c.run_on(TODAY, &nl(&["import", file])).code(1);
        assert_dutch(&out);
        assert!(out.stderr.ends_with(want), "{file}:\n{}", out.stderr);
        assert_has(&out.stderr, "er is niets ingelezen: 1 probleem\n");
        assert_eq!(std::fs::read_dir(c.path("students")).unwrap().count(), 0);
    }
    // A file without the columns it needs: each named at the header.
    let c = Case::new().file("leeg.csv", "Naam;Klas\nZoë;4A\n");
    let out = c.run_on(TODAY, &nl(&["import", "leeg.csv"])).code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "leeg.csv:1: `id`: kolom ontbreekt: leerlingnummer\n  tip: noem een kolom `leerlingnummer`, `stamnummer` of `student number`, of gebruik `--map KOLOM=id`\n",
    );
    assert_has(&out.stderr, "er is niets ingelezen: 4 problemen\n");
}

/// `catch-up --dry-run` and the real one, with an action it leaves open.
#[test]
fn catch_up_in_dutch() {
    let c = sem_and_bo();
    let args = ["catch-up", "--before", "2027-03-01"];
    let dry: Vec<&str> = args.iter().copied().chain(["--dry-run"]).collect();
    let out = c.run_on(TODAY, &nl(&dry)).code(0);
    assert_dutch(&out);
    assert_same(
        &out.stdout,
        "2 acties in 1 dossier met een uiterlijke datum vóór 2027-03-01 zouden worden afgesloten (gedaan, notitie \"catch-up\"):\n\
         \x20 sem  start-meeting  uiterlijk 2025-10-01\n\
         \x20 sem  age-18         uiterlijk 2026-05-14\n",
    );
    assert_same(
        &out.stderr,
        "let op: open gelaten: bo age-18 (uiterlijk 2027-02-01): de actie opent pas op 2027-01-04, na vandaag\n\
         \x20 tip: leg de actie vast als die gedaan is: `uitstroom done bo age-18`\n\
         let op: proefdraai: er is niets geschreven\n",
    );
    let out = c.run_on(TODAY, &nl(&args)).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout.starts_with(
            "2 acties in 1 dossier met een uiterlijke datum vóór 2027-03-01 afgesloten (gedaan, notitie \"catch-up\"):\n"
        ),
        "{}",
        out.stdout
    );
    let out = c
        .run_on(TODAY, &nl(&["catch-up", "--before", "2026-11-01"]))
        .code(0);
    assert_same(
        &out.stdout,
        "niets af te sluiten: geen open actie met een uiterlijke datum vóór 2026-11-01\n",
    );
    assert_dutch(&out);
    // One action: a sentence of its own.
    let c = sem_and_bo();
    let out = c
        .run_on(
            TODAY,
            &nl(&["catch-up", "--before", "2027-03-01", "--dry-run", "sem", "bo"]),
        )
        .code(0);
    assert!(out.stdout.starts_with("2 acties"), "{}", out.stdout);
    let out = c
        .run_on(
            "2026-06-01",
            &nl(&["catch-up", "--before", "2026-01-01", "--dry-run", "sem"]),
        )
        .code(0);
    assert!(
        out.stdout.starts_with(
            "1 actie in 1 dossier met een uiterlijke datum vóór 2026-01-01 zou worden afgesloten"
        ),
        "{}",
        out.stdout
    );
}

/// RFC 5545 folds long lines: undone here to read the properties.
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

/// The calendar's items describe themselves in Dutch; its refusals are Dutch too.
#[test]
fn the_calendar_in_dutch() {
    let c = sem_and_bo();
    let out = c.run_on(TODAY, &nl(&["export", "--format", "ics"])).code(0);
    let ics = unfold(&out.stdout);
    let age = ics
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("regel: age-18") && e.contains("(bo)"))
        .unwrap_or_else(|| panic!("{ics}"));
    assert!(
        age.contains(
            "DESCRIPTION:eigenaar: school\\nregel: age-18\\nstatus: binnenkort\\nopent: 2027-01-04\\nuiterlijk: 2027-02-01\\nuitstroom why bo age-18\r\n"
        ),
        "{age}"
    );
    // What a person reads of an item, unescaped, is Dutch.
    let descriptions: String = ics
        .lines()
        .filter_map(|l| l.strip_prefix("DESCRIPTION:"))
        .map(|d| d.replace("\\n", "\n") + "\n")
        .collect();
    assert_dutch(&Out {
        code: 0,
        stdout: descriptions,
        stderr: out.stderr.clone(),
    });
    // Export is data: its values keep their English names; a title is for people.
    let rows = c
        .run_on(TODAY, &nl(&["export", "--format", "json", "--what", "actions"]))
        .code(0)
        .json();
    let age = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["case"] == "bo" && r["rule"] == "age-18")
        .unwrap();
    assert_eq!(
        (&age["status"], &age["owner"]),
        (&"upcoming".into(), &"school".into())
    );
    let english = c
        .run_on(TODAY, &["export", "--format", "json", "--what", "actions"])
        .code(0)
        .json();
    let title_en = english
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["case"] == "bo" && r["rule"] == "age-18")
        .unwrap()["title"]
        .clone();
    assert_ne!(age["title"], title_en, "the title follows the language");
    let out = c
        .run_on(TODAY, &nl(&["export", "--format", "csv", "--todo"]))
        .code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "--todo is alleen voor agenda's\n");
    assert_has(
        &out.stderr,
        "\n  tip: voeg `--format ics` toe, bijvoorbeeld `uitstroom export --format ics --todo`\n",
    );
    let out = c
        .run_on(TODAY, &nl(&["export", "--format", "ics", "--what", "students"]))
        .code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "een agenda bevat acties, geen leerlingen\n");
}

#[test]
fn sync_in_dutch() {
    let (r, out) = Region::set_up(&["--lang", "nl"], "2026-07-15");
    assert_same(
        &out.stdout,
        "binnengekomen: 0 dossiers gewijzigd, 0 toegevoegd, 0 gearchiveerd\nverzonden: 1 wijziging naar origin/main\n",
    );
    assert_dutch(&out);
    // `uitstroom --lang nl ARGS` in clone `clone`.
    let run = |clone: &str, args: &[&str]| r.run(clone, "2026-07-15", args);
    run("a", &NEW_SEM).code(0);
    let out = run("a", &["sync"]).code(0);
    assert_same(
        &out.stdout,
        "binnengekomen: 0 dossiers gewijzigd, 0 toegevoegd, 0 gearchiveerd\nverzonden: 1 wijziging naar origin/main\n",
    );
    // b's first sync sets up the merge driver and brings in sem.
    let out = run("b", &["sync"]).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .starts_with("merge-driver voor dossierbestanden ingesteld: merge.uitstroom.driver = "),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.ends_with(
            "binnengekomen: 0 dossiers gewijzigd, 1 toegevoegd, 0 gearchiveerd\nverzonden: niets (gelijk met origin/main)\n"
        ),
        "{}",
        out.stdout
    );
    // The same field changed in both clones: sync stops and says what to do.
    run("a", &["set", "sem", "municipality", "Bergen"]).code(0);
    run("b", &["set", "sem", "municipality", "Alkmaar"]).code(0);
    run("b", &["log", "sem", "notitie", "--note", "verhuisd"]).code(0);
    let out = run("a", &["sync"]).code(0);
    assert!(
        out.stdout.ends_with("verzonden: 1 wijziging naar origin/main\n"),
        "{}",
        out.stdout
    );
    let out = run("b", &["sync"]).code(1);
    assert_dutch(&out);
    assert_same(
        &out.stderr,
        "\
fout: sync is gestopt: wijzigingen uit de andere klonen botsen met die van u in
  students/sem.toml
  tip: houd in elk bestand één kant tussen <<<<<<< en >>>>>>> over en verwijder de markeringsregels (`uitstroom check` toont ze; tijdens sync is `ours` wat binnenkwam en `theirs` uw wijziging), en voer dan uit:
    git add students/sem.toml
    git rebase --continue
    uitstroom sync
  (of `git rebase --abort` om terug te gaan naar de stand van voor de sync)
",
    );
    r.git("b", &["rebase", "--abort"]);
    // Uncommitted changes stop it before anything happens.
    std::fs::write(r.case.path("b/uitstroom.toml"), "# eigen aantekening\n").unwrap();
    let out = run("b", &["sync"]).code(1);
    assert_dutch(&out);
    assert_same(
        &out.stderr,
        "fout: niet vastgelegde wijzigingen in uitstroom.toml; sync haalt de wijzigingen van anderen alleen binnen als uw eigen wijzigingen in git zijn vastgelegd\n  tip: leg ze vast (`git commit -am \"…\"`) of zet ze opzij (`git stash`), en voer dan `uitstroom sync` uit\n",
    );
}

/// SPEC.md: "No remote: a clear message, exit 1."
#[test]
fn sync_without_a_remote_in_dutch() {
    let c = Case::new();
    c.run_on("2026-07-01", &nl(&["init", "--git", "solo"])).code(0);
    let out = c.run_with(&c.path("solo"), |cmd| {
        cmd.args(nl(&["--today", "2026-07-01", "sync"]));
    });
    assert_eq!(out.code, 1);
    assert_dutch(&out);
    assert_same(
        &out.stderr,
        "fout: deze dossiermap heeft geen git-remote om mee te synchroniseren\n  tip: voeg de gedeelde repository één keer toe: `git remote add origin URL`, en voer dan `uitstroom sync` uit\n",
    );
    let out = Case::new().run_on("2026-07-01", &nl(&["sync"])).code(1);
    assert_dutch(&out);
    assert!(
        out.stderr.starts_with(
            "fout: deze dossiermap staat niet in git, dus er is niets om mee te synchroniseren\n"
        ),
        "{}",
        out.stderr
    );
}
