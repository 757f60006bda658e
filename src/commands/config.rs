//! `config`: which folder, settings and user config are in force, and where each came from.

use crate::cli::Cli;
use crate::folder;
use anyhow::Result;
use std::process::ExitCode;

pub fn run(cli: &Cli) -> Result<ExitCode> {
    let user = folder::user_config_path();
    match &user {
        Some(p) if p.is_file() => println!("user config: {}", p.display()),
        Some(p) => println!("user config: {} (not present)", p.display()),
        None => println!("user config: none (no home directory)"),
    }
    let env = folder::env(cli)?;
    let shown = if env.root.as_os_str().is_empty() {
        std::path::Path::new(".")
    } else {
        &env.root
    };
    println!("folder: {} (from {})", shown.display(), env.source);
    println!("settings: {}", env.settings_path().display());
    let s = &env.settings;
    println!(
        "  region {}: {}",
        crate::render::clean(&s.region_name),
        crate::render::clean(&s.municipalities.join(", "))
    );
    println!(
        "  calendar: school_year_start {} · summer_start {} · start_meeting_by {} · spring_from {} · spring_by {}",
        s.school_year_start, s.summer_start, s.start_meeting_by, s.spring_from, s.spring_by
    );
    println!(
        "  terms: follow_up_days {} · aftercare_interval_months {} · in_view_months {}",
        s.follow_up_days, s.aftercare_interval_months, s.in_view_months
    );
    println!("  privacy: retention_years {}", s.retention_years);
    println!(
        "  git: auto_commit {} ({})",
        s.auto_commit,
        if crate::git::is_work_tree(&env.root) {
            "a git work tree"
        } else {
            "not in git"
        }
    );
    println!(
        "today: {}{}",
        env.today,
        if env.today_given { " (given)" } else { "" }
    );
    Ok(ExitCode::SUCCESS)
}
