use std::process::ExitCode;
use uitstroom::i18n;

/// Reading 100,000 student files makes and frees millions of small allocations (keys,
/// values, names, actions) on every core; mimalloc's per-thread free lists do that
/// work in about half the time of the system allocator (see bench/RESULTS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first: `--help`, clap's own errors and completion descriptions are in
    // it too.
    let (lang, source) = i18n::detect(
        &args,
        |k| std::env::var(k).ok(),
        || uitstroom::folder::user_config_value("lang"),
    );
    i18n::set_lang(lang, source);
    // A shell asking for completions (`COMPLETE=bash uitstroom -- …`): answer and exit.
    clap_complete::CompleteEnv::with_factory(move || i18n::help::command(lang)).complete();
    let cli = i18n::help::parse(lang, &args);
    let code = match uitstroom::run(cli) {
        Ok(code) => code,
        Err(e) => uitstroom::report(&e),
    };
    // A closed pipe ended the output quietly; any other failure to write is an error.
    match uitstroom::out::finish() {
        Some(e) => {
            use uitstroom::i18n::messages::{ERROR, errors};
            let reason = uitstroom::error::io_reason(&e);
            eprintln!("{ERROR}: {}", uitstroom::tr!(errors::WRITING_OUTPUT, reason));
            ExitCode::from(1)
        }
        None => code,
    }
}
