//! Finding the case folder and the user config (`folder.rs`).

messages! {
    SOURCE_ANCESTOR {
        en: "the nearest folder above the working directory with uitstroom.toml",
        nl: "de dichtstbijzijnde bovenliggende map met uitstroom.toml",
    }
    SOURCE_USER_CONFIG { en: "`dir` in {path}", nl: "`dir` in {path}" }
    INVALID_CASE_ID { en: "`{id}` is not a valid case id", nl: "`{id}` is geen geldig dossiernummer" }
    HINT_CASE_ID {
        en: "ids are lower-case letters, digits, `.`, `_` and `-`",
        nl: "een dossiernummer bestaat uit kleine letters, cijfers, `.`, `_` en `-`",
    }
    HINT_LIST_OR_NEW {
        en: "`uitstroom list` shows the cases; `uitstroom new` makes one",
        nl: "`uitstroom list` toont de dossiers; `uitstroom new` maakt er een",
    }
    LANG_VALUE { en: "`lang` must be \"nl\" or \"en\"", nl: "`lang` moet \"nl\" of \"en\" zijn" }
    UNKNOWN_USER_KEY {
        en: "unknown key `{key}` in the user config; it is ignored",
        nl: "onbekend veld `{key}` in de gebruikersconfiguratie; het wordt genegeerd",
    }
    NOT_A_CASE_FOLDER {
        en: "{dir} is not a case folder (no {file}), given by {source}",
        nl: "{dir} is geen dossiermap (er is geen {file}), aangewezen door {source}",
    }
    HINT_INIT_DIR { en: "make one with `uitstroom init {dir}`", nl: "maak er een met `uitstroom init {dir}`" }
    NO_FOLDER {
        en: "no case folder here (no uitstroom.toml in this folder or above it)",
        nl: "hier is geen dossiermap (geen uitstroom.toml in deze map of erboven)",
    }
    HINT_NO_FOLDER {
        en: "make one with `uitstroom init DIR`, or point to one with --dir DIR or UITSTROOM_DIR",
        nl: "maak er een met `uitstroom init MAP`, of wijs er een aan met `--dir MAP` of UITSTROOM_DIR",
    }
    WORKING_DIRECTORY {
        en: "reading the working directory",
        nl: "kan de huidige map niet lezen",
    }
}
