//! `config`: which folder, settings, user config and language are in force, and where
//! each came from.

use crate::cli::Cli;
use crate::folder;
use crate::i18n::messages::config as m;
use crate::i18n::{self, LangSource};
use crate::out::outln;
use crate::render::clean;
use crate::{Lang, tr};
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli) -> Result<ExitCode> {
    let user = folder::user_config()?;
    folder::warn_about_user_config();
    match (user, folder::user_config_path()) {
        (Some((config, path)), _) => {
            outln!("{}", tr!(m::CONFIG_USER, path = path.display()));
            if let Some(d) = &config.dir {
                outln!("  dir {}", clean(&d.display().to_string()));
            }
            if let Some(l) = config.lang {
                outln!("  lang {}", code(l));
            }
        }
        (None, Some(path)) => outln!("{}", tr!(m::CONFIG_USER_ABSENT, path = path.display())),
        (None, None) => outln!("{}", m::CONFIG_USER_NONE),
    }
    let env = folder::env(cli)?;
    let shown = if env.root.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        &env.root
    };
    outln!(
        "{}",
        tr!(m::CONFIG_FOLDER, folder = shown.display(), source = env.source)
    );
    outln!(
        "{}",
        tr!(m::CONFIG_SETTINGS, path = env.settings_path().display())
    );
    let s = &env.settings;
    outln!(
        "  {}",
        tr!(
            m::CONFIG_REGION,
            region = clean(&s.region_name),
            municipalities = clean(&s.municipalities.join(", "))
        )
    );
    // Each setting by the name it has in uitstroom.toml, with its value as written there.
    let settings = format!(
        "school_year_start {} · summer_start {} · start_meeting_by {} · spring_from {} · spring_by {}",
        s.school_year_start, s.summer_start, s.start_meeting_by, s.spring_from, s.spring_by
    );
    outln!("  {}", tr!(m::CONFIG_CALENDAR, settings));
    let settings = format!(
        "follow_up_days {} · aftercare_interval_months {} · in_view_months {}",
        s.follow_up_days, s.aftercare_interval_months, s.in_view_months
    );
    outln!("  {}", tr!(m::CONFIG_TERMS, settings));
    let settings = format!("retention_years {}", s.retention_years);
    outln!("  {}", tr!(m::CONFIG_PRIVACY, settings));
    let settings = format!("auto_commit {}", s.auto_commit);
    let place = if crate::git::is_work_tree(&env.root) {
        &m::CONFIG_GIT_WORK_TREE
    } else {
        &m::CONFIG_NOT_IN_GIT
    };
    outln!("  {}", tr!(m::CONFIG_GIT, settings, place));
    outln!(
        "{}",
        tr!(
            m::CONFIG_LANGUAGE,
            lang = code(i18n::lang()),
            source = lang_source(&i18n::lang_source())
        )
    );
    let today = if env.today_given {
        m::CONFIG_TODAY_GIVEN
    } else {
        m::CONFIG_TODAY
    };
    outln!("{}", tr!(today, date = env.today));
    Ok(ExitCode::SUCCESS)
}

/// A language as `--lang` takes it.
fn code(l: Lang) -> &'static str {
    match l {
        Lang::En => "en",
        Lang::Nl => "nl",
    }
}

/// Where the language came from, in this run's language.
fn lang_source(source: &LangSource) -> String {
    match source {
        LangSource::Flag => "--lang".into(),
        LangSource::EnvVar => "UITSTROOM_LANG".into(),
        LangSource::Locale(var) => tr!(m::CONFIG_LANG_LOCALE, var),
        LangSource::UserConfig => m::CONFIG_LANG_USER_CONFIG.text().into(),
        LangSource::Default => m::CONFIG_LANG_DEFAULT.text().into(),
    }
}
