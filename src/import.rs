//! Reading a school's spreadsheet export (SPEC.md, "Taking on a caseload"): the text's
//! encoding, the delimiter, the header names of the usual exports (Magister, Somtoday,
//! ParnasSys), Dutch dates. Pure: it takes the file's bytes and returns the students its
//! rows describe, or every problem, each with its row and column. `commands/import.rs`
//! does the files, the lock and git.

use crate::dates::Date;
use crate::diag::did_you_mean;
use crate::i18n::Msg;
use crate::i18n::messages::{self, caseload as m};
use crate::student::{Profile, Track, valid_id};
use crate::{UsageError, tr};
use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};

/// How the file's bytes were read as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    /// Excel's "Unicode text": UTF-16 with a byte order mark.
    Utf16,
    /// What Excel and most school systems on Windows write as "CSV".
    Windows1252,
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            match self {
                Encoding::Utf8 => m::IMPORT_UTF8,
                Encoding::Utf8Bom => m::IMPORT_UTF8_BOM,
                Encoding::Utf16 => m::IMPORT_UTF16,
                Encoding::Windows1252 => m::IMPORT_WINDOWS_1252,
            }
            .text(),
        )
    }
}

/// The file as text: a byte order mark decides (UTF-8 or UTF-16); without one, valid
/// UTF-8 is UTF-8 and anything else is Windows-1252, the code page of Dutch Windows (a
/// Windows-1252 file with an `ë` is never valid UTF-8: the byte 0xEB would have to
/// start a three-byte sequence).
pub fn decode(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), String> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let rest = &bytes[bom..];
        let text = enc
            .decode_without_bom_handling_and_without_replacement(rest)
            .ok_or_else(|| tr!(m::IMPORT_BAD_BOM, encoding = enc.name()))?;
        let kind = if enc == encoding_rs::UTF_8 {
            Encoding::Utf8Bom
        } else {
            Encoding::Utf16
        };
        return Ok((text, kind));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), Encoding::Utf8)),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok((text, Encoding::Windows1252))
        }
    }
}

/// The delimiter of the header line: the most frequent of `;`, `,` and tab outside
/// quotes (`;` wins a tie, as Dutch exports use it). Excel's `sep=X` first line names it
/// outright; then that line is not part of the table (the `bool`).
pub fn sniff_delimiter(text: &str) -> (u8, bool) {
    let first = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim_end_matches('\r');
    if let Some(rest) = first.strip_prefix("sep=")
        && let [b] = rest.as_bytes()
    {
        return (*b, true);
    }
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for b in first.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    // The first of the highest count, in the order above.
    let best = counts
        .iter()
        .fold((b',', 0), |best, &(d, n)| if n > best.1 { (d, n) } else { best });
    (best.0, false)
}

/// How the delimiter is named in messages.
pub fn delimiter_name(d: u8) -> String {
    match d {
        b'\t' => m::IMPORT_TAB_SEPARATED.text().into(),
        d => tr!(m::IMPORT_SEPARATED, delimiter = d as char),
    }
}

/// A date as Dutch school exports write it: `YYYY-MM-DD`, `DD-MM-YYYY` or `D-M-YYYY`,
/// with `-`, `/` or `.` between the parts; a time after the date (`14-05-2008 00:00`, as
/// some exports add) is ignored. Day before month: these are Dutch exports.
pub fn parse_date(s: &str) -> Result<Date, DateProblem> {
    let s = s.trim();
    let date_part = match s.split_once([' ', 'T']) {
        Some((d, time)) if is_time(time.trim()) => d,
        _ => s,
    };
    let sep = date_part
        .chars()
        .find(|c| matches!(c, '-' | '/' | '.'))
        .ok_or(DateProblem::Form)?;
    let parts: Vec<&str> = date_part.split(sep).collect();
    let [a, b, c] = parts[..] else {
        return Err(DateProblem::Form);
    };
    let digits = |p: &str| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(a) && digits(b) && digits(c)) {
        return Err(DateProblem::Form);
    }
    let num = |p: &str| p.parse::<u32>().unwrap_or(0);
    let (y, m, d) = match (a.len(), c.len()) {
        (4, 1..=2) if b.len() <= 2 => (num(a), num(b), num(c)),
        (1..=2, 4) if b.len() <= 2 => (num(c), num(b), num(a)),
        (1..=2, 1..=2) => return Err(DateProblem::ShortYear),
        _ => return Err(DateProblem::Form),
    };
    // Four digits at most: the year fits.
    let y = i32::try_from(y).map_err(|_| DateProblem::Form)?;
    Date::from_ymd_opt(y, m, d).ok_or(DateProblem::NoSuchDay)
}

fn is_time(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Why a date could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Form,
    ShortYear,
    NoSuchDay,
}

/// A header as it is compared: lower case, letters and digits only (`Geb. datum` =
/// `gebdatum`, `Date of birth` = `dateofbirth`).
pub fn normalise(header: &str) -> String {
    header
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a column holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Id,
    Name,
    /// Roepnaam.
    FirstName,
    /// Voornaam/voornamen: the first name when there is no roepnaam.
    GivenNames,
    /// Tussenvoegsel.
    NamePrefix,
    LastName,
    BirthDate,
    Municipality,
    School,
    Track,
    Profile,
    Enrolled,
    PlannedExit,
    YearOffset,
    /// A role in `[contacts]`.
    Contact(String),
}

