//! Dutch throughout (issue 11 item 4) for the commands that write: `new`, `log` with the
//! Dutch names of event kinds, `done`, `set`, `edit`, `init`, `archive`, `retention`.
//! Each runs with `--lang nl`, the way a coordinator runs it; `assert_dutch` finds no
//! English sentence, and one or two exact Dutch phrases are pinned.

use crate::harness::{Case, NEW_SEM, Out, assert_dutch, assert_has, assert_same, student};

/// `uitstroom --lang nl ARGS`.
fn nl<'a>(args: &[&'a str]) -> Vec<&'a str> {
    ["--lang", "nl"].into_iter().chain(args.iter().copied()).collect()
}

/// Sem leaves school for work without a job yet, logged with the Dutch name of `exit`.
const LEAVES_FOR_WORK: [&str; 5] = [
    "log",
    "sem",
    "uitschrijving",
    "destination=work",
    "job_found=false",
];

fn run_nl(c: &Case, today: &str, args: &[&str]) -> Out {
    c.run_on(today, &nl(args))
}

fn with_sem() -> Case {
    let c = Case::new();
    let out = run_nl(&c, "2025-09-01", &NEW_SEM).code(0);
    assert_same(&out.stdout, "nieuw dossier sem (students/sem.toml)\n");
    assert_dutch(&out);
    c
}

/// SPEC.md: "on the command line the Dutch names of event kinds are accepted too (`log ID
/// startgesprek` = `start-meeting`, `exitgesprek` = `exit-interview`, `uitschrijving` =
/// `exit`, …)"; the file keeps the English names, which are the format.
#[test]
fn log_takes_the_dutch_names_of_event_kinds() {
    let c = with_sem();
    let out = run_nl(
        &c,
        "2025-09-15",
        &["log", "sem", "startgesprek", "--note", "Uitstroom arbeid in juli"],
    )
    .code(0);
    assert_same(&out.stdout, "startgesprek vastgelegd bij sem op 2025-09-15\n");
    assert_dutch(&out);

    let out = run_nl(&c, "2026-07-10", &LEAVES_FOR_WORK).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .starts_with("uitschrijving vastgelegd bij sem op 2026-07-10\n"),
        "{}",
        out.stdout
    );
    assert_has(
        &out.stdout,
        "\n  te doen: check-in-handover Warme overdracht met ondersteuningsvraag aan Jongerenpunt Check-In (uiterlijk 2026-07-10, school)\n",
    );
    assert_has(&out.stdout, "\n  mijlpaal: aftercare-end ");

    let out = run_nl(&c, "2026-07-10", &["log", "sem", "exitgesprek"]).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .starts_with("exitgesprek vastgelegd bij sem op 2026-07-10\n"),
        "{}",
        out.stdout
    );

    let out = run_nl(
        &c,
        "2026-07-10",
        &["log", "sem", "Warme overdracht", "to=check-in"],
    )
    .code(0);
    assert_dutch(&out);
    assert_has(&out.stdout, "  afgerond: check-in-handover ");

    let file = c.read("students/sem.toml");
    let kinds: Vec<&str> = file.lines().filter(|l| l.starts_with("kind = ")).collect();
    assert_eq!(
        kinds,
        [
            "kind = \"start-meeting\"",
            "kind = \"exit\"",
            "kind = \"exit-interview\"",
            "kind = \"handover\""
        ]
    );
    // The commit message is a log format: English, whatever the language of the run.
}

/// Issue 11: "`log ID exitgesprek` suggests `exit`, the wrong event" — a typo of a Dutch
/// name suggests the kind it names, shown in the language of the run.
#[test]
fn a_typo_of_a_kind_suggests_the_kind_it_names() {
    let c = with_sem();
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "exitgespr"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "onbekende soort gebeurtenis `exitgespr`\n");
    assert_has(&out.stderr, "\n  tip: bedoelt u `exitgesprek`?\n");
    let out = c.run_on("2026-07-10", &["log", "sem", "exitgespr"]).code(2);
    assert_has(&out.stderr, "did you mean `exit-interview`?");
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "startgesprk"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "bedoelt u `startgesprek`?");
    // `gedaan` is the kind `done` writes: its own command says how.
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "gedaan"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "gebruik `uitstroom done ID RULE` om een gebeurtenis `gedaan` vast te leggen",
    );
    assert_eq!(c.read("students/sem.toml").matches("[[events]]").count(), 0);
}

