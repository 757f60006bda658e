//! The command line, as clap derives it. Doc comments are the `--help` text and the man
//! page; resolution (folder, today, colour, language) happens in `folder.rs`.

use crate::dates::{Date, parse_date};
use crate::engine::Phase;
use crate::rules::Owner;
use crate::student::{Profile, Track};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// The examples at the end of `uitstroom --help` and `uitstroom -h`.
macro_rules! examples {
    () => {
        "Example:
  uitstroom init ~/uitstroom-focus
  uitstroom due --owner doorstroompunt
  uitstroom log focus-2022-0137 exit destination=work job_found=false"
    };
}

const AFTER_HELP: &str = concat!(
    "\
Dates are calendar dates (YYYY-MM-DD). `d + N months` keeps the day of the month or takes
the last day of a shorter month (2026-01-31 + 1 month = 2026-02-28); `d + N years` turns
29 February into 28 February. Ages follow Dutch law: someone born on 29 February reaches
an age on 1 March in a non-leap year. This matters for age-18, the age-23 end of
monitoring and the Check-In age limit of 27.

The case folder is found like git finds a repository: --dir, else UITSTROOM_DIR, else the
nearest ancestor holding uitstroom.toml, else `dir` in the user config file. Exit status:
0 success, 1 a problem in the data, 2 wrong usage, 3 with `due --fail-on-overdue` when
something is overdue. The manual: `man uitstroom` (commands), `man 5 uitstroom` (the folder
and file format), `man 7 uitstroom-rules` (the rules); in a clone, `man -l man/uitstroom.5`.

",
    examples!()
);

/// The short help's end (`-h`): the examples alone.
const EXAMPLES: &str = examples!();

/// Case tracker for the route from Pro, VSO and MBO Entree into work, education or
/// dagbesteding: one TOML file per student, every due action computed from the route's
/// rules.
#[derive(Debug, Parser)]
#[command(
    name = "uitstroom",
    version,
    after_help = EXAMPLES,
    after_long_help = AFTER_HELP,
    max_term_width = 100
)]
pub struct Cli {
    /// The case folder (default: UITSTROOM_DIR, the nearest ancestor with uitstroom.toml,
    /// or `dir` in the user config).
    #[arg(long, global = true, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,

    /// Compute as if today were this date (YYYY-MM-DD).
    #[arg(long, global = true, env = "UITSTROOM_TODAY", value_name = "DATE", value_parser = date_arg)]
    pub today: Option<Date>,

    /// When to colour the output (NO_COLOR is honoured with auto).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Language of titles and headings (default: from LANG).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,

