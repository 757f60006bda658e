//! Shell completion that knows the folder (clap_complete's dynamic completion): case ids
//! from the case folder the command line works in, rule ids, event kinds and their
//! fields, and the fields `set` takes. The shell calls the program back on each TAB
//! (`COMPLETE=bash uitstroom -- uitstroom show f<TAB>`); `main` hands such a call to
//! [`clap_complete::CompleteEnv`] before anything else runs.
//!
//! Nothing here writes to the terminal: a warning printed while the user types would land
//! in the middle of their command line. Case ids only, never names (a completion menu is
//! not a place for them).

use crate::fields::{self, Type};
use crate::i18n::messages;
use crate::names::Named;
use crate::rules::{self, ActionKind};
use crate::student::Kind;
use clap_complete::engine::{ArgValueCandidates, ArgValueCompleter, CompletionCandidate};
use std::ffi::OsStr;
use std::path::PathBuf;

/// The words of the command line being completed, as the shell passed them after `--`.
fn words() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// The case folder of the line being completed: its `--dir`, else the one `uitstroom`
/// would find from here.
fn folder(words: &[String]) -> Option<PathBuf> {
    for (i, w) in words.iter().enumerate() {
        if w == "--dir" {
            return words.get(i + 1).map(PathBuf::from);
        }
        if let Some(d) = w.strip_prefix("--dir=") {
            return Some(PathBuf::from(d));
        }
    }
    crate::folder::discover(None).ok().map(|(dir, _)| dir)
}

/// The case ids of the folder: open cases first, then archived ones (tagged so).
fn case_ids() -> Vec<CompletionCandidate> {
    let Some(root) = folder(&words()) else {
        return Vec::new();
    };
    let ids = |dir: &str| crate::store::list_ids(&root.join(dir)).unwrap_or_default();
    let mut out: Vec<CompletionCandidate> = ids("students")
        .into_iter()
        .map(CompletionCandidate::new)
        .collect();
    out.extend(
        ids("archive")
            .into_iter()
            .map(|id| CompletionCandidate::new(id).help(Some(messages::args::ARCHIVED.text().into()))),
    );
    out
}

fn rule_candidate(r: &rules::Rule) -> CompletionCandidate {
    CompletionCandidate::new(r.id).help(Some(r.title.en.into()))
}

/// Every rule id, with its title.
fn rule_ids() -> Vec<CompletionCandidate> {
    rules::ALL.iter().map(|r| rule_candidate(r)).collect()
}

/// The rules `done` takes: tasks (a milestone has nothing to complete).
fn task_ids() -> Vec<CompletionCandidate> {
    rules::ALL
        .iter()
        .filter(|r| r.kind == ActionKind::Task)
        .map(|r| rule_candidate(r))
        .collect()
}

/// The event kinds `log` takes (`done`, `deferred` and `waived` have commands of their
/// own), with what each records: their English names, and in a Dutch run their Dutch
/// names first (`startgesprek`), which `log` accepts as well.
fn event_kinds() -> Vec<CompletionCandidate> {
    kind_candidates(crate::i18n::lang())
}

fn kind_candidates(lang: crate::Lang) -> Vec<CompletionCandidate> {
    let kinds = || {
        Kind::ALL
            .iter()
            .copied()
            .filter(|k| !matches!(k, Kind::Done | Kind::Deferred | Kind::Waived))
    };
    let candidate =
        |name: &'static str, k: Kind| CompletionCandidate::new(name).help(Some(fields::meaning(k).into()));
    let mut out = Vec::new();
    if lang == crate::Lang::Nl {
        out.extend(kinds().map(|k| candidate(crate::i18n::terms::kind_nl(k), k)));
    }
    out.extend(kinds().map(|k| candidate(k.name(), k)));
    out
}

/// The fields `set` changes.
fn student_fields() -> Vec<CompletionCandidate> {
    fields::STUDENT
        .iter()
        .map(|f| CompletionCandidate::new(f.name).help(Some(f.help().into())))
        .collect()
}

/// The values a field of this type can take, where they are few.
fn values(ty: Type) -> Vec<&'static str> {
    match ty {
        Type::Choice { names, .. } => names.to_vec(),
        Type::Bool => vec!["true", "false"],
        _ => Vec::new(),
    }
}

