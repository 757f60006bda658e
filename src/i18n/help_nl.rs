//! The Dutch of every `--help` text, keyed by the English of cli.rs' doc comments (the
//! test `every_help_text_has_dutch` lists any text that has none, ready to paste here).

pub(super) static HELP_NL: &[(&str, &str)] = &[
    (
        "Case tracker for the route from Pro, VSO and MBO Entree into work, education or dagbesteding: one TOML file per student, every due action computed from the route's rules",
        "Dossiervolger voor de route van Pro, VSO en MBO Entree naar werk, opleiding of dagbesteding: één TOML-bestand per leerling, elke actie berekend uit de regels van de route",
    ),
    (
        "Dates are calendar dates (YYYY-MM-DD). `d + N months` keeps the day of the month or takes\nthe last day of a shorter month (2026-01-31 + 1 month = 2026-02-28); `d + N years` turns\n29 February into 28 February. Ages follow Dutch law: someone born on 29 February reaches\nan age on 1 March in a non-leap year. This matters for age-18, the age-23 end of\nmonitoring and the Check-In age limit of 27.\n\nThe case folder is found like git finds a repository: --dir, else UITSTROOM_DIR, else the\nnearest ancestor holding uitstroom.toml, else `dir` in the user config file. Exit status:\n0 success, 1 a problem in the data, 2 wrong usage, 3 with `due --fail-on-overdue` when\nsomething is overdue.",
        "Datums zijn kalenderdatums (JJJJ-MM-DD). `d + N maanden` houdt de dag van de maand, of\nneemt de laatste dag van een kortere maand (2026-01-31 + 1 maand = 2026-02-28); `d + N jaar`\nmaakt van 29 februari 28 februari. Leeftijden volgen de Nederlandse wet: wie op 29 februari\nis geboren, bereikt een leeftijd in een niet-schrikkeljaar op 1 maart. Dat telt voor\nage-18, het einde van de monitoring op 23 jaar en de leeftijdsgrens van Check-In (27).\n\nDe dossiermap wordt gevonden zoals git een repository vindt: --dir, anders UITSTROOM_DIR,\nanders de dichtstbijzijnde bovenliggende map met uitstroom.toml, anders `dir` in het\ngebruikersconfiguratiebestand. Afsluitstatus: 0 gelukt, 1 een probleem in de gegevens,\n2 verkeerd gebruik, 3 met `due --fail-on-overdue` als er iets te laat is.",
    ),
    (
        "The case folder (default: UITSTROOM_DIR, the nearest ancestor with uitstroom.toml, or `dir` in the user config)",
        "De dossiermap (standaard: UITSTROOM_DIR, de dichtstbijzijnde bovenliggende map met uitstroom.toml, of `dir` in de gebruikersconfiguratie)",
    ),
    (
        "Compute as if today were this date (YYYY-MM-DD)",
        "Reken alsof het vandaag deze datum is (JJJJ-MM-DD)",
    ),
    (
        "When to colour the output (NO_COLOR is honoured with auto)",
        "Wanneer de uitvoer kleur krijgt (met auto geldt NO_COLOR)",
    ),
    (
        "Language of titles and headings (default: from LANG)",
        "Taal van alle tekst (standaard: UITSTROOM_LANG, LC_ALL, LC_MESSAGES, LANG of `lang` in de gebruikersconfiguratie)",
    ),
    (
        "Threads that read and evaluate student files (default: all cores). The output is the same for every number",
        "Aantal threads dat leerlingbestanden leest en doorrekent (standaard: alle kernen). De uitvoer is bij elk aantal gelijk",
    ),
    (
        "Make a case folder: uitstroom.toml with every default written out, students/, archive/",
        "Maak een dossiermap: uitstroom.toml met alle standaardinstellingen uitgeschreven, students/, archive/",
    ),
    (
        "Where to make the folder (default: the current directory)",
        "Waar de map komt (standaard: de huidige map)",
    ),
    ("Create a student file", "Maak een leerlingbestand"),
    (
        "The case id, also the file name: lower-case letters, digits, `.`, `_`, `-`",
        "Het dossiernummer, ook de bestandsnaam: kleine letters, cijfers, `.`, `_`, `-`",
    ),
    (
        "Start at this school, or of the Entree programme",
        "Begin op deze school, of van de Entree-opleiding",
    ),
    ("Uitstroomprofiel", "Uitstroomprofiel"),
    (
        "Leerjaar of entry minus 1, for students who entered in a later year",
        "Leerjaar van instroom min 1, voor leerlingen die later zijn ingestroomd",
    ),
    (
        "Show a student: phase, flags, timeline and every action, done and open",
        "Toon een leerling: fase, kenmerken, tijdlijn en elke actie, gedaan en open",
    ),
    (
        "One row per student: id, name, track, phase, next action and its date",
        "Eén regel per leerling: dossier, naam, route, fase, volgende actie en de datum ervan",
    ),
    (
        "Only students of this school",
        "Alleen leerlingen van deze school",
    ),
    (
        "table on a terminal, plain otherwise",
        "table in een terminal, anders plain",
    ),
    (
        "The CSV field separator (`,` for spreadsheets outside the Netherlands, without a BOM)",
        "Het scheidingsteken van CSV (`,` voor spreadsheets buiten Nederland, zonder BOM)",
    ),
    (
        "Open actions of all students, by due date (default: overdue, and due within 30 days)",
        "Open acties van alle leerlingen, op datum (standaard: te laat, en binnen 30 dagen)",
    ),
    (
        "Due within this period from today: days (30d or 30), weeks (2w) or months (1m)",
        "Uiterlijk binnen deze periode vanaf vandaag: dagen (30d of 30), weken (2w) of maanden (1m)",
    ),
    (
        "Only students with this name in [contacts] (for one digest per person)",
        "Alleen leerlingen met deze naam in [contacts] (voor één overzicht per persoon)",
    ),
    ("Only what is overdue", "Alleen wat te laat is"),
    (
        "Every open action and milestone, whatever its date",
        "Elke open actie en mijlpaal, wat de datum ook is",
    ),
    (
        "Exit with status 3 when anything listed is overdue",
        "Sluit af met status 3 als er iets te laat is",
    ),
    (
        "One digest per owner, or per person in [contacts] (mentor, doorstroomcoach, jongerenadviseur), with table and plain output",
        "Eén overzicht per eigenaar, of per persoon in [contacts] (mentor, doorstroomcoach, jongerenadviseur), bij table en plain",
    ),
    (
        "Append an event to a student's history",
        "Voeg een gebeurtenis toe aan de geschiedenis van een leerling",
    ),
    (
        "The event kind, e.g. start-meeting, exit, handover, enrolment-missing",
        "De soort gebeurtenis, bijvoorbeeld startgesprek, uitschrijving, warme-overdracht, inschrijving-ontbreekt (of de Engelse naam: start-meeting, exit, handover …)",
    ),
    (
        "The fields of the event, e.g. destination=work job_found=false",
        "De velden van de gebeurtenis, bijvoorbeeld destination=work job_found=false",
    ),
    (
        "The date of the event (default: today)",
        "De datum van de gebeurtenis (standaard: vandaag)",
    ),
    (
        "Complete an action (appends a `done` event)",
        "Rond een actie af (voegt een gebeurtenis `done` toe)",
    ),
    (
        "The rule id, e.g. summer-enrolment-check",
        "De regel, bijvoorbeeld summer-enrolment-check",
    ),
    (
        "Move an open action's due date, with a reason (appends a `deferred` event)",
        "Verschuif de datum van een open actie, met een reden (voegt een gebeurtenis `deferred` toe)",
    ),
    ("The new due date", "De nieuwe uiterste datum"),
    (
        "Close an action as not applicable, with a reason (appends a `waived` event)",
        "Sluit een actie als niet van toepassing, met een reden (voegt een gebeurtenis `waived` toe)",
    ),
    (
        "Change a top-level field of a student file (an empty value removes an optional field)",
        "Wijzig een veld van een leerlingbestand (een lege waarde verwijdert een optioneel veld)",
    ),
    (
        "name, birth_date, municipality, school, track, profile, enrolled, planned_exit or year_offset",
        "name, birth_date, municipality, school, track, profile, enrolled, planned_exit of year_offset",
    ),
    (
        "Open a student file in $VISUAL or $EDITOR; on save it is validated, and on an error you are offered to edit again. The file is only replaced by a valid version",
        "Open een leerlingbestand in $VISUAL of $EDITOR; bij opslaan wordt het gecontroleerd, en bij een fout kunt u opnieuw bewerken. Het bestand wordt alleen door een geldige versie vervangen",
    ),
    (
        "Validate every file and report all problems; silent and 0 when all is well",
        "Controleer elk bestand en meld alle problemen; stil en 0 als alles in orde is",
    ),
    (
        "Explain one rule for one student: source, dates, and what completes it",
        "Leg één regel uit voor één leerling: bron, datums, en waarmee de actie klaar is",
    ),
    (
        "Which folder, settings and user config are in force, and where each came from",
        "Welke map, instellingen en gebruikersconfiguratie gelden, en waar elk vandaan komt",
    ),
    (
        "Move a closed case to archive/ (or, with --ended, every case whose monitoring and aftercare have ended)",
        "Verplaats een afgesloten dossier naar archive/ (of, met --ended, elk dossier waarvan monitoring en nazorg voorbij zijn)",
    ),
    ("The case to archive", "Het dossier om te archiveren"),
    (
        "Archive every case in phase `ended`",
        "Archiveer elk dossier in de fase `ended` (afgesloten)",
    ),
    (
        "The change history of a case (from git)",
        "De wijzigingsgeschiedenis van een dossier (uit git)",
    ),
    (
        "Revert the last change this tool committed (git folders)",
        "Draai de laatste wijziging terug die deze tool heeft vastgelegd (mappen in git)",
    ),
    (
        "Print a shell completion script",
        "Toon een aanvulscript voor de shell",
    ),
    (
        "Print this message or the help of the given subcommand(s)",
        "Toon deze hulp of de hulp bij de gegeven opdracht(en)",
    ),
];
