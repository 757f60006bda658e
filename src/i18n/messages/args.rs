//! Values typed on the command line: dates, periods, delimiters (`cli.rs`, `dates.rs`),
//! and the checks every command shares (`commands/mod.rs`). clap puts these after its
//! own "invalid value '…' for '--date <DATE>': ".

messages! {
    OUTSIDE_YEARS {
        en: "{date} is outside the years {first} to {last}",
        nl: "{date} ligt buiten de jaren {first} tot en met {last}",
    }
    DATE_IMPLAUSIBLE { en: "`{value}`: {why}; check the year", nl: "`{value}`: {why}; controleer het jaar" }
    DATE_INVALID {
        en: "`{value}` is not a date; write it as YYYY-MM-DD, e.g. 2026-07-10",
        nl: "`{value}` is geen datum; schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-10",
    }
    DELIMITER_QUOTE {
        en: "`\"` quotes fields in CSV and cannot separate them; use ; , or a tab",
        nl: "`\"` zet velden in CSV tussen aanhalingstekens en kan ze niet scheiden; gebruik ; , of een tab",
    }
    DELIMITER_CONTROL {
        en: "{character} cannot separate CSV fields (it ends lines or cannot be seen); use ; , or a tab",
        nl: "{character} kan geen CSV-velden scheiden (het beëindigt regels of is onzichtbaar); gebruik ; , of een tab",
    }
    DELIMITER_LENGTH {
        en: "`{value}` is not one character; use ; , or a tab",
        nl: "`{value}` is niet één teken; gebruik ; , of een tab",
    }
    PERIOD_INVALID {
        en: "`{value}` is not a period; write e.g. 30d, 2w or 1m",
        nl: "`{value}` is geen periode; schrijf bijvoorbeeld 30d (dagen), 2w (weken) of 1m (maanden)",
    }
    PERIOD_TOO_LONG {
        en: "`{value}` is too long a period: at most 100 years ({days}d, {weeks}w or {months}m); --all lists everything open",
        nl: "`{value}` is een te lange periode: hoogstens 100 jaar ({days}d, {weeks}w of {months}m); --all toont alles wat open staat",
    }
    JOBS_ZERO { en: "--jobs must be 1 or more", nl: "--jobs moet 1 of meer zijn" }
    HINT_JOBS {
        en: "leave --jobs out to use every core, or give a number such as --jobs 2",
        nl: "laat --jobs weg om alle kernen te gebruiken, of geef een aantal, bijvoorbeeld --jobs 2",
    }
    ARG_CONTAINS { en: "{what} contains {found}", nl: "{what} bevat {found}" }
    HINT_ARG_ONE_LINE {
        en: "{what} is one line of plain text: leave the character out",
        nl: "{what} is één regel gewone tekst: laat het teken weg",
    }
    HINT_ARG_LINES {
        en: "{what} is plain text (line breaks are fine): leave the character out",
        nl: "{what} is gewone tekst (regeleinden mogen): laat het teken weg",
    }
    COMPLETION_SCRIPT {
        en: "writing the completion script",
        nl: "het aanvulscript kon niet worden geschreven",
    }
    /// The completion of a case id that is archived.
    ARCHIVED { en: "archived", nl: "gearchiveerd" }
}
