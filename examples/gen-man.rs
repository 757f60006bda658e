//! Writes the man pages to `man/`: `cargo run --example gen-man`.
//! A test (`tests/cli/man.rs`) fails when they are out of date.
// A developer's tool, not the program: printing straight to stdout is fine here.
#![allow(clippy::disallowed_macros)]

fn main() -> std::io::Result<()> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    std::fs::create_dir_all(&dir)?;
    for (name, page) in uitstroom::man::pages()? {
        std::fs::write(dir.join(&name), page)?;
        println!("wrote man/{name}");
    }
    Ok(())
}
