//! Taking on a caseload and taking it elsewhere: `import`, `catch-up`, `export` and the
//! calendar. Column names, field names and CSV/JSON values stay as they are written:
//! they are the format that `import` reads back.

messages! {
    // Counted things.
    CASELOAD_CASES_ONE { en: "1 case", nl: "1 dossier" }
    CASELOAD_CASES_MANY { en: "{n} cases", nl: "{n} dossiers" }
    CASELOAD_STUDENTS_ONE { en: "1 student", nl: "1 leerling" }
    CASELOAD_STUDENTS_MANY { en: "{n} students", nl: "{n} leerlingen" }
    CASELOAD_ACTIONS_ONE { en: "1 action", nl: "1 actie" }
    CASELOAD_ACTIONS_MANY { en: "{n} actions", nl: "{n} acties" }
    CASELOAD_PROBLEMS_ONE { en: "1 problem", nl: "1 probleem" }
    CASELOAD_PROBLEMS_MANY { en: "{n} problems", nl: "{n} problemen" }
    CASELOAD_DRY_RUN { en: "dry run: nothing was written", nl: "proefdraai: er is niets geschreven" }
    CASELOAD_NOT_COMMITTED {
        en: "wrote the files but did not commit them: {why}",
        nl: "de bestanden zijn geschreven maar niet vastgelegd in git: {why}",
    }

    // How the export file was read.
    IMPORT_UTF8 { en: "UTF-8", nl: "UTF-8" }
    IMPORT_UTF8_BOM { en: "UTF-8 with BOM", nl: "UTF-8 met BOM" }
    IMPORT_UTF16 { en: "UTF-16", nl: "UTF-16" }
    IMPORT_WINDOWS_1252 { en: "Windows-1252", nl: "Windows-1252" }
    IMPORT_TAB_SEPARATED { en: "tab-separated", nl: "gescheiden door tabs" }
    IMPORT_SEPARATED { en: "`{delimiter}`-separated", nl: "gescheiden door `{delimiter}`" }
    IMPORT_BAD_BOM {
        en: "the file starts with a {encoding} byte order mark but is not {encoding} text",
        nl: "het bestand begint met een byte order mark van {encoding} maar is geen {encoding}-tekst",
    }
    IMPORT_BAD_BOM_HINT {
        en: "save the file as CSV (UTF-8) and try again",
        nl: "sla het bestand op als CSV (UTF-8) en probeer het opnieuw",
    }
    IMPORT_CANNOT_READ { en: "cannot read {path}: {why}", nl: "kan {path} niet lezen: {why}" }
    IMPORT_CANNOT_READ_HINT {
        en: "give the path of the exported CSV file",
        nl: "geef het pad van het geëxporteerde CSV-bestand",
    }

    // The header and `--map`.
    IMPORT_BAD_MAP { en: "`--map {map}` is not COLUMN=FIELD", nl: "`--map {map}` is geen KOLOM=VELD" }
    IMPORT_BAD_MAP_HINT {
        en: "e.g. --map \"Klas mentor=contacts.mentor\", or --map Klas=- to leave a column out",
        nl: "bijvoorbeeld `--map \"Klas mentor=contacts.mentor\"`, of `--map Klas=-` om een kolom over te slaan",
    }
    IMPORT_NO_SUCH_COLUMN { en: "the file has no column `{column}`", nl: "het bestand heeft geen kolom `{column}`" }
    IMPORT_NOT_A_MAP_FIELD {
        en: "`{field}` is not a field `--map` can fill",
        nl: "`{field}` is geen veld dat `--map` kan vullen",
    }
    IMPORT_MAP_FIELDS_HINT { en: "use one of: {fields}", nl: "kies uit: {fields}" }
    IMPORT_MAP_LEAVES_OUT { en: "--map leaves it out", nl: "--map laat de kolom weg" }
    IMPORT_GIVEN_BY {
        en: "`{column}` gives the {field} already",
        nl: "`{column}` geeft `{field}` al",
    }
    IMPORT_BAD_PREFIX { en: "`{prefix}` cannot start a case id", nl: "`{prefix}` kan geen dossiernummer beginnen" }
    IMPORT_BAD_PREFIX_HINT {
        en: "use lower-case letters, digits, `.`, `_` and `-`, e.g. --id-prefix focus-",
        nl: "gebruik kleine letters, cijfers, `.`, `_` en `-`, bijvoorbeeld `--id-prefix focus-`",
    }
    IMPORT_NO_HEADER { en: "the file has no header row", nl: "het bestand heeft geen kopregel" }
    IMPORT_NO_HEADER_HINT {
        en: "export the list with column names in the first row",
        nl: "exporteer de lijst met de kolomnamen in de eerste regel",
    }
    IMPORT_NOT_CSV { en: "not readable as CSV: {why}", nl: "niet te lezen als CSV: {why}" }
    IMPORT_NOT_CSV_HINT { en: "export the list again as CSV", nl: "exporteer de lijst opnieuw als CSV" }
    IMPORT_NO_COLUMN { en: "no column for the {what}", nl: "kolom ontbreekt: {what}" }
    IMPORT_NO_COLUMN_HINT {
        en: "name a column {names}, or use --map COLUMN={field}",
        nl: "noem een kolom {names}, of gebruik `--map KOLOM={field}`",
    }
    IMPORT_OR { en: "{names} or {last}", nl: "{names} of {last}" }
    IMPORT_NO_NAME_COLUMN_HINT {
        en: "name columns `roepnaam`, `tussenvoegsel` and `achternaam`, or one column `naam`; or use --map COLUMN=name",
        nl: "noem de kolommen `roepnaam`, `tussenvoegsel` en `achternaam`, of één kolom `naam`; of gebruik `--map KOLOM=name`",
    }
    IMPORT_NO_TRACK_COLUMN_HINT {
        en: "name a column `onderwijssoort` or `track`, or give --track pro|vso|entree for every row",
        nl: "noem een kolom `onderwijssoort` of `track`, of geef `--track pro|vso|entree` voor alle regels",
    }

    // What a column is for, in `no column for the …` and `no …`.
    IMPORT_WHAT_ID { en: "student number", nl: "leerlingnummer" }
    IMPORT_WHAT_NAME { en: "name", nl: "naam" }
    IMPORT_WHAT_BIRTH_DATE { en: "birth date", nl: "geboortedatum" }
    IMPORT_WHAT_TRACK { en: "track", nl: "onderwijssoort" }
    IMPORT_WHAT_ENROLLED { en: "enrolment date", nl: "inschrijfdatum" }
    IMPORT_WHAT_PLANNED_EXIT { en: "planned exit", nl: "verwachte uitstroomdatum" }

    // A row.
    IMPORT_EMPTY_CELL { en: "no {what}", nl: "geen {what}" }
    IMPORT_ID_NEEDED_HINT {
        en: "every row needs one; fill it in or leave the row out",
        nl: "elke regel heeft er een nodig; vul het in of laat de regel weg",
    }
    IMPORT_NAME_NEEDED_HINT {
        en: "every student needs a name; fill it in or leave the row out",
        nl: "elke leerling heeft een naam nodig; vul die in of laat de regel weg",
    }
    IMPORT_VALUE_NEEDED_HINT {
        en: "every student needs one; fill it in or leave the row out",
        nl: "elke leerling heeft er een nodig; vul het in of laat de regel weg",
    }
    IMPORT_BAD_ID { en: "`{id}` is not a valid case id", nl: "`{id}` is geen geldig dossiernummer" }
    IMPORT_LOWER_CASE_HINT { en: "ids are lower case: write `{id}`", nl: "een dossiernummer is in kleine letters: schrijf `{id}`" }
    IMPORT_BAD_ID_HINT {
        en: "use lower-case letters, digits, `.`, `_` and `-`, at most 64; --id-prefix puts a prefix before bare numbers",
        nl: "gebruik kleine letters, cijfers, `.`, `_` en `-`, hooguit 64 tekens; `--id-prefix` zet een voorvoegsel voor kale nummers",
    }
    IMPORT_DUPLICATE { en: "`{id}` is in row {row} too", nl: "`{id}` staat ook in regel {row}" }
    IMPORT_DUPLICATE_HINT {
        en: "each student once: remove one of the rows",
        nl: "elke leerling één keer: verwijder een van de regels",
    }
    IMPORT_NO_SUCH_DAY { en: "`{value}` is not an existing date", nl: "`{value}` is geen bestaande datum" }
    IMPORT_SHORT_YEAR {
        en: "`{value}`: the year needs four digits",
        nl: "`{value}`: het jaar moet vier cijfers hebben",
    }
    IMPORT_NOT_A_DATE { en: "`{value}` is not a date", nl: "`{value}` is geen datum" }
    IMPORT_DATE_HINT {
        en: "write the date as DD-MM-YYYY or YYYY-MM-DD, e.g. 14-05-2008",
        nl: "schrijf de datum als DD-MM-JJJJ of JJJJ-MM-DD, bijvoorbeeld 14-05-2008",
    }
    IMPORT_BAD_TRACK {
        en: "`{value}` is not a track uitstroom follows",
        nl: "`{value}` is geen onderwijssoort die uitstroom volgt",
    }
    IMPORT_TRACK_HINT {
        en: "write pro, praktijkonderwijs, vso, entree, mbo entree or niveau 1 (or give --track for rows without one)",
        nl: "schrijf pro, praktijkonderwijs, vso, entree, mbo entree of niveau 1 (of geef `--track` voor regels zonder)",
    }
    IMPORT_BAD_PROFILE { en: "`{value}` is not an uitstroomprofiel", nl: "`{value}` is geen uitstroomprofiel" }
    IMPORT_PROFILE_HINT {
        en: "write work, education or day-activities (arbeid, onderwijs, dagbesteding), or leave it empty",
        nl: "schrijf arbeid, onderwijs of dagbesteding (work, education, day-activities), of laat het leeg",
    }
    IMPORT_BAD_YEAR_OFFSET { en: "`{value}` is not a year offset", nl: "`{value}` is geen jaarverschuiving" }
    IMPORT_YEAR_OFFSET_HINT {
        en: "write a whole number from 0 to 9, or leave it empty",
        nl: "schrijf een geheel getal van 0 tot en met 9, of laat het leeg",
    }
    IMPORT_EXISTS {
        en: "case `{id}` exists already ({path})",
        nl: "dossier `{id}` bestaat al ({path})",
    }
    IMPORT_EXISTS_HINT {
        en: "leave the row out, or give --skip-existing to import only the new ones",
        nl: "laat de regel weg, of geef `--skip-existing` om alleen de nieuwe in te lezen",
    }
    IMPORT_FIX_ROW { en: "correct the row", nl: "verbeter de regel" }

    // What `import` did.
    IMPORT_NOTHING_IMPORTED { en: "nothing was imported: {problems}", nl: "er is niets ingelezen: {problems}" }
    IMPORT_NOTHING_IMPORTED_SHORT { en: "nothing was imported", nl: "er is niets ingelezen" }
    IMPORT_ARCHIVED_MEANWHILE {
        en: "case `{id}` was archived meanwhile ({path})",
        nl: "dossier `{id}` is intussen gearchiveerd ({path})",
    }
    IMPORT_CREATING { en: "creating case `{id}`", nl: "dossier `{id}` aanmaken" }
    IMPORT_WOULD_IMPORT_ONE {
        en: "would import 1 case from {file} ({how}):",
        nl: "1 dossier zou worden ingelezen uit {file} ({how}):",
    }
    IMPORT_WOULD_IMPORT {
        en: "would import {cases} from {file} ({how}):",
        nl: "{cases} zouden worden ingelezen uit {file} ({how}):",
    }
    IMPORT_ROW {
        en: "  {id}  {name}  {track}  born {birth}  enrolled {enrolled}",
        nl: "  {id}  {name}  {track}  geboren {birth}  ingeschreven {enrolled}",
    }
    IMPORT_IMPORTED { en: "imported {cases} from {file} ({how})", nl: "{cases} ingelezen uit {file} ({how})" }
    IMPORT_NEW_CASE { en: "  new case {id}", nl: "  nieuw dossier {id}" }
    IMPORT_NOTHING { en: "nothing to import from {file} ({how})", nl: "niets in te lezen uit {file} ({how})" }
    IMPORT_SKIPPED {
        en: "left out {cases} already in the folder: {ids}",
        nl: "{cases} overgeslagen die al in de map staan: {ids}",
    }
    IMPORT_IGNORED {
        en: "ignored columns: {columns} (--map COLUMN=FIELD imports one)",
        nl: "kolommen niet gebruikt: {columns} (met `--map KOLOM=VELD` leest u er een in)",
    }
    IMPORT_UNUSED { en: "column `{column}` not used: {why}", nl: "kolom `{column}` niet gebruikt: {why}" }
    IMPORT_BARE_IDS {
        en: "some student numbers are bare numbers; --id-prefix (e.g. focus-) keeps them apart from other schools' in a shared folder",
        nl: "sommige leerlingnummers zijn kale nummers; met `--id-prefix` (bijvoorbeeld focus-) blijven ze in een gedeelde map gescheiden van die van andere scholen",
    }
    IMPORT_MUNICIPALITY_NOTE { en: "{students}: {note}", nl: "{students}: {note}" }
    IMPORT_NO_MUNICIPALITY {
        en: "{students} without a municipality: only the school's own duties are computed until one is set (uitstroom set ID municipality NAME)",
        nl: "{students} zonder gemeente: alleen de eigen taken van de school worden berekend tot er een is ingevuld (`uitstroom set ID municipality NAAM`)",
    }

    // `catch-up`
    CATCHUP_NOT_OPEN_YET { en: "it opens on {opens}, after today", nl: "de actie opent pas op {opens}, na vandaag" }
    CATCHUP_NOT_OPEN_YET_HINT {
        en: "record it when it is done: uitstroom done {id} {rule}",
        nl: "leg de actie vast als die gedaan is: `uitstroom done {id} {rule}`",
    }
    CATCHUP_WOULD_NOT_CLOSE {
        en: "a `done` dated today or on its due date would not close it",
        nl: "een `done` van vandaag of van de uiterlijke datum zou de actie niet afsluiten",
    }
    CATCHUP_WOULD_NOT_CLOSE_HINT {
        en: "see `uitstroom why {id} {rule}`, then use done or waive",
        nl: "zie `uitstroom why {id} {rule}` en gebruik dan `done` of `waive`",
    }
    CATCHUP_NOTHING {
        en: "nothing to close: no open action due before {before}",
        nl: "niets af te sluiten: geen open actie met een uiterlijke datum vóór {before}",
    }
    CATCHUP_WOULD_CLOSE_ONE {
        en: "would close 1 action in {cases} due before {before} (done, note \"{note}\"):",
        nl: "1 actie in {cases} met een uiterlijke datum vóór {before} zou worden afgesloten (gedaan, notitie \"{note}\"):",
    }
    CATCHUP_WOULD_CLOSE {
        en: "would close {actions} in {cases} due before {before} (done, note \"{note}\"):",
        nl: "{actions} in {cases} met een uiterlijke datum vóór {before} zouden worden afgesloten (gedaan, notitie \"{note}\"):",
    }
    CATCHUP_CLOSED {
        en: "closed {actions} in {cases} due before {before} (done, note \"{note}\"):",
        nl: "{actions} in {cases} met een uiterlijke datum vóór {before} afgesloten (gedaan, notitie \"{note}\"):",
    }
    CATCHUP_ROW { en: "  {id}  {rule}  due {due}{dated}", nl: "  {id}  {rule}  uiterlijk {due}{dated}" }
    CATCHUP_DATED {
        en: " (dated {date}: its window has closed)",
        nl: " (gedateerd {date}: de termijn is voorbij)",
    }
    CATCHUP_LEFT_OPEN {
        en: "left open: {id} {rule} (due {due}): {why}",
        nl: "open gelaten: {id} {rule} (uiterlijk {due}): {why}",
    }
    CATCHUP_NOTHING_CLOSED { en: "nothing was closed", nl: "er is niets afgesloten" }

    // `export`
    EXPORT_ICS_STUDENTS {
        en: "a calendar holds actions, not students",
        nl: "een agenda bevat acties, geen leerlingen",
    }
    EXPORT_ICS_STUDENTS_HINT {
        en: "leave out --what, or use --format json or csv for students",
        nl: "laat --what weg, of gebruik `--format json` of `--format csv` voor leerlingen",
    }
    EXPORT_CALENDAR_ONLY { en: "{flag} is for calendars", nl: "{flag} is alleen voor agenda's" }
    EXPORT_CALENDAR_ONLY_HINT {
        en: "add --format ics, e.g. uitstroom export --format ics {flag}",
        nl: "voeg `--format ics` toe, bijvoorbeeld `uitstroom export --format ics {flag}`",
    }

    // The calendar (`due --format ics`, `export --format ics`): what an agenda item says.
    ICS_OWNER { en: "owner: {owner}", nl: "eigenaar: {owner}" }
    ICS_RULE { en: "rule: {rule}", nl: "regel: {rule}" }
    ICS_STATUS { en: "status: {status}", nl: "status: {status}" }
    ICS_OPENS { en: "opens: {date}", nl: "opent: {date}" }
    ICS_DUE { en: "due: {date}", nl: "uiterlijk: {date}" }
    ICS_CLOSED { en: "closed: {date}", nl: "afgesloten: {date}" }
    ICS_PASSED { en: "passed", nl: "voorbij" }
}