#[test]
fn fields_and_their_errors_name_the_kind_in_dutch() {
    let c = with_sem();
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "warme-overdracht"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "een gebeurtenis `warme-overdracht` heeft `to` nodig\n",
    );
    assert_has(&out.stderr, "\n  tip: voeg `to=check-in` toe\n");
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "startgesprek", "to=x"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "`to` is geen veld van een gebeurtenis `startgesprek`\n",
    );
    assert_has(
        &out.stderr,
        "\n  tip: een gebeurtenis `startgesprek` heeft geen velden naast --date en --note\n",
    );
    let out = run_nl(&c, "2026-07-10", &["log", "sem", "uitschrijving", "destination"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "`destination` is geen VELD=WAARDE\n");
}

#[test]
fn done_and_its_refusals_in_dutch() {
    let c = with_sem();
    run_nl(&c, "2026-07-10", &LEAVES_FOR_WORK).code(0);
    let out = run_nl(&c, "2026-07-15", &["done", "sem", "jobcoach-assessment"]).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout.starts_with(
            "jobcoach-assessment afgerond bij sem op 2026-07-15\n  afgerond: jobcoach-assessment Bekijken of inzet van een jobcoach nodig is"
        ),
        "{}",
        out.stdout
    );
    // Nothing open any more: refused (exit 1), nothing written.
    let before = c.read("students/sem.toml");
    let out = run_nl(&c, "2026-07-16", &["done", "sem", "jobcoach-assessment"]).code(1);
    assert_dutch(&out);
    assert_same(
        &out.stderr,
        "fout: sem heeft geen open actie `jobcoach-assessment`; er is niets geschreven\n  tip: `uitstroom show sem` toont de acties\n",
    );
    assert_eq!(c.read("students/sem.toml"), before);
    let out = run_nl(&c, "2026-07-16", &["done", "sem", "aftercare-end"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "`aftercare-end` is een mijlpaal: ter informatie, er valt niets af te ronden",
    );
    run_nl(
        &c,
        "2026-08-20",
        &["log", "sem", "baan-kwijt", "--date", "2026-08-10"],
    )
    .code(0);
    let out = run_nl(
        &c,
        "2026-08-20",
        &["done", "sem", "ww-check", "--date", "2026-08-05"],
    )
    .code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "een gebeurtenis van 2026-08-05 telt niet voor `ww-check`, dat pas opent op 2026-08-10; er is niets geschreven\n  tip: gebruik --date op of na 2026-08-10, of zie `uitstroom why sem ww-check`\n",
    );
    let out = run_nl(
        &c,
        "2026-08-20",
        &[
            "defer",
            "sem",
            "aftercare-contact",
            "--until",
            "2027-03-01",
            "--reason",
            "Stage loopt nog",
        ],
    )
    .code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .starts_with("aftercare-contact uitgesteld bij sem op 2026-08-20\n"),
        "{}",
        out.stdout
    );
    let out = run_nl(
        &c,
        "2026-08-20",
        &[
            "waive",
            "sem",
            "check-in-handover",
            "--reason",
            "Geen ondersteuningsvraag",
        ],
    )
    .code(0);
    assert_dutch(&out);
    assert!(
        out.stdout.starts_with(
            "check-in-handover laten vervallen bij sem op 2026-08-20\n  vervallen: check-in-handover "
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn set_says_what_it_changed_and_why_it_refuses() {
    let c = with_sem();
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "contacts.mentor", "J. Bakker"]).code(0);
    assert_same(&out.stdout, "contacts.mentor van sem ingesteld\n");
    assert_dutch(&out);
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "contacts.mentor", "J. Bakker"]).code(0);
    assert_same(
        &out.stdout,
        "contacts.mentor van sem was dit al; er is niets gewijzigd\n",
    );
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "contacts.coach", ""]).code(0);
    assert_same(
        &out.stdout,
        "sem heeft geen contacts.coach; er is niets gewijzigd\n",
    );
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "municipality", "Langedijk"]).code(0);
    assert_dutch(&out);
    assert_same(&out.stdout, "`municipality` van sem is nu Langedijk\n");
    assert_same(
        &out.stderr,
        "let op: Langedijk hoort sinds 1 januari 2022 bij Dijk en Waard; overweeg `set ID municipality \"Dijk en Waard\"`\n",
    );
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "municipality", "Hoorn"]).code(0);
    assert_same(
        &out.stderr,
        "let op: Hoorn ligt buiten de regio van Route Arbeid (Noord-Kennemerland): alleen de eigen taken van de school worden berekend\n",
    );

    let before = c.read("students/sem.toml");
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "id", "x"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "`id` is niet te wijzigen met `uitstroom set`\n");
    assert_has(
        &out.stderr,
        "\n  tip: het id is de bestandsnaam en is niet met `uitstroom set` te wijzigen\n",
    );
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "birth_date", ""]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "`birth_date` is verplicht en kan niet worden verwijderd\n",
    );
    assert_has(
        &out.stderr,
        "geef een nieuwe waarde, bijvoorbeeld `uitstroom set ID birth_date 2008-05-14`",
    );
    let out = run_nl(&c, "2026-07-10", &["set", "sem", "contacts.de mentor", "x"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "`de mentor` is geen rol van een contactpersoon\n");
    assert_eq!(c.read("students/sem.toml"), before);
}