impl Field {
    /// The name of the field in the student file (and in `--map`).
    pub fn name(&self) -> Cow<'static, str> {
        Cow::Borrowed(match self {
            Field::Id => "id",
            Field::Name => "name",
            Field::FirstName => "first_name",
            Field::GivenNames => "given_names",
            Field::NamePrefix => "name_prefix",
            Field::LastName => "last_name",
            Field::BirthDate => "birth_date",
            Field::Municipality => "municipality",
            Field::School => "school",
            Field::Track => "track",
            Field::Profile => "profile",
            Field::Enrolled => "enrolled",
            Field::PlannedExit => "planned_exit",
            Field::YearOffset => "year_offset",
            Field::Contact(role) => return Cow::Owned(format!("contacts.{role}")),
        })
    }
}

/// The header names of the usual exports, Dutch and English, besides each field's own
/// name; for a field with several, the earlier name wins when a file has more than one
/// of them (a `gemeente` says more about the region than a `woonplaats`).
const ALIASES: &[(&str, &[&str])] = &[
    (
        "id",
        &[
            "id",
            "leerlingnummer",
            "leerlingnr",
            "stamnummer",
            "stamnr",
            "studentnummer",
            "studentnr",
            "student number",
        ],
    ),
    ("name", &["name", "naam", "volledige naam", "full name"]),
    (
        "first_name",
        &["first_name", "roepnaam", "voornaam", "first name"],
    ),
    ("given_names", &["given_names", "voornamen"]),
    (
        "name_prefix",
        &[
            "name_prefix",
            "tussenvoegsel",
            "tussenvoegsels",
            "voorvoegsel",
            "voorvoegsels",
            "tussenv",
        ],
    ),
    ("last_name", &["last_name", "achternaam", "last name", "surname"]),
    (
        "birth_date",
        &["birth_date", "geboortedatum", "geb.datum", "date of birth"],
    ),
    (
        "municipality",
        &["municipality", "gemeente", "woonplaats", "city"],
    ),
    ("school", &["school", "vestiging", "locatie"]),
    ("track", &["track", "onderwijssoort", "type onderwijs"]),
    ("profile", &["profile", "uitstroomprofiel"]),
    (
        "enrolled",
        &[
            "enrolled",
            "inschrijfdatum",
            "datum inschrijving",
            "startdatum",
            "begindatum",
            "enrolment date",
            "enrollment date",
        ],
    ),
    (
        "planned_exit",
        &[
            "planned_exit",
            "verwachte uitstroomdatum",
            "einddatum",
            "planned exit",
        ],
    ),
    ("year_offset", &["year_offset"]),
    ("contacts.mentor", &["mentor", "coach", "loopbaanbegeleider"]),
    ("contacts.doorstroomcoach", &["doorstroomcoach"]),
    ("contacts.jongerenadviseur", &["jongerenadviseur"]),
];

/// A field by its own name (`birth_date`, `contacts.mentor`).
fn field_named(name: &str) -> Option<Field> {
    if let Some(role) = name.strip_prefix("contacts.") {
        return valid_role(role).then(|| Field::Contact(role.to_ascii_lowercase()));
    }
    Some(match name {
        "id" => Field::Id,
        "name" => Field::Name,
        "first_name" => Field::FirstName,
        "given_names" => Field::GivenNames,
        "name_prefix" => Field::NamePrefix,
        "last_name" => Field::LastName,
        "birth_date" => Field::BirthDate,
        "municipality" => Field::Municipality,
        "school" => Field::School,
        "track" => Field::Track,
        "profile" => Field::Profile,
        "enrolled" => Field::Enrolled,
        "planned_exit" => Field::PlannedExit,
        "year_offset" => Field::YearOffset,
        _ => return None,
    })
}

/// A role name in `[contacts]`: letters, digits, `_` and `-` (a bare TOML key).
pub fn valid_role(role: &str) -> bool {
    !role.is_empty()
        && role.len() <= 64
        && role
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The field a header names, and its rank among the names of that field (lower wins).
pub fn recognise(header: &str) -> Option<(Field, usize)> {
    let trimmed = header.trim();
    if let Some(f) = field_named(&trimmed.to_ascii_lowercase()) {
        return Some((f, 0));
    }
    let n = normalise(trimmed);
    if n.is_empty() {
        return None;
    }
    for (field, names) in ALIASES {
        if let Some(rank) = names.iter().position(|a| normalise(a) == n) {
            return field_named(field).map(|f| (f, rank));
        }
    }
    None
}

/// The names `--map` accepts as FIELD, for its hint.
pub const MAP_FIELDS: &[&str] = &[
    "id",
    "name",
    "first_name",
    "name_prefix",
    "last_name",
    "birth_date",
    "municipality",
    "school",
    "track",
    "profile",
    "enrolled",
    "planned_exit",
    "year_offset",
    "contacts.ROLE",
    "-",
];

/// What the command line adds to the file.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Put before ids that are bare numbers (`focus-` makes `1234` into `focus-1234`).
    pub id_prefix: Option<String>,
    /// `COLUMN=FIELD`, as given; FIELD `-` leaves a column out.
    pub maps: Vec<String>,
    /// For rows without a track (or files without the column).
    pub track: Option<Track>,
    /// For rows without a school.
    pub school: Option<String>,
}

/// One student, from one row.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    /// The line of the file where the row starts.
    pub line: u64,
    pub id: String,
    pub name: String,
    pub birth_date: Date,
    pub municipality: Option<String>,
    pub school: Option<String>,
    pub track: Track,
    pub profile: Option<Profile>,
    pub enrolled: Date,
    pub planned_exit: Option<Date>,
    pub year_offset: Option<u8>,
    pub contacts: Vec<(String, String)>,
    /// The column that gave the id, for messages about it.
    pub id_column: String,
}

/// A problem in the file: `FILE:ROW: COLUMN: message`, and how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: u64,
    pub column: String,
    pub message: String,
    pub hint: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}\n  {}: {}",
            self.file.display(),
            self.line,
            self.column,
            self.message,
            messages::HINT,
            self.hint
        )
    }
}

