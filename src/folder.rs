//! Finding the case folder and resolving everything a command needs into one [`Env`]:
//! the folder, its settings, today, colour and language. The only place that reads the
//! clock and the environment.

use crate::cli::{Cli, ColorChoice, LangArg};
use crate::dates::Date;
use crate::diag::{Diagnostic, Problem};
use crate::i18n::messages::{self, folder as m};
use crate::settings::Settings;
use crate::tr;
use crate::{Lang, UsageError};
use anyhow::Result;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub const SETTINGS_FILE: &str = "uitstroom.toml";

/// Where the folder came from, for `config`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Flag,
    EnvVar,
    Ancestor,
    UserConfig(PathBuf),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Flag => f.write_str("--dir"),
            Source::EnvVar => f.write_str("UITSTROOM_DIR"),
            Source::Ancestor => f.write_str(m::SOURCE_ANCESTOR.text()),
            Source::UserConfig(p) => f.write_str(&tr!(m::SOURCE_USER_CONFIG, path = p.display())),
        }
    }
}

/// What every command works with.
pub struct Env {
    /// The case folder, as it is best shown to the user (relative where possible).
    pub root: PathBuf,
    pub source: Source,
    pub settings: Settings,
    pub today: Date,
    pub today_given: bool,
    pub color: bool,
    pub lang: Lang,
    pub jobs: Option<usize>,
    /// The width tables are fitted to; `None` keeps full lines.
    pub width: Option<usize>,
}

impl Env {
    pub fn students_dir(&self) -> PathBuf {
        self.root.join("students")
    }

    pub fn archive_dir(&self) -> PathBuf {
        self.root.join("archive")
    }

    pub fn settings_path(&self) -> PathBuf {
        self.root.join(SETTINGS_FILE)
    }

    /// The file of case `id` in students/ (or archive/, where it was moved).
    pub fn student_path(&self, id: &str) -> Result<PathBuf> {
        if !crate::student::valid_id(id) {
            return Err(UsageError::new(tr!(m::INVALID_CASE_ID, id))
                .hint(m::HINT_CASE_ID.text())
                .into());
        }
        let file = format!("{id}.toml");
        for dir in [self.students_dir(), self.archive_dir()] {
            let p = dir.join(&file);
            // Whatever has the name (a link, a FIFO): reading it says what is wrong.
            if p.symlink_metadata().is_ok() {
                return Ok(p);
            }
        }
        let known = crate::store::list_ids(&self.students_dir()).unwrap_or_default();
        let hint = match crate::diag::suggest(id, known.iter().map(String::as_str)) {
            Some(s) => crate::diag::mean(s),
            None => m::HINT_LIST_OR_NEW.text().into(),
        };
        // `students/`: the folder's name is the format's, not a word of the sentence.
        let dir = format!("{}/", crate::text::path(&self.students_dir()));
        Err(UsageError::new(tr!(messages::NO_CASE, id, dir)).hint(hint).into())
    }
}

/// The user config file: `config.toml` in the platform config directory.
pub fn user_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "uitstroom", "uitstroom").map(|d| d.config_dir().join("config.toml"))
}

/// The keys of the user config file, in one place: `dir` (the case folder when none is
/// found otherwise) and `lang` (the language, for the Dutch and English texts).
pub const USER_CONFIG_KEYS: &[&str] = &["dir", "lang"];

/// What the user config file says.
#[derive(Debug, Default, PartialEq)]
pub struct UserConfig {
    pub dir: Option<PathBuf>,
    pub lang: Option<Lang>,
    /// Keys that are not known (a typo such as `dri`): ignored, with a warning each.
    pub warnings: Vec<Diagnostic>,
}

impl UserConfig {
    /// Reads the user config's text; a wrong value is an error with its place.
    pub fn parse(src: &str, path: &Path) -> Result<UserConfig, Vec<Diagnostic>> {
        use crate::read::{Reader, Val};
        let mut r = Reader::new(src, path);
        let Some(doc) = r.parse() else {
            return Err(r.diags);
        };
        let Some(table) = doc.get_ref().as_table() else {
            return Err(r.diags);
        };
        let mut config = UserConfig::default();
        for (k, v) in table.iter() {
            match k.get_ref() {
                "dir" => config.dir = r.str("dir", v).map(PathBuf::from),
                "lang" => match v.get_ref() {
                    Val::Str(s) if s == "nl" => config.lang = Some(Lang::Nl),
                    Val::Str(s) if s == "en" => config.lang = Some(Lang::En),
                    _ => r.error(
                        &v.span(),
                        Problem::UnknownName { suggestion: None },
                        m::LANG_VALUE.text(),
                        Some(tr!(
                            messages::read::HINT_WRITE_AS,
                            key = "lang",
                            example = "\"nl\""
                        )),
                    ),
                },
                key => {
                    let suggestion = crate::diag::suggest(key, USER_CONFIG_KEYS.iter().copied());
                    let d = Diagnostic::warning(path, r.pos(&k.span()), tr!(m::UNKNOWN_USER_KEY, key))
                        .hint(crate::diag::did_you_mean(key, USER_CONFIG_KEYS))
                        .problem(Problem::UnknownKey {
                            suggestion: suggestion.map(String::from),
                        });
                    config.warnings.push(d);
                }
            }
        }
        if r.diags.is_empty() {
            Ok(config)
        } else {
            Err(r.diags)
        }
    }
}