#[test]
fn new_refuses_in_dutch() {
    let c = with_sem();
    let out = run_nl(&c, "2025-09-01", &NEW_SEM).code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "dossier `sem` bestaat al (students/sem.toml); er is niets geschreven\n  tip: kies een ander dossiernummer, of wijzig het dossier dat er al is (`uitstroom show sem`, `uitstroom set`)\n",
    );
    let mut bad = NEW_SEM;
    bad[1] = "Sem";
    let out = run_nl(&c, "2025-09-01", &bad).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "`Sem` is geen geldig dossiernummer\n");
    let mut nameless = NEW_SEM;
    nameless[1] = "noa";
    nameless[3] = " ";
    let out = run_nl(&c, "2025-09-01", &nameless).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "de naam is leeg\n");
}

/// `edit` with an editor that changes nothing, and with one that saves a valid change.
#[test]
fn edit_says_what_it_did_in_dutch() {
    let c = with_sem();
    let edit = |editor: &str| {
        c.run_with(c.dir.path(), |cmd| {
            cmd.env("UITSTROOM_TODAY", "2026-07-10")
                .env("EDITOR", editor)
                .env("XDG_RUNTIME_DIR", c.path("home"))
                .args(["--lang", "nl", "edit", "sem"]);
        })
    };
    let out = edit("true").code(0);
    assert_same(&out.stdout, "geen wijzigingen\n");
    assert_dutch(&out);
    let out = edit("sed -i 's/Heiloo/Bergen/'").code(0);
    assert_same(&out.stdout, "students/sem.toml opgeslagen\n");
    assert_dutch(&out);
    let out = edit("false").code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "de editor stopte met afsluitcode 1; er is niets gewijzigd\n",
    );
}

/// `init --git`, and `init` of a folder that is one already.
#[test]
fn init_in_dutch() {
    let c = Case::new();
    let out = c
        .run_with(c.dir.path(), |cmd| {
            cmd.args(["--lang", "nl", "init", "--git", "regio"]);
        })
        .code(0);
    assert_dutch(&out);
    assert!(
        out.stdout.starts_with(
            "dossiermap gemaakt in regio\nde map is nu een git-repository\nmerge-driver voor dossierbestanden ingesteld: merge.uitstroom.driver = "
        ),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.ends_with(
            "uitstroom.toml, .gitignore en .gitattributes vastgelegd in git\n  volgende stap: `uitstroom --dir regio new ID --name … --birth-date … --track pro|vso|entree --enrolled …`\n"
        ),
        "{}",
        out.stdout
    );
    let out = c
        .run_with(c.dir.path(), |cmd| {
            cmd.args(["--lang", "nl", "init", "regio"]);
        })
        .code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "regio is al een dossiermap\n");
    assert_has(&out.stderr, "de instellingen staan in regio/uitstroom.toml");
}

/// A case that ended long ago: exit in 2015 at 18, monitoring over at 23 in 2020.
fn ended(id: &str) -> String {
    student(
        id,
        "Daan Smit",
        "pro",
        "1997-03-01",
        "2009-08-24",
        "Heiloo",
        "\n[[events]]\ndate = 2015-07-10\nkind = \"exit\"\ndestination = \"work\"\n",
    )
}