    /// Threads that read and evaluate student files (default: all cores). The output is
    /// the same for every number.
    #[arg(long, global = true, value_name = "N")]
    pub jobs: Option<usize>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a case folder: uitstroom.toml with every default written out, students/,
    /// archive/.
    #[command(after_help = "Example:\n  uitstroom init ~/uitstroom-focus")]
    Init(InitArgs),
    /// Create a student file.
    #[command(
        after_help = "Example:\n  uitstroom new focus-2022-0137 --name \"Sem de Vries\" --birth-date 2008-05-14 \\\n      --track pro --enrolled 2021-08-23 --municipality Heiloo --planned-exit 2026-07-10"
    )]
    New(NewArgs),
    /// Show a student: phase, flags, timeline and every action, done and open.
    #[command(after_help = "Example:\n  uitstroom show focus-2022-0137")]
    Show(ShowArgs),
    /// One row per student: id, name, track, phase, next action and its date.
    #[command(
        after_help = "Example:\n  uitstroom list --phase aftercare\n  uitstroom list --format csv > leerlingen.csv"
    )]
    List(ListArgs),
    /// Open actions of all students, by due date (default: overdue, and due within 30 days).
    #[command(
        after_help = "Example:\n  uitstroom due\n  uitstroom due --owner doorstroompunt --format plain\n  uitstroom due --within 2w --group-by contact\n  uitstroom due --all --format json"
    )]
    Due(DueArgs),
    /// Append an event to a student's history.
    #[command(
        after_help = "Example:\n  uitstroom log focus-2022-0137 start-meeting --note \"Uitstroom arbeid in juli\"\n  uitstroom log focus-2022-0137 exit destination=work job_found=false --date 2026-07-10\n  uitstroom log focus-2022-0137 handover to=check-in support_question=true"
    )]
    Log(LogArgs),
    /// Complete an action (appends a `done` event).
    #[command(after_help = "Example:\n  uitstroom done focus-2022-0137 jobcoach-assessment")]
    Done(DoneArgs),
    /// Move an open action's due date, with a reason (appends a `deferred` event).
    #[command(
        after_help = "Example:\n  uitstroom defer focus-2022-0137 summer-enrolment-check --until 2026-09-15 \\\n      --reason \"opleiding start later\""
    )]
    Defer(DeferArgs),
    /// Close an action as not applicable, with a reason (appends a `waived` event).
    #[command(
        after_help = "Example:\n  uitstroom waive focus-2022-0137 aftercare-contact --reason \"verhuisd naar Groningen\""
    )]
    Waive(WaiveArgs),
    /// Change a top-level field of a student file (an empty value removes an optional field).
    #[command(
        after_help = "Example:\n  uitstroom set focus-2022-0137 planned_exit 2027-07-09\n  uitstroom set focus-2022-0137 profile work"
    )]
    Set(SetArgs),
    /// Open a student file in $VISUAL or $EDITOR; on save it is validated, and on an error
    /// you are offered to edit again. The file is only replaced by a valid version.
    #[command(after_help = "Example:\n  uitstroom edit focus-2022-0137")]
    Edit {
        /// The case id.
        #[arg(add = crate::complete::case_id())]
        id: String,
    },
    /// Validate every file and report all problems; silent and 0 when all is well.
    #[command(after_help = "Example:\n  uitstroom check\n  uitstroom check --format json")]
    Check(CheckArgs),
    /// Explain one rule for one student: source, dates, and what completes it.
    #[command(after_help = "Example:\n  uitstroom why focus-2022-0137 check-in-review")]
    Why(WhyArgs),
    /// Which folder, settings and user config are in force, and where each came from.
    #[command(after_help = "Example:\n  uitstroom config")]
    Config,
    /// Move a closed case to archive/ (or, with --ended, every case whose monitoring and
    /// aftercare have ended).
    #[command(after_help = "Example:\n  uitstroom archive focus-2018-0055\n  uitstroom archive --ended")]
    Archive(ArchiveArgs),
    /// The change history of a case (from git).
    #[command(after_help = "Example:\n  uitstroom history focus-2022-0137")]
    History {
        /// The case id.
        #[arg(add = crate::complete::case_id())]
        id: String,
    },
    /// Revert the last change this tool committed (git folders).
    #[command(after_help = "Example:\n  uitstroom undo")]
    Undo,
    /// Print a shell completion script.
    ///
    /// Without --dynamic, a static script of the commands and options. The static script is complete in itself. With --dynamic the shell asks uitstroom
    /// on each TAB, so `uitstroom show <TAB>` offers the case ids of the folder you are
    /// in (or of --dir), `done ID <TAB>` the rule ids and `log ID <TAB>` the event kinds
    /// and then their fields. The same lines come from `COMPLETE=bash uitstroom`.
    #[command(after_help = "Example:
  uitstroom completions bash > ~/.local/share/bash-completion/completions/uitstroom
  echo 'source <(uitstroom completions bash --dynamic)' >> ~/.bashrc
  uitstroom completions fish --dynamic > ~/.config/fish/completions/uitstroom.fish")]
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
        /// Complete case ids, rule ids and event kinds too, by asking uitstroom on each TAB.
        #[arg(long)]
        dynamic: bool,
    },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to make the folder (default: the current directory).
    #[arg(value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The case id, also the file name: lower-case letters, digits, `.`, `_`, `-`.
    pub id: String,
    #[arg(long)]
    pub name: String,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub birth_date: Date,
    #[arg(long, value_enum)]
    pub track: Track,
    /// Start at this school, or of the Entree programme.
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub enrolled: Date,
    #[arg(long)]
    pub municipality: Option<String>,
    #[arg(long)]
    pub school: Option<String>,
    /// Uitstroomprofiel.
    #[arg(long, value_enum)]
    pub profile: Option<Profile>,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub planned_exit: Option<Date>,
    /// Leerjaar of entry minus 1, for students who entered in a later year.
    #[arg(long)]
    pub year_offset: Option<u8>,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub track: Option<Track>,
    /// Only students of this school.
    #[arg(long)]
    pub school: Option<String>,
    #[arg(long, value_enum)]
    pub phase: Option<Phase>,
    /// table on a terminal, plain otherwise.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// The CSV field separator (`,` for spreadsheets outside the Netherlands, without a BOM).
    #[arg(long, default_value_t = ';', value_name = "CHAR", value_parser = delimiter_arg)]
    pub delimiter: char,
}

