//! How a run ends when it fails: the errors of the system (files that cannot be read
//! or written), in the user's words (`error.rs`, `main.rs`, `out.rs`).

messages! {
    CANNOT_READ { en: "cannot read {path}: {reason}", nl: "kan {path} niet lezen: {reason}" }
    CANNOT_WRITE { en: "cannot write {path}: {reason}", nl: "kan {path} niet schrijven: {reason}" }
    CANNOT_CREATE {
        en: "cannot make the folder {path}: {reason}",
        nl: "kan de map {path} niet maken: {reason}",
    }
    CANNOT_LIST {
        en: "cannot read the folder {path}: {reason}",
        nl: "kan de map {path} niet lezen: {reason}",
    }
    CANNOT_LOCK {
        en: "cannot lock the folder through {path}: {reason}",
        nl: "kan de map niet vergrendelen via {path}: {reason}",
    }
    CANNOT_REMOVE { en: "cannot remove {path}: {reason}", nl: "kan {path} niet verwijderen: {reason}" }

    // What an I/O error means: the common kinds in words of our own.
    IO_NOT_FOUND { en: "it does not exist", nl: "het bestaat niet" }
    IO_PERMISSION_DENIED { en: "permission denied", nl: "geen toestemming" }
    IO_ALREADY_EXISTS { en: "it exists already", nl: "het bestaat al" }
    IO_STORAGE_FULL { en: "the disk is full", nl: "de schijf is vol" }
    IO_QUOTA_EXCEEDED { en: "your disk quota is used up", nl: "uw schijfquotum is op" }
    IO_FILE_TOO_LARGE {
        en: "file too large: the file size limit (`ulimit -f`) does not allow it",
        nl: "bestand te groot: de limiet op de bestandsgrootte (`ulimit -f`) staat het niet toe",
    }
    IO_READ_ONLY { en: "the file system is read-only", nl: "het bestandssysteem is alleen-lezen" }
    IO_IS_A_DIRECTORY { en: "it is a folder", nl: "het is een map" }
    IO_NOT_A_DIRECTORY {
        en: "a part of the path is not a folder",
        nl: "een deel van het pad is geen map",
    }
    IO_DIRECTORY_NOT_EMPTY { en: "the folder is not empty", nl: "de map is niet leeg" }
    IO_INVALID_DATA { en: "the data is not valid", nl: "de gegevens zijn ongeldig" }
    IO_WOULD_BLOCK {
        en: "it is not ready to be read (a pipe or a device?)",
        nl: "het is niet klaar om gelezen te worden (een pipe of een apparaat?)",
    }
    IO_INTERRUPTED { en: "it was interrupted", nl: "het werd onderbroken" }
    IO_OTHER { en: "the system says: \"{os}\"", nl: "het systeem meldt: \"{os}\"" }

    // What to do about them.
    HINT_READ_PERMISSION {
        en: "make it readable for you: chmod 600 {path}",
        nl: "maak het leesbaar voor uzelf: chmod 600 {path}",
    }
    HINT_LIST_PERMISSION {
        en: "make the folder readable for you: chmod 700 {path}",
        nl: "maak de map leesbaar voor uzelf: chmod 700 {path}",
    }
    HINT_WRITE_PERMISSION {
        en: "you need write permission on {dir} (ls -ld {dir}; chmod u+w {dir})",
        nl: "u hebt schrijfrechten nodig op {dir} (ls -ld {dir}; chmod u+w {dir})",
    }
    HINT_MAKE_ROOM {
        en: "make room on the disk and run the command again",
        nl: "maak ruimte op de schijf en geef de opdracht opnieuw",
    }
    HINT_ULIMIT {
        en: "raise the limit (ulimit -f unlimited) and run the command again",
        nl: "verhoog de limiet (ulimit -f unlimited) en geef de opdracht opnieuw",
    }
    HINT_READ_ONLY {
        en: "work in a copy of the folder on a writable disk",
        nl: "werk in een kopie van de map op een schijf waarop u kunt schrijven",
    }
    HINT_RUN_AGAIN { en: "run the command again", nl: "geef de opdracht opnieuw" }

    WRITING_OUTPUT {
        en: "writing the output: {reason}",
        nl: "de uitvoer kon niet worden geschreven: {reason}",
    }
    STARTING_THREADS { en: "starting worker threads", nl: "de werkthreads konden niet starten" }
}
