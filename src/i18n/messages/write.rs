//! The commands that change one case: `log`, `done`, `defer`, `waive`, `set`, `new` and
//! `edit`. Field names, rule ids and commands stay as they are typed.

messages! {
    // What a write did, and the actions it changed (`log`, `done`, `defer`, `waive`).
    LOG_LOGGED { en: "log {kind} for {id} on {date}", nl: "{kind} vastgelegd bij {id} op {date}" }
    DONE_DONE { en: "done {rule} for {id} on {date}", nl: "{rule} afgerond bij {id} op {date}" }
    DEFER_DEFERRED { en: "defer {rule} for {id} on {date}", nl: "{rule} uitgesteld bij {id} op {date}" }
    WAIVE_WAIVED { en: "waive {rule} for {id} on {date}", nl: "{rule} laten vervallen bij {id} op {date}" }
    WRITE_CHANGE {
        en: "  {verb}: {rule} {title} (due {due}, {owner})",
        nl: "  {verb}: {rule} {title} (uiterlijk {due}, {owner})",
    }
    WRITE_VERB_DONE { en: "done", nl: "afgerond" }
    WRITE_VERB_WAIVED { en: "waived", nl: "vervallen" }
    WRITE_VERB_MILESTONE { en: "milestone", nl: "mijlpaal" }
    WRITE_VERB_DUE { en: "due", nl: "te doen" }
    WRITE_NOT_COMMITTED {
        en: "wrote {path} but did not commit it: {why}",
        nl: "{path} is geschreven maar niet vastgelegd in git: {why}",
    }

    // Checking what `log` and the others are given.
    LOG_NOT_KEY_VALUE { en: "`{arg}` is not KEY=VALUE", nl: "`{arg}` is geen VELD=WAARDE" }
    LOG_NOT_KEY_VALUE_HINT {
        en: "write fields as destination=work job_found=false",
        nl: "schrijf velden als `destination=work job_found=false`",
    }
    LOG_NO_FIELDS {
        en: "a `{kind}` event has no fields besides --date and --note",
        nl: "een gebeurtenis `{kind}` heeft geen velden naast --date en --note",
    }
    LOG_NOT_A_FIELD {
        en: "`{key}` is not a field of a `{kind}` event",
        nl: "`{key}` is geen veld van een gebeurtenis `{kind}`",
    }
    LOG_FIELD_HINT { en: "{hint}; e.g. {key}={example}", nl: "{hint}; bijvoorbeeld `{key}={example}`" }
    WRITE_UNKNOWN_RULE { en: "unknown rule `{rule}`", nl: "onbekende regel `{rule}`" }
    LOG_UNKNOWN_KIND { en: "unknown event kind `{kind}`", nl: "onbekende soort gebeurtenis `{kind}`" }
    LOG_KIND_DID_YOU_MEAN { en: "did you mean `{kind}`?", nl: "bedoelt u `{kind}`?" }
    LOG_KIND_ONE_OF { en: "expected one of: {kinds}", nl: "kies uit: {kinds}" }
    LOG_USE_COMMAND {
        en: "use `uitstroom {command}` to record a `{kind}` event",
        nl: "gebruik `uitstroom {command}` om een gebeurtenis `{kind}` vast te leggen",
    }
    LOG_FIELD_TWICE { en: "`{key}` is given twice", nl: "`{key}` staat er twee keer" }
    LOG_FIELD_TWICE_HINT { en: "give each field once", nl: "geef elk veld één keer" }
    LOG_NEEDS_FIELD { en: "a `{kind}` event needs `{field}`", nl: "een gebeurtenis `{kind}` heeft `{field}` nodig" }
    LOG_NEEDS_FIELD_HINT { en: "add {field}={example}", nl: "voeg `{field}={example}` toe" }
    LOG_THE_NOTE { en: "the note", nl: "de notitie" }
    WRITE_THE_REASON { en: "the reason", nl: "de reden" }
    DONE_MILESTONE {
        en: "`{rule}` is a milestone: it is information, nothing to complete",
        nl: "`{rule}` is een mijlpaal: ter informatie, er valt niets af te ronden",
    }
    DONE_MILESTONE_HINT {
        en: "`uitstroom show ID` lists the tasks of a case",
        nl: "`uitstroom show ID` toont de taken van een dossier",
    }

    // Why a write was refused after reading the file.
    WRITE_CANNOT_PLACE {
        en: "cannot place an event dated {date} among the events of {path} in date order (its layout is unusual); nothing was written",
        nl: "kan een gebeurtenis van {date} niet op datumvolgorde tussen de gebeurtenissen van {path} zetten (het bestand is ongewoon opgemaakt); er is niets geschreven",
    }
    WRITE_CANNOT_ADD {
        en: "cannot add the event to {path}; nothing was written",
        nl: "kan de gebeurtenis niet aan {path} toevoegen; er is niets geschreven",
    }
    WRITE_NO_OPEN_ACTION {
        en: "{id} has no open `{rule}` action, so nothing was written",
        nl: "{id} heeft geen open actie `{rule}`; er is niets geschreven",
    }
    WRITE_NO_OPEN_ACTION_HINT {
        en: "`uitstroom show {id}` lists its actions",
        nl: "`uitstroom show {id}` toont de acties",
    }
    WRITE_NOT_OPEN_YET {
        en: "an event dated {date} does not apply to `{rule}`, which opens {opens}; nothing was written",
        nl: "een gebeurtenis van {date} telt niet voor `{rule}`, dat pas opent op {opens}; er is niets geschreven",
    }
    WRITE_NOT_OPEN_YET_HINT {
        en: "use --date on or after {opens}, or see `uitstroom why {id} {rule}`",
        nl: "gebruik --date op of na {opens}, of zie `uitstroom why {id} {rule}`",
    }

    // `set`
    SET_BAD_VALUE { en: "`{field}`: {message}", nl: "`{field}`: {message}" }
    SET_BAD_VALUE_HINT {
        en: "{hint}; e.g. uitstroom set ID {field} {example}",
        nl: "{hint}; bijvoorbeeld `uitstroom set ID {field} {example}`",
    }
    SET_CANNOT_SET { en: "`{field}` cannot be set", nl: "`{field}` is niet te wijzigen met `uitstroom set`" }
    SET_ID_HINT {
        en: "the id is the file name and cannot be changed with set",
        nl: "het id is de bestandsnaam en is niet met `uitstroom set` te wijzigen",
    }
    SET_EVENTS_HINT {
        en: "events are added with `uitstroom log`",
        nl: "gebeurtenissen voegt u toe met `uitstroom log`",
    }
    SET_CONTACTS_HINT {
        en: "name the role: contacts.mentor, contacts.jongerenadviseur, contacts.doorstroomcoach, …",
        nl: "noem de rol: contacts.mentor, contacts.jongerenadviseur, contacts.doorstroomcoach, …",
    }
    SET_REQUIRED {
        en: "`{field}` is required and cannot be removed",
        nl: "`{field}` is verplicht en kan niet worden verwijderd",
    }
    SET_REQUIRED_HINT {
        en: "give a new value: e.g. uitstroom set ID {field} {example}",
        nl: "geef een nieuwe waarde, bijvoorbeeld `uitstroom set ID {field} {example}`",
    }
    SET_READING { en: "reading the file for editing", nl: "het bestand lezen om het te wijzigen" }
    SET_REMOVED { en: "removed {field} of {id}", nl: "`{field}` van {id} verwijderd" }
    SET_SET { en: "set {field} of {id} to {value}", nl: "`{field}` van {id} is nu {value}" }
    SET_NOT_A_ROLE { en: "`{role}` is not a contact role", nl: "`{role}` is geen rol van een contactpersoon" }
    SET_ROLE_HINT {
        en: "use letters, digits, `_` and `-`, e.g. contacts.mentor, contacts.jobcoach",
        nl: "gebruik letters, cijfers, `_` en `-`, bijvoorbeeld contacts.mentor, contacts.jobcoach",
    }
    SET_CONTACT_REMOVED { en: "removed contacts.{role} of {id}", nl: "contacts.{role} van {id} verwijderd" }
    SET_CONTACT_ABSENT {
        en: "{id} has no contacts.{role}; nothing changed",
        nl: "{id} heeft geen contacts.{role}; er is niets gewijzigd",
    }
    SET_CONTACT_SET { en: "set contacts.{role} of {id}", nl: "contacts.{role} van {id} ingesteld" }
    SET_CONTACT_SAME {
        en: "contacts.{role} of {id} is that already; nothing changed",
        nl: "contacts.{role} van {id} was dit al; er is niets gewijzigd",
    }
    SET_CONTACTS_NOT_A_TABLE {
        en: "`contacts` in this file is not a table; fix it with `uitstroom edit`",
        nl: "`contacts` is in dit bestand geen tabel; herstel dat met `uitstroom edit`",
    }

    // `new`, and the note on a municipality that `set` and `import` give too.
    NEW_BAD_ID { en: "`{id}` is not a valid case id", nl: "`{id}` is geen geldig dossiernummer" }
    NEW_BAD_ID_HINT {
        en: "use lower-case letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 (e.g. focus-2022-0137)",
        nl: "gebruik kleine letters, cijfers, `.`, `_` en `-`, te beginnen met een letter of cijfer, hooguit 64 tekens (bijvoorbeeld focus-2022-0137)",
    }
    NEW_EMPTY_NAME { en: "the name is empty", nl: "de naam is leeg" }
    NEW_EMPTY_NAME_HINT {
        en: "give the student's name, e.g. --name \"Sem de Vries\"",
        nl: "geef de naam van de leerling, bijvoorbeeld --name \"Sem de Vries\"",
    }
    NEW_EXISTS {
        en: "case `{id}` exists already ({path}); nothing was written",
        nl: "dossier `{id}` bestaat al ({path}); er is niets geschreven",
    }
    NEW_EXISTS_HINT {
        en: "choose another id, or change the case that is there (`uitstroom show {id}`, `uitstroom set`)",
        nl: "kies een ander dossiernummer, of wijzig het dossier dat er al is (`uitstroom show {id}`, `uitstroom set`)",
    }
    NEW_MADE { en: "new case {id} ({path})", nl: "nieuw dossier {id} ({path})" }
    MUNICIPALITY_MERGED {
        en: "{old} is part of {new} since {since}; consider `set ID municipality \"{new}\"`",
        nl: "{old} hoort sinds {since} bij {new}; overweeg `set ID municipality \"{new}\"`",
    }
    MUNICIPALITY_OUTSIDE {
        en: "{municipality} is outside the Route Arbeid region ({region}): only the school's own duties are computed",
        nl: "{municipality} ligt buiten de regio van Route Arbeid ({region}): alleen de eigen taken van de school worden berekend",
    }

    // `edit`
    EDIT_DRAFT_KEPT {
        en: "an interrupted edit left a changed draft; it is kept in {path} for 30 days",
        nl: "een afgebroken bewerking liet een gewijzigd concept achter; het blijft 30 dagen bewaard in {path}",
    }
    EDIT_DRAFT_FOLDER {
        en: "making a folder for the draft in {dir}",
        nl: "een map voor het concept maken in {dir}",
    }
    EDIT_DRAFT_LOCK { en: "making the draft's lock", nl: "het slot van het concept maken" }
    EDIT_DRAFT_LOCKING { en: "locking the draft", nl: "het concept vergrendelen" }
    EDIT_DRAFT_LOCK_WRITE { en: "writing the draft's lock", nl: "het slot van het concept schrijven" }
    EDIT_DRAFT_WRITE { en: "writing the draft", nl: "het concept schrijven" }
    EDIT_STARTING { en: "starting the editor `{editor}`", nl: "de editor `{editor}` starten" }
    EDIT_CANNOT_START { en: "cannot start the editor `{editor}`", nl: "kan de editor `{editor}` niet starten" }
    EDIT_CANNOT_START_HINT {
        en: "set VISUAL or EDITOR to an editor you have, e.g. export EDITOR=nano",
        nl: "zet VISUAL of EDITOR op een editor die u hebt, bijvoorbeeld `export EDITOR=nano`",
    }
    EDIT_EXIT_CODE {
        en: "the editor exited with status {code}; nothing was changed",
        nl: "de editor stopte met afsluitcode {code}; er is niets gewijzigd",
    }
    EDIT_KILLED {
        en: "the editor was stopped by a signal; nothing was changed",
        nl: "de editor is door een signaal gestopt; er is niets gewijzigd",
    }
    EDIT_NO_CHANGES { en: "no changes", nl: "geen wijzigingen" }
    EDIT_CHANGED_MEANWHILE {
        en: "{path} was changed by someone else while you edited it, so your version was not saved",
        nl: "{path} is door iemand anders gewijzigd terwijl u het bewerkte; uw versie is daarom niet opgeslagen",
    }
    EDIT_CHANGED_MEANWHILE_HINT {
        en: "your version is kept in {kept} for 30 days: compare (diff {path} {kept}), then run `uitstroom edit {id}` again",
        nl: "uw versie blijft 30 dagen bewaard in {kept}: vergelijk ze (`diff {path} {kept}`) en voer daarna opnieuw `uitstroom edit {id}` uit",
    }
    EDIT_SAVED { en: "saved {path}", nl: "{path} opgeslagen" }
    EDIT_HAS_ERRORS {
        en: "the edited file has errors; nothing was changed",
        nl: "het bewerkte bestand bevat fouten; er is niets gewijzigd",
    }
    EDIT_AGAIN { en: "edit again? [Y/n] ", nl: "opnieuw bewerken? [J/n] " }
    EDIT_NOTHING_CHANGED { en: "nothing was changed", nl: "er is niets gewijzigd" }
}
