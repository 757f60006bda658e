//! `config`: which folder, settings, user config and language are in force, and where
//! each came from. Setting names stay as they are written in the files.

messages! {
    CONFIG_USER { en: "user config: {path}", nl: "gebruikersconfiguratie: {path}" }
    CONFIG_USER_ABSENT { en: "user config: {path} (not present)", nl: "gebruikersconfiguratie: {path} (bestaat niet)" }
    CONFIG_USER_NONE {
        en: "user config: none (no home directory)",
        nl: "gebruikersconfiguratie: geen (er is geen thuismap)",
    }
    CONFIG_FOLDER { en: "folder: {folder} (from {source})", nl: "map: {folder} (via {source})" }
    CONFIG_SETTINGS { en: "settings: {path}", nl: "instellingen: {path}" }
    CONFIG_REGION { en: "region {region}: {municipalities}", nl: "regio {region}: {municipalities}" }
    CONFIG_CALENDAR { en: "calendar: {settings}", nl: "kalender: {settings}" }
    CONFIG_TERMS { en: "terms: {settings}", nl: "termijnen: {settings}" }
    CONFIG_PRIVACY { en: "privacy: {settings}", nl: "privacy: {settings}" }
    CONFIG_GIT { en: "git: {settings} ({place})", nl: "git: {settings} ({place})" }
    CONFIG_GIT_WORK_TREE { en: "a git work tree", nl: "een git-werkmap" }
    CONFIG_NOT_IN_GIT { en: "not in git", nl: "niet in git" }
    CONFIG_LANGUAGE { en: "language: {lang} (from {source})", nl: "taal: {lang} (via {source})" }
    CONFIG_LANG_LOCALE { en: "the locale, {var}", nl: "de locale, {var}" }
    CONFIG_LANG_USER_CONFIG { en: "`lang` in the user config", nl: "`lang` in de gebruikersconfiguratie" }
    CONFIG_LANG_DEFAULT {
        en: "the default: no --lang, UITSTROOM_LANG, Dutch or English locale, or user config",
        nl: "standaard: geen --lang, UITSTROOM_LANG, Nederlandse of Engelse locale of gebruikersconfiguratie",
    }
    CONFIG_TODAY { en: "today: {date}", nl: "vandaag: {date}" }
    CONFIG_TODAY_GIVEN { en: "today: {date} (given)", nl: "vandaag: {date} (opgegeven)" }
}
