//! End-to-end tests: the real binary on temporary case folders (one test binary, as
//! ripgrep and just have it).
#![allow(clippy::unwrap_used)]

mod harness;

mod check;
mod due;
mod example;
mod folder;
mod git;
mod linear;
mod list;
mod man;
mod write;
