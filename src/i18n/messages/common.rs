//! Words and messages every command uses.

messages! {
    // Severity words and the hint line of every diagnostic and error.
    ERROR { en: "error", nl: "fout" }
    WARNING { en: "warning", nl: "waarschuwing" }
    NOTE { en: "note", nl: "let op" }
    HINT { en: "hint", nl: "tip" }

    NO_CASE { en: "no case `{id}` in {dir}", nl: "geen dossier `{id}` in {dir}" }
}
