//! Everything a person reads, in Dutch and English, from one catalogue.
//!
//! Messages live in [`messages`] as constants of [`Msg`], each with both languages side
//! by side, and are written with [`tr!`](crate::tr): `tr!(msg::NO_CASE, id, dir =
//! dir.display())`. Placeholders are named (`{id}`), so a translation may put them in
//! another order. The language is chosen once, before the command line is parsed
//! ([`detect`]): `--lang`, `UITSTROOM_LANG`, the locale variables, the user config.
//! Rule ids, event kinds, field names and JSON keys stay English: they are the format.
//!
//! `--help` is translated in [`help`]: the English text of the command line's doc
//! comments is the key, as in gettext, and a test walks the whole command tree so that
//! no help text lacks its Dutch.

pub mod help;
mod help_nl;
pub mod messages;
pub mod terms;

use std::fmt;
use std::sync::OnceLock;

pub use crate::Lang;

static LANG: OnceLock<(Lang, LangSource)> = OnceLock::new();

/// Sets the language of this process (the first call wins).
pub fn set_lang(lang: Lang, source: LangSource) {
    let _ = LANG.set((lang, source));
}

/// The language of this process: English until [`set_lang`] is called.
pub fn lang() -> Lang {
    LANG.get().map(|(l, _)| *l).unwrap_or_default()
}

/// Where the language of this process came from, for `config`.
pub fn lang_source() -> LangSource {
    LANG.get().map_or(LangSource::Default, |(_, s)| s.clone())
}

/// One message in both languages. `{name}` is a placeholder, `{{` and `}}` are braces.
#[derive(Debug)]
pub struct Msg {
    pub id: &'static str,
    pub en: &'static str,
    pub nl: &'static str,
}

impl Msg {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Nl => self.nl,
        }
    }

    /// The text in the process's language (for messages without placeholders).
    pub fn text(&self) -> &'static str {
        self.get(lang())
    }

    /// The text in the process's language, placeholders filled.
    pub fn format(&self, args: &[(&str, &dyn fmt::Display)]) -> String {
        fill(self.id, self.text(), args)
    }

    /// As [`Msg::format`], in a given language.
    pub fn format_in(&self, lang: Lang, args: &[(&str, &dyn fmt::Display)]) -> String {
        fill(self.id, self.get(lang), args)
    }
}

impl fmt::Display for Msg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text())
    }
}

