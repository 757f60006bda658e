//! The command line, as clap derives it. Doc comments are the `--help` text and the man
//! page; resolution (folder, today, colour, language) happens in `folder.rs`.

use crate::dates::Date;
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
    /// Add an event to a student's history (in date order: usually at the end).
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
    /// Change a top-level field of a student file, or a contact (an empty value removes an
    /// optional field or the contact).
    #[command(
        after_help = "Examples:\n  uitstroom set focus-2022-0137 planned_exit 2026-07-10\n  uitstroom set focus-2022-0137 contacts.mentor \"J. Bakker\"\n  uitstroom set focus-2022-0137 contacts.mentor \"\""
    )]
    Set(SetArgs),
    /// Open a student file in $VISUAL or $EDITOR (else vi); on save it is validated, and on
    /// an error you are offered to edit again. The file is only replaced by a valid
    /// version; the draft is kept in a private folder outside the case folder.
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
    ///
    /// In a folder shared through git, your own last change: changes that came in from
    /// other clones are left as they are, and undo says how many it passed over.
    #[command(after_help = "Example:\n  uitstroom undo")]
    Undo,
    /// Create students from a school's spreadsheet export, all rows or none.
    ///
    /// Exports of Magister, Somtoday, ParnasSys and others: every row is checked first,
    /// and nothing is written if one is wrong. The file may be `;`-, `,`- or
    /// tab-separated, UTF-8 (with or without BOM) or Windows-1252. Dates are read as
    /// DD-MM-YYYY, D-M-YYYY or YYYY-MM-DD (with `-`, `/` or `.`). Headers are matched
    /// without case, spaces or punctuation:
    ///
    /// - id: leerlingnummer, stamnummer, stamnr, studentnummer, student number
    /// - name: naam, volledige naam, full name; or roepnaam (voornaam), tussenvoegsel
    ///   (voorvoegsel, tussenv) and achternaam
    /// - birth_date: geboortedatum, geb.datum, date of birth
    /// - municipality: gemeente, woonplaats, city
    /// - school: school, vestiging, locatie
    /// - track: onderwijssoort, type onderwijs (pro, praktijkonderwijs, vso, entree, mbo
    ///   entree, niveau 1)
    /// - enrolled: inschrijfdatum, datum inschrijving, startdatum, begindatum, enrolment date
    /// - planned_exit: verwachte uitstroomdatum, einddatum, planned exit
    /// - contacts.mentor: mentor, coach, loopbaanbegeleider
    ///
    /// Other columns are ignored, with a note; --map reads them.
    #[command(
        verbatim_doc_comment,
        after_help = "Examples:\n  uitstroom import leerlingen.csv --id-prefix focus- --dry-run\n  uitstroom import leerlingen.csv --id-prefix focus-\n  uitstroom import export.csv --map \"Klas mentor=contacts.mentor\" --map Klas=- --track pro"
    )]
    Import(ImportArgs),
    /// Close every open action due before a date, for a caseload taken on halfway whose
    /// past actions were handled outside the tool (one `done` event each, note
    /// "catch-up", dated today).
    #[command(
        after_help = "Examples:\n  uitstroom catch-up --before 2026-11-25 --dry-run\n  uitstroom catch-up --before 2026-11-25\n  uitstroom catch-up --before 2026-09-01 focus-2022-0137"
    )]
    CatchUp(CatchUpArgs),
    /// All students, or all actions (open and closed), for other tools: JSON, CSV or an
    /// iCalendar file.
    #[command(
        after_help = "Examples:\n  uitstroom export --format json > leerlingen.json\n  uitstroom export --format csv --what actions > acties.csv\n  uitstroom export --format ics > uitstroom.ics"
    )]
    Export(ExportArgs),
    /// Archived cases whose last event is older than `[privacy] retention_years` (default
    /// 5): id, last event, and since when archived; with --delete, delete them (after
    /// asking) in one commit.
    #[command(after_help = "Examples:\n  uitstroom retention\n  uitstroom retention --delete")]
    Retention(RetentionArgs),
    /// Bring in the other clones' changes and send yours: `git pull --rebase` (case files
    /// merged by event and field), `check`, `git push`. Stops with the files to resolve
    /// on a conflict; does not push when the folder has errors.
    #[command(after_help = "Example:\n  uitstroom sync")]
    Sync,
    /// Register the merge driver for case files in this clone's git config, and add it
    /// to .gitattributes when it is missing there (sync does this by itself).
    #[command(after_help = "Example:\n  uitstroom git-setup")]
    GitSetup,
    /// The git merge driver for case files (git runs it as `merge-file %O %A %B %P`):
    /// events are merged in date order and fields three-way; writes the result to OURS,
    /// exit 1 when conflicts are left in it.
    #[command(
        after_help = "Example (as git runs it, after `uitstroom git-setup`):\n  uitstroom merge-file .merge_file_base .merge_file_ours .merge_file_theirs \\\n      students/focus-2022-0137.toml"
    )]
    MergeFile(MergeFileArgs),
    /// Figures per school year of exit (leavers, destinations, still in place after 1 and
    /// 2 years), who is in view, and the caseload per owner.
    #[command(
        after_help = "Leaver figures count archived cases too; in view, caseload and monitoring are about today's students.\n\nExamples:\n  uitstroom report\n  uitstroom report --year 2025 --school \"Praktijkschool Focus\"\n  uitstroom report --format html -o uitstroom-report.html\n  uitstroom report --format json | jq .caseload"
    )]
    Report(ReportArgs),
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
    /// Also make it a git repository (`git init`), so that every change is a commit and
    /// the folder can be shared through a git remote.
    #[arg(long)]
    pub git: bool,
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// Delete the cases listed, after asking (one commit; the files stay in git's history).
    #[arg(long)]
    pub delete: bool,
    /// Delete without asking (for scripts).
    #[arg(long, requires = "delete")]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct MergeFileArgs {
    /// The common ancestor's version (git's %O).
    pub base: PathBuf,
    /// This clone's version, where the result is written (git's %A).
    pub ours: PathBuf,
    /// The other side's version (git's %B).
    pub theirs: PathBuf,
    /// The file's path in the repository, for messages (git's %P).
    pub path: String,
    // Hidden, for `undo` alone, which reverts through the driver: a side's removal or
    // change of base events that the other side kept as they were is taken. Without it
    // that is a conflict ("events are never dropped" between clones; uitstroom(5)).
    #[arg(long, hide = true)]
    pub take_removals: bool,
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
pub struct ImportArgs {
    /// The exported CSV file.
    #[arg(value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Show what would be made; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Read COLUMN as FIELD: id, name, first_name, name_prefix, last_name, birth_date,
    /// municipality, school, track, profile, enrolled, planned_exit, year_offset or
    /// contacts.ROLE; `-` leaves the column out. Repeat for more columns.
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// Put this before student numbers that are bare numbers (focus- makes 1234 into
    /// focus-1234).
    #[arg(long, value_name = "PREFIX")]
    pub id_prefix: Option<String>,
    /// Leave out rows whose case exists already, instead of refusing the file.
    #[arg(long)]
    pub skip_existing: bool,
    /// The track of rows that have none (e.g. a Praktijkschool's export).
    #[arg(long, value_enum)]
    pub track: Option<Track>,
    /// The school of rows that have none.
    #[arg(long)]
    pub school: Option<String>,
}

