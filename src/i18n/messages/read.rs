//! Reading a student file, `uitstroom.toml` and the user config: every problem with its
//! place and a hint (`read.rs`, `student.rs`, `fields.rs`, `settings.rs`, `diag.rs`).
//! Field names, event kinds and TOML stay as they are written in the file, in backticks.

messages! {
    // Suggestions.
    DID_YOU_MEAN { en: "did you mean `{name}`?", nl: "bedoelt u `{name}`?" }
    ONE_OF { en: "expected one of: {names}", nl: "kies een van: {names}" }
    /// One name of a list in a message: the Dutch quotes it, so that an English name
    /// (`work`, `none`) reads as the value it is.
    NAME_IN_LIST { en: "{name}", nl: "`{name}`" }

    // Syntax: what the TOML library found, by kind.
    INVALID_TOML {
        en: "invalid TOML: {detail}",
        nl: "ongeldige TOML; de TOML-lezer meldt: \"{detail}\"",
    }
    SYNTAX_EXPECTING { en: "{what}, expected {expected}", nl: "{what} (verwacht: {expected})" }
    SYNTAX_DATE { en: "invalid TOML: not a date", nl: "ongeldige TOML: geen geldige datum" }
    SYNTAX_TIME { en: "invalid TOML: not a valid time", nl: "ongeldige TOML: geen geldige tijd" }
    SYNTAX_DUPLICATE_KEY {
        en: "invalid TOML: duplicate key",
        nl: "ongeldige TOML: dit veld staat er twee keer",
    }
    SYNTAX_NO_VALUE {
        en: "invalid TOML: key with no value",
        nl: "ongeldige TOML: een veld zonder waarde",
    }
    SYNTAX_UNQUOTED {
        en: "invalid TOML: text values must be quoted",
        nl: "ongeldige TOML: tekst hoort tussen aanhalingstekens",
    }
    SYNTAX_BOOLEAN {
        en: "invalid TOML: neither true nor false",
        nl: "ongeldige TOML: geen `true` of `false`",
    }
    SYNTAX_STRING {
        en: "invalid TOML: a string that is not closed",
        nl: "ongeldige TOML: een tekst zonder afsluitend aanhalingsteken",
    }
    SYNTAX_ESCAPE {
        en: "invalid TOML: an unknown escape after a backslash",
        nl: "ongeldige TOML: een onbekende code na een backslash",
    }
    SYNTAX_NUMBER {
        en: "invalid TOML: a number that is not written as one",
        nl: "ongeldige TOML: een getal dat niet goed geschreven is",
    }
    SYNTAX_UNCLOSED {
        en: "invalid TOML: a bracket that is not closed",
        nl: "ongeldige TOML: een haakje dat niet gesloten is",
    }
    SYNTAX_COMMA {
        en: "invalid TOML: a comma too many or too few",
        nl: "ongeldige TOML: een komma te veel of te weinig",
    }
    SYNTAX_EXTRA {
        en: "invalid TOML: more after the value",
        nl: "ongeldige TOML: er staat nog iets na de waarde",
    }
    SYNTAX_TOO_DEEP { en: "invalid TOML: nested too deeply", nl: "ongeldige TOML: te diep genest" }
    SYNTAX_KEY { en: "invalid TOML: not a valid key", nl: "ongeldige TOML: geen geldige veldnaam" }
    SYNTAX_CHARACTER {
        en: "invalid TOML: a character that may not stand here",
        nl: "ongeldige TOML: een teken dat hier niet mag staan",
    }
    SYNTAX_OTHER { en: "invalid TOML", nl: "ongeldige TOML" }
    NOT_A_DATE_RANGE {
        en: "`{written}` is not a date: expected {part} between {low} and {high}",
        nl: "`{written}` is geen bestaande datum: {part} moet tussen {low} en {high} liggen",
    }
    NOT_A_DATE { en: "`{written}` is not a date", nl: "`{written}` is geen geldige datum" }
    PART_YEAR { en: "year", nl: "het jaar" }
    PART_MONTH { en: "month", nl: "de maand" }
    PART_DAY { en: "day", nl: "de dag" }
    PART_HOUR { en: "hour", nl: "het uur" }
    PART_MINUTE { en: "minute", nl: "de minuut" }
    PART_SECOND { en: "second", nl: "de seconde" }
    HINT_EXISTING_DATE {
        en: "write an existing date as YYYY-MM-DD (February has 28 days, 29 in a leap year)",
        nl: "schrijf een bestaande datum als JJJJ-MM-DD (februari heeft 28 dagen, 29 in een schrikkeljaar)",
    }
    HINT_NO_TIME {
        en: "write a date without a time: YYYY-MM-DD",
        nl: "schrijf een datum zonder tijd: JJJJ-MM-DD",
    }
    HINT_DUPLICATE_KEY {
        en: "each key may appear once per table; remove or rename one",
        nl: "elk veld mag één keer per tabel voorkomen; verwijder of hernoem er één",
    }
    HINT_NO_VALUE {
        en: "write a key and its value on one line: name = \"…\"",
        nl: "schrijf een veld en zijn waarde op één regel: `name = \"…\"`",
    }
    HINT_QUOTES {
        en: "put text in double quotes: name = \"…\"",
        nl: "zet tekst tussen dubbele aanhalingstekens: `name = \"…\"`",
    }
    HINT_BOOLEAN {
        en: "write true or false in lower case, or put text in double quotes",
        nl: "schrijf `true` of `false` in kleine letters, of zet tekst tussen dubbele aanhalingstekens",
    }
    HINT_CLOSE_STRING {
        en: "end the text with the quote it begins with",
        nl: "sluit de tekst af met het aanhalingsteken waarmee hij begint",
    }
    HINT_ESCAPE {
        en: "write a backslash as \\\\, or put the text in single quotes",
        nl: "schrijf een backslash als `\\\\`, of zet de tekst tussen enkele aanhalingstekens",
    }
    HINT_NUMBER_FORM {
        en: "write numbers as 24 or 12.5, without spaces or other characters",
        nl: "schrijf getallen als 24 of 12.5, zonder spaties of andere tekens",
    }
    HINT_UNCLOSED {
        en: "close it with the matching ], ]] or }",
        nl: "sluit het met de bijbehorende `]`, `]]` of `}`",
    }
    HINT_COMMA {
        en: "put one comma between every two values",
        nl: "zet precies één komma tussen elke twee waarden",
    }
    HINT_EXTRA {
        en: "one key and its value a line; a comment starts with #",
        nl: "één veld met zijn waarde per regel; een opmerking begint met #",
    }
    HINT_NOT_A_CASE_FILE {
        en: "this is not a case file, or it is damaged: move it out of the folder, or restore it from git",
        nl: "dit is geen dossierbestand, of het is beschadigd: haal het uit de map, of zet het terug uit git",
    }
    HINT_KEY {
        en: "keys are letters, digits, _ and -, such as birth_date",
        nl: "een veldnaam bestaat uit letters, cijfers, `_` en `-`, zoals `birth_date`",
    }
    HINT_CHARACTER { en: "remove the character", nl: "haal het teken weg" }
    HINT_FORMAT {
        en: "see the file format in `man 5 uitstroom`",
        nl: "zie het bestandsformaat in `man 5 uitstroom`",
    }

    // Keys and values.
    UNKNOWN_KEY { en: "unknown key `{name}` {context}", nl: "onbekend veld `{name}` {context}" }
    MISSING_KEY { en: "missing key `{key}`", nl: "het veld `{key}` ontbreekt" }
    HINT_ADD { en: "add {key} = {example}", nl: "voeg `{key} = {example}` toe" }
    MUST_BE { en: "`{key}` must be {want}, not {got}", nl: "`{key}` moet {want} zijn, geen {got}" }
    WANT_STRING { en: "a string", nl: "tekst" }
    WANT_DATE { en: "a date", nl: "een datum" }
    WANT_BOOL { en: "true or false", nl: "`true` of `false`" }
    WANT_WHOLE_NUMBER { en: "a whole number", nl: "een geheel getal" }
    WANT_NUMBER { en: "a number from 0 to {max}", nl: "een getal van 0 tot en met {max}" }
    WANT_TABLE { en: "a table", nl: "een tabel" }
    TYPE_STRING { en: "a string", nl: "tekst" }
    TYPE_INTEGER { en: "an integer", nl: "geheel getal" }
    TYPE_FLOAT { en: "a float", nl: "kommagetal" }
    TYPE_BOOLEAN { en: "a boolean", nl: "ja/nee-waarde" }
    TYPE_DATETIME { en: "a datetime", nl: "datum" }
    TYPE_ARRAY { en: "an array", nl: "lijst" }
    TYPE_TABLE { en: "a table", nl: "tabel" }
    HINT_WRITE_AS { en: "write it as {key} = {example}", nl: "schrijf het als `{key} = {example}`" }
    HINT_DATE_WITHOUT_QUOTES {
        en: "write the date without quotes: {key} = {example}",
        nl: "schrijf de datum zonder aanhalingstekens: `{key} = {example}`",
    }
    HINT_SECTION { en: "write it as a [{key}] section", nl: "schrijf het als een sectie `[{key}]`" }
    CONTAINS { en: "`{key}` contains {what}", nl: "`{key}` bevat {what}" }
    LINE_BREAK { en: "a line break", nl: "een regeleinde" }
    CONTROL_CHARACTER { en: "a control character ({code})", nl: "een stuurteken ({code})" }
    HINT_ONE_LINE {
        en: "names, places and roles are one line of plain text: remove it",
        nl: "namen, plaatsen en rollen zijn één regel gewone tekst: haal het weg",
    }
    HINT_NOTE_TEXT {
        en: "notes are plain text (line breaks and tabs are fine): remove it",
        nl: "notities zijn gewone tekst (regeleinden en tabs mogen): haal het weg",
    }
    KEY_SAYS { en: "`{key}` {why}", nl: "`{key}` {why}" }
    HINT_CHECK_YEAR { en: "check the year", nl: "controleer het jaar" }
    DATE_WITHOUT_TIME {
        en: "`{key}` must be a date without a time",
        nl: "`{key}` moet een datum zonder tijd zijn",
    }
    OUT_OF_RANGE {
        en: "`{key}` is {n}; it must be from {low} to {high}",
        nl: "`{key}` is {n}, maar moet van {low} tot en met {high} zijn",
    }
    HINT_WHOLE_NUMBER {
        en: "write a whole number from {low} to {high}",
        nl: "schrijf een geheel getal van {low} tot en met {high}",
    }
    HINT_NUMBER { en: "write a number from 0 to {max}", nl: "schrijf een getal van 0 tot en met {max}" }
    NOT_ONE_OF { en: "unknown {what} `{value}`", nl: "`{value}` is geen {what}" }
    WHAT_RULE { en: "rule", nl: "regel" }

    // The student file.
    IN_STUDENT_FILE { en: "in a student file", nl: "in een leerlingbestand" }
    IN_AN_EVENT { en: "in an event", nl: "in een gebeurtenis" }
    SCHEMA_NEWER {
        en: "schema {n} is newer than this uitstroom reads (schema {known})",
        nl: "schema {n} is nieuwer dan deze versie van uitstroom kan lezen (schema {known})",
    }
    HINT_UPGRADE {
        en: "upgrade uitstroom to read this file",
        nl: "werk uitstroom bij om dit bestand te kunnen lezen",
    }
    SCHEMA_UNKNOWN { en: "unknown schema {n}", nl: "onbekend schema {n}" }
    HINT_SCHEMA { en: "write schema = 1", nl: "schrijf `schema = 1`" }
    INVALID_ID { en: "`{id}` is not a valid id", nl: "`{id}` is geen geldig dossiernummer" }
    HINT_ID {
        en: "use lower-case letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64",
        nl: "gebruik kleine letters, cijfers, `.`, `_` en `-`, met een letter of cijfer vooraan, hoogstens 64 tekens",
    }
    ROLE_CONTAINS { en: "a contact role contains {what}", nl: "een rol bij de contactpersonen bevat {what}" }
    HINT_ROLE {
        en: "roles are plain words such as mentor: remove it",
        nl: "een rol is een gewoon woord, zoals mentor: haal het teken weg",
    }
    EVENTS_NOT_A_LIST {
        en: "`events` must be a list of [[events]] tables",
        nl: "`events` moet een lijst van `[[events]]`-tabellen zijn",
    }
    HINT_EVENT_SECTION {
        en: "write each event as an [[events]] section",
        nl: "schrijf elke gebeurtenis als een sectie `[[events]]`",
    }
    EVENT_NOT_A_TABLE { en: "an event must be a table", nl: "een gebeurtenis moet een tabel zijn" }
    NOT_A_FIELD_OF {
        en: "`{name}` is not a field of a `{kind}` event",
        nl: "`{name}` is geen veld van een gebeurtenis `{kind}`",
    }
    EVENT_HAS_ONLY {
        en: "a `{kind}` event has only date, kind and note",
        nl: "een gebeurtenis `{kind}` heeft alleen `date`, `kind` en `note`",
    }
    EVENT_HAS { en: "a `{kind}` event has: {fields}", nl: "een gebeurtenis `{kind}` heeft: {fields}" }
    EVENT_NEEDS {
        en: "a `{kind}` event needs `{field}`",
        nl: "een gebeurtenis `{kind}` heeft `{field}` nodig",
    }

    // uitstroom.toml.
    IN_SETTINGS { en: "in uitstroom.toml", nl: "in uitstroom.toml" }
    IN_SECTION { en: "in [{section}]", nl: "in `[{section}]`" }
    MUNICIPALITIES_NOT_A_LIST {
        en: "`region.municipalities` must be a list of names",
        nl: "`region.municipalities` moet een lijst van namen zijn",
    }
    HINT_MUNICIPALITIES {
        en: "write it as municipalities = [\"Alkmaar\", \"Heiloo\"]",
        nl: "schrijf het als `municipalities = [\"Alkmaar\", \"Heiloo\"]`",
    }
    NOT_A_DAY_OF_YEAR {
        en: "`calendar.{key}` must be a day of the year as \"MM-DD\"",
        nl: "`calendar.{key}` moet een dag van het jaar zijn, als \"MM-DD\"",
    }

    // A value typed on the command line (`log KEY=VALUE`, `set FIELD VALUE`).
    IT_CONTAINS { en: "it contains {what}", nl: "het bevat {what}" }
    ARG_NOT_A_DATE { en: "`{value}` is not a date", nl: "`{value}` is geen datum" }
    ARG_NOT_BOOL { en: "`{value}` is not true or false", nl: "`{value}` is geen `true` of `false`" }
    ARG_MORE_THAN { en: "{value} is more than {max}", nl: "{value} is meer dan {max}" }
    ARG_NOT_A_NUMBER { en: "`{value}` is not a number", nl: "`{value}` is geen getal" }
    ARG_OUT_OF_RANGE { en: "{n} is out of range", nl: "{n} valt buiten het bereik" }
    ARG_NOT_WHOLE { en: "`{value}` is not a whole number", nl: "`{value}` is geen geheel getal" }
    TAKES_TEXT { en: "one line of text", nl: "één regel tekst" }
    TAKES_NOTE { en: "text (line breaks are fine)", nl: "tekst (regeleinden mogen)" }
    TAKES_DATE { en: "a date (YYYY-MM-DD)", nl: "een datum (JJJJ-MM-DD)" }
    TAKES_BOOL { en: "true or false", nl: "`true` of `false`" }
    TAKES_NUMBER { en: "a number from 0 to {max}", nl: "een getal van 0 tot en met {max}" }
    TAKES_INT { en: "a whole number from {min} to {max}", nl: "een geheel getal van {min} tot en met {max}" }
    TAKES_CHOICE { en: "one of {names}", nl: "een van {names}" }
    TAKES_RULE { en: "a rule id", nl: "een regel-id" }
    TAKES_RULE_LISTED {
        en: "a rule id (`man uitstroom-rules` lists them)",
        nl: "een regel-id (`man uitstroom-rules` noemt ze allemaal)",
    }
    FIELD_TAKES { en: "{field} is {allowed}", nl: "`{field}` is {allowed}" }
    MEAN_AND_FIELD_TAKES {
        en: "did you mean `{name}`? {field} is {allowed}",
        nl: "bedoelt u `{name}`? `{field}` is {allowed}",
    }
}
