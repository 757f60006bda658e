//! `report`: the headings and labels of the figures for the school, the Doorstroompunt and
//! the regional meeting (bestendigheid = still in place; in beeld = in view).

messages! {
    TITLE { en: "Leavers, aftercare and caseload", nl: "Uitstroom, nazorg en caseload" }
    MADE_FOR { en: "made for", nl: "gemaakt voor" }
    FOLDER { en: "folder", nl: "map" }
    REGION { en: "region", nl: "regio" }
    ONLY { en: "only", nl: "alleen" }
    SCHOOL { en: "school", nl: "school" }
    TRACK { en: "track", nl: "onderwijssoort" }
    YEAR_OF_EXIT { en: "school year of exit", nl: "schooljaar van uitschrijving" }
    LEAVERS_HEADING { en: "Leavers per school year of exit", nl: "Uitstroom per schooljaar van uitschrijving" }
    SCHOOL_YEAR { en: "School year", nl: "Schooljaar" }
    LEAVERS { en: "Leavers", nl: "Uitstromers" }
    VSV { en: "vsv", nl: "vsv" }
    NO_LEAVERS { en: "No leavers.", nl: "Geen uitstromers." }
    DESTINATIONS_HEADING { en: "Destinations", nl: "Bestemmingen" }
    NO_DESTINATION { en: "no destination", nl: "geen bestemming" }
    DIPLOMAS_HEADING { en: "Diplomas", nl: "Diploma's" }
    IN_PLACE_HEADING {
        en: "Still in place after 1 and 2 years (bestendigheid)",
        nl: "Bestendigheid: nog op hun plek na 1 en 2 jaar",
    }
    IN_PLACE_NOTE {
        en: "In place: no job-lost, dropout-risk or enrolment-missing after the exit; of leavers whose exit is 1 or 2 years ago by now.",
        nl: "Op hun plek: geen baanverlies, dreigende uitval of ontbrekende inschrijving na de uitschrijving; van uitstromers die nu 1 of 2 jaar geleden uitgeschreven zijn.",
    }
    NOT_YET_KNOWN { en: "not yet known", nl: "nog niet bekend" }
    NO_LEAVERS_IN_GROUP { en: "no leavers", nl: "geen uitstromers" }
    IN_VIEW_HEADING { en: "In view", nl: "In beeld" }
    FOLLOWED { en: "Followed (aftercare or monitoring)", nl: "Gevolgd (nazorg of monitoring)" }
    IN_VIEW { en: "In view", nl: "In beeld" }
    OUT_OF_VIEW { en: "Out of view", nl: "Uit beeld" }
    OUT_OF_VIEW_NOTE {
        en: "last event more than {months} months ago",
        nl: "laatste gebeurtenis meer dan {months} maanden geleden",
    }
    NOBODY_OUT_OF_VIEW { en: "Nobody is out of view.", nl: "Niemand is uit beeld." }
    CASELOAD_HEADING { en: "Caseload now", nl: "Caseload nu" }
    OWNER { en: "Owner", nl: "Eigenaar" }
    OPEN { en: "Open", nl: "Open" }
    OVERDUE { en: "Overdue", nl: "Te laat" }
    OLDEST_OVERDUE { en: "Oldest overdue", nl: "Oudste te late" }
    MONITORING { en: "In monitoring by the Doorstroompunt", nl: "In monitoring bij het Doorstroompunt" }
    CHART_DESTINATIONS {
        en: "Destinations per school year of exit",
        nl: "Bestemmingen per schooljaar van uitschrijving",
    }
    CHART_IN_PLACE { en: "Still in place after 1 and 2 years", nl: "Nog op hun plek na 1 en 2 jaar" }
    CHART_OVERDUE { en: "Overdue actions per owner", nl: "Te late acties per eigenaar" }
    MADE_BY { en: "made by uitstroom", nl: "gemaakt met uitstroom" }

    DEST_WORK { en: "work", nl: "werk" }
    DEST_SHELTERED_WORK { en: "sheltered work", nl: "beschut werk" }
    DEST_PRACTICAL_LEARNING { en: "practical learning", nl: "praktijkleren" }
    DEST_EDUCATION { en: "education", nl: "opleiding" }
    DEST_DAY_ACTIVITIES { en: "day activities", nl: "dagbesteding" }
    DEST_NONE { en: "none", nl: "geen" }
    DIPLOMA_NONE { en: "none", nl: "geen" }
    OWNER_CHECK_IN { en: "Jongerenpunt Check-In", nl: "Jongerenpunt Check-In" }
    GROUP_WORK { en: "work", nl: "werk" }
    GROUP_EDUCATION { en: "education", nl: "opleiding" }
    IN_PLACE_COLUMN_1 { en: "{group} after 1 year", nl: "{group} na 1 jaar" }
    IN_PLACE_COLUMN_N { en: "{group} after {years} years", nl: "{group} na {years} jaar" }
    IN_PLACE_LABEL_1 { en: "{group}, 1 year", nl: "{group}, 1 jaar" }
    IN_PLACE_LABEL_N { en: "{group}, {years} years", nl: "{group}, {years} jaar" }
    WROTE { en: "wrote {path}", nl: "{path} geschreven" }
}