/// Reads the user config file, if there is one, once per run. Its warnings are printed
/// by [`warn_about_user_config`], not here: shell completion reads it too, and must not
/// write to the terminal.
pub fn user_config() -> Result<Option<&'static (UserConfig, PathBuf)>> {
    type Read = Result<Option<(UserConfig, PathBuf)>, Vec<Diagnostic>>;
    static READ: std::sync::OnceLock<Read> = std::sync::OnceLock::new();
    let read = READ.get_or_init(|| {
        let Some(path) = user_config_path() else {
            return Ok(None);
        };
        let Ok(src) = std::fs::read_to_string(&path) else {
            return Ok(None);
        };
        UserConfig::parse(&src, &path).map(|config| Some((config, path)))
    });
    match read {
        Ok(c) => Ok(c.as_ref()),
        // A file that does not read, with each problem's place: exit 1, as for uitstroom.toml.
        Err(diags) => Err(crate::DataErrors(diags.clone()).into()),
    }
}

/// Prints the user config's warnings (unknown keys) on stderr, once per run, if it has
/// been read.
pub fn warn_about_user_config() {
    static DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if DONE.swap(true, std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    if let Ok(Some((config, _))) = user_config() {
        for w in &config.warnings {
            eprintln!("{w}");
        }
    }
}

fn from_user_config() -> Result<Option<(PathBuf, PathBuf)>> {
    Ok(user_config()?.and_then(|(config, path)| Some((config.dir.clone()?, path.clone()))))
}

/// Finds the case folder: `--dir`, `UITSTROOM_DIR`, the nearest ancestor with
/// uitstroom.toml, the user config.
pub fn discover(flag: Option<&Path>) -> Result<(PathBuf, Source)> {
    let must_exist = |dir: PathBuf, source: Source| -> Result<(PathBuf, Source)> {
        if dir.join(SETTINGS_FILE).is_file() {
            Ok((dir, source))
        } else {
            Err(UsageError::new(tr!(
                m::NOT_A_CASE_FOLDER,
                dir = dir.display(),
                file = SETTINGS_FILE,
                source
            ))
            .hint(tr!(m::HINT_INIT_DIR, dir = dir.display()))
            .into())
        }
    };
    if let Some(d) = flag {
        return must_exist(d.to_path_buf(), Source::Flag);
    }
    if let Some(d) = std::env::var_os("UITSTROOM_DIR").filter(|d| !d.is_empty()) {
        return must_exist(PathBuf::from(d), Source::EnvVar);
    }
    let cwd = std::env::current_dir().map_err(crate::error::IoError::doing(m::WORKING_DIRECTORY.text()))?;
    let mut up = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(SETTINGS_FILE).is_file() {
            // Shown relative to where the user is: `students/x.toml`, `../students/x.toml`.
            return Ok((up, Source::Ancestor));
        }
        up.push("..");
    }
    if let Some((d, path)) = from_user_config()? {
        return must_exist(d, Source::UserConfig(path));
    }
    Err(UsageError::new(m::NO_FOLDER.text())
        .hint(m::HINT_NO_FOLDER.text())
        .into())
}

/// Reads the settings of the folder; their errors are data errors with a place.
pub fn load_settings(root: &Path) -> Result<Settings, Vec<Diagnostic>> {
    let path = root.join(SETTINGS_FILE);
    let shown = crate::store::shown(&path);
    // Read as carefully as a student file: a regular file (no link, FIFO or device) of
    // bounded size.
    let src = crate::store::read_text(&shown)?;
    Settings::parse(&src, &shown)
}

/// The language of this run: chosen in `main`, before the command line was parsed
/// (`i18n::detect`), so that `--lang` given there and here always agree.
pub fn lang(_arg: Option<LangArg>) -> Lang {
    crate::i18n::lang()
}

