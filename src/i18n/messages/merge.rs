//! The merge driver git runs for case files (`merge.rs`, `commands/merge_file.rs`), and
//! the conflict markers it can leave behind.

messages! {
    SIDE_BASE { en: "the common ancestor", nl: "de gemeenschappelijke voorganger" }
    SIDE_OURS { en: "ours", nl: "onze versie" }
    SIDE_THEIRS { en: "theirs", nl: "hun versie" }
    NOT_A_STUDENT_FILE {
        en: "{side} is not a valid student file",
        nl: "{side} is geen geldig leerlingbestand",
    }
    OTHER_LAYOUT {
        en: "{side} keeps its contacts or events in another layout than [contacts] and [[events]] sections",
        nl: "{side} heeft de contactpersonen of gebeurtenissen in een andere opmaak dan de secties `[contacts]` en `[[events]]`",
    }
    VERSION_NOT_UTF8 { en: "a version is not UTF-8 text", nl: "een versie is geen UTF-8-tekst" }
    LINE_BY_LINE {
        en: "uitstroom: {path}: {why}; git merges it line by line",
        nl: "uitstroom: {path}: {why}; git voegt het regel voor regel samen",
    }
    CONFLICT_LEFT {
        en: "uitstroom: {path}: 1 conflict left between <<<<<<< and >>>>>>>",
        nl: "uitstroom: {path}: 1 conflict over tussen <<<<<<< en >>>>>>>",
    }
    CONFLICTS_LEFT {
        en: "uitstroom: {path}: {n} conflicts left between <<<<<<< and >>>>>>>",
        nl: "uitstroom: {path}: {n} conflicten over tussen <<<<<<< en >>>>>>>",
    }
    HINT_RESOLVE {
        en: "keep one side of each and remove the marker lines, then `git add {path}`",
        nl: "houd van elk conflict één kant aan en verwijder de markeringsregels; daarna `git add {path}`",
    }
    GIT_MERGE_FILE_FAILED { en: "running git merge-file: {why}", nl: "git merge-file: {why}" }
    UNRESOLVED_CONFLICT {
        en: "unresolved merge conflict",
        nl: "onopgelost samenvoegconflict",
    }
    HINT_KEEP_ONE_SIDE {
        en: "keep one side (the lines between <<<<<<< and =======, or between ======= and >>>>>>>) and remove the marker lines",
        nl: "houd één kant aan (de regels tussen <<<<<<< en =======, of tussen ======= en >>>>>>>) en verwijder de markeringsregels",
    }
}
