//! The Dutch of every `--help` text, keyed by the English of cli.rs' doc comments (the
//! test `every_help_text_has_dutch` lists any text that has none, ready to paste here).

pub(super) static HELP_NL: &[(&str, &str)] = &[
    (
        "Case tracker for the route from Pro, VSO and MBO Entree into work, education or dagbesteding: one TOML file per student, every due action computed from the route's rules",
        "Dossiervolger voor de route van Pro, VSO en MBO Entree naar werk, opleiding of dagbesteding: één TOML-bestand per leerling, elke actie berekend uit de regels van de route",
    ),
    (
        "Dates are calendar dates (YYYY-MM-DD). `d + N months` keeps the day of the month or takes\nthe last day of a shorter month (2026-01-31 + 1 month = 2026-02-28); `d + N years` turns\n29 February into 28 February. Ages follow Dutch law: someone born on 29 February reaches\nan age on 1 March in a non-leap year. This matters for age-18, the age-23 end of\nmonitoring and the Check-In age limit of 27.\n\nThe case folder is found like git finds a repository: --dir, else UITSTROOM_DIR, else the\nnearest ancestor holding uitstroom.toml, else `dir` in the user config file. Exit status:\n0 success, 1 a problem in the data, 2 wrong usage, 3 with `due --fail-on-overdue` when\nsomething is overdue. The manual: `man uitstroom` (commands), `man 5 uitstroom` (the folder\nand file format), `man 7 uitstroom-rules` (the rules); in a clone, `man -l man/uitstroom.5`.\n\nExample:\n  uitstroom init ~/uitstroom-focus\n  uitstroom due --owner doorstroompunt\n  uitstroom log focus-2022-0137 exit destination=work job_found=false",
        "Datums zijn kalenderdatums (JJJJ-MM-DD). `d + N maanden` houdt de dag van de maand, of\nneemt de laatste dag van een kortere maand (2026-01-31 + 1 maand = 2026-02-28); `d + N jaar`\nmaakt van 29 februari 28 februari. Leeftijden volgen de Nederlandse wet: wie op 29 februari\nis geboren, bereikt een leeftijd in een niet-schrikkeljaar op 1 maart. Dat telt voor\nage-18, het einde van de monitoring op 23 jaar en de leeftijdsgrens van Check-In (27).\n\nDe dossiermap wordt gevonden zoals git een repository vindt: --dir, anders UITSTROOM_DIR,\nanders de dichtstbijzijnde bovenliggende map met uitstroom.toml, anders `dir` in het\ngebruikersconfiguratiebestand. Afsluitstatus: 0 gelukt, 1 een probleem in de gegevens,\n2 verkeerd gebruik, 3 met `due --fail-on-overdue` als er iets te laat is. De handleiding:\n`man uitstroom` (opdrachten), `man 5 uitstroom` (de map en het bestandsformaat),\n`man 7 uitstroom-rules` (de regels); in een kloon `man -l man/uitstroom.5`.\n\nVoorbeeld:\n  uitstroom init ~/uitstroom-focus\n  uitstroom due --owner doorstroompunt\n  uitstroom log focus-2022-0137 uitschrijving destination=work job_found=false",
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
        "Revert the last change this tool committed (git folders).\n\nIn a folder shared through git, your own last change: changes that came in from other clones are left as they are, and undo says how many it passed over.",
        "Draai de laatste wijziging terug die deze tool heeft vastgelegd (mappen in git).\n\nIn een map die via git wordt gedeeld: uw eigen laatste wijziging. Wijzigingen die uit andere klonen zijn binnengekomen blijven zoals ze zijn, en undo zegt hoeveel het er heeft overgeslagen.",
    ),
    (
        "Print a shell completion script",
        "Toon een aanvulscript voor de shell",
    ),
    (
        "Print this message or the help of the given subcommand(s)",
        "Toon deze hulp of de hulp bij de gegeven opdracht(en)",
    ),
    (
        "Example:\n  uitstroom init ~/uitstroom-focus\n  uitstroom due --owner doorstroompunt\n  uitstroom log focus-2022-0137 exit destination=work job_found=false",
        "Voorbeeld:\n  uitstroom init ~/uitstroom-focus\n  uitstroom due --owner doorstroompunt\n  uitstroom log focus-2022-0137 uitschrijving destination=work job_found=false",
    ),
    (
        "Example:\n  uitstroom init ~/uitstroom-focus",
        "Voorbeeld:\n  uitstroom init ~/uitstroom-focus",
    ),
    (
        "Also make it a git repository (`git init`), so that every change is a commit and the folder can be shared through a git remote",
        "Maak er ook een git-repository van (`git init`), zodat elke wijziging een commit is en de map via een git-remote gedeeld kan worden",
    ),
    (
        "Example:\n  uitstroom new focus-2022-0137 --name \"Sem de Vries\" --birth-date 2008-05-14 \\\n      --track pro --enrolled 2021-08-23 --municipality Heiloo --planned-exit 2026-07-10",
        "Voorbeeld:\n  uitstroom new focus-2022-0137 --name \"Sem de Vries\" --birth-date 2008-05-14 \\\n      --track pro --enrolled 2021-08-23 --municipality Heiloo --planned-exit 2026-07-10",
    ),
    (
        "Example:\n  uitstroom show focus-2022-0137",
        "Voorbeeld:\n  uitstroom show focus-2022-0137",
    ),
    (
        "The case id (the file name in students/ or archive/)",
        "Het dossiernummer (de bestandsnaam in students/ of archive/)",
    ),
    (
        "Example:\n  uitstroom list --phase aftercare\n  uitstroom list --format csv > leerlingen.csv",
        "Voorbeeld:\n  uitstroom list --phase aftercare\n  uitstroom list --format csv > leerlingen.csv",
    ),
    (
        "Example:\n  uitstroom due\n  uitstroom due --owner doorstroompunt --format plain\n  uitstroom due --within 2w --group-by contact\n  uitstroom due --all --format json",
        "Voorbeeld:\n  uitstroom due\n  uitstroom due --owner doorstroompunt --format plain\n  uitstroom due --within 2w --group-by contact\n  uitstroom due --all --format json",
    ),
    (
        "ics: VTODO items instead of all-day events",
        "ics: taken (VTODO) in plaats van afspraken voor de hele dag",
    ),
    (
        "ics: put the student's name in each item's summary",
        "ics: zet de naam van de leerling in de omschrijving van elk item",
    ),
    (
        "Add an event to a student's history (in date order: usually at the end)",
        "Voeg een gebeurtenis toe aan de geschiedenis van een leerling (op datum: meestal achteraan)",
    ),
    (
        "Example:\n  uitstroom log focus-2022-0137 start-meeting --note \"Uitstroom arbeid in juli\"\n  uitstroom log focus-2022-0137 exit destination=work job_found=false --date 2026-07-10\n  uitstroom log focus-2022-0137 handover to=check-in support_question=true",
        "Voorbeeld:\n  uitstroom log focus-2022-0137 startgesprek --note \"Uitstroom arbeid in juli\"\n  uitstroom log focus-2022-0137 uitschrijving destination=work job_found=false --date 2026-07-10\n  uitstroom log focus-2022-0137 warme-overdracht to=check-in support_question=true",
    ),
    (
        "Example:\n  uitstroom done focus-2022-0137 jobcoach-assessment",
        "Voorbeeld:\n  uitstroom done focus-2022-0137 jobcoach-assessment",
    ),
    (
        "Example:\n  uitstroom defer focus-2022-0137 summer-enrolment-check --until 2026-09-15 \\\n      --reason \"opleiding start later\"",
        "Voorbeeld:\n  uitstroom defer focus-2022-0137 summer-enrolment-check --until 2026-09-15 \\\n      --reason \"opleiding start later\"",
    ),
    (
        "Example:\n  uitstroom waive focus-2022-0137 aftercare-contact --reason \"verhuisd naar Groningen\"",
        "Voorbeeld:\n  uitstroom waive focus-2022-0137 aftercare-contact --reason \"verhuisd naar Groningen\"",
    ),
    (
        "Change a top-level field of a student file, or a contact (an empty value removes an optional field or the contact)",
        "Wijzig een veld van een leerlingbestand, of een contactpersoon (een lege waarde verwijdert een optioneel veld of de contactpersoon)",
    ),
    (
        "Examples:\n  uitstroom set focus-2022-0137 planned_exit 2026-07-10\n  uitstroom set focus-2022-0137 contacts.mentor \"J. Bakker\"\n  uitstroom set focus-2022-0137 contacts.mentor \"\"",
        "Voorbeelden:\n  uitstroom set focus-2022-0137 planned_exit 2026-07-10\n  uitstroom set focus-2022-0137 contacts.mentor \"J. Bakker\"\n  uitstroom set focus-2022-0137 contacts.mentor \"\"",
    ),
    (
        "name, birth_date, municipality, school, track, profile, enrolled, planned_exit, year_offset, or contacts.ROLE (mentor, jongerenadviseur, doorstroomcoach or any other role)",
        "`name`, `birth_date`, `municipality`, `school`, `track`, `profile`, `enrolled`, `planned_exit`, `year_offset`, of `contacts.ROL` (mentor, jongerenadviseur, doorstroomcoach of een andere rol)",
    ),
    (
        "The new value; an empty one (\"\") removes an optional field",
        "De nieuwe waarde; een lege (\"\") verwijdert een optioneel veld",
    ),
    (
        "Open a student file in $VISUAL or $EDITOR (else vi); on save it is validated, and on an error you are offered to edit again. The file is only replaced by a valid version; the draft is kept in a private folder outside the case folder",
        "Open een leerlingbestand in $VISUAL of $EDITOR (anders vi); bij opslaan wordt het gecontroleerd, en bij een fout kunt u opnieuw bewerken. Het bestand wordt alleen door een geldige versie vervangen; het concept staat in een afgeschermde map buiten de dossiermap",
    ),
    (
        "Example:\n  uitstroom edit focus-2022-0137",
        "Voorbeeld:\n  uitstroom edit focus-2022-0137",
    ),
    ("The case id", "Het dossiernummer"),
    (
        "Example:\n  uitstroom check\n  uitstroom check --format json",
        "Voorbeeld:\n  uitstroom check\n  uitstroom check --format json",
    ),
    (
        "Example:\n  uitstroom why focus-2022-0137 check-in-review",
        "Voorbeeld:\n  uitstroom why focus-2022-0137 check-in-review",
    ),
    ("Example:\n  uitstroom config", "Voorbeeld:\n  uitstroom config"),
    (
        "Example:\n  uitstroom archive focus-2018-0055\n  uitstroom archive --ended",
        "Voorbeeld:\n  uitstroom archive focus-2018-0055\n  uitstroom archive --ended",
    ),
    (
        "Example:\n  uitstroom history focus-2022-0137",
        "Voorbeeld:\n  uitstroom history focus-2022-0137",
    ),
    ("Example:\n  uitstroom undo", "Voorbeeld:\n  uitstroom undo"),
    (
        "Create students from a school's spreadsheet export, all rows or none.",
        "Maak leerlingen aan uit een spreadsheetexport van de school, alle rijen of geen.",
    ),
    (
        "Create students from a school's spreadsheet export, all rows or none.\n\nExports of Magister, Somtoday, ParnasSys and others: every row is checked first,\nand nothing is written if one is wrong. The file may be `;`-, `,`- or\ntab-separated, UTF-8 (with or without BOM) or Windows-1252. Dates are read as\nDD-MM-YYYY, D-M-YYYY or YYYY-MM-DD (with `-`, `/` or `.`). Headers are matched\nwithout case, spaces or punctuation:\n\n- id: leerlingnummer, stamnummer, stamnr, studentnummer, student number\n- name: naam, volledige naam, full name; or roepnaam (voornaam), tussenvoegsel\n  (voorvoegsel, tussenv) and achternaam\n- birth_date: geboortedatum, geb.datum, date of birth\n- municipality: gemeente, woonplaats, city\n- school: school, vestiging, locatie\n- track: onderwijssoort, type onderwijs (pro, praktijkonderwijs, vso, entree, mbo\n  entree, niveau 1)\n- enrolled: inschrijfdatum, datum inschrijving, startdatum, begindatum, enrolment date\n- planned_exit: verwachte uitstroomdatum, einddatum, planned exit\n- contacts.mentor: mentor, coach, loopbaanbegeleider\n\nOther columns are ignored, with a note; --map reads them.",
        "Maak leerlingen aan uit een spreadsheetexport van de school, alle rijen of geen.\n\nExports van Magister, Somtoday, ParnasSys en andere: elke rij wordt eerst\ngecontroleerd, en er wordt niets geschreven als er één niet klopt. Het bestand mag\nmet `;`, `,` of tab gescheiden zijn, UTF-8 (met of zonder BOM) of Windows-1252.\nDatums worden gelezen als DD-MM-JJJJ, D-M-JJJJ of JJJJ-MM-DD (met `-`, `/` of `.`).\nKoppen worden herkend zonder op hoofdletters, spaties of leestekens te letten:\n\n- `id`: `leerlingnummer`, `stamnummer`, `stamnr`, `studentnummer`, `student number`\n- `name`: `naam`, `volledige naam`, `full name`; of `roepnaam` (`voornaam`),\n  `tussenvoegsel` (`voorvoegsel`, `tussenv`) en `achternaam`\n- `birth_date`: `geboortedatum`, `geb.datum`, `date of birth`\n- `municipality`: `gemeente`, `woonplaats`, `city`\n- `school`: `school`, `vestiging`, `locatie`\n- `track`: `onderwijssoort`, `type onderwijs` (`pro`, `praktijkonderwijs`, `vso`,\n  `entree`, `mbo entree`, `niveau 1`)\n- `enrolled`: `inschrijfdatum`, `datum inschrijving`, `startdatum`, `begindatum`,\n  `enrolment date`\n- `planned_exit`: `verwachte uitstroomdatum`, `einddatum`, `planned exit`\n- `contacts.mentor`: `mentor`, `coach`, `loopbaanbegeleider`\n\nAndere kolommen worden overgeslagen, met een melding; --map leest ze toch.",
    ),
    (
        "Examples:\n  uitstroom import leerlingen.csv --id-prefix focus- --dry-run\n  uitstroom import leerlingen.csv --id-prefix focus-\n  uitstroom import export.csv --map \"Klas mentor=contacts.mentor\" --map Klas=- --track pro",
        "Voorbeelden:\n  uitstroom import leerlingen.csv --id-prefix focus- --dry-run\n  uitstroom import leerlingen.csv --id-prefix focus-\n  uitstroom import export.csv --map \"Klas mentor=contacts.mentor\" --map Klas=- --track pro",
    ),
    ("The exported CSV file", "Het geëxporteerde CSV-bestand"),
    (
        "Show what would be made; write nothing",
        "Toon wat er aangemaakt zou worden; schrijf niets",
    ),
    (
        "Read COLUMN as FIELD: id, name, first_name, name_prefix, last_name, birth_date, municipality, school, track, profile, enrolled, planned_exit, year_offset or contacts.ROLE; `-` leaves the column out. Repeat for more columns",
        "Lees KOLOM als VELD: `id`, `name`, `first_name`, `name_prefix`, `last_name`, `birth_date`, `municipality`, `school`, `track`, `profile`, `enrolled`, `planned_exit`, `year_offset` of `contacts.ROL`; `-` slaat de kolom over. Herhaal voor meer kolommen",
    ),
    (
        "Put this before student numbers that are bare numbers (focus- makes 1234 into focus-1234)",
        "Zet dit voor leerlingnummers die alleen uit cijfers bestaan (focus- maakt van 1234 focus-1234)",
    ),
    (
        "Leave out rows whose case exists already, instead of refusing the file",
        "Sla rijen over waarvan het dossier al bestaat, in plaats van het bestand te weigeren",
    ),
    (
        "The track of rows that have none (e.g. a Praktijkschool's export)",
        "De route van rijen die er geen hebben (bijvoorbeeld de export van een praktijkschool)",
    ),
    (
        "The school of rows that have none",
        "De school van rijen die er geen hebben",
    ),
    (
        "Close every open action due before a date, for a caseload taken on halfway whose past actions were handled outside the tool (one `done` event each, note \"catch-up\", dated today)",
        "Sluit elke open actie met een uiterste datum vóór een datum, voor een caseload die halverwege wordt overgenomen en waarvan eerdere acties buiten de tool zijn afgehandeld (elk één gebeurtenis `done`, notitie \"catch-up\", gedateerd vandaag)",
    ),
    (
        "Examples:\n  uitstroom catch-up --before 2026-11-25 --dry-run\n  uitstroom catch-up --before 2026-11-25\n  uitstroom catch-up --before 2026-09-01 focus-2022-0137",
        "Voorbeelden:\n  uitstroom catch-up --before 2026-11-25 --dry-run\n  uitstroom catch-up --before 2026-11-25\n  uitstroom catch-up --before 2026-09-01 focus-2022-0137",
    ),
    (
        "Close the open actions due before this date",
        "Sluit de open acties met een uiterste datum vóór deze datum",
    ),
    (
        "Show what would be closed; write nothing",
        "Toon wat er gesloten zou worden; schrijf niets",
    ),
    (
        "Only these cases (default: every case in students/)",
        "Alleen deze dossiers (standaard: elk dossier in students/)",
    ),
    (
        "All students, or all actions (open and closed), for other tools: JSON, CSV or an iCalendar file",
        "Alle leerlingen, of alle acties (open en gesloten), voor andere programma's: JSON, CSV of een iCalendar-bestand",
    ),
    (
        "Examples:\n  uitstroom export --format json > leerlingen.json\n  uitstroom export --format csv --what actions > acties.csv\n  uitstroom export --format ics > uitstroom.ics",
        "Voorbeelden:\n  uitstroom export --format json > leerlingen.json\n  uitstroom export --format csv --what actions > acties.csv\n  uitstroom export --format ics > uitstroom.ics",
    ),
    (
        "What to export (ics is always actions)",
        "Wat er geëxporteerd wordt (ics is altijd acties)",
    ),
    (
        "Archived cases whose last event is older than `[privacy] retention_years` (default 5): id, last event, and since when archived; with --delete, delete them (after asking) in one commit",
        "Gearchiveerde dossiers waarvan de laatste gebeurtenis ouder is dan `[privacy] retention_years` (standaard 5): dossier, laatste gebeurtenis, en sinds wanneer gearchiveerd; met --delete worden ze (na een vraag) in één commit verwijderd",
    ),
    (
        "Examples:\n  uitstroom retention\n  uitstroom retention --delete",
        "Voorbeelden:\n  uitstroom retention\n  uitstroom retention --delete",
    ),
    (
        "Delete the cases listed, after asking (one commit; the files stay in git's history)",
        "Verwijder de getoonde dossiers, na een vraag (één commit; de bestanden blijven in de geschiedenis van git)",
    ),
    (
        "Delete without asking (for scripts)",
        "Verwijder zonder te vragen (voor scripts)",
    ),
    (
        "Bring in the other clones' changes and send yours: `git pull --rebase` (case files merged by event and field), `check`, `git push`. Stops with the files to resolve on a conflict; does not push when the folder has errors",
        "Haal de wijzigingen van de andere kopieën op en stuur de uwe: `git pull --rebase` (dossiers samengevoegd per gebeurtenis en veld), `check`, `git push`. Stopt bij een conflict met de bestanden om op te lossen; verstuurt niets als de map fouten heeft",
    ),
    ("Example:\n  uitstroom sync", "Voorbeeld:\n  uitstroom sync"),
    (
        "Register the merge driver for case files in this clone's git config, and add it to .gitattributes when it is missing there (sync does this by itself)",
        "Registreer het samenvoegprogramma (merge driver) voor dossiers in de git-configuratie van deze kopie, en zet het in .gitattributes als het daar ontbreekt (sync doet dit zelf)",
    ),
    (
        "Example:\n  uitstroom git-setup",
        "Voorbeeld:\n  uitstroom git-setup",
    ),
    (
        "The git merge driver for case files (git runs it as `merge-file %O %A %B %P`): events are merged in date order and fields three-way; writes the result to OURS, exit 1 when conflicts are left in it",
        "Het samenvoegprogramma van git voor dossiers (git roept het aan als `merge-file %O %A %B %P`): gebeurtenissen worden op datum samengevoegd en velden drieweg; schrijft het resultaat naar OURS, afsluitstatus 1 als er conflicten in blijven",
    ),
    (
        "Example (as git runs it, after `uitstroom git-setup`):\n  uitstroom merge-file .merge_file_base .merge_file_ours .merge_file_theirs \\\n      students/focus-2022-0137.toml",
        "Voorbeeld (zoals git het aanroept, na `uitstroom git-setup`):\n  uitstroom merge-file .merge_file_base .merge_file_ours .merge_file_theirs \\\n      students/focus-2022-0137.toml",
    ),
    (
        "The common ancestor's version (git's %O)",
        "De versie van de gemeenschappelijke voorouder (%O van git)",
    ),
    (
        "This clone's version, where the result is written (git's %A)",
        "De versie van deze kopie, waar het resultaat komt (%A van git)",
    ),
    (
        "The other side's version (git's %B)",
        "De versie van de andere kant (%B van git)",
    ),
    (
        "The file's path in the repository, for messages (git's %P)",
        "Het pad van het bestand in de repository, voor meldingen (%P van git)",
    ),
    (
        "Print a shell completion script.\n\nWithout --dynamic, a static script of the commands and options. The static script is complete in itself. With --dynamic the shell asks uitstroom on each TAB, so `uitstroom show <TAB>` offers the case ids of the folder you are in (or of --dir), `done ID <TAB>` the rule ids and `log ID <TAB>` the event kinds and then their fields. The same lines come from `COMPLETE=bash uitstroom`.",
        "Toon een aanvulscript voor de shell.\n\nZonder --dynamic een vast script met de opdrachten en opties, dat op zichzelf werkt. Met --dynamic vraagt de shell bij elke TAB aan uitstroom wat er kan, zodat `uitstroom show <TAB>` de dossiers van de map waarin u staat (of van --dir) aanbiedt, `done ID <TAB>` de regels en `log ID <TAB>` de soorten gebeurtenissen en daarna hun velden. `COMPLETE=bash uitstroom` geeft dezelfde regels.",
    ),
    (
        "Example:\n  uitstroom completions bash > ~/.local/share/bash-completion/completions/uitstroom\n  echo 'source <(uitstroom completions bash --dynamic)' >> ~/.bashrc\n  uitstroom completions fish --dynamic > ~/.config/fish/completions/uitstroom.fish",
        "Voorbeeld:\n  uitstroom completions bash > ~/.local/share/bash-completion/completions/uitstroom\n  echo 'source <(uitstroom completions bash --dynamic)' >> ~/.bashrc\n  uitstroom completions fish --dynamic > ~/.config/fish/completions/uitstroom.fish",
    ),
    (
        "Complete case ids, rule ids and event kinds too, by asking uitstroom on each TAB",
        "Vul ook dossiers, regels en soorten gebeurtenissen aan, door bij elke TAB uitstroom te vragen",
    ),
    (
        "Figures per school year of exit (leavers, destinations, still in place after 1 and 2 years), who is in view, and the caseload per owner",
        "Cijfers per schooljaar van uitstroom (uitstromers, bestemmingen, na 1 en 2 jaar nog op hun plek), wie in beeld is, en de werkvoorraad per eigenaar",
    ),
    (
        "Leaver figures count archived cases too; in view, caseload and monitoring are about today's students.\n\nExamples:\n  uitstroom report\n  uitstroom report --year 2025 --school \"Praktijkschool Focus\"\n  uitstroom report --format html -o uitstroom-report.html\n  uitstroom report --format json | jq .caseload",
        "De uitstroomcijfers tellen ook gearchiveerde dossiers; in beeld, werkvoorraad en monitoring gaan over de leerlingen van vandaag.\n\nVoorbeelden:\n  uitstroom report\n  uitstroom report --year 2025 --school \"Praktijkschool Focus\"\n  uitstroom report --format html -o uitstroom-verslag.html\n  uitstroom report --format json | jq .caseload",
    ),
    (
        "Only leavers of this school year of exit: 2025 (or 2025-2026) is the school year that starts in 2025",
        "Alleen uitstromers van dit schooljaar van uitstroom: 2025 (of 2025-2026) is het schooljaar dat in 2025 begint",
    ),
    (
        "table (default), csv, json (a contract: contracts/report.schema.json) or html (one self-contained page); with -o, the file's extension chooses when this is not given",
        "table (standaard), csv, json (een contract: contracts/report.schema.json) of html (één pagina die op zichzelf staat); met -o kiest de extensie van het bestand als dit niet is opgegeven",
    ),
    (
        "Write the report to this file (readable by you only) instead of standard output",
        "Schrijf het verslag naar dit bestand (alleen door jou te lezen) in plaats van naar standaarduitvoer",
    ),
    (
        "Show the names of students out of view (by default only their case ids)",
        "Toon de namen van leerlingen die uit beeld zijn (standaard alleen hun dossiernummers)",
    ),
];
