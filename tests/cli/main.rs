//! End-to-end tests: the real binary on temporary case folders (one test binary, as
//! ripgrep and just have it).
#![allow(clippy::unwrap_used)]

mod harness;

mod calendar;
mod caseload;
mod check;
mod complete;
mod conflict;
mod contracts;
mod due;
mod dutch_all;
mod dutch_caseload;
mod dutch_read;
mod dutch_writes;
mod edit;
mod example;
mod faults;
mod folder;
mod git;
mod hostile;
mod import;
mod lang_core;
mod linear;
mod list;
mod man;
mod merge;
mod report;
mod retention;
mod sharp_edges;
mod sync;
mod table;
mod write;
