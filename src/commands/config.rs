//! `config`: which folder, settings and user config are in force, and where each came from.

use crate::cli::Cli;
use crate::folder;
use crate::out::outln;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli) -> Result<ExitCode> {
    let user = folder::user_config()?;
    folder::warn_about_user_config();
    match (user, folder::user_config_path()) {
        (Some((config, p)), _) => {
            outln!("user config: {}", p.display());
            if let Some(d) = &config.dir {
                outln!("  dir {}", crate::render::clean(&d.display().to_string()));
            }
            if let Some(l) = config.lang {
                outln!("  lang {}", if l == crate::Lang::Nl { "nl" } else { "en" });
            }
        }
        (None, Some(p)) => outln!("user config: {} (not present)", p.display()),
        (None, None) => outln!("user config: none (no home directory)"),
    }
    let env = folder::env(cli)?;
    let shown = if env.root.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        &env.root
    };
    outln!("folder: {} (from {})", shown.display(), env.source);
    outln!("settings: {}", env.settings_path().display());
    let s = &env.settings;
    outln!(
        "  region {}: {}",
        crate::render::clean(&s.region_name),
        crate::render::clean(&s.municipalities.join(", "))
    );
    outln!(
        "  calendar: school_year_start {} · summer_start {} · start_meeting_by {} · spring_from {} · spring_by {}",
        s.school_year_start,
        s.summer_start,
        s.start_meeting_by,
        s.spring_from,
        s.spring_by
    );
    outln!(
        "  terms: follow_up_days {} · aftercare_interval_months {} · in_view_months {}",
        s.follow_up_days,
        s.aftercare_interval_months,
        s.in_view_months
    );
    outln!("  privacy: retention_years {}", s.retention_years);
    outln!(
        "  git: auto_commit {} ({})",
        s.auto_commit,
        if crate::git::is_work_tree(&env.root) {
            "a git work tree"
        } else {
            "not in git"
        }
    );
    outln!(
        "today: {}{}",
        env.today,
        if env.today_given { " (given)" } else { "" }
    );
    Ok(ExitCode::SUCCESS)
}
