//! `--help` and clap's own errors in the chosen language.
//!
//! The English help is the command line's doc comments (cli.rs), as clap derives it. For
//! Dutch, [`command`] walks the derived command tree and replaces every text with its
//! entry in [`HELP_NL`], keyed by the English text (gettext's way: a changed English
//! text has no Dutch until someone writes it, and the test below names it). clap's own
//! words — headings, `[default: …]`, `Print help` — are replaced too, and its errors are
//! written by [`Dutch`], a formatter over the same error context clap's English one reads.

use super::Lang;
use super::help_nl::HELP_NL;
use crate::cli::Cli;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// The command line in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Nl => dutch(cmd),
    }
}

fn table() -> &'static HashMap<&'static str, &'static str> {
    static T: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| HELP_NL.iter().copied().collect())
}

/// The Dutch of an English help text; the English itself where there is none (the test
/// `every_help_text_has_dutch` keeps that from happening).
pub fn nl(en: &str) -> String {
    let en = en.trim_end();
    match table().get(en) {
        Some(nl) => (*nl).to_string(),
        None => en.to_string(),
    }
}

/// Value names as they appear in usage lines (`--date <DATE>`).
fn value_name_nl(name: &str) -> Option<&'static str> {
    Some(match name {
        "DATE" => "DATUM",
        "DIR" => "MAP",
        "PERIOD" => "PERIODE",
        "CHAR" => "TEKEN",
        "BY" => "PER",
        "KEY=VALUE" => "VELD=WAARDE",
        "WHEN" => "WANNEER",
        "LANG" => "TAAL",
        "NAME" => "NAAM",
        "KIND" => "SOORT",
        "RULE" => "REGEL",
        "FIELD" => "VELD",
        "VALUE" => "WAARDE",
        "FILE" => "BESTAND",
        "FORMAT" => "VORM",
        "WHAT" => "WAT",
        "TRACK" => "ROUTE",
        "OWNER" => "EIGENAAR",
        "SCHOOL" => "SCHOOL",
        "PHASE" => "FASE",
        "YEAR" => "JAAR",
        "COLUMN=FIELD" => "KOLOM=VELD",
        "PREFIX" => "VOORVOEGSEL",
        "NOTE" => "NOTITIE",
        "REASON" => "REDEN",
        "IDS" => "ID'S",
        "BASE" => "BASIS",
        "OURS" => "ONZE",
        "THEIRS" => "HUNNE",
        "PATH" => "PAD",
        "YEAR_OFFSET" => "JAAR_VERSCHIL",
        "SY" => "SCHOOLJAAR",
        "PROFILE" => "PROFIEL",
        "MUNICIPALITY" => "GEMEENTE",
        _ => return None,
    })
}

fn dutch(cmd: Command) -> Command {
    let mut cmd = translate(cmd, true);
    // Usage lines carry clap's `[OPTIONS]` and `<COMMAND>`: render them once, in Dutch.
    cmd.build();
    let usage = |c: &mut Command| {
        let u = c.render_usage().to_string();
        let u = u.strip_prefix("Usage: ").unwrap_or(&u).to_string();
        u.replace("[OPTIONS]", "[OPTIES]")
            .replace("<COMMAND>", "<OPDRACHT>")
            .replace("[COMMAND]", "[OPDRACHT]")
    };
    let root_usage = usage(&mut cmd);
    let names: Vec<String> = cmd.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        if let Some(sub) = cmd.find_subcommand_mut(&name) {
            let u = usage(sub);
            *sub = std::mem::take(sub).override_usage(u);
            if name == "help" {
                // clap's own `help` (and the `help help` below it) are made at build.
                let about = nl("Print this message or the help of the given subcommand(s)");
                *sub = std::mem::take(sub).about(about.clone());
                if let Some(inner) = sub.find_subcommand_mut("help") {
                    *inner = std::mem::take(inner).about(about);
                }
            }
        }
    }
    cmd.override_usage(root_usage)
}

const TEMPLATE: &str = "{before-help}{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// One command and its arguments, and its subcommands, in Dutch.
fn translate(mut cmd: Command, root: bool) -> Command {
    if let Some(a) = cmd.get_about().map(ToString::to_string) {
        cmd = cmd.about(nl(&a));
    }
    if let Some(a) = cmd.get_long_about().map(ToString::to_string) {
        cmd = cmd.long_about(nl(&a));
    }
    if let Some(a) = cmd.get_after_help().map(ToString::to_string) {
        cmd = cmd.after_help(nl(&a));
    }
    if let Some(a) = cmd.get_after_long_help().map(ToString::to_string) {
        cmd = cmd.after_long_help(nl(&a));
    }
    cmd = cmd
        .help_template(TEMPLATE)
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help("Toon deze hulp (meer uitleg met '--help')")
                .help_heading("Opties")
                .global(root),
        );
    if root {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help("Toon de versie")
                .help_heading("Opties"),
        );
    }
    cmd = cmd.mut_args(translate_arg);
    cmd.mut_subcommands(|s| translate(s, false))
}

