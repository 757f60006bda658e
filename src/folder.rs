//! Finding the case folder and resolving everything a command needs into one [`Env`]:
//! the folder, its settings, today, colour and language. The only place that reads the
//! clock and the environment.

use crate::cli::{Cli, ColorChoice, LangArg};
use crate::dates::Date;
use crate::diag::Diagnostic;
use crate::settings::Settings;
use crate::{Lang, UsageError};
use anyhow::{Context, Result};
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
            Source::Ancestor => {
                f.write_str("the nearest folder above the working directory with uitstroom.toml")
            }
            Source::UserConfig(p) => write!(f, "`dir` in {}", p.display()),
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
            return Err(UsageError::new(format!("`{id}` is not a valid case id"))
                .hint("ids are lower-case letters, digits, `.`, `_` and `-`")
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
            Some(s) => format!("did you mean `{s}`?"),
            None => "`uitstroom list` shows the cases; `uitstroom new` makes one".into(),
        };
        Err(
            UsageError::new(format!("no case `{id}` in {}", self.students_dir().display()))
                .hint(hint)
                .into(),
        )
    }
}

/// The user config file: `config.toml` in the platform config directory.
pub fn user_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("nl", "uitstroom", "uitstroom").map(|d| d.config_dir().join("config.toml"))
}

fn from_user_config() -> Result<Option<(PathBuf, PathBuf)>> {
    let Some(path) = user_config_path() else {
        return Ok(None);
    };
    let Ok(src) = std::fs::read_to_string(&path) else {
        return Ok(None);
    };
    let table: toml::Table = toml::from_str(&src)
        .map_err(|e| UsageError::new(format!("{}: {}", path.display(), e.message().trim_end())))?;
    match table.get("dir") {
        Some(toml::Value::String(d)) => Ok(Some((PathBuf::from(d), path))),
        Some(_) => Err(
            UsageError::new(format!("{}: `dir` must be a string", path.display()))
                .hint("write it as dir = \"/path/to/folder\"")
                .into(),
        ),
        None => Ok(None),
    }
}

/// Finds the case folder: `--dir`, `UITSTROOM_DIR`, the nearest ancestor with
/// uitstroom.toml, the user config.
pub fn discover(flag: Option<&Path>) -> Result<(PathBuf, Source)> {
    let must_exist = |dir: PathBuf, source: Source| -> Result<(PathBuf, Source)> {
        if dir.join(SETTINGS_FILE).is_file() {
            Ok((dir, source))
        } else {
            Err(UsageError::new(format!(
                "{} is not a case folder (no {SETTINGS_FILE}), given by {source}",
                dir.display()
            ))
            .hint(format!("make one with `uitstroom init {}`", dir.display()))
            .into())
        }
    };
    if let Some(d) = flag {
        return must_exist(d.to_path_buf(), Source::Flag);
    }
    if let Some(d) = std::env::var_os("UITSTROOM_DIR").filter(|d| !d.is_empty()) {
        return must_exist(PathBuf::from(d), Source::EnvVar);
    }
    let cwd = std::env::current_dir().context("reading the working directory")?;
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
    Err(
        UsageError::new("no case folder here (no uitstroom.toml in this folder or above it)")
            .hint("make one with `uitstroom init DIR`, or point to one with --dir DIR or UITSTROOM_DIR")
            .into(),
    )
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

pub fn lang(arg: Option<LangArg>) -> Lang {
    match arg {
        Some(LangArg::Nl) => Lang::Nl,
        Some(LangArg::En) => Lang::En,
        None => {
            let lang = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|s| !s.is_empty()))
                .unwrap_or_default();
            if lang.starts_with("nl") {
                Lang::Nl
            } else {
                Lang::En
            }
        }
    }
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

/// Today: `--today` / `UITSTROOM_TODAY`, else the local date.
pub fn today(cli: &Cli) -> (Date, bool) {
    match cli.today {
        Some(d) => (d, true),
        None => (chrono::Local::now().date_naive(), false),
    }
}

/// Resolves the environment of a command that works in an existing folder.
pub fn env(cli: &Cli) -> Result<Env> {
    let (root, source) = discover(cli.dir.as_deref())?;
    let settings = match load_settings(&root) {
        Ok(s) => s,
        Err(diags) => return Err(crate::DataErrors(diags).into()),
    };
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
    })
}