#[derive(Debug, Args)]
pub struct DueArgs {
    /// Due within this period from today: days (30d or 30), weeks (2w) or months (1m).
    #[arg(long, value_name = "PERIOD", value_parser = period_arg)]
    pub within: Option<Period>,
    #[arg(long, value_enum)]
    pub owner: Option<Owner>,
    /// Only students of this school.
    #[arg(long)]
    pub school: Option<String>,
    #[arg(long, value_enum)]
    pub track: Option<Track>,
    /// Only students with this name in [contacts] (for one digest per person).
    #[arg(long, value_name = "NAME")]
    pub contact: Option<String>,
    /// Only what is overdue.
    #[arg(long)]
    pub overdue: bool,
    /// Every open action and milestone, whatever its date.
    #[arg(long, conflicts_with = "within")]
    pub all: bool,
    /// table on a terminal, plain otherwise.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Exit with status 3 when anything listed is overdue.
    #[arg(long)]
    pub fail_on_overdue: bool,
    /// The CSV field separator (`,` for spreadsheets outside the Netherlands, without a BOM).
    #[arg(long, default_value_t = ';', value_name = "CHAR", value_parser = delimiter_arg)]
    pub delimiter: char,
    /// One digest per owner, or per person in [contacts] (mentor, doorstroomcoach,
    /// jongerenadviseur), with table and plain output.
    #[arg(long, value_enum, value_name = "BY")]
    pub group_by: Option<GroupBy>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Owner,
    Contact,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// The event kind, e.g. start-meeting, exit, handover, enrolment-missing.
    #[arg(add = crate::complete::event_kind())]
    pub kind: String,
    /// The fields of the event, e.g. destination=work job_found=false.
    #[arg(value_name = "KEY=VALUE", add = crate::complete::event_fields())]
    pub fields: Vec<String>,
    /// The date of the event (default: today).
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub date: Option<Date>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct DoneArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// The rule id, e.g. summer-enrolment-check.
    #[arg(add = crate::complete::task_id())]
    pub rule: String,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub date: Option<Date>,
    #[arg(long)]
    pub note: Option<String>,
}

#[derive(Debug, Args)]
pub struct DeferArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// The rule id, e.g. summer-enrolment-check.
    #[arg(add = crate::complete::rule_id())]
    pub rule: String,
    /// The new due date.
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub until: Date,
    #[arg(long)]
    pub reason: String,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub date: Option<Date>,
}

#[derive(Debug, Args)]
pub struct WaiveArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// The rule id, e.g. summer-enrolment-check.
    #[arg(add = crate::complete::rule_id())]
    pub rule: String,
    #[arg(long)]
    pub reason: String,
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub date: Option<Date>,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// name, birth_date, municipality, school, track, profile, enrolled, planned_exit or
    /// year_offset.
    #[arg(add = crate::complete::student_field())]
    pub field: String,
    /// The new value; an empty one ("") removes an optional field.
    pub value: String,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
}

#[derive(Debug, Args)]
pub struct ArchiveArgs {
    /// The case to archive.
    #[arg(required_unless_present = "ended", conflicts_with = "ended", add = crate::complete::case_id())]
    pub id: Option<String>,
    /// Archive every case in phase `ended`.
    #[arg(long)]
    pub ended: bool,
}

#[derive(Debug, Args)]
pub struct WhyArgs {
    /// The case id (the file name in students/ or archive/).
    #[arg(add = crate::complete::case_id())]
    pub id: String,
    /// The rule id, e.g. summer-enrolment-check.
    #[arg(add = crate::complete::rule_id())]
    pub rule: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Plain,
    Json,
    /// For a spreadsheet: `;`-separated with a UTF-8 BOM (Dutch Excel); see --delimiter.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// A period after today: `30d`, `30`, `2w`, `1m`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Days(i64),
    Months(i32),
}