/// Every problem of a file: nothing may be written (exit status 1).
#[derive(Debug)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// A file read and checked.
#[derive(Debug)]
pub struct Table {
    pub encoding: Encoding,
    pub delimiter: u8,
    pub records: Vec<Record>,
    /// Columns no field was found for.
    pub ignored: Vec<String>,
    /// Columns left out on purpose (`--map COLUMN=-`) or because another column gives
    /// the same field: (column, why).
    pub unused: Vec<(String, String)>,
    /// Some ids are bare numbers and no `--id-prefix` was given.
    pub bare_ids: bool,
}

/// What went wrong before any row could be read.
#[derive(Debug)]
pub enum Error {
    /// The command line (`--map`, `--id-prefix`): exit status 2.
    Usage(UsageError),
    /// The file: exit status 1, nothing written.
    Problems(Problems),
}

impl From<UsageError> for Error {
    fn from(e: UsageError) -> Self {
        Error::Usage(e)
    }
}

/// Which column gives which field.
struct Columns {
    /// For each column of the file: its field, if it is used.
    field: Vec<Option<Field>>,
    headers: Vec<String>,
    /// Columns no field was found for.
    ignored: Vec<String>,
    /// Columns left out, and why.
    unused: Vec<(String, String)>,
}

impl Columns {
    fn of(&self, f: &Field) -> Option<usize> {
        self.field.iter().position(|c| c.as_ref() == Some(f))
    }
    fn header(&self, i: usize) -> &str {
        &self.headers[i]
    }
}

/// Resolves the header: `--map` first, then the known names; each field from one column.
fn columns(headers: &[String], opts: &Options) -> Result<Columns, Error> {
    let mut explicit: Vec<Option<Option<Field>>> = vec![None; headers.len()];
    for map in &opts.maps {
        let Some((col, field)) = map.split_once('=') else {
            return Err(UsageError::new(tr!(m::IMPORT_BAD_MAP, map))
                .hint(m::IMPORT_BAD_MAP_HINT.text())
                .into());
        };
        let (col, field) = (col.trim(), field.trim());
        let idx = headers.iter().position(|h| h.trim() == col).or_else(|| {
            headers
                .iter()
                .position(|h| normalise(h) == normalise(col) && !normalise(col).is_empty())
        });
        let Some(idx) = idx else {
            let names: Vec<&str> = headers.iter().map(String::as_str).collect();
            return Err(UsageError::new(tr!(m::IMPORT_NO_SUCH_COLUMN, column = col))
                .hint(did_you_mean(col, &names))
                .into());
        };
        let target = if field == "-" {
            None
        } else {
            let f = field_named(&field.to_ascii_lowercase())
                .or_else(|| recognise(field).map(|(f, _)| f))
                .ok_or_else(|| {
                    UsageError::new(tr!(m::IMPORT_NOT_A_MAP_FIELD, field))
                        .hint(tr!(m::IMPORT_MAP_FIELDS_HINT, fields = MAP_FIELDS.join(", ")))
                })?;
            Some(f)
        };
        explicit[idx] = Some(target);
    }
    // Each column's claim: (field, rank); explicit ones rank before every known name.
    let claims: Vec<Option<(Field, usize)>> = headers
        .iter()
        .zip(&explicit)
        .map(|(h, e)| match e {
            Some(Some(f)) => Some((f.clone(), 0)),
            Some(None) => None,
            None => recognise(h).map(|(f, r)| (f, r + 1)),
        })
        .collect();
    let mut field: Vec<Option<Field>> = vec![None; headers.len()];
    let mut ignored = Vec::new();
    let mut unused = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        let Some((f, _)) = claim else {
            if explicit[i].is_some() {
                unused.push((headers[i].clone(), m::IMPORT_MAP_LEAVES_OUT.text().to_string()));
            } else if !headers[i].trim().is_empty() {
                ignored.push(headers[i].clone());
            }
            continue;
        };
        // The best claim on this field: lowest rank, then the first column.
        let winner = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.as_ref().is_some_and(|(g, _)| g == f))
            .min_by_key(|(j, c)| (c.as_ref().map_or(usize::MAX, |(_, r)| *r), *j))
            .map(|(j, _)| j);
        if winner == Some(i) {
            field[i] = Some(f.clone());
        } else {
            let column = winner.map_or(String::new(), |j| headers[j].clone());
            unused.push((
                headers[i].clone(),
                tr!(m::IMPORT_GIVEN_BY, column, field = f.name()),
            ));
        }
    }
    Ok(Columns {
        field,
        headers: headers.to_vec(),
        ignored,
        unused,
    })
}

/// A track as exports write it: pro / praktijkonderwijs, vso, entree / mbo entree /
/// niveau 1, in any case and spacing.
pub fn track(value: &str) -> Option<Track> {
    match normalise(value).as_str() {
        "pro" | "praktijkonderwijs" => Some(Track::Pro),
        "vso" | "voortgezetspeciaalonderwijs" => Some(Track::Vso),
        "entree" | "mboentree" | "niveau1" | "mboniveau1" | "entreeopleiding" => Some(Track::Entree),
        _ => None,
    }
}

/// An uitstroomprofiel, in English or Dutch.
pub fn profile(value: &str) -> Option<Profile> {
    match normalise(value).as_str() {
        "work" | "arbeid" | "werk" => Some(Profile::Work),
        "education" | "onderwijs" | "vervolgonderwijs" => Some(Profile::Education),
        "dayactivities" | "dagbesteding" => Some(Profile::DayActivities),
        _ => None,
    }
}

