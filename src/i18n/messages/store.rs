//! Listing, reading and writing the case files (`store.rs`).

messages! {
    // Names in students/ and archive/ that are not read.
    NAME_NOT_UTF8 {
        en: "the file name is not UTF-8 text, so the file was not read",
        nl: "de bestandsnaam is geen UTF-8-tekst, dus het bestand is niet gelezen",
    }
    HINT_RENAME_TO_ID {
        en: "rename it to the case id: ID.toml, with lower-case letters, digits, `.`, `_` and `-`",
        nl: "geef het de naam van het dossiernummer: DOSSIERNUMMER.toml, met kleine letters, cijfers, `.`, `_` en `-`",
    }
    HIDDEN_FILE {
        en: "`{name}` is a hidden file, so it is not read",
        nl: "`{name}` is een verborgen bestand en wordt dus niet gelezen",
    }
    NOT_LOWER_TOML {
        en: "`{name}` is not read: case files end in `.toml`, in lower case",
        nl: "`{name}` wordt niet gelezen: dossierbestanden eindigen op `.toml`, in kleine letters",
    }
    HINT_RENAME {
        en: "if it is a case, rename it: mv {from} {to}",
        nl: "is het een dossier, hernoem het dan: mv {from} {to}",
    }
    SUBFOLDER {
        en: "`{name}/` is a folder: the files in it are not read",
        nl: "`{name}/` is een map: de bestanden erin worden niet gelezen",
    }
    HINT_SUBFOLDER {
        en: "case files live directly in {dir}/; move them there, or the folder out",
        nl: "dossierbestanden staan direct in {dir}/; zet ze daar, of haal de map weg",
    }

    // A file that is not read.
    SYMLINK {
        en: "is a symbolic link (to {target}); uitstroom reads only regular files, so it was not read",
        nl: "is een symbolische koppeling (naar {target}); uitstroom leest alleen gewone bestanden, dus het is niet gelezen",
    }
    HINT_SYMLINK {
        en: "put the file itself in its place, or remove the link (rm {path})",
        nl: "zet het bestand zelf op die plaats, of verwijder de koppeling (rm {path})",
    }
    FOLDER_SYMLINK {
        en: "is a symbolic link (to {target}); uitstroom reads and writes only the case folder's own folders, so nothing was read",
        nl: "is een symbolische koppeling (naar {target}); uitstroom leest en schrijft alleen in de eigen mappen van de dossiermap, dus er is niets gelezen",
    }
    HINT_FOLDER_SYMLINK {
        en: "put the folder itself in its place: rm {path} && mv {target} {path}",
        nl: "zet de map zelf op die plaats: rm {path} && mv {target} {path}",
    }
    CANNOT_READ_FILE { en: "cannot read the file: {reason}", nl: "kan het bestand niet lezen: {reason}" }
    NOT_REGULAR {
        en: "is {what}, not a file; uitstroom reads only regular files, so it was not read",
        nl: "is {what}, geen bestand; uitstroom leest alleen gewone bestanden, dus het is niet gelezen",
    }
    KIND_FOLDER { en: "a folder", nl: "een map" }
    KIND_FIFO { en: "a FIFO (named pipe)", nl: "een FIFO (named pipe)" }
    KIND_SOCKET { en: "a socket", nl: "een socket" }
    KIND_DEVICE { en: "a device", nl: "een apparaat" }
    KIND_OTHER { en: "something else", nl: "iets anders" }
    HINT_FOLDER_OUT {
        en: "a case is one file, ID.toml; move the folder out of {dir}",
        nl: "een dossier is één bestand, DOSSIERNUMMER.toml; haal de map uit {dir}",
    }
    HINT_REMOVE { en: "remove it (rm {path})", nl: "verwijder het (rm {path})" }
    TOO_LARGE {
        en: "the file is {len} bytes, more than a student file can be ({max} MiB), so it was not read",
        nl: "het bestand is {len} bytes, groter dan een leerlingbestand kan zijn ({max} MiB), dus het is niet gelezen",
    }
    HINT_DAMAGED {
        en: "this is not a case file, or it is damaged: move it out of the folder, or restore it (git checkout -- {path})",
        nl: "dit is geen dossierbestand, of het is beschadigd: haal het uit de map, of zet het terug (git checkout -- {path})",
    }
    NOT_UTF8 { en: "the file is not UTF-8 text", nl: "het bestand is geen UTF-8-tekst" }
    HINT_SAVE_UTF8 {
        en: "save it as UTF-8 (in most editors: Save As, encoding UTF-8)",
        nl: "sla het op als UTF-8 (in de meeste editors: Opslaan als, codering UTF-8)",
    }
    NUL_BYTE {
        en: "the file contains a NUL byte: it is not a text file",
        nl: "het bestand bevat een NUL-byte: het is geen tekstbestand",
    }

    // Writing.
    WRITE_FAILED {
        en: "cannot write {path}: {reason}; nothing was changed",
        nl: "kan {path} niet schrijven: {reason}; er is niets veranderd",
    }
    NOT_A_REGULAR_FILE {
        en: "{path} is not a regular file (a link or a folder); nothing was written",
        nl: "{path} is geen gewoon bestand (maar een koppeling of een map); er is niets geschreven",
    }
    HINT_NOT_A_REGULAR_FILE {
        en: "put the case file itself in its place",
        nl: "zet het dossierbestand zelf op die plaats",
    }
    EXISTS { en: "{path} exists already", nl: "{path} bestaat al" }
    HINT_EXISTS {
        en: "choose another id, or change the case that is there (`uitstroom show`, `uitstroom set`)",
        nl: "kies een ander dossiernummer, of wijzig het dossier dat er al is (`uitstroom show`, `uitstroom set`)",
    }
    HAS_ERRORS {
        en: "{path} has errors; fix them first (`uitstroom check` lists them)",
        nl: "{path} bevat fouten; herstel die eerst (`uitstroom check` noemt ze)",
    }
    WOULD_BREAK {
        en: "the change would make {path} invalid, so nothing was written: {problems}",
        nl: "de wijziging zou {path} ongeldig maken, dus er is niets geschreven: {problems}",
    }
    PROBLEM_WITH_HINT { en: "{problem} ({hint})", nl: "{problem} ({hint})" }
}