impl Period {
    pub fn after(self, d: Date) -> Date {
        match self {
            Period::Days(n) => crate::dates::add_days(d, n),
            Period::Months(n) => crate::dates::add_months(d, n),
        }
    }
}

fn date_arg(s: &str) -> Result<Date, String> {
    parse_date(s).ok_or_else(|| format!("`{s}` is not a date; write it as YYYY-MM-DD, e.g. 2026-07-10"))
}

/// A CSV delimiter: one character that cannot be part of a quoted field or a line end.
fn delimiter_arg(s: &str) -> Result<char, String> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some('"'), None) => {
            Err("`\"` quotes fields in CSV and cannot separate them; use ; , or a tab".into())
        }
        (Some(c), None) if c.is_control() && c != '\t' => Err(format!(
            "{c:?} cannot separate CSV fields (it ends lines or cannot be seen); use ; , or a tab"
        )),
        (Some(c), None) => Ok(c),
        _ => Err(format!("`{s}` is not one character; use ; , or a tab")),
    }
}

/// The longest period `--within` takes: 100 years, far past any case (everything open
/// is `--all`).
const MAX_PERIOD_DAYS: u32 = 36_525;
const MAX_PERIOD_MONTHS: u32 = 1_200;

fn period_arg(s: &str) -> Result<Period, String> {
    let err = || format!("`{s}` is not a period; write e.g. 30d, 2w or 1m");
    let (num, unit) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s[..i], c),
        _ => (s, 'd'),
    };
    if num.is_empty() || !num.bytes().all(|b| b.is_ascii_digit()) {
        return Err(err());
    }
    // Digits only: a number too large for u32 is too long a period, not a typo.
    let n: u32 = num.parse().unwrap_or(u32::MAX);
    let too_long = || {
        format!(
            "`{s}` is too long a period: at most 100 years ({MAX_PERIOD_DAYS}d, {}w or {MAX_PERIOD_MONTHS}m); --all lists everything open",
            MAX_PERIOD_DAYS / 7
        )
    };
    let days = |d: u32| {
        if d <= MAX_PERIOD_DAYS {
            Ok(Period::Days(d.into()))
        } else {
            Err(too_long())
        }
    };
    match unit {
        'd' => days(n),
        'w' => days(n.saturating_mul(7)),
        'm' if n <= MAX_PERIOD_MONTHS => Ok(Period::Months(n as i32)),
        'm' => Err(too_long()),
        _ => Err(err()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn periods() {
        assert_eq!(period_arg("30d"), Ok(Period::Days(30)));
        assert_eq!(period_arg("30"), Ok(Period::Days(30)));
        assert_eq!(period_arg("2w"), Ok(Period::Days(14)));
        assert_eq!(period_arg("1m"), Ok(Period::Months(1)));
        assert!(period_arg("2x").is_err());
        assert!(period_arg("-3d").is_err());
        assert!(period_arg("+3d").is_err());
        assert!(period_arg("d").is_err());
    }

    /// Issue 10 item 7: `--delimiter '"'` was accepted, and wrote CSV no program reads.
    #[test]
    fn delimiters_that_break_csv_are_refused() {
        assert_eq!(delimiter_arg(","), Ok(','));
        assert_eq!(delimiter_arg("\t"), Ok('\t'));
        assert_eq!(delimiter_arg("|"), Ok('|'));
        for bad in ["\"", "\n", "\r", "\u{0}", ";;", ""] {
            assert!(delimiter_arg(bad).is_err(), "{bad:?}");
        }
    }

    /// Issue 10 item 7: `--within 2147483648m` wrapped around to a negative period.
    #[test]
    fn periods_that_do_not_fit_are_refused() {
        assert_eq!(period_arg("1200m"), Ok(Period::Months(1200)));
        assert_eq!(period_arg("36525d"), Ok(Period::Days(36_525)));
        assert_eq!(period_arg("5217w"), Ok(Period::Days(36_519)));
        for s in [
            "1201m",
            "2147483648m",
            "4294967296m",
            "99999999999999999999d",
            "36526",
            "5218w",
            "613566757w",
        ] {
            let e = period_arg(s).unwrap_err();
            assert!(e.contains("too long a period"), "{s}: {e}");
        }
    }
}