fn translate_arg(mut arg: Arg) -> Arg {
    if matches!(arg.get_id().as_str(), "help" | "version") {
        return arg;
    }
    let mut extra = Vec::new();
    if !arg.is_hide_possible_values_set() {
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty() && arg.get_action().takes_values() {
            extra.push(format!("[mogelijke waarden: `{}`]", values.join("`, `")));
        }
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() && arg.get_action().takes_values() {
        extra.push(format!("[standaard: `{}`]", defaults.join("`, `")));
    }
    if let Some(env) = arg.get_env()
        && !arg.is_hide_env_set()
    {
        extra.push(format!("[omgeving: {}]", env.to_string_lossy()));
    }
    let suffix = if extra.is_empty() {
        String::new()
    } else {
        format!(" {}", extra.join(" "))
    };
    if let Some(h) = arg.get_help().map(ToString::to_string) {
        arg = arg.help(format!("{}{suffix}", nl(&h)));
    } else if !suffix.is_empty() {
        arg = arg.help(suffix.trim_start().to_string());
    }
    if let Some(h) = arg.get_long_help().map(ToString::to_string) {
        arg = arg.long_help(format!("{}{suffix}", nl(&h)));
    }
    let names: Option<Vec<&'static str>> = arg
        .get_value_names()
        .map(|v| {
            v.iter()
                .map(|n| value_name_nl(n.as_str()))
                .collect::<Option<Vec<_>>>()
        })
        .unwrap_or(None);
    if let Some(names) = names {
        arg = arg.value_names(names);
    }
    let heading = if arg.is_positional() {
        "Argumenten"
    } else {
        "Opties"
    };
    let arg = arg.help_heading(heading);
    if arg.get_action().takes_values() {
        arg.hide_possible_values(true)
            .hide_default_value(true)
            .hide_env(true)
    } else {
        arg.hide_env(true)
    }
}

/// clap's errors in Dutch: the same context its English formatter reads.
pub struct Dutch;

impl ErrorFormatter for Dutch {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let mut s = String::from("fout: ");
        let text = |k: ContextKind| match error.get(k) {
            Some(ContextValue::String(v)) => Some(v.clone()),
            Some(ContextValue::StyledStr(v)) => Some(v.to_string()),
            _ => None,
        };
        let list = |k: ContextKind| match error.get(k) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::String(v)) => vec![v.clone()],
            _ => Vec::new(),
        };
        let arg = text(ContextKind::InvalidArg).unwrap_or_default();
        let value = text(ContextKind::InvalidValue).unwrap_or_default();
        match error.kind() {
            ErrorKind::InvalidValue if value.is_empty() => {
                let _ = write!(s, "'{arg}' heeft een waarde nodig, maar er is er geen gegeven");
            }
            ErrorKind::InvalidValue => {
                let _ = write!(s, "ongeldige waarde '{value}' voor '{arg}'");
                let valid = list(ContextKind::ValidValue);
                if !valid.is_empty() {
                    let _ = write!(s, "\n  [mogelijke waarden: {}]", valid.join(", "));
                }
            }
            ErrorKind::ValueValidation => {
                let _ = write!(s, "ongeldige waarde '{value}' voor '{arg}'");
                if let Some(source) = std::error::Error::source(error) {
                    let _ = write!(s, ": {source}");
                }
            }
            ErrorKind::UnknownArgument => {
                let _ = write!(s, "onbekende optie of argument '{arg}'");
            }
            ErrorKind::InvalidSubcommand => {
                let sub = text(ContextKind::InvalidSubcommand).unwrap_or_default();
                let _ = write!(s, "onbekende opdracht '{sub}'");
            }
            ErrorKind::MissingRequiredArgument => {
                s.push_str("deze verplichte argumenten ontbreken:");
                for a in list(ContextKind::InvalidArg) {
                    let _ = write!(s, "\n  {a}");
                }
            }
            ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
                let _ = write!(s, "geef een opdracht");
                let valid = list(ContextKind::ValidSubcommand);
                if !valid.is_empty() {
                    let _ = write!(s, "\n  [opdrachten: {}]", valid.join(", "));
                }
            }
            ErrorKind::ArgumentConflict => {
                let prior = list(ContextKind::PriorArg);
                if prior.first() == Some(&arg) {
                    let _ = write!(s, "'{arg}' mag maar één keer gegeven worden");
                } else if prior.is_empty() {
                    let _ = write!(s, "'{arg}' gaat niet samen met de andere opties");
                } else {
                    let _ = write!(s, "'{arg}' gaat niet samen met '{}'", prior.join("', '"));
                }
            }
            ErrorKind::TooManyValues => {
                let _ = write!(
                    s,
                    "onverwachte waarde '{value}' voor '{arg}'; er werd geen meer verwacht"
                );
            }
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let _ = write!(s, "'{arg}' heeft een ander aantal waarden nodig");
            }
            ErrorKind::NoEquals => {
                let _ = write!(s, "schrijf een '=' tussen '{arg}' en de waarde");
            }
            ErrorKind::InvalidUtf8 => s.push_str("een argument is geen geldige UTF-8-tekst"),
            ErrorKind::Io | ErrorKind::Format => s.push_str("de uitvoer kon niet geschreven worden"),
            // Help and version are shown, not formatted; anything newer is still an error.
            _ => s.push_str("ongeldige opdrachtregel"),
        }
        let suggestion = [
            (ContextKind::SuggestedSubcommand, "opdracht"),
            (ContextKind::SuggestedArg, "optie"),
            (ContextKind::SuggestedValue, "waarde"),
        ]
        .into_iter()
        .find_map(|(k, what)| {
            let v = list(k);
            (!v.is_empty()).then(|| format!("\n\n  tip: bedoelde u de {what} '{}'?", v.join("' of '")))
        });
        if let Some(t) = suggestion {
            s.push_str(&t);
        } else if let Some(ContextValue::StyledStrs(tips)) = error.get(ContextKind::Suggested) {
            // clap's tips are English sentences ("to pass '--x' as a value, use '-- --x'");
            // the one it gives most is rewritten, the rest left out.
            for tip in tips {
                let t = tip.to_string();
                if let Some(rest) = t.strip_prefix("to pass '")
                    && let Some((v, _)) = rest.split_once("' as a value")
                {
                    let _ = write!(s, "\n\n  tip: schrijf '-- {v}' om '{v}' als waarde mee te geven");
                }
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let u = usage.to_string();
            let u = u.trim_start_matches("Usage:").trim();
            let _ = write!(s, "\n\nGebruik: {u}");
        }
        s.push_str("\n\nMeer uitleg: '--help'.\n");
        let mut out = StyledStr::new();
        out.push_str(&s);
        out
    }
}