#[test]
fn archive_in_dutch() {
    let c = with_sem().file("students/daan.toml", &ended("daan"));
    let out = run_nl(&c, "2026-11-25", &["archive", "sem"]).code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "dossier `sem` is in de fase school en blijft in students/; alleen afgesloten dossiers worden gearchiveerd (nazorg en monitoring voorbij)\n  tip: `uitstroom show sem` toont de fase en wat er nog openstaat\n",
    );
    let out = run_nl(&c, "2026-11-25", &["archive", "--ended"]).code(0);
    assert_same(&out.stdout, "daan gearchiveerd\n");
    assert_dutch(&out);
    let out = run_nl(&c, "2026-11-25", &["archive", "--ended"]).code(0);
    assert_same(&out.stdout, "geen afgesloten dossiers om te archiveren\n");
    assert_dutch(&out);
    let out = run_nl(&c, "2026-11-25", &["archive", "daan"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "dossier `daan` is al gearchiveerd\n");
}

#[test]
fn retention_in_dutch() {
    let c = Case::new().file("archive/daan.toml", &ended("daan"));
    let out = run_nl(&c, "2026-11-25", &["retention"]).code(0);
    assert_dutch(&out);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(
        lines[0],
        "1 gearchiveerd dossier met een laatste gebeurtenis van meer dan 5 jaar geleden:"
    );
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["ID", "LAATSTE", "GEBEURTENIS", "GEARCHIVEERD", "SINDS"]
    );
    assert!(
        lines[2].starts_with("  daan  2015-07-10") && lines[2].ends_with("(bestandstijd)"),
        "{}",
        out.stdout
    );
    // No terminal to ask on: nothing deleted without --yes.
    let out = run_nl(&c, "2026-11-25", &["retention", "--delete"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "er is niets verwijderd: er is geen terminal om de vraag te stellen\n",
    );
    assert!(c.path("archive/daan.toml").exists());
    let out = run_nl(&c, "2026-11-25", &["retention", "--delete", "--yes"]).code(0);
    assert_dutch(&out);
    assert!(out.stdout.ends_with("\n1 dossier verwijderd\n"), "{}", out.stdout);
    assert!(!c.path("archive/daan.toml").exists());
    let out = run_nl(&c, "2026-11-25", &["retention"]).code(0);
    assert_same(
        &out.stdout,
        "geen gearchiveerd dossier heeft een laatste gebeurtenis van meer dan 5 jaar geleden\n",
    );
}

/// `undo` in Dutch; `history` shows git's log, whose subjects are a log format (English,
/// never a name), so only its own words are Dutch.
#[test]
fn history_and_undo_in_dutch() {
    let c = Case::new();
    let out = run_nl(&c, "2026-07-10", &["history", "sem"]).code(2);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "deze dossiermap staat niet in git en heeft dus geen geschiedenis\n",
    );
    let c = Case::with_git();
    run_nl(&c, "2025-09-01", &NEW_SEM).code(0);
    run_nl(&c, "2025-09-15", &["log", "sem", "startgesprek"]).code(0);
    let out = run_nl(&c, "2025-09-16", &["undo"]).code(0);
    assert_same(&out.stdout, "ongedaan gemaakt: `log start-meeting sem`\n");
    assert_dutch(&out);
    std::fs::write(c.path("uitstroom.toml"), "# eigen aantekening\n").unwrap();
    let out = run_nl(&c, "2025-09-16", &["undo"]).code(1);
    assert_dutch(&out);
    assert_has(
        &out.stderr,
        "de map heeft wijzigingen die niet in git zijn vastgelegd; leg ze eerst vast (`git commit`) of zet ze opzij (`git stash`)\n",
    );
    c.git_cmd(&["checkout", "uitstroom.toml"]);
    let out = run_nl(&c, "2025-09-16", &["history", "sem"]).code(0);
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
}

