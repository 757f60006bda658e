//! uitstroom: a case tracker for the route from Praktijkonderwijs, VSO and MBO Entree
//! into work, education or dagbesteding (see SPEC.md and RULES.md).
//!
//! The engine (`dates`, `student`, `settings`, `rules`, `engine`) is pure: it takes a
//! parsed student, the folder settings and "today", and returns actions. Files, git,
//! terminals and formats live at the edges (`folder`, `store`, `git`, `render`,
//! `commands`).

pub mod dates;
pub mod diag;
pub mod engine;
pub(crate) mod read;
pub mod rules;
pub mod settings;
pub mod student;

/// The language of titles and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}
