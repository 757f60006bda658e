use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = uitstroom::cli::Cli::parse();
    match uitstroom::run(cli) {
        Ok(code) => code,
        Err(e) => uitstroom::report(&e),
    }
}
