//! The message catalogue: every sentence the tool says, in English and in the Dutch of
//! the people who use it (studieadviesgesprek, warme overdracht, startgesprek, nazorg,
//! Doorstroomcoach, Jongerenadviseur, uitschrijving; te laat / open / binnenkort).
//!
//! Terms, kept the same everywhere: case = dossier, student = leerling, action = actie,
//! rule = regel, event = gebeurtenis, due = uiterlijk, owner = eigenaar, folder = map,
//! settings = instellingen, hint = tip, error = fout, warning = waarschuwing,
//! exit = uitschrijving, aftercare = nazorg, milestone = mijlpaal.

use super::Msg;

macro_rules! messages {
    ($($(#[$meta:meta])* $name:ident { en: $en:expr, nl: $nl:expr $(,)? })*) => {
        $($(#[$meta])* pub const $name: Msg = Msg { id: stringify!($name), en: $en, nl: $nl };)*
        /// Every message, for the catalogue's tests.
        pub static ALL: &[&Msg] = &[$(&$name),*];
    };
}

messages! {
    // Severity words and the hint line of every diagnostic and error.
    ERROR { en: "error", nl: "fout" }
    WARNING { en: "warning", nl: "waarschuwing" }
    NOTE { en: "note", nl: "let op" }
    HINT { en: "hint", nl: "tip" }

    NO_CASE { en: "no case `{id}` in {dir}", nl: "geen dossier `{id}` in {dir}" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::placeholders;

    /// Every message has both languages, with the same placeholders, and a unique name.
    #[test]
    fn every_message_has_both_languages() {
        for (i, m) in ALL.iter().enumerate() {
            assert!(!m.en.trim().is_empty(), "{}: no English", m.id);
            assert!(!m.nl.trim().is_empty(), "{}: no Dutch", m.id);
            assert_eq!(
                placeholders(m.en),
                placeholders(m.nl),
                "{}: placeholders differ",
                m.id
            );
            assert!(!ALL[..i].iter().any(|o| o.id == m.id), "{} twice", m.id);
        }
        assert!(ALL.len() > 1);
    }
}