/// Reads the export: every row checked, every problem reported; a [`Table`] only when
/// there are none. Existing cases are the caller's to check (they are on disk).
pub fn read(bytes: &[u8], file: &Path, opts: &Options) -> Result<Table, Error> {
    let problem = |line: u64, column: &str, message: String, hint: &str| Problem {
        file: file.to_path_buf(),
        line,
        column: column.to_string(),
        message,
        hint: hint.to_string(),
    };
    if let Some(p) = &opts.id_prefix
        && !valid_id(&format!("{p}1"))
    {
        return Err(UsageError::new(tr!(m::IMPORT_BAD_PREFIX, prefix = p))
            .hint(m::IMPORT_BAD_PREFIX_HINT.text())
            .into());
    }
    let (text, encoding) = decode(bytes).map_err(|message| {
        Error::Problems(Problems(vec![problem(
            1,
            "-",
            message,
            m::IMPORT_BAD_BOM_HINT.text(),
        )]))
    })?;
    let (delimiter, sep_line) = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = reader.records();
    // Lines counted from the byte offsets (the reader's own count is off with CRLF).
    let mut lines = LineCounter::new(&text);
    // The reader's offsets are into `text`, which is in memory: they fit a usize.
    let mut line_of = |p: Option<&csv::Position>| {
        p.map_or(1, |p| {
            lines.line_at(usize::try_from(p.byte()).expect("an offset into the text"))
        })
    };
    let (header_line, headers): (u64, Vec<String>) = loop {
        match rows.next() {
            None => {
                return Err(Error::Problems(Problems(vec![problem(
                    1,
                    "-",
                    m::IMPORT_NO_HEADER.text().into(),
                    m::IMPORT_NO_HEADER_HINT.text(),
                )])));
            }
            Some(Err(e)) => {
                let line = line_of(e.position());
                return Err(Error::Problems(Problems(vec![problem(
                    line,
                    "-",
                    tr!(m::IMPORT_NOT_CSV, why = e),
                    m::IMPORT_NOT_CSV_HINT.text(),
                )])));
            }
            Some(Ok(r)) => {
                if sep_line && r.len() == 1 && r.get(0).is_some_and(|f| f.starts_with("sep=")) {
                    continue;
                }
                if r.iter().all(|f| f.trim().is_empty()) {
                    continue;
                }
                break (
                    line_of(r.position()),
                    r.iter().map(|h| h.trim().to_string()).collect(),
                );
            }
        }
    };
    let cols = columns(&headers, opts)?;
    let mut problems = Vec::new();

    // The header: every required field needs a column (or a default).
    let no_column = |what: &Msg| tr!(m::IMPORT_NO_COLUMN, what = what.text());
    let needs = |f: &Field, what: &Msg, names: &[&str]| -> Option<Problem> {
        cols.of(f).is_none().then(|| {
            problem(
                header_line,
                &format!("`{}`", f.name()),
                no_column(what),
                &tr!(m::IMPORT_NO_COLUMN_HINT, names = one_of(names), field = f.name()),
            )
        })
    };
    problems.extend(needs(
        &Field::Id,
        &m::IMPORT_WHAT_ID,
        &["leerlingnummer", "stamnummer", "student number"],
    ));
    if cols.of(&Field::Name).is_none() && cols.of(&Field::LastName).is_none() {
        problems.push(problem(
            header_line,
            "`name`",
            no_column(&m::IMPORT_WHAT_NAME),
            m::IMPORT_NO_NAME_COLUMN_HINT.text(),
        ));
    }
    problems.extend(needs(
        &Field::BirthDate,
        &m::IMPORT_WHAT_BIRTH_DATE,
        &["geboortedatum", "date of birth"],
    ));
    if opts.track.is_none() && cols.of(&Field::Track).is_none() {
        problems.push(problem(
            header_line,
            "`track`",
            no_column(&m::IMPORT_WHAT_TRACK),
            m::IMPORT_NO_TRACK_COLUMN_HINT.text(),
        ));
    }
    problems.extend(needs(
        &Field::Enrolled,
        &m::IMPORT_WHAT_ENROLLED,
        &["inschrijfdatum", "startdatum", "enrolment date"],
    ));
    if !problems.is_empty() {
        return Err(Error::Problems(Problems(problems)));
    }

    let mut records = Vec::new();
    let mut seen: std::collections::HashMap<String, u64> = Default::default();
    let mut bare_ids = false;
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                let line = line_of(e.position());
                problems.push(problem(
                    line,
                    "-",
                    tr!(m::IMPORT_NOT_CSV, why = e),
                    m::IMPORT_NOT_CSV_HINT.text(),
                ));
                continue;
            }
        };
        if row.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = line_of(row.position());
        let get = |f: &Field| -> Option<(&str, &str)> {
            let i = cols.of(f)?;
            let v = row.get(i).unwrap_or("").trim();
            Some((cols.header(i), v))
        };
        let value = |f: &Field| get(f).map(|(_, v)| v).filter(|v| !v.is_empty());
        let before = problems.len();

        // id
        let id = match get(&Field::Id) {
            Some((col, "")) => {
                problems.push(problem(
                    line,
                    col,
                    tr!(m::IMPORT_EMPTY_CELL, what = m::IMPORT_WHAT_ID),
                    m::IMPORT_ID_NEEDED_HINT.text(),
                ));
                None
            }
            Some((col, raw)) => {
                let id = match &opts.id_prefix {
                    Some(p) if raw.bytes().all(|b| b.is_ascii_digit()) => format!("{p}{raw}"),
                    _ => raw.to_string(),
                };
                if opts.id_prefix.is_none() && raw.bytes().all(|b| b.is_ascii_digit()) {
                    bare_ids = true;
                }
                if !valid_id(&id) {
                    let lower = id.to_lowercase();
                    let hint = if valid_id(&lower) {
                        tr!(m::IMPORT_LOWER_CASE_HINT, id = lower)
                    } else {
                        m::IMPORT_BAD_ID_HINT.text().into()
                    };
                    problems.push(problem(line, col, tr!(m::IMPORT_BAD_ID, id), &hint));
                    None
                } else if let Some(first) = seen.get(&id) {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_DUPLICATE, id, row = first),
                        m::IMPORT_DUPLICATE_HINT.text(),
                    ));
                    None
                } else {
                    seen.insert(id.clone(), line);
                    Some((id, col.to_string()))
                }
            }
            None => None,
        };

        // name: roepnaam (or voornaam) + tussenvoegsel + achternaam, else the full name.
        let built = value(&Field::LastName).map(|last| {
            let first = value(&Field::FirstName).or_else(|| value(&Field::GivenNames));
            [first, value(&Field::NamePrefix), Some(last)]
                .into_iter()
                .flatten()
                .flat_map(str::split_whitespace)
                .collect::<Vec<_>>()
                .join(" ")
        });
        let name =
            built.or_else(|| value(&Field::Name).map(|n| n.split_whitespace().collect::<Vec<_>>().join(" ")));
        if name.is_none() {
            let col = get(&Field::LastName)
                .or_else(|| get(&Field::Name))
                .map_or("name", |(c, _)| c);
            problems.push(problem(
                line,
                col,
                tr!(m::IMPORT_EMPTY_CELL, what = m::IMPORT_WHAT_NAME),
                m::IMPORT_NAME_NEEDED_HINT.text(),
            ));
        }

        let mut date = |f: &Field, required: bool, what: &Msg| -> Option<Date> {
            let (col, value) = get(f)?;
            if value.is_empty() {
                if required {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_EMPTY_CELL, what),
                        m::IMPORT_VALUE_NEEDED_HINT.text(),
                    ));
                }
                return None;
            }
            match parse_date(value) {
                Ok(d) => Some(d),
                Err(why) => {
                    let message = match why {
                        DateProblem::NoSuchDay => tr!(m::IMPORT_NO_SUCH_DAY, value),
                        DateProblem::ShortYear => tr!(m::IMPORT_SHORT_YEAR, value),
                        DateProblem::Form => tr!(m::IMPORT_NOT_A_DATE, value),
                    };
                    problems.push(problem(line, col, message, m::IMPORT_DATE_HINT.text()));
                    None
                }
            }
        };
        let birth_date = date(&Field::BirthDate, true, &m::IMPORT_WHAT_BIRTH_DATE);
        let enrolled = date(&Field::Enrolled, true, &m::IMPORT_WHAT_ENROLLED);
        let planned_exit = date(&Field::PlannedExit, false, &m::IMPORT_WHAT_PLANNED_EXIT);

        let track = match get(&Field::Track) {
            Some((col, value)) if !value.is_empty() => match track(value) {
                Some(t) => Some(t),
                None => {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_BAD_TRACK, value),
                        m::IMPORT_TRACK_HINT.text(),
                    ));
                    None
                }
            },
            other => match (opts.track, other) {
                (Some(t), _) => Some(t),
                (None, Some((col, _))) => {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_EMPTY_CELL, what = m::IMPORT_WHAT_TRACK),
                        m::IMPORT_TRACK_HINT.text(),
                    ));
                    None
                }
                (None, None) => None,
            },
        };
        let profile = match get(&Field::Profile) {
            Some((col, value)) if !value.is_empty() => match profile(value) {
                Some(p) => Some(p),
                None => {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_BAD_PROFILE, value),
                        m::IMPORT_PROFILE_HINT.text(),
                    ));
                    None
                }
            },
            _ => None,
        };
        let year_offset = match get(&Field::YearOffset) {
            Some((col, value)) if !value.is_empty() => match value.parse::<u8>() {
                Ok(n) if n < 10 => Some(n),
                _ => {
                    problems.push(problem(
                        line,
                        col,
                        tr!(m::IMPORT_BAD_YEAR_OFFSET, value),
                        m::IMPORT_YEAR_OFFSET_HINT.text(),
                    ));
                    None
                }
            },
            _ => None,
        };
        let mut contacts = Vec::new();
        for f in cols.field.iter().flatten() {
            if let Field::Contact(role) = f
                && let Some(v) = value(f)
            {
                contacts.push((role.clone(), v.to_string()));
            }
        }
        if problems.len() > before {
            // A row's problems in the order of its columns.
            let col = |p: &Problem| headers.iter().position(|h| *h == p.column).unwrap_or(usize::MAX);
            problems[before..].sort_by_key(col);
            continue;
        }
        // Every `None` above that matters has pushed a problem, so these hold.
        let (Some((id, id_column)), Some(name), Some(birth_date), Some(track), Some(enrolled)) =
            (id, name, birth_date, track, enrolled)
        else {
            continue;
        };
        records.push(Record {
            line,
            id,
            name,
            birth_date,
            municipality: value(&Field::Municipality).map(String::from),
            school: value(&Field::School)
                .map(String::from)
                .or_else(|| opts.school.clone()),
            track,
            profile,
            enrolled,
            planned_exit,
            year_offset,
            contacts,
            id_column,
        });
    }
    if !problems.is_empty() {
        return Err(Error::Problems(Problems(problems)));
    }
    Ok(Table {
        encoding,
        delimiter,
        records,
        ignored: cols.ignored,
        unused: cols.unused,
        bare_ids,
    })
}