/// Completion in a Dutch run offers the Dutch names of event kinds that `log` takes, and
/// the fields of a kind named in Dutch.
#[test]
fn completion_offers_the_dutch_kinds() {
    let c = with_sem();
    let tab = |words: &[&str]| -> Vec<String> {
        let out = c.run_with(c.dir.path(), |cmd| {
            cmd.env("COMPLETE", "bash")
                .env("UITSTROOM_LANG", "nl")
                .env("_CLAP_COMPLETE_INDEX", (words.len() - 1).to_string())
                .arg("--")
                .args(words);
        });
        assert_eq!((out.code, out.stderr.as_str()), (0, ""), "{words:?}");
        out.stdout.lines().map(String::from).collect()
    };
    assert_eq!(
        tab(&["uitstroom", "log", "sem", "start"]),
        ["startgesprek", "startkwalificatie", "start-meeting"]
    );
    assert_eq!(tab(&["uitstroom", "log", "sem", "uitsch"]), ["uitschrijving"]);
    assert!(tab(&["uitstroom", "log", "sem", "uitschrijving", "dest"]).contains(&"destination=".to_string()));
}

#[test]
fn git_setup_in_dutch() {
    let c = Case::new();
    let out = run_nl(&c, "2026-07-10", &["git-setup"]).code(2);
    assert_dutch(&out);
    assert_has(&out.stderr, "deze dossiermap staat niet in git\n");
    assert_has(
        &out.stderr,
        "\n  tip: voer `git init` uit in de map, of haal de gedeelde map op met `git clone`, en daarna `uitstroom git-setup`\n",
    );
    let c = Case::with_git();
    let out = run_nl(&c, "2026-07-10", &["git-setup"]).code(0);
    assert_dutch(&out);
    assert!(
        out.stdout
            .ends_with(".gitattributes stuurt dossierbestanden naar de merge-driver\n"),
        "{}",
        out.stdout
    );
    let out = run_nl(&c, "2026-07-10", &["git-setup"]).code(0);
    assert_same(
        &out.stdout,
        "de merge-driver voor dossierbestanden is al ingesteld\n",
    );
}

/// Whether util-linux's `script` is here to give a run a terminal; the test that needs
/// one is skipped, and says so, when it is not.
fn have_script() -> bool {
    let here = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok();
    if !here {
        eprintln!("skipped: no `script` (util-linux) to make a terminal with");
    }
    here
}

/// `retention --delete` asks on a terminal, in Dutch, and takes a Dutch answer (`j`).
/// The terminal is util-linux's `script`; without it there is no terminal to test with.
#[test]
fn retention_asks_in_dutch_on_a_terminal() {
    if !have_script() {
        return;
    }
    let c = Case::new().file("archive/daan.toml", &ended("daan"));
    let ask = |answer: &str| {
        c.shell(
            "2026-11-25",
            "printf '%s\\n' \"$1\" | script -qec \"$UITSTROOM --lang nl retention --delete\" /dev/null",
            &[answer],
        )
        .code(0)
    };
    let out = ask("n");
    assert_dutch(&out);
    assert_has(&out.stdout, "dit dossier verwijderen? [j/N] ");
    assert_has(&out.stdout, "er is niets verwijderd");
    assert!(c.path("archive/daan.toml").exists());
    let out = ask("j");
    assert_dutch(&out);
    assert_has(&out.stdout, "1 dossier verwijderd");
    assert!(!c.path("archive/daan.toml").exists());
}

/// `edit` on a terminal: an invalid save is shown and the question is asked in Dutch;
/// `n` leaves the file as it was.
#[test]
fn edit_asks_again_in_dutch_on_a_terminal() {
    if !have_script() {
        return;
    }
    let c = with_sem();
    let before = c.read("students/sem.toml");
    c.write(
        "bad-editor.sh",
        "#!/bin/sh\nsed -i 's/track = \"pro\"/track = \"mbo\"/' \"$1\"\n",
    );
    let out = c
        .shell(
            "2026-07-10",
            "printf 'n\\n' | EDITOR=\"sh $PWD/bad-editor.sh\" XDG_RUNTIME_DIR=\"$HOME\" script -qec \"$UITSTROOM --lang nl edit sem\" /dev/null",
            &[],
        )
        .code(1);
    assert_dutch(&out);
    assert_has(
        &out.stdout,
        "students/sem.toml:6:9: fout: `mbo` is geen onderwijssoort",
    );
    assert_has(&out.stdout, "opnieuw bewerken? [J/n] ");
    assert_has(&out.stdout, "er is niets gewijzigd");
    assert_eq!(c.read("students/sem.toml"), before);
}