/// Fills the named placeholders of `template`.
fn fill(id: &str, template: &str, args: &[(&str, &dyn fmt::Display)]) -> String {
    use fmt::Write as _;
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if let Some(t) = tail.strip_prefix("{{") {
            out.push('{');
            rest = t;
        } else if let Some(t) = tail.strip_prefix("}}") {
            out.push('}');
            rest = t;
        } else if let (Some(t), Some(end)) = (tail.strip_prefix('{'), tail.find('}')) {
            let name = &t[..end - 1];
            match args.iter().find(|(k, _)| *k == name) {
                Some((_, v)) => {
                    let _ = write!(out, "{v}");
                }
                None => {
                    // A call that forgot an argument: loud in tests, visible in use.
                    debug_assert!(false, "message {id}: no value for {{{name}}}");
                    out.push_str(&tail[..=end]);
                }
            }
            rest = &tail[end + 1..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The placeholders of a template, sorted (for the catalogue's tests).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            rest = &tail[2..];
        } else if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            names.push(&tail[1..end]);
            rest = &tail[end + 1..];
        } else {
            rest = &tail[1..];
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

/// A message in the process's language: `tr!(M)`, `tr!(M, id, dir = path.display())`.
/// A bare name passes the variable of that name.
#[macro_export]
macro_rules! tr {
    ($msg:expr) => {
        $crate::i18n::Msg::format(&$msg, &[])
    };
    ($msg:expr, $($key:ident $(= $value:expr)?),+ $(,)?) => {
        $crate::i18n::Msg::format(
            &$msg,
            &[$((stringify!($key), &$crate::tr!(@value $key $(, $value)?) as &dyn ::std::fmt::Display)),+],
        )
    };
    (@value $key:ident) => { $key };
    (@value $key:ident, $value:expr) => { $value };
}

/// Where the language came from, for `config`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LangSource {
    Flag,
    EnvVar,
    Locale(&'static str),
    UserConfig,
    Default,
}

/// A language name as people write it: `nl`, `NL`, `nl_NL.UTF-8`, `dutch`, `en_GB`.
/// `C` and `POSIX` name no language.
pub fn parse_lang(s: &str) -> Option<Lang> {
    let s = s.trim().to_ascii_lowercase();
    let base = s.split(['_', '.', '-', '@']).next().unwrap_or("");
    match base {
        "nl" | "dutch" | "nederlands" => Some(Lang::Nl),
        "en" | "english" | "engels" => Some(Lang::En),
        _ => None,
    }
}

/// The language of this run, as SPEC.md orders the sources: `--lang` (read from the raw
/// arguments, before clap, so that `--help` and clap's errors are translated too), then
/// `UITSTROOM_LANG`, then `LC_ALL` / `LC_MESSAGES` / `LANG`, then `lang` in the user
/// config. A locale in neither language (`C.UTF-8`, `de_DE`) is passed over, so that the
/// user config still counts on a system with `LANG=C.UTF-8`.
pub fn detect(
    args: &[std::ffi::OsString],
    var: impl Fn(&str) -> Option<String>,
    user_config: impl FnOnce() -> Option<String>,
) -> (Lang, LangSource) {
    if let Some(l) = flag_value(args).as_deref().and_then(parse_lang) {
        return (l, LangSource::Flag);
    }
    if let Some(l) = var("UITSTROOM_LANG").as_deref().and_then(parse_lang) {
        return (l, LangSource::EnvVar);
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        // The first locale variable that is set decides, as in POSIX; one that names
        // neither language (`C.UTF-8`, `de_DE`) leaves the choice to the user config.
        if let Some(v) = var(name).filter(|v| !v.is_empty()) {
            if let Some(l) = parse_lang(&v) {
                return (l, LangSource::Locale(name));
            }
            break;
        }
    }
    if let Some(l) = user_config().as_deref().and_then(parse_lang) {
        return (l, LangSource::UserConfig);
    }
    (Lang::En, LangSource::Default)
}

/// The value of `--lang` in raw arguments (`--lang nl`, `--lang=nl`), before `--`.
fn flag_value(args: &[std::ffi::OsString]) -> Option<String> {
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            return it.next().map(|v| v.into_owned());
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Some(v.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name_in_any_order() {
        let args: [(&str, &dyn fmt::Display); 2] = [("id", &"sem"), ("n", &3)];
        assert_eq!(fill("t", "{n} acties van `{id}`", &args), "3 acties van `sem`");
        assert_eq!(fill("t", "{{letterlijk}} {id}", &args), "{letterlijk} sem");
        assert_eq!(placeholders("{b} en {a} en {b} {{x}}"), ["a", "b"]);
    }

    #[test]
    fn tr_passes_variables_by_name() {
        let id = "focus-1";
        let s = tr!(messages::NO_CASE, id, dir = "students");
        assert!(s.contains("focus-1") && s.contains("students"), "{s}");
    }

    #[test]
    fn language_sources_in_spec_order() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        let none = || None;
        assert_eq!(
            detect(
                &args(&["u", "--lang", "nl", "due"]),
                env(&[("UITSTROOM_LANG", "en")]),
                none
            )
            .0,
            Lang::Nl
        );
        assert_eq!(
            detect(&args(&["u", "--lang=en"]), env(&[("LANG", "nl_NL.UTF-8")]), none).0,
            Lang::En
        );
        assert_eq!(
            detect(
                &args(&["u"]),
                env(&[("UITSTROOM_LANG", "nl"), ("LANG", "en_US")]),
                none
            ),
            (Lang::Nl, LangSource::EnvVar)
        );
        assert_eq!(
            detect(
                &args(&["u"]),
                env(&[("LC_ALL", ""), ("LANG", "nl_BE.UTF-8")]),
                none
            ),
            (Lang::Nl, LangSource::Locale("LANG"))
        );
        assert_eq!(
            detect(&args(&["u"]), env(&[("LANG", "C.UTF-8")]), || Some("nl".into())),
            (Lang::Nl, LangSource::UserConfig)
        );
        assert_eq!(
            detect(&args(&["u"]), env(&[("LANG", "de_DE.UTF-8")]), || Some(
                "nl".into()
            ))
            .0,
            Lang::Nl
        );
        assert_eq!(
            detect(&args(&["u"]), env(&[("LANG", "de_DE.UTF-8")]), none).0,
            Lang::En
        );
        // `--lang` after `--` is an argument, not the option.
        assert_eq!(
            detect(&args(&["u", "--", "--lang", "nl"]), env(&[]), none).0,
            Lang::En
        );
    }
}