/// `KEY=VALUE` for `log ID KIND`: the kind's fields (`destination=`), then, after the
/// `=`, the values of a field with few (`destination=work`).
fn event_field(current: &OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let words = words();
    // `log ID KIND`: the kind is the second word after `log` that is not an option.
    let kind = words
        .iter()
        .position(|w| w == "log")
        .and_then(|i| words[i + 1..].iter().filter(|w| !w.starts_with('-')).nth(1))
        .and_then(|k| crate::i18n::terms::kind_from_cli(k));
    let Some(kind) = kind else {
        return Vec::new();
    };
    let given: Vec<&str> = words
        .iter()
        .filter_map(|w| w.split_once('=').map(|(k, _)| k))
        .collect();
    match current.split_once('=') {
        None => kind
            .fields()
            .iter()
            .filter(|f| f.name.starts_with(current.as_ref()) && !given.contains(&f.name))
            .map(|f| CompletionCandidate::new(format!("{}=", f.name)).help(Some(f.help().into())))
            .collect(),
        Some((key, value)) => fields::find(kind.fields(), key)
            .map(|f| values(f.ty))
            .unwrap_or_default()
            .into_iter()
            .filter(|v| v.starts_with(value))
            .map(|v| CompletionCandidate::new(format!("{key}={v}")))
            .collect(),
    }
}

/// For `#[arg(add = …)]`: the case ids of the folder.
pub fn case_id() -> ArgValueCandidates {
    ArgValueCandidates::new(case_ids)
}

/// For `#[arg(add = …)]`: every rule id.
pub fn rule_id() -> ArgValueCandidates {
    ArgValueCandidates::new(rule_ids)
}

/// For `#[arg(add = …)]`: the rule ids `done` takes.
pub fn task_id() -> ArgValueCandidates {
    ArgValueCandidates::new(task_ids)
}

/// For `#[arg(add = …)]`: the event kinds `log` takes.
pub fn event_kind() -> ArgValueCandidates {
    ArgValueCandidates::new(event_kinds)
}

/// For `#[arg(add = …)]`: the fields `set` changes.
pub fn student_field() -> ArgValueCandidates {
    ArgValueCandidates::new(student_fields)
}

/// For `#[arg(add = …)]`: `KEY=VALUE` of the event kind on the line.
pub fn event_fields() -> ArgValueCompleter {
    ArgValueCompleter::new(event_field)
}

/// The lines that make a shell call `uitstroom` back for completions, for
/// `completions SHELL --dynamic` (what `COMPLETE=SHELL uitstroom` prints).
pub fn registration(shell: clap_complete::Shell) -> std::io::Result<Vec<u8>> {
    let name = match shell {
        clap_complete::Shell::Bash => "bash",
        clap_complete::Shell::Elvish => "elvish",
        clap_complete::Shell::Fish => "fish",
        clap_complete::Shell::PowerShell => "powershell",
        _ => "zsh",
    };
    let shells = clap_complete::env::Shells::builtins();
    let Some(completer) = shells.completer(name) else {
        return Ok(Vec::new());
    };
    // The program that answers: this very binary, wherever it is installed.
    let exe = std::env::current_exe()
        .ok()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "uitstroom".into());
    let mut buf = Vec::new();
    completer.write_registration("COMPLETE", "uitstroom", "uitstroom", &exe, &mut buf)?;
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values_of(c: Vec<CompletionCandidate>) -> Vec<String> {
        c.iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn log_offers_the_kinds_it_takes() {
        let kinds = values_of(event_kinds());
        assert!(kinds.contains(&"start-meeting".to_string()) && kinds.contains(&"exit".to_string()));
        assert!(!kinds.contains(&"done".to_string()));
        assert_eq!(kinds.len(), Kind::ALL.len() - 3);
    }

    /// A Dutch run offers the Dutch names that `log` accepts, and the English ones.
    #[test]
    fn log_offers_the_dutch_kinds_in_dutch() {
        let kinds = values_of(kind_candidates(crate::Lang::Nl));
        for name in [
            "startgesprek",
            "exitgesprek",
            "uitschrijving",
            "warme-overdracht",
            "start-meeting",
        ] {
            assert!(kinds.contains(&name.to_string()), "{name}: {kinds:?}");
        }
        assert!(!kinds.contains(&"gedaan".to_string()), "done has its own command");
        assert_eq!(kinds.len(), 2 * (Kind::ALL.len() - 3));
        for k in &kinds {
            assert!(
                crate::i18n::terms::kind_from_cli(k).is_some(),
                "{k} is not accepted by log"
            );
        }
        assert_eq!(
            values_of(kind_candidates(crate::Lang::En)),
            values_of(event_kinds())
        );
    }

    #[test]
    fn done_offers_tasks_not_milestones() {
        let tasks = values_of(task_ids());
        assert!(tasks.contains(&"summer-enrolment-check".to_string()));
        assert!(!tasks.contains(&"monitoring-end".to_string()));
        assert_eq!(values_of(rule_ids()).len(), rules::ALL.len());
    }
}
