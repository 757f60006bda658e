//! The message catalogue: every sentence the tool says, in English and in the Dutch of
//! the people who use it (studieadviesgesprek, warme overdracht, startgesprek, nazorg,
//! Doorstroomcoach, Jongerenadviseur, uitschrijving; te laat / open / binnenkort).
//!
//! Terms, kept the same everywhere: case = dossier, student = leerling, action = actie,
//! rule = regel, event = gebeurtenis, due = uiterlijk, owner = eigenaar, folder = map,
//! settings = instellingen, hint = tip, error = fout, warning = waarschuwing,
//! exit = uitschrijving, aftercare = nazorg, milestone = mijlpaal.

use super::Msg;

/// Declares messages: `NAME { en: "…", nl: "…" }`, and `ALL`, the chapter's list.
macro_rules! messages {
    ($($(#[$meta:meta])* $name:ident { en: $en:expr, nl: $nl:expr $(,)? })*) => {
        $($(#[$meta])* pub const $name: $crate::i18n::Msg =
            $crate::i18n::Msg { id: stringify!($name), en: $en, nl: $nl };)*
        /// Every message of this chapter, for the catalogue's tests.
        pub static ALL: &[&$crate::i18n::Msg] = &[$(&$name),*];
    };
}

mod common;
pub use common::*;
pub mod args;
pub mod errors;
pub mod folder;
pub mod git;
pub mod merge;
pub mod read;
pub mod report;
pub mod store;

pub mod admin;
pub mod caseload;
pub mod check;
pub mod config;
pub mod due;
pub mod months;
pub mod show;
pub mod sync;
pub mod why;
pub mod write;

/// The chapters of the catalogue.
pub static CHAPTERS: &[&[&Msg]] = &[
    common::ALL,
    args::ALL,
    errors::ALL,
    folder::ALL,
    git::ALL,
    merge::ALL,
    read::ALL,
    report::ALL,
    store::ALL,
    admin::ALL,
    caseload::ALL,
    sync::ALL,
    write::ALL,
    check::ALL,
    config::ALL,
    due::ALL,
    months::ALL,
    show::ALL,
    why::ALL,
];

/// Every message of the catalogue.
pub fn all() -> impl Iterator<Item = &'static Msg> {
    CHAPTERS.iter().flat_map(|c| c.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::placeholders;

    /// Every message has both languages, with the same placeholders, and a unique name.
    #[test]
    fn every_message_has_both_languages() {
        let all: Vec<&Msg> = all().collect();
        for (i, m) in all.iter().enumerate() {
            assert!(!m.en.trim().is_empty(), "{}: no English", m.id);
            assert!(!m.nl.trim().is_empty(), "{}: no Dutch", m.id);
            assert_eq!(
                placeholders(m.en),
                placeholders(m.nl),
                "{}: placeholders differ",
                m.id
            );
            assert!(!all[..i].iter().any(|o| o.id == m.id), "{} twice", m.id);
        }
        assert!(all.len() > 1);
    }
}
