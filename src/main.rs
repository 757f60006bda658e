use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    // A shell asking for completions (`COMPLETE=bash uitstroom -- …`): answer and exit.
    clap_complete::CompleteEnv::with_factory(<uitstroom::cli::Cli as clap::CommandFactory>::command)
        .complete();
    let cli = uitstroom::cli::Cli::parse();
    let code = match uitstroom::run(cli) {
        Ok(code) => code,
        Err(e) => uitstroom::report(&e),
    };
    // A closed pipe ended the output quietly; any other failure to write is an error.
    match uitstroom::out::finish() {
        Some(e) => {
            eprintln!("error: writing the output: {e}");
            ExitCode::from(1)
        }
        None => code,
    }
}
