//! The generated man pages in `man/` match the command line (regenerate with
//! `cargo run --example gen-man`); the contract schemas match ../shared/contracts.

use std::path::Path;

#[test]
fn man_pages_are_up_to_date() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    for (name, page) in uitstroom::cli::man_pages().unwrap() {
        let on_disk = std::fs::read(dir.join(&name)).unwrap_or_default();
        assert!(
            on_disk == page,
            "man/{name} is out of date: run `cargo run --example gen-man`"
        );
    }
}

/// The schemas in tests/contracts are copies of ../shared/contracts (the source of the
/// contract); where the shared folder is checked out beside the project, they must match.
#[test]
fn contract_copies_match_the_shared_ones() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for name in ["due.schema.json", "list.schema.json"] {
        let Ok(shared) = std::fs::read(root.join("../shared/contracts").join(name)) else {
            eprintln!("skipped: ../shared/contracts not checked out");
            return;
        };
        assert_eq!(
            std::fs::read(root.join("tests/contracts").join(name)).unwrap(),
            shared,
            "{name}"
        );
    }
}