/// Parses the command line in `lang`, or ends the process as clap would (help and
/// version on stdout with status 0, errors on stderr with status 2).
pub fn parse(lang: Lang, args: &[std::ffi::OsString]) -> Cli {
    use clap::FromArgMatches;
    let result = command(lang)
        .try_get_matches_from(args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match result {
        Ok(cli) => cli,
        Err(e) => match lang {
            Lang::En => e.exit(),
            Lang::Nl => e.apply::<Dutch>().exit(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of the command tree: about, long about, after help, argument help.
    fn texts(cmd: &Command, out: &mut Vec<String>) {
        let mut add = |t: Option<&StyledStr>| {
            if let Some(t) = t {
                out.push(t.to_string().trim_end().to_string());
            }
        };
        add(cmd.get_about());
        add(cmd.get_long_about());
        add(cmd.get_after_help());
        add(cmd.get_after_long_help());
        for a in cmd.get_arguments() {
            if a.get_id() == "help" || a.get_id() == "version" {
                continue;
            }
            add(a.get_help());
            add(a.get_long_help());
        }
        for s in cmd.get_subcommands() {
            texts(s, out);
        }
    }

    /// Every help text of the command line has its Dutch, and every Dutch entry is used.
    #[test]
    fn every_help_text_has_dutch() {
        let mut all = Vec::new();
        texts(&Cli::command(), &mut all);
        all.push("Print this message or the help of the given subcommand(s)".into());
        let missing: Vec<&String> = all.iter().filter(|t| !table().contains_key(t.as_str())).collect();
        assert!(
            missing.is_empty(),
            "help texts without Dutch (add them to HELP_NL):\n{}",
            missing
                .iter()
                .map(|m| format!("    ({m:?}, \"\"),"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        let unused: Vec<&&str> = table().keys().filter(|k| !all.iter().any(|t| t == **k)).collect();
        assert!(
            unused.is_empty(),
            "Dutch help for texts that no longer exist: {unused:?}"
        );
    }

    #[test]
    fn dutch_help_renders_in_dutch() {
        let mut cmd = command(Lang::Nl);
        let help = cmd.render_long_help().to_string();
        for word in ["Gebruik:", "Opdrachten:", "Opties:", "Toon deze hulp"] {
            assert!(help.contains(word), "{word} missing in:\n{help}");
        }
        for english in ["Usage:", "Options:", "Commands:", "Print help", "[default:"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
    }
}