#[derive(Debug, Args)]
pub struct CatchUpArgs {
    /// Close the open actions due before this date.
    #[arg(long, value_parser = date_arg, value_name = "DATE")]
    pub before: Date,
    /// Show what would be closed; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Only these cases (default: every case in students/).
    #[arg(add = crate::complete::case_id())]
    pub ids: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// What to export (ics is always actions).
    #[arg(long, value_enum)]
    pub what: Option<ExportWhat>,
    /// The CSV field separator (`,` for spreadsheets outside the Netherlands, without a BOM).
    #[arg(long, default_value_t = ';', value_name = "CHAR")]
    pub delimiter: char,
    /// ics: VTODO items instead of all-day events.
    #[arg(long)]
    pub todo: bool,
    /// ics: put the student's name in each item's summary.
    #[arg(long)]
    pub with_names: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
    /// iCalendar (RFC 5545), for an agenda.
    Ics,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// One item per student (the default for json and csv).
    Students,
    /// Every action of every student, open and closed.
    Actions,
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
    pub format: Option<DueFormat>,
    /// ics: VTODO items instead of all-day events.
    #[arg(long)]
    pub todo: bool,
    /// ics: put the student's name in each item's summary.
    #[arg(long)]
    pub with_names: bool,
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
pub struct ReportArgs {
    /// Only leavers of this school year of exit: 2025 (or 2025-2026) is the school year
    /// that starts in 2025.
    #[arg(long, value_name = "SY", value_parser = school_year_arg)]
    pub year: Option<i32>,
    /// Only students of this school.
    #[arg(long)]
    pub school: Option<String>,
    #[arg(long, value_enum)]
    pub track: Option<Track>,
    /// table (default), csv, json (a contract: contracts/report.schema.json) or html (one
    /// self-contained page); with -o, the file's extension chooses when this is not given.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write the report to this file (readable by you only) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Show the names of students out of view (by default only their case ids).
    #[arg(long)]
    pub with_names: bool,
    /// The CSV field separator (`,` for spreadsheets outside the Netherlands, without a BOM).
    #[arg(long, default_value_t = ';', value_name = "CHAR", value_parser = delimiter_arg)]
    pub delimiter: char,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Table,
    /// One figure a row (school_year, figure, value), for a spreadsheet.
    Csv,
    Json,
    /// One page with tables and bar charts, to open in a browser or print.
    Html,
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
    /// name, birth_date, municipality, school, track, profile, enrolled, planned_exit,
    /// year_offset, or contacts.ROLE (mentor, jongerenadviseur, doorstroomcoach or any
    /// other role).
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

/// The formats of `due`: those of `list`, and a calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum DueFormat {
    Table,
    Plain,
    Json,
    /// For a spreadsheet: `;`-separated with a UTF-8 BOM (Dutch Excel); see --delimiter.
    Csv,
    /// iCalendar (RFC 5545): one all-day event per action (--todo: VTODO items).
    Ics,
}

impl DueFormat {
    /// The format as `list` knows it; `None` for ics.
    pub fn common(self) -> Option<Format> {
        Some(match self {
            DueFormat::Table => Format::Table,
            DueFormat::Plain => Format::Plain,
            DueFormat::Json => Format::Json,
            DueFormat::Csv => Format::Csv,
            DueFormat::Ics => return None,
        })
    }
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
    crate::dates::parse_arg(s)
}

/// A school year by the calendar year it starts in: `2025` or `2025-2026`.
fn school_year_arg(s: &str) -> Result<i32, String> {
    let err = || format!("`{s}` is not a school year; write the year it starts in, e.g. 2025 (or 2025-2026)");
    let (first, second) = match s.split_once('-') {
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    let year: i32 = first.parse().map_err(|_| err())?;
    if !(1900..=9998).contains(&year) || first.len() != 4 {
        return Err(err());
    }
    match second {
        None => Ok(year),
        Some(b) if b.parse::<i32>().ok() == Some(year + 1) && b.len() == 4 => Ok(year),
        Some(_) => Err(err()),
    }
}

/// A CSV delimiter: one character that cannot be part of a quoted field or a line end.
fn delimiter_arg(s: &str) -> Result<char, String> {
    use crate::i18n::messages::args as m;
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some('"'), None) => Err(m::DELIMITER_QUOTE.text().into()),
        (Some(c), None) if c.is_control() && c != '\t' => {
            Err(crate::tr!(m::DELIMITER_CONTROL, character = format!("{c:?}")))
        }
        (Some(c), None) => Ok(c),
        _ => Err(crate::tr!(m::DELIMITER_LENGTH, value = crate::text::clean(s))),
    }
}

/// The longest period `--within` takes: 100 years, far past any case (everything open
/// is `--all`).
const MAX_PERIOD_DAYS: u32 = 36_525;
const MAX_PERIOD_MONTHS: u32 = 1_200;

fn period_arg(s: &str) -> Result<Period, String> {
    use crate::i18n::messages::args as m;
    let value = crate::text::clean(s);
    let err = || crate::tr!(m::PERIOD_INVALID, value);
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
        crate::tr!(
            m::PERIOD_TOO_LONG,
            value,
            days = MAX_PERIOD_DAYS,
            weeks = MAX_PERIOD_DAYS / 7,
            months = MAX_PERIOD_MONTHS
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
        'm' => match i32::try_from(n) {
            Ok(months) if n <= MAX_PERIOD_MONTHS => Ok(Period::Months(months)),
            _ => Err(too_long()),
        },
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
    fn school_years() {
        assert_eq!(school_year_arg("2025"), Ok(2025));
        assert_eq!(school_year_arg("2025-2026"), Ok(2025));
        for bad in ["2025-2027", "25", "2025-26", "-2025", "x", "2025-", ""] {
            assert!(school_year_arg(bad).is_err(), "{bad}");
        }
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
