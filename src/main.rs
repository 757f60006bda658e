use std::process::ExitCode;
use uitstroom::i18n;

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language first: `--help` and clap's own errors are in it too.
    let (lang, source) = i18n::detect(
        &args,
        |k| std::env::var(k).ok(),
        || uitstroom::folder::user_config_value("lang"),
    );
    i18n::set_lang(lang, source);
    let cli = i18n::help::parse(lang, &args);
    match uitstroom::run(cli) {
        Ok(code) => code,
        Err(e) => uitstroom::report(&e),
    }
}
