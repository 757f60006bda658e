//! `due` and `list`, and the tables and plain lines they print (what cron mails). The
//! formats scripts read (JSON, CSV, iCalendar) keep their English keys and codes.

messages! {
    DUE_NOTHING { en: "nothing due", nl: "niets te doen" }
    DUE_CALENDAR_ONLY { en: "{flag} is for calendars", nl: "{flag} is alleen voor agenda's" }
    DUE_CALENDAR_ONLY_HINT {
        en: "add `--format ics`, e.g. `uitstroom due --all --format ics {flag}`",
        nl: "voeg `--format ics` toe, bijvoorbeeld `uitstroom due --all --format ics {flag}`",
    }
    DUE_GROUP_BY_FORMAT {
        en: "`--group-by` is for table and plain output",
        nl: "`--group-by` werkt alleen bij de uitvoer als tabel of platte tekst",
    }
    DUE_GROUP_BY_ICS_HINT {
        en: "a calendar holds every owner's actions; filter with `--owner` or `--contact`",
        nl: "een agenda bevat de acties van alle eigenaren; filter met `--owner` of `--contact`",
    }
    DUE_GROUP_BY_DATA_HINT {
        en: "JSON and CSV rows carry the owner; group them in the tool that reads them",
        nl: "elke regel in JSON en CSV vermeldt de eigenaar; groepeer in het programma dat ze inleest",
    }
    DUE_NO_CONTACT { en: "({owner}: no contact named)", nl: "({owner}: geen contactpersoon vermeld)" }

    LIST_NONE { en: "no students", nl: "geen leerlingen" }

    // Table headings.
    HEAD_DUE { en: "Due", nl: "Uiterlijk" }
    HEAD_STATUS { en: "Status", nl: "Status" }
    HEAD_OWNER { en: "Owner", nl: "Eigenaar" }
    HEAD_CASE { en: "Case", nl: "Dossier" }
    HEAD_NAME { en: "Name", nl: "Naam" }
    HEAD_RULE { en: "Rule", nl: "Regel" }
    HEAD_ACTION { en: "Action", nl: "Actie" }
    HEAD_TRACK { en: "Track", nl: "Schoolsoort" }
    HEAD_PHASE { en: "Phase", nl: "Fase" }
    HEAD_FLAGS { en: "Flags", nl: "Kenmerken" }
    HEAD_NEXT_ACTION { en: "Next action", nl: "Volgende actie" }

    // What `list` marks a student with.
    FLAG_OUTSIDE_REGION { en: "outside region", nl: "buiten de regio" }
    /// The same in `plain`, one word (fields there are separated by spaces).
    FLAG_OUTSIDE_REGION_WORD { en: "outside-region", nl: "buiten-regio" }
}