/// Header names to choose from, as a hint names them: `a`, `b` or `c`.
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tr!(m::IMPORT_OR, names = rest.join(", "), last),
        None => String::new(),
    }
}

/// Line numbers of byte offsets that only grow (one pass over the text in all).
struct LineCounter<'t> {
    text: &'t str,
    byte: usize,
    line: u64,
}

impl<'t> LineCounter<'t> {
    fn new(text: &'t str) -> Self {
        LineCounter {
            text,
            byte: 0,
            line: 1,
        }
    }

    /// The line of the record at `byte`. With CRLF line ends the reader's offset of a
    /// record can point at the `\n` before it; a record never starts with a line end.
    fn line_at(&mut self, byte: usize) -> u64 {
        let b = self.text.as_bytes();
        let mut byte = byte.min(b.len());
        while byte < b.len() && matches!(b[byte], b'\r' | b'\n') {
            byte += 1;
        }
        if byte < self.byte {
            *self = LineCounter::new(self.text);
        }
        self.line += self.text.as_bytes()[self.byte..byte]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u64;
        self.byte = byte;
        self.line
    }
}

/// The student file of a record (keys in SPEC.md's order, `[contacts]` last).
pub fn student_text(r: &Record) -> String {
    let mut text = crate::writer::NewStudent {
        id: &r.id,
        name: &r.name,
        birth_date: r.birth_date,
        municipality: r.municipality.as_deref(),
        school: r.school.as_deref(),
        track: r.track,
        profile: r.profile,
        enrolled: r.enrolled,
        planned_exit: r.planned_exit,
        year_offset: r.year_offset,
    }
    .text();
    if !r.contacts.is_empty() {
        text.push_str("\n[contacts]\n");
        for (role, who) in &r.contacts {
            text.push_str(&format!("{role} = {}\n", crate::writer::toml_string(who)));
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Date {
        crate::dates::parse_date(s).unwrap()
    }

    fn read_str(text: &str, opts: &Options) -> Result<Table, Error> {
        read(text.as_bytes(), Path::new("l.csv"), opts)
    }

    fn problems(text: &str, opts: &Options) -> Vec<String> {
        match read_str(text, opts) {
            Err(Error::Problems(p)) => {
                p.0.iter()
                    .map(|p| format!("{}: {}: {}", p.line, p.column, p.message))
                    .collect()
            }
            Err(Error::Usage(u)) => panic!("usage error: {u}"),
            Ok(t) => panic!("no problems: {t:?}"),
        }
    }

    /// SPEC.md: "`YYYY-MM-DD`, `DD-MM-YYYY` and `D-M-YYYY` (also with `/`)", and `.`
    /// as Dutch exports write them.
    #[test]
    fn dutch_dates_in_every_form() {
        for s in [
            "2008-05-14",
            "14-05-2008",
            "14-5-2008",
            "14/05/2008",
            "14/5/2008",
            "14.05.2008",
            "2008/05/14",
            " 14-05-2008 ",
            "14-05-2008 00:00",
            "14-05-2008 00:00:00",
        ] {
            assert_eq!(parse_date(s), Ok(d("2008-05-14")), "{s}");
        }
        assert_eq!(parse_date("1-2-2008"), Ok(d("2008-02-01")), "day first");
        assert_eq!(parse_date("31-02-2008"), Err(DateProblem::NoSuchDay));
        assert_eq!(parse_date("29-02-2008"), Ok(d("2008-02-29")));
        assert_eq!(parse_date("14-05-08"), Err(DateProblem::ShortYear));
        assert_eq!(parse_date("14-05/2008"), Err(DateProblem::Form));
        assert_eq!(parse_date("mei 2008"), Err(DateProblem::Form));
        assert_eq!(parse_date("39582"), Err(DateProblem::Form));
        assert_eq!(parse_date("2008-05-14-1"), Err(DateProblem::Form));
    }

    proptest! {
        /// Every existing date reads back from each of the written forms.
        #[test]
        fn every_form_reads_back(days in 0i64..60_000, sep in prop::sample::select(vec!['-', '/', '.']), pad in any::<bool>()) {
            use chrono::Datelike;
            let date = crate::dates::add_days(d("1950-01-01"), days);
            let (y, m, day) = (date.year(), date.month(), date.day());
            let dmy = if pad { format!("{day:02}{sep}{m:02}{sep}{y}") } else { format!("{day}{sep}{m}{sep}{y}") };
            let ymd = format!("{y}{sep}{m:02}{sep}{day:02}");
            prop_assert_eq!(parse_date(&dmy), Ok(date));
            prop_assert_eq!(parse_date(&ymd), Ok(date));
        }

        /// Headers match whatever the case, spacing and punctuation.
        #[test]
        fn headers_match_without_case_spaces_or_punctuation(
            alias in prop::sample::select(vec!["geboortedatum", "geb. datum", "date of birth", "roepnaam", "tussenv", "leerlingnummer"]),
            upper in prop::collection::vec(any::<bool>(), 20),
            extra in prop::sample::select(vec!["", " ", ".", "_", "-", ":"]),
        ) {
            let varied: String = alias
                .chars()
                .zip(upper.iter().cycle())
                .map(|(c, &u)| if u { c.to_ascii_uppercase() } else { c })
                .collect();
            let header = format!("{extra}{}{extra}", varied.replace(' ', &format!(" {extra}")));
            prop_assert_eq!(recognise(&header).map(|f| f.0), recognise(alias).map(|f| f.0));
            prop_assert!(recognise(&header).is_some());
        }
    }

    #[test]
    fn encodings_are_detected() {
        let (t, e) = decode(b"\xef\xbb\xbfid,naam\n").unwrap();
        assert_eq!((t.as_ref(), e), ("id,naam\n", Encoding::Utf8Bom));
        let (t, e) = decode("Zoë".as_bytes()).unwrap();
        assert_eq!((t.as_ref(), e), ("Zoë", Encoding::Utf8));
        let (t, e) = decode(b"Zo\xeb Bren\xe9").unwrap();
        assert_eq!((t.as_ref(), e), ("Zoë Brené", Encoding::Windows1252));
        let utf16: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("id\tnaam".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let (t, e) = decode(&utf16).unwrap();
        assert_eq!((t.as_ref(), e), ("id\tnaam", Encoding::Utf16));
        assert!(decode(b"\xef\xbb\xbfZo\xeb").is_err());
    }

    #[test]
    fn delimiters_are_sniffed_from_the_header() {
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3\n"), (b';', false));
        assert_eq!(sniff_delimiter("a,b,c\n"), (b',', false));
        assert_eq!(sniff_delimiter("a\tb\tc\n"), (b'\t', false));
        assert_eq!(
            sniff_delimiter("\"x;y\",b,c\n"),
            (b',', false),
            "quoted ; does not count"
        );
        assert_eq!(sniff_delimiter("sep=;\r\na,b;c\n"), (b';', true));
        assert_eq!(sniff_delimiter("\n\na;b\n"), (b';', false));
    }

    #[test]
    fn known_headers_of_the_usual_exports() {
        let cases = [
            ("Stamnr", Field::Id),
            ("Leerlingnummer", Field::Id),
            ("Student number", Field::Id),
            ("Roepnaam", Field::FirstName),
            ("Voornaam", Field::FirstName),
            ("Tussenv.", Field::NamePrefix),
            ("Voorvoegsel", Field::NamePrefix),
            ("Achternaam", Field::LastName),
            ("Volledige naam", Field::Name),
            ("Geb.datum", Field::BirthDate),
            ("Geb. datum", Field::BirthDate),
            ("Date of birth", Field::BirthDate),
            ("Woonplaats", Field::Municipality),
            ("Vestiging", Field::School),
            ("Type onderwijs", Field::Track),
            ("Datum inschrijving", Field::Enrolled),
            ("Verwachte uitstroomdatum", Field::PlannedExit),
            ("Loopbaanbegeleider", Field::Contact("mentor".into())),
            ("contacts.Jobcoach", Field::Contact("jobcoach".into())),
            ("birth_date", Field::BirthDate),
        ];
        for (h, f) in cases {
            assert_eq!(recognise(h).map(|r| r.0), Some(f), "{h}");
        }
        assert_eq!(recognise("Klas"), None);
        assert_eq!(recognise("BSN"), None, "never an id");
    }

    #[test]
    fn tracks_and_profiles_in_export_spelling() {
        for (v, t) in [
            ("PrO", Track::Pro),
            ("Praktijkonderwijs", Track::Pro),
            ("VSO", Track::Vso),
            ("Entree", Track::Entree),
            ("MBO Entree", Track::Entree),
            ("mbo-entree", Track::Entree),
            ("Niveau 1", Track::Entree),
        ] {
            assert_eq!(track(v), Some(t), "{v}");
        }
        assert_eq!(track("havo"), None);
        assert_eq!(profile("Arbeid"), Some(Profile::Work));
        assert_eq!(profile("day-activities"), Some(Profile::DayActivities));
    }

    const DUTCH: &str = "Stamnr;Roepnaam;Tussenv.;Achternaam;Geb.datum;Woonplaats;Onderwijssoort;Inschrijfdatum;Mentor;Klas\n\
        1001;Zoë;van der;Berg;14-05-2008;Heiloo;Praktijkonderwijs;23-8-2021;J. Bakker;4A\n\
        1002;Sem;;Jansen;1/2/2009;Alkmaar;PRO;23-08-2021;;4B\n";

    #[test]
    fn a_dutch_export_becomes_records() {
        let opts = Options {
            id_prefix: Some("focus-".into()),
            ..Options::default()
        };
        let t = read_str(DUTCH, &opts).unwrap();
        assert_eq!(t.delimiter, b';');
        assert_eq!(t.ignored, ["Klas"]);
        assert!(!t.bare_ids);
        assert_eq!(t.records.len(), 2);
        let r = &t.records[0];
        assert_eq!(
            (r.id.as_str(), r.name.as_str(), r.line),
            ("focus-1001", "Zoë van der Berg", 2)
        );
        assert_eq!(
            (r.birth_date, r.enrolled, r.track),
            (d("2008-05-14"), d("2021-08-23"), Track::Pro)
        );
        assert_eq!(r.contacts, [("mentor".to_string(), "J. Bakker".to_string())]);
        assert_eq!(t.records[1].name, "Sem Jansen");
        assert!(t.records[1].contacts.is_empty());
        // The text is a valid student file.
        let text = student_text(r);
        let s = crate::student::parse(&text, Path::new("students/focus-1001.toml")).unwrap();
        assert_eq!(s.contacts, r.contacts);
        assert_eq!(s.name, "Zoë van der Berg");
    }

    #[test]
    fn bare_numbers_without_a_prefix_are_noted() {
        assert!(read_str(DUTCH, &Options::default()).unwrap().bare_ids);
    }

    /// All-or-nothing: every problem of every row, each at its row and column.
    #[test]
    fn every_bad_row_is_reported_with_row_and_column() {
        let text = "Stamnr;Roepnaam;Achternaam;Geb.datum;Onderwijssoort;Inschrijfdatum\n\
            1001;Zoë;Berg;31-02-2008;pro;23-08-2021\n\
            1002;Sem;Jansen;01-02-2009;havo;23-08-2021\n\
            ;Lisa;Bakker;01-02-2009;vso;23-08-2021\n\
            1001;Anna;Smit;01-02-2009;vso;\n";
        assert_eq!(
            problems(text, &Options::default()),
            [
                "2: Geb.datum: `31-02-2008` is not an existing date",
                "3: Onderwijssoort: `havo` is not a track uitstroom follows",
                "4: Stamnr: no student number",
                "5: Stamnr: `1001` is in row 2 too",
                "5: Inschrijfdatum: no enrolment date",
            ]
        );
    }

    #[test]
    fn missing_columns_are_reported_once_at_the_header() {
        assert_eq!(
            problems("Naam;Klas\nZoë;4A\n", &Options::default()),
            [
                "1: `id`: no column for the student number",
                "1: `birth_date`: no column for the birth date",
                "1: `track`: no column for the track",
                "1: `enrolled`: no column for the enrolment date",
            ]
        );
    }

    #[test]
    fn map_names_other_columns_and_leaves_columns_out() {
        let text = "Nummer,Naam,Geboren,Start,Coach,Begeleider\n7,Zoë Berg,2008-05-14,2021-08-23,A,B\n";
        let opts = Options {
            maps: vec![
                "Nummer=id".into(),
                "geboren=birth_date".into(),
                "Start=inschrijfdatum".into(),
                "Coach=-".into(),
                "Begeleider=contacts.mentor".into(),
            ],
            track: Some(Track::Vso),
            school: Some("De Ambacht".into()),
            ..Options::default()
        };
        let t = read_str(text, &opts).unwrap();
        let r = &t.records[0];
        assert_eq!(
            (r.id.as_str(), r.track, r.school.as_deref()),
            ("7", Track::Vso, Some("De Ambacht"))
        );
        assert_eq!(r.contacts, [("mentor".to_string(), "B".to_string())]);
        assert_eq!(
            t.unused,
            [("Coach".to_string(), "--map leaves it out".to_string())]
        );
        let bad = |m: &str| match read_str(
            text,
            &Options {
                maps: vec![m.into()],
                ..Options::default()
            },
        ) {
            Err(Error::Usage(u)) => u.to_string(),
            other => panic!("{other:?}"),
        };
        assert!(
            bad("Nummr=id").contains("did you mean `Nummer`?"),
            "{}",
            bad("Nummr=id")
        );
        assert!(bad("Nummer=klas").contains("not a field"));
        assert!(bad("Nummer").contains("COLUMN=FIELD"));
    }

    /// The roepnaam wins over the voornamen, and the parts over a full-name column.
    #[test]
    fn the_name_is_built_from_its_parts() {
        let text = "id,naam,voornamen,roepnaam,voorvoegsel,achternaam,geboortedatum,track,enrolled\n\
            a,\"Berg, Z. van der\",Zoë Maria,Zoë,van der,Berg,2008-05-14,pro,2021-08-23\n\
            b,Sem Jansen,,,,,2008-05-14,pro,2021-08-23\n\
            c,,Anna Maria,,,Smit,2008-05-14,pro,2021-08-23\n";
        let t = read_str(text, &Options::default()).unwrap();
        let names: Vec<&str> = t.records.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Zoë van der Berg", "Sem Jansen", "Anna Maria Smit"]);
    }

    #[test]
    fn the_better_of_two_columns_for_one_field_is_used() {
        let text = "id;woonplaats;gemeente;geboortedatum;track;enrolled;naam\n\
            a;Egmond aan Zee;Bergen;2008-05-14;pro;2021-08-23;Zoë\n";
        let t = read_str(text, &Options::default()).unwrap();
        assert_eq!(t.records[0].municipality.as_deref(), Some("Bergen"));
        assert_eq!(
            t.unused,
            [(
                "woonplaats".to_string(),
                "`gemeente` gives the municipality already".to_string()
            )]
        );
    }

    #[test]
    fn empty_rows_and_short_rows() {
        let text = "id;naam;geboortedatum;track;enrolled;mentor\n\n;;;;;\na;Zoë;2008-05-14;pro;2021-08-23\n";
        let t = read_str(text, &Options::default()).unwrap();
        assert_eq!(t.records.len(), 1);
        assert_eq!(t.records[0].line, 4);
    }

    /// Rows are numbered by their line in the file, whatever the line ends, and a quoted
    /// field over two lines counts both.
    #[test]
    fn rows_are_numbered_by_line() {
        for eol in ["\n", "\r\n"] {
            let text = [
                "id;naam;geboortedatum;track;enrolled",
                "a;\"Zoë\nB\";2008-05-14;pro;2021-08-23",
                "b;Sem;2008-05-14;pro;2021-08-23",
                "c;Lisa;x;pro;2021-08-23",
                "",
            ]
            .join(eol);
            let p = match read_str(&text, &Options::default()) {
                Err(Error::Problems(p)) => p.0,
                other => panic!("{other:?}"),
            };
            assert_eq!((p[0].line, p[0].column.as_str()), (5, "geboortedatum"), "{eol:?}");
        }
    }

    #[test]
    fn ids_are_checked_like_new_does() {
        let text = "id;naam;geboortedatum;track;enrolled\nABC-1;Zoë;2008-05-14;pro;2021-08-23\nx y;Sem;2008-05-14;pro;2021-08-23\n";
        let p = match read_str(text, &Options::default()) {
            Err(Error::Problems(p)) => p.0,
            other => panic!("{other:?}"),
        };
        assert_eq!(p[0].message, "`ABC-1` is not a valid case id");
        assert_eq!(p[0].hint, "ids are lower case: write `abc-1`");
        assert_eq!(p[1].message, "`x y` is not a valid case id");
        assert!(matches!(
            read_str(
                text,
                &Options {
                    id_prefix: Some("Focus".into()),
                    ..Options::default()
                }
            ),
            Err(Error::Usage(_))
        ));
    }

    #[test]
    fn problems_print_file_row_column_and_hint() {
        let p = Problem {
            file: PathBuf::from("leerlingen.csv"),
            line: 4,
            column: "Geb.datum".into(),
            message: "`31-02-2008` is not an existing date".into(),
            hint: "write the date as DD-MM-YYYY".into(),
        };
        assert_eq!(
            p.to_string(),
            "leerlingen.csv:4: Geb.datum: `31-02-2008` is not an existing date\n  hint: write the date as DD-MM-YYYY"
        );
    }
}
