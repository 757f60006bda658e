//! Looking after the folder: `init`, `archive`, `retention`, `history` and `undo`.
//! Commands stay as they are typed; commit messages stay English (a log format).

messages! {
    // Counted things.
    ADMIN_CASES_ONE { en: "1 case", nl: "1 dossier" }
    ADMIN_CASES_MANY { en: "{n} cases", nl: "{n} dossiers" }

    // `init`
    INIT_ALREADY { en: "{dir} is a case folder already", nl: "{dir} is al een dossiermap" }
    INIT_ALREADY_HINT { en: "its settings are in {path}", nl: "de instellingen staan in {path}" }
    INIT_MADE { en: "made a case folder in {dir}", nl: "dossiermap gemaakt in {dir}" }
    INIT_GIT_FAILED { en: "git init in {dir}: {why}", nl: "git init in {dir} is mislukt: {why}" }
    INIT_GIT_MADE { en: "made it a git repository", nl: "de map is nu een git-repository" }
    INIT_NOT_COMMITTED {
        en: "made the folder but did not commit it: {why}",
        nl: "de map is gemaakt maar niet vastgelegd in git: {why}",
    }
    INIT_COMMITTED {
        en: "committed uitstroom.toml, .gitignore and .gitattributes",
        nl: "uitstroom.toml, .gitignore en .gitattributes vastgelegd in git",
    }
    INIT_NEXT {
        en: "  next: uitstroom --dir {dir} new ID --name … --birth-date … --track pro|vso|entree --enrolled …",
        nl: "  volgende stap: `uitstroom --dir {dir} new ID --name … --birth-date … --track pro|vso|entree --enrolled …`",
    }

    // `archive`
    ARCHIVE_ALREADY { en: "case `{id}` is archived already", nl: "dossier `{id}` is al gearchiveerd" }
    ARCHIVE_ALREADY_HINT {
        en: "`uitstroom show {id}` still shows it",
        nl: "`uitstroom show {id}` toont het nog steeds",
    }
    ARCHIVE_NOT_ENDED {
        en: "case `{id}` is in phase {phase} and stays in students/; only ended cases are archived (aftercare and monitoring over)",
        nl: "dossier `{id}` is in de fase {phase} en blijft in students/; alleen afgesloten dossiers worden gearchiveerd (nazorg en monitoring voorbij)",
    }
    ARCHIVE_NOT_ENDED_HINT {
        en: "`uitstroom show {id}` shows its phase and what is still open",
        nl: "`uitstroom show {id}` toont de fase en wat er nog openstaat",
    }
    ARCHIVE_NONE { en: "no ended cases to archive", nl: "geen afgesloten dossiers om te archiveren" }
    ARCHIVE_TARGET_EXISTS {
        en: "{to} exists already; {from} was not moved",
        nl: "{to} bestaat al; {from} is niet verplaatst",
    }
    ARCHIVE_TARGET_EXISTS_HINT {
        en: "compare the two (diff {from} {to}) and remove the one that is out of date",
        nl: "vergelijk de twee (`diff {from} {to}`) en verwijder het verouderde bestand",
    }
    ARCHIVE_MOVING { en: "moving {from} to {to}", nl: "{from} verplaatsen naar {to}" }
    ARCHIVE_DONE { en: "archived {id}", nl: "{id} gearchiveerd" }
    ARCHIVE_NOT_COMMITTED {
        en: "moved the files but did not commit: {why}",
        nl: "de bestanden zijn verplaatst maar niet vastgelegd in git: {why}",
    }

    // `retention`
    RETENTION_NONE {
        en: "no archived case has a last event more than {years} years old",
        nl: "geen gearchiveerd dossier heeft een laatste gebeurtenis van meer dan {years} jaar geleden",
    }
    RETENTION_FOUND_ONE {
        en: "1 archived case with a last event more than {years} years old:",
        nl: "1 gearchiveerd dossier met een laatste gebeurtenis van meer dan {years} jaar geleden:",
    }
    RETENTION_FOUND_MANY {
        en: "{n} archived cases with a last event more than {years} years old:",
        nl: "{n} gearchiveerde dossiers met een laatste gebeurtenis van meer dan {years} jaar geleden:",
    }
    RETENTION_HEAD_ID { en: "ID", nl: "ID" }
    RETENTION_HEAD_LAST { en: "LAST EVENT", nl: "LAATSTE GEBEURTENIS" }
    RETENTION_HEAD_SINCE { en: "ARCHIVED SINCE", nl: "GEARCHIVEERD SINDS" }
    RETENTION_NO_EVENT { en: "none (enrolled {date})", nl: "geen (ingeschreven {date})" }
    RETENTION_SINCE_UNKNOWN { en: "unknown", nl: "onbekend" }
    RETENTION_SINCE_GIT { en: "{date} (git)", nl: "{date} (git)" }
    RETENTION_SINCE_FILE { en: "{date} (file time)", nl: "{date} (bestandstijd)" }
    RETENTION_NO_TERMINAL {
        en: "nothing was deleted: there is no terminal to ask on",
        nl: "er is niets verwijderd: er is geen terminal om de vraag te stellen",
    }
    RETENTION_NO_TERMINAL_HINT {
        en: "add --yes to delete them without asking",
        nl: "voeg --yes toe om ze zonder te vragen te verwijderen",
    }
    RETENTION_ASK_ONE { en: "delete this case? [y/N] ", nl: "dit dossier verwijderen? [j/N] " }
    RETENTION_ASK_MANY { en: "delete these {n} cases? [y/N] ", nl: "deze {n} dossiers verwijderen? [j/N] " }
    RETENTION_NOTHING_DELETED { en: "nothing was deleted", nl: "er is niets verwijderd" }
    RETENTION_DELETING { en: "deleting {path}", nl: "{path} verwijderen" }
    RETENTION_DELETED { en: "deleted {cases}", nl: "{cases} verwijderd" }
    RETENTION_NOT_COMMITTED {
        en: "deleted the files but did not commit it: {why}",
        nl: "de bestanden zijn verwijderd maar dat is niet vastgelegd in git: {why}",
    }
    RETENTION_STILL_IN_GIT {
        en: "git's history still holds them (and other clones do until they sync); erasing them from it takes a history rewrite (e.g. git filter-repo) on the remote and every clone",
        nl: "de geschiedenis van git bevat ze nog (en andere klonen tot zij synchroniseren); ze daaruit wissen vraagt om het herschrijven van die geschiedenis (bijvoorbeeld met `git filter-repo`) op de gedeelde repository en in elke kloon",
    }

    // `history` and `undo`
    HISTORY_RUNNING_GIT { en: "running git", nl: "git uitvoeren" }
    HISTORY_GIT_FAILED { en: "git {args}: {why}", nl: "git {args} is mislukt: {why}" }
    HISTORY_NOT_IN_GIT {
        en: "this case folder is not in git, so it has no history",
        nl: "deze dossiermap staat niet in git en heeft dus geen geschiedenis",
    }
    HISTORY_NOT_IN_GIT_HINT {
        en: "`git init` in the folder; from then on every change is a commit",
        nl: "voer `git init` uit in de map; vanaf dan wordt elke wijziging in git vastgelegd",
    }
    HISTORY_NO_COMMITS { en: "no commits of {path} yet", nl: "{path} heeft nog geen geschiedenis in git" }
    UNDO_DIRTY {
        en: "the work tree has uncommitted changes; commit or stash them first",
        nl: "de map heeft wijzigingen die niet in git zijn vastgelegd; leg ze eerst vast (`git commit`) of zet ze opzij (`git stash`)",
    }
    UNDO_NOTHING {
        en: "nothing to undo: no change of this tool in the recent history",
        nl: "niets om ongedaan te maken: geen wijziging van uitstroom in de recente geschiedenis",
    }
    UNDO_CONFLICT {
        en: "`{subject}` cannot be undone cleanly (later changes touch the same lines): {why}",
        nl: "`{subject}` kan niet zonder conflict ongedaan worden gemaakt (latere wijzigingen raken dezelfde regels): {why}",
    }
    UNDO_DONE { en: "undid: {what}", nl: "ongedaan gemaakt: `{what}`" }
    UNDO_NOTHING_OF_YOURS {
        en: "nothing of yours to undo in the recent history; later changes by others: {count} (see `git log`)",
        nl: "niets van u om ongedaan te maken in de recente geschiedenis; latere wijzigingen van anderen: {count} (zie `git log`)",
    }
    UNDO_PASSED_OVER {
        en: "later changes by others, left as they are: {count}",
        nl: "latere wijzigingen van anderen, ongemoeid gelaten: {count}",
    }
}
