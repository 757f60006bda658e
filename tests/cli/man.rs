//! The generated man pages in `man/` match the command line (regenerate with
//! `cargo run --example gen-man`).

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