/// A string value of the user config (`lang`, `dir`), if the file has it.
pub fn user_config_value(key: &str) -> Option<String> {
    let src = std::fs::read_to_string(user_config_path()?).ok()?;
    let table: toml::Table = toml::from_str(&src).ok()?;
    table.get(key)?.as_str().map(String::from)
}

pub fn color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

/// The width tables are fitted to: `COLUMNS` when set (as `ls` and `git` honour it),
/// else the terminal's, whether or not colour is on; `None` for a file or a pipe.
pub fn terminal_width() -> Option<usize> {
    if let Some(n) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        && n > 0
    {
        return Some(n);
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

/// Today: `--today` / `UITSTROOM_TODAY`, else the local date.
pub fn today(cli: &Cli) -> (Date, bool) {
    match cli.today {
        Some(d) => (d, true),
        None => (chrono::Local::now().date_naive(), false),
    }
}

/// Resolves the environment of a command that works in an existing folder.
pub fn env(cli: &Cli) -> Result<Env> {
    let found = discover(cli.dir.as_deref());
    warn_about_user_config();
    let (root, source) = found?;
    let settings = match load_settings(&root) {
        Ok(s) => s,
        Err(diags) => return Err(crate::DataErrors(diags).into()),
    };
    let linked = linked_folders(&root);
    if !linked.is_empty() {
        return Err(crate::DataErrors(linked).into());
    }
    let (today, today_given) = today(cli);
    Ok(Env {
        root,
        source,
        settings,
        today,
        today_given,
        color: color(cli.color),
        lang: lang(cli.lang),
        jobs: cli.jobs,
        width: terminal_width(),
    })
}

/// `students/` and `archive/` when they are symbolic links: every file under them would
/// be read and written somewhere outside the folder (issue 10: "never follow a link out
/// of the folder for reading or writing"), so no command works on them.
fn linked_folders(root: &Path) -> Vec<crate::diag::Diagnostic> {
    use crate::i18n::messages::store as m;
    ["students", "archive"]
        .into_iter()
        .filter_map(|name| {
            let path = crate::store::shown(&root.join(name));
            let meta = std::fs::symlink_metadata(&path).ok()?;
            meta.file_type().is_symlink().then(|| {
                let link = std::fs::read_link(&path).unwrap_or_default();
                let target = crate::text::clean(&link.to_string_lossy()).into_owned();
                // The hint's `mv` runs where the user is: a relative link is relative to
                // the case folder.
                let from = path.parent().map_or_else(|| link.clone(), |p| p.join(&link));
                let from = crate::text::clean(&from.to_string_lossy()).into_owned();
                crate::diag::Diagnostic::error(&path, crate::diag::Pos::START, tr!(m::FOLDER_SYMLINK, target))
                    .hint(tr!(m::HINT_FOLDER_SYMLINK, path = path.display(), target = from))
                    .problem(crate::diag::Problem::Unreadable)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 10 item 7: a typo in the user config (`dri = …`) was ignored without a word.
    #[test]
    fn unknown_user_config_keys_are_warned_about_with_a_suggestion() {
        let path = Path::new("config.toml");
        let c = UserConfig::parse("# mijn map\ndri = \"/srv/uitstroom\"\nlang = \"nl\"\n", path).unwrap();
        assert_eq!((c.dir, c.lang), (None, Some(Lang::Nl)));
        let shown: Vec<String> = c.warnings.iter().map(|d| d.to_string()).collect();
        assert_eq!(
            shown,
            [
                "config.toml:2:1: warning: unknown key `dri` in the user config; it is ignored\n  hint: did you mean `dir`?"
            ]
        );
        let c = UserConfig::parse("dir = \"/srv/u\"\n", path).unwrap();
        assert_eq!(c.dir.as_deref(), Some(Path::new("/srv/u")));
        assert!(c.warnings.is_empty());
    }

    #[test]
    fn wrong_values_in_the_user_config_are_errors_with_their_place() {
        let path = Path::new("config.toml");
        let e = UserConfig::parse("dir = 3\nlang = \"fr\"\n", path).unwrap_err();
        let shown: Vec<String> = e.iter().map(|d| d.to_string()).collect();
        assert_eq!(shown.len(), 2, "{shown:?}");
        assert!(
            shown[0].starts_with("config.toml:1:7: error: `dir` must be a string"),
            "{shown:?}"
        );
        assert!(
            shown[1].starts_with("config.toml:2:8: error: `lang` must be \"nl\" or \"en\""),
            "{shown:?}"
        );
        assert!(UserConfig::parse("dir = ", path).is_err());
    }
}
